"""Factories for valid rows of every table; values are built from the column types."""
import uuid

import itertools

from app.domain.models import Device

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_device(session, n=1, **overrides):
    """A valid devices row (parents created as needed), added and flushed."""
    values = {
        "serial": str(uuid.UUID(int=n)),
        "label": f"label-{n}",
        "battery_level": 0 + n % 101,
        "reading_count": n,
    }
    values.update(overrides)
    row = Device(**values)
    session.add(row)
    session.flush()
    return row
