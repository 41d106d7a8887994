#include "serverlease.h"

#include "syncengine.h"

#include <QScopeGuard>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace lts {

namespace {

const QByteArray lockName = QByteArrayLiteral("lock");
constexpr std::int64_t maxLockBytes = 64 * 1024;

QString thisHost()
{
    return QSysInfo::machineHostName();
}

// Whether process `pid` of this computer still runs.
bool isRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // unknown: the lock waits to go stale
#endif
}

} // namespace

ServerLease::Holder ServerLease::holderOf(const QByteArray &content)
{
    Holder holder;
    for (const QByteArray &line : content.split('\n')) {
        if (line.startsWith("host "))
            holder.host = QString::fromUtf8(line.mid(5));
        else if (line.startsWith("pid "))
            holder.pid = line.mid(4).toLongLong();
        else if (line.startsWith("token "))
            holder.token = line.mid(6);
    }
    return holder;
}

Result<std::unique_ptr<ServerLease>>
ServerLease::take(fsops::Folder appFolder, const QString &targetName, LeaseTiming timing)
{
    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray claim = QByteArrayLiteral("lock-") + token;
    const auto cannotLock = [&](const Error &error) {
        return Error{ error.code,
                      tr("Cannot lock the target %1: %2").arg(targetName, error.message) };
    };
    const QByteArray content = QByteArrayLiteral("host ") + thisHost().toUtf8()
                               + QByteArrayLiteral("\npid ")
                               + QByteArray::number(QCoreApplication::applicationPid())
                               + QByteArrayLiteral("\ntoken ") + token + '\n';
    // Written by the server, so its time is the server's "now".
    if (Result<void> written = appFolder.appendToFile(claim, content); !written)
        return cannotLock(written.error());
    auto dropClaim = qScopeGuard([&] { (void)appFolder.removeFile(claim); });

    for (int attempt = 0; attempt < 3; ++attempt) {
        Result<void> renamed = appFolder.renameNoReplace(claim, lockName);
        if (renamed) {
            dropClaim.dismiss();
            return std::unique_ptr<ServerLease>(
                    new ServerLease(std::move(appFolder), token, timing));
        }
        if (renamed.error().code != u"EEXIST")
            return cannotLock(renamed.error());

        // Held: by a computer still alive, or by one silent long enough to be given up.
        const Result<QByteArray> held = appFolder.readFile(lockName, maxLockBytes);
        const Result<fsops::Stat> heldStat = appFolder.stat(lockName);
        const Result<fsops::Stat> now = appFolder.stat(claim);
        if (!held || !heldStat) {
            const Error &error = held ? heldStat.error() : held.error();
            if (fsops::isMissing(error))
                continue; // released meanwhile
            return cannotLock(error);
        }
        if (!now)
            return cannotLock(now.error());
        const Holder holder = holderOf(*held);
        const bool silent = now->mtimeSec - heldStat->mtimeSec >= timing.staleAfter.count();
        // A holder of this computer that no longer runs (a run cancelled while the server did
        // not answer could not remove it) needs no waiting. This process holds the local lock
        // of the target, so a lock naming it is left from an earlier run.
        const bool leftHere
                = holder.host == thisHost()
                  && (holder.pid == QCoreApplication::applicationPid() || !isRunning(holder.pid));
        if (!silent && !leftHere) {
            return Error{ SyncEngine::targetBusy,
                          tr("Another sync (process %1 on %2) is writing to %3. A lock that "
                             "computer no longer renews is taken over after %n minute(s).",
                             nullptr, int(timing.staleAfter.count() / 60))
                                  .arg(holder.pid)
                                  .arg(holder.host.isEmpty() ? tr("an unknown computer")
                                                             : holder.host,
                                       targetName) };
        }
        // Moved aside first, so that of two computers taking it over only one does; and only
        // if it is still the lock judged (its holder renews it by appending).
        const QByteArray aside = QByteArrayLiteral("stale-") + token;
        if (!appFolder.renameNoReplace(lockName, aside))
            continue;
        const Result<QByteArray> moved = appFolder.readFile(aside, maxLockBytes);
        if (moved && *moved == *held) {
            (void)appFolder.removeFile(aside);
            continue;
        }
        (void)appFolder.renameNoReplace(aside, lockName); // its holder is back: it keeps it
    }
    return Error{ SyncEngine::targetBusy,
                  tr("Another sync keeps taking the lock of %1.").arg(targetName) };
}

ServerLease::ServerLease(fsops::Folder appFolder, QByteArray token, LeaseTiming timing)
    : m_folder(std::move(appFolder))
    , m_token(std::move(token))
    , m_timing(timing)
{
    m_refresher = std::thread([this] { keepAlive(); });
}

ServerLease::~ServerLease()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_refresher.join();
    if (isOurs())
        (void)m_folder.removeFile(lockName);
}

bool ServerLease::isOurs() const
{
    const Result<QByteArray> content = m_folder.readFile(lockName, maxLockBytes);
    return content && holderOf(*content).token == m_token;
}

void ServerLease::keepAlive()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_timing.refresh, [this] { return m_stopping; })) {
        lock.unlock();
        // Appending makes the server set the time; a lock taken over is left to its holder.
        if (isOurs())
            (void)m_folder.appendToFile(lockName, QByteArrayLiteral("."));
        lock.lock();
    }
}

} // namespace lts
