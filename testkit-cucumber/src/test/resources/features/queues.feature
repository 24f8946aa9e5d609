Feature: Exchanges and queues on the fake broker

  Background:
    Given the exchange "payments" of type topic
    And the exchange "payment-events" of type fanout
    And the exchange "payments.dlx" of type fanout
    And the queue "payment-requests" with:
      | dead-letter exchange | payments.dlx |
    And the queue "payment-requests" is bound to "payments" with key "payment.*"
    And the queue "processed"
    And the queue "processed" is bound to "payment-events" with key ""
    And the queue "declined"
    And the queue "declined" is bound to "payments.dlx" with key ""

  Scenario: a requested payment goes through a topic exchange, a competing consumer and a fanout
    When "PaymentRequested" is sent to "payments" with routing key "payment.requested":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then the queue "processed" holds these events:
      | type             | data                               |
      | PaymentProcessed | {"orderId": "o-1", "amount": 100}  |
    And the queue "payment-requests" holds 0 messages

  Scenario: a declined card is dead-lettered after the retries
    When "PaymentRequested" is sent to the queue "payment-requests":
      """
      {"orderId": "o-7", "amount": 5000}
      """
    And 3 seconds pass
    Then the queue "declined" holds 1 message
    And the queue "processed" holds 0 messages

  Scenario: an unroutable mandatory message is returned
    When "PaymentRequested" is sent as mandatory to "payments" with routing key "refund.requested":
      """
      {"orderId": "o-2", "amount": 100}
      """
    Then 1 message is returned as unroutable

  Scenario: a full reject-publish queue keeps the first message
    Given the queue "small" with:
      | max length | 1              |
      | overflow   | reject-publish |
    When "PaymentRequested" is sent to the queue "small":
      """
      {"orderId": "o-1", "amount": 100}
      """
    And "PaymentRequested" is sent to the queue "small":
      """
      {"orderId": "o-2", "amount": 200}
      """
    Then the queue "small" holds these events:
      | type             | data                |
      | PaymentRequested | {"orderId": "o-1"}  |

  Scenario: a headers exchange routes nothing when no header matches
    Given the exchange "by-region" of type headers
    And the queue "eu"
    And the queue "eu" is bound to "by-region" with arguments:
      | x-match | any |
      | region  | eu  |
    When "PaymentRequested" is sent to "by-region" with routing key "":
      """
      {"orderId": "o-3", "amount": 100}
      """
    Then the queue "eu" holds 0 messages
