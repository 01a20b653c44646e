"""Constraint and relationship tests for Category (categories)."""
import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from app.domain.models import Category
from tests.models.factories import make_category


def test_category_valid_row_is_stored(db_session):
    row = make_category(db_session)
    db_session.commit()
    assert row.id is not None


def test_category_requires_slug(db_session):
    with pytest.raises(IntegrityError):
        make_category(db_session, slug=None)
        db_session.commit()


def test_category_requires_title(db_session):
    with pytest.raises(IntegrityError):
        make_category(db_session, title=None)
        db_session.commit()


def test_category_uq_categories_slug_rejects_duplicates(db_session):
    first = make_category(db_session, 1)
    with pytest.raises(IntegrityError):
        make_category(db_session, 2, slug=first.slug)
        db_session.commit()


def test_category_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("categories")}
    assert {"idx_categories_parent_id"} <= names
