#include "sftppipeline.h"

#include <QCoreApplication>
#include <QtEndian>

#include <libssh/libssh.h>

#include <map>

#include <sys/stat.h>

namespace lts::fsops {

namespace {

// The packet types, flags and codes of SFTP version 3 (draft-ietf-secsh-filexfer-02) that
// this pipeline uses.
enum : std::uint8_t {
    fxpInit = 1,
    fxpVersion = 2,
    fxpOpen = 3,
    fxpClose = 4,
    fxpWrite = 6,
    fxpLstat = 7,
    fxpFsetstat = 10,
    fxpRename = 18,
    fxpStatus = 101,
    fxpHandle = 102,
    fxpAttrs = 105,
    fxpExtended = 200,
};
constexpr std::uint32_t openWrite = 0x02, openCreate = 0x08, openExclusive = 0x20;
constexpr std::uint32_t attrSize = 0x01, attrUidGid = 0x02, attrPermissions = 0x04,
                        attrTimes = 0x08, attrExtended = 0x80000000u;
constexpr std::uint32_t statusFailure = 4;
// OpenSSH's server takes up to 256 KiB in a packet; its answers to these requests are far
// smaller. Anything larger is a broken stream, not something to allocate for.
constexpr std::uint32_t largestPacket = 256 * 1024 + 1024;
constexpr qsizetype sendSlice = 64 * 1024;
// The largest write OpenSSH's server takes in one request (as sftpfs.cpp's writeChunk).
constexpr qsizetype writeChunk = 255 * 1024;

// Writes the big-endian fields of a packet.
class Packet
{
public:
    Packet() = default; // a request's fields after its id
    explicit Packet(std::uint8_t type) { m_data.append(char(type)); }
    Packet &u32(std::uint32_t value)
    {
        char bytes[4];
        qToBigEndian(value, bytes);
        m_data.append(bytes, 4);
        return *this;
    }
    Packet &u64(std::uint64_t value)
    {
        char bytes[8];
        qToBigEndian(value, bytes);
        m_data.append(bytes, 8);
        return *this;
    }
    Packet &string(QByteArrayView text)
    {
        u32(std::uint32_t(text.size()));
        m_data.append(text.data(), text.size());
        return *this;
    }
    Packet &raw(QByteArrayView bytes)
    {
        m_data.append(bytes.data(), bytes.size());
        return *this;
    }
    const QByteArray &bytes() const { return m_data; }
    // With its length before it.
    QByteArray framed() const
    {
        char length[4];
        qToBigEndian(std::uint32_t(m_data.size()), length);
        return QByteArray(length, 4) + m_data;
    }

private:
    QByteArray m_data;
};

// Reads the fields of a packet; any read past its end makes it invalid, never a crash.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_data.size(); }
    std::uint8_t u8()
    {
        if (!take(1))
            return 0;
        return std::uint8_t(m_data[m_at - 1]);
    }
    std::uint32_t u32()
    {
        if (!take(4))
            return 0;
        return qFromBigEndian<std::uint32_t>(m_data.data() + m_at - 4);
    }
    std::uint64_t u64()
    {
        if (!take(8))
            return 0;
        return qFromBigEndian<std::uint64_t>(m_data.data() + m_at - 8);
    }
    QByteArrayView string()
    {
        const std::uint32_t size = u32();
        if (!m_ok || size > std::uint32_t(m_data.size() - m_at)) {
            m_ok = false;
            return {};
        }
        m_at += qsizetype(size);
        return m_data.sliced(m_at - qsizetype(size), qsizetype(size));
    }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || m_data.size() - m_at < size) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_at = 0;
    bool m_ok = true;
};

