def f():
    global g, h
    def inner():
        nonlocal x
    print("a", file=sys.stderr)
    exec("code")
print = 3
