#include "remotechecks.h"

#include "detachedthreads.h"
#include "drivestate.h"
#include "locationfactory.h"
#include "rclonedaemon.h"
#include "rclonefs.h"
#include "remotelocation.h"
#include "synccontroller.h"

#include <QPromise>
#include <QTimer>

#include <mutex>

namespace lts {

namespace {

// One answer, given once: by the worker, or by the deadline, whichever comes first.
template<typename T>
struct Answer
{
    std::mutex mutex;
    QPromise<T> promise;
    bool given = false;

    bool give(T value)
    {
        const std::lock_guard lock(mutex);
        if (std::exchange(given, true))
            return false;
        promise.addResult(std::move(value));
        promise.finish();
        return true;
    }
};

// The run's code for a failure to reach a location (remote.md's codes, as a run has them).
Error runError(const Error &error)
{
    if (error.code == QStringView(fsops::hostKeyUnknownCode)
        || error.code == QStringView(fsops::hostKeyChangedCode)
        || error.code == QStringView(fsops::certificateUnknownCode)
        || error.code == QStringView(fsops::authenticationFailedCode))
        return error;
    switch (fsops::kindOf(error)) {
    case fsops::ErrorKind::Unreachable:
    case fsops::ErrorKind::Timeout:
    case fsops::ErrorKind::Cancelled:
        return { SyncEngine::unreachable, error.message };
    case fsops::ErrorKind::NotSupported:
        return { SyncEngine::notSupported, error.message };
    case fsops::ErrorKind::NotFound:
        return { RemoteChecks::invalidPath, error.message };
    default:
        return { QStringLiteral("Unavailable"), error.message };
    }
}

// The server of a remote location, as two drives on the same one compare: nullopt for a local
// folder and a string that does not parse.
std::optional<RemoteLocation> remoteOf(const QString &location)
{
    if (!RemoteLocation::isRemote(location))
        return std::nullopt;
    Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    return remote ? std::optional(*remote) : std::nullopt;
}

bool sameServer(const RemoteLocation &a, const RemoteLocation &b)
{
    return a.kind() == b.kind() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.effectivePort() == b.effectivePort();
}

} // namespace

RemoteChecks::RemoteChecks(SyncController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(&controller.credentials(), &CredentialStore::fileUsed, this,
            [this] { m_fileNotice = true; });
}

std::chrono::milliseconds RemoteChecks::timeout() const
{
    return m_controller.remoteAccess().networkTimeout;
}

Error RemoteChecks::lateError(const QString &location) const
{
    const auto seconds = int(std::chrono::ceil<std::chrono::seconds>(timeout()).count());
    return { SyncEngine::unreachable, tr("%1 did not answer within %n second(s).", nullptr, seconds)
                                              .arg(RemoteLocation::displayName(location)) };
}

template<typename T>
QFuture<T> RemoteChecks::onWorker(std::function<T()> work, T late,
                                  std::shared_ptr<const Location> location)
{
    auto answer = std::make_shared<Answer<T>>();
    answer->promise.start();
    QFuture<T> future = answer->promise.future();
    // A detached thread: a call to a server may stay blocked past every deadline of its own,
    // and nothing may wait for it then.
    DetachedThreads::start([answer, work = std::move(work)] { answer->give(work()); });
    QTimer::singleShot(timeout(), this, [answer, late = std::move(late), location]() mutable {
        if (answer->give(std::move(late)) && location)
            location->cancel(); // its calls return now, and the thread with them
    });
    return future;
}

Result<void> RemoteChecks::checkLocation(const QString &location)
{
    if (!RemoteLocation::isRemote(location))
        return Error{ invalidLocation,
                      tr("%1 is not a remote location (sftp://user@host/path).").arg(location) };
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, invalidLocation);
    if (!remote)
        return remote.error();
    return {};
}

