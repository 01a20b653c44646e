package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name a database gives an index the DDL leaves unnamed, so that the imported model names it
 * as the database does: PostgreSQL {@code <table>_<columns>_idx} (63 bytes at most, {@code idx1},
 * {@code idx2} … on a clash); MariaDB/MySQL the first key column, then {@code _2}, {@code _3} ….
 */
final class IndexNames {
    private IndexNames() {}

    private static final int POSTGRES_MAX = 63;

    static String postgres(TableDraft table, Index index) {
        StringBuilder columns = new StringBuilder();
        for (IndexKey key : index.keys()) {
            if (columns.length() > 0) columns.append('_');
            columns.append(key instanceof IndexKey.ColumnKey c ? c.column() : expressionLabel(((IndexKey.ExpressionKey) key).sql()));
        }
        Set<String> taken = taken(table);
        for (int pass = 0; ; pass++) {
            String label = pass == 0 ? "idx" : "idx" + pass;
            String candidate = postgresObjectName(table.name, columns.toString(), label);
            if (!taken.contains(candidate)) return candidate;
        }
    }

    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile("^[(\\s]*(?:\\w+\\.)?\"?([A-Za-z_][\\w$]*)\"?\\s*\\(");
    private static final java.util.regex.Pattern CAST_OF_COLUMN = java.util.regex.Pattern.compile("^[(\\s]*\"?([A-Za-z_][\\w$]*)\"?\\s*\\)?\\s*::");

    /** PostgreSQL's FigureIndexColname, for the common shapes: a call is named after its function, a cast after its column, else "expr". */
    static String expressionLabel(String sql) {
        java.util.regex.Matcher call = CALL.matcher(sql);
        if (call.find()) return call.group(1).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher cast = CAST_OF_COLUMN.matcher(sql);
        if (cast.find()) return cast.group(1);
        return "expr";
    }

    /** PostgreSQL's makeObjectName: the longer of the two parts is shortened until the name fits. */
    static String postgresObjectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2.isEmpty() ? 0 : 1);
        String a = name1;
        String b = name2;
        while (a.length() + b.length() > POSTGRES_MAX - overhead) {
            if (a.length() > b.length()) a = a.substring(0, a.length() - 1);
            else b = b.substring(0, b.length() - 1);
        }
        return a + (b.isEmpty() ? "" : "_" + b) + "_" + label;
    }

    static String mariadb(TableDraft table, List<IndexKey> keys) {
        String first = keys.get(0) instanceof IndexKey.ColumnKey c ? c.column() : "functional_index";
        Set<String> taken = taken(table);
        String candidate = first;
        for (int n = 2; taken.contains(candidate) || candidate.equalsIgnoreCase("PRIMARY"); n++) candidate = first + "_" + n;
        return candidate;
    }

    private static Set<String> taken(TableDraft table) {
        Set<String> taken = new HashSet<>();
        table.indexes.forEach(i -> taken.add(i.name()));
        table.uniques.forEach(u -> u.name().ifPresent(taken::add));
        table.foreignKeys.forEach(f -> f.name().ifPresent(taken::add));
        table.checks.forEach(c -> c.name().ifPresent(taken::add));
        return taken;
    }
}
