#!/usr/bin/python3
# pyftpdlib's FTP server for the tests (support/ftpserver.h): `python3 -m pyftpdlib` with what
# its command line cannot say. Names are bytes (a Latin-1 name travels as it is, not replaced by
# U+FFFD, pyftpdlib's default), the port is the one the system picked for port 0 (printed as
# "listening on PORT" once it listens: the one line it prints; its log goes to LOG, so that a
# full pipe never stops it while the test does not read). With LTS_PYFTPDLIB_LOG_COMMANDS=1 in
# its environment, the log also has every command ("<- MLSD"), for tests that count them.
#
# usage: pyftpdlibserver.py DIR USER PASSWORD LOG [PORT]
import logging
import os
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


class BytesNamesHandler(FTPHandler):
    # Commands and listings decoded and encoded with surrogateescape: a name's bytes go through.
    unicode_errors = 'surrogateescape'

    def push(self, s):
        # pyftpdlib encodes its replies strictly, and refuses a command whose reply names such a
        # file (MKD's 257) as one it "can't decode".
        super(FTPHandler, self).push(s.encode('utf8', self.unicode_errors))


def main():
    folder, user, password, log = sys.argv[1:5]
    commands = os.environ.get('LTS_PYFTPDLIB_LOG_COMMANDS') == '1'
    logging.basicConfig(filename=log, level=logging.DEBUG if commands else logging.INFO)
    handler = BytesNamesHandler
    authorizer = DummyAuthorizer()
    authorizer.add_user(user, password, folder, perm='elradfmwMT')
    handler.authorizer = authorizer
    handler.passive_ports = None
    handler.permit_foreign_addresses = False
    port = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    server = FTPServer(('127.0.0.1', port), handler)
    print('listening on %d' % server.address[1], flush=True)
    server.serve_forever()


main()