std::optional<Stat> readAttributes(Reader &reader)
{
    Stat stat;
    const std::uint32_t flags = reader.u32();
    if (flags & attrSize)
        stat.size = std::int64_t(reader.u64());
    if (flags & attrUidGid) {
        reader.u32();
        reader.u32();
    }
    std::uint32_t mode = 0;
    if (flags & attrPermissions)
        mode = reader.u32();
    if (flags & attrTimes) {
        reader.u32(); // atime
        stat.mtimeSec = std::int64_t(reader.u32());
    }
    if (flags & attrExtended) {
        const std::uint32_t count = reader.u32();
        for (std::uint32_t i = 0; i < count && reader.ok(); ++i) {
            reader.string();
            reader.string();
        }
    }
    if (!reader.ok())
        return std::nullopt;
    switch (mode & S_IFMT) {
    case S_IFREG:
        stat.type = EntryType::File;
        break;
    case S_IFDIR:
        stat.type = EntryType::Folder;
        break;
    case S_IFLNK:
        stat.type = EntryType::Link;
        break;
    default:
        stat.type = EntryType::Special;
    }
    stat.mode = std::uint16_t(mode & 07777);
    return stat;
}

Packet &times(Packet &packet, std::uint32_t mtime, std::optional<std::uint32_t> mode)
{
    packet.u32(attrTimes | (mode ? attrPermissions : 0));
    if (mode)
        packet.u32(*mode & 07777);
    return packet.u32(mtime).u32(mtime);
}

} // namespace

