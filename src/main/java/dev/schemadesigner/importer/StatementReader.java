package dev.schemadesigner.importer;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one statement into the draft: the DDL the model holds is parsed strictly (a syntax error
 * is an error), everything else becomes a warning naming the statement.
 */
final class StatementReader {
    private final SchemaDraft schema;
    private final TableElementReader elements;
    private final AlterTableReader alterActions;

    StatementReader(SchemaDraft schema) {
        this.schema = schema;
        this.elements = new TableElementReader(schema);
        this.alterActions = new AlterTableReader(schema, elements);
    }

    void read(List<Token> tokens) {
        schema.warnings.startStatement(tokens);
        try {
            readStatement(tokens);
        } catch (DdlSemanticException e) {
            // a name with invisible or direction-changing characters hides what the file does: it is refused, not read
            // around (a name with a quote only cannot be stored, so that statement is skipped with a warning)
            if (e.getMessage().contains(dev.schemadesigner.schema.Names.INVISIBLE_CHARACTERS)) {
                throw new DdlSyntaxException(e.line(), e.column(), e.getMessage());
            }
            schema.warnings.add(tokens.get(0), "statement at line " + tokens.get(0).line() + " skipped: " + e.getMessage()
                    + " (line " + e.line() + ", column " + e.column() + ")");
        }
    }

    private void readStatement(List<Token> tokens) {
        TokenCursor in = new TokenCursor(tokens, schema.dialect, "statement");
        Token first = in.peek();
        if (in.atWord("CREATE")) {
            int mark = in.mark();
            in.next();
            in.accept("OR", "REPLACE");
            boolean temporary = in.accept("TEMP") || in.accept("TEMPORARY");
            in.accept("UNLOGGED");
            if (in.atWord("TABLE") && !temporary) {
                createTable(in.within("CREATE TABLE"), first);
                return;
            }
            in.reset(mark + 1);
            if (in.atWord("UNIQUE", "INDEX") || in.atWord("INDEX")) {
                createIndex(in.within("CREATE INDEX"));
                return;
            }
            if (in.atWord("EXTENSION")) {
                createExtension(in, first);
                return;
            }
            if (in.atWord("TYPE") && in.peek(2).isWord("AS") && in.peek(3).isWord("ENUM")
                    || in.atWord("TYPE") && in.peek(4).isWord("AS") && in.peek(5).isWord("ENUM")) {
                createEnum(in.within("CREATE TYPE"));
                return;
            }
        } else if (in.atWord("ALTER", "TABLE")) {
            alterTable(in.within("ALTER TABLE"));
            return;
        } else if (in.atWord("COMMENT", "ON", "TABLE") || in.atWord("COMMENT", "ON", "COLUMN")) {
            commentOn(in.within("COMMENT ON"));
            return;
        }
        skipped(first, tokens);
    }

    private void skipped(Token first, List<Token> tokens) {
        StringBuilder kind = new StringBuilder();
        for (int i = 0; i < Math.min(3, tokens.size()) && tokens.get(i).kind() == Token.Kind.WORD; i++) {
            if (i > 0) kind.append(' ');
            kind.append(tokens.get(i).text());
        }
        String what = kind.length() == 0 ? "this statement" : kind + " statement";
        schema.warnings.add(first, what + " (line " + first.line() + ") is not part of the schema model; skipped");
    }

    // ---- CREATE TABLE ----

