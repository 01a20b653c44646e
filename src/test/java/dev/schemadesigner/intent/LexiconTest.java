package dev.schemadesigner.intent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.load();

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(TextNormalizer.normalize("Diseñar ESQUEMA, für Straße!")).isEqualTo("disenar esquema fur strasse");
        assertThat(TextNormalizer.normalize("created_at")).isEqualTo("created at");
    }

    @Test
    void countsTranspositionsAsOneEdit() {
        assertThat(TextNormalizer.distance("shcema", "schema", 2)).isEqualTo(1);
        assertThat(TextNormalizer.distance("databse", "database", 2)).isEqualTo(1);
        assertThat(TextNormalizer.distance("table", "cable", 1)).isEqualTo(1);
    }

    @Test
    void correctsTyposOnlyInLongWordsWithTheSameFirstLetter() {
        assertThat(lexicon.analyze("databse shcema").concepts()).contains("database", "schema");
        assertThat(lexicon.analyze("cable").concepts()).doesNotContain("table");
        assertThat(lexicon.analyze("tabel").concepts()).contains("table");
    }

    @Test
    void rewritesOtherLanguagesIntoCanonicalEnglish() {
        assertThat(lexicon.analyze("Datenbankschema entwerfen").canonicalText()).isEqualTo("database schema design");
        assertThat(lexicon.analyze("crear una tabla con clave foránea").canonicalText())
                .isEqualTo("create una table with foreign key");
        assertThat(lexicon.analyze("jeder Kunde hat viele Bestellungen").canonicalText()).isEqualTo("each kunde has many bestellungen");
    }

    @Test
    void readsTyposAsSchemaWordsOnlyAndNotDerivedWords() {
        assertThat(lexicon.analyze("severity").concepts()).doesNotContain("not_schema_security");
        assertThat(lexicon.analyze("url shortener").concepts()).doesNotContain("alter");
        assertThat(lexicon.analyze("foriegn key").concepts()).contains("foreign_key");
    }

    @Test
    void countsOtherSensesOfDatabaseWordsApartFromOffTopicWords() {
        Lexicon.Analysis backup = lexicon.analyze("restore the database from last night's backup");
        Lexicon.Analysis furniture = lexicon.analyze("a wooden dining table");

        assertThat(backup.otherSenseScore()).isPositive();
        assertThat(backup.offTopicScore()).isZero();
        assertThat(backup.schemaScore()).isPositive();
        assertThat(furniture.offTopicScore()).isPositive();
        assertThat(furniture.otherSenseScore()).isZero();
    }

    @Test
    void prefersTheLongestPhrase() {
        Lexicon.Analysis analysis = lexicon.analyze("which index funds are cheap");

        assertThat(analysis.concepts()).doesNotContain("index");
        assertThat(analysis.offTopicScore()).isPositive();
    }

    @Test
    void recognisesPastedCode() {
        assertThat(PastedCode.in("op.drop_column('t', 'c')")).isEqualTo(PastedCode.MIGRATION);
        assertThat(PastedCode.in("create table t (id int)")).isEqualTo(PastedCode.DDL);
        assertThat(PastedCode.in("__tablename__ = 'x'")).isEqualTo(PastedCode.MODEL);
        assertThat(PastedCode.in("EXPLAIN ANALYZE SELECT * FROM t WHERE a = 1")).isEqualTo(PastedCode.QUERY);
        assertThat(PastedCode.in("create a table for invoices")).isEqualTo(PastedCode.NONE);
    }
}
