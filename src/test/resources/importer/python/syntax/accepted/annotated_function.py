def f(x: str, *args: int, y: "A" = None, **kw: dict[str, int]) -> str:
    return x
