// The SFTP backend: fsops::FolderImpl over an SshSession (sshsession.h), and the Location of a
// folder on an SFTP server. Times to the second, permission bits, links as links; files are
// read with several requests in flight and written in large requests; free space through
// statvfs@openssh.com. Every call holds the session's lock, so the engine's threads may share
// one connection (one call at a time on it).
#pragma once

#include "location.h"
#include "sshsession.h"

namespace lts {

class SftpLocation final : public Location
{
public:
    // `path`: the folder on the server, absolute ("/data") or below the login's home ("~/data").
    SftpLocation(fsops::SshEndpoint endpoint, QByteArray path, fsops::PasswordSource password = {});

    QString displayName() const override;
    // Connects (a new connection for each root opened) and opens the folder.
    Result<fsops::Folder> openRoot() const override;
    Result<void> makeRoot() const override;

    // Closes every connection this location opened: their calls return at once, Cancelled.
    void cancel() const;

private:
    Result<std::shared_ptr<fsops::SshSession>> connect() const;

    fsops::SshEndpoint m_endpoint;
    QByteArray m_path;
    fsops::PasswordSource m_password;
    mutable std::mutex m_mutex;
    mutable std::vector<std::weak_ptr<fsops::SshSession>> m_sessions;
};

namespace fsops {
// The folder `path` (absolute on the server) of a logged-in session.
Result<Folder> openSftpFolder(std::shared_ptr<SshSession> session, const QByteArray &path);
} // namespace fsops

} // namespace lts
