Feature: Contracts
  Every event the services publish on an order's way conforms to its contract in schemas/.

  Scenario: every event of a shipped order conforms to its contract
    Given the event contracts in "../schemas"
    When "OrderCreated" is published to "orders" with key "o-1":
      """
      {"orderId": "o-1", "amount": 2500}
      """
    Then exactly 1 "OrderShipped" is published to "orders"
    And every published event conforms to its contract

  Scenario: every event of a cancelled order conforms to its contract
    Given the event contracts in "../schemas"
    When "OrderCreated" is published to "orders" with key "o-declined":
      """
      {"orderId": "o-declined", "amount": 2500}
      """
    Then exactly 1 "OrderCancelled" is published to "orders"
    And every published event conforms to its contract
