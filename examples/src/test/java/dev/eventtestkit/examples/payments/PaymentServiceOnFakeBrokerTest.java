package dev.eventtestkit.examples.payments;

import dev.eventtestkit.broker.Broker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.examples.support.ExampleContracts;

/** {@link PaymentServiceBehaviour} on the deterministic fake broker, every publish checked against its contract. */
class PaymentServiceOnFakeBrokerTest extends PaymentServiceBehaviour {

    @Override
    Broker broker(boolean duplicates) {
        return ExampleContracts.fakeBroker()
                .faults(duplicates ? Faults.builder().duplicates(1.0).build() : Faults.none())
                .build();
    }
}