namespace sftp3 {

std::optional<Reply> parseReply(QByteArrayView body)
{
    Reader reader(body);
    Reply reply;
    reply.type = reader.u8();
    reply.id = reader.u32();
    switch (reply.type) {
    case fxpStatus:
        reply.status = reader.u32();
        // The message and its language; servers older than version 3 leave them out.
        if (!reader.atEnd()) {
            reader.string();
            reader.string();
        }
        break;
    case fxpHandle:
        reply.handle = reader.string().toByteArray();
        if (reply.handle.isEmpty() || reply.handle.size() > 256)
            return std::nullopt;
        break;
    case fxpAttrs:
        reply.attributes = readAttributes(reader);
        if (!reply.attributes)
            return std::nullopt;
        break;
    default:
        return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return reply;
}

} // namespace sftp3

using Operation = SshSession::Operation;

SftpPipeline::SftpPipeline(SshSession &session, ssh_channel_struct *channel)
    : m_session(session)
    , m_channel(channel)
{ }

SftpPipeline::~SftpPipeline()
{
    // Closed only where the connection still answers: a close waits for the server.
    if (!m_session.isBroken() && !m_broken) {
        Operation operation(m_session);
        ssh_channel_close(m_channel);
    }
    ssh_channel_free(m_channel);
}

Result<std::unique_ptr<SftpPipeline>> SftpPipeline::open(SshSession &session)
{
    ssh_channel channel = ssh_channel_new(session.ssh());
    if (!channel)
        return session.connectionError().value_or(
                errorOf(ErrorKind::NotSupported, session.displayPath("/")));
    bool opened = false;
    {
        Operation operation(session);
        opened = ssh_channel_open_session(channel) == SSH_OK
                 && ssh_channel_request_subsystem(channel, "sftp") == SSH_OK;
    }
    if (!opened) {
        ssh_channel_free(channel);
        // A server may allow one session a connection: then there is no pipeline.
        return session.connectionError().value_or(
                errorOf(ErrorKind::NotSupported,
                        session.displayPath("/") + QStringLiteral(": ")
                                + QString::fromUtf8(ssh_get_error(session.ssh()))));
    }
    std::unique_ptr<SftpPipeline> pipeline(new SftpPipeline(session, channel));
    // INIT has no id; VERSION answers it with the server's extensions.
    if (Result<void> sent = pipeline->send(Packet(fxpInit).u32(3).framed()); !sent)
        return sent.error();
    Result<QByteArray> version = pipeline->receivePacket();
    if (!version)
        return version.error();
    Reader reader(*version);
    if (reader.u8() != fxpVersion || reader.u32() != 3 || !reader.ok())
        return pipeline->failure(QStringLiteral("version"));
    while (reader.ok() && !reader.atEnd()) {
        const QByteArrayView name = reader.string();
        const QByteArrayView data = reader.string();
        if (reader.ok() && name == "posix-rename@openssh.com" && data == "1")
            pipeline->m_posixRename = true;
    }
    if (!reader.ok())
        return pipeline->failure(QStringLiteral("version"));
    return pipeline;
}

bool SftpPipeline::stillOpen()
{
    if (m_broken)
        return false;
    Operation operation(m_session);
    const int pending = ssh_channel_poll_timeout(m_channel, 0, 0);
    if (pending == SSH_ERROR || pending == SSH_EOF || pending > 0) {
        // Anything there now is no answer to a request (every answer was taken): the end.
        m_broken = true;
        return false;
    }
    return ssh_channel_is_open(m_channel) != 0;
}

Error SftpPipeline::failure(const QString &what)
{
    m_broken = true;
    if (std::optional<Error> lost = m_session.connectionError())
        return *lost;
    // Not a reason the user can act on, but the place and what broke, for a report.
    return errorOf(ErrorKind::Io,
                   m_session.endpoint().display() + QStringLiteral(": ")
                           + QCoreApplication::translate(
                                     "SshSession", "The server's SFTP answer makes no sense (%1)")
                                     .arg(what));
}

Result<void> SftpPipeline::send(const QByteArray &packet)
{
    Operation operation(m_session);
    qsizetype done = 0;
    while (done < packet.size()) {
        const int n = ssh_channel_write(m_channel, packet.constData() + done,
                                        std::uint32_t(packet.size() - done));
        if (n <= 0) {
            m_broken = true;
            return m_session.connectionError().value_or(
                    errorOf(ErrorKind::Unreachable,
                            m_session.endpoint().display() + QStringLiteral(": ")
                                    + QCoreApplication::translate("SshSession",
                                                                  "The connection was lost")));
        }
        done += n;
    }
    return {};
}

Result<void> SftpPipeline::readExactly(char *into, std::uint32_t size)
{
    std::uint32_t done = 0;
    while (done < size) {
        // No timeout of libssh's own: the session's watchdog ends the wait.
        const int n = ssh_channel_read_timeout(m_channel, into + done, size - done, 0, -1);
        if (n <= 0) {
            m_broken = true;
            return m_session.connectionError().value_or(
                    errorOf(ErrorKind::Unreachable,
                            m_session.endpoint().display() + QStringLiteral(": ")
                                    + QCoreApplication::translate("SshSession",
                                                                  "The connection was lost")));
        }
        done += std::uint32_t(n);
    }
    return {};
}

Result<QByteArray> SftpPipeline::receivePacket()
{
    Operation operation(m_session); // each answer within the deadline
    char length[4];
    if (Result<void> read = readExactly(length, 4); !read)
        return read.error();
    const std::uint32_t size = qFromBigEndian<std::uint32_t>(length);
    if (size == 0 || size > largestPacket)
        return failure(QStringLiteral("length %1").arg(size));
    QByteArray body(qsizetype(size), Qt::Uninitialized);
    if (Result<void> read = readExactly(body.data(), size); !read)
        return read.error();
    return body;
}

Result<std::vector<sftp3::Reply>>
SftpPipeline::exchange(const std::vector<std::pair<std::uint8_t, QByteArray>> &requests)
{
    if (m_broken)
        return failure(QStringLiteral("broken"));
    // One buffer for the whole wave: the requests leave in as few packets as the window lets.
    // The wave leaves in slices of a few requests, not one packet each (as few SSH packets as
    // the window lets) nor all in one buffer (the data of a batch would be there twice).
    QByteArray wave;
    std::map<std::uint32_t, std::size_t> waiting; // id -> the request's place
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const std::uint32_t id = m_nextId++;
        wave += Packet(requests[i].first).u32(id).raw(requests[i].second).framed();
        waiting.emplace(id, i);
        if (wave.size() >= sendSlice || i + 1 == requests.size()) {
            if (Result<void> sent = send(wave); !sent)
                return sent.error();
            wave.clear();
        }
    }
    std::vector<sftp3::Reply> replies(requests.size());
    while (!waiting.empty()) {
        Result<QByteArray> packet = receivePacket();
        if (!packet)
            return packet.error();
        const std::optional<sftp3::Reply> reply = sftp3::parseReply(*packet);
        if (!reply)
            return failure(QStringLiteral("type %1").arg(int(std::uint8_t(packet->at(0)))));
        const auto it = waiting.find(reply->id);
        if (it == waiting.end())
            return failure(QStringLiteral("id %1").arg(reply->id));
        replies[it->second] = *reply;
        waiting.erase(it);
    }
    return replies;
}

