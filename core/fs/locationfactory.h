// locationFor(): the one place where a drive's source or target, as the config keeps it,
// becomes the Location the engine reaches: a folder of this computer, or a folder on a server
// through the backend of its kind (SFTP). The job factory (syncJobFor) and every look at a
// location (the prober, TestLocation, the commands) go through it.
#pragma once

#include "drive.h"
#include "location.h"
#include "loginquestions.h"
#include "reconnectpolicy.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#ifdef LTS_HAVE_SFTP
#include "sshsession.h"
#endif

namespace lts {

class RemoteLocation;

// What reaching a server needs from the application, which the fs layer does not know.
struct RemoteAccess
{
    // The application's config dir: the host keys the user trusted in it are kept there.
    QString configFolder;
    // No call waits longer than this for a server (the NetworkTimeout setting).
    std::chrono::milliseconds networkTimeout = std::chrono::seconds(30);
    // The stored password of a credential key (RemoteLocation::credentialKey()), or nullopt.
    // Asked on the run's threads, and only when the server wants a password. The passphrase of
    // an SSH key file is asked the same way, under credentialkey::forKeyFile(its path), only for
    // a key that has one.
    std::function<std::optional<QByteArray>(const QString &credentialKey)> password;
    // Relays what a keyboard-interactive login asks to a person (the sync command's terminal,
    // a dialog of the tray), on the run's thread; empty where nobody can answer (the headless
    // service): a server that asks more than the stored password then refuses the login.
    fsops::LoginRelay relay;
    // The waits before the second and third try of a file an upload form failed (5xx) or the
    // network lost (tests shorten them).
    std::vector<std::chrono::milliseconds> uploadBackoff{ std::chrono::seconds(1),
                                                          std::chrono::seconds(4) };
    // How a connection lost in the middle of a run is made again (SFTP, WebDAV, FTP; tests
    // shorten the waits).
    fsops::ReconnectPolicy reconnect;
#ifdef LTS_HAVE_SFTP
    // Finds a server's addresses; the system's resolver when empty (the fuzzers give one that
    // finds none, so that nothing they try reaches the network).
    fsops::HostLookup lookUp;
    // The time of the sessions' deadlines; null: steady time (tests give a clock they move).
    std::shared_ptr<fsops::SessionClock> clock;
#endif
};

// The location `location` names. A remote one this build cannot reach, or a string that is no
// location, is a Location whose every call fails with the reason in words. An upload form is
// sent `form` with each file (the drive's Upload field).
std::shared_ptr<const Location> locationFor(const QString &location, const RemoteAccess &access,
                                            const UploadForm &form = {});

// "<config dir>/known_hosts": the host keys trusted in the application (OpenSSH's format).
QString knownHostsFile(const QString &configFolder);

// The certificates the user pinned for the server of a TLS location (WebDAV, FTPS, uploads),
// as its backend's endpoint takes them: whether a fingerprint is the pinned one, and which one
// is pinned (<config dir>/trusted_certificates, read at each call).
struct CertificatePins
{
    std::function<bool(const QString &fingerprint)> trusted;
    std::function<std::optional<QString>()> pinned;
};
CertificatePins certificatePinsFor(const RemoteLocation &remote, const RemoteAccess &access);

// Pins the certificate that `at` (the location `location` names) presents now, only if its
// fingerprint is `fingerprint` (Fingerprint Mismatch otherwise): any kind of TLS location, through
// Location::presentedKey(). Connects: on a worker thread.
Result<fsops::HostKey> trustCertificate(const Location &at, const QString &location,
                                        const QString &configFolder, const QString &fingerprint);
// Trusts what the server of `location` presents now, only if its fingerprint is `fingerprint`:
// an SFTP server's host key (into known_hosts), a TLS server's certificate (pinned). For the
// commands, whose Ctrl+C ends everything; connects: on a worker thread.
Result<fsops::HostKey> trustServer(const QString &location, const RemoteAccess &access,
                                   const QString &fingerprint);
// Where what trustServer() trusts for `location` is kept: known_hosts or trusted_certificates.
QString trustFileFor(const QString &location, const QString &configFolder);

#ifdef LTS_HAVE_SFTP
// How to connect to the server of an SFTP location.
fsops::SshEndpoint sshEndpointFor(const RemoteLocation &remote, const RemoteAccess &access);
// SshSession::trust() and a look at the host key a server presents (SshSession::connect()
// without a password: the key in `hostKey`, the session's error if it did not log in), through
// RemoteBackends (remotebackends.h). Connect: on a worker thread.
Result<fsops::HostKey> trustHostKey(const fsops::SshEndpoint &endpoint, const QString &fingerprint);
Result<void> lookAtHostKey(const fsops::SshEndpoint &endpoint, fsops::HostKey *hostKey);
#endif

} // namespace lts
