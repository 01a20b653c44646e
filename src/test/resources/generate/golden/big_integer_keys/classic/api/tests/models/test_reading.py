"""Constraint and relationship tests for Reading (readings)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import Event, Reading
from tests.models.factories import make_event, make_reading


def test_reading_valid_row_is_stored(db_session):
    row = make_reading(db_session)
    db_session.commit()
    assert row.id is not None


def test_reading_requires_value(db_session):
    with pytest.raises(IntegrityError):
        make_reading(db_session, value=None)
        db_session.commit()


def test_reading_requires_event_id(db_session):
    with pytest.raises(IntegrityError):
        make_reading(db_session, event_id=None)
        db_session.commit()


def test_reading_event_id_on_delete_cascade(db_session):
    row = make_reading(db_session, 2, event=make_event(db_session, 2))
    parent_key = row.event_id
    db_session.commit()
    db_session.execute(delete(Event).where(Event.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(Reading)) == 0


def test_reading_deleted_with_its_event_by_the_orm(db_session):
    row = make_reading(db_session, 2, event=make_event(db_session, 2))
    parent = row.event
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(Reading)) == 0


def test_reading_event_navigates_both_ways(db_session):
    row = make_reading(db_session, 2, event=make_event(db_session, 2))
    db_session.commit()
    parent = row.event
    assert parent is not None
    assert row in parent.readings


def test_reading_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("readings")}
    assert {"idx_readings_event_id"} <= names