Result<std::vector<SftpPipeline::Outcome>> SftpPipeline::upload(const std::vector<Upload> &files)
{
    std::vector<std::pair<std::uint8_t, QByteArray>> opens;
    for (const Upload &file : files) {
        Packet body;
        body.string(file.path).u32(openWrite | openCreate | openExclusive);
        body.u32(attrPermissions).u32(0600);
        opens.emplace_back(fxpOpen, body.bytes()); // without length and type
    }
    Result<std::vector<sftp3::Reply>> opened = exchange(opens);
    if (!opened)
        return opened.error();
    std::vector<Outcome> outcomes(files.size());
    std::vector<std::pair<std::uint8_t, QByteArray>> rest;
    std::vector<std::size_t> owner; // the file each of `rest` belongs to
    for (std::size_t i = 0; i < files.size(); ++i) {
        const sftp3::Reply &reply = (*opened)[i];
        if (reply.type != fxpHandle) {
            outcomes[i].status
                    = reply.type == fxpStatus && reply.status ? reply.status : statusFailure;
            continue;
        }
        outcomes[i].created = true;
        const Upload &file = files[i];
        for (qsizetype at = 0; at < file.data.size(); at += writeChunk) {
            Packet body;
            body.string(reply.handle).u64(std::uint64_t(at));
            body.string(file.data.sliced(at, std::min(writeChunk, file.data.size() - at)));
            rest.emplace_back(fxpWrite, body.bytes());
            owner.push_back(i);
        }
        Packet attributes;
        attributes.string(reply.handle);
        times(attributes, file.mtime, file.mode);
        rest.emplace_back(fxpFsetstat, attributes.bytes());
        owner.push_back(i);
        Packet close;
        close.string(reply.handle);
        rest.emplace_back(fxpClose, close.bytes());
        owner.push_back(i);
    }
    if (rest.empty())
        return outcomes;
    Result<std::vector<sftp3::Reply>> answered = exchange(rest);
    if (!answered)
        return answered.error();
    for (std::size_t k = 0; k < rest.size(); ++k) {
        const sftp3::Reply &reply = (*answered)[k];
        Outcome &outcome = outcomes[owner[k]];
        if (outcome.status == 0 && (reply.type != fxpStatus || reply.status != 0))
            outcome.status = reply.type == fxpStatus ? reply.status : statusFailure;
    }
    return outcomes;
}

Result<std::vector<std::pair<std::uint32_t, Stat>>>
SftpPipeline::lstat(const std::vector<QByteArray> &paths)
{
    std::vector<std::pair<std::uint8_t, QByteArray>> requests;
    for (const QByteArray &path : paths)
        requests.emplace_back(fxpLstat, Packet().string(path).bytes());
    Result<std::vector<sftp3::Reply>> replies = exchange(requests);
    if (!replies)
        return replies.error();
    std::vector<std::pair<std::uint32_t, Stat>> stats;
    for (const sftp3::Reply &reply : *replies) {
        if (reply.type == fxpAttrs)
            stats.emplace_back(0, *reply.attributes);
        else
            stats.emplace_back(
                    reply.type == fxpStatus && reply.status ? reply.status : statusFailure, Stat{});
    }
    return stats;
}

Result<std::vector<std::uint32_t>>
SftpPipeline::rename(const std::vector<std::pair<QByteArray, QByteArray>> &renames,
                     const std::vector<bool> &replace)
{
    std::vector<std::pair<std::uint8_t, QByteArray>> requests;
    for (std::size_t i = 0; i < renames.size(); ++i) {
        Packet body;
        if (replace[i])
            body.string("posix-rename@openssh.com");
        body.string(renames[i].first).string(renames[i].second);
        requests.emplace_back(replace[i] ? fxpExtended : fxpRename, body.bytes());
    }
    Result<std::vector<sftp3::Reply>> replies = exchange(requests);
    if (!replies)
        return replies.error();
    std::vector<std::uint32_t> statuses;
    for (const sftp3::Reply &reply : *replies)
        statuses.push_back(reply.type == fxpStatus ? reply.status : statusFailure);
    return statuses;
}

} // namespace lts::fsops
