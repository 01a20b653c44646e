# Example 1 of the skill: Pain Point Tracking Table (api/app/domain/models/pain_point.py).
from sqlalchemy import Column, Integer, String, ForeignKey, Index
from sqlalchemy.orm import relationship
from app.domain.models.base import BaseModel

class PainPoint(BaseModel):
    __tablename__ = 'pain_points'

    # Primary fields
    feedback_id = Column(Integer, ForeignKey('feedback_analysis.id'), nullable=False)
    category = Column(String(50), nullable=False)  # CONNECTIVITY, SPEED, etc.
    subcategory = Column(String(50), nullable=True)
    keywords = Column(String(500), nullable=True)
    severity = Column(Integer, nullable=False)  # 1-10

    # Relationships
    feedback = relationship("FeedbackAnalysis", back_populates="pain_points")

    # Indexes for common queries
    __table_args__ = (
        Index('idx_pain_category', 'category'),
        Index('idx_pain_severity', 'severity'),
        Index('idx_pain_feedback_category', 'feedback_id', 'category'),
    )
