def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] schemas/orders/OrderCreated/v2.json: #/properties/amount: TYPE_CHANGED: integer -> string '
        + '(breaks BACKWARD with v1) witness: {"orderId":"a","amount":0} (v1 accepts it, v2 rejects it) hint: add a new '
        + 'property for the new type, or accept both types with a type list or anyOf\n')
assert log.contains('[ERROR] 1 subject, 2 versions checked: 1 incompatible\n')
assert log.contains(':check (default) on project breaking: 1 subject, 2 versions checked: 1 incompatible')
assert new File(basedir, 'target/eventtestkit-reports/eventtestkit-check.txt').isFile()
