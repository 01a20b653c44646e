def f(a, b, /, c, *, d=1, e):
    pass

async def g(*, a): ...
