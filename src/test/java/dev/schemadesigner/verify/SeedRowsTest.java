package dev.schemadesigner.verify;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed generator: rows every database of this machine accepts, honouring checks, keys, enums and foreign-key order. */
class SeedRowsTest {

    static List<VerifyTarget> targets() { return VerifyTargets.all(); }

    /** Departments and employees reference each other (a cycle); employees also reference their manager (a self-reference). */
    static Schema company() {
        Table departments = Table.of("departments", List.of(
                        Column.identity("id", LogicalType.INTEGER),
                        Column.required("code", LogicalType.varchar(3)),
                        Column.optional("head_id", LogicalType.INTEGER)),
                PrimaryKey.of("id"))
                .withUnique(Unique.of("uq_departments_code", "code"))
                .withCheck(new Check("ck_departments_code", "length(code) = 3"))
                .withForeignKey(ForeignKey.of("fk_departments_head_id", "head_id", "employees", "id", FkAction.SET_NULL));
        Table employees = Table.of("employees", List.of(
                        Column.identity("id", LogicalType.INTEGER),
                        Column.required("department_id", LogicalType.INTEGER),
                        Column.optional("manager_id", LogicalType.INTEGER),
                        Column.required("badge", LogicalType.varchar(20)),
                        Column.required("rating", LogicalType.SMALLINT),
                        Column.required("salary", LogicalType.decimal(8, 2)),
                        Column.required("level", LogicalType.varchar(10)),
                        Column.required("status", LogicalType.enumOf("employee_status")),
                        Column.required("active", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(true)),
                        Column.optional("hired_on", LogicalType.DATE)),
                PrimaryKey.of("id"))
                .withUnique(Unique.of("uq_employees_department_badge", "department_id", "badge"))
                .withCheck(new Check("ck_employees_rating", "rating BETWEEN 1 AND 5"))
                .withCheck(new Check("ck_employees_salary", "salary > 1000 AND salary <= 250000"))
                .withCheck(new Check("ck_employees_level", "level IN ('junior', 'senior', 'lead')"))
                .withForeignKey(ForeignKey.of("fk_employees_department_id", "department_id", "departments", "id", FkAction.CASCADE))
                .withForeignKey(ForeignKey.of("fk_employees_manager_id", "manager_id", "employees", "id", FkAction.SET_NULL));
        return new Schema(List.of(departments, employees), List.of(EnumType.of("employee_status", "active", "on_leave")));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void everyTableOfACyclicSchemaWithChecksAndUniquesTakesItsFullRowCount(VerifyTarget target) throws Exception {
        Dialect dialect = target.dialect();
        try (ThrowawayDatabase db = target.opener().open()) {
            db.execute(dialect.createSchema(company()));

            SeedRows.Seeded seeded = SeedRows.seed(db, dialect, company(), 50);

            assertThat(seeded.notes()).isEmpty();
            assertThat(seeded.rows()).containsExactly(Map.entry("departments", 50), Map.entry("employees", 50));
            try (var s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(manager_id), COUNT(DISTINCT department_id) FROM employees")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(50);
                assertThat(rs.getInt(2)).isBetween(1, 49);  // some managers, some NULL
                assertThat(rs.getInt(3)).isGreaterThan(1);
            }
        }
    }

    @Test
    void generatedValuesHonourEveryCheckAndUniqueAndTheCycleStartsOnTheNullableSide() {
        Map<String, List<Map<String, Object>>> rows = SeedRows.rows(company(), 50);

        assertThat(rows.keySet()).containsExactly("departments", "employees");
        assertThat(rows.get("departments")).allSatisfy(r -> {
            assertThat(r.get("head_id")).isNull();
            assertThat((String) r.get("code")).hasSize(3);
        });
        Set<Object> codes = new HashSet<>();
        rows.get("departments").forEach(r -> codes.add(r.get("code")));
        assertThat(codes).hasSize(50);
        Set<List<Object>> departmentBadges = new HashSet<>();
        for (Map<String, Object> r : rows.get("employees")) {
            assertThat((Long) r.get("rating")).isBetween(1L, 5L);
            assertThat((BigDecimal) r.get("salary")).isGreaterThan(new BigDecimal("1000")).isLessThanOrEqualTo(new BigDecimal("250000"));
            assertThat(r.get("level")).isIn("junior", "senior", "lead");
            assertThat(r.get("status")).isIn("active", "on_leave");
            assertThat(r).doesNotContainKey("active");  // the database fills the default
            assertThat(departmentBadges.add(List.of(r.get("department_id"), r.get("badge")))).isTrue();
        }
        // the same rows every time
        assertThat(SeedRows.rows(company(), 50)).isEqualTo(rows);
    }

    @Test
    void aCheckNoGeneratedValueSatisfiesReducesTheTableAndSaysWhich() throws Exception {
        Table odd = Table.of("odd", List.of(Column.identity("id", LogicalType.INTEGER), Column.required("code", LogicalType.varchar(10))),
                PrimaryKey.of("id")).withCheck(new Check("ck_odd_code", "code = 'a' AND code = 'b'"));
        Schema schema = Schema.of(odd);
        Dialect dialect = VerifyTarget.sqlite().dialect();
        try (ThrowawayDatabase db = ThrowawayDatabase.sqlite()) {
            db.execute(dialect.createSchema(schema));

            SeedRows.Seeded seeded = SeedRows.seed(db, dialect, schema, 50);

            assertThat(seeded.rows()).containsEntry("odd", 0);
            assertThat(seeded.notes()).singleElement().asString().contains("odd: 0 of 50 rows", "CHECK ck_odd_code");
        }
    }

    @Test
    void zeroRowsSeedsNothing() {
        assertThat(SeedRows.rows(company(), 0).values()).allSatisfy(r -> assertThat(r).isEmpty());
    }
}
