"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Category

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_category(session, n=1, **overrides):
    """A valid categories row (parents created as needed), added and flushed."""
    values = {
        "slug": f"slug-{n}",
        "title": f"title-{n}",
    }
    values.update(overrides)
    row = Category(**values)
    session.add(row)
    session.flush()
    return row
