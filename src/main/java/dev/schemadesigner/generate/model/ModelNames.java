package dev.schemadesigner.generate.model;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.python.DialectDefaults;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The class and module name of every table's model, distinct within the schema: {@code products}
 * is {@code Product} in {@code product.py} — unless another table already has that name
 * ({@code product} beside {@code products}), then it keeps its own words ({@code Products} in
 * {@code products.py}), and failing that gets a {@code _table} suffix and a number. The project's
 * existing tables are named first, so a new table never takes (and so overwrites) an existing model's
 * module or class. Names the models package itself uses (base.py, enums.py, Base, the base model,
 * mixins, enum classes) are never given to a table.
 */
record ModelNames(Map<String, String> classes, Map<String, String> modules) {

    ModelNames {
        classes = Map.copyOf(classes);
        modules = Map.copyOf(modules);
    }

    static ModelNames of(Schema schema, GenerationContext ctx) {
        Set<String> takenClasses = new HashSet<>(List.of("Base", ctx.baseModel().name(), DialectDefaults.MODEL_CLASS));
        for (Mixin m : Mixin.values()) takenClasses.add(m.className());
        schema.enums().forEach(e -> takenClasses.add(PyText.enumClassName(e.name())));
        Set<String> takenModules = new HashSet<>(List.of("base", "enums", "__init__"));
        List<Table> order = new ArrayList<>();
        ctx.existingSchema().tables().forEach(t -> schema.table(t.name()).ifPresent(order::add));
        schema.tables().stream().filter(t -> !order.contains(t)).forEach(order::add);
        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, String> modules = new LinkedHashMap<>();
        for (Table t : order) {
            List<String[]> candidates = List.of(
                    new String[] {PyText.className(t.name()), PyText.moduleName(t.name())},
                    new String[] {camel(t.name()), snake(t.name())},
                    new String[] {camel(t.name()) + "Table", snake(t.name()) + "_table"});
            String[] chosen = null;
            for (String[] c : candidates) {
                if (free(c, takenClasses, takenModules)) { chosen = c; break; }
            }
            for (int n = 2; chosen == null; n++) {
                String[] c = {camel(t.name()) + "Table" + n, snake(t.name()) + "_table" + n};
                if (free(c, takenClasses, takenModules)) chosen = c;
            }
            takenClasses.add(chosen[0]);
            takenModules.add(chosen[1].toLowerCase(Locale.ROOT));
            classes.put(t.name(), chosen[0]);
            modules.put(t.name(), chosen[1]);
        }
        return new ModelNames(classes, modules);
    }

    String className(String table) { return classes.get(table); }

    String module(String table) { return modules.get(table); }

    private static boolean free(String[] names, Set<String> classes, Set<String> modules) {
        return !classes.contains(names[0]) && !modules.contains(names[1].toLowerCase(Locale.ROOT));
    }

    /** The table's words as written, in CamelCase (order_items → OrderItems). */
    private static String camel(String table) {
        StringBuilder b = new StringBuilder();
        for (String part : table.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        String name = b.toString();
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "T" + name : name;
    }

    private static String snake(String table) { return PyText.module(table); }
}
