package dev.schemadesigner.generate.python;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports of one Python module, rendered sorted (stdlib, third party, then the project's own
 * group; modules and names alphabetical) so output does not depend on the order of collection.
 */
public final class Imports {
    private static final Set<String> STDLIB = Set.of("datetime", "decimal", "enum", "os", "typing", "uuid", "logging.config", "__future__");

    private final Set<String> plain = new TreeSet<>();
    private final Map<String, Set<String>> from = new TreeMap<>();
    private final String projectRoot;

    public Imports(String projectRoot) { this.projectRoot = projectRoot; }

    public Imports add(String module) { plain.add(module); return this; }

    public Imports from(String module, String... names) {
        Set<String> set = from.computeIfAbsent(module, k -> new TreeSet<>(Imports::byName));
        for (String n : names) set.add(n);
        return this;
    }

    /** isort's order_by_type: CONSTANTS, then Classes, then functions and modules; alphabetical within each. */
    private static int byName(String a, String b) {
        int c = Integer.compare(type(a), type(b));
        if (c != 0) return c;
        c = a.compareToIgnoreCase(b);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int type(String name) {
        if (name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) return 0;
        return Character.isUpperCase(name.charAt(0)) ? 1 : 2;
    }

    public String render() {
        StringBuilder std = new StringBuilder();
        StringBuilder third = new StringBuilder();
        StringBuilder own = new StringBuilder();
        Set<String> modules = new TreeSet<>(plain);
        modules.addAll(from.keySet());
        if (from.containsKey("__future__")) std.append("from __future__ import ").append(String.join(", ", from.get("__future__"))).append('\n');
        for (String m : modules) {
            if (m.equals("__future__")) continue;
            StringBuilder target = group(m, std, third, own);
            if (plain.contains(m)) target.append("import ").append(m).append('\n');
        }
        for (String m : modules) {
            if (m.equals("__future__") || !from.containsKey(m)) continue;
            group(m, std, third, own).append("from ").append(m).append(" import ").append(String.join(", ", from.get(m))).append('\n');
        }
        StringBuilder out = new StringBuilder();
        for (StringBuilder part : new StringBuilder[] {std, third, own}) {
            if (part.length() == 0) continue;
            if (out.length() > 0) out.append('\n');
            out.append(part);
        }
        return out.toString();
    }

    private StringBuilder group(String module, StringBuilder std, StringBuilder third, StringBuilder own) {
        String root = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        if (STDLIB.contains(module) || STDLIB.contains(root)) return std;
        if (root.equals(projectRoot) || root.equals("tests")) return own;
        return third;
    }
}
