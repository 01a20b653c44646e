package dev.schemadesigner.generate.erd;

import dev.schemadesigner.generate.Design;
import dev.schemadesigner.generate.NewProjectDesigns;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidErdGeneratorTest {

    @Test
    void cardinalityFollowsNullabilityAndUniquenessOfTheForeignKey() {
        Design blog = NewProjectDesigns.blog();
        String erd = new MermaidErdGenerator().render(blog.changes().apply(blog.ctx().existingSchema()));
        assertThat(erd).startsWith("erDiagram\n")
                .contains("authors ||--o{ posts : \"author_id\"", "authors |o--o{ comments : \"author_id\"",
                        "string_255 email UK \"NOT NULL\"", "integer id PK");
        Design profiles = NewProjectDesigns.userProfiles();
        assertThat(new MermaidErdGenerator().render(profiles.changes().apply(profiles.ctx().existingSchema())))
                .contains("users ||--o| user_profiles : \"user_id\"", "integer user_id FK, UK \"NOT NULL\"");
    }

    // audit L3, 6.4: these names broke the diagram ("Parse error … got '<'"); they are labels now, never syntax
    @Test
    void hostileNamesBecomeQuotedLabelsOfPlainEntities() {
        String img = "<img src=x onerror=alert(7)>";
        String arrow = "A-->B; click A call alert(8)";
        String init = "x} %%{init: {securityLevel: loose}}%% y";
        Column id = new Column("id", LogicalType.INTEGER, false, Optional.empty(), true, Optional.empty());
        Column svg = new Column("<svg onload=alert(9)>", LogicalType.INTEGER, false, Optional.empty(), false, Optional.empty());
        Column parent = new Column("parent_id", LogicalType.INTEGER, true, Optional.empty(), false, Optional.empty());
        Schema schema = new Schema(List.of(
                Table.of(img, List.of(id, svg), new PrimaryKey(List.of("id"))),
                Table.of(arrow, List.of(id, parent), new PrimaryKey(List.of("id")))
                        .withForeignKeys(List.of(new ForeignKey("fk_parent", List.of("parent_id"), img, List.of("id"), FkAction.NO_ACTION, FkAction.NO_ACTION))),
                Table.of(init, List.of(id), new PrimaryKey(List.of("id")))), List.of());

        String erd = new MermaidErdGenerator().render(schema);

        assertThat(erd).contains("e1 |o--o{ e2 : \"parent_id\"",
                "e1[\"#lt;img src=x onerror=alert(7)#gt;\"] {",
                "e2[\"A--#gt;B; click A call alert(8)\"] {",
                "e3[\"x} #37;#37;{init: {securityLevel: loose}}#37;#37; y\"] {",
                "integer _svg_onload_alert_9__ \"#lt;svg onload=alert(9)#gt;, NOT NULL\"");
        // outside double quotes only ids, types, keys and Mermaid's own syntax remain
        String outsideQuotes = erd.replaceAll("\"[^\"]*\"", "\"\"");
        assertThat(outsideQuotes).doesNotContain("<", ">", "%%", "click", "-->");
    }
}
