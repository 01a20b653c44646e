"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Event, Reading, Unit

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_event(session, n=1, **overrides):
    """A valid events row (parents created as needed), added and flushed."""
    values = {
        "name": f"name-{n}",
    }
    values.update(overrides)
    row = Event(**values)
    session.add(row)
    session.flush()
    return row


def make_reading(session, n=1, **overrides):
    """A valid readings row (parents created as needed), added and flushed."""
    values = {
        "value": n + 0.5,
    }
    if not any(key in overrides for key in ["event_id", "event"]):
        values["event"] = make_event(session, next(_sequence))
    values.update(overrides)
    row = Reading(**values)
    session.add(row)
    session.flush()
    return row


def make_unit(session, n=1, **overrides):
    """A valid units row (parents created as needed), added and flushed."""
    values = {
        "symbol": f"sym-{n}",
    }
    values.update(overrides)
    row = Unit(**values)
    session.add(row)
    session.flush()
    return row
