package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PythonSyntaxException;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SqlAlchemyImporterTest {
    private final SqlAlchemyImporter importer = new SqlAlchemyImporter();

    private static final String CLASSIC = """
            from datetime import datetime
            from enum import Enum as PyEnum
            from sqlalchemy import Column, Integer, String, DateTime, ForeignKey, Index, CheckConstraint, Enum, Numeric, JSON, text
            from sqlalchemy.orm import relationship
            from sqlalchemy.ext.declarative import declarative_base

            Base = declarative_base()

            class BaseModel(Base):
                __abstract__ = True

                id = Column(Integer, primary_key=True)
                created_at = Column(DateTime, default=datetime.utcnow, nullable=False)
                updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)

            class SoftDeleteMixin:
                deleted_at = Column(DateTime, nullable=True)

                @property
                def is_deleted(self):
                    return self.deleted_at is not None

            class PainPointCategory(PyEnum):
                CONNECTIVITY = "CONNECTIVITY"
                SPEED = "SPEED"

            class FeedbackAnalysis(BaseModel):
                __tablename__ = 'feedback_analysis'

                customer_id = Column(String(100), index=True)
                comment_hash = Column(String(64), unique=True, comment='SHA256')
                churn_risk = Column(Integer, server_default=text('0'))
                pain_points = relationship("PainPoint", back_populates="feedback", cascade="all, delete-orphan")

            class PainPoint(BaseModel, SoftDeleteMixin):
                __tablename__ = 'pain_points'

                feedback_id = Column(Integer, ForeignKey('feedback_analysis.id', ondelete='CASCADE'), nullable=False)
                category = Column(Enum(PainPointCategory), nullable=False)
                price = Column(Numeric(12, 2))
                data = Column(JSON)
                feedback = relationship("FeedbackAnalysis", back_populates="pain_points", lazy="joined")

                __table_args__ = (
                    Index('idx_pain_feedback_category', 'feedback_id', 'category'),
                    Index('idx_high', 'price', postgresql_where=text('price > 70'), postgresql_include=['data']),
                    CheckConstraint('price >= 0', name='ck_price'),
                    {'comment': 'pain points'},
                )
            """;

    @Test
    void readsClassicModelsWithAbstractBaseAndMixin() {
        // when
        ImportResult result = importer.importModels(CLASSIC);
        Schema schema = result.schema();
        // then
        assertThat(schema.tables()).extracting(Table::name).containsExactly("feedback_analysis", "pain_points");
        Table pain = schema.requireTable("pain_points");
        assertThat(pain.columns()).extracting(Column::name)
                .containsExactly("id", "created_at", "updated_at", "deleted_at", "feedback_id", "category", "price", "data");
        Column id = pain.column("id").orElseThrow();
        assertThat(id.identity()).isTrue();
        assertThat(pain.primaryKey().orElseThrow().columns()).containsExactly("id");
        assertThat(pain.column("created_at").orElseThrow().nullable()).isFalse();
        assertThat(pain.column("created_at").orElseThrow().defaultValue()).isEmpty();
        assertThat(pain.column("updated_at").orElseThrow().nullable()).isTrue();
        assertThat(pain.column("category").orElseThrow().type()).isEqualTo(LogicalType.enumOf("painpointcategory"));
        assertThat(pain.column("price").orElseThrow().type()).isEqualTo(LogicalType.decimal(12, 2));
        assertThat(pain.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_pain_points_feedback_id");
            assertThat(fk.referencedTable()).isEqualTo("feedback_analysis");
            assertThat(fk.onDelete()).isEqualTo(FkAction.CASCADE);
        });
        assertThat(pain.indexes()).extracting(Index::name).containsExactly("idx_pain_feedback_category", "idx_high");
        assertThat(pain.index("idx_high").orElseThrow().where()).contains("price > 70");
        assertThat(pain.index("idx_high").orElseThrow().include()).containsExactly("data");
        assertThat(pain.checks()).singleElement().satisfies(c -> assertThat(c.expression()).isEqualTo("price >= 0"));
        assertThat(pain.comment()).contains("pain points");
        assertThat(schema.enums()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("CONNECTIVITY", "SPEED"));
        Table feedback = schema.requireTable("feedback_analysis");
        assertThat(feedback.indexes()).extracting(Index::name).containsExactly("ix_feedback_analysis_customer_id"); // index=True: SQLAlchemy's default ix_%(column_0_label)s
        assertThat(feedback.uniques()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("uq_feedback_analysis_comment_hash"));
        assertThat(feedback.column("comment_hash").orElseThrow().comment()).contains("SHA256");
        assertThat(feedback.column("churn_risk").orElseThrow().defaultValue()).contains(DefaultValue.number("0"));
        assertThat(feedback.relationships()).containsExactly(new Relationship("pain_points", "pain_points", true,
                Optional.of("feedback"), Optional.of("all, delete-orphan"), Optional.empty()));
        assertThat(pain.relationships()).containsExactly(new Relationship("feedback", "feedback_analysis", false,
                Optional.of("pain_points"), Optional.empty(), Optional.of("joined")));
        assertThat(result.warnings()).extracting(ImportWarning::message).anyMatch(m -> m.contains("created_at: default=datetime.utcnow is computed in Python"));
    }

    @Test
    void readsTypedModelsInferringTypesAndNullabilityFromHints() {
        String source = """
                import uuid, enum
                from decimal import Decimal
                from datetime import datetime, date
                from typing import Optional, List, Annotated
                from sqlalchemy import String, ForeignKey, Uuid, func
                from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

                intpk = Annotated[int, mapped_column(primary_key=True)]

                class Base(DeclarativeBase):
                    pass

                class Status(enum.Enum):
                    OPEN = "open"
                    CLOSED = "closed"

                class Customer(Base):
                    __tablename__ = "customers"
                    id: Mapped[intpk]
                    email: Mapped[str] = mapped_column(String(255), unique=True)
                    nickname: Mapped[Optional[str]]
                    note: Mapped[str | None] = mapped_column(comment="free text")
                    balance: Mapped[Decimal]
                    born: Mapped[date | None]
                    token: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
                    settings: Mapped[dict]
                    status: Mapped[Status] = mapped_column(default=Status.OPEN)
                    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
                    orders: Mapped[List["Order"]] = relationship(back_populates="customer", lazy="selectin")

                class Order(Base):
                    __tablename__ = "orders"
                    id: Mapped[int] = mapped_column(primary_key=True)
                    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
                    customer: Mapped["Customer"] = relationship(back_populates="orders")
                """;
        ImportResult result = importer.importModels(source);
        Table customers = result.schema().requireTable("customers");
        assertThat(customers.primaryKey().orElseThrow().columns()).containsExactly("id");
        assertThat(customers.column("id").orElseThrow().identity()).isTrue();
        assertThat(describe(customers)).containsExactly("id integer NOT NULL", "email string(255) NOT NULL", "nickname text NULL",
                "note text NULL", "balance numeric(38,10) NOT NULL", "born date NULL", "token uuid NOT NULL", "settings json NOT NULL",
                "status enum(status) NOT NULL", "created_at timestamp NOT NULL");
        assertThat(customers.column("note").orElseThrow().comment()).contains("free text");
        assertThat(customers.column("status").orElseThrow().defaultValue()).contains(DefaultValue.text("OPEN"));
        assertThat(customers.column("created_at").orElseThrow().defaultValue()).contains(DefaultValue.now());
        assertThat(result.schema().enumType("status").orElseThrow().values()).containsExactly("OPEN", "CLOSED");
        assertThat(customers.relationships()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("orders");
            assertThat(r.many()).isTrue();
            assertThat(r.lazy()).contains("selectin");
        });
        Table orders = result.schema().requireTable("orders");
        assertThat(orders.column("customer_id").orElseThrow().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(orders.column("customer_id").orElseThrow().nullable()).isFalse();
        assertThat(orders.relationships()).singleElement().satisfies(r -> assertThat(r.many()).isFalse());
    }

    @Test
    void readsVersionedAndAuditMixinsAndBackrefs() {
        String source = """
                from sqlalchemy import Column, Integer, String, ForeignKey
                from sqlalchemy.orm import declarative_base, relationship, backref
                Base = declarative_base()

                class AuditMixin:
                    created_by = Column(String(100), nullable=True)
                    updated_by = Column(String(100), nullable=True)

                class VersionedMixin:
                    version = Column(Integer, default=1, nullable=False)
                    __mapper_args__ = {"version_id_col": version}

                class Team(Base, AuditMixin, VersionedMixin):
                    __tablename__ = 'teams'
                    id = Column(Integer, primary_key=True)

                class Member(Base):
                    __tablename__ = 'members'
                    id = Column(Integer, primary_key=True)
                    team_id = Column(ForeignKey('teams.id'))
                    team = relationship('Team', backref=backref('members', lazy='dynamic'))
                """;
        ImportResult result = importer.importModels(source);
        Table teams = result.schema().requireTable("teams");
        assertThat(teams.columns()).extracting(Column::name).containsExactly("created_by", "updated_by", "version", "id");
        assertThat(teams.column("version").orElseThrow().defaultValue()).contains(DefaultValue.number("1"));
        assertThat(teams.relationships()).containsExactly(new Relationship("members", "members", true, Optional.of("team"),
                Optional.empty(), Optional.of("dynamic")));
        Table members = result.schema().requireTable("members");
        assertThat(members.column("team_id").orElseThrow().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(members.column("team_id").orElseThrow().nullable()).isTrue();
        assertThat(members.relationships()).singleElement().satisfies(r -> assertThat(r.backPopulates()).contains("members"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsAssociationTablesAndModuleLevelIndexes() {
        String source = """
                from sqlalchemy import Table, Column, Integer, ForeignKey, Index, UniqueConstraint
                from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
                class Base(DeclarativeBase): pass

                post_tags = Table(
                    "post_tags", Base.metadata,
                    Column("post_id", ForeignKey("posts.id"), primary_key=True),
                    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
                )

                class Post(Base):
                    __tablename__ = "posts"
                    id: Mapped[int] = mapped_column(primary_key=True)
                    slug: Mapped[str] = mapped_column()
                    tags = relationship("Tag", secondary=post_tags)
                    __table_args__ = (UniqueConstraint("slug", name="uq_posts_slug"),)

                class Tag(Base):
                    __tablename__ = "tags"
                    id: Mapped[int] = mapped_column(primary_key=True)

                Index("idx_posts_slug_id", Post.slug, Post.id)
                """;
        Schema schema = importer.importModels(source).schema();
        Table postTags = schema.requireTable("post_tags");
        assertThat(postTags.primaryKey().orElseThrow().columns()).containsExactly("post_id", "tag_id");
        assertThat(postTags.columns()).allSatisfy(c -> assertThat(c.identity()).isFalse());
        assertThat(postTags.foreignKeys()).extracting(f -> f.referencedTable()).containsExactly("posts", "tags");
        assertThat(schema.requireTable("posts").indexes()).extracting(Index::name).containsExactly("idx_posts_slug_id");
        assertThat(schema.requireTable("posts").uniques()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("uq_posts_slug"));
        assertThat(schema.requireTable("posts").relationships()).singleElement().satisfies(r -> assertThat(r.many()).isTrue());
    }

    @Test
    void reportsUnbalancedParenthesesWithLineAndColumn() {
        String source = "from sqlalchemy import Column\nclass A(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True\n";
        PythonSyntaxException e = catchThrowableOfType(() -> importer.importModels(source), PythonSyntaxException.class);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(16);
        assertThat(e.getMessage()).contains("line 4, column 16", "'(' is never closed");
        assertThat(e.code()).isEqualTo(ImportException.Code.SYNTAX_ERROR);
    }

    @Test
    void reportsBadIndentationWithLineAndColumn() {
        String dedent = "class A(Base):\n        __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n";
        PythonSyntaxException e = catchThrowableOfType(() -> importer.importModels(dedent), PythonSyntaxException.class);
        assertThat(e.getMessage()).contains("line 3, column 5", "unindent does not match");
        String indent = "x = 1\n    y = 2\n";
        assertThat(catchThrowableOfType(() -> importer.importModels(indent), PythonSyntaxException.class).getMessage())
                .contains("line 2", "unexpected indent");
        String noBlock = "class A(Base):\nx = 1\n";
        assertThat(catchThrowableOfType(() -> importer.importModels(noBlock), PythonSyntaxException.class).getMessage())
                .contains("line 2, column 1", "expected an indented block");
        String mismatched = "x = Column(String(50]\n";
        assertThat(catchThrowableOfType(() -> importer.importModels(mismatched), PythonSyntaxException.class).getMessage())
                .contains("line 1, column 21", "does not match '('");
    }

    @Test
    void refusesBinaryAndOversizedInput() {
        assertThatThrownBy(() -> importer.importModels("class A:\0\0\0")).isInstanceOf(ImportException.class)
                .hasMessageContaining("not Python text").extracting(e -> ((ImportException) e).code())
                .isEqualTo(ImportException.Code.NOT_PYTHON_TEXT);
        assertThatThrownBy(() -> importer.importModels("#".repeat(ImportLimits.MAX_SQL_CHARS + 1))).isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void importsWhatItCanAndWarnsAboutSkippedLines() {
        String source = """
                from sqlalchemy import Column, Integer, String
                from sqlalchemy.orm import declarative_base, column_property
                Base = declarative_base()

                class A(Base):
                    __tablename__ = 'a'
                    id = Column(Integer, primary_key=True)
                    spot = Column(Geometry('POINT'))
                    total = Something(1)
                    label = Column(String(20), info={'x': 1}, frob=True)

                class B(Base):
                    id = Column(Integer, primary_key=True)
                """;
        ImportResult result = importer.importModels(source);
        assertThat(result.schema().requireTable("a").columns()).extracting(Column::name).containsExactly("id", "spot", "label");
        assertThat(result.warnings()).extracting(ImportWarning::line).containsExactly(8, 9, 10, 12);
        assertThat(result.warnings().get(0).message()).contains("Geometry", "text");
        assertThat(result.warnings().get(1).message()).contains("Something", "skipped");
        assertThat(result.warnings().get(2).message()).contains("frob=");
        assertThat(result.warnings().get(3).message()).contains("class B", "__tablename__");
    }

    @Test
    void refusesAStatementCpythonRefusesAtTheTokenWhereItStops() {
        String source = "class A(Base):\n    __tablename__ = 'a'\n    name = Column(String(50) nullable=False)\n";
        PythonSyntaxException e = catchThrowableOfType(() -> importer.importModels(source), PythonSyntaxException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(30);
        assertThat(e.detail()).contains("expected ','", "'nullable'");
    }

    private static List<String> describe(Table t) {
        return t.columns().stream().map(c -> c.name() + " " + c.type().describe() + (c.nullable() ? " NULL" : " NOT NULL")).toList();
    }
}
