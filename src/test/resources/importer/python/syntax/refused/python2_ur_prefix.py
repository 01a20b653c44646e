s = ur"abc"
