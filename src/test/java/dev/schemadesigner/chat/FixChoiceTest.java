package dev.schemadesigner.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FixChoiceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "apply fix 2|2|", "Apply fix #3.|3|", "please apply the fix for fk-missing-index|0|fk-missing-index",
            "bitte wende Fix 2 an|2|", "aplica el arreglo 4|4|", "applique le correctif 1|1|", "aplique a correção 5|5|",
            "apply the fix for `create-index-not-concurrently`|0|create-index-not-concurrently"})
    void readsAChoiceByNumberOrRule(String message, int number, String rule) {
        Optional<FixChoice> choice = FixChoice.read(message);

        assertThat(choice).isPresent();
        assertThat(choice.get().number()).isEqualTo(number == 0 ? Optional.empty() : Optional.of(number));
        assertThat(choice.get().rule()).isEqualTo(Optional.ofNullable(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply the fix", "fix the index on orders", "add a column fix_count to tickets", "apply fix 2 and add a column"})
    void otherMessagesAreNoChoice(String message) {
        assertThat(FixChoice.read(message)).isEmpty();
    }
}
