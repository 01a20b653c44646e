package dev.schemadesigner.importer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteSchemaTextTest {

    @Test
    void readsNamesAndBodiesPastCommasParenthesesQuotesAndComments() {
        SqliteSchemaText.TableText text = SqliteSchemaText.table("""
                CREATE TABLE "odd ""t"" x" (
                  "a, b" TEXT CONSTRAINT "ck a" CHECK ("a, b" <> 'x,(y'), -- a comment, with (parens
                  n INTEGER CHECK (n IN (1, 2)) REFERENCES other /* inline, (x */ ON DELETE CASCADE,
                  m INT CONSTRAINT uq_m UNIQUE,
                  CONSTRAINT [ck n] CHECK ((n > 0) AND (n < (10 * (2 + 1)))),
                  CONSTRAINT fk_two FOREIGN KEY (n, m) REFERENCES other (x, y),
                  UNIQUE (n, m)
                )""");

        assertThat(text.checks()).containsExactly(
                new SqliteSchemaText.NamedCheck(Optional.of("ck a"), "\"a, b\" <> 'x,(y'"),
                new SqliteSchemaText.NamedCheck(Optional.empty(), "n IN (1, 2)"),
                new SqliteSchemaText.NamedCheck(Optional.of("ck n"), "(n > 0) AND (n < (10 * (2 + 1)))"));
        assertThat(text.foreignKeys()).containsExactly(
                new SqliteSchemaText.NamedForeignKey(Optional.empty(), List.of("n"), "other"),
                new SqliteSchemaText.NamedForeignKey(Optional.of("fk_two"), List.of("n", "m"), "other"));
        assertThat(text.uniques()).containsExactly(
                new SqliteSchemaText.NamedUnique(Optional.of("uq_m"), List.of("m")),
                new SqliteSchemaText.NamedUnique(Optional.empty(), List.of("n", "m")));
    }

    @Test
    void readsIndexKeysWithoutDirectionOrCollationAndThePartialPredicate() {
        SqliteSchemaText.IndexText text = SqliteSchemaText.index(
                "CREATE UNIQUE INDEX ix ON t (lower(email) COLLATE NOCASE, \"a,b\" DESC, coalesce(x, ')')) WHERE deleted_at IS NULL AND (k = 'a)')");

        assertThat(text.keys()).containsExactly("lower(email)", "\"a,b\"", "coalesce(x, ')')");
        assertThat(text.where()).contains("deleted_at IS NULL AND (k = 'a)')");
    }
}
