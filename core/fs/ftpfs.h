// The FTP backend: fsops::FolderImpl over libcurl, and the Location of a folder on an FTP server,
// plain (ftp://), with explicit TLS (ftpes://: AUTH TLS on port 21) or implicit TLS (ftps://,
// port 990). A folder is listed with MLSD where the server has it (FEAT lists MLST), else with
// LIST (Unix and DOS forms) and an MDTM for each file's time to the second; an entry is looked
// at with MLST where the server has it, else by listing its folder; a file is streamed
// up (STOR, under the engine's temporary name) and down (RETR) by a thread of its own that runs
// the transfer while the engine's calls hand it the data; RNFR/RNTO, MKD, RMD, DELE, and times
// set with MFMT or, where the server has no MFMT, vsftpd's MDTM with a time.
//
// The engine's calls are synchronous and come from its worker threads. A location's roots share
// a pool of connections (a libcurl handle each, whose control connection stays open between
// calls). Each handle keeps its own TLS session cache, not one shared between them: vsftpd
// (require_ssl_reuse) accepts a data connection only when it resumes the session of its own
// control connection, and a shared cache hands it another connection's (522). Every call has the
// network timeout as its deadline without progress, and cancel() shuts every socket of the
// location, so each call returns at once, Cancelled.
#pragma once

#include "location.h"
#include "reconnectpolicy.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace lts {

namespace fsops {

// Where an FTP folder is and how to log in.
struct FtpEndpoint
{
    enum class Tls { None, Explicit, Implicit };
    Tls tls = Tls::None;
    QString host;
    quint16 port = 21;
    QString user; // empty: anonymous
    // The folder: relative to the one the login lands in ("data", "" for that folder itself),
    // or absolute ("/srv/data"). Bytes, as the server names them.
    QByteArray path;
    // The stored password; asked once per location, when a connection logs in with a user.
    std::function<std::optional<QByteArray>()> password;
    // Whether the user trusts a certificate that no authority of the system vouches for (a
    // NAS's own), by its "SHA256:..." fingerprint; asked during the TLS handshake, before the
    // password is sent. Empty: no certificate is trusted that way.
    std::function<bool(const QString &fingerprint)> certificateTrusted;
    // The fingerprint pinned for this server, if any: a refusal of another certificate says
    // which one was trusted before (HostKey::previous).
    std::function<std::optional<QString>()> pinnedCertificate;
    // No call waits longer than this for the server to make progress.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // Connections kept open at once (?connections=).
    int connections = 4;
    // A connection lost under a call is made again and the call sent again where that is
    // safe, as this says (reconnectpolicy.h).
    ReconnectPolicy reconnect;

    // "me@nas.local:21", for messages.
    QString display() const;
};

} // namespace fsops

class FtpLocation final : public Location
{
public:
    explicit FtpLocation(fsops::FtpEndpoint endpoint);
    ~FtpLocation() override;

    QString displayName() const override;
    Result<fsops::Folder> openRoot() const override;
    Result<void> makeRoot() const override;
    bool isRemote() const override { return true; }
    // Shuts every socket of the roots opened so far: their calls return Cancelled, and those
    // roots connect no more.
    void cancel() const override;
    // The server's certificate after the latest connection was refused for it (Certificate
    // Unknown): type "certificate", its "SHA256:" fingerprint and what it says of itself, and
    // the pinned fingerprint when the server presents another than it.
    std::optional<fsops::HostKey> refusedHostKey() const override;
    // Connects on a connection of its own and ends it in the TLS handshake, once the server
    // presented its certificate: nothing is logged in. Plain ftp:// presents none.
    Result<fsops::PresentedKey> presentedKey() const override;

    struct Client;

private:
    fsops::FtpEndpoint m_endpoint;
    std::shared_ptr<Client> m_client;
};

} // namespace lts
