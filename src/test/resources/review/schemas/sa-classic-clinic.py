import sqlalchemy as sa
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import relationship

Base = declarative_base()


class Patient(Base):
    __tablename__ = 'patients'
    id = sa.Column(sa.Integer, primary_key=True)
    medical_record_number = sa.Column(sa.String(20), nullable=False)
    full_name = sa.Column(sa.String(200), nullable=False)
    age = sa.Column(sa.Integer)
    allergies = sa.Column(sa.Text)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    appointments = relationship('Appointment', backref='patient')


class Appointment(Base):
    __tablename__ = 'appointments'
    id = sa.Column(sa.Integer, primary_key=True)
    patient_id = sa.Column(sa.Integer, sa.ForeignKey('patients.id'), nullable=True, index=True)
    scheduled_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    pain_level = sa.Column(sa.SmallInteger)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
