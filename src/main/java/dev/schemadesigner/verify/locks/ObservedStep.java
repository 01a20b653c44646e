package dev.schemadesigner.verify.locks;

import java.util.List;
import java.util.Objects;

/**
 * One migration step to observe: its source line, its statements as the dialect prints them (never
 * the pasted text), the table it acts on, and whether it must run outside a transaction ({@code CONCURRENTLY}).
 */
public record ObservedStep(int line, List<String> statements, String table, boolean outsideTransaction) {
    public ObservedStep {
        statements = List.copyOf(statements);
        Objects.requireNonNull(table, "table");
    }
}
