// The SFTP backend: fsops::FolderImpl over an SshSession (sshsession.h), and the Location of a
// folder on an SFTP server. Times to the second, permission bits, links as links; files are
// read with several requests in flight and written in large requests; free space through
// statvfs@openssh.com. A root's folders share a pool of connections (?connections=): each call
// takes a free one, so the engine's threads work on the server at once.
#pragma once

#include "location.h"
#include "reconnectpolicy.h"
#include "sshsession.h"

namespace lts {

namespace fsops {
// Opens one more connection like the first (for a pool).
using SessionFactory = std::function<Result<std::shared_ptr<SshSession>>()>;

// The folder `path` (absolute on the server) of a logged-in session; with `more`, the folders
// opened from it use up to `connections` connections at once, and connect again as `reconnect`
// says when they are lost.
Result<Folder> openSftpFolder(std::shared_ptr<SshSession> session, const QByteArray &path,
                              SessionFactory more = {}, int connections = 1,
                              ReconnectPolicy reconnect = {});
} // namespace fsops

class SftpLocation final : public Location
{
public:
    // `path`: the folder on the server, absolute ("/data") or below the login's home ("~/data").
    // `connections`: how many connections a root opened here uses at most (?connections=).
    // `reconnect`: for tests, shorter waits.
    SftpLocation(fsops::SshEndpoint endpoint, QByteArray path, fsops::PasswordSource password = {},
                 int connections = 4, fsops::ReconnectPolicy reconnect = {});
    ~SftpLocation() override;

    QString displayName() const override;
    // Connects (a new pool of connections for each root opened) and opens the folder.
    Result<fsops::Folder> openRoot() const override;
    Result<void> makeRoot() const override;
    bool isRemote() const override { return true; }

    // Closes every connection this location opened: their calls return at once, Cancelled, and
    // the roots opened before never connect again.
    void cancel() const override;
    // Nullopt once a connection got in.
    std::optional<fsops::HostKey> refusedHostKey() const override;

private:
    struct Sessions;
    fsops::SessionFactory connector() const;

    fsops::SshEndpoint m_endpoint;
    QByteArray m_path;
    fsops::PasswordSource m_password;
    int m_connections;
    fsops::ReconnectPolicy m_reconnect;
    std::shared_ptr<Sessions> m_sessions;
};

} // namespace lts
