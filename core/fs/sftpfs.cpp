#include "sftpfs.h"

#include "sftppipeline.h"
#include "temporarynames.h"

#include <QCoreApplication>
#include <QFile>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <thread>
#include <unordered_map>

#include <fcntl.h>
#include <sys/stat.h>

namespace lts {

namespace fsops {

namespace {

using Operation = SshSession::Operation;

// libssh 0.11 sends writes without waiting for each answer (sftp_aio), and its reads of that
// kind replace 0.10's sftp_async_read (deprecated in 0.11). With 0.10 (Debian 12) a write
// waits for its answer before the next goes.
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
#define LTS_SFTP_AIO 1
#endif
// libssh 0.11's sftp_rename sends posix-rename@openssh.com where the server has it, which
// replaces the target; 0.10's sends SFTP 3's rename, which never does.
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
#define LTS_SFTP_RENAME_REPLACES 1
#endif

// The largest write OpenSSH's server takes in one request (its limits@openssh.com says
// 261120 bytes), so a file goes in as few round trips as the server allows.
constexpr std::int64_t writeChunk = 255 * 1024;
// Reads: requests of a size every server answers whole, several in flight at once, so the
// round trips overlap instead of adding up.
constexpr std::uint32_t readChunk = 64 * 1024;
constexpr int readsInFlight = 16;

#ifdef LTS_SFTP_AIO
// A file is written in batches of about this many bytes (16 of OpenSSH's largest writes),
// each sent as writes in flight at once: one round trip a batch, not one a write. A server that
// takes smaller writes gets more of them in a batch, up to the count below.
constexpr std::int64_t writeBatch = 4 * 1024 * 1024;
constexpr std::int64_t maxWritesInFlight = 128;

// The size of one write: the server's limit (limits@openssh.com; libssh takes 32 KiB for a
// server that does not say), at most what OpenSSH takes.
std::int64_t writeSizeOf(sftp_session sftp)
{
    sftp_limits_t limits = sftp_limits(sftp);
    const std::int64_t size
            = limits && limits->max_write_length > 0
                      ? std::min<std::int64_t>(std::int64_t(limits->max_write_length), writeChunk)
                      : 32 * 1024;
    sftp_limits_free(limits);
    return size;
}

using ReadRequest = sftp_aio;
#else
using ReadRequest = std::uint32_t;
#endif

// Asks for the next `size` bytes of `file`: the size asked for (0.11 caps it at the server's
// limit), or -1.
std::int64_t beginRead(sftp_file file, std::uint32_t size, ReadRequest &request)
{
#ifdef LTS_SFTP_AIO
    return sftp_aio_begin_read(file, size, &request);
#else
    const int id = sftp_async_read_begin(file, size);
    if (id < 0)
        return -1;
    request = std::uint32_t(id);
    return size;
#endif
}

// Waits for the answer of `request` into `buffer` (`size` bytes, as asked for): the bytes
// read, 0 at the end of the file, < 0 on an error.
std::int64_t waitRead(sftp_file file, ReadRequest &request, char *buffer, std::uint32_t size)
{
#ifdef LTS_SFTP_AIO
    Q_UNUSED(file)
    return sftp_aio_wait_read(&request, buffer, size);
#else
    return sftp_async_read(file, buffer, size, request);
#endif
}

// Forgets a request whose answer will never be read (its connection is gone).
void abandonRead(ReadRequest &request)
{
#ifdef LTS_SFTP_AIO
    if (request)
        sftp_aio_free(request);
    request = nullptr;
#else
    Q_UNUSED(request)
#endif
}

struct AttributesDeleter
{
    void operator()(sftp_attributes attributes) const { sftp_attributes_free(attributes); }
};
using Attributes = std::unique_ptr<sftp_attributes_struct, AttributesDeleter>;

QByteArray join(const QByteArray &folder, const QByteArray &name)
{
    if (name.isEmpty() || name == ".")
        return folder;
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

Stat statOf(const sftp_attributes_struct &attributes)
{
    Stat stat;
    const std::uint32_t mode = attributes.permissions;
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
        stat.type = attributes.type == SSH_FILEXFER_TYPE_REGULAR     ? EntryType::File
                    : attributes.type == SSH_FILEXFER_TYPE_DIRECTORY ? EntryType::Folder
                    : attributes.type == SSH_FILEXFER_TYPE_SYMLINK   ? EntryType::Link
                                                                     : EntryType::Special;
    }
    stat.size = std::int64_t(attributes.size);
    stat.mtimeSec = attributes.mtime64 ? std::int64_t(attributes.mtime64)
                                       : std::int64_t(attributes.mtime);
    stat.mode = std::uint16_t(mode & 07777);
    return stat;
}

} // namespace

// The connections of one opened root, shared by the folders opened from it: each call takes a
// free one, or opens another while fewer than `size` are open, or else waits for one. A file
// being read or written keeps the connection its handle belongs to. A connection found lost
// leaves the pool; when none is left, the pool connects again as its ReconnectPolicy says.
class SessionPool
{
public:
    SessionPool(std::shared_ptr<SshSession> first, SessionFactory connect, int size,
                ReconnectPolicy reconnect)
        : m_first(first)
        , m_sessions{ std::move(first) }
        , m_connect(std::move(connect))
        , m_size(std::max(size, 1))
        , m_reconnect(std::move(reconnect))
    { }

    struct Lease
    {
        std::shared_ptr<SshSession> session;
        std::unique_lock<std::mutex> lock;
    };

    Result<Lease> acquire()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            // A server still away after every reconnect is not waited for again by each call
            // that follows: the run ends at once (Unreachable).
            if (m_gone)
                return *m_gone;
            std::erase_if(m_sessions, [](const auto &session) { return session->isBroken(); });
            for (const std::shared_ptr<SshSession> &session : m_sessions) {
                std::unique_lock<std::mutex> held = session->tryLock();
                if (held.owns_lock() && !session->isBroken())
                    return Lease{ session, std::move(held) };
            }
            const bool noneLeft = m_sessions.empty();
            if (int(m_sessions.size()) + m_connecting < m_size && m_connect
                && (noneLeft || !m_refused)) {
                if (m_reconnect.pause && !m_reconnect.pause(std::chrono::milliseconds(0)))
                    return cancelledError(); // no new connection once the location is cancelled
                // Connects without holding the pool, so other calls go on meanwhile.
                ++m_connecting;
                lock.unlock();
                Result<std::shared_ptr<SshSession>> made = noneLeft ? reconnect() : m_connect();
                lock.lock();
                --m_connecting;
                m_changed.notify_all();
                if (noneLeft && !made && kindOf(made.error()) == ErrorKind::Unreachable)
                    m_gone = made.error();
                if (made) {
                    if (noneLeft)
                        m_refused = false;
                    m_sessions.push_back(*made);
                    return Lease{ *made, (*made)->lock() };
                }
                if (noneLeft) {
                    if (m_sessions.empty())
                        return made.error();
                    continue; // another call reconnected meanwhile
                }
                // A server that limits its sessions: the ones open are shared.
                m_refused = true;
                continue;
            }
            if (m_sessions.empty()) {
                if (m_connecting == 0)
                    return first().connectionError().value_or(lostError());
                m_changed.wait(lock); // another call is connecting again
                continue;
            }
            const std::shared_ptr<SshSession> session = m_sessions[m_next++ % m_sessions.size()];
            lock.unlock();
            return Lease{ session, session->lock() };
        }
    }

