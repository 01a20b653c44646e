package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.EntitySpec.EnumStyle;
import dev.schemadesigner.plan.EntitySpec.Idx;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entity specs → operations: base-model columns, enum types, foreign keys with an index each,
 * checks, uniques, the ORM relationships on both sides, many-to-many association tables, parents
 * the design needs, and tables in an order that applies (parents first).
 */
final class TableAssembler {

    /** What assembling produced; {@code notes} become the rationale. */
    record Assembly(List<Op> ops, List<BackReference> backReferences, List<String> queries, List<String> notes, List<String> tables) {}

    private final Schema current;
    private final PlanningContext context;
    private final EntityCatalogue catalogue;
    private final Naming naming;
    private final List<String> notes = new ArrayList<>();

    TableAssembler(Schema current, PlanningContext context, EntityCatalogue catalogue) {
        this.current = current;
        this.context = context;
        this.catalogue = catalogue;
        this.naming = context.naming();
    }

    Assembly assemble(List<EntitySpec> requested) {
        Map<String, EntitySpec> specs = new LinkedHashMap<>();
        for (EntitySpec spec : requested) {
            if (current.hasTable(spec.table())) notes.add("Table " + spec.table() + " already exists; it is left as it is.");
            else specs.putIfAbsent(spec.table(), spec);
        }
        addAssociations(specs);
        pullInParents(specs);
        List<EntitySpec> ordered = ordered(specs);
        Map<String, List<Relationship>> relationships = new LinkedHashMap<>();
        List<BackReference> backReferences = new ArrayList<>();
        for (EntitySpec spec : ordered) collectRelationships(spec, specs, relationships, backReferences);

        List<Op> ops = new ArrayList<>();
        List<Op> deferred = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        Schema schema = current;
        Set<String> created = new HashSet<>();
        for (EntitySpec spec : ordered) {
            List<EnumType> newEnums = new ArrayList<>();
            Table table = build(spec, schema, newEnums, relationships.getOrDefault(spec.table(), List.of()));
            for (ForeignKey fk : table.foreignKeys()) {
                if (!fk.referencedTable().equals(spec.table()) && !created.contains(fk.referencedTable()) && !current.hasTable(fk.referencedTable())) {
                    table = table.withoutForeignKey(fk.name());
                    deferred.add(new AddForeignKey(spec.table(), fk));
                }
            }
            for (EnumType e : newEnums) {
                ops.add(new CreateEnum(e));
                schema = schema.withEnum(e);
            }
            ops.add(new CreateTable(table));
            schema = schema.withTable(table);
            created.add(spec.table());
            spec.backfill().filter(b -> current.hasTable(b.requires())).ifPresent(b -> {
                ops.add(DataMigration.portable(b.description(), b.upgrade(), b.downgrade()));
                notes.add("Existing " + b.requires() + " rows are copied into " + spec.table() + " (" + b.description()
                        + "); the downgrade deletes them again. Run the copy as its own migration step on large tables.");
            });
            Table built = table;
            spec.queries().stream().filter(q -> columnsIn(q).stream().allMatch(built::hasColumn)).forEach(queries::add);
            if (!spec.notes().isBlank()) notes.add(spec.notes());
        }
        ops.addAll(deferred);
        return new Assembly(ops, backReferences, queries, notes, ordered.stream().map(EntitySpec::table).toList());
    }

    private static final java.util.regex.Pattern QUERY_COLUMN = java.util.regex.Pattern.compile("([a-z_][a-z0-9_]*)\\s*(?:=|>=|<=|<>|<|>)|ORDER BY ([a-z_][a-z0-9_]*)");

    /** The columns a catalogue query filters or sorts on, so a query on a column left out is left out too. */
    private static List<String> columnsIn(String sql) {
        List<String> out = new ArrayList<>();
        var m = QUERY_COLUMN.matcher(sql);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }

