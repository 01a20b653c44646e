package dev.schemadesigner.chat;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.plan.Plan;
import dev.schemadesigner.plan.PlanRequest;
import dev.schemadesigner.plan.PlanningContext;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the planner added beyond the words of a request is listed with why, and each undo takes only it back. */
class PlannedExtrasTest {
    private static final PlanningContext CONTEXT = PlanningContext.defaults();
    private static final String BLOG = "Design a schema for blog posts with an author and tags";

    @Test
    void aParentTableTheRequestDoesNotNameIsListedWithTheColumnThatNeedsItAndItsUndoDropsBoth() {
        // given
        Turned blog = plan(BLOG, Schema.EMPTY);

        // when
        AlsoChanged users = blog.extra(PlannedExtras.IMPLIED_TABLE);

        // then
        assertThat(users.object()).isEqualTo("users");
        assertThat(users.because()).isEqualTo("posts.author_id needs a users table to reference");
        Schema undone = users.undo().changes().apply(blog.after);
        assertThat(undone.hasTable("users")).isFalse();
        assertThat(undone.requireTable("posts").hasColumn("author_id")).isFalse();
        assertThat(undone.requireTable("tags")).isEqualTo(blog.after.requireTable("tags"));
        assertThat(undone.requireTable("post_tags")).isEqualTo(blog.after.requireTable("post_tags"));
    }

    @Test
    void theBaseModelsTimestampsAreOneExtraOverTheNewTablesAndTheUndoDropsOnlyThem() {
        // given
        Turned blog = plan(BLOG, Schema.EMPTY);

        // when
        AlsoChanged stamps = blog.extra(PlannedExtras.BASE_COLUMNS);

        // then
        assertThat(stamps.change()).isEqualTo("added created_at, updated_at to users, posts, tags, post_tags");
        assertThat(stamps.because()).isEqualTo("the project's base model gives every table created_at, updated_at");
        Schema undone = stamps.undo().changes().apply(blog.after);
        for (Table t : undone.tables()) {
            Table planned = blog.after.requireTable(t.name());
            assertThat(t.columns()).extracting(Column::name).doesNotContain("created_at", "updated_at")
                    .containsExactlyElementsOf(planned.columns().stream().map(Column::name).filter(c -> !List.of("created_at", "updated_at").contains(c)).toList());
            assertThat(t.indexes()).isEqualTo(planned.indexes());
        }
    }

    @Test
    void anIndexOnAForeignKeySaysWhichKeyAndItsUndoDropsThatIndexOnly() {
        // given
        Turned blog = plan(BLOG, Schema.EMPTY);

        // when
        AlsoChanged index = blog.extras.stream().filter(e -> e.rule().equals(PlannedExtras.FOREIGN_KEY_INDEX) && e.object().equals("idx_post_tags_tag_id"))
                .findFirst().orElseThrow();

        // then
        assertThat(index.because()).startsWith("post_tags.tag_id is a foreign key to tags");
        Schema undone = index.undo().changes().apply(blog.after);
        assertThat(undone.requireTable("post_tags").indexes()).extracting(Index::name).doesNotContain("idx_post_tags_tag_id");
        assertThat(undone.requireTable("post_tags").foreignKeys()).isEqualTo(blog.after.requireTable("post_tags").foreignKeys());
    }

    @Test
    void whatTheRequestNamesIsNoExtra() {
        // given: users and timestamps named
        Turned named = plan("Design a schema for users and blog posts with an author, with timestamps", Schema.EMPTY);

        // then
        assertThat(named.extras).extracting(AlsoChanged::rule).doesNotContain(PlannedExtras.IMPLIED_TABLE, PlannedExtras.BASE_COLUMNS);

        // given: an index on an existing table, asked for in one request and not in the other
        Schema blog = plan(BLOG, Schema.EMPTY).after;
        ChangeSet index = ChangeSet.of(new CreateIndex("users", Index.on("idx_users_display_name", "display_name"), true));
        Schema after = index.apply(blog);

        // when
        List<AlsoChanged> asked = PlannedExtras.of("index users by display name", index, List.of(), blog, after, CONTEXT.baseColumns());
        List<AlsoChanged> unasked = PlannedExtras.of("make user lookups faster", index, List.of(), blog, after, CONTEXT.baseColumns());

        // then
        assertThat(asked).isEmpty();
        assertThat(unasked).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo(PlannedExtras.INDEX);
            assertThat(e.undo().changes().apply(after)).isEqualTo(blog);
        });
    }

    private record Turned(Plan plan, Schema after, List<AlsoChanged> extras) {
        AlsoChanged extra(String rule) {
            return extras.stream().filter(e -> e.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " not in " + extras));
        }
    }

    private static Turned plan(String request, Schema before) {
        Plan plan = new RulePlanner().plan(new PlanRequest(request, before, CONTEXT));
        Schema after = plan.result(before);
        return new Turned(plan, after, PlannedExtras.of(request, plan.changes(), plan.queryPatterns(), before, after, CONTEXT.baseColumns()));
    }

}
