package dev.schemadesigner.plan;

import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table as the planner understands it before it becomes operations: what the catalogue or the
 * user said about it. {@link TableAssembler} turns it into {@code CreateTable} and friends.
 */
record EntitySpec(String table, List<Col> columns, List<Idx> indexes, List<String> manyToMany, List<String> queries,
                  Optional<Backfill> backfill, String notes, List<String> primaryKey) {

    /** {@code primaryKey} empty: the base model's key column; otherwise these columns (a join table's pair). */
    EntitySpec {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        manyToMany = List.copyOf(manyToMany);
        queries = List.copyOf(queries);
        primaryKey = List.copyOf(primaryKey);
    }

    EntitySpec(String table, List<Col> columns, List<Idx> indexes, List<String> manyToMany, List<String> queries, Optional<Backfill> backfill, String notes) {
        this(table, columns, indexes, manyToMany, queries, backfill, notes, List.of());
    }

    EntitySpec withPrimaryKey(List<String> value) { return new EntitySpec(table, columns, indexes, manyToMany, queries, backfill, notes, value); }

    static EntitySpec of(String table, List<Col> columns) {
        return new EntitySpec(table, columns, List.of(), List.of(), List.of(), Optional.empty(), "");
    }

    /** A table the catalogue does not know and the user gave no columns for: a name to start from, and a note saying so. */
    static EntitySpec starter(String table) {
        return of(table, List.of(Col.of("name", LogicalType.varchar(200), false)))
                .withNotes(table + " is not in the catalogue: it starts with a name column; say which other columns it needs.");
    }

    Optional<Col> column(String name) { return columns.stream().filter(c -> c.name().equals(name)).findFirst(); }

    EntitySpec withColumns(List<Col> value) { return new EntitySpec(table, value, indexes, manyToMany, queries, backfill, notes, primaryKey); }

    EntitySpec withIndexes(List<Idx> value) { return new EntitySpec(table, columns, value, manyToMany, queries, backfill, notes, primaryKey); }

    EntitySpec withNotes(String value) { return new EntitySpec(table, columns, indexes, manyToMany, queries, backfill, value, primaryKey); }

    /** Adds a many-to-many partner unless it is there already. */
    EntitySpec withManyToMany(String partner) {
        if (manyToMany.contains(partner)) return this;
        List<String> copy = new ArrayList<>(manyToMany);
        copy.add(partner);
        return new EntitySpec(table, columns, indexes, copy, queries, backfill, notes, primaryKey);
    }

    /** Adds the column, or replaces the one of the same name. */
    EntitySpec withColumn(Col col) {
        List<Col> copy = new ArrayList<>(columns);
        copy.removeIf(c -> c.name().equals(col.name()));
        int at = columns.stream().map(Col::name).toList().indexOf(col.name());
        copy.add(at < 0 ? copy.size() : at, col);
        return withColumns(copy);
    }

    /** How a fixed set of values is stored: a named enum type, or a string column with a CHECK … IN. */
    enum EnumStyle { NONE, TYPE, CHECK }

    record Col(String name, LogicalType type, boolean nullable, Optional<DefaultValue> defaultValue, Optional<String> check,
               boolean unique, boolean indexed, List<String> enumValues, EnumStyle enumStyle, Optional<Fk> fk) {
        Col {
            enumValues = List.copyOf(enumValues);
        }

        static Col of(String name, LogicalType type, boolean nullable) {
            return new Col(name, type, nullable, Optional.empty(), Optional.empty(), false, false, List.of(), EnumStyle.NONE, Optional.empty());
        }

        Col withName(String v) { return new Col(v, type, nullable, defaultValue, check, unique, indexed, enumValues, enumStyle, fk); }

        Col withType(LogicalType v) { return new Col(name, v, nullable, defaultValue, check, unique, indexed, enumValues, enumStyle, fk); }

        Col withNullable(boolean v) { return new Col(name, type, v, defaultValue, check, unique, indexed, enumValues, enumStyle, fk); }

        Col withDefault(DefaultValue v) { return new Col(name, type, nullable, Optional.ofNullable(v), check, unique, indexed, enumValues, enumStyle, fk); }

        Col withCheck(String v) { return new Col(name, type, nullable, defaultValue, Optional.ofNullable(v), unique, indexed, enumValues, enumStyle, fk); }

        Col withUnique(boolean v) { return new Col(name, type, nullable, defaultValue, check, v, indexed, enumValues, enumStyle, fk); }

        Col withIndexed(boolean v) { return new Col(name, type, nullable, defaultValue, check, unique, v, enumValues, enumStyle, fk); }

        Col withEnum(List<String> values, EnumStyle style) {
            return new Col(name, type, nullable, defaultValue, check, unique, indexed, values, style, fk);
        }

        Col withFk(Fk v) { return new Col(name, type, nullable, defaultValue, check, unique, indexed, enumValues, enumStyle, Optional.ofNullable(v)); }
    }

    /** A reference to {@code table.id}; {@code backref} names the parent's side when the default would not read well. */
    record Fk(String table, FkAction onDelete, Optional<String> backref) {}

    /** An index; without a name it is named by the convention. */
    record Idx(Optional<String> name, List<String> columns, boolean unique, Optional<String> where) {
        Idx { columns = List.copyOf(columns); }
    }

    /** Rows to copy into a new table from a table that must already exist. */
    record Backfill(String requires, String description, String upgrade, String downgrade) {}
}
