// RemoteBackends: the backends that link libraries a local run does not use (SFTP: libssh; FTP:
// libcurl and OpenSSL, with some 30 libraries behind them), reached through one table. On Linux
// the command line's executable, `letthatsyncin`, does not link them: it loads them from the
// module `letthatsyncin-remote.so` (beside it, or where the tray is installed) the first time a
// location needs one, so a local sync starts without mapping and relocating those libraries
// (about 20 ms of CPU and 7 MiB a run). Everything else (the tray, the tests) links them, and
// the table is there from the start.
#pragma once

#include "ftpfs.h"
#include "location.h"
#include "reconnectpolicy.h"
#include "result.h"

#ifdef LTS_HAVE_SFTP
#include "sshsession.h"
#endif

#include <QByteArray>
#include <QString>

#include <memory>

namespace lts {

struct RemoteBackends
{
#ifdef LTS_HAVE_SFTP
    std::shared_ptr<const Location> (*sftpLocation)(fsops::SshEndpoint endpoint, QByteArray path,
                                                    fsops::PasswordSource password, int connections,
                                                    fsops::ReconnectPolicy reconnect);
    // SshSession::trust().
    Result<fsops::HostKey> (*trustHostKey)(const fsops::SshEndpoint &endpoint,
                                           const QString &fingerprint);
    // Connects to look at the server's host key (SshSession::connect() without a password):
    // the key in `hostKey`, and the session's error if it did not log in.
    Result<void> (*lookAtHostKey)(const fsops::SshEndpoint &endpoint, fsops::HostKey *hostKey);
#endif
    std::shared_ptr<const Location> (*ftpLocation)(fsops::FtpEndpoint endpoint);
};

// The table, loading the module the first time (thread-safe); an error in words, naming the
// module, when it is missing or does not load.
Result<const RemoteBackends *> remoteBackends();

// Called once by the code that has the backends (a static object of the module or of the
// linked library): from then on remoteBackends() gives `backends`.
void provideRemoteBackends(const RemoteBackends *backends);

} // namespace lts
