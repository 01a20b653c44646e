package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;
import dev.schemadesigner.plan.DesignDraft.Hints;
import dev.schemadesigner.schema.LogicalType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One written attribute → its name and hints: "email unique", "phone (optional)", "species: dog/cat/bird",
 * "status one of open, closed", "rating 1 to 5", "price in cents", "active by default", "payload json",
 * "owner_id references owners". The connecting words are read in English, Spanish, German, French and
 * Portuguese; the name and the enum values stay exactly as written.
 */
final class AttributeReader {
    private AttributeReader() {}

    /** The attribute, and whether a value list is still open ("status: open," — the next bare items are more values). */
    record Read(Attribute attribute, boolean valuesOpen) {}

    /** Words that end an attribute's name and start its hints. */
    static final Set<String> STOPS = Set.of("unique", "optional", "required", "nullable", "not", "null", "mandatory", "one", "either", "from", "defaulting", "starts", "initially",
            "between", "defaults", "default", "as", "in", "must", "may", "can", "should", "is", "are", "which", "that", "e.g.", "eg", "if", "until",
            "when", "only", "of", "positive", "negative", "non-negative", "nonnegative", "non", "percentage", "percent", "references", "reference",
            "refers", "ref", "fk", "->", "→", "-", "—", "=", "type", "typed", "indexed", "searchable", "always", "never", "up", "at", "max", "min",
            "único", "única", "unico", "unica", "opcional", "obligatorio", "obligatoria", "eindeutig", "pflicht", "pflichtfeld", "erforderlich",
            "optionnel", "optionnelle", "obligatoire", "facultatif", "facultative", "obrigatório", "obrigatória", "obrigatorio", "obrigatoria",
            "uno", "una", "einer", "eines", "parmi", "um", "uma", "entre", "zwischen", "por", "standardmäßig", "standard", "par", "valor", "wert",
            "by", "with", "like", "e", "for", "to", "text", "string", "int", "integer", "bigint", "smallint", "serial", "boolean", "bool", "date",
            "datetime", "timestamp", "timestamptz", "time", "json", "jsonb", "uuid", "decimal", "numeric", "float", "double", "real", "money",
            "varchar", "char", "cents", "long", "short", "free", "markdown", "plain", "rich", "html", "empty", "blank", "huge", "big", "large", "referencia", "verweist", "référence", "or", "y", "und", "et", "ou", "o", "oder", "pour", "para", "für",
            "mit", "avec", "con", "com", "de", "da", "do", "des", "du", "en", "im", "vom", "del", "que", "qui", "welche", "welcher", "who", "não", "nao", "nicht", "kein", "keine", "ne", "sin", "sem", "sans", "ohne",
            // hint openers of the other languages ("capacidad_kg positiva", "stock no negativo", "commentaire peut être vide", "concluido padrão false")
            "positiva", "positivo", "positivas", "positivos", "positiv", "positif", "positifs", "negativa", "negativo", "negativ", "négatif", "no",
            "puede", "pueden", "pode", "podem", "peut", "peuvent", "kann", "darf", "padrão", "padrao", "défaut", "vacío", "vazio", "leer", "vide",
            "requerido", "requerida", "requis", "requise", "field", "campo", "feld", "champ", "column", "columna", "spalte", "colonne", "coluna");

