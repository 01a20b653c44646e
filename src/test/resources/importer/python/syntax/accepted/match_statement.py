match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0) as p if p:
        pass
    case {"k": v, **rest}:
        pass
    case _:
        pass
match = 1
match(x)
case = [1]
