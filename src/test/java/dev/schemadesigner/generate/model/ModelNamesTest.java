package dev.schemadesigner.generate.model;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ModelNamesTest {

    private static Table table(String name) {
        return Table.of(name, List.of(Column.required(name + "_id", LogicalType.INTEGER), Column.required("title", LogicalType.varchar(50))),
                PrimaryKey.of(name + "_id"));
    }

    @Test
    void aNewPluralTableBesideAnExistingSingularOneGetsItsOwnModuleAndClass() {
        // given: the project has product (model Product in product.py); the change adds products
        Schema existing = new Schema(List.of(table("product")), List.of());
        GenerationContext ctx = GenerationContext.newProject("shop", GenerationContext.OrmStyle.CLASSIC).withExisting(existing, Optional.of("abc123"));

        // when
        List<Artifact> out = new SqlAlchemyModelGenerator().generate(ctx, new ChangeSet(List.of(new CreateTable(table("products")))));

        // then: product.py is not rewritten, products gets products.py with class Products
        assertThat(out).extracting(Artifact::path).doesNotHaveDuplicates().doesNotContain("api/app/domain/models/product.py")
                .contains("api/app/domain/models/products.py");
        Artifact products = out.stream().filter(a -> a.path().endsWith("/products.py")).findFirst().orElseThrow();
        assertThat(products.content()).contains("class Products(").contains("__tablename__ = \"products\"");
        Artifact init = out.stream().filter(a -> a.path().endsWith("/__init__.py") && a.path().contains("models")).findFirst().orElseThrow();
        assertThat(init.content()).contains("from app.domain.models.product import Product\n").contains("from app.domain.models.products import Products\n");
    }

    @Test
    void namesAreDistinctForEveryTableAndNeverThePackagesOwn() {
        // given: tables whose singular forms collide with each other and with base.py / enums.py
        Schema schema = new Schema(List.of(table("customers"), table("customer"), table("base"), table("enums"), table("enum")), List.of());
        GenerationContext ctx = GenerationContext.newProject("shop", GenerationContext.OrmStyle.CLASSIC);

        // when
        ModelNames names = ModelNames.of(schema, ctx);

        // then
        assertThat(names.modules().values()).doesNotHaveDuplicates().doesNotContain("base", "enums");
        assertThat(names.classes().values()).doesNotHaveDuplicates().doesNotContain("Base");
        assertThat(names.module("customers")).isEqualTo("customer");
        assertThat(names.module("customer")).isEqualTo("customer_table");
        assertThat(names.className("customer")).isEqualTo("CustomerTable");
        assertThat(names.module("base")).isEqualTo("base_table");
    }
}
