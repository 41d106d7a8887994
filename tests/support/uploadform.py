#!/usr/bin/env python3
"""An HTTP upload form for the tests (tests/support/uploadserver.h): it stores each
multipart/form-data POST's file in a folder and writes one JSON line per request to a log the
test reads: {"status", "file", "size", "field" (the file's field), "fields" (the others)}.

Options make it misbehave: answer 400 for a file name (--refuse NAME), 503 for the first N
POSTs (--fail-first N), keep the answer of the first POST of a file name for ever (--hang NAME:
the log gets {"hang": NAME} once the request is read), close the connection of the first POST
of a file name without an answer (--drop NAME: logged as {"drop": NAME}), serve TLS (--cert,
--key).
It prints "listening on 127.0.0.1:PORT" once it listens on the port the system picked."""

import argparse
import email.parser
import email.policy
import json
import os
import ssl
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

arguments = argparse.ArgumentParser()
arguments.add_argument("--dir", required=True)
arguments.add_argument("--log", required=True)
arguments.add_argument("--refuse", action="append", default=[])
arguments.add_argument("--fail-first", type=int, default=0)
arguments.add_argument("--hang", action="append", default=[])
arguments.add_argument("--drop", action="append", default=[])
arguments.add_argument("--cert")
arguments.add_argument("--key")
arguments.add_argument("--port", type=int, default=0)  # 0: one the system picks
options = arguments.parse_args()

lock = threading.Lock()
posts = 0
hung = set()
dropped = set()


def log(record):
    with lock, open(options.log, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


class Form(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass  # the JSON log is what the tests read

    def answer(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        global posts
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + self.headers.get("Content-Type", "").encode() + b"\r\n\r\n" + body)
        fields, name, field, data = {}, None, None, b""
        for part in message.iter_parts():
            if part.get_filename() is not None:
                name, field = part.get_filename(), part.get_param("name", header="content-disposition")
                data = part.get_payload(decode=True) or b""
            else:
                fields[part.get_param("name", header="content-disposition")] = part.get_content()
        record = {"file": name, "size": len(data), "field": field, "fields": fields}
        with lock:
            posts += 1
            number = posts
            hang = name in options.hang and name not in hung
            if hang:
                hung.add(name)
            drop = name in options.drop and name not in dropped
            if drop:
                dropped.add(name)
        if drop:
            log({"drop": name})
            self.close_connection = True  # the client gets no answer, only a closed connection
            return
        if hang:
            log({"hang": name})
            threading.Event().wait()  # never answers; the test ends the process
        if name in options.refuse:
            record["status"] = 400
            log(record)
            return self.answer(400, "Bad upload: " + name + " is not a log file we take")
        if number <= options.fail_first:
            record["status"] = 503
            log(record)
            return self.answer(503, "Busy, try later")
        with open(os.path.join(options.dir, os.path.basename(name or "unnamed")), "wb") as out:
            out.write(data)
        record["status"] = 200
        log(record)
        self.answer(200, "Thank you")


ThreadingHTTPServer.allow_reuse_address = True  # started again on the port it had
server = ThreadingHTTPServer(("127.0.0.1", options.port), Form)
server.daemon_threads = True
if options.cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(options.cert, options.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
print("listening on 127.0.0.1:%d" % server.server_address[1], flush=True)
server.serve_forever()
