package dev.schemadesigner.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One action of {@code ALTER TABLE}, applied to the draft so that a file of successive DDL ends in
 * the schema the database ends in: ADD (column, constraint, MariaDB index), DROP (column,
 * constraint, index, primary/foreign key), ALTER COLUMN (NOT NULL, DEFAULT, TYPE, identity),
 * MariaDB MODIFY/CHANGE, RENAME (table, column, constraint, index) and VALIDATE CONSTRAINT. Any
 * other action is a warning naming it.
 */
final class AlterTableReader {
    private final SchemaDraft schema;
    private final TableElementReader elements;

    AlterTableReader(SchemaDraft schema, TableElementReader elements) {
        this.schema = schema;
        this.elements = elements;
    }

    void read(TokenCursor in, TableDraft table) {
        Token t = in.peek();
        if (in.accept("ADD")) {
            add(in, table);
        } else if (in.accept("DROP")) {
            drop(in, table, t);
        } else if (in.atWord("ALTER") && !in.atWord("ALTER", "CONSTRAINT") && !in.atWord("ALTER", "INDEX")) {
            in.next();
            in.accept("COLUMN");
            alterColumn(in, table, t);
        } else if (in.accept("MODIFY")) {
            in.accept("COLUMN");
            Token nameToken = in.peek();
            String name = in.name(nameToken);
            replaceColumn(in, table, nameToken, name);
        } else if (in.accept("CHANGE")) {
            in.accept("COLUMN");
            Token nameToken = in.peek();
            String old = in.identifier("a column name");
            replaceColumn(in, table, nameToken, old);
        } else if (in.accept("RENAME")) {
            rename(in, table, t);
        } else if (in.accept("VALIDATE", "CONSTRAINT")) {
            in.identifier("a constraint name"); // the constraint is already in the model
        } else {
            skip(in, table, t);
        }
    }

    private void add(TokenCursor in, TableDraft table) {
        boolean column = in.accept("COLUMN");
        if (!column && TableElementReader.atTableConstraint(in)) {
            elements.constraint(in, table);
            return;
        }
        if (in.accept("IF", "NOT", "EXISTS") && table.columns.containsKey(in.name(in.peek()))) {
            in.until(x -> false);
            return;
        }
        elements.column(in, table);
    }

    private void drop(TokenCursor in, TableDraft table, Token at) {
        if (in.accept("PRIMARY", "KEY")) {
            table.primaryKey = List.of();
            table.primaryKeyName = Optional.empty();
        } else if (in.accept("FOREIGN", "KEY") || in.accept("CONSTRAINT") || in.accept("INDEX") || in.accept("KEY")
                || in.accept("CHECK")) {
            boolean ifExists = in.accept("IF", "EXISTS");
            Token nameToken = in.peek();
            String name = in.identifier("a constraint name");
            if (!table.dropConstraint(name) && !ifExists) {
                schema.warnings.add(nameToken, "ALTER TABLE " + table.name + " DROP " + name + ": the table has no constraint or index "
                        + name + "; nothing dropped");
            }
        } else {
            in.accept("COLUMN");
            boolean ifExists = in.accept("IF", "EXISTS");
            Token nameToken = in.peek();
            String name = in.identifier("a column name");
            if (!table.dropColumn(name) && !ifExists) {
                throw in.invalid(nameToken, "table " + table.name + " has no column " + name + " to drop");
            }
        }
        in.accept("CASCADE");
        in.accept("RESTRICT");
    }

