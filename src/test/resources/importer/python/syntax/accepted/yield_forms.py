def g():
    x = yield
    y = yield 1, 2
    yield from h()
    z = (yield)
