package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Table;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Where an introspector turns a live table into the model. A live database may hold names the
 * model refuses (a table {@code we"ird}, a column {@code co'l}, a right-to-left override): such a
 * table is left out with a warning naming why, and the rest of the database is still read
 * (audit L5, 3.6), rather than the whole review failing.
 */
final class IntrospectedTables {
    private IntrospectedTables() {}

    /** What reads one table, from the catalogue rows already fetched or with further queries. */
    @FunctionalInterface
    interface TableRead {
        Table read() throws SQLException;
    }

    /** The table, or empty with a warning when the model cannot hold one of its names. */
    static Optional<Table> orSkip(String tableName, List<String> warnings, TableRead read) throws SQLException {
        try {
            return Optional.of(read.read());
        } catch (IllegalArgumentException e) {
            warnings.add("table " + shown(tableName) + " left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String shown(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
