package dev.schemadesigner.generate.model;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.GenerationContext.BaseColumn;
import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import dev.schemadesigner.generate.python.DialectDefaults;
import dev.schemadesigner.generate.python.Imports;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.generate.python.SaTypes;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The models package around the model modules: base.py (Base, naming convention, base model, mixins), enums.py, __init__.py. */
public final class PackageRenderer {
    private final GenerationContext ctx;
    private final boolean classic;

    public PackageRenderer(GenerationContext ctx) {
        this.ctx = ctx;
        this.classic = ctx.ormStyle() == OrmStyle.CLASSIC;
    }

    public String base(Set<Mixin> used, Schema schema) {
        Imports imports = new Imports(ctx.modelsPackage().split("\\.")[0]);
        imports.from("sqlalchemy", "MetaData").from("sqlalchemy.orm", "Mapped");
        StringBuilder out = new StringBuilder("\"\"\"Declarative base, naming convention, the base model and mixins.\"\"\"\n");
        StringBuilder body = new StringBuilder();
        var n = ctx.naming();
        body.append("NAMING_CONVENTION = {\n");
        body.append("    \"ix\": ").append(PyText.str(n.ix())).append(",\n");
        body.append("    \"uq\": ").append(PyText.str(n.uq())).append(",\n");
        body.append("    \"ck\": ").append(PyText.str(n.ck())).append(",\n");
        body.append("    \"fk\": ").append(PyText.str(n.fk())).append(",\n");
        body.append("    \"pk\": ").append(PyText.str(n.pk())).append(",\n");
        body.append("}\n\n");
        if (classic) {
            imports.from("sqlalchemy.orm", "declarative_base");
            body.append("Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))\n");
        } else {
            imports.from("sqlalchemy.orm", "DeclarativeBase");
            body.append("\nclass Base(DeclarativeBase):\n    metadata = MetaData(naming_convention=NAMING_CONVENTION)\n");
        }
        if (DialectDefaults.anyIn(schema)) body.append(DialectDefaults.modelClass(imports));
        body.append("\n\nclass ").append(ctx.baseModel().name()).append("(Base):\n    __abstract__ = True\n\n");
        for (BaseColumn b : ctx.baseModel().columns()) body.append("    ").append(baseColumn(b, schema, imports)).append('\n');
        for (Mixin m : used.stream().sorted(Comparator.comparing(Enum::ordinal)).toList()) body.append(mixin(m, schema, imports));
        out.append(imports.render()).append("\n\n").append(body);
        return out.toString();
    }

    private String baseColumn(BaseColumn b, Schema schema, Imports imports) {
        String py = SaTypes.pythonType(b.type(), schema, imports);
        if (b.nullable()) { imports.from("typing", "Optional"); py = "Optional[" + py + "]"; }
        List<String> args = new ArrayList<>();
        args.add(SaTypes.model(b.type(), schema, imports, !classic));
        if (b.primaryKey()) args.add("primary_key=True");
        if (b.now()) { imports.from("datetime", "datetime"); args.add("default=datetime.utcnow"); }
        if (b.onUpdate()) { imports.from("datetime", "datetime"); args.add("onupdate=datetime.utcnow"); }
        args.add("nullable=" + (b.nullable() ? "True" : "False"));
        return b.name() + ": Mapped[" + py + "] = " + call(imports) + "(" + String.join(", ", args) + ")";
    }

    private String call(Imports imports) {
        String call = classic ? "Column" : "mapped_column";
        imports.from(classic ? "sqlalchemy" : "sqlalchemy.orm", call);
        return call;
    }

    private String mixin(Mixin m, Schema schema, Imports imports) {
        StringBuilder b = new StringBuilder("\n\nclass ").append(m.className()).append(":\n");
        for (var c : m.columns()) {
            String py = SaTypes.pythonType(c.type(), schema, imports);
            if (c.nullable()) { imports.from("typing", "Optional"); py = "Optional[" + py + "]"; }
            String args = SaTypes.model(c.type(), schema, imports, !classic) + ", nullable=" + (c.nullable() ? "True" : "False")
                    + c.defaultValue().map(d -> ", server_default=" + SaTypes.serverDefault(d, "", imports)).orElse("");
            b.append("    ").append(c.name()).append(": Mapped[").append(py).append("] = ").append(call(imports)).append('(').append(args).append(")\n");
        }
        if (m == Mixin.SOFT_DELETE) {
            b.append("\n    @property\n    def is_deleted(self) -> bool:\n        return self.deleted_at is not None\n");
        }
        if (m == Mixin.VERSIONED) {
            imports.from("sqlalchemy.orm", "declared_attr");
            b.append("\n    @declared_attr\n    def __mapper_args__(cls):\n        # optimistic locking: UPDATE ... WHERE version = :old, version + 1\n")
                    .append("        return {\"version_id_col\": cls.version}\n");
        }
        return b.toString();
    }

    public String enums(Schema schema) {
        StringBuilder out = new StringBuilder("\"\"\"Fixed value sets, stored by value.\"\"\"\nimport enum\n");
        for (EnumType e : schema.enums()) {
            out.append("\n\nclass ").append(PyText.enumClassName(e.name())).append("(str, enum.Enum):\n");
            for (String v : e.values()) out.append("    ").append(PyText.memberName(v)).append(" = ").append(PyText.str(v)).append('\n');
        }
        return out.toString();
    }

    public String init(List<ModelSpec> models, Set<Mixin> used, boolean hasEnums) {
        Imports imports = new Imports(ctx.modelsPackage().split("\\.")[0]);
        List<String> names = new ArrayList<>();
        names.add("Base");
        names.add(ctx.baseModel().name());
        used.forEach(m -> names.add(m.className()));
        imports.from(ctx.modelsPackage() + ".base", names.toArray(String[]::new));
        for (ModelSpec m : models) {
            imports.from(ctx.modelsPackage() + "." + m.module(), m.className());
            names.add(m.className());
        }
        List<String> sorted = names.stream().sorted().toList();
        return "\"\"\"All models, so that Base.metadata knows every table.\"\"\"\n" + imports.render() + "\n__all__ = [\n"
                + String.join("", sorted.stream().map(s -> "    " + PyText.str(s) + ",\n").toList()) + "]\n"
                + (hasEnums ? "" : "");
    }
}
