# The skill's "Design Patterns Used" and its existing feedback_analysis table, as the skill writes models.
from sqlalchemy import Column, Integer, String, Float, DateTime, ForeignKey
from sqlalchemy.orm import relationship
from sqlalchemy.ext.declarative import declarative_base
from datetime import datetime

Base = declarative_base()

class BaseModel(Base):
    __abstract__ = True

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, default=datetime.utcnow, nullable=False)
    updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)

class FeedbackAnalysis(BaseModel):
    __tablename__ = 'feedback_analysis'

    customer_id = Column(String(100), nullable=False)
    comment_text = Column(String(5000), nullable=False)
    user_score = Column(Integer, nullable=False)
    sentiment_score = Column(Float, nullable=False)
    churn_risk = Column(Integer, nullable=False)

    pain_points = relationship("PainPoint", back_populates="feedback")
