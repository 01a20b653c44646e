try:
    pass
except* ValueError as e:
    raise RuntimeError("x") from e
else:
    pass
finally:
    pass
