package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;
import dev.schemadesigner.plan.DesignDraft.Entity;
import dev.schemadesigner.plan.DesignDraft.Hints;
import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.EntitySpec.EnumStyle;
import dev.schemadesigner.plan.EntitySpec.Fk;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link DesignDraft} → entity specs. The user's names, attributes and hints are kept; the catalogue
 * fills in only an entity named without attributes; names are matched to the project's tables
 * (plural or singular, snake or camel case) so references point at the real table. Each kind of type
 * choice is explained once in {@code notes}.
 */
final class DraftTables {

    record Result(Map<String, EntitySpec> specs, Map<String, String> existing, List<String> notes) {}

    private static final Set<String> SELF_REFERENCES = Set.of("parent", "parent_id", "manager", "manager_id", "supervisor", "supervisor_id",
            "reports_to", "reports_to_id", "reply_to", "reply_to_id", "in_reply_to", "in_reply_to_id", "replies_to", "replies_to_id", "parent_comment_id");

    private final Schema current;
    private final EntityCatalogue catalogue;
    private final LogicalType timestamp;
    private final Map<String, List<String>> kinds = new TreeMap<>();

    DraftTables(Schema current, PlanningContext context, EntityCatalogue catalogue) {
        this.current = current;
        this.catalogue = catalogue;
        this.timestamp = context.timestampType();
    }

