package dev.schemadesigner.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a piece of a request looks like before it is read: an entity clause, an attribute list, hints about one column, a list of bare entities. Style-independent, so static. */
final class ClauseShapes {
    private ClauseShapes() {}

    static final Pattern WITH = Pattern.compile("(?i)(?<![\\p{L}])(with|having|has|have|stores|store|storing|contains|contain|containing|holds|includes|including|keeps|tracks"
            + "|con|tiene|tienen|guarda|guardan|guardamos|almacena|almacenamos|registramos|mit|hat|haben|speichert|speichern|erfassen|enthält|avec|contient|possède|ont"
            + "|stockons|enregistrons|gardons|com|tem|têm|possui|armazena|armazenamos|guarda)(?![\\p{L}])\\s*(?:the |its |these |following |fields|columns|attributes|campos|columnas|felder|spalten|champs|colonnes|colunas|atributos|:|\\s)*");
    static final Pattern FRENCH_A = Pattern.compile("(?i)^(.+?)\\s+a\\s+(?=(?:un|une|des|le|la|les|l')\\s)");
    static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\p{L}])(schema|schemas|database|databases|db|tables|entities|models|system|app|application|platform|service|website|site|backend"
            + "|esquema|base de datos|tablas|entidades|sistema|aplicación|datenbank|datenbankschema|tabellen|entitäten|anwendung|schéma|base de données|entités|système"
            + "|banco de dados|tabelas|aplicativo|plataforma|plateforme|plattform|for an?|para una?|für eine?n?|pour une?|para um|para uma|design|diseña|entwirf|conçois|projete|modelo)(?![\\p{L}])");
    static final Pattern TABLE_WORD = Pattern.compile("(?i)(?<![\\p{L}])(table|tabla|tabelle|tabela)(?![\\p{L}])");

    /** A segment that opens a new entity ("ledger_entries: account_id, amount", "pets (name, born_on)") rather than continuing a list. */
    static boolean startsEntityClause(String segment) {
        String t = segment.trim();
        int colon = RequestText.topLevel(t, ':');
        if (colon > 0) return EntityHeads.names(t.substring(0, colon)) && looksLikeAttributeList(t.substring(colon + 1));
        int dash = dashSeparator(t);
        if (dash > 0) return looksLikeAttributeList(t.substring(dash + 3));
        Matcher with = RequestText.firstTopLevel(WITH, t);
        if (with != null && with.start() > 0 && t.substring(0, with.start()).trim().split("\\s+").length <= 4
                && EntityHeads.names(t.substring(0, with.start())) && !AttributeReader.hintWords(t.substring(0, with.start()).toLowerCase(Locale.ROOT))) return true;
        return hasEntityClause(t);
    }

    /** " - " between an entity and its attributes ("items - sku (unique), name"). */
    static int dashSeparator(String s) {
        int at = s.indexOf(" - ");
        if (at <= 0 || RequestText.depthAt(s, at) != 0) return -1;
        if (EntityHeads.names(s.substring(0, at)) && !s.substring(0, at).matches(".*\\d$")) return at;
        // "we need a db for our climbing gym - members (…), routes (…)": any words before a list of entity clauses head it
        return hasEntityClause(s.substring(at + 3)) ? at : -1;
    }

    /** What may follow an entity's parentheses and still leave it a clause: a link to another entity ("-> gateways", "belongs to rooms"). */
    static final Pattern LINK_TAIL = Pattern.compile("(?i)^(?:->|references?\\b|refers? to\\b|belongs? to\\b|points? to\\b|pertenecen? a\\b|gehören? zu\\b|appartien(?:nen)?t à\\b|pertencem? a\\b|that |which |can |may |(?:per|por|pro|par|for each|for every|je) )");

    /** A body whose items are entities with their own attribute lists ("owners (name, email), pets (…)"). */
    static boolean hasEntityClause(String body) {
        List<String> segments = RequestText.split(body, true);
        if (segments.size() >= 2 && segments.stream().allMatch(ClauseShapes::isOneAttributeClause)) return true;
        for (String segment : segments) {
            int paren = segment.indexOf('(');
            if (paren <= 0) continue;
            int close = RequestText.matching(segment, paren);
            if (close < 0) continue;
            String tail = segment.substring(close + 1).trim();
            if (!tail.isEmpty() && !LINK_TAIL.matcher(tail).find() && !segment.trim().endsWith(")")) continue;
            String inner = segment.substring(paren + 1, close);
            if (isHintList(inner)) continue;
            boolean columns = looksLikeAttributeList(inner) || pluralHeadOverNames(segment.substring(0, paren), inner);
            if (columns && RequestText.split(inner, true).size() >= 2 && EntityHeads.names(segment.substring(0, paren))) return true;
        }
        return false;
    }

    /** "recipes (title)" among others of its kind ("recipes (title) and ingredients (name)"): a plural noun over one column name. */
    static boolean isOneAttributeClause(String segment) {
        String t = segment.trim();
        int paren = t.indexOf('(');
        if (paren <= 0 || !t.endsWith(")") || RequestText.matching(t, paren) != t.length() - 1) return false;
        String head = t.substring(0, paren).trim();
        String inner = t.substring(paren + 1, t.length() - 1).trim();
        String[] words = head.split("\\s+");
        return words.length <= 2 && EntityHeads.isPluralWord(words[words.length - 1]) && EntityHeads.names(head) && !isHintList(inner)
                && inner.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\s+(unique|optional|required|indexed))?");
    }

    /** "devices (serial, model)": a plural noun over bare names is an entity with its columns ("status (open, closed)" is a singular over values). */
    static boolean pluralHeadOverNames(String head, String inner) {
        String[] words = head.trim().split("\\s+");
        if (!EntityHeads.isPluralWord(words[words.length - 1]) || VALUE_ALTERNATIVES.matcher(inner).find() || inner.contains("/") || inner.contains("|")) return false;
        return RequestText.split(inner, true).stream().allMatch(i -> i.trim().matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\s+(unique|optional|required|indexed))?"));
    }

    static final Set<String> TYPE_WORDS = Set.of("boolean", "booleano", "booléen", "bool", "flag", "integer", "int", "entero", "ganzzahl", "entier", "inteiro",
            "text", "texto", "texte", "date", "datum", "fecha", "data", "timestamp", "json", "uuid", "numeric", "decimal", "string", "varchar", "money", "number", "número", "nombre", "zahl");

    static final Set<String> HINT_OPENERS = Set.of("padrão", "padrao", "por", "par", "standard", "standardmäßig", "défaut", "opcional", "optionnel",
            "facultatif", "facultativo", "único", "única", "unico", "eindeutig", "obligatorio", "obrigatório", "pflichtfeld", "pflicht", "requis", "obligatoire");

    /** "(booleano, padrão true)", "(optional, unique)": hints about one column, not an entity's attribute list. */
    static boolean isHintList(String inner) {
        List<String> items = RequestText.split(inner, false);
        if (items.isEmpty()) return false;
        for (String item : items) {
            String t = item.trim().toLowerCase(Locale.ROOT);
            String first = t.split("\\s+")[0];
            boolean hint = AttributeReader.hintWords(t) && (DraftEntity.HINT_FIRST.contains(first) || HINT_OPENERS.contains(first));
            if (!TYPE_WORDS.contains(t) && !AttributeReader.modifierOnly(t).isPresent() && !hint) return false;
        }
        return true;
    }

    /** Items that are columns, not enum values: any with several words, a colon, a known column meaning or a key suffix. */
    static boolean looksLikeAttributeList(String inner) {
        List<String> items = RequestText.split(inner, true);
        if (items.isEmpty() || inner.trim().toLowerCase(Locale.ROOT).matches("(one of|either|any of|values?|e\\.g\\.|eg|like|such as)\\b.*")) return false;
        for (String item : items) {
            String t = item.trim();
            String first = t.toLowerCase(Locale.ROOT).split("[\\s:(]+")[0];
            if (AttributeReader.STOPS.contains(first) || first.matches("-?\\d.*|[<>=≥≤].*")) continue;
            if (VALUE_ALTERNATIVES.matcher(t).find()) continue;
            if (t.contains(" ") || t.contains(":") || t.contains("(") || KEY_SUFFIX.matcher(t).matches() || COMMON_COLUMNS.contains(first)) return true;
        }
        return false;
    }

    static final Pattern VALUE_ALTERNATIVES = Pattern.compile("(?i)\\s(or|o|oder|ou)\\s");
    static final Pattern KEY_SUFFIX = Pattern.compile("(?i).*_(id|at|on|date|count|name|email|url|number|code|price|amount|total|type|cents)$");

    /** Column names common enough that a parenthesised list holding one is an attribute list, not enum values. */
    static final Set<String> COMMON_COLUMNS = Set.of("name", "email", "title", "phone", "price", "description", "body", "address", "amount",
            "status", "url", "slug", "code", "notes", "quantity", "total", "username", "password", "content", "rating", "city", "country", "label",
            "nombre", "correo", "titulo", "precio", "descripcion", "nom", "titre", "prix", "nome", "preco", "titel", "preis", "beschreibung");

    /** "posts, comments and tags": every item a bare word or two (the catalogue's job), not an attribute list. */
    static boolean looksLikeEntityList(String body) {
        List<String> items = RequestText.split(body, true);
        if (items.size() < 2) return false;
        int plural = 0;
        for (String item : items) {
            String t = item.trim().toLowerCase(Locale.ROOT);
            if (t.contains("(") || t.contains(":") || AttributeReader.hintWords(t)) return false;
            String last = t.replaceAll(".*\\s", "");
            if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.contains("_")
                    && !Naming.singular(last).equals(last) && ColumnInference.infer(last, dev.schemadesigner.schema.LogicalType.TIMESTAMPTZ).type()
                    .equals(dev.schemadesigner.schema.LogicalType.varchar(255))) plural++;
        }
        return plural * 2 > items.size();
    }
}
