package dev.schemadesigner.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@code data} step found: how many rows were seeded before the upgrade, and for each table
 * the change touches (and any other whose rows moved) the row counts after the upgrade and after the
 * downgrade, the NULLs in new and changed columns, and whether the columns the change leaves alone
 * kept their values ({@code checksum} over them, before and after). {@code lossy} names what the
 * downgrade cannot give back; {@code notes} say where the generator seeded fewer rows than asked.
 */
public record DataFigures(int rowsPerTable, int tablesSeeded, long rowsSeeded, List<TableFigures> tables,
                          int otherTablesCompared, List<String> lossy, List<String> notes) {

    public DataFigures {
        tables = List.copyOf(tables);
        lossy = List.copyOf(lossy);
        notes = List.copyOf(notes);
    }

    /**
     * One table's figures; the table is named as before the change. {@code keptColumns} are the columns
     * whose values must survive the upgrade, {@code restoredColumns} those that must come back after the
     * downgrade; each {@code …Equal} is empty until that step ran.
     */
    public record TableFigures(String table, long rowsBefore, Optional<Long> rowsAfterUpgrade, Optional<Long> rowsAfterDowngrade,
                               Map<String, Long> nullsAfterUpgrade, List<String> keptColumns, Optional<Boolean> keptEqual,
                               List<String> restoredColumns, Optional<Boolean> restoredEqual, Optional<String> problem) {
        public TableFigures {
            Objects.requireNonNull(table, "table");
            nullsAfterUpgrade = Map.copyOf(nullsAfterUpgrade);
            keptColumns = List.copyOf(keptColumns);
            restoredColumns = List.copyOf(restoredColumns);
        }
    }

    /** "150 rows seeded in 3 tables (50 a table); tickets: 50 → 50 rows, priority 0 NULL, 4 untouched column(s) unchanged". */
    public String summary() {
        StringBuilder out = new StringBuilder().append(rowsSeeded).append(" rows seeded in ").append(tablesSeeded)
                .append(" table(s) (").append(rowsPerTable).append(" a table)");
        for (TableFigures t : tables) {
            out.append("; ").append(t.table()).append(": ").append(t.rowsBefore());
            t.rowsAfterUpgrade().ifPresent(n -> out.append(" → ").append(n));
            out.append(" rows");
            t.nullsAfterUpgrade().forEach((c, n) -> out.append(", ").append(c).append(' ').append(n).append(" NULL"));
            t.keptEqual().ifPresent(eq -> out.append(", ").append(t.keptColumns().size())
                    .append(eq ? " untouched column(s) unchanged" : " untouched column(s) CHANGED"));
            t.restoredEqual().ifPresent(eq -> out.append(eq ? ", restored by the downgrade" : ", NOT restored by the downgrade"));
            t.problem().ifPresent(p -> out.append(" — ").append(p));
        }
        if (otherTablesCompared > 0) out.append("; ").append(otherTablesCompared).append(" other table(s) unchanged");
        if (!lossy.isEmpty()) out.append("; lossy: ").append(String.join("; ", lossy));
        if (!notes.isEmpty()) out.append("; ").append(String.join("; ", notes));
        return out.toString();
    }
}
