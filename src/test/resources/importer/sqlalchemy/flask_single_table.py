from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Employee(db.Model):
    __tablename__ = "employee"
    id = db.Column(db.Integer, primary_key=True)
    type = db.Column(db.String(20))
    __mapper_args__ = {"polymorphic_on": type}


class Manager(Employee):
    __tablename__ = "manager"
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    language = db.Column(db.String(30))
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Intern(Employee):
    id = db.Column(db.Integer, db.ForeignKey("employee.id"), primary_key=True)
    school = db.Column(db.String(50))
