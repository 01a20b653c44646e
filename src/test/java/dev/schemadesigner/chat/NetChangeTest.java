package dev.schemadesigner.chat;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.generate.BundledProjects;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision's changes as their net effect: nothing in it is created and then dropped again. */
class NetChangeTest {
    private static final Schema BUNDLED = BundledProjects.customerFeedbackSchema();
    private static final String T = "feedback_analysis";

    @Test
    void anIndexCreatedAndDroppedInOneRevisionIsNeither() {
        CreateIndex create = new CreateIndex(T, Index.on("idx_feedback_analysis_user_score", "user_score"), false);
        AddColumn other = new AddColumn(T, Column.optional("priority", LogicalType.INTEGER));

        ChangeSet net = NetChange.of(BUNDLED, ChangeSet.of(create, other, new DropIndex(T, "idx_feedback_analysis_user_score", false)));

        assertThat(net.ops()).containsExactly(other);
    }

    @Test
    void anIndexDroppedAndCreatedAgainAsItWasIsLeftAlone() {
        Index existing = BUNDLED.requireTable(T).indexes().get(0);

        ChangeSet net = NetChange.of(BUNDLED, ChangeSet.of(new DropIndex(T, existing.name(), false), new CreateIndex(T, existing, false)));

        assertThat(net.ops()).isEmpty();
    }

    @Test
    void anIndexRecreatedDifferentlyStays() {
        Index existing = BUNDLED.requireTable(T).indexes().get(0);
        ChangeSet changes = ChangeSet.of(new DropIndex(T, existing.name(), false), new CreateIndex(T, Index.on(existing.name(), "customer_id", "created_at"), false));

        assertThat(NetChange.of(BUNDLED, changes)).isEqualTo(changes);
    }

    @Test
    void aColumnAddedAndDroppedGoesWithTheIndexOnIt() {
        AddColumn add = new AddColumn(T, Column.optional("priority", LogicalType.INTEGER));
        CreateIndex index = new CreateIndex(T, Index.on("idx_feedback_analysis_priority", "priority"), false);

        ChangeSet net = NetChange.of(BUNDLED, ChangeSet.of(add, index, new DropIndex(T, "idx_feedback_analysis_priority", false), new DropColumn(T, "priority")));

        assertThat(net.ops()).isEmpty();
    }

    @Test
    void aColumnADataMigrationWroteBetweenItsAddAndDropIsKept() {
        AddColumn add = new AddColumn(T, Column.optional("priority", LogicalType.INTEGER));
        DataMigration fill = new DataMigration("fill priority", Map.of("any", "UPDATE feedback_analysis SET priority = 1"), Map.of("any", "SELECT 1"));
        ChangeSet changes = ChangeSet.of(add, fill, new DropColumn(T, "priority"));

        assertThat(NetChange.of(BUNDLED, changes)).isEqualTo(changes);
    }

    @Test
    void aConstraintAddedAndDroppedIsNeither() {
        ChangeSet net = NetChange.of(BUNDLED, ChangeSet.of(new AddUnique(T, Unique.of("uq_feedback_analysis_customer_id", "customer_id")),
                new DropConstraint(T, "uq_feedback_analysis_customer_id")));

        assertThat(net.ops()).isEmpty();
    }

    @Test
    void aTableCreatedAndDroppedTakesItsOwnChangesWithIt() {
        Table scratch = Table.of("scratch", List.of(Column.identity("id", LogicalType.INTEGER)), PrimaryKey.of("id"));
        AddColumn kept = new AddColumn(T, Column.optional("priority", LogicalType.INTEGER));

        ChangeSet net = NetChange.of(BUNDLED, ChangeSet.of(new CreateTable(scratch), new AddColumn("scratch", Column.optional("note", LogicalType.TEXT)),
                kept, new CreateIndex("scratch", Index.on("idx_scratch_note", "note"), false), new DropTable("scratch")));

        assertThat(net.ops()).containsExactly(kept);
    }

    @Test
    void whatIsLeftGivesTheSameSchema() {
        AddColumn add = new AddColumn(T, Column.optional("priority", LogicalType.INTEGER));
        CreateIndex index = new CreateIndex(T, Index.on("idx_feedback_analysis_user_score", "user_score"), false);
        ChangeSet changes = ChangeSet.of(index, add, new DropIndex(T, "idx_feedback_analysis_user_score", false));

        assertThat(NetChange.of(BUNDLED, changes).apply(BUNDLED)).isEqualTo(changes.apply(BUNDLED));
    }
}
