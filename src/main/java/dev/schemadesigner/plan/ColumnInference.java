package dev.schemadesigner.plan;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.EntitySpec.EnumStyle;
import dev.schemadesigner.plan.EntitySpec.Fk;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.KnownRanges;
import dev.schemadesigner.schema.LogicalType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types, nullability and constraints from a column's name and the words around it:
 * {@code severity 1-10} is an integer with a CHECK, {@code email, unique} a varchar(255) with a
 * UNIQUE, {@code *_at} a timestamp. Also reads the catalogue's compact column specs
 * ({@code "customer_id ->customers cascade"}, {@code "status enum(open,closed) default=open"}).
 */
final class ColumnInference {
    private ColumnInference() {}

    private static final Pattern RANGE = Pattern.compile("(?:from |between )?((?<![\\p{L}\\p{N}_.\\-])-?\\d+)\\s*(?:-|–|to|and|\\.\\.)\\s*(-?\\d+)" + NumberLiteral.END);
    private static final Pattern TYPE = Pattern.compile("(?:\\b(?:as|of type|type|typed)\\s+(int|integer|bigint|smallint|text|bool|boolean|date|time|timestamp|timestamptz|datetime|json|jsonb|uuid|double|float|binary|blob)\\b)"
            + "|((?:string|varchar)\\s*\\(\\s*\\d+\\s*\\)|(?:numeric|decimal)\\s*\\(\\s*\\d+\\s*,\\s*\\d+\\s*\\))", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MONEY = Set.of("price", "amount", "total", "cost", "subtotal", "fee", "tax", "discount", "salary", "budget", "unit_price",
            "rent", "wage", "revenue", "deposit", "payout", "balance_due", "hourly_rate", "daily_rate", "nightly_rate", "fare", "tip");
    private static final Set<String> COUNTS = Set.of("pages", "bedrooms", "bathrooms", "rooms", "capacity", "seats", "age", "nights", "guests",
            "attempts", "retries", "duration", "minutes", "hours", "days", "views", "likes", "votes", "downloads", "floor", "floors", "servings",
            "calories", "reps", "sets", "laps", "copies", "beds", "stock_level", "reorder_level", "max_uses", "uses", "weekday", "day_of_week");
    private static final Set<String> LONG_TEXT = Set.of("description", "notes", "note", "body", "content", "text", "comment", "message", "summary", "bio", "details", "reason", "instructions",
            "abstract", "about", "review", "answer", "excerpt", "transcript", "biography", "steps", "directions", "remarks", "comments");
    private static final Set<String> FLAGS = Set.of("active", "enabled", "verified", "archived", "published", "read", "visible", "deleted", "paid", "default", "primary",
            "done", "completed", "resolved", "approved", "flagged", "featured", "pinned", "locked", "public", "private", "available", "confirmed", "enabled_flag");
    private static final Set<String> USER_ROLES = Set.of("author", "owner", "assignee", "reporter", "creator", "created_by", "updated_by", "approved_by");

    /** A column known only by its name. */
    static Col infer(String rawName, LogicalType timestamp) {
        String full = Naming.snakeUnbounded(rawName);
        Col col = inferFull(full, timestamp);
        String fitted = Naming.fit(col.name());
        if (fitted.equals(col.name())) return col;
        String original = col.name();
        return col.withName(fitted).withCheck(col.check().map(c -> c.replace(original, fitted)).orElse(null));
    }

    private static Col inferFull(String name, LogicalType timestamp) {
        if (USER_ROLES.contains(name)) return userReference(name);
        if (name.endsWith("_id") && name.length() > 3) return Col.of(name, LogicalType.INTEGER, false);
        if (name.endsWith("_at")) {
            boolean required = Set.of("occurred_at", "recorded_at", "logged_at", "sent_at", "starts_at", "scheduled_at").contains(name);
            return Col.of(name, timestamp, !required);
        }
        if (name.endsWith("_on") || name.endsWith("_date") || name.equals("date") || name.equals("birthday")) return Col.of(name, LogicalType.DATE, true);
        if (name.startsWith("is_") || name.startsWith("has_") || name.endsWith("_flag") || FLAGS.contains(name)) {
            return Col.of(name, LogicalType.BOOLEAN, false).withDefault(DefaultValue.bool(name.matches("(is_)?(active|enabled|visible)")));
        }
        if (name.endsWith("_cents") || name.equals("cents")) return Col.of(name, LogicalType.BIGINT, false).withCheck(name + " >= 0");
        // the other languages' words for a day: born ("geboren_am", "nascimento"), "_am" (German "on"), "datum"
        if (name.matches("(?:.*_)?(?:geboren|geburts\\w*|nascimento|nacimiento|naissance)(?:_.*)?|.*_am|datum|datum_.*|.*_datum")) return Col.of(name, LogicalType.DATE, true);
        if (name.equals("dob") || name.equals("date_of_birth") || name.equals("birth_date") || name.equals("birthdate") || name.endsWith("_from") || name.endsWith("_until")) {
            return Col.of(name, LogicalType.DATE, true);
        }
        if (name.equals("quantity") || name.equals("qty")) return Col.of(name, LogicalType.INTEGER, false).withDefault(DefaultValue.number("1")).withCheck(name + " > 0");
        if (name.endsWith("_count") || name.equals("stock") || name.equals("points") || name.endsWith("_points") || name.endsWith("_minutes") || name.endsWith("_seconds") || name.endsWith("_ms")) {
            return Col.of(name, LogicalType.INTEGER, false).withDefault(DefaultValue.number("0")).withCheck(name + " >= 0");
        }
        if (COUNTS.contains(name) || name.startsWith("num_") || name.startsWith("number_of_")) {
            return Col.of(name, LogicalType.INTEGER, false).withCheck(name + " >= 0");
        }
        if (MONEY.contains(name) || name.startsWith("price_") || name.endsWith("_price") || name.endsWith("_fee") || name.endsWith("_rate") && !name.endsWith("_tax_rate") || name.endsWith("_amount") || name.endsWith("_total") || name.endsWith("_cost")) {
            return Col.of(name, LogicalType.decimal(12, 2), false).withCheck(name + " >= 0");
        }
        if (name.equals("balance")) return Col.of(name, LogicalType.decimal(12, 2), false).withDefault(DefaultValue.number("0"));
        // ranges by meaning come from KnownRanges (shared with the review's CHECK fixes); a new bare score is designed as 0..100
        Optional<KnownRanges.Range> known = KnownRanges.forColumn(name);
        if (known.isPresent() && (name.equals("severity") || name.equals("rating") || name.equals("stars") || name.equals("probability")
                || name.equals("percent") || name.equals("percentage") || name.endsWith("_percent") || name.endsWith("_score"))) {
            LogicalType type = known.get().fractional() ? LogicalType.DOUBLE
                    : name.contains("percent") ? LogicalType.decimal(5, 2) : LogicalType.INTEGER;
            return Col.of(name, type, false).withCheck(known.get().betweenSql(name));
        }
        if (name.equals("score") || name.endsWith("_score")) return range(name, 0, 100);
        if (name.equals("priority")) return enumerated(name, List.of("low", "medium", "high", "urgent"), EnumStyle.TYPE).withDefault(DefaultValue.text("medium"));
        if (name.equals("status") || name.equals("state")) {
            return enumerated(name, List.of("pending", "active", "completed", "cancelled"), EnumStyle.TYPE).withDefault(DefaultValue.text("pending"));
        }
        if (name.equals("version")) return Col.of(name, LogicalType.INTEGER, false).withDefault(DefaultValue.number("1"));
        if (name.equals("position") || name.equals("sort_order") || name.equals("rank")) return Col.of(name, LogicalType.INTEGER, false).withDefault(DefaultValue.number("0"));
        if (name.equals("year")) return Col.of(name, LogicalType.INTEGER, false);
        if (name.equals("latitude") || name.equals("longitude")) return Col.of(name, LogicalType.decimal(9, 6), true);
        if (name.equals("email") || name.endsWith("_email")) return Col.of(name, LogicalType.varchar(255), false);
        if (name.equals("username") || name.equals("slug") || name.equals("sku") || name.equals("code") || name.endsWith("_code")
                || name.equals("external_id") || name.equals("token")) {
            return Col.of(name, LogicalType.varchar(name.equals("token") ? 255 : name.equals("slug") ? 200 : 50), false).withUnique(true);
        }
        if (name.equals("password_hash")) return Col.of(name, LogicalType.varchar(255), false);
        if (name.equals("hash") || name.endsWith("_hash")) return Col.of(name, LogicalType.varchar(64), false).withUnique(true);
        if (name.equals("name") || name.equals("title") || name.equals("subject") || name.endsWith("_name")) {
            return Col.of(name, LogicalType.varchar(name.endsWith("_name") ? 100 : 200), false);
        }
        if (name.equals("phone") || name.endsWith("_phone")) return Col.of(name, LogicalType.varchar(32), true);
        if (name.equals("url") || name.endsWith("_url") || name.equals("website")) return Col.of(name, LogicalType.varchar(2048), true);
        if (name.equals("currency")) return Col.of(name, LogicalType.varchar(3), false).withDefault(DefaultValue.text("USD"));
        if (name.equals("country") || name.equals("country_code")) return Col.of(name, LogicalType.varchar(2), false);
        if (name.equals("ip_address")) return Col.of(name, LogicalType.varchar(45), true);
        if (name.equals("uuid") || name.equals("guid")) return Col.of(name, LogicalType.UUID, false).withUnique(true);
        if (LONG_TEXT.contains(name) || name.endsWith("_text") || name.endsWith("_notes") || name.endsWith("_bio") || name.endsWith("_description") || name.endsWith("_body")) {
            return Col.of(name, LogicalType.TEXT, !(name.equals("body") || name.equals("content") || name.equals("message") || name.endsWith("_text")));
        }
        if (name.equals("data") || name.equals("metadata") || name.equals("settings") || name.equals("payload") || name.equals("properties") || name.endsWith("_data")) {
            return Col.of(name, LogicalType.JSON, true);
        }
        if (name.equals("type") || name.equals("kind") || name.equals("category") || name.equals("role") || name.endsWith("_type")) {
            return Col.of(name, LogicalType.varchar(50), false);
        }
        return Col.of(name, LogicalType.varchar(255), true);
    }

    /** "created by", "author", "assignee": a reference to users. */
    private static Col userReference(String name) {
        String column = name + "_id";
        boolean optional = name.equals("assignee") || name.equals("updated_by") || name.equals("approved_by");
        return Col.of(column, LogicalType.INTEGER, optional).withFk(new Fk("users", optional ? FkAction.SET_NULL : FkAction.RESTRICT, Optional.empty()));
    }

    /** The CHECK body for a string column holding one of {@code values}. */
    static String inCheck(String column, List<String> values) {
        return column + " IN (" + String.join(", ", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")";
    }

    static Col range(String name, long low, long high) {
        return Col.of(name, LogicalType.INTEGER, false).withCheck(name + " BETWEEN " + low + " AND " + high);
    }

    static Col enumerated(String name, List<String> values, EnumStyle style) {
        int longest = values.stream().mapToInt(String::length).max().orElse(1);
        return Col.of(name, LogicalType.varchar(Math.max(20, longest)), false).withEnum(values, style);
    }

    /**
     * A column as a person describes it in a list: "severity 1-10", "email unique", "notes (optional)",
     * "price as numeric(10,2)". {@code values} are the enum values that followed a colon, if any.
     */
    static Optional<Col> fromPhrase(String phrase, List<String> values, LogicalType timestamp) {
        String p = " " + phrase.toLowerCase(Locale.ROOT).trim() + " ";
        boolean unique = p.contains(" unique ");
        boolean required = p.matches(".*\\b(required|not null|mandatory|non-null|non null)\\b.*");
        boolean optional = !required && p.matches(".*\\b(optional|nullable|null|may be empty)\\b.*");
        boolean indexed = p.matches(".*\\b(indexed|searchable)\\b.*");
        Optional<LogicalType> explicitType = Optional.empty();
        Matcher t = TYPE.matcher(p);
        if (t.find()) {
            explicitType = parseType(t.group(1) != null ? t.group(1) : t.group(2));
            p = p.substring(0, t.start()) + " " + p.substring(t.end());
            p = p.replaceAll("\\b(as|of type|typed)\\s*$", " ");
        }
        Optional<long[]> range = Optional.empty();
        Matcher r = RANGE.matcher(p);
        if (r.find()) {
            range = Optional.of(new long[] {Long.parseLong(r.group(1)), Long.parseLong(r.group(2))});
            p = p.substring(0, r.start()) + " " + p.substring(r.end());
        }
        String words = p.replaceAll("\\b(unique|required|not null|non-null|non null|mandatory|optional|nullable|null|may be empty|indexed|searchable|column|field|a|an|the|its|their|with|of|and|one|which is|that is|is|as)\\b", " ")
                .replaceAll("[^a-z0-9_ ]", " ").trim();
        if (words.isEmpty() || words.split("\\s+").length > 4) return Optional.empty();
        Col col = infer(words, timestamp);
        if (!values.isEmpty()) {
            col = enumerated(col.name(), values, EnumStyle.TYPE);
            if (col.name().equals("status") || col.name().equals("state")) col = col.withDefault(DefaultValue.text(values.get(0)));
        }
        if (explicitType.isPresent()) col = col.withType(explicitType.get()).withEnum(List.of(), EnumStyle.NONE).withDefault(null).withCheck(null);
        if (range.isPresent()) {
            long[] b = range.get();
            boolean numeric = col.type().isInteger() || col.type() instanceof LogicalType.Decimal || col.type() instanceof LogicalType.Double;
            col = col.withType(numeric ? col.type() : LogicalType.INTEGER).withEnum(List.of(), EnumStyle.NONE).withDefault(null)
                    .withCheck(col.name() + " BETWEEN " + Math.min(b[0], b[1]) + " AND " + Math.max(b[0], b[1])).withNullable(optional);
        }
        if (unique) col = col.withUnique(true);
        if (required) col = col.withNullable(false);
        if (optional) col = col.withNullable(true);
        if (indexed) col = col.withIndexed(true);
        return Optional.of(col);
    }

    /** A type as a person or the catalogue writes it: {@code int}, {@code string(50)}, {@code numeric(10,2)}, {@code json}. */
    static Optional<LogicalType> parseType(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher m = Pattern.compile("(?:string|varchar)\\((\\d+)\\)").matcher(w);
        if (m.matches()) return Optional.of(LogicalType.varchar(Math.max(1, Integer.parseInt(m.group(1)))));
        m = Pattern.compile("(?:numeric|decimal)\\((\\d+),(\\d+)\\)").matcher(w);
        if (m.matches()) {
            int precision = Integer.parseInt(m.group(1));
            int scale = Integer.parseInt(m.group(2));
            if (precision < 1 || precision > 65 || scale > precision) return Optional.empty();
            return Optional.of(LogicalType.decimal(precision, scale));
        }
        switch (w) {
            case "int": case "integer": return Optional.of(LogicalType.INTEGER);
            case "bigint": return Optional.of(LogicalType.BIGINT);
            case "smallint": return Optional.of(LogicalType.SMALLINT);
            case "text": return Optional.of(LogicalType.TEXT);
            case "bool": case "boolean": return Optional.of(LogicalType.BOOLEAN);
            case "date": return Optional.of(LogicalType.DATE);
            case "time": return Optional.of(LogicalType.TIME);
            case "timestamp": case "datetime": return Optional.of(LogicalType.TIMESTAMP);
            case "timestamptz": return Optional.of(LogicalType.TIMESTAMPTZ);
            case "json": case "jsonb": return Optional.of(LogicalType.JSON);
            case "uuid": return Optional.of(LogicalType.UUID);
            case "double": case "float": return Optional.of(LogicalType.DOUBLE);
            case "binary": case "blob": return Optional.of(LogicalType.BINARY);
            default: return Optional.empty();
        }
    }

    /**
     * The catalogue's column spec: a name, then any of a type ({@code string(50)}), {@code null},
     * {@code notnull}, {@code unique}, {@code index}, {@code default=V}, {@code range=1..10},
     * {@code >=0}, {@code enum(a,b)} (an enum type), {@code in(A,B)} (a string with a CHECK),
     * {@code ->table} with {@code cascade|setnull|restrict} and {@code backref=name}.
     */
    static Col parseSpec(String spec, LogicalType timestamp) {
        List<String> tokens = new ArrayList<>(Arrays.asList(spec.trim().split("\\s+")));
        Col col = infer(tokens.remove(0), timestamp);
        FkAction action = null;
        String target = null;
        String backref = null;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            Optional<LogicalType> type = parseType(lower);
            if (type.isPresent()) {
                LogicalType ty = type.get().equals(LogicalType.TIMESTAMP) ? timestamp : type.get();
                col = col.withType(ty).withEnum(List.of(), EnumStyle.NONE);
            } else if (lower.equals("null")) col = col.withNullable(true);
            else if (lower.equals("notnull")) col = col.withNullable(false);
            else if (lower.equals("unique")) col = col.withUnique(true);
            else if (lower.equals("nounique")) col = col.withUnique(false);
            else if (lower.equals("index")) col = col.withIndexed(true);
            else if (lower.equals("nocheck")) col = col.withCheck(null);
            else if (lower.equals("nodefault")) col = col.withDefault(null);
            else if (lower.startsWith("default=")) col = col.withDefault(defaultOf(token.substring(8), col.type()));
            else if (lower.startsWith("range=")) {
                String[] b = lower.substring(6).split("\\.\\.");
                col = col.withCheck(col.name() + " BETWEEN " + Long.parseLong(b[0]) + " AND " + Long.parseLong(b[1]));
            } else if (lower.startsWith(">") || lower.startsWith("<")) {
                Matcher m = Pattern.compile("([<>]=?)(.+)").matcher(lower);
                if (!m.matches()) throw new UserFacingException(ErrorCode.CHANGE_NOT_UNDERSTOOD, "column spec '" + spec + "': bad comparison '" + token + "'");
                col = col.withCheck(col.name() + " " + m.group(1) + " " + m.group(2));
            }
            else if (lower.startsWith("enum(") || lower.startsWith("in(")) {
                List<String> values = List.of(token.substring(token.indexOf('(') + 1, token.length() - 1).split(","));
                EnumStyle style = lower.startsWith("enum(") ? EnumStyle.TYPE : EnumStyle.CHECK;
                LogicalType type0 = style == EnumStyle.CHECK && col.type() instanceof LogicalType.Varchar ? col.type() : enumerated(col.name(), values, style).type();
                col = col.withEnum(values, style).withType(type0);
            } else if (lower.startsWith("->")) target = lower.substring(2);
            else if (lower.equals("cascade")) action = FkAction.CASCADE;
            else if (lower.equals("setnull")) action = FkAction.SET_NULL;
            else if (lower.equals("restrict")) action = FkAction.RESTRICT;
            else if (lower.startsWith("backref=")) backref = lower.substring(8);
            else throw new UserFacingException(ErrorCode.CHANGE_NOT_UNDERSTOOD, "column spec '" + spec + "': unknown word '" + token + "'");
        }
        if (target != null) {
            FkAction onDelete = action != null ? action : col.nullable() ? FkAction.SET_NULL : FkAction.RESTRICT;
            col = col.withFk(new Fk(target, onDelete, Optional.ofNullable(backref)));
        }
        return col;
    }

    static DefaultValue defaultOf(String text, LogicalType type) {
        if (text.equalsIgnoreCase("now")) return DefaultValue.now();
        if (text.equals("true") || text.equals("false")) return DefaultValue.bool(Boolean.parseBoolean(text));
        if (text.matches("-?\\d+(\\.\\d+)?") && !(type instanceof LogicalType.Varchar) && !(type instanceof LogicalType.EnumRef)) return DefaultValue.number(text);
        return DefaultValue.text(text);
    }
}
