def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] schemas/payments/PaymentTaken/v2.avsc: #/fields/1: READER_FIELD_MISSING_DEFAULT_VALUE: (none) -> '
        + 'field channel without a default (breaks BACKWARD with v1) witness: {"paymentId":"","amount":0} '
        + '(v1 writes it, v2 cannot read it) hint: give the new field a default\n')
assert log.contains('[ERROR] 1 subject, 2 versions checked: 1 incompatible\n')
