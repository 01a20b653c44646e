"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Job, Queue

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_queue(session, n=1, **overrides):
    """A valid queues row (parents created as needed), added and flushed."""
    values = {
        "label": f"label-{n}",
    }
    values.update(overrides)
    row = Queue(**values)
    session.add(row)
    session.flush()
    return row


def make_job(session, n=1, **overrides):
    """A valid jobs row (parents created as needed), added and flushed."""
    values = {
        "payload": {"n": n},
    }
    values.update(overrides)
    row = Job(**values)
    session.add(row)
    session.flush()
    return row
