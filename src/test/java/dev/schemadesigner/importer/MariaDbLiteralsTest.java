package dev.schemadesigner.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** H1 (audit 1.24): MariaDB's backslash-escaped CHECK literals read back as the model's ANSI literals. */
class MariaDbLiteralsTest {

    @Test
    void backslashEscapesInLiteralsBecomeAnsi() {
        assertThat(MariaDbLiterals.ansi("`a` <> '\\\\' and `a` <> ')) #'")).isEqualTo("`a` <> '\\' and `a` <> ')) #'");
        assertThat(MariaDbLiterals.ansi("`a` <> 'it\\'s'")).isEqualTo("`a` <> 'it''s'");
        assertThat(MariaDbLiterals.ansi("`a\\b` like 'x\\_%'")).isEqualTo("`a\\b` like 'x\\_%'");
    }
}
