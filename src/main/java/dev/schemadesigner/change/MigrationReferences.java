package dev.schemadesigner.change;

import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every table and function one parsed statement names, found by walking its whole tree with
 * JSqlParser's {@link TablesNamesFinder} (subqueries, CTEs, joins, table functions included); the
 * names of the statement's own WITH items are not tables and are left out.
 */
record MigrationReferences(List<Name> tables, List<Name> functions, Set<String> withNames, Optional<String> writesOutsideRows) {

    MigrationReferences {
        tables = List.copyOf(tables);
        functions = List.copyOf(functions);
        withNames = Set.copyOf(withNames);
    }

    /** A name as written ({@code victim.t}, {@code "T"}), split into its parts with quotes removed. */
    record Name(String written, List<String> parts, boolean quoted) {
        Name {
            parts = List.copyOf(parts);
        }

        boolean qualified() { return parts.size() > 1; }

        String plain() { return parts.get(parts.size() - 1); }

        /** A quoted name matches exactly; a plain one as the database folds it (either case here, to stay simple). */
        boolean matches(String tableName) { return quoted ? plain().equals(tableName) : plain().equalsIgnoreCase(tableName); }

        static Name of(String written, List<String> rawParts) {
            List<String> parts = new ArrayList<>();
            boolean quoted = false;
            for (String part : rawParts) {
                if (part == null || part.isEmpty()) continue;
                char first = part.charAt(0);
                if (part.length() >= 2 && (first == '"' || first == '`' || first == '[')) {
                    quoted = true;
                    char close = first == '[' ? ']' : first;
                    parts.add(part.substring(1, part.length() - 1).replace("" + close + close, "" + close));
                } else {
                    parts.add(part);
                }
            }
            return new Name(written, parts, quoted);
        }
    }

    static MigrationReferences of(Statement statement) {
        Finder finder = new Finder();
        Set<String> realTables = finder.getTables(statement);
        List<Name> tables = finder.tables.stream()
                .filter(t -> realTables.contains(t.getFullyQualifiedName()))
                .map(t -> Name.of(t.getFullyQualifiedName(), Arrays.asList(t.getDatabaseName(), t.getSchemaName(), t.getName())))
                .distinct()
                .toList();
        return new MigrationReferences(tables, finder.functions, finder.withNames, finder.into);
    }

    private static final class Finder extends TablesNamesFinder<Void> {
        private final List<Table> tables = new ArrayList<>();
        private final List<Name> functions = new ArrayList<>();
        private final Set<String> withNames = new HashSet<>();
        private Optional<String> into = Optional.empty();

        @Override
        public <S> Void visit(WithItem<?> item, S context) {
            if (item.getUnquotedAliasName() != null) withNames.add(item.getUnquotedAliasName().toLowerCase(Locale.ROOT));
            return super.visit(item, context);
        }

        @Override
        public <S> Void visit(Table table, S context) {
            tables.add(table);
            return super.visit(table, context);
        }

        @Override
        public <S> Void visit(Function function, S context) {
            functions.add(Name.of(function.getName(), function.getMultipartName()));
            return super.visit(function, context);
        }

        @Override
        public <S> Void visit(AnalyticExpression analytic, S context) {
            functions.add(Name.of(analytic.getName(), List.of(analytic.getName().toLowerCase(Locale.ROOT))));
            return super.visit(analytic, context);
        }

        @Override
        public <S> Void visit(PlainSelect select, S context) {
            if (select.getIntoTables() != null && !select.getIntoTables().isEmpty() && into.isEmpty()) {
                into = Optional.of("SELECT … INTO writes a new table or file; a data migration may only change rows of existing tables");
            }
            return super.visit(select, context);
        }
    }
}