QFuture<Result<fsops::HostKey>> RemoteChecks::trustHost(const QString &location,
                                                        const QString &fingerprint)
{
    using Answer = Result<fsops::HostKey>;
    if (Result<void> valid = checkLocation(location); !valid)
        return QtFuture::makeReadyFuture(Answer(valid.error()));
    const RemoteLocation remote = *RemoteLocation::parse(location, {});
    const auto whenTrusted = [this, location](Answer key) {
        if (key)
            runWaiting(drivesWaitingOn(location, false));
        return key;
    };
    const auto checked = [](Result<fsops::HostKey> key) -> Answer {
        if (!key && key.error().code != fingerprintMismatch)
            return runError(key.error());
        return key;
    };
    if (remote.kind() != RemoteKind::Sftp) {
        // A TLS location of any kind: the certificate its backend sees now is pinned.
        if (!remote.encrypted())
            return QtFuture::makeReadyFuture(
                    Answer(Error{ SyncEngine::notSupported,
                                  tr("%1 is not encrypted: it has no certificate to trust.")
                                          .arg(remote.friendlyName()) }));
        std::shared_ptr<const Location> reached
                = locationFor(location, m_controller.remoteAccess());
        return onWorker<Answer>(
                       [reached, location, checked, fingerprint,
                        configFolder = m_controller.remoteAccess().configFolder] {
                           return checked(
                                   trustCertificate(*reached, location, configFolder, fingerprint));
                       },
                       Answer(lateError(location)), reached)
                .then(this, whenTrusted);
    }
#ifdef LTS_HAVE_SFTP
    const fsops::SshEndpoint endpoint = sshEndpointFor(remote, m_controller.remoteAccess());
    return onWorker<Answer>([endpoint, fingerprint,
                             checked] { return checked(trustHostKey(endpoint, fingerprint)); },
                            Answer(lateError(location)))
            .then(this, whenTrusted);
#else
    return QtFuture::makeReadyFuture(Answer(Error{ SyncEngine::notSupported, location }));
#endif
}

QFuture<PasswordOutcome> RemoteChecks::setPassword(const QString &location,
                                                   const std::optional<Secret> &password)
{
    if (Result<void> valid = checkLocation(location); !valid)
        return QtFuture::makeReadyFuture(PasswordOutcome{ valid.error(), false });
    const QString key = RemoteLocation::parse(location, {})->credentialKey();
    if (key.isEmpty())
        return QtFuture::makeReadyFuture(PasswordOutcome{
                Error{ SyncEngine::notSupported,
                       tr("The passwords of %1 are kept in rclone's own configuration.")
                               .arg(RemoteLocation::displayName(location)) },
                false });
    CredentialStore &store = m_controller.credentials();
    QFuture<CredentialAnswer> stored = password ? store.write(key, *password) : store.forget(key);
    return stored.then(this, [this, location, given = password.has_value()](CredentialAnswer done) {
        PasswordOutcome outcome{ done.error, false };
        // Said once, in the first answer after a secret went to a file.
        outcome.storedInFile = std::exchange(m_fileNotice, false);
        if (done.ok() && given)
            runWaiting(drivesWaitingOn(location, true));
        return outcome;
    });
}

QFuture<LocationTest> RemoteChecks::testLocation(const QString &location)
{
    if (RemoteLocation::isRemote(location)) {
        if (Result<void> valid = checkLocation(location); !valid)
            return QtFuture::makeReadyFuture(LocationTest{ {}, {}, 0, valid.error(), {}, true });
    }
    const std::optional<RemoteLocation> remote = remoteOf(location);
    const QString kind = !remote                                ? QStringLiteral("Local")
                         : remote->kind() == RemoteKind::Sftp   ? QStringLiteral("SFTP")
                         : remote->kind() == RemoteKind::Upload ? QStringLiteral("Upload")
                                                                : remote->scheme().toUpper();
    std::shared_ptr<const Location> reached = locationFor(location, m_controller.remoteAccess());
    return onWorker<LocationTest>(
            [reached, kind]() {
                LocationTest test{ kind, {}, 0, {}, {}, true };
                const Result<fsops::Folder> root = reached->openRoot();
                if (!root) {
                    test.error = runError(root.error());
                    test.hostKey = reached->refusedHostKey();
                    return test;
                }
                if (root->capabilities().uploadOnly) {
                    // A form shows nothing of what it has: the server answered, its
                    // certificate checked (openRoot), is all there is to know.
                    test.listed = false;
                    return test;
                }
                const Result<std::vector<fsops::Entry>> entries = root->list();
                if (!entries) {
                    test.error = runError(entries.error());
                    return test;
                }
                test.entries = qsizetype(entries->size());
                if (const Result<fsops::Space> space = root->space(); space)
                    test.space = *space;
                return test;
            },
            LocationTest{ kind, {}, 0, lateError(location), {}, true }, reached);
}

