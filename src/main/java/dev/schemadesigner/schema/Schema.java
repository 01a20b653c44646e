package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The intermediate representation every stage shares: tables in the order the user gave them,
 * and the enum types they use. Dialect-neutral; a {@code Dialect} says how it is stored.
 */
public record Schema(List<Table> tables, List<EnumType> enums) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Table t : tables) if (!seen.add(t.name())) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "schema has two tables named " + t.name());
        seen.clear();
        for (EnumType e : enums) if (!seen.add(e.name())) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "schema has two enum types named " + e.name());
    }

    public static Schema of(Table... tables) { return new Schema(List.of(tables), List.of()); }

    public Optional<Table> table(String name) { return tables.stream().filter(t -> t.name().equals(name)).findFirst(); }

    public boolean hasTable(String name) { return table(name).isPresent(); }

    /** The table, or an {@link IllegalArgumentException} naming what is missing. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new UserFacingException(ErrorCode.INVALID_SCHEMA, "table " + name + " does not exist"));
    }

    public Optional<EnumType> enumType(String name) { return enums.stream().filter(e -> e.name().equals(name)).findFirst(); }

    public Schema withTable(Table table) {
        List<Table> copy = new ArrayList<>(tables);
        copy.add(table);
        return new Schema(copy, enums);
    }

    public Schema withoutTable(String name) {
        return new Schema(tables.stream().filter(t -> !t.name().equals(name)).toList(), enums);
    }

    public Schema replaceTable(String name, UnaryOperator<Table> change) {
        requireTable(name);
        return new Schema(tables.stream().map(t -> t.name().equals(name) ? change.apply(t) : t).toList(), enums);
    }

    public Schema withTables(List<Table> value) { return new Schema(value, enums); }

    public Schema withEnum(EnumType type) {
        List<EnumType> copy = new ArrayList<>(enums);
        copy.add(type);
        return new Schema(tables, copy);
    }

    public Schema withoutEnum(String name) {
        return new Schema(tables, enums.stream().filter(e -> !e.name().equals(name)).toList());
    }

    public Schema withEnums(List<EnumType> value) { return new Schema(tables, value); }

    /** Tables whose foreign keys point at {@code name} (other than itself). */
    public List<Table> referencing(String name) {
        return tables.stream().filter(t -> !t.name().equals(name))
                .filter(t -> t.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(name))).toList();
    }
}
