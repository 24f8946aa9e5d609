package dev.eventtestkit.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeterministicIdsTest {

    @Test
    void theSameSeedGivesTheSameSequence() {
        DeterministicIds first = DeterministicIds.seeded(42);
        DeterministicIds second = DeterministicIds.seeded(42);

        for (int i = 0; i < 100; i++) {
            assertThat(first.next()).isEqualTo(second.next());
        }
    }

    @Test
    void differentSeedsGiveDifferentIds() {
        assertThat(DeterministicIds.seeded(1).next()).isNotEqualTo(DeterministicIds.seeded(2).next());
    }

    @Test
    void idsAreVersionFourIetfVariantAndDistinct() {
        DeterministicIds ids = DeterministicIds.seeded(7);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
