package dev.schemadesigner.importer;

import dev.schemadesigner.importer.migration.LockMode;
import dev.schemadesigner.importer.migration.ScriptBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lock a migration statement with no operation in our model takes, by statement family, as
 * PostgreSQL's documentation states it ("Explicit Locking", and each command's page): COMMENT ON
 * (SHARE UPDATE EXCLUSIVE on the object), LOCK TABLE (the mode it names, ACCESS EXCLUSIVE by
 * default), REINDEX (ACCESS EXCLUSIVE; CONCURRENTLY builds anew), VACUUM (SHARE UPDATE EXCLUSIVE;
 * FULL rewrites under ACCESS EXCLUSIVE), CLUSTER, TRUNCATE, REFRESH MATERIALIZED VIEW (EXCLUSIVE when
 * CONCURRENTLY), ALTER/DROP of a type, view, materialized view, sequence or index (ACCESS
 * EXCLUSIVE). Each is handed to {@link ScriptBuilder#lock}.
 */
final class StatementLocks {
    private StatementLocks() {}

    /** True when {@code in} (at the start of a statement) is one of the families above; its lock is then recorded in {@code out}. */
    static boolean read(TokenCursor in, ScriptBuilder out, int line, String text) {
        String verb = in.peek().text().toUpperCase(Locale.ROOT);
        switch (verb) {
            case "COMMENT" -> {
                in.expect("COMMENT", "ON");
                commentTarget(in).ifPresent(o -> out.lock(line, "COMMENT ON", o, LockMode.SHARE_UPDATE_EXCLUSIVE, false, true, text));
                return true;
            }
            case "LOCK" -> {
                lockTable(in, out, line, text);
                return true;
            }
            case "REINDEX" -> {
                in.expect("REINDEX");
                boolean concurrently = optionOn(in, "CONCURRENTLY");
                in.accept("INDEX");
                in.accept("TABLE");
                in.accept("SCHEMA");
                in.accept("DATABASE");
                in.accept("SYSTEM");
                concurrently |= in.accept("CONCURRENTLY");
                String object = in.atEnd() ? "the database" : in.qualifiedName("an index or table name");
                out.lock(line, "REINDEX", object, concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE,
                        concurrently, true, text);
                return true;
            }
            case "VACUUM" -> {
                in.expect("VACUUM");
                boolean fullOption = optionOn(in, "FULL");
                boolean fullWord = false;
                while (in.peek().isWord("FULL") || in.peek().isWord("FREEZE") || in.peek().isWord("VERBOSE") || in.peek().isWord("ANALYZE")) {
                    fullWord |= in.next().isWord("FULL");
                }
                boolean full = fullOption || fullWord;
                LockMode mode = full ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE;
                String family = full ? "VACUUM FULL" : "VACUUM";
                if (in.atEnd()) out.lock(line, family, "every table", mode, false, true, text);
                else tables(in).forEach(t -> out.lock(line, family, t, mode, false, true, text));
                return true;
            }
            case "CLUSTER" -> {
                in.expect("CLUSTER");
                in.accept("VERBOSE");
                String object = in.atEnd() || in.atSymbol("(") ? "every clustered table" : in.qualifiedName("a table name");
                out.lock(line, "CLUSTER", object, LockMode.ACCESS_EXCLUSIVE, false, true, text);
                return true;
            }
            case "TRUNCATE" -> {
                in.expect("TRUNCATE");
                in.accept("TABLE");
                in.accept("ONLY");
                tables(in).forEach(t -> out.lock(line, "TRUNCATE", t, LockMode.ACCESS_EXCLUSIVE, false, true, text));
                return true;
            }
            case "REFRESH" -> {
                in.expect("REFRESH", "MATERIALIZED", "VIEW");
                boolean concurrently = in.accept("CONCURRENTLY");
                out.lock(line, "REFRESH MATERIALIZED VIEW", in.qualifiedName("a view name"),
                        concurrently ? LockMode.EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE, false, true, text);
                return true;
            }
            case "ALTER", "DROP" -> {
                int mark = in.mark();
                in.next();
                in.accept("MATERIALIZED");
                Token kind = in.next();
                if (!(kind.isWord("TYPE") || kind.isWord("VIEW") || kind.isWord("SEQUENCE") || kind.isWord("INDEX") || kind.isWord("DOMAIN"))) {
                    in.reset(mark);
                    return false;
                }
                boolean concurrently = in.accept("CONCURRENTLY");
                in.accept("IF", "EXISTS");
                String family = verb + " " + kind.text().toUpperCase(Locale.ROOT);
                out.lock(line, family, in.qualifiedName("a name"), concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE,
                        concurrently, true, text);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The lock of an ALTER TABLE action the reader does not model (SET (…), ENABLE TRIGGER, OWNER TO, SET
     * LOGGED…), after the table name: SHARE UPDATE EXCLUSIVE for storage options, statistics and CLUSTER
     * ON, SHARE ROW EXCLUSIVE for triggers, ACCESS EXCLUSIVE for the rest.
     */
    static LockMode alterTableAction(String action) {
        String words = action.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (words.matches("(SET|RESET) \\(.*|CLUSTER ON .*|SET WITHOUT CLUSTER|ALTER (COLUMN )?\\S+ (SET|RESET) (STATISTICS|\\().*")) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (words.matches("(ENABLE|DISABLE)( ALWAYS| REPLICA)? TRIGGER.*")) return LockMode.SHARE_ROW_EXCLUSIVE;
        return LockMode.ACCESS_EXCLUSIVE;
    }

    /**
     * The object a COMMENT locks, from the words before IS: {@code COLUMN s.t.c} → t; {@code CONSTRAINT c ON t}
     * (and TRIGGER, POLICY, RULE) → t; any other kind ({@code TABLE s.t}, {@code FUNCTION f(int)}) → its name.
     */
    private static Optional<String> commentTarget(TokenCursor in) {
        boolean column = in.peek().isWord("COLUMN");
        List<Token> head = in.until(t -> t.isWord("IS"));
        int depth = 0;
        List<String> names = new java.util.ArrayList<>();
        for (Token t : head) {
            if (t.isSymbol("(")) depth++;
            if (t.isSymbol(")")) depth--;
            if (depth > 0) continue;
            if (t.isWord("ON") && !column) names.clear();
            else if (t.isIdentifier()) names.add(in.name(t));
        }
        if (column) return names.size() < 3 ? Optional.empty() : Optional.of(names.get(names.size() - 2));
        return names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1));
    }

    /** {@code LOCK [TABLE] [ONLY] a, b [IN … MODE] [NOWAIT]}. */
    private static void lockTable(TokenCursor in, ScriptBuilder out, int line, String text) {
        in.expect("LOCK");
        in.accept("TABLE");
        in.accept("ONLY");
        List<String> tables = tables(in);
        LockMode mode = LockMode.ACCESS_EXCLUSIVE;
        if (in.accept("IN")) {
            StringBuilder words = new StringBuilder();
            while (!in.atEnd() && !in.peek().isWord("MODE")) words.append(in.next().text()).append(' ');
            in.expect("MODE");
            mode = LockMode.ofWords(words.toString());
        }
        boolean waits = !in.accept("NOWAIT");
        for (String t : tables) out.lock(line, "LOCK TABLE", t, mode, false, waits, text);
    }

    private static List<String> tables(TokenCursor in) {
        List<String> names = new java.util.ArrayList<>();
        do {
            in.accept("ONLY");
            names.add(in.qualifiedName("a table name"));
            in.acceptSymbol("*");
            if (in.atSymbol("(")) in.skipParenthesised(); // VACUUM t (c1, c2)
        } while (in.acceptSymbol(","));
        return names;
    }

    /** A parenthesised option list {@code (FULL)}, {@code (CONCURRENTLY false)}: whether {@code option} is in it and on. */
    private static boolean optionOn(TokenCursor in, String option) {
        if (!in.atSymbol("(")) return false;
        boolean on = false;
        in.expectSymbol("(");
        while (!in.atEnd() && !in.atSymbol(")")) {
            Token name = in.next();
            boolean value = true;
            if (!in.atSymbol(",") && !in.atSymbol(")")) {
                String v = in.next().value().toLowerCase(Locale.ROOT);
                value = !(v.equals("false") || v.equals("off") || v.equals("0") || v.equals("no"));
            }
            if (name.isWord(option)) on = value;
            in.acceptSymbol(",");
        }
        in.expectSymbol(")");
        return on;
    }
}
