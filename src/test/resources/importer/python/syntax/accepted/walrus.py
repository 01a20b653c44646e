if (n := len(a)) > 10:
    print(f"{n=}")
while chunk := f.read(10):
    pass
[y for x in d if (y := x * 2)]
