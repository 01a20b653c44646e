package dev.schemadesigner.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueTest {

    @Test
    void aColumnNamedTwiceIsKeptOnceAsTheDatabaseKeepsIt() {
        assertThat(Unique.of("uq_bookings_desk_day_desk", "desk_id", "day", "desk_id").columns()).containsExactly("desk_id", "day");
    }
}
