Feature: Mistakes in scenarios (run by FailureMessagesTest only)

  Scenario: a misspelt event type
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlacd  | {"orderId": "o-1", "amount": 100} |

  Scenario: a misspelt command
    When the command "ShipOrdr" is sent:
      """
      {"orderId": "o-1"}
      """

  Scenario: a misspelt aggregate
    Given the ordr "o-1" has no events

  Scenario: a doc string that is not JSON
    When the command "ShipOrder" is sent:
      """
      {
        "orderId": "o-1",
      }
      """

  Scenario: a table cell that is not JSON
    Given the order "o-1" has these events:
      | type        | data                             |
      | OrderPlaced | {"orderId": "o-1", "amount": 1}  |
      | OrderPaid   | {"orderId": o-1}                 |

  Scenario: JSON that does not fit the event class
    Given the order "o-1" has these events:
      | type        | data                                  |
      | OrderPlaced | {"orderId": "o-1", "amount": "lots"}  |

  Scenario: a unit of time the steps do not know
    When 2 weeks pass

  Scenario: a fault given after the broker started
    When "PaymentRequested" is published to "payments" with key "o-1":
      """
      {"orderId": "o-1", "amount": 100}
      """
    Given every message is delivered twice

  Scenario: the clock set back
    Given the clock is 2026-01-01T09:00:00Z
    And 1 hour passes
    Given the clock is 2026-01-01T09:30:00Z

  Scenario: a table without the data column
    Given the order "o-1" has these events:
      | type        | payload            |
      | OrderPlaced | {"orderId": "o-1"} |
