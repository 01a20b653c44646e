raise ValueError, "bad"
