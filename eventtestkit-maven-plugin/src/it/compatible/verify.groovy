def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 1 subject, 2 versions checked: all compatible')
['eventtestkit-check.txt', 'eventtestkit-check.json', 'TEST-eventtestkit-check.xml', 'eventtestkit-check.sarif', 'eventtestkit-check.html'].each {
    assert new File(basedir, 'target/eventtestkit-reports/' + it).isFile() : it
}
assert new File(basedir, 'target/eventtestkit-reports/eventtestkit-check.txt').text == '1 subject, 2 versions checked: all compatible\n'
assert new File(basedir, 'target/eventtestkit-reports/eventtestkit-check.json').text.contains('"compatible" : true')
assert new File(basedir, 'target/eventtestkit-reports/eventtestkit-check.html').text.contains('<p class="ok">compatible: 1 subject, 2 versions checked: all compatible</p>')
