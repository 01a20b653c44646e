"""Runs each SQL argument at DATABASE_URL and prints its scalar result, one per line."""
import os
import sys

from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"])
with engine.connect() as connection:
    for sql in sys.argv[1:]:
        print(connection.execute(text(sql)).scalar())
