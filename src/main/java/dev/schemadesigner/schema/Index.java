package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An index: keys (columns or expressions), optionally unique, partial ({@code where}), covering
 * ({@code include}, PostgreSQL) and with an access method other than btree ({@code gin}, …).
 */
public record Index(String name, List<IndexKey> keys, boolean unique, Optional<String> where,
                    List<String> include, Optional<String> method) {

    public Index {
        Names.require(name, "index name");
        if (keys == null || keys.isEmpty()) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "index " + name + " needs at least one key");
        keys = List.copyOf(keys);
        Objects.requireNonNull(where, "where");
        include = List.copyOf(include);
        Objects.requireNonNull(method, "method");
        method = method.map(m -> IndexMethod.of(m).sql()).filter(m -> !m.equals("btree"));
    }

    public static Index on(String name, String... columns) {
        return new Index(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), false,
                Optional.empty(), List.of(), Optional.empty());
    }

    public static Index uniqueOn(String name, String... columns) { return on(name, columns).withUnique(true); }

    public Index withUnique(boolean value) { return new Index(name, keys, value, where, include, method); }

    public Index withWhere(String predicate) { return new Index(name, keys, unique, Optional.ofNullable(predicate), include, method); }

    public Index withWhere(Optional<String> predicate) { return new Index(name, keys, unique, predicate, include, method); }

    public Index withInclude(List<String> columns) { return new Index(name, keys, unique, where, columns, method); }

    public Index withMethod(String value) { return new Index(name, keys, unique, where, include, Optional.ofNullable(value)); }

    public Index withName(String value) { return new Index(value, keys, unique, where, include, method); }

    public Index withKeys(List<IndexKey> value) { return new Index(name, value, unique, where, include, method); }

    /** The plain column names of the keys, in order; expression keys are skipped. */
    public List<String> columnNames() {
        return keys.stream().filter(k -> k instanceof IndexKey.ColumnKey)
                .map(k -> ((IndexKey.ColumnKey) k).column()).toList();
    }

    public boolean hasExpressions() {
        return keys.stream().anyMatch(k -> k instanceof IndexKey.ExpressionKey);
    }

    /** True when every key is a column and the columns start with {@code prefix}. */
    public boolean leadsWith(List<String> prefix) {
        if (keys.size() < prefix.size()) return false;
        for (int i = 0; i < prefix.size(); i++) {
            if (!(keys.get(i) instanceof IndexKey.ColumnKey c) || !c.column().equals(prefix.get(i))) return false;
        }
        return true;
    }

    public String describeKeys() {
        return keys.stream().map(IndexKey::describe).collect(Collectors.joining(", "));
    }
}
