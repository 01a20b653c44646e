package dev.schemadesigner.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit L7 (1.13): bidi controls and other invisible format characters in identifiers are refused at the model boundary. */
class InvisibleCharacterNamesTest {

    @ParameterizedTest
    @CsvSource({
            "202A, LEFT-TO-RIGHT EMBEDDING", "202B, RIGHT-TO-LEFT EMBEDDING", "202C, POP DIRECTIONAL FORMATTING",
            "202D, LEFT-TO-RIGHT OVERRIDE", "202E, RIGHT-TO-LEFT OVERRIDE", "2066, LEFT-TO-RIGHT ISOLATE", "2067, RIGHT-TO-LEFT ISOLATE",
            "2068, FIRST STRONG ISOLATE", "2069, POP DIRECTIONAL ISOLATE", "200B, ZERO WIDTH SPACE", "200F, RIGHT-TO-LEFT MARK",
            "FEFF, ZERO WIDTH NO-BREAK SPACE", "00AD, SOFT HYPHEN", "2028, LINE SEPARATOR"})
    void refusesAColumnNameWithAnInvisibleCharacterNamingItAndItsPosition(String hex, String unicodeName) {
        String name = "abc" + Character.toString(Integer.parseInt(hex, 16)) + "def";

        assertThatThrownBy(() -> new Column(name, LogicalType.INTEGER, true, Optional.empty(), false, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column name 'abc\\u" + hex + "def' contains U+" + hex + " " + unicodeName + " at character 4");
    }

    @Test
    void refusesATableNameWithARightToLeftOverride() {
        assertThatThrownBy(() -> Table.of("users\u202Etxt.exe", java.util.List.of(new Column("id", LogicalType.INTEGER, false, Optional.empty(), true, Optional.empty())), new PrimaryKey(java.util.List.of("id"))))
                .hasMessageContaining("table name 'users\\u202Etxt.exe' contains U+202E RIGHT-TO-LEFT OVERRIDE at character 6");
    }

    @Test
    void keepsVisibleNonAsciiNames() {
        assertThat(new Column("größe_é_名前_🙂", LogicalType.INTEGER, true, Optional.empty(), false, Optional.empty()).name()).isEqualTo("größe_é_名前_🙂");
    }
}