    // The pipeline (sftppipeline.h) of a leased connection, opened on its first use; null
    // where the server gives none (it allows one channel a connection): the caller then goes
    // file by file.
    Result<SftpPipeline *> pipeline(const Lease &lease)
    {
        std::unique_lock lock(m_mutex);
        PipelineSlot &slot = m_pipelines[lease.session.get()];
        lock.unlock(); // the slot is this connection's, and its lease is held
        if (!slot.session)
            slot.session = lease.session;
        if (slot.pipeline && slot.pipeline->broken())
            slot.pipeline.reset();
        if (slot.pipeline || slot.unsupported)
            return slot.pipeline.get();
        Result<std::unique_ptr<SftpPipeline>> opened = SftpPipeline::open(*lease.session);
        if (!opened) {
            if (kindOf(opened.error()) != ErrorKind::NotSupported)
                return opened.error();
            slot.unsupported = true;
            return nullptr;
        }
        slot.pipeline = std::move(opened).value();
        return slot.pipeline.get();
    }

    // What every connection of the pool shares (the first one, even once it is lost).
    const SshSession &first() const { return *m_first; }
    // How many connections it keeps at most.
    int capacity() const { return m_size; }

private:
    Error lostError() const
    {
        return errorOf(
                ErrorKind::Unreachable,
                m_first->endpoint().display() + QStringLiteral(": ")
                        + QCoreApplication::translate("SshSession", "The connection was lost"));
    }

    Error cancelledError() const
    {
        return errorOf(ErrorKind::Cancelled,
                       m_first->endpoint().display() + QStringLiteral(": ")
                               + QCoreApplication::translate("SshSession", "Cancelled"));
    }

    // An error's reason without the server's name before it.
    QString reasonOf(const Error &error) const
    {
        const QString prefix = m_first->endpoint().display() + QStringLiteral(": ");
        return error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
    }

    // Connects again after every connection was lost, with growing waits in between. A server
    // that refuses the key or the login is not asked again (remote.md: fail2ban).
    Result<std::shared_ptr<SshSession>> reconnect()
    {
        std::optional<Error> last;
        for (int attempt = 0; attempt < m_reconnect.attempts; ++attempt) {
            const std::chrono::milliseconds delay = m_reconnect.delayBefore(attempt);
            const bool waited = m_reconnect.pause ? m_reconnect.pause(delay)
                                                  : (std::this_thread::sleep_for(delay), true);
            if (!waited)
                return cancelledError();
            Result<std::shared_ptr<SshSession>> made = m_connect();
            if (made)
                return made;
            const ErrorKind kind = kindOf(made.error());
            if (kind != ErrorKind::Unreachable && kind != ErrorKind::Timeout)
                return made;
            last = made.error();
        }
        return errorOf(ErrorKind::Unreachable,
                       m_first->endpoint().display() + QStringLiteral(": ")
                               + QCoreApplication::translate(
                                         "SshSession",
                                         "The connection was lost and could not be made again "
                                         "(%1)")
                                         .arg(last ? reasonOf(*last) : QString()));
    }

    // A connection's pipeline, closed with the connection's lock held (another thread may
    // still be reading a file on it).
    struct PipelineSlot
    {
        std::shared_ptr<SshSession> session;
        std::unique_ptr<SftpPipeline> pipeline;
        bool unsupported = false;
        PipelineSlot() = default;
        Q_DISABLE_COPY_MOVE(PipelineSlot)
        ~PipelineSlot()
        {
            if (!pipeline)
                return;
            auto held = session->lock();
            pipeline.reset();
        }
    };

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::unordered_map<const SshSession *, PipelineSlot> m_pipelines;
    std::shared_ptr<SshSession> m_first;
    std::vector<std::shared_ptr<SshSession>> m_sessions;
    SessionFactory m_connect;
    int m_size;
    ReconnectPolicy m_reconnect;
    int m_connecting = 0;
    std::size_t m_next = 0;
    bool m_refused = false;
    std::optional<Error> m_gone; // why the reconnects failed, once they all did
};

namespace {

using Lease = SessionPool::Lease;

class SftpFolder final : public FolderImpl
{
public:
    SftpFolder(std::shared_ptr<SessionPool> pool, QByteArray path)
        : m_pool(std::move(pool))
        , m_path(std::move(path))
    { }

    const QByteArray &path() const { return m_path; }

    Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> stat = lstat(path);
        if (!stat)
            return stat.error();
        if (stat->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          m_pool->first().displayPath(path) + QStringLiteral(": Not a directory") };
        return std::unique_ptr<FolderImpl>(std::make_unique<SftpFolder>(m_pool, path));
    }

    Result<std::vector<Entry>> list() const override
    {
        return withSession([&](Lease &lease, bool) -> Result<std::vector<Entry>> {
            SshSession &session = *lease.session;
            std::vector<Entry> entries;
            sftp_dir dir = nullptr;
            {
                Operation operation(session);
                dir = sftp_opendir(session.sftp(), m_path.constData());
            }
            if (!dir)
                return session.sftpError(m_path);
            bool failed = false;
            for (;;) {
                Operation operation(session);
                Attributes attributes(sftp_readdir(session.sftp(), dir));
                if (!attributes) {
                    failed = !sftp_dir_eof(dir);
                    break;
                }
                const QByteArray name(attributes->name);
                if (name == "." || name == "..")
                    continue;
                entries.push_back(Entry{ name, statOf(*attributes), {} });
            }
            const Error error = failed ? session.sftpError(m_path) : Error{};
            sftp_closedir(dir);
            if (failed)
                return error;
            for (Entry &entry : entries) {
                if (entry.stat.type != EntryType::Link)
                    continue;
                Result<QByteArray> target = readLinkLocked(session, join(m_path, entry.name));
                if (!target)
                    return target.error();
                entry.linkTarget = *target;
            }
            std::sort(entries.begin(), entries.end(),
                      [](const Entry &a, const Entry &b) { return a.name < b.name; });
            return entries;
        });
    }

    Result<Stat> stat(const QByteArray &name) const override { return lstat(join(m_path, name)); }
    Result<Stat> statSelf() const override { return lstat(m_path); }

    Result<QByteArray> readLink(const QByteArray &name) const override
    {
        return withSession([&](Lease &lease, bool) -> Result<QByteArray> {
            SshSession &session = *lease.session;
            return readLinkLocked(session, join(m_path, name));
        });
    }

    Result<void> makeLink(const QByteArray &name, const QByteArray &target) const override
    {
        const QByteArray path = join(m_path, name);
        return withSession([&](Lease &lease, bool again) -> Result<void> {
            SshSession &session = *lease.session;
            Operation operation(session);
            if (session.symlink(target, path) == 0)
                return {};
            const Error error = refine(session, path, session.sftpError(path), Expect::Absent);
            // Made by the try the lost connection interrupted.
            if (again && kindOf(error) == ErrorKind::Exists) {
                if (Result<QByteArray> made = readLinkLocked(session, path);
                    made && *made == target)
                    return {};
            }
            return error;
        });
    }

