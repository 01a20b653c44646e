package dev.schemadesigner.generate.model;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import dev.schemadesigner.generate.model.ModelSpec.RelationSpec;
import dev.schemadesigner.generate.python.DialectDefaults;
import dev.schemadesigner.generate.python.Imports;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.generate.python.SaTypes;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Render: one model module. Both styles share the structure; {@code CLASSIC} writes
 * {@code name: Mapped[str] = Column(...)} (valid on SQLAlchemy 1.4 and 2.0) and names relationship
 * targets explicitly, {@code SQLALCHEMY2} writes {@code mapped_column} and infers targets from the annotation.
 */
public final class ModelRenderer {
    private final GenerationContext ctx;
    private final boolean classic;

    public ModelRenderer(GenerationContext ctx) {
        this.ctx = ctx;
        this.classic = ctx.ormStyle() == OrmStyle.CLASSIC;
    }

    public String render(ModelSpec spec, Schema schema) {
        Table t = spec.table();
        String root = ctx.modelsPackage().split("\\.")[0];
        Imports imports = new Imports(root);
        imports.from("sqlalchemy.orm", "Mapped");
        Set<String> typeChecking = new TreeSet<>();
        List<String> body = new ArrayList<>();
        body.add("    __tablename__ = " + PyText.str(t.name()));
        if (!spec.columns().isEmpty()) body.add("");
        for (Column c : spec.columns()) body.add("    " + column(c, t, schema, imports));
        if (!spec.relationships().isEmpty()) body.add("");
        for (RelationSpec r : spec.relationships()) {
            body.add("    " + relationship(r, imports));
            if (!r.targetClass().equals(spec.className())) typeChecking.add(r.targetModule() + ":" + r.targetClass());
        }
        List<String> args = tableArgs(t, imports);
        if (!args.isEmpty()) {
            body.add("");
            body.add("    __table_args__ = (");
            args.forEach(a -> body.add("        " + a + ","));
            body.add("    )");
        }
        List<String> bases = new ArrayList<>();
        spec.mixins().forEach(m -> bases.add(m.className()));
        bases.add(spec.inheritsBase() ? ctx.baseModel().name() : "Base");
        imports.from(ctx.modelsPackage() + ".base", bases.toArray(String[]::new));
        List<String> enums = spec.columns().stream().map(Column::type)
                .filter(x -> x instanceof dev.schemadesigner.schema.LogicalType.EnumRef)
                .map(x -> PyText.enumClassName(((dev.schemadesigner.schema.LogicalType.EnumRef) x).enumName())).distinct().toList();
        if (!enums.isEmpty()) imports.from(ctx.modelsPackage() + ".enums", enums.toArray(String[]::new));
        if (!typeChecking.isEmpty()) imports.from("typing", "TYPE_CHECKING");
        StringBuilder out = new StringBuilder();
        out.append("\"\"\"").append(spec.className()).append(": the ").append(t.name()).append(" table.\"\"\"\n");
        out.append(imports.render());
        if (!typeChecking.isEmpty()) {
            out.append("\nif TYPE_CHECKING:\n");
            for (String tc : typeChecking) {
                String[] parts = tc.split(":");
                out.append("    from ").append(ctx.modelsPackage()).append('.').append(parts[0]).append(" import ").append(parts[1]).append('\n');
            }
        }
        out.append("\n\nclass ").append(spec.className()).append('(').append(String.join(", ", bases)).append("):\n");
        t.comment().ifPresent(c -> out.append("    ").append(PyText.docstring(c)).append("\n\n"));
        body.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private String column(Column c, Table t, Schema schema, Imports imports) {
        String py = SaTypes.pythonType(c.type(), schema, imports);
        if (c.nullable()) { imports.from("typing", "Optional"); py = "Optional[" + py + "]"; }
        List<String> args = new ArrayList<>();
        args.add(SaTypes.modelColumn(t, c, schema, imports, !classic));
        Optional<ForeignKey> fk = t.foreignKeys().stream().filter(f -> f.columns().size() == 1 && f.columns().get(0).equals(c.name())).findFirst();
        fk.ifPresent(f -> { imports.from("sqlalchemy", "ForeignKey"); args.add(foreignKey(f)); });
        boolean pk = t.primaryKey().map(p -> p.columns().contains(c.name())).orElse(false);
        if (pk) args.add("primary_key=True");
        if (pk && !c.identity() && c.type().isInteger() && t.primaryKey().get().columns().size() == 1) args.add("autoincrement=False");
        if (pk && c.type() instanceof LogicalType.Uuid && c.defaultValue().orElse(null) instanceof DefaultValue.Expression) {
            // the ORM needs the key after INSERT, and SQLite under SQLAlchemy 1.4 cannot return one the database made
            imports.add("uuid");
            args.add("default=lambda: str(uuid.uuid4())");
        }
        args.add("nullable=" + (c.nullable() ? "True" : "False"));
        c.defaultValue().ifPresent(d -> args.add("server_default=" + DialectDefaults.perDialect(d)
                .map(byDialect -> { imports.from(ctx.modelsPackage() + ".base", DialectDefaults.MODEL_CLASS); return DialectDefaults.model(byDialect); })
                .orElseGet(() -> SaTypes.serverDefault(d, "", imports))));
        c.comment().ifPresent(cm -> args.add("comment=" + PyText.str(cm)));
        String call = classic ? "Column" : "mapped_column";
        imports.from(classic ? "sqlalchemy" : "sqlalchemy.orm", call);
        String attribute = PyText.attribute(c.name());
        if (!attribute.equals(c.name())) args.add(0, PyText.str(c.name()));
        return attribute + ": Mapped[" + py + "] = " + call + "(" + String.join(", ", args) + ")";
    }

    private String foreignKey(ForeignKey f) {
        StringBuilder b = new StringBuilder("ForeignKey(").append(PyText.str(f.referencedTable() + "." + f.referencedColumns().get(0)));
        b.append(", name=").append(PyText.str(f.name()));
        if (f.onDelete() != FkAction.NO_ACTION) b.append(", ondelete=").append(PyText.str(f.onDelete().sql()));
        if (f.onUpdate() != FkAction.NO_ACTION) b.append(", onupdate=").append(PyText.str(f.onUpdate().sql()));
        return b.append(')').toString();
    }

    private String relationship(RelationSpec r, Imports imports) {
        imports.from("sqlalchemy.orm", "relationship");
        String target = PyText.str(r.targetClass());
        String annotation;
        if (r.many()) { imports.from("typing", "List"); annotation = "List[" + target + "]"; }
        else if (r.optional()) { imports.from("typing", "Optional"); annotation = "Optional[" + target + "]"; }
        else annotation = target;
        List<String> args = new ArrayList<>();
        if (classic) args.add(target);
        args.add("back_populates=" + PyText.str(r.backPopulates()));
        r.cascade().ifPresent(c -> args.add("cascade=" + PyText.str(c)));
        if (r.passiveDeletes()) args.add("passive_deletes=True");
        r.foreignKeys().ifPresent(f -> args.add("foreign_keys=" + PyText.str(f)));
        r.remoteSide().ifPresent(s -> args.add("remote_side=" + PyText.str(s)));
        r.lazy().ifPresent(l -> args.add("lazy=" + PyText.str(l)));
        if (r.scalarCollection()) args.add("uselist=False");
        return PyText.attribute(r.name()) + ": Mapped[" + annotation + "] = relationship(" + String.join(", ", args) + ")";
    }

    private List<String> tableArgs(Table t, Imports imports) {
        List<String> args = new ArrayList<>();
        for (ForeignKey f : t.foreignKeys()) {
            if (f.columns().size() == 1) continue;
            imports.from("sqlalchemy", "ForeignKeyConstraint");
            StringBuilder b = new StringBuilder("ForeignKeyConstraint(").append(PyText.list(f.columns())).append(", ")
                    .append(PyText.list(f.referencedColumns().stream().map(c -> f.referencedTable() + "." + c).toList()))
                    .append(", name=").append(PyText.str(f.name()));
            if (f.onDelete() != FkAction.NO_ACTION) b.append(", ondelete=").append(PyText.str(f.onDelete().sql()));
            if (f.onUpdate() != FkAction.NO_ACTION) b.append(", onupdate=").append(PyText.str(f.onUpdate().sql()));
            args.add(b.append(')').toString());
        }
        for (Check c : t.checks()) {
            imports.from("sqlalchemy", "CheckConstraint");
            args.add("CheckConstraint(" + PyText.str(c.expression()) + ", name=" + checkName(t, c, imports) + ")");
        }
        for (Unique u : t.uniques()) {
            imports.from("sqlalchemy", "UniqueConstraint");
            args.add("UniqueConstraint(" + String.join(", ", u.columns().stream().map(PyText::str).toList()) + ", name=" + PyText.str(u.name()) + ")");
        }
        for (Index i : t.indexes()) args.add(index(i, imports));
        t.comment().ifPresent(c -> args.add("{\"comment\": " + PyText.str(c) + "}"));
        return args;
    }

    /** With a check template of the form ck_<table>_%(constraint_name)s, the short name; otherwise conv(full name). */
    private String checkName(Table t, Check c, Imports imports) {
        Optional<String> prefix = ctx.naming().checkPrefix(t.name());
        if (prefix.isPresent() && c.name().startsWith(prefix.get()) && c.name().length() > prefix.get().length()) {
            return PyText.str(c.name().substring(prefix.get().length()));
        }
        if (prefix.isEmpty()) return PyText.str(c.name());
        imports.from("sqlalchemy.sql.elements", "conv");
        return "conv(" + PyText.str(c.name()) + ")";
    }

    private String index(Index i, Imports imports) {
        imports.from("sqlalchemy", "Index");
        List<String> args = new ArrayList<>();
        args.add(PyText.str(i.name()));
        for (IndexKey k : i.keys()) {
            if (k instanceof IndexKey.ColumnKey col) args.add(PyText.str(col.column()));
            else { imports.from("sqlalchemy", "text"); args.add("text(" + PyText.str(((IndexKey.ExpressionKey) k).sql()) + ")"); }
        }
        if (i.unique()) args.add("unique=True");
        i.where().ifPresent(w -> {
            imports.from("sqlalchemy", "text");
            args.add("postgresql_where=text(" + PyText.str(w) + ")");
            args.add("sqlite_where=text(" + PyText.str(w) + ")");
        });
        if (!i.include().isEmpty()) args.add("postgresql_include=" + PyText.list(i.include()));
        i.method().ifPresent(m -> args.add("postgresql_using=" + PyText.str(m)));
        return "Index(" + String.join(", ", args) + ")";
    }
}
