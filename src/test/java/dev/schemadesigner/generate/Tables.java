package dev.schemadesigner.generate;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small builder for design fixtures: tables on the project's base model (id, created_at, updated_at) by default. */
final class Tables {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<ForeignKey> fks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Unique> uniques = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private PrimaryKey pk = PrimaryKey.of("id");
    private boolean timestamps = true;
    private Optional<String> comment = Optional.empty();

    private Tables(String name, boolean base) {
        this.name = name;
        if (base) columns.add(Column.identity("id", LogicalType.INTEGER));
        this.timestamps = base;
    }

    /** A table on the base model: id first, created_at/updated_at last. */
    static Tables based(String name) { return new Tables(name, true); }

    /** A table with only the columns given. */
    static Tables plain(String name, String... pkColumns) {
        Tables t = new Tables(name, false);
        t.pk = PrimaryKey.of(pkColumns);
        return t;
    }

    Tables col(Column c) { columns.add(c); return this; }

    Tables required(String n, LogicalType t) { return col(Column.required(n, t)); }

    Tables optional(String n, LogicalType t) { return col(Column.optional(n, t)); }

    Tables fk(ForeignKey f) { fks.add(f); return this; }

    Tables index(Index i) { indexes.add(i); return this; }

    Tables check(String n, String expr) { checks.add(new Check(n, expr)); return this; }

    Tables unique(String n, String... cols) { uniques.add(Unique.of(n, cols)); return this; }

    Tables rel(Relationship r) { relationships.add(r); return this; }

    Tables comment(String c) { comment = Optional.of(c); return this; }

    Table build() {
        List<Column> all = new ArrayList<>(columns);
        if (timestamps) {
            all.add(Column.required("created_at", LogicalType.TIMESTAMP));
            all.add(Column.optional("updated_at", LogicalType.TIMESTAMP));
        }
        return new Table(name, all, Optional.of(pk), fks, indexes, checks, uniques, relationships, comment);
    }
}
