#include "locationfactory.h"

#include "credentialkey.h"
#include "drivevalidator.h"
#include "remotelocation.h"

#ifdef LTS_HAVE_SFTP
#include "sftpfs.h"
#endif
#include "ftpfs.h"
#include "webdavfs.h"

#include <QDir>
#include <QFile>

namespace lts {

QString knownHostsFile(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("known_hosts"));
}

#ifdef LTS_HAVE_SFTP
fsops::SshEndpoint sshEndpointFor(const RemoteLocation &remote, const RemoteAccess &access)
{
    fsops::SshEndpoint endpoint;
    endpoint.host = remote.host();
    endpoint.port = quint16(remote.effectivePort());
    endpoint.portGiven = remote.port().has_value(); // else ~/.ssh/config's Port may say
    endpoint.user = remote.user();
    endpoint.identityFile = remote.identityFile();
    endpoint.knownHostsFile = knownHostsFile(access.configFolder);
    endpoint.operationTimeout = access.networkTimeout;
    endpoint.lookUp = access.lookUp;
    endpoint.clock = access.clock;
    if (access.password) {
        endpoint.passphrase = [ask = access.password](const QString &keyFile) {
            return ask(credentialkey::forKeyFile(keyFile));
        };
    }
    endpoint.relay = access.relay;
    return endpoint;
}

namespace {

std::shared_ptr<const Location> sftpLocation(const RemoteLocation &remote,
                                             const RemoteAccess &access)
{
    fsops::PasswordSource password;
    if (access.password) {
        password = [ask = access.password,
                    key = remote.credentialKey()](const fsops::SshEndpoint &) { return ask(key); };
    }
    // RemoteLocation keeps a path below the login's home without its "~/"; SftpLocation
    // takes it with.
    const QString path = remote.isRelative()
                                 ? (remote.path().isEmpty() ? QStringLiteral("~")
                                                            : QStringLiteral("~/") + remote.path())
                                 : remote.path();
    return std::make_shared<SftpLocation>(sshEndpointFor(remote, access), QFile::encodeName(path),
                                          password, remote.connections());
}

} // namespace
#endif

namespace {

std::shared_ptr<const Location> webDavLocation(const RemoteLocation &remote,
                                               const RemoteAccess &access)
{
    fsops::DavEndpoint endpoint;
    endpoint.tls = remote.encrypted();
    endpoint.host = remote.host();
    endpoint.port = quint16(remote.effectivePort());
    endpoint.user = remote.user();
    endpoint.path = remote.path().toUtf8();
    endpoint.timeout = access.networkTimeout;
    if (access.password) {
        endpoint.password
                = [ask = access.password, key = remote.credentialKey()] { return ask(key); };
    }
    return std::make_shared<WebDavLocation>(std::move(endpoint));
}

std::shared_ptr<const Location> ftpLocation(const RemoteLocation &remote,
                                            const RemoteAccess &access)
{
    fsops::FtpEndpoint endpoint;
    endpoint.tls = remote.scheme() == u"ftpes"  ? fsops::FtpEndpoint::Tls::Explicit
                   : remote.scheme() == u"ftps" ? fsops::FtpEndpoint::Tls::Implicit
                                                : fsops::FtpEndpoint::Tls::None;
    endpoint.host = remote.host();
    endpoint.port = quint16(remote.effectivePort());
    endpoint.user = remote.user();
    // RemoteLocation keeps a path below the login's folder without a '/' first, as FtpEndpoint.
    endpoint.path = remote.path().toUtf8();
    endpoint.timeout = access.networkTimeout;
    endpoint.connections = remote.connections();
    if (access.password) {
        endpoint.password
                = [ask = access.password, key = remote.credentialKey()] { return ask(key); };
    }
    return std::make_shared<FtpLocation>(std::move(endpoint));
}

} // namespace

std::shared_ptr<const Location> locationFor(const QString &location, const RemoteAccess &access)
{
    if (!RemoteLocation::isRemote(location))
        return Location::local(location);
    const QString shown = RemoteLocation::displayName(location);
    if (const std::optional<QString> why = DriveValidator::unreachableLocation(location))
        return Location::unusable(shown, fsops::errorOf(fsops::ErrorKind::NotSupported, *why));
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    switch (remote->kind()) {
    case RemoteKind::Sftp:
#ifdef LTS_HAVE_SFTP
        return sftpLocation(*remote, access);
#else
        break;
#endif
    case RemoteKind::WebDav:
        return webDavLocation(*remote, access);
    case RemoteKind::Ftp:
        return ftpLocation(*remote, access);
    case RemoteKind::Upload:
    case RemoteKind::Rclone:
        break;
    }
    // RemoteLocation::reachable() said yes to a kind with no backend here: a build mistake.
    return Location::unusable(shown, fsops::errorOf(fsops::ErrorKind::NotSupported, shown));
}

} // namespace lts
