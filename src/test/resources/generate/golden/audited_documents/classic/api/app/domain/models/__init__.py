"""All models, so that Base.metadata knows every table."""
from app.domain.models.base import AuditMixin, Base, BaseModel, SoftDeleteMixin, VersionedMixin
from app.domain.models.document import Document

__all__ = [
    "AuditMixin",
    "Base",
    "BaseModel",
    "Document",
    "SoftDeleteMixin",
    "VersionedMixin",
]
