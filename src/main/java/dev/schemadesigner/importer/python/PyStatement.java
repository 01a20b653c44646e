package dev.schemadesigner.importer.python;

import java.util.List;
import java.util.Optional;

/** A top-level or class-body statement; compound statements other than {@code class} and {@code def} are {@link Other}. */
public sealed interface PyStatement {

    int line();

    int column();

    record ClassDef(String name, List<PyExpr> bases, List<PyExpr.Keyword> keywords, List<PyExpr> decorators,
                    List<PyStatement> body, int line, int column) implements PyStatement {
        public ClassDef {
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            decorators = List.copyOf(decorators);
            body = List.copyOf(body);
        }
    }

    record FunctionDef(String name, List<PyExpr> decorators, List<PyStatement> body, int line, int column) implements PyStatement {
        public FunctionDef {
            decorators = List.copyOf(decorators);
            body = List.copyOf(body);
        }
    }

    /** {@code target = value}, {@code target: annotation = value} or {@code target: annotation}; chained targets keep the first. */
    record Assign(PyExpr target, Optional<PyExpr> annotation, Optional<PyExpr> value, int line, int column) implements PyStatement {}

    /** {@code import a.b as c} or {@code from m import a as b}: {@code module} is empty for a plain import. */
    record Import(String module, List<Alias> names, int line, int column) implements PyStatement {
        public Import { names = List.copyOf(names); }
    }

    record Alias(String name, Optional<String> asName) {
        public String boundName() { return asName.orElse(name); }
    }

    record Return(Optional<PyExpr> value, int line, int column) implements PyStatement {}

    /** A bare expression statement (a call, a docstring, …). */
    record Expression(PyExpr value, int line, int column) implements PyStatement {}

    /**
     * Any other statement, by its first word ({@code if}, {@code pass}, {@code for}, …); {@code unreadable}
     * holds why a simple statement could not be read, when that is why it ended up here.
     */
    record Other(String keyword, String text, Optional<String> unreadable, int line, int column) implements PyStatement {}
}
