package dev.eventtestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNameTest {

    private static final List<String> KNOWN = List.of("OrderCreated", "OrderShipped", "PaymentProcessed");

    @Test
    void suggestsTheNameAtTheSmallestEditDistance() {
        assertThat(ClosestName.of("OrderCreatd", KNOWN)).contains("OrderCreated");
        assertThat(ClosestName.of("ordershiped", KNOWN)).contains("OrderShipped");
    }

    @Test
    void suggestsNothingWhenNoNameIsPlausiblyMeant() {
        assertThat(ClosestName.of("Refund", KNOWN)).isEmpty();
        assertThat(ClosestName.of("OrderCreated", List.of())).isEmpty();
    }

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestName.distance("", "abc")).isEqualTo(3);
    }
}