    private static final String TYPE_WORDS = "varchar|string|char|int|integer|bigint|smallint|serial|text|boolean|bool|date|datetime|timestamp|timestamptz|time"
            + "|json|jsonb|uuid|decimal|numeric|float|double|real|money";
    private static final Pattern SIZED_TYPE = Pattern.compile("\\b(?:(varchar|string|char)\\s*\\(\\s*(\\d+)\\s*\\)|(decimal|numeric)\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\))");
    private static final Pattern TYPE_WORD = Pattern.compile("(?<![\\w/|])(" + TYPE_WORDS + ")(?![\\w/|(])");
    private static final Pattern ONE_OF = Pattern.compile("(?:\\b(?:can|could|may|must|is|are|will) be(?: either| one of)?\\s*(?=['\"])|\\b(?:one of|either|any of|uno de|una de|einer von|eine von|eines von|l'un de|l'une de|parmi|um de|uma de|valores?|values?|werte))\\s*:?\\s*(.+)$");
    private static final Pattern SLASHED = Pattern.compile("([\\p{L}\\p{N}_'-]+(?:\\s*[/|]\\s*[\\p{L}\\p{N}_'-]+)+)");
    private static final String NUMBER = "-?\\d+(?:[.,]\\d+)?";
    private static final Pattern RANGE = Pattern.compile("(?:between|from|entre|zwischen|von|de|range)?\\s*(" + NumberLiteral.STANDALONE + ")\\s*(?:-|–|to|and|a|à|bis|y|e|et|und|\\.\\.|through)\\s*(" + NUMBER + ")" + NumberLiteral.END);
    private static final Pattern AT_LEAST = Pattern.compile("(?:>=|≥|at least|min(?:imum)?|no less than|mindestens|au moins|al menos|pelo menos|no menor que)\\s*(" + NUMBER + ")");
    private static final Pattern GREATER = Pattern.compile("(?:>|greater than|more than|mayor que|größer als|plus grand que|maior que)\\s*(" + NUMBER + ")");
    private static final Pattern AT_MOST = Pattern.compile("(?:<=|≤|at most|max(?:imum)?|up to|no more than|höchstens|au plus|como máximo|no máximo)\\s*(" + NUMBER + ")");
    private static final Pattern DEFAULT = Pattern.compile("(?:defaults? (?:to |is |value (?:of |is )?)?|defaulting to |starts? (?:as|at) |initially |=\\s*|por defecto:? |por omisión:? |standardmäßig:? |standardwert:? |standard:? "
            + "|par défaut:? |valeur par défaut:? |por padrão:? |padrão:? |valor por defecto:? |valor padrão:? )\\s*([^\\s,;()]+)");
    private static final Pattern BY_DEFAULT = Pattern.compile("(?:^|\\s)([^\\s,;()]+)?\\s*(?:by default|por defecto|por omisión|standardmäßig|par défaut|por padrão)");
    private static final Pattern REFERENCE = Pattern.compile("(?:references?|refers to|->|→|points to|fk to|foreign key to|linked to|referencia a|referencia|verweist auf|référence|referencia|referência a)\\s+([\\p{L}_][\\p{L}\\p{N}_ ]*)");
    private static final Pattern REQUIRED = Pattern.compile("\\b(required|not null|mandatory|non-null|non null|must be set|always set|obligatori[oa]|pflicht\\w*|erforderlich|obligatoire|obrigat[oó]ri[oa]|requerid[oa]|not optional|nicht leer)\\b");
    private static final Pattern OPTIONAL = Pattern.compile("(?<!not )\\b(optional|nullable|may be empty|can be empty|may be null|can be null|may be blank|can be blank|if any|if known|not required|may be missing|empty until|empty while|empty if|empty when|blank until|null until|null while|unknown until|until known|opcional|optionnel(?:le)?|facultati(?:f|ve|vo|va)|leer sein|kann leer|puede estar vac[ií]o|peut être vide|pode ser vazio|pode ficar vazio|null allowed)\\b");
    private static final Pattern UNIQUE = Pattern.compile("(?<!not |non-|non )\\b(unique|[uú]nic[oa]|eindeutig|einzigartig|distinct|unique per row|unica)\\b");
    private static final Pattern INDEXED = Pattern.compile("\\b(indexed|searchable|index)\\b");
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\b(non-negative|nonnegative|non negative|not negative|no negativ[oa]|nicht negativ|non négati(?:f|ve)|não negativ[oa]|≥ ?0|zero or more|(?:can|may|must|should|will)(?: never|not|n't) (?:be |go |become |drop )?(?:negative|below zero|under zero)|never (?:be |goes |go )?(?:negative|below zero)|(?:positive|positiv[oa]?|positif) (?:or|ou|o|oder) (?:zero|nulle?|cero|null|zéro))\\b");
    private static final Pattern POSITIVE = Pattern.compile("(?<!non-|non |not )\\b(positive|positiv[oa]?|positi(?:f|ve)|greater than zero|above zero|mayor que cero|größer als null)\\b"
            + "(?!\\s+(?:or|ou|o|oder)\\s+(?:zero|nulle?|cero|null|zéro))");
    private static final Pattern PERCENT = Pattern.compile("\\b(percentage|percent|porcentaje|prozent|prozentsatz|pourcentage|porcentagem)\\b|%");
    private static final Pattern WHEN = Pattern.compile("\\b(when it happened|when it happens|point in time|timestamp)\\b");

    private static final Pattern BELONGS_ITEM = Pattern.compile("(?i)^(?:(?:a|an|the|each|every|un|una|ein|eine|une|um|uma|cada|jede[rsn]?|chaque|todo|toda)\\s+[\\p{L}_]+\\s+)?(?:belongs? to|references?|refers to|is linked to|points to|pertenece a|pertenece al|gehört zu|gehört zum|gehört zur|appartient à|appartient au|pertence a|pertence ao|referencing|referenciando|referenziert|référençant)"
            + "\\s+(?:a |an |the |one |un |una |einem |einer |une |um |uma |el |la |der |die |das |den |dem |le |l'|o |os )?([\\p{L}_][\\p{L}\\p{N}_]*)(.*)$");

    /** "a status that is open", "status of requested", "status aberto": a state-like column and the first of its values. */
    private static final Pattern STATED_VALUE = Pattern.compile("(?i)^(?:(?:a|an|the|its|un|una|um|uma|une|ein|eine|el|la|o)\\s+)?(status|state|stage|kind|tipo|estado|statut|état|zustand|etapa)"
            + "\\s+(?:that is|which is|that can be|which can be|of|is|can be|que es|que puede ser|que é|que pode ser|qui est|der ist|das ist)?\\s*([\\p{L}_][\\p{L}\\p{N}_-]*(?:\\s+(?:or|o|ou|oder)\\s+[\\p{L}_][\\p{L}\\p{N}_-]*)?)$");

    static Optional<Read> read(String item) {
        String raw = item.trim().replaceAll("^[\"'`]|[.]$", "").trim();
        if (raw.isEmpty()) return Optional.empty();
        Matcher belongs = BELONGS_ITEM.matcher(raw);
        if (belongs.matches() && !hintWords(belongs.group(1).toLowerCase(Locale.ROOT))) { // "reference unique" is a column named reference
            String target = name(belongs.group(1));
            Hints h = hints(belongs.group(2), List.of());
            return Optional.of(new Read(new Attribute(Naming.singular(target) + "_id",
                    new Hints(h.type(), h.nullable(), h.unique(), h.indexed(), List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                            Optional.of(belongs.group(1)), false)), false));
        }
        Matcher stated = STATED_VALUE.matcher(raw);
        if (stated.matches() && !hintWords(stated.group(2).toLowerCase(Locale.ROOT))) raw = stated.group(1) + ": " + stated.group(2);
        List<String> values = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        boolean valuesOpen = false;
        // parenthesised parts: values when they are a plain list, hints otherwise
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '(' && !precededByTypeName(raw, i)) {
                if (depth++ == 0) { start = i + 1; continue; }
            } else if (c == ')' && depth > 0) {
                if (--depth == 0) {
                    String inner = raw.substring(start, i);
                    List<String> listed = valueList(inner);
                    if (listed.size() >= 2) values.addAll(listed);
                    else rest.append(' ').append(inner);
                    outside.append(' ');
                    continue;
                }
            }
            if (depth == 0) outside.append(c);
        }
        String text = outside.toString().trim();
        // "name: values or hints"
        int colon = text.indexOf(':');
        String afterColon = null;
        if (colon > 0) {
            afterColon = text.substring(colon + 1).trim();
            text = text.substring(0, colon).trim();
        }
        String[] tokens = text.split("\\s+");
        List<String> nameTokens = new ArrayList<>();
        int at = 0;
        while (at < tokens.length && nameTokens.size() < 4) {
            String token = tokens[at];
            String lower = token.toLowerCase(Locale.ROOT);
            if (nameTokens.isEmpty() && isArticle(lower) && at + 1 < tokens.length) {
                if (LEADING_HINTS.contains(lower)) rest.append(' ').append(lower);
                at++;
                continue;
            }
            boolean trailingBy = lower.equals("by") && at + 1 == tokens.length
                    || NAME_SUFFIX_TYPES.contains(lower) && !nameTokens.isEmpty() && isGeneric(String.join("_", nameTokens))
                    // "label text null": a type word followed by a column rule is the type, as in DDL
                    && !(at + 1 < tokens.length && AFTER_TYPE.contains(tokens[at + 1].toLowerCase(Locale.ROOT)));
            if (!nameTokens.isEmpty() && !trailingBy && (STOPS.contains(lower) || lower.matches("-?\\d.*") || !token.matches("[\\p{L}\\p{N}_'`\"-]+"))) break;
            if (nameTokens.isEmpty() && !token.matches("[`\"']?[\\p{L}_][\\p{L}\\p{N}_'`\"-]*")) return Optional.empty();
            nameTokens.add(token.replaceAll("[`\"]", ""));
            at++;
        }
        if (nameTokens.isEmpty()) return Optional.empty();
        List<String> identifiers = nameTokens.stream().filter(t -> t.contains("_")).toList();
        if (identifiers.size() == 1 && nameTokens.size() > 1) {
            // "we record approved_at", "a scheduled_at time": the identifier the user wrote is the name
            // "a scheduled_at time": a point in time, as the name's _at says; the word describes it, it is no time-of-day type
            for (String t : nameTokens) if (!t.contains("_") && !(t.equalsIgnoreCase("time") && identifiers.get(0).endsWith("_at"))) rest.append(' ').append(t);
            nameTokens = new ArrayList<>(identifiers);
        }
        if (nameTokens.size() > 1 && nameTokens.get(nameTokens.size() - 1).equalsIgnoreCase("flag")) {
            // "an active flag": a boolean named by its adjective
            nameTokens = new ArrayList<>(nameTokens.subList(0, nameTokens.size() - 1));
            rest.append(" boolean");
        }
        String name = name(String.join(" ", nameTokens));
        for (int i = at; i < tokens.length; i++) rest.append(' ').append(tokens[i]);
        String hintRaw = rest.toString().trim();
        if (name.endsWith("_at")) hintRaw = hintRaw.replaceAll("(?i)^time\\b", "").trim(); // "a scheduled_at time": a point in time, as _at says
        if (afterColon != null && !afterColon.isEmpty()) {
            String lower = afterColon.toLowerCase(Locale.ROOT);
            boolean typeOrHint = SIZED_TYPE.matcher(lower).find() || lower.matches("(" + TYPE_WORDS + ")\\b.*") || hintWords(lower);
            if (typeOrHint) hintRaw = hintRaw + " " + afterColon;
            else {
                List<String> listed = valueList(afterColon);
                if (listed.isEmpty()) hintRaw = hintRaw + " " + afterColon;
                else {
                    values.addAll(listed);
                    // "status: open, closed" may go on in the next items; "or" and "a/b/c" close the list
                    valuesOpen = !afterColon.matches("(?i).*(\\b(or|o|oder|ou)\\b|[/|]).*");
                }
            }
        }
        Hints hints = hints(hintRaw, values);
        if (values.isEmpty() && !hints.values().isEmpty()) valuesOpen = !hintRaw.matches("(?i).*(\\b(or|o|oder|ou)\\b|[/|]).*");
        return Optional.of(new Read(new Attribute(name, hints), valuesOpen));
    }

