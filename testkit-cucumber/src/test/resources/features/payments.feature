Feature: Consumers on the fake broker, under faults

  Scenario: a payment request is processed once
    Given the event contracts in "schemas"
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then exactly 1 "PaymentProcessed" is published to "payment-events"
    And these events are published to "payment-events":
      | type             | key | data                               |
      | PaymentProcessed | o-1 | {"orderId": "o-1", "amount": 100}  |
    And no message is dead-lettered
    And every published event conforms to its contract

  Scenario: an idempotent consumer charges once although every message is delivered twice
    Given every message is delivered twice
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then exactly 1 "PaymentProcessed" is published to "payment-events"
    And exactly 2 "ReceiptSent" are published to "receipts"

  Scenario: lost acks and reordering do not double-charge
    Given the seed is 7
    And the consumers crash before ack for 50% of messages
    And deliveries may be reordered
    And the topic "payments" has 2 partitions
    When these events are published together to "payments":
      | type             | key | data                              |
      | PaymentRequested | o-1 | {"orderId": "o-1", "amount": 100} |
      | PaymentRequested | o-2 | {"orderId": "o-2", "amount": 200} |
      | PaymentRequested | o-3 | {"orderId": "o-3", "amount": 300} |
    Then exactly 3 "PaymentProcessed" are published to "payment-events"
    And no message is dead-lettered

  Scenario: a declined card ends in the dead letters after the retries
    When "PaymentRequested" is published to "payments":
      """
      {"orderId": "o-2", "amount": 5000}
      """
    And 3 seconds pass
    Then 1 message is dead-lettered from "payments" by "billing"
    And nothing is published to "payment-events"

  Scenario: delays are drawn on virtual time
    Given deliveries may be delayed by up to 2 seconds
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    And 2 seconds pass
    Then exactly 1 "PaymentProcessed" is published to "payment-events"

  Scenario: every scenario starts with a fresh broker, clock and consumers
    # billing charged "o-1" in the scenarios above: a consumer or broker shared with them would publish nothing
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then these events are published to "payment-events":
      """
      [{"type": "PaymentProcessed", "key": "o-1", "data": {"orderId": "o-1"}}]
      """
    And exactly 1 "PaymentRequested" is published to "payments"

  Scenario: some messages are delivered twice, some acks are lost
    Given the seed is 3
    And 50% of messages are delivered twice
    And the consumer crashes before ack for 30% of messages
    When these events are published together to "payments":
      | type             | key | data                              |
      | PaymentRequested | o-1 | {"orderId": "o-1", "amount": 100} |
      | PaymentRequested | o-2 | {"orderId": "o-2", "amount": 200} |
    Then these events are published to "payment-events":
      | type             | data                |
      | PaymentProcessed | {"orderId": "o-1"}  |
      | PaymentProcessed | {"orderId": "o-2"}  |
