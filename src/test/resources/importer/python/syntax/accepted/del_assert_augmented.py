del a[0], b.c
assert x, "msg"
x += 1; y //= 2; z @= m
