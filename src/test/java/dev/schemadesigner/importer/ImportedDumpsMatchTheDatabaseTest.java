package dev.schemadesigner.importer;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SqlExpressions;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real dumps of public sample databases and open-source applications (origin, commit and licence in
 * {@code importer/dumps/MANIFEST.md}) are loaded into a throw-away database of their own kind, imported
 * with our reader and compared with what our introspector reads back from that database: tables,
 * columns (type, nullability, identity), primary keys, foreign keys, unique keys, indexes and checks.
 * Each table is equal, or each of its differences is explained by an import warning that names the
 * table and the columns concerned.
 *
 * <p>The dumps are copies of other projects, brought in with the fetch tool, and are not committed
 * (MANIFEST.md says where each comes from and how it was stripped to its schema); a checkout without
 * them skips this test with one line. PostGIS and pg_partman on the server are needed by two of them.
 */
class ImportedDumpsMatchTheDatabaseTest {
    private static final int MIN_FILES = 20;

    private record Difference(String table, List<String> subjects, String text) {}

    private record Outcome(String file, int tables, int equal, int explained, List<Difference> unexplained, List<String> explanations) {}

    @Test
    void everyDumpImportsAsTheDatabaseStoresIt() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        List<String> notLoaded = new ArrayList<>();
        List<String> loadFailures = new ArrayList<>();
        List<Path> fixtures = fixtures();
        Assumptions.assumeFalse(fixtures.isEmpty(), () -> {
            System.out.println("dumps: skipped, no .sql files under importer/dumps (MANIFEST.md lists where they come from)");
            return "dump corpus not collected";
        });
        for (Path file : fixtures) {
            String dialect = file.getParent().getFileName().toString();
            String sql = Files.readString(file, StandardCharsets.UTF_8);
            String name = dialect + "/" + file.getFileName();
            ImportResult imported;
            try {
                imported = new SqlDdlImporter().importSql(sql, dialect);
            } catch (ImportException e) {
                refusals.add(name + ": " + e.getMessage());
                continue;
            }
            Optional<Schema> stored;
            try {
                stored = switch (dialect) {
                    case "postgresql" -> loadIntoPostgres(sql, name, notLoaded);
                    case "mariadb" -> Optional.of(loadIntoMariaDb(sql));
                    case "sqlite" -> Optional.of(loadIntoSqlite(sql));
                    default -> throw new IllegalStateException(dialect);
                };
            } catch (SQLException e) {
                loadFailures.add(name + ": " + e.getMessage());
                continue;
            }
            if (stored.isEmpty()) continue;
            outcomes.add(compare(name, Dialects.byName(dialect), imported, stored.get()));
        }

        int tables = outcomes.stream().mapToInt(Outcome::tables).sum();
        int equal = outcomes.stream().mapToInt(Outcome::equal).sum();
        int explained = outcomes.stream().mapToInt(Outcome::explained).sum();
        List<Difference> unexplained = outcomes.stream().flatMap(o -> o.unexplained().stream()).toList();
        long unexplainedTables = unexplained.stream().map(d -> d.table()).distinct().count();
        for (Outcome o : outcomes) {
            System.out.printf(Locale.ROOT, "  %-40s tables %4d, equal %4d, explained %4d, unexplained %d%n", o.file(), o.tables(), o.equal(),
                    o.explained(), o.unexplained().stream().map(Difference::table).distinct().count());
            o.unexplained().forEach(d -> System.out.println("      unexplained: " + d.table() + ": " + d.text()));
            o.explanations().forEach(e -> System.out.println("      explained: " + e));
        }
        notLoaded.forEach(n -> System.out.println("  not loaded (the server lacks what it needs): " + n));
        refusals.forEach(r -> System.out.println("  refused: " + r));
        loadFailures.forEach(r -> System.out.println("  the database refused: " + r));
        System.out.printf(Locale.ROOT, "dumps: %d files, tables %d, equal %d, explained %d, unexplained %d%n",
                outcomes.size(), tables, equal, explained, unexplainedTables);