    private void createTable(TokenCursor in, Token first) {
        in.expect("TABLE");
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        Token nameToken = in.peek();
        Optional<String> qualifier = in.peek(1).isSymbol(".") ? Optional.of(in.name(nameToken)) : Optional.empty();
        String name = in.qualifiedName("a table name");
        qualifier.filter(q -> !q.equals("public") && !q.equals("main")).ifPresent(q -> schema.warnings.add(nameToken, "table " + q + "."
                + name + " is in schema " + q + "; the model has one schema, so it is imported as " + name));
        if (in.atWord("AS") || in.atWord("LIKE") || in.atWord("PARTITION", "OF") || in.atWord("OF")) {
            schema.warnings.add(first, "CREATE TABLE " + name + " " + in.peek().upper() + " … is not modelled; skipped");
            return;
        }
        if (schema.tables.containsKey(name)) {
            if (ifNotExists) {
                schema.warnings.add(first, "table " + name + " is created twice; CREATE TABLE IF NOT EXISTS skipped");
                return;
            }
            throw in.invalid(nameToken, "table " + name + " is already defined; the second definition is skipped");
        }
        SchemaDraft.requireStorableName(in, nameToken, name, "table " + name);
        TableDraft table = new TableDraft(name, nameToken);
        TokenCursor body = in.within("CREATE TABLE " + name);
        Token open = body.peek();
        body.expectSymbol("(");
        if (!body.atSymbol(")")) {
            do {
                if (TableElementReader.atTableConstraint(body)) elements.constraint(body, table);
                else elements.column(body, table);
            } while (body.acceptSymbol(","));
        }
        if (!body.atSymbol(")")) {
            throw body.error(body.peek(), body.atEnd() ? "missing ')' closing the '(' at line " + open.line() + ", column " + open.column()
                    : "expected ',' or ')'");
        }
        body.next();
        tableOptions(body, table);
        schema.tables.put(name, table);
    }

    /** After the closing parenthesis: MariaDB/SQLite/PostgreSQL table options; COMMENT is kept. */
    private void tableOptions(TokenCursor in, TableDraft table) {
        while (!in.atEnd()) {
            Token t = in.peek();
            if (in.accept("INHERITS")) {
                inherit(in, table, t);
            } else if (in.accept("COMMENT")) {
                in.acceptSymbol("=");
                table.comment = Optional.of(in.string("a comment string"));
            } else if (in.accept("WITHOUT", "ROWID")) {
                table.withoutRowid = true;
            } else if (in.accept("STRICT") || in.acceptSymbol(",")) {
                // SQLite STRICT only tightens type checks
            } else if (in.accept("DEFAULT") || in.accept("ENGINE") || in.accept("CHARSET") || in.accept("CHARACTER", "SET")
                    || in.accept("COLLATE") || in.accept("ROW_FORMAT") || in.accept("AUTO_INCREMENT")) {
                if (!t.isWord("DEFAULT")) {
                    in.acceptSymbol("=");
                    in.next();
                }
            } else if (t.kind() == Token.Kind.WORD) {
                List<Token> skipped = new ArrayList<>();
                while (!in.atEnd() && !in.atWord("COMMENT")) skipped.add(in.next());
                schema.warnings.add(t, "table option '" + TokenCursor.text(skipped) + "' of " + table.name + " is not modelled; skipped");
            } else {
                throw in.error(t, "expected table options or end of statement");
            }
        }
    }

