"""Constraint and relationship tests for OrderItem (order_items)."""
import pytest
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from app.domain.models import Order, OrderItem, Product
from tests.models.factories import make_order, make_order_item, make_product


def test_order_item_valid_row_is_stored(db_session):
    row = make_order_item(db_session)
    db_session.commit()
    assert row.id is not None


def test_order_item_requires_quantity(db_session):
    with pytest.raises(IntegrityError):
        make_order_item(db_session, quantity=None)
        db_session.commit()


def test_order_item_requires_unit_price(db_session):
    with pytest.raises(IntegrityError):
        make_order_item(db_session, unit_price=None)
        db_session.commit()


def test_order_item_requires_order_id(db_session):
    with pytest.raises(IntegrityError):
        make_order_item(db_session, order_id=None)
        db_session.commit()


def test_order_item_requires_product_id(db_session):
    with pytest.raises(IntegrityError):
        make_order_item(db_session, product_id=None)
        db_session.commit()


def test_order_item_ck_order_items_quantity_positive_rejects_below_0(db_session):
    with pytest.raises(IntegrityError):
        make_order_item(db_session, quantity=0)
        db_session.commit()


def test_order_item_uq_order_items_order_id_product_id_rejects_duplicates(db_session):
    first = make_order_item(db_session, 1)
    with pytest.raises(IntegrityError):
        make_order_item(db_session, 2, order_id=first.order_id, product_id=first.product_id)
        db_session.commit()


def test_order_item_order_id_on_delete_cascade(db_session):
    row = make_order_item(db_session, 2, order=make_order(db_session, 2))
    parent_key = row.order_id
    db_session.commit()
    db_session.execute(delete(Order).where(Order.id == parent_key).execution_options(synchronize_session=False))
    db_session.commit()
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(OrderItem)) == 0


def test_order_item_deleted_with_its_order_by_the_orm(db_session):
    row = make_order_item(db_session, 2, order=make_order(db_session, 2))
    parent = row.order
    db_session.commit()
    db_session.delete(parent)
    db_session.commit()
    assert db_session.scalar(select(func.count()).select_from(OrderItem)) == 0


def test_order_item_order_navigates_both_ways(db_session):
    row = make_order_item(db_session, 2, order=make_order(db_session, 2))
    db_session.commit()
    parent = row.order
    assert parent is not None
    assert row in parent.order_items


def test_order_item_product_navigates_both_ways(db_session):
    row = make_order_item(db_session, 2, product=make_product(db_session, 2))
    db_session.commit()
    parent = row.product
    assert parent is not None
    assert row in parent.order_items


def test_order_item_indexes_exist(db_session):
    names = {ix["name"] for ix in inspect(db_session.bind).get_indexes("order_items")}
    assert {"idx_order_items_product_id"} <= names
