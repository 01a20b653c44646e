package dev.schemadesigner.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message that carries a schema or migration source and asks for it to be reviewed: SQL DDL
 * or a SQL migration, SQLAlchemy models, an Alembic revision or JPA entities, in a fenced block or
 * pasted inline, with a review request in words around it ("review this", "bitte prüfe", "revisa",
 * "vérifie", "revise") or no words at all. {@code migration} says whether the source is reviewed as
 * a migration of the session's schema or as a schema on its own; {@code asked} is the phrase that
 * asked for the review (empty when the message is only code).
 */
record PastedReviewRequest(Source source, boolean migration, Optional<String> asked) {

    /** Words that ask for a review, in every supported language; matched on the prose around the code. */
    private static final Pattern ASKS = Pattern.compile("(?iuU)\\b("
            // English
            + "review\\w*|check(\\s+(this|that|it|my|our|the|these|those|if|whether|for|out|over|please|das|dies))|check\\s*[:!?.]?\\s*$|look\\s+(over|at|through)|validate|audit|lint|inspect|critique|assess|evaluate|double[- ]check"
            + "|what'?s\\s+wrong|anything\\s+wrong|any\\s+(issues|problems|risks)|is\\s+(this|it)\\s+(ok|okay|safe|good|correct|fine|right)"
            + "|safe\\s+to\\s+(run|deploy|apply)|feedback|what\\s+do\\s+you\\s+think|thoughts\\s+on|opinion|what'?s\\s+missing|missing\\s+here"
            + "|should\\s+(this|it|i|we)\\b|do(es)?\\s+(this|it)\\s+need"
            + "|was\\s+h[äa]ltst\\s+du|qu[ée]\\s+(opinas|te\\s+parece)|qu'en\\s+penses|(ton|votre)\\s+avis|o\\s+que\\s+(voc[êe]\\s+)?acha"
            // German
            + "|(über)?prüf\\w*|kontrollier\\w*|bewerte\\w*|begutacht\\w*|durchsehen|schau\\w*|sieh\\w*\\s+(dir\\s+)?\\S+\\s+an"
            + "|ist\\s+(das|die|der|dies)\\s+(ok|okay|sicher|gut|richtig|korrekt)"
            // Spanish
            + "|revis[aáeo]\\w*|revisi[oó]n|comprueb\\w*|comprobar|verific\\w*|cheque\\w*|eval[uú]\\w*|valid[ae]r?|analiz\\w*|es\\s+seguro|est[aá]\\s+bien"
            // French
            + "|v[ée]rifi\\w*|relis|relire|revois|examine\\w*|contr[ôo]le\\w*|[ée]value\\w*|analyse\\w*|est-ce\\s+(correct|bon|s[ûu]r)"
            // Portuguese
            + "|revis[aã]o|confir[ae]\\w*|avali[ae]\\w*|analis[ae]\\w*|est[aá]\\s+(certo|correto)|[ée]\\s+seguro"
            + ")");

    /** What may stand beside code without asking for anything else: greetings, "this", "please", a colon. */
    private static final Set<String> FILLER = Set.of("this", "that", "these", "my", "the", "here", "is", "are", "please", "pls", "hi", "hello",
            "hey", "thanks", "thank", "you", "dies", "das", "hier", "ist", "mein", "meine", "bitte", "hallo", "danke", "esto", "este", "esta",
            "aquí", "aqui", "mi", "por", "favor", "hola", "gracias", "ceci", "voici", "mon", "ma", "bonjour", "merci", "isto", "isso",
            "meu", "minha", "olá", "ola", "obrigado", "obrigada", "code", "sql", "schema", "migration", "model", "models");

    /** Words that make pasted SQL a migration even when it only creates tables. */
    private static final Pattern SAYS_MIGRATION = Pattern.compile("(?iuU)\\b(migrations?|migración|migracion|migração|migracao|migrationen)\\b");

    private static final Pattern FENCED = Pattern.compile("(?s)```[ \\t]*([\\w+#-]*)[ \\t]*\\R(.*?)```");

