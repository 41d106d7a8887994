// The table of RemoteBackends, given to remoteBackends() by a static object: when the module
// letthatsyncin-remote.so is loaded, or at the start of a program that links lts_remote whole.
#include "remotebackends.h"

#include "ftpfs.h"
#ifdef LTS_HAVE_SFTP
#include "sftpfs.h"
#include "sshsession.h"
#endif

namespace lts {

namespace {

#ifdef LTS_HAVE_SFTP
std::shared_ptr<const Location> sftpLocation(fsops::SshEndpoint endpoint, QByteArray path,
                                             fsops::PasswordSource password, int connections,
                                             fsops::ReconnectPolicy reconnect)
{
    return std::make_shared<SftpLocation>(std::move(endpoint), std::move(path), std::move(password),
                                          connections, std::move(reconnect));
}

Result<void> lookAtHostKey(const fsops::SshEndpoint &endpoint, fsops::HostKey *hostKey)
{
    const auto session = fsops::SshSession::connect(endpoint, {}, hostKey);
    if (!session)
        return session.error();
    return {};
}
#endif

std::shared_ptr<const Location> ftpLocation(fsops::FtpEndpoint endpoint)
{
    return std::make_shared<FtpLocation>(std::move(endpoint));
}

const RemoteBackends backends{
#ifdef LTS_HAVE_SFTP
    &sftpLocation,
    &fsops::SshSession::trust,
    &lookAtHostKey,
#endif
    &ftpLocation,
};

const struct Provider
{
    Provider() { provideRemoteBackends(&backends); }
} provider;

} // namespace

} // namespace lts
