a, *b = c
first, *_ = [*x, *y]
print(*args, **{**a, "b": 1})
for x, *y in z:
    pass
return_value = *a, b
