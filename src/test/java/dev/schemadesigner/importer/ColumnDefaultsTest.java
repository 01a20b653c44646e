package dev.schemadesigner.importer;

import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnDefaultsTest {

    @Test
    void stripsPostgresCastsFromLiterals() {
        assertThat(ColumnDefaults.parsePostgres("'open'::character varying", LogicalType.varchar(10))).contains(DefaultValue.text("open"));
        assertThat(ColumnDefaults.parsePostgres("'open'::public.ticket_status", LogicalType.enumOf("ticket_status"))).contains(DefaultValue.text("open"));
        assertThat(ColumnDefaults.parsePostgres("'it''s'::text", LogicalType.TEXT)).contains(DefaultValue.text("it's"));
        assertThat(ColumnDefaults.parsePostgres("'-1'::integer", LogicalType.INTEGER)).contains(DefaultValue.number("-1"));
        assertThat(ColumnDefaults.parsePostgres("'{}'::text[]", LogicalType.TEXT)).contains(DefaultValue.text("{}"));
        assertThat(ColumnDefaults.parsePostgres("NULL::character varying", LogicalType.varchar(3))).isEmpty();
    }

    @Test
    void readsNumbersBooleansAndTheInsertTime() {
        assertThat(ColumnDefaults.parse("0.00", LogicalType.decimal(12, 2))).contains(DefaultValue.number("0.00"));
        assertThat(ColumnDefaults.parse("(0)", LogicalType.INTEGER)).contains(DefaultValue.number("0"));
        assertThat(ColumnDefaults.parse("1", LogicalType.BOOLEAN)).contains(DefaultValue.bool(true));
        assertThat(ColumnDefaults.parse("FALSE", LogicalType.BOOLEAN)).contains(DefaultValue.bool(false));
        assertThat(ColumnDefaults.parse("now()", LogicalType.TIMESTAMPTZ)).contains(DefaultValue.now());
        assertThat(ColumnDefaults.parse("CURRENT_TIMESTAMP", LogicalType.TIMESTAMP)).contains(DefaultValue.now());
        assertThat(ColumnDefaults.parse("current_timestamp(6)", LogicalType.TIMESTAMP)).contains(DefaultValue.now());
        assertThat(ColumnDefaults.parse("NULL", LogicalType.TEXT)).isEmpty();
    }

    @Test
    void keepsAnythingElseAsAnExpression() {
        assertThat(ColumnDefaults.parsePostgres("gen_random_uuid()", LogicalType.UUID)).contains(DefaultValue.expression("gen_random_uuid()"));
        assertThat(ColumnDefaults.parse("(datetime('now'))", LogicalType.TEXT)).contains(DefaultValue.expression("(datetime('now'))"));
        assertThat(ColumnDefaults.parsePostgres("'a'::text || 'b'::text", LogicalType.TEXT)).contains(DefaultValue.expression("'a'::text || 'b'::text"));
    }
}