    Result tables(DesignDraft draft) {
        Map<String, String> existing = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Entity e : draft.entities()) {
            Optional<String> table = projectTable(current, e.name());
            table.ifPresent(t -> existing.put(e.name(), t));
            names.add(table.orElse(e.name()));
        }
        List<String> known = new ArrayList<>(names);
        current.tables().forEach(t -> { if (!known.contains(t.name())) known.add(t.name()); });
        Map<String, String> catalogueNames = new LinkedHashMap<>();
        for (Entity e : draft.entities()) {
            if (existing.containsKey(e.name())) continue;
            catalogue.tableFor(e.words()).or(() -> catalogue.tableFor(e.name())).ifPresent(t -> catalogueNames.putIfAbsent(t, e.name()));
        }
        Map<String, EntitySpec> specs = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Entity e : draft.entities()) {
            String table = existing.getOrDefault(e.name(), e.name());
            if (existing.containsKey(e.name())) {
                specs.putIfAbsent(table, EntitySpec.of(table, List.of()));
                continue;
            }
            if (e.attributes().isEmpty()) {
                Optional<EntitySpec> fromCatalogue = catalogue.tableFor(e.words()).or(() -> catalogue.tableFor(e.name()))
                        .flatMap(t -> catalogue.entity(t, timestamp)).map(spec -> renamed(spec, catalogueNames, known));
                if (fromCatalogue.isPresent()) {
                    specs.putIfAbsent(table, fromCatalogue.get().withNotes(""));
                    notes.add(table + " was named without attributes, so it gets the usual columns for it.");
                } else specs.putIfAbsent(table, EntitySpec.starter(table));
                continue;
            }
            EntitySpec spec = EntitySpec.of(table, List.of());
            for (Attribute a : e.attributes()) {
                Optional<String> partner = manyToManyPartner(a, table, names);
                if (partner.isPresent()) {
                    spec = spec.withManyToMany(partner.get());
                    continue;
                }
                spec = spec.withColumn(column(a, table, known));
            }
            EntitySpec built = spec;
            if (!e.key().isEmpty() && e.key().stream().allMatch(k -> spec0(built, k))) {
                spec = spec.withPrimaryKey(e.key());
                notes.add(table + " is a join table: its primary key is (" + String.join(", ", e.key()) + "), so each pair is stored once.");
            }
            specs.merge(table, spec, (x, y) -> x);
        }
        kinds.forEach((kind, columns) -> notes.add(kind + ": " + String.join(", ", columns) + "."));
        return new Result(specs, existing, notes);
    }

    private static boolean spec0(EntitySpec spec, String column) { return spec.column(column).isPresent(); }

    /** The project's table a written name means: {@code customers}, {@code customer}, {@code Customer}, {@code CustomerOrders}. */
    static Optional<String> projectTable(Schema schema, String name) {
        for (String candidate : List.of(name, Naming.plural(name), Naming.singular(name))) if (schema.hasTable(candidate)) return Optional.of(candidate);
        for (Table t : schema.tables()) {
            String snake = Naming.snake(t.name());
            if (snake.equals(name) || snake.equals(Naming.plural(name)) || snake.equals(Naming.singular(name))) return Optional.of(t.name());
        }
        return Optional.empty();
    }

    /** A plural attribute that names another entity of the request ("tags" in posts) is a many-to-many partner. */
    private static Optional<String> manyToManyPartner(Attribute a, String table, List<String> names) {
        if (!a.hints().equals(Hints.NONE) || a.name().equals(table) || !names.contains(a.name())) return Optional.empty();
        return Naming.singular(a.name()).equals(a.name()) ? Optional.empty() : Optional.of(a.name());
    }

    private EntitySpec renamed(EntitySpec spec, Map<String, String> catalogueNames, List<String> known) {
        List<Col> columns = new ArrayList<>();
        for (Col c : spec.columns()) {
            if (c.fk().isPresent()) {
                Fk fk = c.fk().get();
                String target = catalogueNames.getOrDefault(fk.table(), fk.table());
                c = c.withFk(new Fk(projectTable(current, target).orElse(target), fk.onDelete(), fk.backref()));
            }
            columns.add(c);
        }
        List<String> partners = spec.manyToMany().stream().map(t -> catalogueNames.getOrDefault(t, t)).toList();
        String table = catalogueNames.getOrDefault(spec.table(), spec.table());
        return new EntitySpec(table, columns, spec.indexes(), partners, spec.queries(), spec.backfill(), spec.notes());
    }

    /** The column for one written attribute: its name kept, its type from the hints first and from its name after. */
    Col column(Attribute a, String table, List<String> known) {
        Hints h = a.hints();
        String name = a.name();
        Optional<String> target = reference(a, table, known);
        boolean selfReference = target.isEmpty() && SELF_REFERENCES.contains(name) || target.filter(table::equals).isPresent();
        if (selfReference) {
            String column = Naming.fit(name.endsWith("_id") ? name : name + "_id");
            return Col.of(column, LogicalType.INTEGER, true).withFk(new Fk(table, FkAction.SET_NULL, Optional.of(name.startsWith("manager") || name.startsWith("supervisor") ? "reports" : "children")));
        }
        if (target.isPresent()) {
            String column = Naming.fit(name.endsWith("_id") || h.reference().isPresent() ? name : name + "_id");
            boolean nullable = h.nullable().orElse(false);
            note("References are NOT NULL unless the request says optional, and each foreign key is indexed", table + "." + column);
            return Col.of(column, LogicalType.INTEGER, nullable).withUnique(h.unique())
                    .withFk(new Fk(target.get(), nullable ? FkAction.SET_NULL : FkAction.RESTRICT, Optional.empty()));
        }
        Col col = ColumnInference.infer(name, timestamp);
        name = Naming.fit(name);
        if (!col.name().equals(name) && col.fk().isPresent()) {
            // "author", "created by": a reference to users (the users table is implied)
            return h.nullable().map(col::withNullable).orElse(col);
        }
        col = col.withName(Naming.fit(name));
        if (col.type().equals(LogicalType.varchar(255)) && col.fk().isEmpty()) col = meaningInOtherWords(col);
        if (col.enumStyle() != EnumStyle.NONE) col = col.withEnum(List.of(), EnumStyle.NONE).withDefault(null).withType(LogicalType.varchar(50));
        String where = table + "." + col.name();
        if (h.type().isPresent()) {
            col = col.withType(h.type().get()).withCheck(null).withDefault(null);
            note("Types written in the request are kept", where);
        } else if (h.cents()) {
            col = Col.of(col.name(), LogicalType.BIGINT, col.nullable()).withCheck(col.name() + " >= 0");
            note("Amounts in cents are whole numbers (bigint) with a CHECK >= 0", where);
        }
        if (AttributeWords.isYesNo(h.values())) {
            col = Col.of(col.name(), LogicalType.BOOLEAN, false).withDefault(DefaultValue.bool(false));
            h = h.withValues(List.of());
        }
        if (!h.values().isEmpty()) {
            col = ColumnInference.enumerated(col.name(), h.values(), EnumStyle.TYPE).withNullable(col.nullable() && !col.name().matches("status|state"));
            if (col.name().equals("status") || col.name().equals("state")) col = col.withDefault(DefaultValue.text(h.values().get(0)));
            note("Values listed in the request become an enum type with exactly those values, as written", where);
        }
        if (h.low().isPresent() || h.high().isPresent()) {
            boolean fractional = h.low().orElse("0").contains(".") || h.high().orElse("0").contains(".") || col.type() instanceof LogicalType.Double
                    || (h.low().isPresent() && h.high().isPresent() && Double.parseDouble(h.high().get()) - Double.parseDouble(h.low().get()) <= 2
                    && Double.parseDouble(h.low().get()) < 0);
            boolean numeric = col.type().isInteger() || col.type() instanceof LogicalType.Decimal || col.type() instanceof LogicalType.Double;
            if (!numeric) col = col.withType(fractional ? LogicalType.DOUBLE : LogicalType.INTEGER).withEnum(List.of(), EnumStyle.NONE).withDefault(null);
            if (!numeric && h.nullable().isEmpty()) col = col.withNullable(false);
            String c = col.name();
            String check = h.low().isPresent() && h.high().isPresent() ? c + " BETWEEN " + h.low().get() + " AND " + h.high().get()
                    : h.low().isPresent() ? c + (h.lowExclusive() ? " > " : " >= ") + h.low().get() : c + " <= " + h.high().get();
            col = col.withCheck(check);
            note("Ranges written in the request become CHECK constraints", where);
        }
        if (h.defaultValue().isPresent() && h.type().isEmpty() && col.type().equals(LogicalType.varchar(255)) && col.enumValues().isEmpty()) {
            // an attribute known only by its default: "font_size default 14" is a number, "notifications_enabled (on by default)" a flag
            String d = h.defaultValue().get().toLowerCase(Locale.ROOT);
            if (d.matches("-?\\d+")) col = col.withType(LogicalType.INTEGER).withNullable(false);
            else if (d.matches("-?\\d+[.,]\\d+")) col = col.withType(LogicalType.decimal(12, 2)).withNullable(false);
            else if (d.matches("true|false|on|off|yes|no")) col = col.withType(LogicalType.BOOLEAN).withNullable(false);
        }
        if (h.defaultValue().isPresent()) col = col.withDefault(defaultFor(h.defaultValue().get(), col.type(), col.enumValues()));
        if (h.unique()) col = col.withUnique(true);
        if (h.indexed()) col = col.withIndexed(true);
        if (h.nullable().isPresent()) col = col.withNullable(h.nullable().get());
        if (h.type().isEmpty() && h.values().isEmpty() && !h.cents()) explainInferred(col, where);
        return col;
    }

    /** A name {@link ColumnInference} does not know in English: money, cents, dates or long text in the words of the other languages. */
    private static Col meaningInOtherWords(Col col) {
        String name = col.name();
        if (AttributeWords.isCents(name)) return Col.of(name, LogicalType.BIGINT, false).withCheck(name + " >= 0");
        if (AttributeWords.isMoney(name)) return Col.of(name, LogicalType.decimal(12, 2), false).withCheck(name + " >= 0");
        if (AttributeWords.isDate(name)) return Col.of(name, LogicalType.DATE, true);
        if (AttributeWords.isLongText(name)) return Col.of(name, LogicalType.TEXT, true);
        return col;
    }

    private void explainInferred(Col col, String where) {
        LogicalType t = col.type();
        if (t instanceof LogicalType.Decimal && col.check().map(c -> c.endsWith(">= 0")).orElse(false)) note("Money is numeric(12,2) with a CHECK >= 0", where);
        else if (t instanceof LogicalType.Timestamp) note("*_at and times of events are timestamps", where);
        else if (t instanceof LogicalType.Date) note("*_on, *_date and birthdays are dates", where);
        else if (t instanceof LogicalType.Bool) note("is_/has_ and on/off words are booleans with a default", where);
        else if (t instanceof LogicalType.Json) note("Payloads, metadata and settings are JSON", where);
        else if (t instanceof LogicalType.Text) note("Long prose (body, description, notes) is text", where);
        else if (t.isInteger() && col.check().isPresent()) note("Counts and quantities are integers that cannot go negative", where);
        else if (t instanceof LogicalType.Varchar v && v.length() != 255) note("Identifiers and contact fields (email, phone, url, code, sku, slug) get lengths that fit them", where);
    }

    private void note(String kind, String column) { kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(column); }

    /** The table an attribute points at: "references X", {@code x_id}, or the singular of an entity of the request ("owner"). */
    private Optional<String> reference(Attribute a, String table, List<String> known) {
        if (a.hints().reference().isPresent()) {
            String words = AttributeReader.name(a.hints().reference().get().replaceAll("(?i)\\b(table|the|a|an)\\b", " ").trim());
            Optional<String> hit = resolve(words.replaceAll("_id$", ""), known);
            if (hit.isPresent()) return hit;
        }
        String name = a.name();
        if (name.endsWith("_id") && name.length() > 3) {
            if (!a.hints().type().map(LogicalType::isInteger).orElse(true)) return Optional.empty();
            if (SELF_REFERENCES.contains(name)) return Optional.empty();
            Optional<String> hit = DesignRequestParser.referencedTable(Col.of(name, LogicalType.INTEGER, false), known, catalogue);
            if (hit.isPresent()) return hit;
            return resolve(name.substring(0, name.length() - 3), known);
        }
        if (!a.hints().values().isEmpty() || a.hints().type().isPresent() || a.hints().low().isPresent()) return Optional.empty();
        if (!Naming.singular(name).equals(name) && !Naming.plural(name).equals(name + "s")) return Optional.empty();
        if (Naming.singular(name).equals(name) && !name.equals(table) && !Naming.singular(table).equals(name)) {
            for (String k : known) if (Naming.singular(k).equals(name) || k.equals(name)) return Optional.of(k);
        }
        return Optional.empty();
    }

    /** A table among {@code known} by exact, plural, singular or a shared stem of five letters or more (clientes / cliente). */
    static Optional<String> resolve(String words, List<String> known) {
        String n = words.toLowerCase(Locale.ROOT);
        for (String candidate : List.of(n, Naming.plural(n), Naming.singular(n))) if (known.contains(candidate)) return Optional.of(candidate);
        for (String k : known) if (Naming.snake(k).equals(n) || Naming.snake(k).equals(Naming.plural(n))) return Optional.of(k);
        // a singular of another language: "kurs" → kurse, "autor" → autores, "livro" → livros
        for (String k : known) if (n.length() >= 3 && k.startsWith(n) && k.length() - n.length() <= 2 && !k.substring(n.length()).contains("_")) return Optional.of(k);
        for (String k : known) {
            String a = k.toLowerCase(Locale.ROOT);
            int common = 0;
            while (common < Math.min(a.length(), n.length()) && a.charAt(common) == n.charAt(common)) common++;
            if (common >= 5 && Math.abs(a.length() - n.length()) <= 3 && common >= Math.min(a.length(), n.length()) - 2) return Optional.of(k);
        }
        return Optional.empty();
    }

    static DefaultValue defaultFor(String written, LogicalType type, List<String> enumValues) {
        String v = written.replaceAll("[()]+$", "");
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.matches("now|current_timestamp|now\\(\\)|today|current_date")) return DefaultValue.now();
        if (type instanceof LogicalType.Bool) {
            return DefaultValue.bool(lower.matches("true|yes|on|1|si|sí|ja|oui|sim|verdadero|wahr|vrai|verdadeiro|enabled|active"));
        }
        if (type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) {
            if (v.matches("-?\\d+(?:[.,]\\d+)?")) return DefaultValue.number(v.replace(',', '.'));
        }
        for (String e : enumValues) if (e.equalsIgnoreCase(v)) return DefaultValue.text(e);
        return DefaultValue.text(v);
    }
}
