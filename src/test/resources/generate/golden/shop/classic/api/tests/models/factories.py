"""Factories for valid rows of every table; values are built from the column types."""
from datetime import datetime, timezone

import itertools

from app.domain.models import Order, OrderItem, Product

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_product(session, n=1, **overrides):
    """A valid products row (parents created as needed), added and flushed."""
    values = {
        "sku": f"sku-{n}",
        "name": f"name-{n}",
        "price": 0 + n,
    }
    values.update(overrides)
    row = Product(**values)
    session.add(row)
    session.flush()
    return row


def make_order(session, n=1, **overrides):
    """A valid orders row (parents created as needed), added and flushed."""
    values = {
        "customer_email": f"customer_email-{n}",
        "placed_at": datetime(2030, 1, 1, 12, 0, tzinfo=timezone.utc),
    }
    values.update(overrides)
    row = Order(**values)
    session.add(row)
    session.flush()
    return row


def make_order_item(session, n=1, **overrides):
    """A valid order_items row (parents created as needed), added and flushed."""
    values = {
        "quantity": 1 + n,
        "unit_price": n,
    }
    if not any(key in overrides for key in ["order_id", "order"]):
        values["order"] = make_order(session, next(_sequence))
    if not any(key in overrides for key in ["product_id", "product"]):
        values["product"] = make_product(session, next(_sequence))
    values.update(overrides)
    row = OrderItem(**values)
    session.add(row)
    session.flush()
    return row
