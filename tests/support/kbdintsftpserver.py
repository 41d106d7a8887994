#!/usr/bin/python3
"""An SSH server for the tests that logs in with keyboard-interactive only and serves SFTP
from a folder ("/" on the server is that folder). OpenSSH's sshd asks keyboard-interactive
questions only through PAM, which a test cannot set up without root; this one asks what its
configuration says and completes the login when the answers are right.

    kbdintsftpserver.py CONFIG.json

CONFIG holds: "hostKey" (an Ed25519 private key file in OpenSSH's format), "root" (the folder
served), "port" (0: any free one), "user", "name" and "instruction" (the server's words before
the questions) and "rounds": a list of rounds, each a list of {"prompt", "echo", "answer"};
the login succeeds once every round was answered right. Once it listens, the server prints
"listening on port N" on standard output. Each set of answers it gets appends a line to
CONFIG's folder's "answers.log" ("round R right" or "round R wrong"; never the answers), so a
test can count the attempts.
"""

import json
import os
import socket
import sys
import threading

import paramiko
from paramiko import SFTPAttributes, SFTPHandle, SFTPServer, SFTPServerInterface
from paramiko.sftp import SFTP_FAILURE, SFTP_OK


class Login(paramiko.ServerInterface):
    def __init__(self, config, log_path):
        self.config = config
        self.log_path = log_path
        self.round = 0

    def get_allowed_auths(self, username):
        return "keyboard-interactive"

    def check_channel_request(self, kind, chanid):
        if kind == "session":
            return paramiko.OPEN_SUCCEEDED
        return paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def query(self):
        query = paramiko.InteractiveQuery(self.config.get("name", ""),
                                          self.config.get("instruction", ""))
        for question in self.config["rounds"][self.round]:
            query.add_prompt(question["prompt"], bool(question["echo"]))
        return query

    def check_auth_interactive(self, username, submethods):
        if username != self.config["user"]:
            return paramiko.AUTH_FAILED
        self.round = 0
        return self.query()

    def check_auth_interactive_response(self, responses):
        expected = [question["answer"] for question in self.config["rounds"][self.round]]
        right = list(responses) == expected
        with open(self.log_path, "a") as log:
            log.write("round %d %s\n" % (self.round, "right" if right else "wrong"))
        if not right:
            return paramiko.AUTH_FAILED
        self.round += 1
        if self.round == len(self.config["rounds"]):
            return paramiko.AUTH_SUCCESSFUL
        return self.query()


class Handle(SFTPHandle):
    def stat(self):
        try:
            return SFTPAttributes.from_stat(os.fstat(self.readfile.fileno()))
        except OSError as e:
            return SFTPServer.convert_errno(e.errno)

    def chattr(self, attr):
        try:
            SFTPServer.set_file_attr(self.filename, attr)
        except OSError as e:
            return SFTPServer.convert_errno(e.errno)
        return SFTP_OK


def errors_as_status(call):
    """An OSError becomes the SFTP status of its errno, as paramiko's server expects."""

    def wrapped(*args):
        try:
            return call(*args)
        except OSError as e:
            return SFTPServer.convert_errno(e.errno)

    return wrapped


class Files(SFTPServerInterface):
    ROOT = "/"

    def local(self, path):
        return os.path.join(self.ROOT, self.canonicalize(path).lstrip("/"))

    @errors_as_status
    def list_folder(self, path):
        folder = self.local(path)
        return [SFTPAttributes.from_stat(os.lstat(os.path.join(folder, name)), name)
                for name in os.listdir(folder)]

    @errors_as_status
    def stat(self, path):
        return SFTPAttributes.from_stat(os.stat(self.local(path)))

    @errors_as_status
    def lstat(self, path):
        return SFTPAttributes.from_stat(os.lstat(self.local(path)))

    @errors_as_status
    def open(self, path, flags, attr):
        local = self.local(path)
        mode = attr.st_mode if attr is not None and attr.st_mode is not None else 0o666
        fd = os.open(local, flags, mode & 0o7777)
        if flags & os.O_WRONLY:
            how = "ab" if flags & os.O_APPEND else "wb"
        elif flags & os.O_RDWR:
            how = "a+b" if flags & os.O_APPEND else "r+b"
        else:
            how = "rb"
        handle = Handle(flags)
        handle.filename = local
        handle.readfile = handle.writefile = os.fdopen(fd, how)
        return handle

    @errors_as_status
    def remove(self, path):
        os.remove(self.local(path))
        return SFTP_OK

    @errors_as_status
    def rename(self, oldpath, newpath):
        # SFTP 3's rename does not replace a file that is there (as OpenSSH's server).
        if os.path.lexists(self.local(newpath)):
            return SFTP_FAILURE
        os.rename(self.local(oldpath), self.local(newpath))
        return SFTP_OK

    @errors_as_status
    def posix_rename(self, oldpath, newpath):
        os.rename(self.local(oldpath), self.local(newpath))
        return SFTP_OK

    @errors_as_status
    def mkdir(self, path, attr):
        mode = attr.st_mode if attr is not None and attr.st_mode is not None else 0o777
        os.mkdir(self.local(path), mode & 0o7777)
        return SFTP_OK

    @errors_as_status
    def rmdir(self, path):
        os.rmdir(self.local(path))
        return SFTP_OK

    @errors_as_status
    def chattr(self, path, attr):
        SFTPServer.set_file_attr(self.local(path), attr)
        return SFTP_OK

    @errors_as_status
    def symlink(self, target_path, path):
        os.symlink(target_path, self.local(path))
        return SFTP_OK

    @errors_as_status
    def readlink(self, path):
        return os.readlink(self.local(path))


def serve(client, config, host_key, log_path):
    transport = paramiko.Transport(client)
    transport.add_server_key(host_key)
    transport.set_subsystem_handler("sftp", SFTPServer, Files)
    try:
        transport.start_server(server=Login(config, log_path))
        # Keeps the connection until the client closes it; the SFTP subsystem runs on
        # threads of paramiko's.
        transport.join()
    except (paramiko.SSHException, EOFError, OSError):
        pass
    finally:
        transport.close()


def main():
    config_path = sys.argv[1]
    with open(config_path) as file:
        config = json.load(file)
    Files.ROOT = config["root"]
    host_key = paramiko.Ed25519Key(filename=config["hostKey"])
    log_path = os.path.join(os.path.dirname(os.path.abspath(config_path)), "answers.log")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", int(config.get("port", 0))))
    listener.listen(16)
    print("listening on port %d" % listener.getsockname()[1], flush=True)
    while True:
        client, _ = listener.accept()
        threading.Thread(target=serve, args=(client, config, host_key, log_path),
                         daemon=True).start()


if __name__ == "__main__":
    main()
