package dev.schemadesigner.change;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeSetTest {

    @Test
    void changeSetInverseUndoesEachStepInReverseOrder() {
        // given
        Schema before = Shop.schema();
        ChangeSet changes = ChangeSet.of(
                new CreateEnum(EnumType.of("tier", "basic", "gold")),
                new AddColumn("customers", Column.optional("tier", LogicalType.enumOf("tier"))),
                new CreateIndex("customers", Index.on("ix_customers_tier", "tier")),
                new RenameColumn("customers", "tier", "level"),
                new AlterColumn("customers", "level", LogicalType.enumOf("tier"), false, Optional.empty()));

        // when
        ChangeSet undo = changes.inverse(before);
        Schema restored = undo.apply(changes.apply(before));

        // then
        assertThat(undo.ops()).hasSize(5);
        assertThat(undo.ops().get(0)).isInstanceOf(AlterColumn.class);
        assertThat(undo.ops().get(4)).isEqualTo(new DropEnum("tier"));
        assertThat(SchemaDiff.between(before, restored).isEmpty()).isTrue();
    }
}
