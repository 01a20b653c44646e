"""All models, so that Base.metadata knows every table."""
from app.domain.models.analysis_result import AnalysisResult
from app.domain.models.base import Base, BaseModel
from app.domain.models.feedback_analysis import FeedbackAnalysis

__all__ = [
    "AnalysisResult",
    "Base",
    "BaseModel",
    "FeedbackAnalysis",
]
