"""All models, so that Base.metadata knows every table."""
from app.domain.models.analysis_cache import AnalysisCache
from app.domain.models.base import Base, BaseModel
from app.domain.models.feedback_analysis import FeedbackAnalysis

__all__ = [
    "AnalysisCache",
    "Base",
    "BaseModel",
    "FeedbackAnalysis",
]
