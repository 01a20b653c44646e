"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Ticket

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_ticket(session, n=1, **overrides):
    """A valid tickets row (parents created as needed), added and flushed."""
    values = {
        "subject": f"subject-{n}",
        "priority": n,
    }
    values.update(overrides)
    row = Ticket(**values)
    session.add(row)
    session.flush()
    return row
