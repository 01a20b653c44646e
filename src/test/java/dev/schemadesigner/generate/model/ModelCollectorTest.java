package dev.schemadesigner.generate.model;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.model.ModelSpec.RelationSpec;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCollectorTest {

    private static Table table(String name, Column... more) {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.identity("id", LogicalType.INTEGER)));
        columns.addAll(List.of(more));
        return Table.of(name, columns, PrimaryKey.of("id"));
    }

    private static RelationSpec relation(List<ModelSpec> models, String table, String target) {
        return models.stream().filter(m -> m.table().name().equals(table)).findFirst().orElseThrow()
                .relationships().stream().filter(r -> r.targetTable().equals(target)).findFirst().orElseThrow();
    }

    @Test
    void relationshipsNamedByPythonKeywordsAreAttributesThatBothSidesAgreeOn() {
        // given: grades.class_id → classes, imports.global_id → classes, and a column spelled like the relationship's attribute
        Schema schema = new Schema(List.of(
                table("classes", Column.required("name", LogicalType.varchar(80))),
                table("grades", Column.required("class_id", LogicalType.INTEGER))
                        .withForeignKey(ForeignKey.of("fk_grades_class_id", "class_id", "classes", "id", FkAction.CASCADE)),
                table("imports", Column.optional("global_id", LogicalType.INTEGER), Column.optional("global", LogicalType.INTEGER))
                        .withForeignKey(ForeignKey.of("fk_imports_global_id", "global_id", "classes", "id", FkAction.SET_NULL))), List.of());

        // when
        List<ModelSpec> models = new ModelCollector(GenerationContext.newProject("school", GenerationContext.OrmStyle.CLASSIC)).collect(schema);

        // then: each relationship is named by the attribute the model writes, and back_populates names the other side's attribute
        RelationSpec toClass = relation(models, "grades", "classes");
        assertThat(toClass.name()).isEqualTo("class_");
        assertThat(relation(models, "classes", "grades").backPopulates()).isEqualTo("class_");
        assertThat(toClass.backPopulates()).isEqualTo(relation(models, "classes", "grades").name());
        // "global" is a keyword and the column global takes the attribute global_, so the relationship gets another name
        RelationSpec toGlobal = relation(models, "imports", "classes");
        assertThat(toGlobal.name()).isNotIn("global", "global_").matches("[A-Za-z_][A-Za-z0-9_]*");
        assertThat(relation(models, "classes", "imports").backPopulates()).isEqualTo(toGlobal.name());
    }
}
