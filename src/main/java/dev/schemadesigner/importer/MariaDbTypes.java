package dev.schemadesigner.importer;

import dev.schemadesigner.schema.LogicalType;

import java.util.ArrayList;
import java.util.List;

/** MariaDB/MySQL column types: {@code COLUMN_TYPE} spellings and the values of an {@code ENUM(...)}. */
final class MariaDbTypes {
    private MariaDbTypes() {}

    /** {@code int(11)}'s display width is not a length: only decimal, char and varchar keep their arguments. */
    static LogicalType map(String columnType, String dataType, String where, List<String> warnings) {
        String data = dataType.toLowerCase(java.util.Locale.ROOT);
        if (data.equals("timestamp")) return LogicalType.TIMESTAMP;
        if (data.equals("set") || data.equals("year") || data.equals("bit")) {
            warnings.add(where + ": type " + columnType + " has no logical type, read as text");
            return LogicalType.TEXT;
        }
        boolean keepsArguments = data.equals("decimal") || data.equals("numeric") || data.equals("char") || data.equals("varchar");
        String declared = keepsArguments ? columnType : columnType.replaceFirst("\\(\\d+\\)", "");
        return DeclaredTypes.map(declared, where, warnings);
    }

    /** {@code enum('open','it''s')} → [open, it's]. */
    static List<String> enumValues(String columnType) {
        List<String> values = new ArrayList<>();
        int i = columnType.indexOf('(') + 1;
        while (i > 0 && i < columnType.length()) {
            int start = columnType.indexOf('\'', i);
            if (start < 0) break;
            StringBuilder value = new StringBuilder();
            int j = start + 1;
            while (j < columnType.length()) {
                char c = columnType.charAt(j);
                if (c == '\'' && j + 1 < columnType.length() && columnType.charAt(j + 1) == '\'') {
                    value.append('\'');
                    j += 2;
                } else if (c == '\\' && j + 1 < columnType.length()) {
                    value.append(columnType.charAt(j + 1));
                    j += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    value.append(c);
                    j++;
                }
            }
            values.add(value.toString());
            i = j + 1;
        }
        return values;
    }
}
