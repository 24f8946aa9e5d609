def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) on project malformed: schemas/orders/OrderCreated/v1.json: line 1, column 19: not valid JSON: ')
assert !log.contains('\tat dev.eventtestkit')