QFuture<Result<std::vector<fsops::Entry>>> RemoteChecks::listFolder(const QString &location,
                                                                    const QString &path)
{
    using Answer = Result<std::vector<fsops::Entry>>;
    if (RemoteLocation::isRemote(location)) {
        if (Result<void> valid = checkLocation(location); !valid)
            return QtFuture::makeReadyFuture(Answer(valid.error()));
    }
    const QStringList parts = path.split(u'/');
    if (path.startsWith(u'/') || path.contains(u'\\') || parts.contains(QStringLiteral("..")))
        return QtFuture::makeReadyFuture(Answer(
                Error{ invalidPath,
                       tr("The path %1 leaves the location: give a path inside it, without \"..\".")
                               .arg(path) }));
    std::shared_ptr<const Location> reached = locationFor(location, m_controller.remoteAccess());
    const QByteArray relative = path.toUtf8();
    return onWorker<Answer>(
            [reached, relative]() -> Answer {
                const Result<fsops::Folder> root = reached->openRoot();
                if (!root)
                    return runError(root.error());
                const Result<fsops::Folder> folder = root->openPath(relative);
                if (!folder)
                    return runError(folder.error());
                Result<std::vector<fsops::Entry>> entries = folder->list();
                if (!entries)
                    return runError(entries.error());
                return entries;
            },
            Answer(lateError(location)), reached);
}

QFuture<RcloneRemoteList> RemoteChecks::rcloneRemotes()
{
    RcloneRemoteList late;
    late.error = Error{ SyncEngine::unreachable,
                        tr("rclone did not list your remotes within %n second(s).", nullptr,
                           int(std::chrono::ceil<std::chrono::seconds>(timeout()).count())) };
    return onWorker<RcloneRemoteList>(
            [limit = timeout()] {
                RcloneRemoteList list;
                // Said apart, with the package to install: nothing else can be chosen then.
                if (fsops::RcloneDaemon::executable().isEmpty()) {
                    list.installed = false;
                    return list;
                }
                const Result<QStringList> names = fsops::rcloneRemotes(limit);
                if (names)
                    list.names = *names;
                else
                    list.error = names.error();
                return list;
            },
            std::move(late));
}

QStringList RemoteChecks::drivesWaitingOn(const QString &location, bool loginOnly) const
{
    const std::optional<RemoteLocation> server = remoteOf(location);
    if (!server)
        return {};
    QStringList waiting;
    for (const Drive &drive : m_controller.drives()) {
        const DriveRuntime runtime = m_controller.model().runtime(drive.name);
        if (!runtime.waitingForUser
            || (loginOnly && runtime.code != QStringView(fsops::authenticationFailedCode)))
            continue;
        for (const QString &side : { drive.source, drive.target }) {
            const std::optional<RemoteLocation> remote = remoteOf(side);
            if (remote && sameServer(*remote, *server)
                && (!loginOnly || remote->credentialKey() == server->credentialKey())) {
                waiting.append(drive.name);
                break;
            }
        }
    }
    return waiting;
}

void RemoteChecks::runWaiting(const QStringList &drives)
{
    for (const QString &name : drives)
        static_cast<void>(m_controller.syncNow(name));
}

} // namespace lts
