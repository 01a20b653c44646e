package dev.schemadesigner.plan;

import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates {@code check T.c MIN..MAX} by running the table's CHECKs on in-memory SQLite: the table
 * is created as the SQLite dialect renders it, with only the checks that name the column (and no
 * keys or NOT NULL, so a one-column row can be inserted), and the bounds and the values just outside
 * them are inserted. A bound is met when its value is accepted and the one beyond it rejected.
 */
final class CheckProbe {
    private static final Pattern RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)?\\.\\.(-?\\d+(?:\\.\\d+)?)?");

    private CheckProbe() {}

    static Optional<String> unmet(Schema schema, Table table, Column column, String range) {
        Pattern mentions = Pattern.compile("(?i)(?<![A-Za-z0-9_])" + Pattern.quote(column.name()) + "(?![A-Za-z0-9_])");
        List<Check> checks = table.checks().stream().filter(c -> mentions.matcher(c.expression()).find()).toList();
        if (checks.isEmpty()) return Optional.of("no CHECK names " + column.name() + "; checks " + table.checks().stream().map(Check::expression).toList());
        BigDecimal step = column.type().isInteger() ? BigDecimal.ONE : new BigDecimal("0.01");
        List<String> wrong = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            create(c, schema, table, checks);
            if (range.equals(">0")) {
                expect(c, table, column, step, true, wrong);
                expect(c, table, column, BigDecimal.ZERO, false, wrong);
            } else {
                Matcher m = RANGE.matcher(range);
                if (!m.matches()) throw new IllegalArgumentException("check range " + range);
                if (m.group(1) != null) {
                    BigDecimal min = new BigDecimal(m.group(1));
                    expect(c, table, column, min, true, wrong);
                    expect(c, table, column, min.subtract(step), false, wrong);
                }
                if (m.group(2) != null) {
                    BigDecimal max = new BigDecimal(m.group(2));
                    expect(c, table, column, max, true, wrong);
                    expect(c, table, column, max.add(step), false, wrong);
                }
            }
        } catch (SQLException e) {
            return Optional.of("the check does not run on SQLite (" + e.getMessage() + "): " + checks.stream().map(Check::expression).toList());
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", wrong) + " by " + checks.stream().map(Check::expression).toList());
    }

    private static void create(Connection c, Schema schema, Table table, List<Check> checks) throws SQLException {
        Table probe = table.withColumns(table.columns().stream().map(col -> col.withIdentity(false).withNullable(true)).toList())
                .withPrimaryKey(Optional.empty()).withForeignKeys(List.of()).withIndexes(List.of()).withUniques(List.of())
                .withRelationships(List.of()).withChecks(checks);
        try (Statement s = c.createStatement()) {
            for (String sql : Dialects.byName("sqlite").createSchema(new Schema(List.of(probe), schema.enums()))) s.execute(sql);
        }
    }

    private static void expect(Connection c, Table table, Column column, BigDecimal value, boolean accepted, List<String> wrong) throws SQLException {
        boolean inserted;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO \"" + table.name() + "\" (\"" + column.name() + "\") VALUES (?)")) {
            if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0) p.setLong(1, value.longValueExact());
            else p.setDouble(1, value.doubleValue());
            p.executeUpdate();
            inserted = true;
        } catch (SQLException e) {
            if (!e.getMessage().contains("CHECK")) throw e;
            inserted = false;
        }
        if (inserted != accepted) wrong.add(value.toPlainString() + (accepted ? " rejected" : " accepted"));
    }
}
