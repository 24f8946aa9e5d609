def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) on project unknown-against: against: cannot resolve dev.eventtestkit.it:no-such-schemas:9.9 '
        + '(a jar with a schemas/ folder at its root) from the build\'s repositories: ')