    Result<void> makeFolder(const QByteArray &name, std::uint32_t mode) const override
    {
        const QByteArray path = join(m_path, name);
        return withSession([&](Lease &lease, bool again) -> Result<void> {
            SshSession &session = *lease.session;
            Operation operation(session);
            if (sftp_mkdir(session.sftp(), path.constData(), mode_t(mode)) == 0)
                return {};
            const Error error = refine(session, path, session.sftpError(path), Expect::Absent);
            // Made by the try the lost connection interrupted.
            if (again && kindOf(error) == ErrorKind::Exists) {
                if (Result<Stat> made = lstatLocked(session, path);
                    made && made->type == EntryType::Folder)
                    return {};
            }
            return error;
        });
    }

    Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                        const QByteArray &to) const override
    {
        const auto *other = dynamic_cast<const SftpFolder *>(&toFolder);
        const QByteArray source = join(m_path, from);
        if (!other || other->m_pool != m_pool)
            return errorOf(ErrorKind::NotSupported,
                           m_pool->first().displayPath(source)
                                   + QStringLiteral(": Invalid cross-device link"));
        const QByteArray target = join(other->m_path, to);
        if (source == target)
            return {};
        return withSession([&](Lease &lease, bool again) -> Result<void> {
            SshSession &session = *lease.session;
            if (Result<void> renamed = renameLocked(session, source, target);
                renamed || kindOf(renamed.error()) != ErrorKind::Exists)
                return again ? doneBefore(session, renamed, target) : renamed;
            // SFTP 3's rename never replaces (OpenSSH's refuses when the target exists, and
            // libssh 0.10 has no posix-rename): the old file is renamed aside, the new one in,
            // the old one removed. The aside name is one the engine takes for its own temporary,
            // so a crash in between leaves nothing it does not clean.
            Result<Stat> existing = lstatLocked(session, target);
            if (!existing)
                return existing.error();
            if (existing->type == EntryType::Folder)
                return errorOf(ErrorKind::Exists,
                               session.displayPath(target) + QStringLiteral(": File exists"));
            const QByteArray aside = join(other->m_path, newTemporaryName(to));
            if (Result<void> moved = renameLocked(session, target, aside); !moved)
                return moved;
            if (Result<void> renamed = renameLocked(session, source, target); !renamed) {
                (void)renameLocked(session, aside, target);
                return renamed;
            }
            // The new file is in place: an old one that cannot be removed now is left under its
            // temporary name for the next run to clean, and the rename has succeeded.
            Operation operation(session);
            if (sftp_unlink(session.sftp(), aside.constData()) != 0) {
                if (std::optional<Error> lost = session.connectionError())
                    return *lost;
            }
            return {};
        });
    }

    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const override
    {
        // SFTP 3's rename, as OpenSSH does it: a link and an unlink for a file (atomic, never
        // replacing), a check and a rename for anything else.
        return withSession([&](Lease &lease, bool again) -> Result<void> {
            SshSession &session = *lease.session;
#ifdef LTS_SFTP_RENAME_REPLACES
            Result<void> renamed
                    = renameNoReplaceLocked(session, join(m_path, from), join(m_path, to));
#else
            Result<void> renamed = renameLocked(session, join(m_path, from), join(m_path, to));
#endif
            return again ? doneBefore(session, renamed, join(m_path, to)) : renamed;
        });
    }

#ifdef LTS_SFTP_RENAME_REPLACES
    // What SFTP 3's rename does on OpenSSH, where sftp_rename would replace: a file is linked
    // under its new name (hardlink@openssh.com, which never replaces) and unlinked under the
    // old one; anything else, or on a server without the extension, is renamed only after a
    // look found the new name free.
    Result<void> renameNoReplaceLocked(SshSession &session, const QByteArray &from,
                                       const QByteArray &to) const
    {
        Result<Stat> source = lstatLocked(session, from);
        if (!source)
            return source.error();
        if (source->type == EntryType::File && session.hasExtension("hardlink@openssh.com")) {
            Operation operation(session);
            if (sftp_hardlink(session.sftp(), from.constData(), to.constData()) != 0)
                return refine(session, to, session.sftpError(to), Expect::Absent);
            if (sftp_unlink(session.sftp(), from.constData()) != 0)
                return session.sftpError(from);
            return {};
        }
        if (Result<Stat> there = lstatLocked(session, to); there)
            return errorOf(ErrorKind::Exists,
                           session.displayPath(to) + QStringLiteral(": File exists"));
        return renameLocked(session, from, to);
    }
