// SftpPipeline: SFTP version 3 spoken by hand on an SSH channel of its own, so that many
// requests are on their way at once and their answers are collected after (SFTP matches them
// by id; OpenSSH's sftp-server answers in order). It exists only because libssh 0.10 (Debian
// 12) has no asynchronous SFTP writes, renames nor stats: each of its calls waits a full round
// trip, and a small file costs five (open, write, close, setstat, rename). Only the few
// packets the uploads of small files need are here (OPEN, WRITE, FSETSTAT, CLOSE, LSTAT,
// RENAME, posix-rename@openssh.com); everything else stays libssh's.
//
// Every call holds the session's lock (SshSession::lock()) and waits under an Operation, so a
// server that stops answering is cut at the session's deadline and cancel() ends any wait.
// A broken channel, a packet that makes no sense or an answer to a request never sent fails
// the call and the pipeline (broken(): it is not used again), never the program.
#pragma once

#include "sshsession.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

struct ssh_channel_struct;

namespace lts::fsops {

namespace sftp3 {

// The server's answer to one request: its STATUS (code 0 is OK), HANDLE or ATTRS.
struct Reply
{
    std::uint8_t type = 0; // 101 STATUS, 102 HANDLE, 105 ATTRS
    std::uint32_t id = 0;
    std::uint32_t status = 0; // STATUS: the code (SSH_FX_*)
    QByteArray handle; // HANDLE
    std::optional<Stat> attributes; // ATTRS
};

// Reads one answer from a packet's body (after its length): nullopt when it is malformed or
// of a type this pipeline never asks for. Separate from the channel so that it can be fuzzed.
std::optional<Reply> parseReply(QByteArrayView body);

} // namespace sftp3

class SftpPipeline final
{
public:
    ~SftpPipeline();
    Q_DISABLE_COPY_MOVE(SftpPipeline)

    // Opens a channel with the "sftp" subsystem on `session` (its lock held) and says INIT.
    // A server that refuses a second channel fails with NotSupported: the caller goes on
    // without a pipeline.
    static Result<std::unique_ptr<SftpPipeline>> open(SshSession &session);

    bool broken() const { return m_broken; }
    // Whether the channel is still open as far as this computer knows: what arrived (the end
    // of a connection the network dropped) is looked at, without waiting for the server.
    bool stillOpen();
    bool hasPosixRename() const { return m_posixRename; }

    // One small file written whole under a new name.
    struct Upload
    {
        QByteArray path; // absolute on the server; must not exist
        QByteArrayView data;
        std::uint32_t mtime = 0;
        std::optional<std::uint32_t> mode; // permission bits, where they are copied
    };
    // What became of one upload: 0 when it is written, closed and has its times; otherwise
    // the first SFTP status the server gave for it, and whether the file was created (then it
    // is the caller's to remove).
    struct Outcome
    {
        std::uint32_t status = 0;
        bool created = false;
    };
    // Two waves: every OPEN (O_CREAT | O_EXCL | O_WRONLY, mode 0600), then for each opened file
    // its WRITEs, FSETSTAT and CLOSE back to back. An error is the connection's (lost,
    // cancelled, past its deadline) or a broken answer: then no outcome is known.
    Result<std::vector<Outcome>> upload(const std::vector<Upload> &files);

    // The LSTAT of each path: its ATTRS, or the server's status.
    Result<std::vector<std::pair<std::uint32_t, Stat>>> lstat(const std::vector<QByteArray> &paths);
    // Renames each pair at once: with `replace`, by posix-rename@openssh.com (an atomic
    // replace; only where hasPosixRename()), else by RENAME (OpenSSH's never replaces). The
    // status of each.
    Result<std::vector<std::uint32_t>>
    rename(const std::vector<std::pair<QByteArray, QByteArray>> &renames,
           const std::vector<bool> &replace);

private:
    SftpPipeline(SshSession &session, ssh_channel_struct *channel);
    // Sends every request (a type and the body after the id), then waits for all their
    // answers; returns them in the order of the requests.
    Result<std::vector<sftp3::Reply>>
    exchange(const std::vector<std::pair<std::uint8_t, QByteArray>> &requests);
    Result<void> send(const QByteArray &packet);
    Result<QByteArray> receivePacket();
    Result<void> readExactly(char *into, std::uint32_t size);
    Error failure(const QString &reason);

    SshSession &m_session;
    ssh_channel_struct *m_channel;
    std::uint32_t m_nextId = 1;
    bool m_broken = false;
    bool m_posixRename = false;
};

} // namespace lts::fsops
