näme = "ünïcode"
π = 3.14
