f = lambda x={}, *a, y=(1, 2), **k: x
g = lambda: (yield)
h = sorted(v, key=lambda t: t[1:2])
