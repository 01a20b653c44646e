"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import Author, Comment, Post

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_author(session, n=1, **overrides):
    """A valid authors row (parents created as needed), added and flushed."""
    values = {
        "email": f"email-{n}",
        "display_name": f"display_name-{n}",
    }
    values.update(overrides)
    row = Author(**values)
    session.add(row)
    session.flush()
    return row


def make_post(session, n=1, **overrides):
    """A valid posts row (parents created as needed), added and flushed."""
    values = {
        "title": f"title-{n}",
        "body": f"body {n}",
        "slug": f"slug-{n}",
    }
    if not any(key in overrides for key in ["author_id", "author"]):
        values["author"] = make_author(session, next(_sequence))
    values.update(overrides)
    row = Post(**values)
    session.add(row)
    session.flush()
    return row


def make_comment(session, n=1, **overrides):
    """A valid comments row (parents created as needed), added and flushed."""
    values = {
        "body": f"body {n}",
        "rating": 1 + n % 5,
    }
    if not any(key in overrides for key in ["post_id", "post"]):
        values["post"] = make_post(session, next(_sequence))
    values.update(overrides)
    row = Comment(**values)
    session.add(row)
    session.flush()
    return row
