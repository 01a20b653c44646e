package dev.schemadesigner.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule ids silenced by inline comments in the user's source: {@code -- schema-designer: ignore
 * fk-nullable} in SQL, {@code # schema-designer: ignore fk-nullable} in Python, {@code // schema-designer:
 * ignore fk-nullable} in Java. Several ids are
 * separated by commas or spaces; no id (or {@code all}) silences every rule.
 *
 * <p>A comment at the end of a line applies to what that line declares: a table
 * ({@code CREATE TABLE}, {@code class … :}), a column or relationship ({@code table.column}), an
 * index ({@code CREATE INDEX name}); a table constraint line applies to its table. A comment on a
 * line of its own applies to the next line that declares something; when a blank line or the end
 * follows, or what follows declares nothing, it applies globally (a file-level comment).
 */
public record Suppressions(Set<String> global, Map<String, Set<String>> byObject) {
    public static final String ALL = "all";
    public static final Suppressions NONE = new Suppressions(Set.of(), Map.of());

    private static final Pattern DIRECTIVE = Pattern.compile("(?:--|#|//)\\s*schema-designer:\\s*ignore\\b([^\\n]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_TABLE = Pattern.compile("^\\s*create\\s+(?:temporary\\s+|temp\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([\\w.\"`]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_INDEX = Pattern.compile("^\\s*create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?([\\w\"`]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_ALTER = Pattern.compile("^\\s*alter\\s+table\\s+(?:only\\s+)?(?:if\\s+exists\\s+)?([\\w.\"`]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_ELEMENT = Pattern.compile("^\\s*([\\w\"`]+)");
    private static final Set<String> SQL_CONSTRAINT_WORDS = Set.of("constraint", "primary", "foreign", "unique", "check", "exclude", "key", "index");
    private static final Pattern PY_CLASS = Pattern.compile("^\\s*class\\s+\\w+");
    private static final Pattern PY_TABLENAME = Pattern.compile("__tablename__\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern PY_ATTRIBUTE = Pattern.compile("^\\s+(\\w+)\\s*(?::[^=]+)?=\\s*(?:\\w+\\.)?(Column|mapped_column|relationship|column_property)\\s*\\(");

    private static final Pattern JAVA_TABLE = Pattern.compile("@(?:[\\w.]+\\.)?Table\\s*\\(.*?\\bname\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern JAVA_COLUMN = Pattern.compile("@(?:[\\w.]+\\.)?(?:Column|JoinColumn)\\s*\\(.*?\\bname\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern JAVA_TO_ONE = Pattern.compile("@(?:[\\w.]+\\.)?(?:ManyToOne|OneToOne)\\b");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final Pattern JAVA_ANNOTATIONS = Pattern.compile("^\\s*(?:@[\\w.]+(?:\\s*\\((?:[^()]|\\([^()]*\\))*\\))?\\s*)*");
    private static final Pattern JAVA_FIELD = Pattern.compile(
            "^(?:(?:private|protected|public|final|transient|volatile)\\s+)*[\\w.]+(?:<[\\w.<>, ?\\[\\]]*>)?(?:\\[\\])*\\s+(\\w+)\\s*(?:=[^;]*)?;");

    public Suppressions {
        global = Set.copyOf(global);
        Map<String, Set<String>> copy = new HashMap<>();
        byObject.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        byObject = Map.copyOf(copy);
    }

    /** Suppressions written as {@code --} comments in SQL DDL. */
    public static Suppressions fromSql(String sql) {
        Collector out = new Collector();
        String table = null;
        int depth = 0;
        for (String line : lines(sql)) {
            String code = stripComment(line, "--");
            Optional<Set<String>> ids = directive(line);
            String object = null;
            Matcher m;
            if ((m = SQL_TABLE.matcher(code)).find()) {
                table = unquote(m.group(1));
                object = table;
                depth = 0;
            } else if ((m = SQL_INDEX.matcher(code)).find()) {
                object = unquote(m.group(1));
            } else if ((m = SQL_ALTER.matcher(code)).find()) {
                object = unquote(m.group(1));
            } else if (table != null && depth == 1 && (m = SQL_ELEMENT.matcher(code)).find()) {
                String element = unquote(m.group(1));
                object = SQL_CONSTRAINT_WORDS.contains(element.toLowerCase(Locale.ROOT)) ? table : table + "." + element;
            } else if (table != null) {
                object = table;
            }
            if (table != null) {
                depth += count(code, '(') - count(code, ')');
                if (depth <= 0 && code.contains(")")) table = null;
            }
            out.line(code, ids, object);
        }
        return out.build();
    }

    /** Suppressions written as {@code #} comments in SQLAlchemy models. */
    public static Suppressions fromPython(String python) {
        Collector out = new Collector();
        String table = null;
        for (String line : lines(python)) {
            String code = stripComment(line, "#");
            Optional<Set<String>> ids = directive(line);
            String object = null;
            Matcher m;
            if (PY_CLASS.matcher(code).find()) {
                out.dropUnresolvedClass();
                table = null;
                object = "class:";
            } else if ((m = PY_TABLENAME.matcher(code)).find()) {
                table = m.group(1);
                out.resolveClass(table);
            } else if ((m = PY_ATTRIBUTE.matcher(code)).find()) {
                object = (table == null ? "class:" : table + ".") + m.group(1);
            }
            out.line(code, ids, object);
        }
        return out.build();
    }

    /**
     * Suppressions written as {@code //} comments in JPA entities. Objects are named as the JPA
     * importer names them: the table ({@code @Table(name)} or the class name in snake_case) and its
     * columns ({@code @Column}/{@code @JoinColumn} name, or the field in snake_case, {@code _id} added
     * for a to-one association) and the field itself for its relationship. Annotation lines are
     * part of the declaration that follows them.
     */
    public static Suppressions fromJava(String java) {
        Collector out = new Collector();
        String table = null;
        String pendingTable = null;
        String pendingColumn = null;
        boolean toOne = false;
        for (String line : lines(java)) {
            String code = stripComment(line, "//");
            Optional<Set<String>> ids = directive(line);
            Matcher m;
            if ((m = JAVA_TABLE.matcher(code)).find()) pendingTable = m.group(1);
            if ((m = JAVA_COLUMN.matcher(code)).find()) pendingColumn = m.group(1);
            if (JAVA_TO_ONE.matcher(code).find()) toOne = true;
            if ((m = JAVA_CLASS.matcher(code)).find()) {
                table = pendingTable != null ? pendingTable : snakeCase(m.group(1));
                pendingTable = null;
                pendingColumn = null;
                toOne = false;
                out.line(code, ids, table);
                continue;
            }
            Matcher annotations = JAVA_ANNOTATIONS.matcher(code);
            String rest = (annotations.lookingAt() ? code.substring(annotations.end()) : code).trim();
            if (table != null && (m = JAVA_FIELD.matcher(rest)).find()) {
                String field = m.group(1);
                String column = pendingColumn != null ? pendingColumn : snakeCase(field) + (toOne ? "_id" : "");
                out.line(code, ids, table + "." + column, table + "." + field);
                pendingColumn = null;
                toOne = false;
            } else if (!code.isBlank() && rest.isEmpty()) {
                out.carry(ids);
            } else {
                out.line(code, ids, null);
            }
        }
        return out.build();
    }

    /** Spring's physical naming, as the JPA importer applies it. */
    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name);
        for (int i = 1; i < out.length() - 1; i++) {
            if (Character.isLowerCase(out.charAt(i - 1)) && Character.isUpperCase(out.charAt(i)) && Character.isLowerCase(out.charAt(i + 1))) {
                out.insert(i++, '_');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static Optional<Set<String>> directive(String line) {
        Matcher m = DIRECTIVE.matcher(line);
        if (!m.find()) return Optional.empty();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : m.group(1).trim().split("[,\\s]+")) if (!id.isBlank()) ids.add(id.toLowerCase(Locale.ROOT));
        if (ids.isEmpty()) ids.add(ALL);
        return Optional.of(ids);
    }

    /** Gathers directives; a directive on a comment-only line waits for the next declaring line. */
    private static final class Collector {
        private final Set<String> global = new HashSet<>();
        private final Map<String, Set<String>> byObject = new HashMap<>();
        private Set<String> pending = new HashSet<>();

        /** A line that belongs to the declaration below it (a Java annotation): its directive waits too. */
        void carry(Optional<Set<String>> ids) {
            ids.ifPresent(pending::addAll);
        }

        void line(String code, Optional<Set<String>> ids, String object, String... aliases) {
            if (code.isBlank()) {
                if (ids.isPresent()) {
                    pending.addAll(ids.get());
                } else if (!pending.isEmpty()) {
                    global.addAll(pending);
                    pending = new HashSet<>();
                }
                return;
            }
            Set<String> apply = new HashSet<>(pending);
            ids.ifPresent(apply::addAll);
            pending = new HashSet<>();
            if (apply.isEmpty()) return;
            if (object == null) global.addAll(apply);
            else add(object, apply);
            if (object != null) for (String alias : aliases) add(alias, apply);
        }

        void resolveClass(String table) {
            for (String key : new ArrayList<>(byObject.keySet())) {
                if (!key.startsWith("class:")) continue;
                String rest = key.substring("class:".length());
                add(rest.isEmpty() ? table : table + "." + rest, byObject.remove(key));
            }
        }

        /** A class that never named its table: its directives have no object to apply to. */
        void dropUnresolvedClass() {
            byObject.keySet().removeIf(k -> k.startsWith("class:"));
        }

        private void add(String object, Set<String> ids) {
            byObject.computeIfAbsent(object, k -> new HashSet<>()).addAll(ids);
        }

        Suppressions build() {
            global.addAll(pending);
            dropUnresolvedClass();
            return new Suppressions(global, byObject);
        }
    }

    private static List<String> lines(String text) { return List.of(Objects.requireNonNull(text, "text").split("\\R", -1)); }

    private static String stripComment(String line, String marker) {
        int at = line.indexOf(marker);
        return at < 0 ? line : line.substring(0, at);
    }

    private static String unquote(String name) {
        String n = name.replaceAll("[\"`]", "");
        int dot = n.lastIndexOf('.');
        return dot >= 0 ? n.substring(dot + 1) : n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
