// RemoteChecks: what the user does about a remote location outside a run, for the protocol
// (SetPassword, TrustHost, TestLocation, ListFolder) and the tray: trust a server's key, store
// or forget a password, test a location, list a folder of it for a folder picker, list the
// user's rclone remotes. Every look
// at a server runs on a thread of its own and its answer comes within the NetworkTimeout
// setting, whatever the server does: past it the location is cancelled and the answer is
// Unreachable, so a server that never answers holds no request and never this thread. A
// trust or a password that settles what a drive waits for (DriveState::waitingForUser) runs that
// drive at once: the user acted.
#pragma once

#include "fsops.h"
#include "result.h"
#include "secret.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <vector>

namespace lts {

class Location;
class SyncController;

// What TestLocation found: the kind, the room and how many entries the folder has; or the
// run's code (Host Key Unknown, Authentication Failed, Unreachable, Not Supported...) and, for
// a key not trusted, which key.
struct LocationTest
{
    QString kind; // "SFTP", "Local"
    std::optional<fsops::Space> space; // nullopt when the server does not tell
    qsizetype entries = 0;
    std::optional<Error> error;
    // With Host Key Unknown, Host Key Changed or Certificate Unknown.
    std::optional<fsops::HostKey> hostKey;
    // False for a location that cannot be listed (an upload form): `entries` means nothing.
    bool listed = true;
};

// What the location dialog's remote chooser shows: the remotes of the user's rclone
// configuration, or why there are none to show.
struct RcloneRemoteList
{
    bool installed = true; // rclone was found on PATH
    QStringList names; // as the configuration has them, without rclone's ':'
    std::optional<Error> error; // why rclone could not list them (a configuration it cannot read)
};

// What SetPassword did: an error, or whether the user must now hear that the passwords are in
// a file (the first time one lands there: Warning "Password Stored In File").
struct PasswordOutcome
{
    std::optional<Error> error;
    bool storedInFile = false;
};

class RemoteChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteChecks)

public:
    // Error codes of the checks, besides the run codes.
    static inline const QString invalidLocation = QStringLiteral("Invalid Location");
    static inline const QString invalidPath = QStringLiteral("Invalid Path");
    static inline const QString fingerprintMismatch
            = QString::fromUtf16(fsops::fingerprintMismatchCode);

    explicit RemoteChecks(SyncController &controller, QObject *parent = nullptr);

    // Adds the key `location`'s server presents now to <config dir>/known_hosts (SFTP), or pins
    // the certificate it presents in <config dir>/trusted_certificates (the TLS kinds), only
    // when its fingerprint is `fingerprint`; then the drives that wait for the user on that
    // server run.
    QFuture<Result<fsops::HostKey>> trustHost(const QString &location, const QString &fingerprint);
    // Stores `password` for the location's login (nullopt: forgets it); then the drives whose
    // login that server refused run.
    QFuture<PasswordOutcome> setPassword(const QString &location,
                                         const std::optional<Secret> &password);
    // Connects (trust and login checked), lists the folder and reads its free space.
    QFuture<LocationTest> testLocation(const QString &location);
    // The entries of `path` (relative, "/"-separated; empty: the location's folder itself). A
    // path with ".." or that starts with "/" is refused (Invalid Path): it would leave the
    // location.
    QFuture<Result<std::vector<fsops::Entry>>> listFolder(const QString &location,
                                                          const QString &path);
    // The remotes of the user's rclone configuration, for the location dialog's chooser; or
    // that rclone is not installed, or why it could not list them.
    QFuture<RcloneRemoteList> rcloneRemotes();

    // The names of the drives waiting for the user whose source or target is on the server of
    // `location` (host and port); with `loginOnly`, only those whose login was refused and
    // whose location logs in as the same user (the same credential key).
    QStringList drivesWaitingOn(const QString &location, bool loginOnly) const;

private:
    // `work` on a thread of its own; `late` is the answer when it has not answered within the
    // network timeout, and `location` (if any) is cancelled then.
    template<typename T>
    QFuture<T> onWorker(std::function<T()> work, T late,
                        std::shared_ptr<const Location> location = {});
    // The location as a RemoteLocation the checks can use, or the error to answer.
    static Result<void> checkLocation(const QString &location);
    Error lateError(const QString &location) const;
    std::chrono::milliseconds timeout() const;
    void runWaiting(const QStringList &drives);

    SyncController &m_controller;
    // CredentialStore::fileUsed came and the user has not been told yet.
    bool m_fileNotice = false;
};

} // namespace lts
