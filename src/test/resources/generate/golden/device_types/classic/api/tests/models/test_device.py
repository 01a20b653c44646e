"""Constraint and relationship tests for Device (devices)."""
import pytest
from sqlalchemy.exc import IntegrityError

from app.domain.models import Device
from tests.models.factories import make_device


def test_device_valid_row_is_stored(db_session):
    row = make_device(db_session)
    db_session.commit()
    assert row.id is not None


def test_device_requires_serial(db_session):
    with pytest.raises(IntegrityError):
        make_device(db_session, serial=None)
        db_session.commit()


def test_device_requires_label(db_session):
    with pytest.raises(IntegrityError):
        make_device(db_session, label=None)
        db_session.commit()


def test_device_requires_battery_level(db_session):
    with pytest.raises(IntegrityError):
        make_device(db_session, battery_level=None)
        db_session.commit()


def test_device_requires_reading_count(db_session):
    with pytest.raises(IntegrityError):
        make_device(db_session, reading_count=None)
        db_session.commit()


def test_device_ck_devices_battery_level_range_rejects_above_100(db_session):
    with pytest.raises(IntegrityError):
        make_device(db_session, battery_level=101)
        db_session.commit()


def test_device_ck_devices_battery_level_range_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_device(db_session, battery_level=-1)
        db_session.commit()


def test_device_uq_devices_serial_rejects_duplicates(db_session):
    first = make_device(db_session, 1)
    with pytest.raises(IntegrityError):
        make_device(db_session, 2, serial=first.serial)
        db_session.commit()
