# Example 2 of the skill: Customer Timeline Table.
from sqlalchemy import Column, Integer, String, DateTime, ForeignKey, Index, JSON
from sqlalchemy.orm import relationship

class CustomerTimeline(BaseModel):
    __tablename__ = 'customer_timeline'

    customer_id = Column(String(100), nullable=False)
    feedback_id = Column(Integer, ForeignKey('feedback_analysis.id'))
    event_type = Column(String(50), nullable=False)  # FEEDBACK, ESCALATION, RESOLVED
    event_data = Column(JSON, nullable=True)
    occurred_at = Column(DateTime, nullable=False)

    # Relationships
    feedback = relationship("FeedbackAnalysis")

    # Indexes
    __table_args__ = (
        Index('idx_customer_timeline', 'customer_id', 'occurred_at'),
        Index('idx_timeline_event_type', 'event_type'),
    )
