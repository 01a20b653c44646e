package dev.schemadesigner.intent;

import java.util.regex.Pattern;

/** Recognises schema code pasted into a message: SQL DDL, ORM models, Alembic revisions and ALTER statements, queries. */
enum PastedCode {
    MIGRATION("(?i)\\bop\\.(add_column|drop_column|create_table|drop_table|alter_column|create_index|drop_index"
            + "|create_foreign_key|execute|batch_alter_table|rename_table|create_unique_constraint)\\s*\\("
            + "|\\bdef\\s+(upgrade|downgrade)\\s*\\(|\\bdown_revision\\s*="
            + "|\\balter\\s+table\\s+\\S+\\s+(add|drop|alter|rename)\\b"),
    DDL("(?i)\\b(create|alter|drop)\\s+(table|index|unique\\s+index|view|materialized\\s+view|type)\\b"
            + "|\\bprimary\\s+key\\s*\\(|\\breferences\\s+\\w+\\s*\\(|\\b(varchar|bigint|serial|timestamptz)\\s*[(,)\\n]"),
    MODEL("\\b__tablename__\\b|\\bmapped_column\\s*\\(|\\bColumn\\s*\\(|\\bForeignKey\\s*\\(|\\brelationship\\s*\\("
            + "|\\bMapped\\[|\\bdeclarative_base\\s*\\(|\\bDeclarativeBase\\b|@Entity\\b|@Table\\s*\\(|\\bmodels\\.Model\\b"),
    QUERY("(?is)\\bexplain\\s+(analyze\\s+)?select\\b|\\bselect\\s+.{1,200}?\\bfrom\\s+\\w+.{0,200}?\\b(where|join|group\\s+by|order\\s+by)\\b"
            + "|\\bseq\\s+scan\\s+on\\b|\\bsession\\.query\\s*\\("),
    NONE("$^");

    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern CODE_PARTS = Pattern.compile(String.join("|",
            "(?i)\\balter\\s+table\\s+\\S+(\\s+(add|drop|alter|rename)(\\s+column)?\\s+\\S+(\\s+[a-z]\\w*)?)?",
            "(?i)\\b(create|drop)\\s+(unique\\s+)?(table|index|view|type)\\s+\\S+(\\s+on\\s+\\S+)?",
            "\\b(def|class)\\s+\\w+", "\\S+\\s*=\\s*\\S+", "Mapped\\[[^\\]]*]", "\\S*[_.]\\S*"));

    private final Pattern pattern;

    PastedCode(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /**
     * The words around pasted code, with the code taken out: what the person asks about it
     * ("... add an updated_at to this"). Parenthesised parts, statement heads, assignments and
     * identifiers with '_' or '.' are removed.
     */
    static String prose(String text) {
        String out = text;
        for (String before = null; !out.equals(before); ) {
            before = out;
            out = PARENTHESES.matcher(out).replaceAll(" ");
        }
        return CODE_PARTS.matcher(out).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** DDL, models or a migration: code that defines a schema (a query only reads one). */
    boolean isSchemaCode() {
        return this == MIGRATION || this == DDL || this == MODEL;
    }

    /** The most specific kind of code in the text: a migration beats DDL beats models beats queries. */
    static PastedCode in(String text) {
        for (PastedCode code : values()) {
            if (code != NONE && code.pattern.matcher(text).find()) {
                return code;
            }
        }
        return NONE;
    }
}
