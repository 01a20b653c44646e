package dev.schemadesigner.verify;

import dev.schemadesigner.generate.Artifact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit M5: a generated file that does not compile makes the turn unproven, with the file and line named. */
class GeneratedPythonCheckTest {
    private static final Artifact GOOD = Artifact.python("api/app/models/note.py", "model", "class Note:\n    \"\"\"Stores notes \\\\\"\"\"\n");
    private static final Artifact BAD = Artifact.python("api/app/models/note_backslash.py", "model", "class Note:\n    \"\"\"Stores notes \\\"\"\"\n");
    private static final Artifact SQL = new Artifact("db/schema.sql", "sql", "ddl", "CREATE TABLE t (id int);");
    private static final Verification SQLITE = new Verification("sqlite", "3", List.of(new Verification.Step("setup", true, 1, Optional.empty())), List.of());

    @Test
    void addsAPassedCompileStepWhenEveryFileCompiles() {
        List<Verification> checked = GeneratedPythonCheck.appendTo(List.of(SQLITE), List.of(GOOD, SQL));

        assertThat(checked.get(0).step("compile")).hasValueSatisfying(s -> assertThat(s.ok()).isTrue());
        assertThat(checked.get(0).ok()).isTrue();
    }

    @Test
    void failsTheVerificationNamingTheFileAndLineThatDoesNotCompile() {
        List<Verification> checked = GeneratedPythonCheck.appendTo(List.of(SQLITE), List.of(GOOD, BAD));

        Verification.Step step = checked.get(0).step("compile").orElseThrow();
        assertThat(step.ok()).isFalse();
        assertThat(step.error()).hasValueSatisfying(e -> assertThat(e).contains("api/app/models/note_backslash.py line 2").doesNotContain("note.py line"));
        assertThat(checked.get(0).ok()).isFalse();
    }

    @Test
    void leavesVerificationAloneWhenNoPythonWasGenerated() {
        assertThat(GeneratedPythonCheck.appendTo(List.of(SQLITE), List.of(SQL))).containsExactly(SQLITE);
    }

    @Test
    void withoutPythonTheJavaReaderFindsAnUnterminatedDocstringOrANulByte() {
        Artifact nul = Artifact.python("api/app/x.py", "model", "x = \"a\0b\"\n");

        assertThat(GeneratedPythonCheck.withJavaReader(List.of(GOOD))).isEmpty();
        assertThat(GeneratedPythonCheck.withJavaReader(List.of(BAD, nul))).satisfiesExactly(
                e -> assertThat(e).startsWith("api/app/models/note_backslash.py: ").contains("line 2"),
                e -> assertThat(e).contains("api/app/x.py", "null bytes"));
    }
}
