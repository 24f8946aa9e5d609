Feature: Failing expectations on an aggregate (run by FailureMessagesTest only)

  Scenario: a listed field differs
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When the command "PayOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then these events are recorded:
      | type      | data               |
      | OrderPaid | {"orderId": "o-2"} |

  Scenario: an event is missing and the types differ
    Given the order "o-1" has no events
    When the command "PlaceOrder" is sent:
      """
      {"orderId": "o-1", "amount": 100}
      """
    Then these events are recorded:
      | type        | data                                |
      | OrderPaid   | {"orderId": "o-1"}                  |
      | OrderPlaced | {"orderId": "o-1", "amount": 120}   |

  Scenario: rejected instead of recording events
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When the command "ShipOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then these events are recorded:
      | type         | data               |
      | OrderShipped | {"orderId": "o-1"} |

  Scenario: accepted instead of rejected
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When the command "PayOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then the command is rejected with "not placed"

  Scenario: rejected with another message
    Given the order "o-1" has no events
    When the command "ShipOrder" is sent:
      """
      {"orderId": "o-1"}
      """
    Then the command is rejected with "already shipped"

  Scenario: a recorded event breaks its contract
    Given the event contracts in "schemas"
    And the order "o-1" has no events
    When the command "PlaceOrder" is sent:
      """
      {"orderId": "o-1", "amount": 0}
      """
    Then every recorded event conforms to its contract

  Scenario: a deadline that has not come yet
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When 10 minutes pass
    Then these events are recorded:
      | type           | data               |
      | OrderCancelled | {"orderId": "o-1"} |

  Scenario: no deadline command was rejected
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When 30 minutes pass
    Then the command is rejected
