"""Factories for valid rows of every table; values are built from the column types."""
from datetime import datetime

import itertools

from app.domain.models import AnalysisResult, FeedbackAnalysis

# parents get their own numbers, so two parents made for one test never collide on a unique column
_sequence = itertools.count(1000)


def make_feedback_analysis(session, n=1, **overrides):
    """A valid feedback_analysis row (parents created as needed), added and flushed."""
    values = {
        "customer_id": f"customer_id-{n}",
        "comment_text": f"comment_text {n}",
    }
    values.update(overrides)
    row = FeedbackAnalysis(**values)
    session.add(row)
    session.flush()
    return row


def make_analysis_result(session, n=1, **overrides):
    """A valid analysis_results row (parents created as needed), added and flushed."""
    values = {
        "comment_hash": f"comment_hash-{n}",
        "cached_result": {"n": n},
        "created_at": datetime(2030, 1, 1, 12, 0),
        "expires_at": datetime(2030, 1, 1, 12, 0),
    }
    values.update(overrides)
    row = AnalysisResult(**values)
    session.add(row)
    session.flush()
    return row
