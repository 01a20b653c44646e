"""Factories for valid rows of every table; values are built from the column types."""
import itertools

from app.domain.models import User, UserProfile

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_user(session, n=1, **overrides):
    """A valid users row (parents created as needed), added and flushed."""
    values = {
        "username": f"username-{n}",
    }
    values.update(overrides)
    row = User(**values)
    session.add(row)
    session.flush()
    return row


def make_user_profile(session, n=1, **overrides):
    """A valid user_profiles row (parents created as needed), added and flushed."""
    values = {
    }
    if not any(key in overrides for key in ["user_id", "user"]):
        values["user"] = make_user(session, next(_sequence))
    values.update(overrides)
    row = UserProfile(**values)
    session.add(row)
    session.flush()
    return row
