package dev.schemadesigner.importer;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what may stand between the parentheses of CREATE TABLE, or after ALTER TABLE … ADD: a
 * column definition with its inline constraints, or a table constraint / MariaDB index.
 */
final class TableElementReader {
    private static final Set<String> CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN",
            "KEY", "INDEX", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE");
    private static final Set<String> COLUMN_ATTRIBUTE_STARTS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES",
            "DEFAULT", "CONSTRAINT", "COLLATE", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "AS",
            "CHARACTER", "CHARSET", "DEFERRABLE", "INITIALLY", "INVISIBLE", "VISIBLE", "KEY");

    private final SchemaDraft schema;

    TableElementReader(SchemaDraft schema) { this.schema = schema; }

    private static final Set<String> MARIADB_INDEX_STARTS = Set.of("KEY", "INDEX", "FULLTEXT", "SPATIAL");

    static boolean atTableConstraint(TokenCursor in) {
        Token t = in.peek();
        if (t.kind() != Token.Kind.WORD || !CONSTRAINT_STARTS.contains(t.upper())) return false;
        if (MARIADB_INDEX_STARTS.contains(t.upper())) return in.dialect() == DdlDialect.MARIADB;
        if (t.isWord("LIKE") || t.isWord("EXCLUDE")) return in.dialect() == DdlDialect.POSTGRESQL;
        return true;
    }

    // ---- columns ----

    void column(TokenCursor in, TableDraft table) {
        Token nameToken = in.peek();
        String name = in.identifier("a column name or table constraint");
        if (table.columns.containsKey(name)) throw in.invalid(nameToken, "table " + table.name + " already has a column " + name);
        SchemaDraft.requireStorableName(in, nameToken, name, "column " + table.name + "." + name);
        TableDraft.ColumnDraft column;
        Token typeToken = in.peek();
        if (typeToken.isSymbol(",") || typeToken.isSymbol(")") || typeToken.kind() == Token.Kind.END
                || typeToken.kind() == Token.Kind.WORD && COLUMN_ATTRIBUTE_STARTS.contains(typeToken.upper())
                && !(typeToken.isWord("CHARACTER") && !in.peek(1).isWord("SET"))) {
            column = new TableDraft.ColumnDraft(name, LogicalType.TEXT);
            schema.warnings.add(typeToken, "column " + table.name + "." + name + " has no type; imported as text");
        } else {
            ColumnTypeReader.ReadType read = ColumnTypeReader.read(in, schema::enumType);
            read.warning().ifPresent(w -> schema.warnings.add(typeToken, "column " + table.name + "." + name + ": " + w));
            column = new TableDraft.ColumnDraft(name, read.type());
            if (read.type() instanceof LogicalType.Json && read.declared().strip().equalsIgnoreCase("json")) schema.jsonAsText.add(table.name + "." + name);
            // a native array is a list on purpose: no multivalued-column finding on the text the model reads it as
            if (read.declared().strip().endsWith("]") || read.declared().toUpperCase(java.util.Locale.ROOT).contains("ARRAY")) {
                schema.unchecked.put(table.name + "." + name, java.util.Set.of("multivalued-column"));
            }
            column.rowidInteger = read.rowidInteger();
            if (read.serial()) column.identity = true;
            if (read.inlineEnum().isPresent()) {
                String enumName = table.name + "_" + name;
                try {
                    schema.enums.put(enumName, new EnumType(enumName, read.inlineEnum().get()));
                } catch (IllegalArgumentException e) {
                    throw in.invalid(typeToken, e.getMessage());
                }
                column.type = LogicalType.enumOf(enumName);
            }
        }
        table.columns.put(name, column);
        columnAttributes(in, table, column);
    }

    private void columnAttributes(TokenCursor in, TableDraft table, TableDraft.ColumnDraft column) {
        Optional<String> constraintName = Optional.empty();
        while (!in.atEnd() && !in.atSymbol(",") && !in.atSymbol(")")) {
            Token t = in.peek();
            if (in.accept("CONSTRAINT")) {
                constraintName = Optional.of(in.identifier("a constraint name"));
                continue;
            }
            if (in.accept("NOT", "NULL")) {
                column.nullable = false;
            } else if (in.accept("NULL")) {
                column.nullable = true;
            } else if (in.accept("PRIMARY", "KEY") || in.accept("KEY")) {
                in.accept("ASC");
                if (in.accept("DESC")) schema.warnings.add(t, "DESC on the primary key of " + table.name + " is not modelled");
                table.setPrimaryKey(List.of(column.name), t, in);
                table.primaryKeyName = constraintName;
                skipConflictClause(in);
                if (in.accept("AUTOINCREMENT")) markIdentity(in, t, table, column);
            } else if (in.accept("UNIQUE")) {
                in.accept("KEY");
                table.uniques.add(new TableDraft.UniqueDraft(constraintName, List.of(column.name)));
                skipConflictClause(in);
            } else if (in.atWord("CHECK")) {
                in.next();
                String expression = TokenCursor.expression(in.parenthesised("a CHECK expression"));
                table.checks.add(new TableDraft.CheckDraft(constraintName, expression, Optional.of(column.name)));
                in.accept("NO", "INHERIT");
            } else if (in.accept("REFERENCES")) {
                table.foreignKeys.add(references(in, t, constraintName, List.of(column.name)));
            } else if (in.accept("DEFAULT")) {
                DefaultReader.read(in, column, schema.warnings);
            } else if (in.accept("COLLATE")) {
                in.qualifiedName("a collation");
            } else if (in.accept("CHARACTER", "SET") || in.accept("CHARSET")) {
                in.identifier("a character set");
            } else if (in.atWord("GENERATED") || in.atWord("AS")) {
                generated(in, table, column);
            } else if (in.accept("AUTO_INCREMENT") || in.accept("AUTOINCREMENT")) {
                markIdentity(in, t, table, column);
            } else if (in.accept("COMMENT")) {
                column.comment = Optional.of(in.string("a comment string"));
            } else if (in.atWord("ON", "UPDATE")) {
                in.next();
                in.next();
                List<Token> value = in.until(TableElementReader::isAttributeStart);
                schema.warnings.add(t, "ON UPDATE " + TokenCursor.text(value) + " of " + table.name + "." + column.name + " is not modelled");
            } else if (in.accept("NOT", "DEFERRABLE") || in.accept("DEFERRABLE") || in.accept("INITIALLY", "DEFERRED")
                    || in.accept("INITIALLY", "IMMEDIATE") || in.accept("INVISIBLE") || in.accept("VISIBLE")) {
                // constraint timing and visibility: not part of the model, harmless to drop
            } else if (t.kind() == Token.Kind.WORD) {
                List<Token> skipped = new java.util.ArrayList<>();
                skipped.add(in.next());
                skipped.addAll(in.until(TableElementReader::isAttributeStart));
                schema.warnings.add(t, "column attribute '" + TokenCursor.text(skipped) + "' of " + table.name + "." + column.name
                        + " is not modelled; skipped");
            } else {
                throw in.error(t, "expected a column constraint, ',' or ')'");
            }
            constraintName = Optional.empty();
        }
    }

    private static boolean isAttributeStart(Token t) {
        return t.kind() == Token.Kind.WORD && COLUMN_ATTRIBUTE_STARTS.contains(t.upper());
    }

    private void markIdentity(TokenCursor in, Token at, TableDraft table, TableDraft.ColumnDraft column) {
        if (!column.type.isInteger()) throw in.invalid(at, "column " + table.name + "." + column.name + " of type "
                + column.type.describe() + " cannot be an identity column");
        column.identity = true;
        column.nullable = false;
    }

    private void generated(TokenCursor in, TableDraft table, TableDraft.ColumnDraft column) {
        Token at = in.next();
        if (at.isWord("GENERATED")) {
            if (!in.accept("ALWAYS")) in.expect("BY", "DEFAULT");
            in.expect("AS");
            if (in.accept("IDENTITY")) {
                in.skipParenthesised();
                markIdentity(in, at, table, column);
                return;
            }
        }
        String expression = TokenCursor.text(in.parenthesised("a generation expression"));
        while (in.accept("STORED") || in.accept("VIRTUAL") || in.accept("PERSISTENT")) {
            // kind of generated column; the model has none
        }
        schema.warnings.add(at, "generated column " + table.name + "." + column.name + " AS (" + expression
                + ") is not modelled; imported as a plain column");
    }

    private static void skipConflictClause(TokenCursor in) {
        if (in.accept("ON", "CONFLICT")) in.next();
    }

    // ---- table constraints ----

    void constraint(TokenCursor in, TableDraft table) {
        Token start = in.peek();
        Optional<String> name = Optional.empty();
        if (in.accept("CONSTRAINT")) {
            name = Optional.of(in.identifier("a constraint name"));
        }
        Token t = in.peek();
        if (in.atWord("PRIMARY", "KEY", "USING", "INDEX") || in.atWord("UNIQUE", "USING", "INDEX")) {
            boolean primary = in.atWord("PRIMARY");
            in.next();
            if (primary) in.next();
            in.expect("USING", "INDEX");
            adoptIndex(in, table, t, name, primary);
        } else if (in.accept("PRIMARY", "KEY")) {
            skipIndexNameAndMethod(in);
            List<String> columns = indexColumns(in, table, "PRIMARY KEY");
            table.setPrimaryKey(columns, t, in);
            table.primaryKeyName = name;
        } else if (in.accept("UNIQUE")) {
            boolean keyword = in.accept("KEY") || in.accept("INDEX");
            if (in.accept("NULLS", "NOT", "DISTINCT") || in.accept("NULLS", "DISTINCT")) {
                schema.warnings.add(t, "NULLS [NOT] DISTINCT on a unique constraint of " + table.name + " is not modelled");
            }
            Optional<String> indexName = in.peek().isIdentifier() && !in.atWord("USING") ? Optional.of(in.identifier("an index name")) : Optional.empty();
            if (in.accept("USING")) in.identifier("an index method");
            if (keyword && name.isEmpty()) {
                Index index = indexKeys(in, table, indexName.orElse("unnamed")).withUnique(true);
                table.indexes.add(indexName.isPresent() ? index : index.withName(IndexNames.mariadb(table, index.keys())));
            } else {
                List<String> columns = indexColumns(in, table, "UNIQUE");
                table.uniques.add(new TableDraft.UniqueDraft(name.or(() -> indexName), columns));
            }
        } else if (in.accept("CHECK")) {
            List<Token> body = in.parenthesised("a CHECK expression");
            table.checks.add(new TableDraft.CheckDraft(name, TokenCursor.expression(body), singleColumn(body, table)));
            in.accept("NO", "INHERIT");
        } else if (in.accept("FOREIGN", "KEY")) {
            if (in.peek().isIdentifier() && name.isEmpty()) name = Optional.of(in.identifier("a foreign key name"));
            List<String> columns = in.identifierList("a column name");
            table.requireColumns(columns, t, "FOREIGN KEY", in);
            Token ref = in.peek();
            in.expect("REFERENCES");
            table.foreignKeys.add(references(in, ref, name, columns));
        } else if ((in.atWord("KEY") || in.atWord("INDEX")) && name.isEmpty()) {
            in.next();
            Optional<String> indexName = in.peek().isIdentifier() && !in.atWord("USING")
                    ? Optional.of(in.identifier("an index name")) : Optional.empty();
            if (in.accept("USING")) in.identifier("an index method");
            Index index = indexKeys(in, table, indexName.orElse("unnamed"));
            table.indexes.add(indexName.isPresent() ? index : index.withName(IndexNames.mariadb(table, index.keys())));
        } else if (in.atWord("FULLTEXT") || in.atWord("SPATIAL") || in.atWord("EXCLUDE") || in.atWord("LIKE")) {
            List<Token> skipped = in.until(x -> false);
            schema.warnings.add(start, TokenCursor.text(skipped) + " of " + table.name + " is not modelled; skipped");
            return;
        } else {
            throw in.error(t, "expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY");
        }
        constraintTail(in, table, start);
    }

    /** What may follow a table constraint: timing, NOT VALID, index options; anything else is warned about. */
    private void constraintTail(TokenCursor in, TableDraft table, Token start) {
        while (!in.atEnd() && !in.atSymbol(",") && !in.atSymbol(")")) {
            Token t = in.peek();
            if (in.accept("NOT", "VALID") || in.accept("NOT", "DEFERRABLE") || in.accept("DEFERRABLE")
                    || in.accept("INITIALLY", "DEFERRED") || in.accept("INITIALLY", "IMMEDIATE") || in.accept("ENFORCED")
                    || in.accept("NOT", "ENFORCED")) {
                continue;
            }
            if (in.accept("USING")) {
                in.identifier("an index method");
            } else if (in.accept("ON", "CONFLICT")) {
                in.next();
            } else if (in.accept("COMMENT")) {
                in.string("a comment string");
            } else if (t.kind() == Token.Kind.WORD) {
                List<Token> skipped = in.until(x -> false);
                schema.warnings.add(t, "'" + TokenCursor.text(skipped) + "' on a constraint of " + table.name + " is not modelled; skipped");
            } else {
                throw in.error(t, "expected ',' or ')' after the constraint");
            }
        }
    }

    /**
     * {@code [CONSTRAINT n] PRIMARY KEY | UNIQUE USING INDEX idx}: the constraint takes over an
     * existing unique index, which PostgreSQL renames to the constraint's name.
     */
    private void adoptIndex(TokenCursor in, TableDraft table, Token at, Optional<String> name, boolean primary) {
        Token indexToken = in.peek();
        String indexName = in.identifier("an index name");
        Index index = table.indexes.stream().filter(i -> i.name().equals(indexName)).findFirst()
                .orElseThrow(() -> in.invalid(indexToken, "index " + indexName + " is not defined on table " + table.name));
        if (!index.unique() || index.hasExpressions() || index.where().isPresent()) {
            throw in.invalid(indexToken, "index " + indexName + " is not a plain unique index, so a constraint cannot use it");
        }
        if (primary) table.setPrimaryKey(index.columnNames(), at, in);
        table.indexes.remove(index);
        if (!primary) table.uniques.add(new TableDraft.UniqueDraft(Optional.of(name.orElse(indexName)), index.columnNames()));
    }

    private static void skipIndexNameAndMethod(TokenCursor in) {
        if (in.peek().isIdentifier() && !in.atWord("USING")) in.next();
        if (in.accept("USING")) in.identifier("an index method");
    }

    /** A parenthesised list of plain columns (MariaDB may add a prefix length or ASC/DESC, both dropped). */
    private List<String> indexColumns(TokenCursor in, TableDraft table, String what) {
        Token at = in.peek();
        Index index = indexKeys(in, table, "pk");
        if (index.hasExpressions()) throw in.invalid(at, what + " takes column names, not expressions");
        return index.columnNames();
    }

    Index indexKeys(TokenCursor in, TableDraft table, String indexName) {
        Token at = in.peek();
        List<dev.schemadesigner.schema.IndexKey> keys = IndexKeyReader.read(in, schema.warnings, table.name);
        Index index = new Index(indexName, keys, false, Optional.empty(), List.of(), Optional.empty());
        table.requireColumns(index.columnNames(), at, "index " + indexName, in);
        return index;
    }

    /** REFERENCES t [(cols)] [MATCH …] [ON DELETE …] [ON UPDATE …], after the REFERENCES word. */
    TableDraft.ForeignKeyDraft references(TokenCursor in, Token at, Optional<String> name, List<String> columns) {
        String referencedTable = in.qualifiedName("a referenced table");
        List<String> referencedColumns = in.atSymbol("(") ? in.identifierList("a referenced column") : List.of();
        if (!referencedColumns.isEmpty() && referencedColumns.size() != columns.size()) {
            throw in.invalid(at, "foreign key has " + columns.size() + " columns but references " + referencedColumns.size());
        }
        FkAction onDelete = FkAction.NO_ACTION;
        FkAction onUpdate = FkAction.NO_ACTION;
        while (true) {
            if (in.accept("MATCH")) {
                in.next();
            } else if (in.accept("ON", "DELETE")) {
                onDelete = action(in);
            } else if (in.accept("ON", "UPDATE")) {
                onUpdate = action(in);
            } else {
                break;
            }
        }
        return new TableDraft.ForeignKeyDraft(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, at);
    }

    private static FkAction action(TokenCursor in) {
        Token t = in.peek();
        FkAction action;
        if (in.accept("CASCADE")) action = FkAction.CASCADE;
        else if (in.accept("RESTRICT")) action = FkAction.RESTRICT;
        else if (in.accept("NO", "ACTION")) action = FkAction.NO_ACTION;
        else if (in.accept("SET", "NULL")) action = FkAction.SET_NULL;
        else if (in.accept("SET", "DEFAULT")) action = FkAction.SET_DEFAULT;
        else throw in.error(t, "expected CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT");
        if (in.atSymbol("(")) in.identifierList("a column name");
        return action;
    }

    /** The one column of the table a CHECK body names, if it names exactly one. */
    private static Optional<String> singleColumn(List<Token> body, TableDraft table) {
        String found = null;
        for (int i = 0; i < body.size(); i++) {
            Token t = body.get(i);
            boolean call = i + 1 < body.size() && body.get(i + 1).isSymbol("(");
            if (!t.isIdentifier() || call) continue;
            String candidate = t.kind() == Token.Kind.WORD && table.column(t.value()) == null
                    ? t.value().toLowerCase(java.util.Locale.ROOT) : t.value();
            if (table.column(candidate) == null) continue;
            if (found != null && !found.equals(candidate)) return Optional.empty();
            found = candidate;
        }
        return Optional.ofNullable(found);
    }
}
