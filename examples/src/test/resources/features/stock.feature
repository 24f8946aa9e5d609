Feature: Stock
  A product's stock reserves units for orders; asking for more than is left is a fact, not an error.

  Scenario: an order asking for more than is left is told the product is out of stock
    Given the stock "p-1" has these events:
      | type          | data                                |
      | StockReceived | {"productId": "p-1", "quantity": 3} |
    When the command "ReserveStock" is sent:
      """
      {"orderId": "o-1", "productId": "p-1", "quantity": 5}
      """
    Then these events are recorded:
      | type       | data                                   |
      | OutOfStock | {"orderId": "o-1", "productId": "p-1"} |