#endif

    Result<void> hardLink(const QByteArray &from, const FolderImpl &,
                          const QByteArray &) const override
    {
        // hardlink@openssh.com needs libssh 0.11 (sftp_hardlink).
        return errorOf(ErrorKind::NotSupported,
                       m_pool->first().displayPath(join(m_path, from))
                               + QStringLiteral(": Operation not supported"));
    }

    Result<void> removeFile(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        return withSession([&](Lease &lease, bool again) -> Result<void> {
            SshSession &session = *lease.session;
            Operation operation(session);
            if (sftp_unlink(session.sftp(), path.constData()) == 0)
                return {};
            const Error error = session.sftpError(path);
            if (again && kindOf(error) == ErrorKind::NotFound)
                return {}; // removed by the try the lost connection interrupted
            if (Result<Stat> there = lstatLocked(session, path);
                there && there->type == EntryType::Folder)
                return Error{ QStringLiteral("EISDIR"),
                              session.displayPath(path) + QStringLiteral(": Is a directory") };
            return error;
        });
    }

    Result<void> removeEmptyFolder(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        return withSession([&](Lease &lease, bool again) -> Result<void> {
            SshSession &session = *lease.session;
            Operation operation(session);
            if (sftp_rmdir(session.sftp(), path.constData()) == 0)
                return {};
            const Error error = session.sftpError(path);
            if (again && kindOf(error) == ErrorKind::NotFound)
                return {}; // removed by the try the lost connection interrupted
            if (kindOf(error) == ErrorKind::Denied || kindOf(error) == ErrorKind::Unreachable
                || kindOf(error) == ErrorKind::Timeout || kindOf(error) == ErrorKind::Cancelled)
                return error;
            // The server says only "No such file" or "Failure": a look tells which it was.
            Result<Stat> there = lstatLocked(session, path);
            if (!there)
                return there.error();
            if (there->type != EntryType::Folder)
                return Error{ QStringLiteral("ENOTDIR"),
                              session.displayPath(path) + QStringLiteral(": Not a directory") };
            return Error{ QStringLiteral("ENOTEMPTY"),
                          session.displayPath(path) + QStringLiteral(": Directory not empty") };
        });
    }

    Result<void> appendToFile(const QByteArray &name, const QByteArray &data,
                              bool flushData) const override
    {
        const QByteArray path = join(m_path, name);
        return withSession(
                [&](Lease &lease, bool) -> Result<void> {
                    SshSession &session = *lease.session;
                    if (Result<Stat> there = lstatLocked(session, path);
                        there && there->type != EntryType::File)
                        return Error{ QStringLiteral("ELOOP"),
                                      session.displayPath(path)
                                              + QStringLiteral(": Not a regular file") };
                    Operation operation(session);
                    sftp_file file
                            = sftp_open(session.sftp(), path.constData(), O_WRONLY | O_CREAT, 0600);
                    if (!file)
                        return refine(session, path, session.sftpError(path), Expect::Any);
                    Result<void> result;
                    Attributes attributes(sftp_fstat(file));
                    if (!attributes || sftp_seek64(file, attributes->size) != 0)
                        result = session.sftpError(path);
                    else
                        result = writeAll(session, file, path, data.constData(), data.size());
                    if (result && flushData && session.hasExtension("fsync@openssh.com")
                        && sftp_fsync(file) != 0)
                        result = session.sftpError(path);
                    if (sftp_close(file) != 0 && result)
                        result = session.sftpError(path);
                    return result;
                },
                Retry::No); // what a lost try appended is not known
    }

    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const override
    {
        Result<std::unique_ptr<FileReader>> reader = openFile(name);
        if (!reader)
            return reader.error();
        Result<Stat> stat = (*reader)->stat();
        if (!stat)
            return stat.error();
        const QByteArray path = join(m_path, name);
        if (stat->size > maxBytes)
            return Error{ QStringLiteral("EFBIG"),
                          m_pool->first().displayPath(path) + QStringLiteral(": File too large") };
        QByteArray data(stat->size, Qt::Uninitialized);
        std::int64_t done = 0;
        for (;;) {
            if (done == data.size())
                data.resize(done + 4096);
            Result<std::int64_t> n = (*reader)->read(data.data() + done, data.size() - done);
            if (!n)
                return n.error();
            if (*n == 0)
                break;
            done += *n;
            if (done > maxBytes)
                return Error{ QStringLiteral("EFBIG"),
                              m_pool->first().displayPath(path)
                                      + QStringLiteral(": File too large") };
        }
        data.resize(done);
        return data;
    }

    Result<void> setAttributes(const QByteArray &name, const Stat &stat,
                               bool setMode) const override
    {
        const QByteArray path = join(m_path, name);
        return withSession([&](Lease &lease, bool) -> Result<void> {
            SshSession &session = *lease.session;
            // SFTP 3's setstat follows links: a link's own time cannot be set (lsetstat@openssh.com
            // needs libssh 0.11), and its target's must not be touched.
            if (stat.type == EntryType::Link) {
                Result<Stat> there = lstatLocked(session, path);
                return there ? Result<void>() : Result<void>(there.error());
            }
            return setStatLocked(session, path, stat, setMode);
        });
    }

    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const override;
    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override;
    // Small files and their names without a round trip each (sftppipeline.h), where every
    // folder of the batch is of this root and the server gives a pipeline.
    std::vector<Result<void>> writeFiles(const std::vector<NewFile> &files,
                                         const CancelCheck &canceled) const override;
    std::vector<Result<void>> renameFiles(const std::vector<Renaming> &renamings) const override;

    Result<void> flushFileSystem() const override
    {
        // Every file was fsync'ed on the server as it was finished, where flushData asked.
        return {};
    }

    Result<Space> space() const override
    {
        return withSession([&](Lease &lease, bool) -> Result<Space> {
            SshSession &session = *lease.session;
            if (!session.hasExtension("statvfs@openssh.com"))
                return errorOf(
                        ErrorKind::NotSupported,
                        session.displayPath(m_path)
                                + QStringLiteral(": The server does not tell its free space"));
            Operation operation(session);
            sftp_statvfs_t stats = sftp_statvfs(session.sftp(), m_path.constData());
            if (!stats)
                return session.sftpError(m_path);
            const std::int64_t unit
                    = std::int64_t(stats->f_frsize ? stats->f_frsize : stats->f_bsize);
            Space space;
            space.available = std::int64_t(stats->f_bavail) * unit;
            space.total = std::int64_t(stats->f_blocks) * unit;
            space.blockSize = std::max<std::int64_t>(unit, 512);
            sftp_statvfs_free(stats);
            return space;
        });
    }

    Result<QByteArray> fileSystemId() const override
    {
        // The server (its host key) and the file system on it.
        QByteArray id = "sftp:" + m_pool->first().hostKey().fingerprint.toLatin1();
        return withSession([&](Lease &lease, bool) -> Result<QByteArray> {
            SshSession &session = *lease.session;
            if (session.hasExtension("statvfs@openssh.com")) {
                Operation operation(session);
                if (sftp_statvfs_t stats = sftp_statvfs(session.sftp(), m_path.constData())) {
                    id += ':' + QByteArray::number(quint64(stats->f_fsid));
                    sftp_statvfs_free(stats);
                }
            }
            return id;
        });
    }

    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.timePrecisionNs = 1'000'000'000;
        capabilities.permissionBits = true;
        capabilities.links = true;
        capabilities.linkTimes = false;
        capabilities.hardLinks = false;
        capabilities.renameNoReplace = true;
        capabilities.serverSideCopy = false;
        capabilities.cheapListing = false;
        return capabilities;
    }

    QString displayPath() const override
    {
        return m_pool->first().displayPath(m_path);
    }

    bool sharesPool(const std::shared_ptr<SessionPool> &pool) const
    {
        return m_pool == pool;
    }

    // With the session's lock held:

    // A rename tried again after a lost connection, whose source is gone and whose target is
    // there: the try the connection interrupted did it.
    static Result<void> doneBefore(SshSession &session, const Result<void> &renamed,
                                   const QByteArray &target)
    {
        if (!renamed && kindOf(renamed.error()) == ErrorKind::NotFound) {
            Operation operation(session);
            if (Attributes there(sftp_lstat(session.sftp(), target.constData())); there)
                return {};
        }
        return renamed;
    }

    Result<Stat> lstatLocked(SshSession &session, const QByteArray &path) const
    {
        Operation operation(session);
        Attributes attributes(sftp_lstat(session.sftp(), path.constData()));
        if (!attributes)
            return session.sftpError(path);
        return statOf(*attributes);
    }

    Result<void> setStatLocked(SshSession &session, const QByteArray &path, const Stat &stat,
                               bool setMode) const
    {
        sftp_attributes_struct attributes = {};
        attributes.flags = SSH_FILEXFER_ATTR_ACMODTIME;
        attributes.atime = std::uint32_t(stat.mtimeSec);
        attributes.mtime = std::uint32_t(stat.mtimeSec);
        if (setMode) {
            attributes.flags |= SSH_FILEXFER_ATTR_PERMISSIONS;
            attributes.permissions = stat.mode & 07777;
        }
        Operation operation(session);
        if (sftp_setstat(session.sftp(), path.constData(), &attributes) == 0)
            return {};
        return session.sftpError(path);
    }

