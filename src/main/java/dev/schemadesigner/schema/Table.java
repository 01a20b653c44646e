package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** One table with its keys, indexes and constraints. Immutable; {@code with…} methods return copies. */
public record Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey, List<ForeignKey> foreignKeys,
                    List<Index> indexes, List<Check> checks, List<Unique> uniques, List<Relationship> relationships,
                    Optional<String> comment) {

    public Table {
        Names.require(name, "table name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        uniques = List.copyOf(uniques);
        relationships = List.copyOf(relationships);
        Objects.requireNonNull(comment, "comment");
        requireDistinct(columns.stream().map(Column::name).toList(), "column", name);
        requireDistinct(constraintNames(foreignKeys, indexes, checks, uniques), "constraint or index", name);
        for (String key : primaryKey.map(PrimaryKey::columns).orElse(List.of())) requireColumn(columns, key, name, "primary key");
        for (ForeignKey fk : foreignKeys) for (String c : fk.columns()) requireColumn(columns, c, name, "foreign key " + fk.name());
        for (Index ix : indexes) {
            for (String c : ix.columnNames()) requireColumn(columns, c, name, "index " + ix.name());
            for (String c : ix.include()) requireColumn(columns, c, name, "index " + ix.name() + " INCLUDE");
        }
        for (Unique u : uniques) for (String c : u.columns()) requireColumn(columns, c, name, "unique constraint " + u.name());
    }

    public static Table of(String name, List<Column> columns, PrimaryKey primaryKey) {
        return new Table(name, columns, Optional.ofNullable(primaryKey), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean hasColumn(String columnName) { return column(columnName).isPresent(); }

    public Optional<Index> index(String indexName) { return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst(); }

    public Optional<ForeignKey> foreignKey(String fkName) { return foreignKeys.stream().filter(f -> f.name().equals(fkName)).findFirst(); }

    public Optional<Check> check(String checkName) { return checks.stream().filter(c -> c.name().equals(checkName)).findFirst(); }

    public Optional<Unique> unique(String uniqueName) { return uniques.stream().filter(u -> u.name().equals(uniqueName)).findFirst(); }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, indexes, checks, uniques, relationships, comment);
    }

    public Table withColumns(List<Column> value) {
        return new Table(name, value, primaryKey, foreignKeys, indexes, checks, uniques, relationships, comment);
    }

    public Table withPrimaryKey(Optional<PrimaryKey> value) {
        return new Table(name, columns, value, foreignKeys, indexes, checks, uniques, relationships, comment);
    }

    public Table withForeignKeys(List<ForeignKey> value) {
        return new Table(name, columns, primaryKey, value, indexes, checks, uniques, relationships, comment);
    }

    public Table withIndexes(List<Index> value) {
        return new Table(name, columns, primaryKey, foreignKeys, value, checks, uniques, relationships, comment);
    }

    public Table withChecks(List<Check> value) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, value, uniques, relationships, comment);
    }

    public Table withUniques(List<Unique> value) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, checks, value, relationships, comment);
    }

    public Table withRelationships(List<Relationship> value) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, checks, uniques, value, comment);
    }

    public Table withComment(Optional<String> value) {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, checks, uniques, relationships, value);
    }

    public Table withColumn(Column column) { return withColumns(appended(columns, column)); }

    public Table replaceColumn(String columnName, UnaryOperator<Column> change) {
        return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
    }

    public Table withoutColumn(String columnName) { return withColumns(without(columns, c -> c.name().equals(columnName))); }

    public Table withIndex(Index index) { return withIndexes(appended(indexes, index)); }

    public Table withoutIndex(String indexName) { return withIndexes(without(indexes, i -> i.name().equals(indexName))); }

    public Table withForeignKey(ForeignKey fk) { return withForeignKeys(appended(foreignKeys, fk)); }

    public Table withoutForeignKey(String fkName) { return withForeignKeys(without(foreignKeys, f -> f.name().equals(fkName))); }

    public Table withCheck(Check check) { return withChecks(appended(checks, check)); }

    public Table withoutCheck(String checkName) { return withChecks(without(checks, c -> c.name().equals(checkName))); }

    public Table withUnique(Unique unique) { return withUniques(appended(uniques, unique)); }

    public Table withoutUnique(String uniqueName) { return withUniques(without(uniques, u -> u.name().equals(uniqueName))); }

    /** Names of every index and named constraint on this table (the namespace constraint names share). */
    public List<String> constraintNames() { return constraintNames(foreignKeys, indexes, checks, uniques); }

    private static List<String> constraintNames(List<ForeignKey> fks, List<Index> ixs, List<Check> cks, List<Unique> uqs) {
        List<String> names = new ArrayList<>();
        fks.forEach(f -> names.add(f.name()));
        ixs.forEach(i -> names.add(i.name()));
        cks.forEach(c -> names.add(c.name()));
        uqs.forEach(u -> names.add(u.name()));
        return names;
    }

    private static <T> List<T> appended(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> without(List<T> list, Predicate<T> drop) {
        return list.stream().filter(drop.negate()).toList();
    }

    private static void requireDistinct(List<String> names, String what, String table) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "table " + table + " has two " + what + "s named " + n);
        }
    }

    private static void requireColumn(List<Column> columns, String column, String table, String what) {
        if (columns.stream().noneMatch(c -> c.name().equals(column))) {
            throw new UserFacingException(ErrorCode.INVALID_SCHEMA, what + " of table " + table + " names column " + column + ", which does not exist");
        }
    }
}
