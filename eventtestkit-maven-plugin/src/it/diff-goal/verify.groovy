def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] #/properties/amount: TYPE_CHANGED: integer -> string (INCOMPATIBLE) witness: {"orderId":"a","amount":0} '
        + '(v1.json accepts it, v2.json rejects it)\n')
assert log.contains('[ERROR] 1 difference, 1 incompatible for BACKWARD under STRICT\n')