    private void alterColumn(TokenCursor in, TableDraft table, Token at) {
        Token nameToken = in.peek();
        String name = in.identifier("a column name");
        TableDraft.ColumnDraft column = table.column(name);
        if (column == null) throw in.invalid(nameToken, "table " + table.name + " has no column " + name);
        Token action = in.peek();
        if (in.accept("SET", "NOT", "NULL")) {
            column.nullable = false;
        } else if (in.accept("DROP", "NOT", "NULL")) {
            column.nullable = true;
        } else if (in.accept("SET", "DEFAULT")) {
            DefaultReader.read(in, column, schema.warnings);
        } else if (in.accept("DROP", "DEFAULT")) {
            column.defaultValue = Optional.empty();
        } else if (in.accept("SET", "DATA", "TYPE") || in.accept("TYPE")) {
            ColumnTypeReader.ReadType read = ColumnTypeReader.read(in, schema::enumType);
            read.warning().ifPresent(w -> schema.warnings.add(action, "column " + table.name + "." + name + ": " + w));
            column.type = read.type();
            if (in.accept("COLLATE")) in.qualifiedName("a collation");
            if (in.accept("USING")) in.until(x -> false);
        } else if (in.atWord("ADD", "GENERATED")) {
            in.next();
            in.next();
            if (!in.accept("ALWAYS")) in.expect("BY", "DEFAULT");
            in.expect("AS", "IDENTITY");
            in.skipParenthesised();
            if (!column.type.isInteger()) {
                throw in.invalid(action, "column " + table.name + "." + name + " of type " + column.type.describe() + " cannot be an identity column");
            }
            column.identity = true;
            column.nullable = false;
        } else if (in.accept("DROP", "IDENTITY")) {
            in.accept("IF", "EXISTS");
            column.identity = false;
        } else {
            List<Token> skipped = in.until(x -> false);
            if (skipped.isEmpty()) throw in.error(action, "expected an ALTER COLUMN action");
            schema.warnings.add(at, "ALTER TABLE " + table.name + " ALTER COLUMN " + name + " " + TokenCursor.text(skipped)
                    + " is not modelled; skipped");
        }
    }

    /** MariaDB MODIFY / CHANGE: a whole new definition in the old column's place. */
    private void replaceColumn(TokenCursor in, TableDraft table, Token at, String old) {
        if (table.column(old) == null) throw in.invalid(at, "table " + table.name + " has no column " + old);
        List<String> order = new ArrayList<>(table.columns.keySet());
        TableDraft.ColumnDraft previous = table.columns.remove(old);
        try {
            elements.column(in, table);
        } catch (RuntimeException e) {
            table.columns.put(old, previous);
            throw e;
        }
        String added = new ArrayList<>(table.columns.keySet()).get(table.columns.size() - 1);
        TableDraft.ColumnDraft replacement = table.columns.remove(added);
        Map<String, TableDraft.ColumnDraft> reordered = new LinkedHashMap<>();
        for (String name : order) {
            if (name.equals(old)) reordered.put(added, replacement);
            else reordered.put(name, table.columns.get(name));
        }
        table.columns.clear();
        table.columns.putAll(reordered);
        if (!added.equals(old)) table.renameColumnReferences(old, added);
        if (in.accept("FIRST") || in.accept("AFTER")) {
            if (!in.atEnd() && !in.atSymbol(",")) in.next();
            schema.warnings.add(at, "column position (FIRST/AFTER) of " + table.name + "." + added + " is not modelled");
        }
    }

    private void rename(TokenCursor in, TableDraft table, Token at) {
        if (in.accept("COLUMN") || in.peek().isIdentifier() && in.peek(1).isWord("TO") && !in.atWord("TO")) {
            Token nameToken = in.peek();
            String old = in.identifier("a column name");
            in.expect("TO");
            String renamed = in.identifier("a column name");
            TableDraft.ColumnDraft column = table.columns.get(old);
            if (column == null) throw in.invalid(nameToken, "table " + table.name + " has no column " + old);
            if (table.columns.containsKey(renamed)) throw in.invalid(nameToken, "table " + table.name + " already has a column " + renamed);
            Map<String, TableDraft.ColumnDraft> reordered = new LinkedHashMap<>();
            table.columns.forEach((name, c) -> reordered.put(name.equals(old) ? renamed : name, name.equals(old) ? c.copyNamed(renamed) : c));
            table.columns.clear();
            table.columns.putAll(reordered);
            table.renameColumnReferences(old, renamed);
        } else if (in.accept("CONSTRAINT") || in.accept("INDEX") || in.accept("KEY")) {
            String old = in.identifier("a constraint name");
            in.expect("TO");
            String renamed = in.identifier("a constraint name");
            if (!table.renameConstraint(old, renamed)) {
                schema.warnings.add(at, "ALTER TABLE " + table.name + " RENAME " + old + ": no such constraint or index; skipped");
            }
        } else {
            if (!in.accept("TO")) in.accept("AS");
            Token nameToken = in.peek();
            String renamed = in.qualifiedName("a table name");
            if (schema.tables.containsKey(renamed)) throw in.invalid(nameToken, "table " + renamed + " is already defined");
            schema.renameTable(table.name, renamed);
        }
    }

    private void skip(TokenCursor in, TableDraft table, Token at) {
        List<Token> skipped = in.until(x -> false);
        if (skipped.isEmpty()) throw in.error(at, "expected an ALTER TABLE action");
        schema.warnings.add(at, "ALTER TABLE " + table.name + " " + TokenCursor.text(skipped) + " is not modelled; skipped");
    }
}
