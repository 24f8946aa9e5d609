Feature: The order process
  A created order reserves its stock and asks for its payment. A payment ships it; an order still
  unpaid after 30 minutes, or whose payment failed, is cancelled and its stock released.
  The fake payment gateway cannot reach "o-retried" at the first try, never reaches "o-unreachable",
  and declines "o-declined".

  Scenario: an order paid at minute 10 ships, and minute 30 cancels nothing
    Given a failing message is tried 2 times, 10 minutes apart
    When "OrderCreated" is published to "orders" with key "o-retried":
      """
      {"orderId": "o-retried", "amount": 2500}
      """
    Then nothing is published to "payment-events"
    When 10 minutes pass
    Then these events are published to "shipping":
      | type               | data                                                    |
      | ShipmentRequested  | {"orderId": "o-retried", "address": "1 Harbour Road"}   |
      | ShipmentDispatched | {"orderId": "o-retried", "trackingId": "TRK-o-retried"} |
    When 20 minutes pass
    Then these events are published to "orders":
      | type         | data                     |
      | OrderCreated | {"orderId": "o-retried"} |
      | OrderShipped | {"orderId": "o-retried"} |
    And these events are published to "inventory":
      | type          | data                                                        |
      | StockReserved | {"orderId": "o-retried", "productId": "p-1", "quantity": 2} |
    And no message is dead-lettered

  Scenario: an order not paid within 30 minutes is cancelled and its stock released
    When "OrderCreated" is published to "orders" with key "o-unreachable":
      """
      {"orderId": "o-unreachable", "amount": 2500}
      """
    And 29 minutes pass
    Then exactly 0 "OrderCancelled" are published to "orders"
    When 1 minute passes
    Then these events are published to "orders":
      | type           | data                                                      |
      | OrderCreated   | {"orderId": "o-unreachable"}                              |
      | OrderCancelled | {"orderId": "o-unreachable", "reason": "payment timeout"} |
    And these events are published to "inventory":
      | type          | data                                                            |
      | StockReserved | {"orderId": "o-unreachable", "productId": "p-1", "quantity": 2} |
      | StockReleased | {"orderId": "o-unreachable", "productId": "p-1", "quantity": 2} |

  Scenario: an order whose payment failed is cancelled at once
    When "OrderCreated" is published to "orders" with key "o-declined":
      """
      {"orderId": "o-declined", "amount": 2500}
      """
    Then these events are published to "orders":
      | type           | data                                                                       |
      | OrderCreated   | {"orderId": "o-declined"}                                                  |
      | OrderCancelled | {"orderId": "o-declined", "reason": "payment failed: insufficient funds"} |
    And exactly 1 "StockReleased" is published to "inventory"
