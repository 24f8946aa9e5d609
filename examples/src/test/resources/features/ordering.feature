Feature: Ordering
  An order is created, paid, then shipped. An order not paid within 30 minutes is cancelled.

  Scenario: a created order is paid, then shipped
    Given the event contracts in "../schemas"
    And the order "o-1" has no events
    When the command "CreateOrder" is sent:
      """
      {"orderId": "o-1", "amount": 2500}
      """
    And the command "RecordPayment" is sent:
      """
      {"orderId": "o-1", "paymentId": "pay-1"}
      """
    And the command "ShipOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then these events are recorded:
      | type         | data               |
      | OrderShipped | {"orderId": "o-1"} |
    And every recorded event conforms to its contract

  Scenario: an unpaid order is not shipped
    Given the order "o-1" has these events:
      | type         | data                               |
      | OrderCreated | {"orderId": "o-1", "amount": 2500} |
    When the command "ShipOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then the command is rejected with "order o-1 is not paid"

  Scenario: an order not paid within 30 minutes is cancelled
    Given the order "o-1" has these events:
      | type         | data                               |
      | OrderCreated | {"orderId": "o-1", "amount": 2500} |
    When 29 minutes pass
    Then no events are recorded
    When 1 minute passes
    Then these events are recorded:
      | type           | data                                            |
      | OrderCancelled | {"orderId": "o-1", "reason": "payment timeout"} |

  Scenario: a paid order outlives its payment deadline
    Given the order "o-1" has these events:
      | type             | data                                     |
      | OrderCreated     | {"orderId": "o-1", "amount": 2500}       |
      | PaymentProcessed | {"orderId": "o-1", "paymentId": "pay-1"} |
    When 30 minutes pass
    Then no events are recorded
