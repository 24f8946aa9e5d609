package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void countsWithTheNounInTheRightNumber() {
        assertThat(Plural.of(0, "event")).isEqualTo("0 events");
        assertThat(Plural.of(1, "event")).isEqualTo("1 event");
        assertThat(Plural.of(2, "message")).isEqualTo("2 messages");
        assertThat(Plural.orNo(0, "command")).isEqualTo("no commands");
        assertThat(Plural.orNo(1, "command")).isEqualTo("1 command");
        assertThat(Plural.orNo(12, "command")).isEqualTo("12 commands");
    }
}