    private static final Pattern SQL_START = Pattern.compile("(?i)\\b(create\\s+(unique\\s+)?(table|index|type)|alter\\s+table|drop\\s+(table|index)"
            + "|begin\\s*;|set\\s+lock_timeout|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b");
    private static final Pattern PYTHON_START = Pattern.compile("(?m)^[ \\t]*(from\\s+[\\w.]+\\s+import\\b|import\\s+\\w|class\\s+\\w+\\s*[(:]|revision\\s*=|\"\"\"|def\\s+upgrade\\b)"
            + "|\\bclass\\s+\\w+\\s*\\(\\s*[\\w.]*(Base|Model)\\w*\\s*\\)\\s*:|\\bop\\.\\w+\\s*\\(");
    private static final Pattern JAVA_START = Pattern.compile("(?m)^[ \\t]*(package\\s+[\\w.]+\\s*;|import\\s+(jakarta|javax)\\.|@Entity\\b|@Table\\b)");

    private static final Pattern ALEMBIC = Pattern.compile("\\bdef\\s+upgrade\\s*\\(|\\bop\\.\\w+\\s*\\(");
    private static final Pattern SQLALCHEMY = Pattern.compile("\\b__tablename__\\b|\\bmapped_column\\s*\\(|\\bColumn\\s*\\(");
    private static final Pattern JPA = Pattern.compile("@Entity\\b|@Table\\s*\\(");
    private static final Pattern SQL_EVIDENCE = Pattern.compile("(?i);|\\bcreate\\s+table\\s+\\S+\\s*\\(|\\balter\\s+table\\s+\\S+\\s+(add|drop|alter|rename)\\b"
            + "|\\bcreate\\s+(unique\\s+)?index\\s+\\S+\\s+on\\s+\\S+");

