package dev.schemadesigner.importer.migration;

import java.util.List;
import java.util.Optional;

/** A Python statement as far as a migration file needs it: expressions, assignments and blocks with their bodies. */
sealed interface PyStmt {

    int line();

    /** An expression statement, e.g. {@code op.add_column(...)}. */
    record Expr(PyExpr expr, int line) implements PyStmt {}

    /** {@code target = value} (or {@code a, b = value}: the target's text). */
    record Assign(String target, PyExpr value, int line) implements PyStmt {}

    /**
     * A compound statement: {@code keyword} is {@code def}, {@code with}, {@code for}, {@code while},
     * {@code if}, {@code else}, {@code try} …; {@code name} the function name of a def;
     * {@code contexts} and {@code alias} the context managers of a with.
     */
    record Block(String keyword, String name, List<PyExpr> contexts, Optional<String> alias, List<PyStmt> body, int line)
            implements PyStmt {
        public Block {
            contexts = List.copyOf(contexts);
            body = List.copyOf(body);
        }
    }

    /** A statement with no bearing on the schema ({@code import}, {@code pass}, a docstring …) or one not understood. */
    record Other(String text, boolean understood, int line) implements PyStmt {}
}
