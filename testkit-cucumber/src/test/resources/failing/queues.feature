Feature: Queue steps that fail, for QueueFailuresTest

  Scenario: a queue holds fewer messages than expected
    Given the queue "processed"
    When "PaymentRequested" is sent to the queue "processed":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then the queue "processed" holds 2 messages

  Scenario: a queue holds other events
    Given the queue "processed"
    When "PaymentRequested" is sent to the queue "processed":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then the queue "processed" holds these events:
      | type             | data                |
      | PaymentRequested | {"orderId": "o-2"}  |

  Scenario: an unknown queue option
    Given the queue "small" with:
      | max size | 1 |

  Scenario: a send to an exchange nobody declared
    When "PaymentRequested" is sent to "nowhere" with routing key "k":
      """
      {"orderId": "o-1", "amount": 100}
      """

  Scenario: an exchange type that does not exist
    Given the exchange "payments" of type broadcast
