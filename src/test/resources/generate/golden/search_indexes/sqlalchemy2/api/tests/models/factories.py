"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Member

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_member(session, n=1, **overrides):
    """A valid members row (parents created as needed), added and flushed."""
    values = {
        "email": f"email-{n}",
        "team": f"team-{n}",
        "score": 0 + n % 1001,
    }
    values.update(overrides)
    row = Member(**values)
    session.add(row)
    session.flush()
    return row