    /** Each entity's many-to-many partners that are part of the design (or exist) get an association table. */
    private void addAssociations(Map<String, EntitySpec> specs) {
        for (EntitySpec spec : List.copyOf(specs.values())) {
            for (String partner : spec.manyToMany()) {
                if (!specs.containsKey(partner) && !current.hasTable(partner)) continue;
                String table = Naming.fit(Naming.singular(spec.table()) + "_" + partner);
                if (specs.containsKey(table) || current.hasTable(table)) continue;
                String left = Naming.singular(spec.table()) + "_id";
                String right = Naming.singular(partner) + "_id";
                if (left.equals(right)) right = "related_" + right;
                specs.put(table, EntitySpec.of(table, List.of(
                        Col.of(left, LogicalType.INTEGER, false).withFk(new EntitySpec.Fk(spec.table(), FkAction.CASCADE, Optional.empty())),
                        Col.of(right, LogicalType.INTEGER, false).withFk(new EntitySpec.Fk(partner, FkAction.CASCADE, Optional.empty()))))
                        .withPrimaryKey(List.of(left, right)));
                notes.add(spec.table() + " and " + partner + " are many-to-many through the join table " + table
                        + " (implied by the request; its primary key is the pair, so each pair is stored once).");
            }
        }
    }

    /** Required parents that are missing come from the catalogue; optional references to missing tables are left out. */
    private void pullInParents(Map<String, EntitySpec> specs) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (EntitySpec spec : List.copyOf(specs.values())) {
                for (Col col : spec.columns()) {
                    if (col.fk().isEmpty()) continue;
                    String target = col.fk().get().table();
                    if (target.equals(spec.table()) || specs.containsKey(target) || current.hasTable(target)) continue;
                    Optional<EntitySpec> parent = col.nullable() ? Optional.empty() : catalogue.entity(target, context.timestampType());
                    if (parent.isPresent()) {
                        specs.put(target, parent.get());
                        notes.add(spec.table() + "." + col.name() + " needs a " + target + " table, so the design includes it.");
                    } else {
                        specs.put(spec.table(), withoutColumn(specs.get(spec.table()), col.name()));
                        notes.add(spec.table() + "." + col.name() + " is left out: there is no " + target + " table to reference.");
                    }
                    changed = true;
                }
            }
        }
    }

    private static EntitySpec withoutColumn(EntitySpec spec, String column) {
        return spec.withColumns(spec.columns().stream().filter(c -> !c.name().equals(column)).toList())
                .withIndexes(spec.indexes().stream().filter(i -> !i.columns().contains(column)).toList());
    }

    /** Parents before children, otherwise in the order given. */
    private static List<EntitySpec> ordered(Map<String, EntitySpec> specs) {
        List<EntitySpec> out = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        for (String table : specs.keySet()) visit(table, specs, visiting, out);
        return out;
    }

    private static void visit(String table, Map<String, EntitySpec> specs, Set<String> visiting, List<EntitySpec> out) {
        EntitySpec spec = specs.get(table);
        if (spec == null || out.contains(spec) || !visiting.add(table)) return;
        for (Col col : spec.columns()) col.fk().ifPresent(fk -> visit(fk.table(), specs, visiting, out));
        out.add(spec);
    }

    private void collectRelationships(EntitySpec spec, Map<String, EntitySpec> specs, Map<String, List<Relationship>> out,
                                      List<BackReference> backReferences) {
        for (Col col : spec.columns()) {
            if (col.fk().isEmpty()) continue;
            EntitySpec.Fk fk = col.fk().get();
            String role = Naming.role(col.name());
            if (spec.column(role).isPresent()) role = role + "_ref";
            boolean self = fk.table().equals(spec.table());
            long toSameParent = spec.columns().stream().filter(c -> c.fk().map(f -> f.table().equals(fk.table())).orElse(false)).count();
            String parentSide = fk.backref().orElse(self ? "children" : toSameParent == 1 ? spec.table() : role + "_" + spec.table());
            parentSide = freeName(parentSide, fk.table(), specs, out);
            Optional<String> cascade = fk.onDelete() == FkAction.CASCADE ? Optional.of("all, delete-orphan") : Optional.empty();
            out.computeIfAbsent(spec.table(), k -> new ArrayList<>())
                    .add(new Relationship(role, fk.table(), false, Optional.of(parentSide), Optional.empty(), Optional.empty()));
            Relationship back = new Relationship(parentSide, spec.table(), true, Optional.of(role), cascade, Optional.empty());
            if (specs.containsKey(fk.table())) out.computeIfAbsent(fk.table(), k -> new ArrayList<>()).add(back);
            else backReferences.add(new BackReference(fk.table(), back));
        }
    }

    /** A relationship name not yet taken by a column or relationship of {@code table}. */
    private String freeName(String wanted, String table, Map<String, EntitySpec> specs, Map<String, List<Relationship>> planned) {
        Set<String> taken = new HashSet<>();
        current.table(table).ifPresent(t -> {
            t.columns().forEach(c -> taken.add(c.name()));
            t.relationships().forEach(r -> taken.add(r.name()));
        });
        if (specs.containsKey(table)) specs.get(table).columns().forEach(c -> taken.add(c.name()));
        planned.getOrDefault(table, List.of()).forEach(r -> taken.add(r.name()));
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) name = Naming.fit(wanted + "_" + i);
        return name;
    }

    private Table build(EntitySpec spec, Schema schema, List<EnumType> newEnums, List<Relationship> relationships) {
        String t = spec.table();
        Column pk = context.primaryKey();
        boolean ownKey = !spec.primaryKey().isEmpty();
        Set<String> baseNames = context.baseColumns().stream().map(Column::name).collect(Collectors.toSet());
        List<Column> columns = new ArrayList<>(ownKey ? List.of() : List.of(pk));
        List<ForeignKey> fks = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<Unique> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (Col col : spec.columns()) {
            if (baseNames.contains(col.name())) continue;
            LogicalType type = col.type();
            if (col.enumStyle() == EnumStyle.TYPE) {
                EnumType e = enumFor(t, col, schema, newEnums);
                type = LogicalType.enumOf(e.name());
            } else if (col.enumStyle() == EnumStyle.CHECK) {
                checks.add(new Check(naming.check(t, col.name()), ColumnInference.inCheck(col.name(), col.enumValues())));
            }
            if (col.fk().isPresent()) {
                EntitySpec.Fk fk = col.fk().get();
                Optional<Table> parent = schema.table(fk.table());
                String key = parent.flatMap(Table::primaryKey).filter(p -> p.columns().size() == 1).map(p -> p.columns().get(0)).orElse(pk.name());
                type = fk.table().equals(t) ? pk.type() : parent.flatMap(x -> x.column(key)).map(Column::type).orElse(pk.type());
                fks.add(new ForeignKey(naming.foreignKey(t, col.name()), List.of(col.name()), fk.table(), List.of(fk.table().equals(t) ? pk.name() : key),
                        fk.onDelete(), FkAction.NO_ACTION));
            }
            columns.add(new Column(col.name(), type, col.nullable(), col.defaultValue(), false, Optional.empty()));
            col.check().ifPresent(expr -> checks.add(new Check(naming.check(t, col.name()), expr)));
            if (col.unique()) uniques.add(new Unique(naming.unique(t, List.of(col.name())), List.of(col.name())));
        }
        for (Column base : context.baseColumns().subList(1, context.baseColumns().size())) columns.add(base);
        for (Idx idx : spec.indexes()) {
            if (idx.unique()) uniques.add(new Unique(idx.name().orElse(naming.unique(t, idx.columns())), idx.columns()));
            else indexes.add(Index.on(idx.name().orElse(naming.index(t, idx.columns())), idx.columns().toArray(String[]::new)).withWhere(idx.where()));
        }
        for (Col col : spec.columns()) {
            boolean wanted = col.indexed() || col.fk().isPresent();
            if (ownKey && spec.primaryKey().get(0).equals(col.name())) continue;
            if (wanted && indexes.stream().noneMatch(i -> i.leadsWith(List.of(col.name())))) {
                indexes.add(Index.on(naming.index(t, List.of(col.name())), col.name()));
            }
        }
        PrimaryKey key = ownKey ? new PrimaryKey(spec.primaryKey()) : PrimaryKey.of(pk.name());
        return new Table(t, columns, Optional.of(key), fks, indexes, checks, uniques, relationships, Optional.empty());
    }

    /** {@code <singular table>_<column>}; an existing type with the same values is reused. */
    static EnumType enumFor(String table, Col col, Schema schema, List<EnumType> newEnums) {
        String base = Naming.enumName(table, col.name());
        String name = base;
        for (int i = 2; ; i++) {
            String candidate = name;
            Optional<EnumType> existing = schema.enumType(candidate).or(() -> newEnums.stream().filter(e -> e.name().equals(candidate)).findFirst());
            if (existing.isEmpty()) {
                EnumType created = new EnumType(candidate, col.enumValues());
                newEnums.add(created);
                return created;
            }
            if (existing.get().values().equals(col.enumValues())) return existing.get();
            name = Naming.fit(base + "_" + i);
        }
    }
}
