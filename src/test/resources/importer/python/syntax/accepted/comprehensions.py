d = {k: v for k, v in x.items() if v}
s = {x for x in y}
g = any(
    (a or b)
    for a in c
).real
