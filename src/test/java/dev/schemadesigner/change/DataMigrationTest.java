package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataMigrationTest {

    @Test
    void irreversibleDataMigrationSaysSoInItsInverse() {
        DataMigration backfill = DataMigration.portable("backfill totals", "UPDATE orders SET total = 0 WHERE total IS NULL", null);

        DataMigration inverse = (DataMigration) backfill.inverse(Shop.schema());

        assertThat(backfill.reversible()).isFalse();
        assertThat(inverse.description()).contains("backfill totals").contains("not reversible");
        assertThat(inverse.upgradeFor("postgresql")).doesNotContain("UPDATE");
    }

    @Test
    void reversibleDataMigrationSwapsUpgradeAndDowngrade() {
        DataMigration lower = new DataMigration("lower-case emails",
                Map.of("postgresql", "UPDATE customers SET email = lower(email)", "any", "UPDATE customers SET email = LOWER(email)"),
                Map.of("any", "SELECT 1"));

        DataMigration inverse = (DataMigration) lower.inverse(Shop.schema());

        assertThat(inverse.upgradeFor("sqlite")).isEqualTo("SELECT 1");
        assertThat(inverse.downgradeFor("postgresql")).isEqualTo("UPDATE customers SET email = lower(email)");
        assertThat(inverse.downgradeFor("mariadb")).isEqualTo("UPDATE customers SET email = LOWER(email)");
    }

    @Test
    void dataMigrationLeavesTheSchemaAsItIs() {
        Schema before = Shop.schema();

        assertThat(DataMigration.portable("noop", "SELECT 1", "SELECT 1").apply(before)).isEqualTo(before);
    }
}
