Feature: Virtual time: deadlines, the clock and retries

  Scenario: an unpaid order is cancelled when its payment deadline passes
    Given the clock is 2026-01-01T09:00:00Z
    And the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When 30 minutes pass
    Then these events are recorded:
      | type           | data                                              |
      | OrderCancelled | {"orderId": "o-1", "reason": "payment timeout"}   |

  Scenario: the deadline has not passed yet
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When PT29M pass
    Then no events are recorded

  Scenario Outline: durations in words and in ISO-8601
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    When <duration> pass
    Then these events are recorded:
      | type           | data                             |
      | OrderCancelled | {"reason": "payment timeout"}    |

    Examples:
      | duration     |
      | 1800 seconds |
      | 2 hours      |
      | 1 day        |
      | PT30M        |

  Scenario: retries wait on virtual time before a message is dead-lettered
    Given a failing message is tried 2 times, 10 seconds apart
    When "PaymentRequested" is published to "payments" with key "o-9":
      """
      {"orderId": "o-9", "amount": 5000}
      """
    Then no message is dead-lettered
    When 10 seconds pass
    Then 1 message is dead-lettered from "payments" by "billing"

  Scenario: deadlines stay pending across steps and commands
    Given the order "o-1" has no events
    When the command "PlaceOrder" is sent:
      """
      {"orderId": "o-1", "amount": 100}
      """
    And 15 minutes pass
    Then no events are recorded
    When 15 minutes pass
    Then these events are recorded:
      | type           | data                          |
      | OrderCancelled | {"reason": "payment timeout"} |

  Scenario: the deadlines of every instance fire, the last named one's are shown
    Given the order "o-1" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-1", "amount": 100} |
    And the order "o-2" has these events:
      | type        | data                              |
      | OrderPlaced | {"orderId": "o-2", "amount": 100} |
    When 30 minutes pass
    Then these events are recorded:
      | type           | data               |
      | OrderCancelled | {"orderId": "o-2"} |
    When the command "PayOrder" is sent to the order "o-1":
      """
      {"orderId": "o-1"}
      """
    Then the command is rejected with "not placed"
