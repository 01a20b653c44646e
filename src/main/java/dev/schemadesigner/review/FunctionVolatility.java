package dev.schemadesigner.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The volatility of PostgreSQL's built-in functions, as its catalogue states it ({@code pg_proc.provolatile},
 * the resource {@code review/pg-function-volatility.tsv} made by {@code scripts/pg-volatility.sh}),
 * and the function calls of a default expression judged by it: a function the catalogue does not
 * list is a user function, assumed volatile.
 */
public final class FunctionVolatility {
    /** One call in an expression: the function's name and whether it is volatile, or unknown and so assumed volatile. */
    public record Call(String name, boolean volatileFunction, boolean unknown) {}

    private static final String RESOURCE = "/review/pg-function-volatility.tsv";
    private static final Map<String, Character> CATALOGUE = load();
    /** Words followed by a parenthesis that are syntax, not function calls. */
    private static final Set<String> SYNTAX = Set.of("cast", "array", "row", "coalesce", "nullif", "greatest", "least", "interval",
            "in", "and", "or", "not", "exists", "any", "all", "some", "case", "when", "then", "else", "values", "select", "as",
            "varchar", "char", "character", "numeric", "decimal", "timestamp", "timestamptz", "time", "bit", "varying", "extract");
    private static final Pattern CALL = Pattern.compile("(?i)(?<![\\w$.:'])(?:[\"]?[\\w$]+[\"]?\\.)?\"?([a-z_][\\w$]*)\"?\\s*\\(");

    private FunctionVolatility() {}

    /** The functions {@code sql} calls, each judged by the catalogue. */
    public static List<Call> calls(String sql) {
        List<Call> out = new ArrayList<>();
        String code = sql.replaceAll("'(?:[^']|'')*'", "''");
        for (Matcher m = CALL.matcher(code); m.find(); ) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (SYNTAX.contains(name)) continue;
            Character v = CATALOGUE.get(name);
            out.add(new Call(name, v == null || v == 'v', v == null));
        }
        return out;
    }

    /** The catalogue's volatility of built-in {@code name}: {@code i}, {@code s} or {@code v}; empty for a function it does not list. */
    public static Optional<Character> of(String name) { return Optional.ofNullable(CATALOGUE.get(name.toLowerCase(Locale.ROOT))); }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        try (InputStream in = FunctionVolatility.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                out.put(parts[0].toLowerCase(Locale.ROOT), parts[1].charAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
