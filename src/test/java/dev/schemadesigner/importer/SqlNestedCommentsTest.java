package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit L2 (1.25): PostgreSQL nests block comments; the importer read {@code /* /* *}{@code / … *}{@code /} as ending at the first close. */
class SqlNestedCommentsTest {
    private static final String NESTED = "/* outer /* inner */ CREATE TABLE ghost (id INT PRIMARY KEY); */\nCREATE TABLE real_one (id INT PRIMARY KEY);";

    @Test
    void readsANestedCommentAsPostgresDoesAllComment() {
        ImportResult r = new SqlDdlImporter().importSql(NESTED, "postgresql");

        assertThat(r.schema().tables()).extracting(Table::name).containsExactly("real_one");
    }

    @Test
    void keepsTheFirstCloseOnDatabasesWhoseCommentsDoNotNest() {
        ImportResult r = new SqlDdlImporter().importSql("/* a /* b */ CREATE TABLE seen (id INT PRIMARY KEY);", "sqlite");

        assertThat(r.schema().tables()).extracting(Table::name).containsExactly("seen");
    }

    @Test
    void refusesANestedCommentLeftOpenWithItsStart() {
        assertThatThrownBy(() -> new SqlDdlImporter().importSql("CREATE TABLE t (id INT);\n/* a /* b */ c", "postgresql"))
                .isInstanceOf(DdlSyntaxException.class)
                .hasMessage("syntax error at line 2, column 1: unterminated /* comment");
    }
}
