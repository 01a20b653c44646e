# Adapted from mlflow/mlflow, mlflow/store/tracking/dbmodels/models.py at 001cc178a1442b488da41853c497adc5285a284d
# (Apache-2.0 licence): the experiment, run, tag, metric and param tables with their columns, keys, checks and
# relationships as the project declares them; the CHECK lists are written out, methods left out.
import sqlalchemy as sa
from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
)
from sqlalchemy.orm import backref, declarative_base, relationship

Base = declarative_base()


class SqlExperiment(Base):
    __tablename__ = "experiments"

    experiment_id = Column(Integer, autoincrement=True)
    name = Column(String(256), unique=True, nullable=False)
    artifact_location = Column(String(256), nullable=True)
    lifecycle_stage = Column(String(32), default="active")
    creation_time = Column(BigInteger())
    last_update_time = Column(BigInteger())

    __table_args__ = (
        CheckConstraint(lifecycle_stage.in_(["active", "deleted"]), name="experiments_lifecycle_stage"),
        PrimaryKeyConstraint("experiment_id", name="experiment_pk"),
    )


class SqlRun(Base):
    __tablename__ = "runs"

    run_uuid = Column(String(32), nullable=False)
    name = Column(String(250))
    source_type = Column(String(20), default="LOCAL")
    source_name = Column(String(500))
    entry_point_name = Column(String(50))
    user_id = Column(String(256), nullable=True, default=None)
    status = Column(String(20), default="SCHEDULED")
    start_time = Column(BigInteger)
    end_time = Column(BigInteger, nullable=True, default=None)
    deleted_time = Column(BigInteger, nullable=True, default=None)
    source_version = Column(String(50))
    lifecycle_stage = Column(String(20), default="active")
    artifact_uri = Column(String(200), default=None)
    experiment_id = Column(Integer, ForeignKey("experiments.experiment_id"))
    experiment = relationship("SqlExperiment", backref=backref("runs", cascade="all"))

    __table_args__ = (
        CheckConstraint(source_type.in_(["NOTEBOOK", "JOB", "LOCAL", "UNKNOWN", "PROJECT"]), name="source_type"),
        CheckConstraint(status.in_(["SCHEDULED", "FAILED", "FINISHED", "RUNNING", "KILLED"]), name="status"),
        CheckConstraint(lifecycle_stage.in_(["active", "deleted"]), name="runs_lifecycle_stage"),
        PrimaryKeyConstraint("run_uuid", name="run_pk"),
    )


class SqlExperimentTag(Base):
    __tablename__ = "experiment_tags"

    key = Column(String(250))
    value = Column(String(5000), nullable=True)
    experiment_id = Column(Integer, ForeignKey("experiments.experiment_id"))
    experiment = relationship("SqlExperiment", backref=backref("tags", cascade="all"))

    __table_args__ = (PrimaryKeyConstraint("key", "experiment_id", name="experiment_tag_pk"),)


class SqlTag(Base):
    __tablename__ = "tags"
    __table_args__ = (
        PrimaryKeyConstraint("key", "run_uuid", name="tag_pk"),
        Index(f"index_{__tablename__}_run_uuid", "run_uuid"),
    )

    key = Column(String(250))
    value = Column(String(5000), nullable=True)
    run_uuid = Column(String(32), ForeignKey("runs.run_uuid"))
    run = relationship("SqlRun", backref=backref("tags", cascade="all"))


class SqlMetric(Base):
    __tablename__ = "metrics"
    __table_args__ = (
        PrimaryKeyConstraint("key", "timestamp", "step", "run_uuid", "value", "is_nan", name="metric_pk"),
        Index(f"index_{__tablename__}_run_uuid", "run_uuid"),
    )

    key = Column(String(250))
    value = Column(sa.types.Float(precision=53), nullable=False)
    timestamp = Column(BigInteger)
    step = Column(BigInteger, default=0, nullable=False)
    is_nan = Column(Boolean(create_constraint=True), nullable=False, default=False)
    run_uuid = Column(String(32), ForeignKey("runs.run_uuid"))
    run = relationship("SqlRun", backref=backref("metrics", cascade="all"))


class SqlLatestMetric(Base):
    __tablename__ = "latest_metrics"
    __table_args__ = (
        PrimaryKeyConstraint("key", "run_uuid", name="latest_metric_pk"),
        Index(f"index_{__tablename__}_run_uuid", "run_uuid"),
    )

    key = Column(String(250))
    value = Column(sa.types.Float(precision=53), nullable=False)
    timestamp = Column(BigInteger)
    step = Column(BigInteger, default=0, nullable=False)
    is_nan = Column(Boolean(create_constraint=True), nullable=False, default=False)
    run_uuid = Column(String(32), ForeignKey("runs.run_uuid"))
    run = relationship("SqlRun", backref=backref("latest_metrics", cascade="all"))


class SqlParam(Base):
    __tablename__ = "params"
    __table_args__ = (
        PrimaryKeyConstraint("key", "run_uuid", name="param_pk"),
        Index(f"index_{__tablename__}_run_uuid", "run_uuid"),
    )

    key = Column(String(250))
    value = Column(String(8000), nullable=False)
    run_uuid = Column(String(32), ForeignKey("runs.run_uuid"))
    run = relationship("SqlRun", backref=backref("params", cascade="all"))
