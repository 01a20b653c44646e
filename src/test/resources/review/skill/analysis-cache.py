# The skill's existing analysis_cache table: comment_hash (SHA256), cached_result (JSON), expires_at.
from sqlalchemy import Column, String, DateTime, JSON

class AnalysisCache(BaseModel):
    __tablename__ = 'analysis_cache'

    comment_hash = Column(String(64), nullable=False)  # SHA256
    cached_result = Column(JSON, nullable=True)
    expires_at = Column(DateTime, nullable=False)
