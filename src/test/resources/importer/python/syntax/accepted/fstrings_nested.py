name = "x"
print(f"{name!r:>{width}} {a['k']} {{literal}} {x:%Y-%m-%d}")
print(f'''{ {"a": 1}["a"] }''')
print(rf"\d{n}", Rb"\x", F"{f'{x}'}")
print(f"{x:'>10}", f"""{
  x
}""")
