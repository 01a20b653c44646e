"""Constraint and relationship tests for Post (posts)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import Author, Post
from tests.models.factories import make_author, make_post


def test_post_valid_row_is_stored(db_session):
    row = make_post(db_session)
    db_session.commit()
    assert row.id is not None


def test_post_requires_title(db_session):
    with pytest.raises(IntegrityError):
        make_post(db_session, title=None)
        db_session.commit()


def test_post_requires_body(db_session):
    with pytest.raises(IntegrityError):
        make_post(db_session, body=None)
        db_session.commit()


def test_post_requires_slug(db_session):
    with pytest.raises(IntegrityError):
        make_post(db_session, slug=None)
        db_session.commit()


def test_post_requires_author_id(db_session):
    with pytest.raises(IntegrityError):
        make_post(db_session, author_id=None)
        db_session.commit()


def test_post_idx_posts_slug_rejects_duplicates(db_session):
    first = make_post(db_session, 1)
    with pytest.raises(IntegrityError):
        make_post(db_session, 2, slug=first.slug)
        db_session.commit()


def test_post_author_id_on_delete_cascade(db_session):
    row = make_post(db_session, 2, author=make_author(db_session, 2))
    parent_key = row.author_id
    db_session.commit()
    db_session.execute(delete(Author).where(Author.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(Post)) == 0


def test_post_deleted_with_its_author_by_the_orm(db_session):
    row = make_post(db_session, 2, author=make_author(db_session, 2))
    parent = row.author
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(Post)) == 0


def test_post_author_navigates_both_ways(db_session):
    row = make_post(db_session, 2, author=make_author(db_session, 2))
    db_session.commit()
    parent = row.author
    assert parent is not None
    assert row in parent.posts


def test_post_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("posts")}
    assert {"idx_posts_author_id_created_at", "idx_posts_slug"} <= names
