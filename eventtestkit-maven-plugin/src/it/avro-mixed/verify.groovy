def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) on project avro-mixed: schemas/payments/PaymentTaken: a subject holds one format, '
        + 'but this folder has both v1.avsc and v2.json; keep JSON Schema (v<N>.json) or Avro (v<N>.avsc) versions, and '
        + 'move the other format to a subject folder of its own')
