package dev.schemadesigner.generate.model;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.List;
import java.util.Optional;

/** One model class to render: the table, its class and module names, base and mixins, own columns and relationships. */
public record ModelSpec(Table table, String className, String module, boolean inheritsBase, List<Mixin> mixins,
                        List<Column> columns, List<RelationSpec> relationships) {

    public ModelSpec {
        mixins = List.copyOf(mixins);
        columns = List.copyOf(columns);
        relationships = List.copyOf(relationships);
    }

    /** One side of an ORM relationship, derived from a foreign key (and the IR's Relationship when it names one). */
    public record RelationSpec(String name, String targetTable, String targetClass, String targetModule, boolean many,
                               boolean optional, String backPopulates, Optional<String> cascade, boolean passiveDeletes,
                               Optional<String> foreignKeys, Optional<String> remoteSide, Optional<String> lazy,
                               boolean scalarCollection) {}
}
