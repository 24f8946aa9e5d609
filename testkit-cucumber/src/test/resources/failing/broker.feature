Feature: Failing expectations on the broker (run by FailureMessagesTest only)

  Scenario: a consumer that is not idempotent sends two receipts
    Given the seed is 42
    And every message is delivered twice
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then exactly 1 "ReceiptSent" is published to "receipts"

  Scenario: the published sequence differs
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then these events are published to "payment-events":
      | type             | key | data                               |
      | PaymentProcessed | o-2 | {"orderId": "o-1", "amount": 150}  |

  Scenario: something was published where nothing should be
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then nothing is published to "payment-events"

  Scenario: a message was dead-lettered
    When "PaymentRequested" is published to "payments" with key "o-7":
      """
      {"orderId": "o-7", "amount": 5000}
      """
    And 3 seconds pass
    Then no message is dead-lettered

  Scenario: fewer dead letters than expected
    When "PaymentRequested" is published to "payments" with key "o-7":
      """
      {"orderId": "o-7", "amount": 5000}
      """
    Then 1 message is dead-lettered from "payments" by "billing"

  Scenario: a published event breaks its contract
    Given the event contracts in "schemas"
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 0}
      """
    Then every published event conforms to its contract

  Scenario: a misspelt type in an expectation
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then exactly 1 "PaymentProcesed" is published to "payment-events"
