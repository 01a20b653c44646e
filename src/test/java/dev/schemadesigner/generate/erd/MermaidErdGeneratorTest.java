package dev.schemadesigner.generate.erd;

import dev.schemadesigner.generate.Design;
import dev.schemadesigner.generate.NewProjectDesigns;
import org.junit.jupiter.api.Test;

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
}
