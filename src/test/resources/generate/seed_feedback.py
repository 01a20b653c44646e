"""Puts rows into the bundled project's tables (at its initial revision) so later revisions run against data."""
import datetime
import os
import sys

from sqlalchemy import create_engine, text

rows = int(sys.argv[1])
engine = create_engine(os.environ["DATABASE_URL"])
start = datetime.datetime(2025, 1, 1)
with engine.begin() as connection:
    for n in range(rows):
        connection.execute(
            text(
                "INSERT INTO feedback_analysis (customer_id, comment_text, user_score, sentiment_score, churn_risk, created_at, updated_at)"
                " VALUES (:customer, :comment, :score, :sentiment, :risk, :at, :at)"
            ),
            dict(customer=f"cust-{n % 7}", comment=f"comment {n}", score=n % 11, sentiment=(n % 10) / 10,
                 risk=float(n * 4 % 100), at=start + datetime.timedelta(hours=n)),
        )
    for n in range(3):
        connection.execute(
            text("INSERT INTO analysis_cache (comment_hash, cached_result, created_at, expires_at) VALUES (:h, :r, :at, :at)"),
            dict(h=f"{n:064d}", r='{"n": 1}', at=start),
        )