        assertThat(refusals).as("a refusal must be a true syntax error; these dumps all load into the database").isEmpty();
        assertThat(loadFailures).as("every fixture loads into its database").isEmpty();
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(MIN_FILES);
        assertThat(unexplained).isEmpty();
    }

    private static List<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(ImportedDumpsMatchTheDatabaseTest.class.getResource("/importer/dumps").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    // ---- loading into the real databases ----

    private static final Pattern EXTENSION = Pattern.compile("(?i)CREATE\\s+EXTENSION\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)");

    /** A throw-away database (pg_dump names its schema, so a schema of our own would not hold the tables). */
    private static Optional<Schema> loadIntoPostgres(String sql, String name, List<String> notLoaded) throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            Set<String> missing = new TreeSet<>();
            Matcher m = EXTENSION.matcher(sql);
            while (m.find()) {
                try (PreparedStatement ps = admin.prepareStatement("SELECT 1 FROM pg_available_extensions WHERE name = ?")) {
                    ps.setString(1, m.group(1));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) missing.add(m.group(1));
                    }
                }
            }
            if (!missing.isEmpty()) {
                notLoaded.add(name + " (extension " + String.join(", ", missing) + ")");
                return Optional.empty();
            }
            String database = "sd_dump_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            try {
                String url = TestDatabases.postgresUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute(asPsqlRunsIt(sql));
                    return Optional.of(DatabaseImporter.introspect(c, "public"));
                }
            } finally {
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
        }
    }

    /**
     * What psql would make of the script through JDBC: the client encoding is the driver's own (it
     * refuses a SET client_encoding), and plpgsql, which old dumps create as a language or an
     * extension, is there already (psql reports that error and goes on; one JDBC call would stop).
     */
    private static String asPsqlRunsIt(String sql) {
        return sql.replaceAll("(?im)^SET\\s+client_encoding\\b[^;]*;", "")
                .replaceAll("(?i)CREATE\\s+PROCEDURAL\\s+LANGUAGE\\s+plpgsql", "CREATE OR REPLACE PROCEDURAL LANGUAGE plpgsql")
                .replaceAll("(?i)CREATE\\s+EXTENSION\\s+(?!IF\\s)", "CREATE EXTENSION IF NOT EXISTS ");
    }

    private static Schema loadIntoMariaDb(String sql) throws SQLException {
        String database = "sd_dump_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(TestDatabases.mariadbUrl())) {
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            try {
                String url = TestDatabases.mariadbUrl().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    for (String statement : mysqlClientStatements(sql)) s.execute(statement);
                    return DatabaseImporter.introspect(c, database);
                }
            } finally {
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database);
                }
            }
        }
    }

    /**
     * The statements as the mysql client sends them: a statement ends with the delimiter at the end of
     * a line, and {@code DELIMITER x} (a client command) changes it, as dumps do around triggers.
     */
    private static List<String> mysqlClientStatements(String sql) {
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            String trimmed = line.trim();
            if (isOnlyComments(current.toString()) && trimmed.regionMatches(true, 0, "DELIMITER ", 0, 10)) {
                delimiter = trimmed.substring(10).trim();
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(delimiter)) {
                String statement = current.toString().trim();
                statement = statement.substring(0, statement.length() - delimiter.length()).trim();
                if (!statement.isEmpty() && !isOnlyComments(statement)) statements.add(statement);
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank() && !isOnlyComments(current.toString().trim())) statements.add(current.toString().trim());
        return statements;
    }

    private static boolean isOnlyComments(String statement) {
        return statement.replaceAll("(?m)^\\s*(--|#).*$", "").isBlank();
    }

    private static Schema loadIntoSqlite(String sql) throws SQLException, IOException {
        Path file = Files.createTempFile("sd-dump-", ".sqlite");
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
                return DatabaseImporter.introspect(c, "main");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ---- comparing ----

    private static Outcome compare(String file, Dialect dialect, ImportResult imported, Schema stored) {
        Schema expected;
        try {
            expected = dialect.storedForm(imported.schema());
        } catch (RuntimeException e) {
            return new Outcome(file, stored.tables().size(), 0, 0, List.of(new Difference("*", List.of(), "storedForm failed: " + e)), List.of());
        }
        Map<String, Table> importedTables = new LinkedHashMap<>();
        expected.tables().forEach(t -> importedTables.put(t.name(), t));
        int equal = 0;
        int explained = 0;
        List<Difference> unexplained = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Table actual : stored.tables()) {
            seen.add(actual.name());
            Table mine = importedTables.get(actual.name());
            List<Difference> tableDifferences = new ArrayList<>();
            if (mine == null) tableDifferences.add(new Difference(actual.name(), List.of(), "in the database, not imported"));
            else compareTables(mine, actual, dialect, tableDifferences);
            if (tableDifferences.isEmpty()) {
                equal++;
                continue;
            }
            List<Difference> open = new ArrayList<>();
            for (Difference d : tableDifferences) {
                Optional<ImportWarning> why = explanation(d, imported.warnings(), mine == null);
                if (why.isPresent()) explanations.add(d.table() + ": " + d.text() + "  <=  line " + why.get().line() + ": " + why.get().message());
                else open.add(d);
            }
            if (open.isEmpty()) explained++;
            else unexplained.addAll(open);
        }
        for (Table mine : expected.tables()) {
            if (seen.contains(mine.name())) continue;
            Difference extra = new Difference(mine.name(), List.of(), "imported, but not in the database");
            Optional<ImportWarning> why = explanation(extra, imported.warnings(), true);
            if (why.isPresent()) explanations.add(extra.table() + ": " + extra.text() + "  <=  line " + why.get().line() + ": " + why.get().message());
            else unexplained.add(extra);
        }
        return new Outcome(file, stored.tables().size(), equal, explained, unexplained, explanations);
    }

    private static void compareTables(Table mine, Table actual, Dialect dialect, List<Difference> out) {
        String t = actual.name();
        for (Column a : actual.columns()) {
            Optional<Column> m = mine.column(a.name());
            if (m.isEmpty()) {
                out.add(new Difference(t, List.of(a.name()), "column " + a.name() + " not imported"));
                continue;
            }
            Column c = m.get();
            if (!c.type().equals(a.type())) out.add(new Difference(t, List.of(a.name()), "column " + a.name() + ": type "
                    + c.type().describe() + " imported, " + a.type().describe() + " in the database"));
            if (c.nullable() != a.nullable()) out.add(new Difference(t, List.of(a.name()), "column " + a.name() + ": nullable "
                    + c.nullable() + " imported, " + a.nullable() + " in the database"));
            if (c.identity() != a.identity()) out.add(new Difference(t, List.of(a.name()), "column " + a.name() + ": identity "
                    + c.identity() + " imported, " + a.identity() + " in the database"));
        }
        for (Column c : mine.columns()) {
            if (actual.column(c.name()).isEmpty()) out.add(new Difference(t, List.of(c.name()), "column " + c.name() + " imported, not in the database"));
        }
        List<String> pkMine = mine.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        List<String> pkActual = actual.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        if (!pkMine.equals(pkActual)) {
            List<String> subjects = new ArrayList<>(pkActual.isEmpty() ? pkMine : pkActual);
            out.add(new Difference(t, subjects, "primary key " + pkMine + " imported, " + pkActual + " in the database"));
        }
        matchBags(t, fkSignatures(mine, dialect), fkSignatures(actual, dialect), "foreign key", out);
        matchBags(t, uniqueSignatures(mine), uniqueSignatures(actual), "unique key", out);
        matchIndexes(t, mine, actual, out);
        matchChecks(t, mine, actual, out);
    }

    /** Signature → the columns a warning must name to explain its absence. */
    private static Map<String, List<String>> fkSignatures(Table table, Dialect dialect) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ForeignKey f : table.foreignKeys()) {
            out.put(f.columns() + " -> " + f.referencedTable() + f.referencedColumns() + " ON DELETE " + action(f.onDelete(), dialect)
                    + " ON UPDATE " + action(f.onUpdate(), dialect), f.columns());
        }
        return out;
    }

    /** InnoDB: "NO ACTION … is equivalent to RESTRICT"; it reports whichever was written, the model keeps one. */
    private static String action(FkAction action, Dialect dialect) {
        return dialect.name().equals("mariadb") && action == FkAction.NO_ACTION ? FkAction.RESTRICT.sql() : action.sql();
    }

    /** Unique constraints and plain unique indexes alike: databases differ in which one a UNIQUE becomes. */
    private static Map<String, List<String>> uniqueSignatures(Table table) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Unique u : table.uniques()) out.put("unique " + u.columns(), u.columns());
        for (Index i : plainUniqueIndexes(table)) out.put("unique " + i.columnNames(), i.columnNames());
        return out;
    }

    private static List<Index> plainUniqueIndexes(Table table) {
        return table.indexes().stream().filter(i -> i.unique() && !i.hasExpressions() && i.where().isEmpty() && i.include().isEmpty()
                && i.method().isEmpty()).toList();
    }

    private static void matchBags(String table, Map<String, List<String>> mine, Map<String, List<String>> actual, String what, List<Difference> out) {
        for (var a : actual.entrySet()) {
            if (!mine.containsKey(a.getKey())) out.add(new Difference(table, a.getValue(), what + " " + a.getKey() + " not imported"));
        }
        for (var m : mine.entrySet()) {
            if (!actual.containsKey(m.getKey())) out.add(new Difference(table, m.getValue(), what + " " + m.getKey() + " imported, not in the database"));
        }
    }

    private static void matchIndexes(String table, Table mine, Table actual, List<Difference> out) {
        List<Index> left = new ArrayList<>(otherIndexes(mine));
        for (Index a : otherIndexes(actual)) {
            Optional<Index> match = left.stream().filter(m -> sameIndex(m, a)).findFirst();
            if (match.isPresent()) left.remove(match.get());
            else out.add(new Difference(table, subjects(a), "index " + a.name() + " (" + a.describeKeys() + ") not imported"));
        }
        for (Index m : left) out.add(new Difference(table, subjects(m), "index " + m.name() + " (" + m.describeKeys() + ") imported, not in the database"));
    }

    private static List<Index> otherIndexes(Table table) {
        List<Index> plainUnique = plainUniqueIndexes(table);
        return table.indexes().stream().filter(i -> !plainUnique.contains(i)).toList();
    }

    private static List<String> subjects(Index index) {
        return index.columnNames().isEmpty() ? List.of(index.name()) : index.columnNames();
    }

    private static boolean sameIndex(Index m, Index a) {
        if (m.unique() != a.unique() || m.keys().size() != a.keys().size() || !m.method().equals(a.method())) return false;
        if (!m.include().equals(a.include())) return false;
        if (m.where().isPresent() != a.where().isPresent()) return false;
        if (m.where().isPresent() && !SqlExpressions.equivalent(m.where().get(), a.where().get())) return false;
        for (int i = 0; i < m.keys().size(); i++) {
            IndexKey mk = m.keys().get(i);
            IndexKey ak = a.keys().get(i);
            if (mk instanceof IndexKey.ColumnKey mc && ak instanceof IndexKey.ColumnKey ac) {
                if (!mc.column().equals(ac.column())) return false;
            } else if (mk instanceof IndexKey.ExpressionKey mx && ak instanceof IndexKey.ExpressionKey ax) {
                if (!SqlExpressions.equivalent(mx.sql(), ax.sql())) return false;
            } else {
                return false;
            }
        }
        return true;
    }

    private static void matchChecks(String table, Table mine, Table actual, List<Difference> out) {
        List<Check> left = new ArrayList<>(mine.checks());
        for (Check a : actual.checks()) {
            Optional<Check> match = left.stream().filter(m -> SqlExpressions.equivalent(m.expression(), a.expression())).findFirst();
            if (match.isPresent()) left.remove(match.get());
            else out.add(new Difference(table, checkSubjects(a, actual), "check " + a.name() + " (" + a.expression() + ") not imported"));
        }
        for (Check m : left) out.add(new Difference(table, checkSubjects(m, actual), "check " + m.name() + " (" + m.expression() + ") imported, not in the database"));
    }

    private static List<String> checkSubjects(Check check, Table table) {
        return table.columns().stream().map(Column::name)
                .filter(c -> Pattern.compile("(?i)(?<![\\w])" + Pattern.quote(c) + "(?![\\w])").matcher(check.expression()).find())
                .limit(1).toList();
    }

    /**
     * A warning explains a difference when it names the table and every subject (column) of the
     * difference; a table left out entirely is explained by a warning that says so.
     */
    private static Optional<ImportWarning> explanation(Difference d, List<ImportWarning> warnings, boolean tableMissing) {
        for (ImportWarning w : warnings) {
            String message = w.message();
            if (!mentions(message, d.table())) continue;
            if (tableMissing) {
                if (message.contains("left out") || message.contains("skipped") || message.contains("imported as")) return Optional.of(w);
                continue;
            }
            if (d.subjects().stream().allMatch(s -> mentions(message, s))) return Optional.of(w);
        }
        return Optional.empty();
    }

    private static boolean mentions(String text, String word) {
        return Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(text).find();
    }
}
