"""Prints the schema at DATABASE_URL as JSON: per table, columns (name -> nullable), index, unique, FK and check names."""
import json
import os
import warnings

from sqlalchemy import create_engine, inspect

warnings.simplefilter("ignore")
engine = create_engine(os.environ["DATABASE_URL"])
inspector = inspect(engine)
out = {}
for table in inspector.get_table_names():
    if table == "alembic_version":
        continue
    out[table] = {
        "columns": {c["name"]: c["nullable"] for c in inspector.get_columns(table)},
        "indexes": sorted(i["name"] for i in inspector.get_indexes(table) if not i.get("duplicates_constraint")),
        "uniques": sorted(u["name"] for u in inspector.get_unique_constraints(table) if u["name"]),
        "fks": sorted(f["name"] for f in inspector.get_foreign_keys(table) if f["name"]),
        "checks": sorted(c["name"] for c in inspector.get_check_constraints(table) if c["name"]),
    }
print(json.dumps(out, sort_keys=True))