private:
    struct PipelineLease
    {
        Lease lease;
        SftpPipeline *pipeline = nullptr; // null where the server gives none
    };
    // A connection and its pipeline for a batch. A connection the network dropped since its
    // last call is found so here, before the batch is on its way (the socket's end is seen
    // without a round trip), and another is taken, as withSession() does for one call.
    Result<PipelineLease> leasePipeline() const
    {
        for (int attempt = 0;; ++attempt) {
            Result<Lease> lease = m_pool->acquire();
            if (!lease)
                return lease.error();
            Result<SftpPipeline *> pipeline = m_pool->pipeline(*lease);
            const bool open = pipeline && (!*pipeline || (*pipeline)->stillOpen());
            if (open)
                return PipelineLease{ std::move(lease).value(), *pipeline };
            const Error error = pipeline ? lease->session->connectionError().value_or(
                                        errorOf(ErrorKind::Unreachable, displayPath()))
                                         : pipeline.error();
            if (!lease.value().session->dropIfLost() || attempt >= retries + m_pool->capacity())
                return error;
        }
    }

    Result<void> renameAtOnce(SshSession &session, SftpPipeline &pipeline,
                              const std::vector<Renaming> &renamings,
                              const std::vector<std::pair<QByteArray, QByteArray>> &paths,
                              std::vector<Result<void>> &results) const;

    enum class Expect : std::uint8_t { Absent, Any };
    enum class Retry : std::uint8_t { Yes, No };
    // How often one call is tried again on a new connection, each time after the pool has
    // connected again (ReconnectPolicy). When the network dropped, every connection of the
    // pool is lost, and each is found so only when a call meets it: those tries come on top.
    static constexpr int retries = 3;

    // Runs `call` on a connection of the pool. A call that met a lost connection runs again on
    // a new one (the pool connects again) unless `retry` says No; `again` tells the call that
    // it is such a second try, whose first may have done its work before the connection went.
    template<typename Call>
    std::invoke_result_t<Call, Lease &, bool> withSession(Call &&call,
                                                          Retry retry = Retry::Yes) const
    {
        for (int attempt = 0;; ++attempt) {
            Result<Lease> lease = m_pool->acquire();
            if (!lease)
                return lease.error();
            Lease &held = lease.value();
            auto result = call(held, attempt > 0);
            if (result || !held.session->dropIfLost())
                return result;
            if (retry == Retry::No || attempt >= retries + m_pool->capacity())
                return result;
        }
    }

    Result<Stat> lstat(const QByteArray &path) const
    {
        return withSession([&](Lease &lease, bool) -> Result<Stat> {
            SshSession &session = *lease.session;
            return lstatLocked(session, path);
        });
    }

    Result<QByteArray> readLinkLocked(SshSession &session, const QByteArray &path) const
    {
        Operation operation(session);
        char *target = sftp_readlink(session.sftp(), path.constData());
        if (!target)
            return session.sftpError(path);
        QByteArray result(target);
        ssh_string_free_char(target);
        return result;
    }

    Result<void> renameLocked(SshSession &session, const QByteArray &from,
                              const QByteArray &to) const
    {
        Operation operation(session);
        if (sftp_rename(session.sftp(), from.constData(), to.constData()) == 0)
            return {};
        const Error error = session.sftpError(from);
        if (kindOf(error) != ErrorKind::Io)
            return error;
        if (Result<Stat> there = lstatLocked(session, to); there)
            return errorOf(ErrorKind::Exists,
                           session.displayPath(to) + QStringLiteral(": File exists"));
        return error;
    }

    // "Failure" is all SFTP 3 says of most errors: a look at the path tells more.
    Error refine(SshSession &session, const QByteArray &path, const Error &error,
                 Expect expect) const
    {
        if (kindOf(error) != ErrorKind::Io)
            return error;
        if (expect == Expect::Absent && lstatLocked(session, path))
            return errorOf(ErrorKind::Exists,
                           session.displayPath(path) + QStringLiteral(": File exists"));
        if (Result<Space> room = spaceLocked(session); room && room->available < room->blockSize)
            return errorOf(ErrorKind::NoSpace,
                           session.displayPath(path) + QStringLiteral(": No space left on device"));
        return error;
    }

public:
    Result<Space> spaceLocked(SshSession &session) const
    {
        if (!session.hasExtension("statvfs@openssh.com"))
            return errorOf(ErrorKind::NotSupported, displayPath());
        Operation operation(session);
        sftp_statvfs_t stats = sftp_statvfs(session.sftp(), m_path.constData());
        if (!stats)
            return session.sftpError(m_path);
        const std::int64_t unit = std::int64_t(stats->f_frsize ? stats->f_frsize : stats->f_bsize);
        Space space{ std::int64_t(stats->f_bavail) * unit, std::int64_t(stats->f_blocks) * unit,
                     std::max<std::int64_t>(unit, 512) };
        sftp_statvfs_free(stats);
        return space;
    }

    Result<void> writeAll(SshSession &session, sftp_file file, const QByteArray &path,
                          const char *data, std::int64_t size) const
    {
        while (size > 0) {
            Operation operation(session);
            const ssize_t n = sftp_write(file, data, size_t(std::min(size, writeChunk)));
            if (n <= 0)
                return writeError(session, path, session.sftpError(path));
            data += n;
            size -= n;
        }
        return {};
    }

    // What `error`, of a write to `path`, means: a full disk where the server's is.
    Error writeError(SshSession &session, const QByteArray &path, const Error &error) const
    {
        return refine(session, path, error, Expect::Any);
    }

private:
    std::shared_ptr<SessionPool> m_pool;
    QByteArray m_path;
};

class SftpReader final : public FileReader
{
public:
    // `size`: the file's size when it was opened, so no request goes past its end.
    SftpReader(std::shared_ptr<SshSession> session, sftp_file file, QByteArray path,
               std::int64_t size)
        : m_session(std::move(session))
        , m_file(file)
        , m_path(std::move(path))
        , m_size(size)
    { }
    ~SftpReader() override
    {
        auto lock = m_session->lock();
        {
            Operation operation(*m_session);
            drain();
        }
        sftp_close(m_file);
    }
    Q_DISABLE_COPY_MOVE(SftpReader)

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        auto lock = m_session->lock();
        Result<std::int64_t> result = readLocked(buffer, size);
        settle();
        return result;
    }

    Result<Stat> stat() const override
    {
        auto lock = m_session->lock();
        Operation operation(*m_session);
        Attributes attributes(sftp_fstat(m_file));
        if (!attributes)
            return m_session->sftpError(m_path);
        return statOf(*attributes);
    }

