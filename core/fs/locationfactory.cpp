#include "locationfactory.h"

#include "credentialkey.h"
#include "drivevalidator.h"
#include "remotelocation.h"
#include "trustedcertificates.h"

#include "rclonefs.h"
#include "remotebackends.h"
#include "uploadfs.h"
#include "webdavfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace lts {

QString knownHostsFile(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("known_hosts"));
}

CertificatePins certificatePinsFor(const RemoteLocation &remote, const RemoteAccess &access)
{
    const TrustedCertificates pins(TrustedCertificates::fileIn(access.configFolder));
    const QString server = TrustedCertificates::serverName(remote.host(), remote.effectivePort());
    return { [pins, server](const QString &fingerprint) {
                return pins.isPinned(server, fingerprint);
            },
             [pins, server] { return pins.pinned(server); } };
}

Result<fsops::HostKey> trustCertificate(const Location &at, const QString &location,
                                        const QString &configFolder, const QString &fingerprint)
{
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote)
        return remote.error();
    Result<fsops::PresentedKey> presented = at.presentedKey();
    if (!presented)
        return presented.error();
    fsops::HostKey key = presented->key;
    if (key.fingerprint != fingerprint)
        return Error{ QString::fromUtf16(fsops::fingerprintMismatchCode),
                      remote->friendlyName() + QStringLiteral(": ")
                              + QCoreApplication::translate(
                                        "Location",
                                        "The server presents the certificate %1, not %2")
                                        .arg(key.fingerprint, fingerprint) };
    const TrustedCertificates pins(TrustedCertificates::fileIn(configFolder));
    if (Result<void> pinned
        = pins.pin(TrustedCertificates::serverName(remote->host(), remote->effectivePort()),
                   key.fingerprint);
        !pinned)
        return pinned.error();
    key.previous.clear();
    return key;
}

Result<fsops::HostKey> trustServer(const QString &location, const RemoteAccess &access,
                                   const QString &fingerprint)
{
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote)
        return remote.error();
#ifdef LTS_HAVE_SFTP
    if (remote->kind() == RemoteKind::Sftp)
        return trustHostKey(sshEndpointFor(*remote, access), fingerprint);
#endif
    return trustCertificate(*locationFor(location, access), location, access.configFolder,
                            fingerprint);
}

QString trustFileFor(const QString &location, const QString &configFolder)
{
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    return remote && remote->kind() == RemoteKind::Sftp ? knownHostsFile(configFolder)
                                                        : TrustedCertificates::fileIn(configFolder);
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

Result<fsops::HostKey> trustHostKey(const fsops::SshEndpoint &endpoint, const QString &fingerprint)
{
    const Result<const RemoteBackends *> backends = remoteBackends();
    if (!backends)
        return backends.error();
    return (*backends)->trustHostKey(endpoint, fingerprint);
}

Result<void> lookAtHostKey(const fsops::SshEndpoint &endpoint, fsops::HostKey *hostKey)
{
    const Result<const RemoteBackends *> backends = remoteBackends();
    if (!backends)
        return backends.error();
    return (*backends)->lookAtHostKey(endpoint, hostKey);
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
    const Result<const RemoteBackends *> backends = remoteBackends();
    if (!backends)
        return Location::unusable(remote.friendlyName(), backends.error());
    return (*backends)->sftpLocation(sshEndpointFor(remote, access), QFile::encodeName(path),
                                     password, remote.connections(), access.reconnect);
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
    endpoint.reconnect = access.reconnect;
    CertificatePins pins = certificatePinsFor(remote, access);
    endpoint.certificateTrusted = std::move(pins.trusted);
    endpoint.pinnedCertificate = std::move(pins.pinned);
    if (access.password) {
        endpoint.password
                = [ask = access.password, key = remote.credentialKey()] { return ask(key); };
    }
    return std::make_shared<WebDavLocation>(std::move(endpoint));
}

std::shared_ptr<const Location> uploadLocation(const RemoteLocation &remote,
                                               const RemoteAccess &access, const UploadForm &form)
{
    fsops::UploadEndpoint endpoint;
    endpoint.tls = remote.encrypted();
    endpoint.host = remote.host();
    endpoint.port = quint16(remote.effectivePort());
    endpoint.user = remote.user();
    endpoint.path = remote.path().toUtf8();
    endpoint.form = form;
    endpoint.timeout = access.networkTimeout;
    endpoint.backoff = access.uploadBackoff;
    CertificatePins pins = certificatePinsFor(remote, access);
    endpoint.certificateTrusted = std::move(pins.trusted);
    endpoint.pinnedCertificate = std::move(pins.pinned);
    if (access.password) {
        endpoint.password
                = [ask = access.password, key = remote.credentialKey()] { return ask(key); };
    }
    return std::make_shared<UploadLocation>(std::move(endpoint));
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
    endpoint.reconnect = access.reconnect;
    endpoint.connections = remote.connections();
    CertificatePins pins = certificatePinsFor(remote, access);
    endpoint.certificateTrusted = std::move(pins.trusted);
    endpoint.pinnedCertificate = std::move(pins.pinned);
    if (access.password) {
        endpoint.password
                = [ask = access.password, key = remote.credentialKey()] { return ask(key); };
    }
    const Result<const RemoteBackends *> backends = remoteBackends();
    if (!backends)
        return Location::unusable(remote.friendlyName(), backends.error());
    return (*backends)->ftpLocation(std::move(endpoint));
}

std::shared_ptr<const Location> rcloneLocation(const RemoteLocation &remote,
                                               const RemoteAccess &access)
{
    fsops::RcloneEndpoint endpoint;
    endpoint.remote = remote.host(); // the remote's name
    endpoint.path = remote.path();
    endpoint.timeout = access.networkTimeout;
    return std::make_shared<RcloneLocation>(std::move(endpoint));
}

} // namespace

std::shared_ptr<const Location> locationFor(const QString &location, const RemoteAccess &access,
                                            const UploadForm &form)
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
        return uploadLocation(*remote, access, form);
    case RemoteKind::Rclone:
        return rcloneLocation(*remote, access);
    }
    // RemoteLocation::reachable() said yes to a kind with no backend here: a build mistake.
    return Location::unusable(shown, fsops::errorOf(fsops::ErrorKind::NotSupported, shown));
}

} // namespace lts