    /**
     * {@code INHERITS (parent, …)}: the child has each parent's columns first (in order) with their
     * NOT NULL, defaults and CHECKs, as PostgreSQL makes it; keys, uniques, indexes and foreign keys
     * are not inherited.
     */
    private void inherit(TokenCursor in, TableDraft table, Token at) {
        List<String> parents = new ArrayList<>();
        in.expectSymbol("(");
        do {
            parents.add(in.qualifiedName("a parent table"));
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        java.util.LinkedHashMap<String, TableDraft.ColumnDraft> columns = new java.util.LinkedHashMap<>();
        for (String parentName : parents) {
            Optional<TableDraft> parent = schema.table(parentName);
            if (parent.isEmpty()) {
                schema.warnings.add(at, "table " + table.name + " inherits from " + parentName + ", which is not defined before it; its columns are missing");
                continue;
            }
            for (TableDraft.ColumnDraft c : parent.get().columns.values()) columns.putIfAbsent(c.name, c.inherited());
            for (TableDraft.CheckDraft c : parent.get().checks) {
                if (c.name().isEmpty() || table.checks.stream().noneMatch(x -> x.name().equals(c.name()))) table.checks.add(c);
            }
        }
        for (TableDraft.ColumnDraft own : table.columns.values()) {
            TableDraft.ColumnDraft inherited = columns.get(own.name);
            if (inherited != null && !own.nullable) inherited.nullable = false;
            if (inherited == null) columns.put(own.name, own);
        }
        table.columns.clear();
        table.columns.putAll(columns);
    }

    // ---- CREATE INDEX ----

    private void createIndex(TokenCursor in) {
        boolean unique = in.accept("UNIQUE");
        in.expect("INDEX");
        in.accept("CONCURRENTLY");
        in.accept("IF", "NOT", "EXISTS");
        Token nameToken = in.peek();
        String name = in.atWord("ON") ? null : in.qualifiedName("an index name");
        Optional<String> method = Optional.empty();
        if (in.accept("USING")) method = Optional.of(in.identifier("an index method"));
        in.expect("ON");
        in.accept("ONLY");
        Token tableToken = in.peek();
        String tableName = in.qualifiedName("a table name");
        if (in.accept("USING")) method = Optional.of(in.identifier("an index method"));
        Optional<TableDraft> table = schema.table(tableName);
        if (table.isEmpty()) {
            schema.warnings.add(tableToken, "index " + (name == null ? "" : name + " ") + "is on table " + tableName
                    + ", which is not defined before it; skipped");
            return;
        }
        Index index = elements.indexKeys(in, table.get(), name == null ? "unnamed" : name).withUnique(unique);
        if (name == null) {
            name = IndexNames.postgres(table.get(), index);
            index = index.withName(name);
        }
        List<String> include = List.of();
        Optional<String> where = Optional.empty();
        while (!in.atEnd()) {
            Token t = in.peek();
            if (in.accept("INCLUDE")) {
                include = in.identifierList("an INCLUDE column");
                table.get().requireColumns(include, t, "INCLUDE of index " + name, in);
            } else if (in.accept("WHERE")) {
                List<Token> predicate = in.until(x -> false);
                if (predicate.isEmpty()) throw in.error(in.peek(), "expected a WHERE predicate");
                where = Optional.of(TokenCursor.expression(predicate));
                in.expectEnd();
            } else if (in.accept("USING")) {
                method = Optional.of(in.identifier("an index method"));
            } else if (in.accept("NULLS", "NOT", "DISTINCT") || in.accept("NULLS", "DISTINCT")) {
                schema.warnings.add(t, "NULLS [NOT] DISTINCT on index " + name + " is not modelled");
            } else if (in.accept("WITH") || in.accept("TABLESPACE") || in.accept("ALGORITHM") || in.accept("LOCK")
                    || in.accept("COMMENT")) {
                in.acceptSymbol("=");
                if (in.atSymbol("(")) in.parenthesised("options");
                else in.next();
            } else {
                throw in.error(t, "expected INCLUDE, WHERE or end of statement");
            }
        }
        requireNewName(in, table.get(), name, nameToken);
        if (method.isPresent() && IndexMethod.find(method.get()).isEmpty()) {
            schema.warnings.add(nameToken, "index " + name + " uses the access method " + method.get() + ", which the model does not hold ("
                    + IndexMethod.known() + "); skipped");
            return;
        }
        table.get().indexes.add(index.withMethod(method.orElse(null)).withInclude(include).withWhere(where));
    }

    private static void requireNewName(TokenCursor in, TableDraft table, String name, Token at) {
        boolean taken = table.indexes.stream().anyMatch(i -> i.name().equals(name))
                || table.foreignKeys.stream().anyMatch(f -> f.name().filter(name::equals).isPresent())
                || table.checks.stream().anyMatch(c -> c.name().filter(name::equals).isPresent())
                || table.uniques.stream().anyMatch(u -> u.name().filter(name::equals).isPresent());
        if (taken) throw in.invalid(at, "table " + table.name + " already has an index or constraint named " + name);
    }

    /** Tables an extension creates in the schema it is installed in, which a dump does not repeat. */
    private static final java.util.Map<String, List<String>> EXTENSION_TABLES = java.util.Map.of("postgis", List.of("spatial_ref_sys"));

    private void createExtension(TokenCursor in, Token first) {
        in.expect("EXTENSION");
        in.accept("IF", "NOT", "EXISTS");
        String name = in.identifier("an extension name");
        List<String> tables = EXTENSION_TABLES.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
        schema.warnings.add(first, "extension " + name + " is not modelled; skipped"
                + (tables.isEmpty() ? "" : " (with the tables it creates: " + String.join(", ", tables) + ")"));
        in.until(x -> false);
    }

    // ---- CREATE TYPE … AS ENUM ----

    private void createEnum(TokenCursor in) {
        in.expect("TYPE");
        Token nameToken = in.peek();
        String name = in.qualifiedName("a type name");
        in.expect("AS", "ENUM");
        in.expectSymbol("(");
        List<String> values = new ArrayList<>();
        if (!in.atSymbol(")")) {
            do {
                values.add(in.string("an enum value"));
            } while (in.acceptSymbol(","));
        }
        in.expectSymbol(")");
        in.expectEnd();
        if (schema.enums.containsKey(name)) throw in.invalid(nameToken, "type " + name + " is already defined");
        try {
            schema.enums.put(name, new EnumType(name, values));
        } catch (IllegalArgumentException e) {
            throw in.invalid(nameToken, e.getMessage());
        }
    }

    // ---- ALTER TABLE ----

    private void alterTable(TokenCursor in) {
        Token first = in.peek();
        in.expect("ALTER", "TABLE");
        in.accept("IF", "EXISTS");
        in.accept("ONLY");
        Token tableToken = in.peek();
        String tableName = in.qualifiedName("a table name");
        Optional<TableDraft> found = schema.table(tableName);
        if (found.isEmpty()) {
            schema.warnings.add(first, "ALTER TABLE " + tableName + ": the table is not defined before it; skipped");
            return;
        }
        TableDraft table = found.get();
        if (in.accept("ATTACH", "PARTITION")) {
            String partition = in.qualifiedName("a partition name");
            if (schema.tables.remove(partition) != null) {
                schema.warnings.add(first, "table " + partition + " is attached as a partition of " + tableName
                        + "; partitions are not modelled, so it is left out (its rows belong to " + tableName + ")");
            }
            in.until(x -> false);
            in.expectEnd();
            return;
        }
        TokenCursor actions = in.within("ALTER TABLE " + tableName);
        do {
            alterAction(actions, table);
        } while (actions.acceptSymbol(","));
        actions.expectEnd();
    }

    private void alterAction(TokenCursor in, TableDraft table) {
        alterActions.read(in, table);
    }

    // ---- COMMENT ON ----

    private void commentOn(TokenCursor in) {
        in.expect("COMMENT", "ON");
        boolean onTable = in.accept("TABLE");
        if (!onTable) in.expect("COLUMN");
        Token target = in.peek();
        List<String> parts = new ArrayList<>();
        parts.add(in.identifier(onTable ? "a table name" : "a column name"));
        while (in.acceptSymbol(".")) parts.add(in.identifier("a name"));
        in.expect("IS");
        Optional<String> comment = in.accept("NULL") ? Optional.empty() : Optional.of(in.string("a comment string or NULL"));
        in.expectEnd();
        String tableName = onTable ? parts.get(parts.size() - 1) : parts.size() >= 2 ? parts.get(parts.size() - 2) : "";
        Optional<TableDraft> table = schema.table(tableName);
        if (table.isEmpty()) {
            schema.warnings.add(target, "COMMENT ON " + String.join(".", parts) + ": table " + tableName + " is not defined before it; skipped");
            return;
        }
        if (onTable) {
            table.get().comment = comment;
            return;
        }
        TableDraft.ColumnDraft column = table.get().column(parts.get(parts.size() - 1));
        if (column == null) {
            schema.warnings.add(target, "COMMENT ON COLUMN " + String.join(".", parts) + ": no such column; skipped");
            return;
        }
        column.comment = comment;
    }
}