private:
    struct Chunk
    {
        ReadRequest request{};
        std::uint32_t length = 0; // asked for
        std::int64_t offset = 0;
        QByteArray data;
        qsizetype used = 0;
        bool received = false;
        bool checked = false; // for the end of the file and short answers
        bool failed = false;
        Error error; // of its answer, when it failed
    };

    Result<std::int64_t> readLocked(char *buffer, std::int64_t size)
    {
        std::int64_t done = 0;
        while (done < size) {
            if (!m_pending.empty() && m_pending.front().checked
                && m_pending.front().used < m_pending.front().data.size()) {
                Chunk &chunk = m_pending.front();
                const std::int64_t n
                        = std::min<std::int64_t>(size - done, chunk.data.size() - chunk.used);
                std::copy_n(chunk.data.constData() + chunk.used, n, buffer + done);
                chunk.used += n;
                done += n;
                if (chunk.used == chunk.data.size())
                    m_pending.pop_front();
                continue;
            }
            if (!m_pending.empty() && m_pending.front().checked)
                m_pending.pop_front();
            if (m_atEnd && m_pending.empty())
                break;
            Operation operation(*m_session);
            // Up to the end known at the start, and one request that finds the end (or what
            // a file growing meanwhile has more: the copy sees that it changed).
            while (!m_atEnd && int(m_pending.size()) < readsInFlight
                   && (m_requested <= m_size || m_pending.empty())) {
                ReadRequest request{};
                const std::int64_t asked = beginRead(m_file, readChunk, request);
                if (asked <= 0)
                    return m_session->sftpError(m_path);
                Chunk chunk;
                chunk.request = request;
                chunk.length = std::uint32_t(asked);
                chunk.offset = m_requested;
                m_pending.push_back(std::move(chunk));
                m_requested += asked;
            }
            Chunk &next = m_pending.front();
            if (!next.received)
                receive(next);
            next.checked = true;
            if (next.failed)
                return next.error;
            const std::int64_t n = next.data.size();
            if (n == 0) {
                m_atEnd = true; // every later request gets the end too
                continue;
            }
            if (n < next.length) {
                // A short answer before the end: the requests after it start at the wrong
                // place. Their answers are dropped and the stream goes on after this one.
                const std::int64_t resume = next.offset + n;
                Chunk kept = std::move(next);
                m_pending.pop_front();
                drain();
                m_pending.push_back(std::move(kept));
                if (sftp_seek64(m_file, std::uint64_t(resume)) != 0)
                    return m_session->sftpError(m_path);
                m_requested = resume;
                // The end of the file as it was opened: no round trip more to find it.
                m_atEnd = resume >= m_size;
            }
        }
        return done;
    }

    // Waits for the answer to `chunk`'s request.
    void receive(Chunk &chunk)
    {
        chunk.data.resize(chunk.length);
        const std::int64_t n = waitRead(m_file, chunk.request, chunk.data.data(), chunk.length);
        chunk.received = true;
        if (n < 0) {
            chunk.data.clear();
            chunk.failed = true;
            chunk.error = m_session->sftpError(m_path);
            return;
        }
        chunk.data.resize(n);
    }

    // Takes the answers of the requests in flight into their chunks (for the next read)
    // before the session's lock is let go: another call on the connection would otherwise
    // read those answers itself, and waiting for one then would wait for a packet that never
    // comes. On a connection that is gone, the destructor forgets them.
    void settle()
    {
        if (m_session->isBroken())
            return;
        Operation operation(*m_session);
        for (Chunk &chunk : m_pending) {
            if (!chunk.received)
                receive(chunk);
        }
    }

    // Takes the answers of the requests still in flight, so none is left for other calls;
    // on a connection that is gone, forgets them.
    void drain()
    {
        QByteArray scratch(readChunk, Qt::Uninitialized);
        for (Chunk &chunk : m_pending) {
            if (chunk.received)
                continue;
            if (m_session->isBroken()) {
                abandonRead(chunk.request);
                continue;
            }
            scratch.resize(chunk.length);
            (void)waitRead(m_file, chunk.request, scratch.data(), chunk.length);
            abandonRead(chunk.request); // answered: 0.11 freed it already
        }
        m_pending.clear();
    }

    std::shared_ptr<SshSession> m_session;
    sftp_file m_file;
    QByteArray m_path;
    std::int64_t m_size;
    std::deque<Chunk> m_pending;
    std::int64_t m_requested = 0;
    bool m_atEnd = false;
};

class SftpWriter final : public FileWriter
{
public:
    // With the session's lock held.
    SftpWriter(const SftpFolder &folder, std::shared_ptr<SshSession> session, sftp_file file,
               QByteArray path)
        : m_folder(folder)
        , m_session(std::move(session))
        , m_file(file)
        , m_path(std::move(path))
#ifdef LTS_SFTP_AIO
        , m_writeSize(writeSizeOf(m_session->sftp()))
        , m_batchSize(m_writeSize
                      * std::clamp<std::int64_t>(writeBatch / m_writeSize, 2, maxWritesInFlight))
#endif
    { }
    ~SftpWriter() override
    {
        if (m_finished)
            return;
        auto lock = m_session->lock();
        if (m_file)
            sftp_close(m_file);
        if (!m_session->isBroken()) {
            Operation operation(*m_session);
            sftp_unlink(m_session->sftp(), m_path.constData());
        }
    }
    Q_DISABLE_COPY_MOVE(SftpWriter)

    Result<void> write(const char *data, std::int64_t size) override
    {
        auto lock = m_session->lock();
#ifdef LTS_SFTP_AIO
        // Gathered into batches, each sent as writes in flight at once (sendBatch).
        while (size > 0) {
            const std::int64_t n = std::min<std::int64_t>(size, m_batchSize - m_batch.size());
            m_batch.append(data, qsizetype(n));
            data += n;
            size -= n;
            if (m_batch.size() >= m_batchSize) {
                if (Result<void> sent = sendBatch(); !sent)
                    return sent;
            }
        }
        return {};
#else
        return m_folder.writeAll(*m_session, m_file, m_path, data, size);
#endif
    }

    Result<void> finish(const Stat &attributes, bool setMode, bool flushData) override
    {
        auto lock = m_session->lock();
        SshSession &session = *m_session;
#ifdef LTS_SFTP_AIO
        if (Result<void> sent = sendBatch(); !sent)
            return sent;
#endif
        {
            Operation operation(session);
            if (flushData && session.hasExtension("fsync@openssh.com") && sftp_fsync(m_file) != 0)
                return session.sftpError(m_path);
            const int closed = sftp_close(m_file);
            m_file = nullptr;
            if (closed != 0)
                return session.sftpError(m_path);
        }
        Stat wanted = attributes;
        wanted.type = EntryType::File;
        if (Result<void> set = m_folder.setStatLocked(session, m_path, wanted, setMode); !set)
            return set;
        m_finished = true;
        return {};
    }

private:
#ifdef LTS_SFTP_AIO
    // Sends the batch as writes that do not wait for each other's answers (one round trip
    // for the batch, not one a write), and takes every answer before the session's lock is
    // let go: another call on the connection would otherwise read those answers itself, and
    // sftp_aio_wait_write would then wait for a packet that never comes. Every request is
    // answered or, on a connection that is gone (cancelled, past its deadline, lost), freed.
    Result<void> sendBatch()
    {
        std::deque<sftp_aio> inFlight; // the oldest first
        std::optional<Error> failure;
        const char *data = m_batch.constData();
        std::int64_t left = m_batch.size();
        while (left > 0 && !failure) {
            sftp_aio aio = nullptr;
            ssize_t n = 0;
            {
                Operation operation(*m_session);
                n = sftp_aio_begin_write(m_file, data, size_t(std::min(left, m_writeSize)), &aio);
            }
            if (n <= 0) {
                failure = m_session->sftpError(m_path);
                break;
            }
            inFlight.push_back(aio);
            data += n;
            left -= n;
        }
        while (!inFlight.empty()) {
            sftp_aio aio = inFlight.front();
            inFlight.pop_front();
            if (!m_session->isBroken()) {
                Operation operation(*m_session);
                if (sftp_aio_wait_write(&aio) < 0 && !failure) // frees it, whatever the answer
                    failure = m_session->sftpError(m_path);
            }
            if (aio)
                sftp_aio_free(aio);
        }
        m_batch.resize(0); // its memory kept for the next batch
        if (failure)
            return m_folder.writeError(*m_session, m_path, *failure);
        return {};
    }
#endif

