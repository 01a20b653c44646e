package dev.schemadesigner.intent;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues of a message's shape that fix which sense its words have, in any of the five languages: a column written as
 * {@code table.column}, tables asked for a list of things, "each X has Y", a migration asked to be written, and a
 * version upgrade ("postgres 12 to 15").
 */
final class Cues {

    /** In raw text: "orders.total", "tickets.priority"; not a file ("index.md") or a site ("schema.org"). */
    private static final Pattern DOTTED_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])([a-z][a-z0-9_]+)\\.([a-z][a-z0-9_]+)(?![\\p{L}\\p{N}_(]|\\.[\\p{L}\\p{N}])");
    private static final Set<String> FILE_OR_SITE = Set.of("com", "org", "net", "io", "dev", "ai", "app", "co", "de",
            "fr", "es", "pt", "br", "uk", "js", "ts", "jsx", "tsx", "py", "rb", "go", "java", "kt", "cs", "rs", "md", "html",
            "htm", "php", "json", "yaml", "yml", "xml", "csv", "txt", "pdf", "png", "jpg", "jpeg", "gif", "svg", "sql",
            "sh", "conf", "ini", "toml", "cfg", "log", "zip", "gz", "exe", "docx", "xlsx", "pptx", "env", "lock", "css",
            "scss", "vue", "mjs", "cjs", "properties", "dump", "bak", "tar");

    /**
     * In raw text: tables asked for a list of things ("tables for members, courses and bookings", "des tables pour
     * gérer les stagiaires, les entreprises et les conventions"): each thing a table.
     */
    private static final Pattern TABLES_FOR_LIST = Pattern.compile(
            "(?iu)\\b(?:tables|tablas|tabellen|tabelas)\\b[^.?!\\n:]{0,30}?\\b(?:for|para|für|pour|to store|to track|to keep|zu)\\b"
                    + "[^.?!\\n]{0,40}?[\\p{L}]{3,}\\s*,\\s*(?:\\p{L}+\\s+){0,2}\\p{L}{3,}");

    /** In canonical text: "each post has comments", "cada pedido tiene líneas": how data relates, a design. */
    private static final Pattern EACH_HAS = Pattern.compile(
            "\\beach \\w+ (?:has|have|tiene|tienen|hat|haben|a|ont|tem|possui|contains|contiene|enthalt|contient|contem)\\b");

    /**
     * In canonical text: a migration asked to be written ("write the alembic migration for", "migration write: …", "a
     * migration to add …") or one that failed ("our migration to add NOT NULL failed in prod").
     */
    private static final Pattern MIGRATION_ASKED = Pattern.compile(
            "\\b(?:write|generate|create|need|give me|make)\\b(?: \\w+){0,3} (?:alembic )?migration\\b"
                    + "|\\bmigration (?:write|for|that|which|pour|para|que|die|fur|zum|zur)\\b"
                    + "|\\bmigration to (?:add|drop|rename|make|remove|alter|create|backfill|copy|change|split|merge)\\b"
                    + "|\\bmigration (?:\\w+ ){0,8}?(?:failed|fails|failing|broke|breaks|errors?)\\b");

    /** In raw text: a product's version upgrade ("upgrade from postgres 12 to 15", "Postgres von 14 auf 16 aktualisieren"). */
    private static final String UPGRADE_VERB = "(?:upgrade|upgrading|update|updating|migrate|migrating|migration|move|moving"
            + "|actualizar|actualiza|aktualisieren|aktualisiere|upgraden|mettre (?:à|a) jour|atualizar|atualize|migrar|migrer"
            + "|migrieren|migración|migracion|migração|migracao)";
    private static final String VERSIONS = "\\b\\d+(?:\\.\\d+)*\\s*(?:to|a|auf|vers|para|nach|->|→|até|ate)\\s*(?:\\p{L}+\\s+)?v?\\d+(?:\\.\\d+)*\\b";
    private static final Pattern VERSION_UPGRADE = Pattern.compile("(?iu)\\b" + UPGRADE_VERB + "\\b[^.?!\\n]{0,60}?" + VERSIONS
            + "|" + VERSIONS + "[^.?!\\n]{0,30}?\\b" + UPGRADE_VERB + "\\b"
            // "Upgrade auf PostgreSQL 17", "upgrade to mysql 8.4": one version, the one to go to
            + "|\\b" + UPGRADE_VERB + "\\s+(?:to|auf|a|vers|para|nach)\\s+\\p{L}+\\s+v?\\d+(?:\\.\\d+)*\\b");

    /**
     * In canonical text: things to model given as a list ("model a warehouse with bins, products in bins and pick lists",
     * "modéliser des événements avec des participants et des billets").
     */
    private static final Pattern MODEL_WITH_LIST = Pattern.compile(
            "\\b(?:design|model|data model)\\b[^.?!\\n]{0,40}?\\bwith\\b[^.?!\\n]*?(?:,|\\band\\b)");

    /** In raw text: "the status field on invoices should be an enum", "el campo precio de productos debe …". */
    private static final Pattern COLUMN_STATEMENT = Pattern.compile(
            "(?iu)\\b(?:column|field|columna|campo|spalte|feld|colonne|champ|coluna)\\s+(?:[\\p{L}_]+\\s+)?"
                    + "(?:on|in|of|de|en|von|in|da|do|du|dans)\\s+(?:the\\s+|la\\s+|der\\s+)?[\\p{L}_]+\\s+"
                    + "(?:should|must|needs?|has to|is to|debe|deberia|muss|soll|sollte|doit|devrait|deve|deveria)\\b");

    /** In raw text: how many rows a table holds ("a 50M row table", "2 billion rows", "500 millones de filas"). */
    private static final Pattern ROW_COUNT = Pattern.compile(
            "(?iu)\\b\\d+(?:[.,]\\d+)?\\s*(?:k|m|b|mio|mrd|million|millions|millionen|millones|milhoes|milhões|billion|billions)?"
                    + "\\s*(?:rows?|zeilen|filas|linhas|lignes|registros|records)\\b");

    /** In canonical text: data copied from one place into another ("copy emails from the legacy table into users"). */
    private static final Pattern COPY_BETWEEN = Pattern.compile("\\bcopy\\b[^.?!\\n]{0,60}?\\bfrom\\b[^.?!\\n]{0,60}?\\b(?:into|to)\\b");

    /** In raw text: the writer's own ("my models", "unser Schema", "mon schéma", "meu modelo"). */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "(?iu)\\b(?:my|our|mein|meine|meinem|meinen|unser|unsere|unserem|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra"
                    + "|nuestros|meu|minha|meus|minhas|nosso|nossa)\\b");

    /** In canonical text: a table already talked about ("on that table", "a esa tabla", "in dieser Tabelle", "nessa tabela"). */
    private static final Pattern THAT_TABLE = Pattern.compile(
            "\\b(?:on|to|in|into|from|a|en|zu|dans|em|para) (?:that|this|the same|esa|esta|este|diese|dieser|diesem|cette|essa|esse)"
                    + " (?:\\w+ )?(?:table|model)\\b|\\b(?:nessa|nesta|nesse|neste) (?:table|model)\\b");

    /** In raw text: the writer's own schema named as such ("my schema.prisma", "unsere Tabelle", "notre base"). */
    private static final Pattern OWN_SCHEMA = Pattern.compile(
            "(?iu)\\b(?:my|our|mein|meine|meinem|unser|unsere|unserer|unserem|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|nuestros"
                    + "|nuestras|meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\\s+(?:\\p{L}+\\s+)?(?:schema|schemas|schema\\.prisma"
                    + "|tables?|models?|database|db|esquema|tablas?|tabelle|tabellen|schéma|tabelas?|modelo|modelos|modèle|modell"
                    + "|datenbank|base)\\b");

    private Cues() {
    }

    static boolean thatTable(String canonical) {
        return THAT_TABLE.matcher(canonical).find();
    }

    static boolean ownSchema(String text) {
        return OWN_SCHEMA.matcher(text).find();
    }

    static boolean modelWithList(String canonical) {
        return MODEL_WITH_LIST.matcher(canonical).find();
    }

    static boolean columnStatement(String text) {
        return COLUMN_STATEMENT.matcher(text).find();
    }

    static boolean rowCount(String text) {
        return ROW_COUNT.matcher(text).find();
    }

    static boolean copyBetween(String canonical) {
        return COPY_BETWEEN.matcher(canonical).find();
    }

    static boolean possessive(String text) {
        return POSSESSIVE.matcher(text).find();
    }

    /** How many columns the text writes as {@code table.column}. */
    static int dottedNames(String text) {
        int n = 0;
        Matcher m = DOTTED_NAME.matcher(text);
        while (m.find()) {
            if (!FILE_OR_SITE.contains(m.group(2))) {
                n++;
            }
        }
        return n;
    }

    static boolean tablesForList(String text) {
        return TABLES_FOR_LIST.matcher(text).find();
    }

    static boolean eachHas(String canonical) {
        return EACH_HAS.matcher(canonical).find();
    }

    static boolean migrationAsked(String canonical) {
        return MIGRATION_ASKED.matcher(canonical).find();
    }

    static boolean versionUpgrade(String text) {
        return VERSION_UPGRADE.matcher(text).find();
    }
}
