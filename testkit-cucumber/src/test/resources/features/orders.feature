Feature: An order aggregate, spoken in JSON by type name

  Scenario: a paid order ships
    Given the order "o-1" has these events:
      | type         | data                               |
      | OrderPlaced  | {"orderId": "o-1", "amount": 100}  |
      | OrderPaid    | {"orderId": "o-1"}                 |
    When the command "ShipOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then these events are recorded:
      | type         | data               |
      | OrderShipped | {"orderId": "o-1"} |

  Scenario: an unpaid order is not shipped
    Given the order "o-1" has these events:
      """
      [{"type": "OrderPlaced", "data": {"orderId": "o-1", "amount": 100}}]
      """
    When the command "ShipOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then the command is rejected with "not paid"

  Scenario: fields the table leaves out are not compared
    Given the event contracts in "schemas"
    And the order "o-1" has no events
    When the command "PlaceOrder" is sent:
      """
      {"orderId": "o-1", "amount": 250}
      """
    Then these events are recorded:
      | type        | data |
      | OrderPlaced | {}   |
    And every recorded event conforms to its contract

  Scenario: commands name their instance when several are in play
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    And the order "o-2" has no events
    When the command "PayOrder" is sent to the order "o-1":
      """
      {"orderId": "o-1"}
      """
    Then these events are recorded:
      | type      | data               |
      | OrderPaid | {"orderId": "o-1"} |
    When the command "ShipOrder" is sent to the order "o-1":
      """
      {"orderId": "o-1"}
      """
    Then these events are recorded:
      | type         | data               |
      | OrderShipped | {"orderId": "o-1"} |
    When the command "PayOrder" is sent to the order "o-2":
      """
      {"orderId": "o-2"}
      """
    Then the command is rejected

  Scenario: a command that changes nothing records no events
    Given the order "o-1" has these events:
      | type           | data                                         |
      | OrderPlaced    | {"orderId": "o-1", "amount": 100}            |
      | OrderCancelled | {"orderId": "o-1", "reason": "changed mind"} |
    When the command "CancelOrder" is sent:
      """
      {"orderId": "o-1", "reason": "again"}
      """
    Then no events are recorded

  Scenario: an object-style aggregate
    Given the stock "sku-1" has these events:
      | type          | data                              |
      | StockReceived | {"sku": "sku-1", "quantity": 3}   |
    When the command "ReserveStock" is sent:
      """
      {"sku": "sku-1", "quantity": 5}
      """
    Then the command is rejected with "only 3 left of sku-1"
