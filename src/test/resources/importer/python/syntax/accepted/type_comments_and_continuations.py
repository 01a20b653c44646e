x = []  # type: List[int]
y = 1 + \
    2
if a and \
        b:
    pass
