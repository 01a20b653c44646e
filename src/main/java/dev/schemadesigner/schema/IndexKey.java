package dev.schemadesigner.schema;

/** One key of an index: a column, or an expression such as {@code lower(email)}. */
public sealed interface IndexKey {

    record ColumnKey(String column) implements IndexKey {
        public ColumnKey { Names.require(column, "index column"); }
        public String describe() { return column; }
    }

    record ExpressionKey(String sql) implements IndexKey {
        public ExpressionKey { Names.requireText(sql, "index expression"); }
        public String describe() { return "(" + sql + ")"; }
    }

    String describe();

    static IndexKey column(String column) { return new ColumnKey(column); }

    static IndexKey expression(String sql) { return new ExpressionKey(sql); }
}
