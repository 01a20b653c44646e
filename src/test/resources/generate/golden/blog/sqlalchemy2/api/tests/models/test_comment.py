"""Constraint and relationship tests for Comment (comments)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import Author, Comment, Post
from tests.models.factories import make_author, make_comment, make_post


def test_comment_valid_row_is_stored(db_session):
    row = make_comment(db_session)
    db_session.commit()
    assert row.id is not None


def test_comment_requires_body(db_session):
    with pytest.raises(IntegrityError):
        make_comment(db_session, body=None)
        db_session.commit()


def test_comment_requires_rating(db_session):
    with pytest.raises(IntegrityError):
        make_comment(db_session, rating=None)
        db_session.commit()


def test_comment_requires_post_id(db_session):
    with pytest.raises(IntegrityError):
        make_comment(db_session, post_id=None)
        db_session.commit()


def test_comment_ck_comments_rating_range_rejects_above_5(db_session):
    with pytest.raises(IntegrityError):
        make_comment(db_session, rating=6)
        db_session.commit()


def test_comment_ck_comments_rating_range_rejects_below_1(db_session):
    with pytest.raises(IntegrityError):
        make_comment(db_session, rating=0)
        db_session.commit()


def test_comment_post_id_on_delete_cascade(db_session):
    row = make_comment(db_session, 2, post=make_post(db_session, 2))
    parent_key = row.post_id
    db_session.commit()
    db_session.execute(delete(Post).where(Post.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(Comment)) == 0


def test_comment_deleted_with_its_post_by_the_orm(db_session):
    row = make_comment(db_session, 2, post=make_post(db_session, 2))
    parent = row.post
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(Comment)) == 0


def test_comment_post_navigates_both_ways(db_session):
    row = make_comment(db_session, 2, post=make_post(db_session, 2))
    db_session.commit()
    parent = row.post
    assert parent is not None
    assert row in parent.comments


def test_comment_author_id_on_delete_set_null(db_session):
    row = make_comment(db_session, 2, author=make_author(db_session, 2))
    parent_key = row.author_id
    db_session.commit()
    db_session.execute(delete(Author).where(Author.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert row.author_id is None


def test_comment_author_navigates_both_ways(db_session):
    row = make_comment(db_session, 2, author=make_author(db_session, 2))
    db_session.commit()
    parent = row.author
    assert parent is not None
    assert row in parent.comments


def test_comment_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("comments")}
    assert {"idx_comments_post_id", "idx_comments_author_id"} <= names
