n = 10L
