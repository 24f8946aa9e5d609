def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] schemas/orders/OrderCreated/v1.json: #/required: RELEASED_VERSION_CHANGED: ["orderId","amount"] -> ["orderId"] '
        + '(v1 is released in target/eventtestkit/against/dev.eventtestkit.it/released-schemas/1.0/schemas/orders/OrderCreated/v1.json; '
        + 'add a new version instead)\n')
assert log.contains('1 subject, 1 version checked: all compatible; 1 released version changed or vanished')
// the released jar was unpacked where the line says
assert new File(basedir, 'target/eventtestkit/against/dev.eventtestkit.it/released-schemas/1.0/schemas/orders/OrderCreated/v1.json').isFile()
