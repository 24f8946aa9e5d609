Feature: Payments
  The payments service charges each order once, however often its request is delivered, and
  reports a declined card. Its fake gateway declines "o-declined" and cannot reach "o-unreachable".

  Scenario: a payment request delivered twice charges once
    Given every message is delivered twice
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 2500}
      """
    Then exactly 1 "PaymentProcessed" is published to "payment-events"
    And no message is dead-lettered

  Scenario: a declined payment is reported
    When "PaymentRequested" is published to "payments" with key "o-declined":
      """
      {"orderId": "o-declined", "amount": 2500}
      """
    Then these events are published to "payment-events":
      | type          | key        | data                                                      |
      | PaymentFailed | o-declined | {"orderId": "o-declined", "reason": "insufficient funds"} |
    And no message is dead-lettered

  Scenario: a request the gateway cannot take is retried, then dead-lettered
    When "PaymentRequested" is published to "payments" with key "o-unreachable":
      """
      {"orderId": "o-unreachable", "amount": 2500}
      """
    And 3 seconds pass
    Then 1 message is dead-lettered from "payments" by "payments"
    And nothing is published to "payment-events"
