@app.route("/x", methods=["GET"])
@buttons[0].clicked.connect
@(lambda f: f)
def view():
    pass