    SftpFolder m_folder;
    std::shared_ptr<SshSession> m_session; // the connection the file's handle belongs to
    sftp_file m_file;
    QByteArray m_path;
    bool m_finished = false;
#ifdef LTS_SFTP_AIO
    std::int64_t m_writeSize; // of one write
    std::int64_t m_batchSize; // bytes sent at once
    QByteArray m_batch; // written, not sent yet
#endif
};

Result<std::unique_ptr<FileReader>> SftpFolder::openFile(const QByteArray &name) const
{
    const QByteArray path = join(m_path, name);
    return withSession([&](Lease &lease, bool) -> Result<std::unique_ptr<FileReader>> {
        SshSession &session = *lease.session;
        Result<Stat> there = lstatLocked(session, path);
        if (!there)
            return there.error();
        // OpenSSH's server opens a folder for reading too; only a regular file is a stream.
        if (there->type != EntryType::File)
            return Error{ QStringLiteral("EINVAL"),
                          session.displayPath(path) + QStringLiteral(": Not a regular file") };
        Operation operation(session);
        sftp_file file = sftp_open(session.sftp(), path.constData(), O_RDONLY, 0);
        if (!file)
            return session.sftpError(path);
        return std::unique_ptr<FileReader>(
                std::make_unique<SftpReader>(lease.session, file, path, there->size));
    });
}

Result<std::unique_ptr<FileWriter>> SftpFolder::createFile(const QByteArray &name) const
{
    const QByteArray path = join(m_path, name);
    return withSession([&](Lease &lease, bool again) -> Result<std::unique_ptr<FileWriter>> {
        SshSession &session = *lease.session;
        Operation operation(session);
        sftp_file file
                = sftp_open(session.sftp(), path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (!file) {
            const Error error = refine(session, path, session.sftpError(path), Expect::Absent);
            // Made by the try the lost connection interrupted, or there before: which one is
            // not known, so the file is not taken (the engine writes under a new name).
            if (again && kindOf(error) == ErrorKind::Exists)
                return errorOf(ErrorKind::Unreachable,
                               session.displayPath(path) + QStringLiteral(": ")
                                       + QCoreApplication::translate("SshSession",
                                                                     "The connection was lost"));
            return error;
        }
        return std::unique_ptr<FileWriter>(
                std::make_unique<SftpWriter>(*this, lease.session, file, path));
    });
}

// The folders of a batch if every one is of `pool`'s root; else none.
template<typename Item>
std::vector<const SftpFolder *> foldersOf(const std::vector<Item> &items,
                                          const std::shared_ptr<SessionPool> &pool)
{
    std::vector<const SftpFolder *> folders;
    for (const Item &item : items) {
        const auto *folder = dynamic_cast<const SftpFolder *>(&item.folder->impl());
        if (!folder || !folder->sharesPool(pool))
            return {};
        folders.push_back(folder);
    }
    return folders;
}

std::vector<Result<void>> SftpFolder::writeFiles(const std::vector<NewFile> &files,
                                                 const CancelCheck &canceled) const
{
    const std::vector<const SftpFolder *> folders = foldersOf(files, m_pool);
    if (folders.empty() || (canceled && canceled()))
        return FolderImpl::writeFiles(files, canceled);
    std::vector<SftpPipeline::Upload> uploads;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const NewFile &file = files[i];
        uploads.push_back({ join(folders[i]->m_path, file.name), file.data,
                            std::uint32_t(file.attributes.mtimeSec),
                            file.setMode ? std::optional<std::uint32_t>(file.attributes.mode)
                                         : std::nullopt });
    }
    Result<PipelineLease> lease = leasePipeline();
    if (!lease)
        return std::vector<Result<void>>(files.size(), lease.error());
    SshSession &session = *lease->lease.session;
    SftpPipeline *pipeline = lease->pipeline;
    if (!pipeline) {
        lease.value().lease.lock.unlock();
        return FolderImpl::writeFiles(files, canceled);
    }
    Result<std::vector<SftpPipeline::Outcome>> outcomes = pipeline->upload(uploads);
    if (!outcomes) {
        // Which files got in before the connection went is not known: all of them fail, the
        // lost connection's (Unreachable) once more over a new one, under new names.
        session.dropIfLost();
        return std::vector<Result<void>>(files.size(), outcomes.error());
    }
    std::vector<Result<void>> results;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const SftpPipeline::Outcome &outcome = (*outcomes)[i];
        if (outcome.status == 0) {
            results.emplace_back();
            continue;
        }
        const QByteArray &path = uploads[i].path;
        results.emplace_back(refine(session, path, session.statusError(path, int(outcome.status)),
                                    outcome.created ? Expect::Any : Expect::Absent));
    }
    return results;
}

std::vector<Result<void>> SftpFolder::renameFiles(const std::vector<Renaming> &renamings) const
{
    const std::vector<const SftpFolder *> folders = foldersOf(renamings, m_pool);
    if (folders.empty())
        return FolderImpl::renameFiles(renamings);
    std::vector<std::pair<QByteArray, QByteArray>> paths;
    std::vector<bool> replace;
    for (std::size_t i = 0; i < renamings.size(); ++i) {
        paths.emplace_back(join(folders[i]->m_path, renamings[i].from),
                           join(folders[i]->m_path, renamings[i].to));
        replace.push_back(renamings[i].replaces.has_value());
    }
    std::vector<Result<void>> results(renamings.size());
    {
        Result<PipelineLease> lease = leasePipeline();
        if (!lease)
            return std::vector<Result<void>>(renamings.size(), lease.error());
        SshSession &session = *lease->lease.session;
        SftpPipeline *pipeline = lease->pipeline;
        const bool replaces = std::find(replace.begin(), replace.end(), true) != replace.end();
        if (!pipeline || (replaces && !pipeline->hasPosixRename())) {
            lease.value().lease.lock.unlock();
            return FolderImpl::renameFiles(renamings);
        }
        Result<void> done = renameAtOnce(session, *pipeline, renamings, paths, results);
        if (done)
            return results;
        if (!session.dropIfLost())
            return std::vector<Result<void>>(renamings.size(), done.error());
    }
    // The connection was lost with the renames on their way: which were done is not known.
    // Each is done again on its own, over a new connection; one whose temporary is gone and
    // whose name is there was done by the batch.
    results = FolderImpl::renameFiles(renamings);
    for (std::size_t i = 0; i < renamings.size(); ++i) {
        if (!results[i] && kindOf(results[i].error()) == ErrorKind::NotFound
            && !renamings[i].folder->stat(renamings[i].from)
            && renamings[i].folder->stat(renamings[i].to))
            results[i] = {};
    }
    return results;
}