    /** Hints alone ("unique", "optional", "not null and unique"): words that modify the attribute before them. */
    static Optional<Hints> modifierOnly(String item) {
        String lower = item.trim().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) return Optional.empty();
        String left = lower.replaceAll("\\b(unique|required|not null|mandatory|optional|nullable|indexed|searchable|and|both|y|und|et|e|[uú]nic[oa]|eindeutig|opcional|obligatori[oa]|obligatoire|optionnel(?:le)?|obrigat[oó]ri[oa]|pflicht)\\b", "").trim();
        if (!left.isEmpty()) return Optional.empty();
        return Optional.of(hints(item, List.of()));
    }

    static boolean hintWords(String lower) {
        return REQUIRED.matcher(lower).find() || OPTIONAL.matcher(lower).find() || UNIQUE.matcher(lower).find()
                || RANGE.matcher(lower).find() || DEFAULT.matcher(lower).find() || ONE_OF.matcher(lower).find() || REFERENCE.matcher(lower).find()
                || NON_NEGATIVE.matcher(lower).find() || POSITIVE.matcher(lower).find() || PERCENT.matcher(lower).find();
    }

    static Hints hints(String raw, List<String> givenValues) {
        String text = raw;
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>(givenValues);
        Matcher oneOf = ONE_OF.matcher(lower);
        if (values.isEmpty() && oneOf.find()) {
            values.addAll(valueList(text.substring(oneOf.start(1))));
            text = text.substring(0, oneOf.start());
            lower = lower.substring(0, oneOf.start());
        }
        Optional<LogicalType> type = Optional.empty();
        Matcher sized = SIZED_TYPE.matcher(lower);
        if (sized.find()) {
            type = ColumnInference.parseType(sized.group().replace("string", "varchar").replace("char(", "varchar(").replace("varvarchar", "varchar"));
            lower = blank(lower, sized.start(), sized.end());
        }
        if (values.isEmpty()) {
            Matcher slashed = SLASHED.matcher(text);
            while (slashed.find()) {
                String found = slashed.group(1);
                if (found.matches("(?i)and/or|y/o|und/oder|et/ou|e/ou|n/a")) continue;
                values.addAll(valueList(found));
                lower = blank(lower, slashed.start(), slashed.end());
                break;
            }
        }
        if (type.isEmpty()) {
            Matcher word = TYPE_WORD.matcher(lower);
            if (word.find()) {
                String w = word.group(1);
                type = switch (w) {
                    case "string", "varchar", "char" -> Optional.of(LogicalType.varchar(255));
                    case "serial" -> Optional.of(LogicalType.INTEGER);
                    case "decimal", "numeric", "money" -> Optional.of(LogicalType.decimal(12, 2));
                    case "real" -> Optional.of(LogicalType.DOUBLE);
                    case "time" -> lower.matches(".*\\bpoint in time\\b.*") ? Optional.empty() : Optional.of(LogicalType.TIME);
                    default -> ColumnInference.parseType(w);
                };
            }
        }
        if (WHEN.matcher(lower).find() && type.isEmpty()) type = Optional.of(LogicalType.TIMESTAMPTZ);
        Optional<String> low = Optional.empty();
        Optional<String> high = Optional.empty();
        boolean lowExclusive = false;
        Matcher range = RANGE.matcher(lower);
        if (range.find()) {
            String a = NumberLiteral.canonical(range.group(1));
            String b = NumberLiteral.canonical(range.group(2));
            boolean swap = Double.parseDouble(a) > Double.parseDouble(b);
            low = Optional.of(swap ? b : a);
            high = Optional.of(swap ? a : b);
        } else {
            Matcher m;
            if ((m = AT_LEAST.matcher(lower)).find()) low = Optional.of(NumberLiteral.canonical(m.group(1)));
            else if ((m = GREATER.matcher(lower)).find()) { low = Optional.of(NumberLiteral.canonical(m.group(1))); lowExclusive = true; }
            else if (NON_NEGATIVE.matcher(lower).find()) low = Optional.of("0");
            else if (POSITIVE.matcher(lower).find()) { low = Optional.of("0"); lowExclusive = true; }
            if ((m = AT_MOST.matcher(lower)).find()) high = Optional.of(NumberLiteral.canonical(m.group(1)));
            if (low.isEmpty() && high.isEmpty() && PERCENT.matcher(lower).find()) { low = Optional.of("0"); high = Optional.of("100"); }
        }
        Optional<Boolean> nullable = Optional.empty();
        if (OPTIONAL.matcher(lower).find()) nullable = Optional.of(true);
        else if (REQUIRED.matcher(lower).find()) nullable = Optional.of(false);
        Optional<String> defaultValue = Optional.empty();
        Matcher d = DEFAULT.matcher(lower);
        if (d.find()) defaultValue = Optional.of(unquote(text.length() >= d.end(1) ? text.substring(d.start(1), d.end(1)) : d.group(1)));
        else {
            Matcher by = BY_DEFAULT.matcher(lower);
            if (by.find()) defaultValue = Optional.of(by.group(1) == null || STOPS.contains(by.group(1)) ? "true"
                    : unquote(text.length() >= by.end(1) ? text.substring(by.start(1), by.end(1)) : by.group(1)));
        }
        Optional<String> reference = Optional.empty();
        Matcher ref = REFERENCE.matcher(lower);
        if (ref.find()) reference = Optional.of(ref.group(1).trim().split("\\s+(?:on|with|and|,)\\b")[0].trim());
        boolean cents = lower.matches(".*\\b(cents?|céntimos|centavos|cent)\\b.*");
        if (type.isEmpty() && lower.matches(".*\\b(huge|very large|billions?|big ?int|bigint|can get big|can be big)\\b.*")) type = Optional.of(LogicalType.BIGINT);
        return new Hints(type, nullable, UNIQUE.matcher(lower).find(), INDEXED.matcher(lower).find(), values, low, lowExclusive, high,
                defaultValue, reference, cents);
    }

    /** "dog/cat/bird", "open, closed or archived", "'A', 'B'" → the values as written; empty unless every part is a short value. */
    static List<String> valueList(String text) {
        String t = text.trim();
        if (t.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        String[] parts = t.split("\\s*(?:,|/|\\||;|\\bor\\b|\\bo\\b|\\boder\\b|\\bou\\b|\\band\\b|\\by\\b|\\bund\\b|\\bet\\b|\\be\\b)\\s*");
        for (String part : parts) {
            String v = unquote(part.trim());
            if (v.isEmpty()) continue;
            if (v.split("\\s+").length > 3 || !v.matches("[\\p{L}\\p{N}_ .'+#&-]+")) return List.of();
            String lowerV = v.toLowerCase(Locale.ROOT);
            if (hintWords(lowerV) && !v.matches("[\\p{L}_]+") || HINT_ONLY.contains(lowerV) || parts.length < 3 && lowerV.matches("(" + TYPE_WORDS + ")")) return List.of();
            out.add(v);
        }
        return out;
    }

    private static final Set<String> HINT_ONLY = Set.of("unique", "optional", "required", "nullable", "not null", "indexed", "searchable",
            "mandatory", "opcional", "obligatorio", "eindeutig", "optionnel", "obligatoire", "obrigatório", "único", "única", "pflicht", "long text",
            "markdown", "primary key", "pk", "fk", "foreign key", "long", "short", "free text");

    /** The snake_case table or column name of words as written, not yet cut to the identifier limit ({@code Born On} → {@code born_on}, {@code categoría} → {@code categoria}). */
    static String name(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss").replace("'", "");
        return Naming.snakeUnbounded(plain);
    }

    /** Type words that also end names: "purchase date" is a name, "description text" a name and its type. */
    private static final Set<String> AFTER_TYPE = Set.of("null", "not", "unique", "default", "primary", "references", "nullable", "optional", "required");
    private static final Set<String> NAME_SUFFIX_TYPES = Set.of("date", "time", "timestamp", "text", "number");

    private static boolean isGeneric(String name) {
        var col = ColumnInference.infer(name(name), LogicalType.TIMESTAMPTZ);
        return col.type().equals(LogicalType.varchar(255)) && col.nullable();
    }

    private static final Set<String> LEADING_HINTS = Set.of("optional", "unique", "required");

    private static boolean isArticle(String w) { return ARTICLES.contains(w); }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "their", "un", "una", "el", "la", "los", "las", "le", "les", "l", "ein", "eine", "einen", "der", "die",
                "das", "o", "os", "as", "um", "uma", "des", "du", "de", "une", "unos", "unas", "uns", "umas", "einem", "del", "lo", "su", "sus", "son", "sa", "ses", "seu", "sua", "sein", "seine", "ihr", "ihre", "optional", "unique", "required");

    private static boolean precededByTypeName(String s, int paren) {
        String before = s.substring(0, paren).toLowerCase(Locale.ROOT).stripTrailing();
        return before.matches(".*\\b(varchar|string|char|decimal|numeric)$");
    }

    private static String blank(String s, int from, int to) { return s.substring(0, from) + " ".repeat(to - from) + s.substring(to); }

    static String unquote(String v) { return v.trim().replaceAll("[.,;]+$", "").replaceAll("^[\"'`«“]+|[\"'`»”]+$", "").trim(); }
}
