"""Constraint and relationship tests for Job (jobs)."""
import pytest
from sqlalchemy import inspect, null
from sqlalchemy.exc import IntegrityError

from app.domain.models import Job
from tests.models.factories import make_job


def test_job_valid_row_is_stored(db_session):
    row = make_job(db_session)
    db_session.commit()
    assert row.id is not None


def test_job_requires_payload(db_session):
    with pytest.raises(IntegrityError):
        make_job(db_session, payload=null())
        db_session.commit()


def test_job_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("jobs")}
    assert {"idx_jobs_queue_id"} <= names