    private static final Pattern UNTYPED_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+[\\w.\"`]+\\s*\\(\\s*[\\w\"`]+\\s*[,)]");
    private static final Pattern CREATED_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(if\\s+not\\s+exists\\s+)?([\\w.\"`]+)");
    private static final Pattern TOUCHED_TABLE = Pattern.compile("(?i)\\b(alter\\s+table(\\s+only)?(\\s+if\\s+exists)?|index\\s+(concurrently\\s+)?(if\\s+not\\s+exists\\s+)?\\S+\\s+on(\\s+only)?)\\s+(?<table>[\\w.\"`]+)");
    private static final Pattern CHANGES_DATA_OR_DROPS = Pattern.compile("(?i)\\b(drop\\s+(table|index|column|constraint)|rename\\s+(to|column)|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|alter\\s+column)\\b");

    PastedReviewRequest {
        java.util.Objects.requireNonNull(source, "source");
        asked = asked == null ? Optional.empty() : asked;
    }

    /** The review request a message makes, if it carries a source and asks for a review (or says nothing else). */
    static Optional<PastedReviewRequest> read(String message) {
        Optional<Split> split = fenced(message).or(() -> opCalls(message)).or(() -> inline(message));
        if (split.isEmpty()) return Optional.empty();
        String prose = split.get().prose();
        Matcher ask = ASKS.matcher(prose);
        Optional<String> asked = ask.find() ? Optional.of(ask.group().strip()) : Optional.empty();
        if (asked.isEmpty() && !onlyFiller(prose)) return Optional.empty();
        String code = split.get().code().strip();
        if (JPA.matcher(code).find() && split.get().language().orElse("java").equals("java")) {
            return Optional.of(new PastedReviewRequest(new Source("jpa", code, Optional.of("pasted entities")), false, asked));
        }
        if (ALEMBIC.matcher(code).find()) {
            return Optional.of(new PastedReviewRequest(new Source("alembic", code, Optional.of("pasted revision")), true, asked));
        }
        if (SQLALCHEMY.matcher(code).find()) {
            return Optional.of(new PastedReviewRequest(new Source("sqlalchemy", code, Optional.of("pasted models")), false, asked));
        }
        if (SQL_START.matcher(code).find() && SQL_EVIDENCE.matcher(code).find()) {
            // "create table orders (id, customer, total)" alone is a design written as a column list, not DDL to review
            if (asked.isEmpty() && UNTYPED_TABLE.matcher(code).find()) return Optional.empty();
            boolean migration = SAYS_MIGRATION.matcher(prose).find() || isMigration(code);
            return Optional.of(new PastedReviewRequest(new Source("sql", code, Optional.of(migration ? "pasted migration" : "pasted schema")), migration, asked));
        }
        return Optional.empty();
    }

    /** The code and the words around it; {@code language} is a fenced block's tag. */
    private record Split(String code, String prose, Optional<String> language) {}

    private static Optional<Split> fenced(String message) {
        Matcher m = FENCED.matcher(message);
        StringBuilder code = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        Optional<String> language = Optional.empty();
        int last = 0;
        while (m.find()) {
            prose.append(message, last, m.start()).append(' ');
            code.append(m.group(2)).append('\n');
            if (language.isEmpty() && !m.group(1).isBlank()) language = Optional.of(languageOf(m.group(1)));
            last = m.end();
        }
        if (last == 0) return Optional.empty();
        prose.append(message.substring(last));
        return Optional.of(new Split(code.toString(), prose.toString(), language));
    }

    private static final Pattern OP_CALL = Pattern.compile("\\bop\\.\\w+\\s*\\(");
    private static final Pattern UPGRADE = Pattern.compile("\\bdef\\s+upgrade\\s*\\(");

    /**
     * Alembic operations pasted on their own ("is this safe? op.alter_column('users', 'email', nullable=False)"):
     * each call, to its closing parenthesis, becomes a line of an {@code upgrade()}; the rest is prose.
     */
    private static Optional<Split> opCalls(String message) {
        if (UPGRADE.matcher(message).find()) return Optional.empty();
        Matcher m = OP_CALL.matcher(message);
        StringBuilder code = new StringBuilder("def upgrade():\n");
        StringBuilder prose = new StringBuilder();
        int last = 0;
        while (last < message.length() && m.find(last)) {
            int end = closing(message, m.end() - 1);
            if (end < 0) return Optional.empty();
            prose.append(message, last, m.start()).append(' ');
            code.append("    ").append(message.substring(m.start(), end + 1).replaceAll("\\s*\\R\\s*", " ")).append('\n');
            last = end + 1;
        }
        if (last == 0) return Optional.empty();
        prose.append(message.substring(last));
        return Optional.of(new Split(code.toString(), prose.toString(), Optional.of("python")));
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted strings; -1 when it is not closed. */
    private static int closing(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String languageOf(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.equals("py") || t.equals("python") ? "python" : t.equals("java") ? "java" : t.contains("sql") ? "sql" : t;
    }

    /** Code pasted without a fence starts at its first statement, class or import; SQL ends at its last ';'. */
    private static Optional<Split> inline(String message) {
        int start = Integer.MAX_VALUE;
        boolean sql = false;
        for (Pattern p : List.of(JAVA_START, PYTHON_START, SQL_START)) {
            Matcher m = p.matcher(message);
            if (m.find() && m.start() < start) {
                start = m.start();
                sql = p == SQL_START;
            }
        }
        if (start == Integer.MAX_VALUE) return Optional.empty();
        int end = message.length();
        if (sql) {
            int semicolon = message.lastIndexOf(';');
            if (semicolon > start) end = semicolon + 1;
        }
        return Optional.of(new Split(message.substring(start, end), message.substring(0, start) + " " + message.substring(end), Optional.empty()));
    }

    private static boolean onlyFiller(String prose) {
        for (String word : prose.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) return false;
        }
        return true;
    }

    /**
     * SQL is a migration when it changes tables it does not create (ALTER TABLE, CREATE INDEX ON,
     * a reference to an existing table), drops or renames, or moves data; otherwise it is a schema.
     */
    private static boolean isMigration(String sql) {
        Set<String> created = new LinkedHashSet<>();
        Matcher c = CREATED_TABLE.matcher(sql);
        while (c.find()) created.add(bare(c.group(2)));
        if (created.isEmpty() || CHANGES_DATA_OR_DROPS.matcher(sql).find()) return true;
        Matcher t = TOUCHED_TABLE.matcher(sql);
        while (t.find()) if (!created.contains(bare(t.group("table")))) return true;
        return false;
    }

    private static String bare(String name) {
        String n = name.replaceAll("[\"`]", "").toLowerCase(Locale.ROOT);
        int paren = n.indexOf('(');
        if (paren >= 0) n = n.substring(0, paren);
        int dot = n.lastIndexOf('.');
        return dot >= 0 ? n.substring(dot + 1) : n;
    }
}