Result<void> SftpFolder::renameAtOnce(SshSession &session, SftpPipeline &pipeline,
                                      const std::vector<Renaming> &renamings,
                                      const std::vector<std::pair<QByteArray, QByteArray>> &paths,
                                      std::vector<Result<void>> &results) const
{
    // Rule 6 first: the files replaced must still be as the scan saw them, all looked at at
    // once. A new file needs no look: OpenSSH's RENAME never replaces, so it is its own check.
    std::vector<QByteArray> looked;
    std::vector<std::size_t> lookedAt;
    for (std::size_t i = 0; i < renamings.size(); ++i) {
        if (renamings[i].replaces) {
            looked.push_back(paths[i].second);
            lookedAt.push_back(i);
        }
    }
    if (!looked.empty()) {
        Result<std::vector<std::pair<std::uint32_t, Stat>>> stats = pipeline.lstat(looked);
        if (!stats)
            return stats.error();
        for (std::size_t k = 0; k < looked.size(); ++k) {
            const std::size_t i = lookedAt[k];
            const auto &[status, now] = (*stats)[k];
            if (status == SSH_FX_NO_SUCH_FILE
                || (status == 0 && !stillAsScanned(now, *renamings[i].replaces)))
                results[i] = changedSinceScan(*renamings[i].folder, renamings[i].to);
            else if (status != 0)
                results[i] = session.statusError(paths[i].second, int(status));
        }
    }
    std::vector<std::pair<QByteArray, QByteArray>> renames;
    std::vector<bool> replace;
    std::vector<std::size_t> renamed;
    for (std::size_t i = 0; i < renamings.size(); ++i) {
        if (!results[i])
            continue;
        renames.push_back(paths[i]);
        replace.push_back(renamings[i].replaces.has_value());
        renamed.push_back(i);
    }
    if (renames.empty())
        return {};
    Result<std::vector<std::uint32_t>> statuses = pipeline.rename(renames, replace);
    if (!statuses)
        return statuses.error();
    for (std::size_t k = 0; k < renames.size(); ++k) {
        const std::uint32_t status = (*statuses)[k];
        if (status == 0)
            continue;
        const std::size_t i = renamed[k];
        const Error error = session.statusError(renames[k].first, int(status));
        // "Failure" of a RENAME onto a name that is there: the name was taken since the scan.
        if (kindOf(error) == ErrorKind::Io && lstatLocked(session, renames[k].second))
            results[i] = changedSinceScan(*renamings[i].folder, renamings[i].to);
        else
            results[i] = error;
    }
    return {};
}

} // namespace

Result<Folder> openSftpFolder(std::shared_ptr<SshSession> session, const QByteArray &path,
                              SessionFactory more, int connections, ReconnectPolicy reconnect)
{
    SftpFolder root(std::make_shared<SessionPool>(std::move(session), std::move(more), connections,
                                                  std::move(reconnect)),
                    path);
    Result<std::unique_ptr<FolderImpl>> opened = root.open(".");
    if (!opened)
        return opened.error();
    return Folder(std::move(opened).value());
}

} // namespace fsops

// The connections a location opened, for cancel(): shared with the pools of its roots, which
// may outlive the location.
struct SftpLocation::Sessions
{
    std::mutex mutex;
    std::vector<std::weak_ptr<fsops::SshSession>> open;
    std::optional<fsops::HostKey> refused;
    // How often cancel() was called: a root opened before the last one connects no more.
    quint64 cancels = 0;
    std::condition_variable cancelled;

    void add(const std::shared_ptr<fsops::SshSession> &session)
    {
        const std::lock_guard lock(mutex);
        std::erase_if(open, [](const auto &weak) { return weak.expired(); });
        open.push_back(session);
    }
};

SftpLocation::SftpLocation(fsops::SshEndpoint endpoint, QByteArray path,
                           fsops::PasswordSource password, int connections,
                           fsops::ReconnectPolicy reconnect)
    : m_endpoint(std::move(endpoint))
    , m_path(std::move(path))
    , m_password(std::move(password))
    , m_connections(connections)
    , m_reconnect(std::move(reconnect))
    , m_sessions(std::make_shared<Sessions>())
{ }

SftpLocation::~SftpLocation() = default;

QString SftpLocation::displayName() const
{
    return m_endpoint.display()
           + QFile::decodeName(m_path.startsWith('/') ? m_path : QByteArray('/' + m_path));
}

fsops::SessionFactory SftpLocation::connector() const
{
    return [endpoint = m_endpoint, password = m_password, sessions = m_sessions] {
        fsops::HostKey key;
        Result<std::shared_ptr<fsops::SshSession>> made = fsops::SshSession::connect(
                endpoint, password, &key,
                [&](const std::shared_ptr<fsops::SshSession> &session) { sessions->add(session); });
        const std::lock_guard lock(sessions->mutex);
        if (made)
            sessions->refused.reset();
        else if (made.error().code == QStringView(fsops::hostKeyUnknownCode)
                 || made.error().code == QStringView(fsops::hostKeyChangedCode))
            sessions->refused = key;
        return made;
    };
}

std::optional<fsops::HostKey> SftpLocation::refusedHostKey() const
{
    const std::lock_guard lock(m_sessions->mutex);
    return m_sessions->refused;
}

namespace {

// "~/data" is below the login's home folder, which the server tells.
Result<QByteArray> absolutePath(fsops::SshSession &session, const QByteArray &path)
{
    if (path != "~" && !path.startsWith("~/"))
        return path;
    auto lock = session.lock();
    fsops::SshSession::Operation operation(session);
    char *home = sftp_canonicalize_path(session.sftp(), ".");
    if (!home)
        return session.sftpError(path);
    QByteArray absolute(home);
    ssh_string_free_char(home);
    return path.size() <= 2 ? absolute : QByteArray(absolute + path.mid(1));
}

} // namespace

Result<fsops::Folder> SftpLocation::openRoot() const
{
    // The root's pool waits between its reconnects here, so that cancel() ends the wait and
    // stops it from connecting again.
    fsops::ReconnectPolicy reconnect = m_reconnect;
    {
        const std::lock_guard lock(m_sessions->mutex);
        reconnect.pause = [sessions = m_sessions, epoch = m_sessions->cancels,
                           pause = m_reconnect.pause](std::chrono::milliseconds delay) {
            if (pause && !pause(delay))
                return false;
            std::unique_lock lock(sessions->mutex);
            if (!pause)
                sessions->cancelled.wait_for(lock, delay,
                                             [&] { return sessions->cancels != epoch; });
            return sessions->cancels == epoch;
        };
    }
    Result<std::shared_ptr<fsops::SshSession>> session = connector()();
    if (!session)
        return session.error();
    Result<QByteArray> path = absolutePath(**session, m_path);
    if (!path)
        return path.error();
    return fsops::openSftpFolder(*session, *path, connector(), m_connections, std::move(reconnect));
}

Result<void> SftpLocation::makeRoot() const
{
    Result<std::shared_ptr<fsops::SshSession>> session = connector()();
    if (!session)
        return session.error();
    Result<QByteArray> path = absolutePath(**session, m_path);
    if (!path)
        return path.error();
    QByteArray clean = *path;
    while (clean.size() > 1 && clean.endsWith('/'))
        clean.chop(1);
    const qsizetype slash = clean.lastIndexOf('/');
    Result<fsops::Folder> above
            = fsops::openSftpFolder(*session, slash <= 0 ? "/" : clean.left(slash));
    if (!above)
        return above.error();
    return above->makeFolder(clean.mid(slash + 1), 0755);
}

void SftpLocation::cancel() const
{
    const std::lock_guard lock(m_sessions->mutex);
    ++m_sessions->cancels;
    m_sessions->cancelled.notify_all();
    for (const std::weak_ptr<fsops::SshSession> &weak : m_sessions->open) {
        if (const std::shared_ptr<fsops::SshSession> session = weak.lock())
            session->cancel();
    }
}

} // namespace lts
