// The WebDAV backend: fsops::FolderImpl over HTTP(S) with Qt Network, and the Location of a
// folder on a WebDAV server (Nextcloud, ownCloud, Apache, nginx, a NAS, rclone). One PROPFIND of
// depth 1 lists a folder; a file is PUT under the name the engine gives (its temporary), and
// MOVE names it (Overwrite: T to replace, F for a rename that must not); MKCOL and DELETE for the
// rest. Times go with the upload as X-OC-Mtime where the server takes it; elsewhere the server
// keeps the time of the upload. Free space from quota-available-bytes where offered.
//
// The engine's calls are synchronous and come from its worker threads: each call sends its
// request with the QNetworkAccessManager its location has on the calling thread (made there on
// first use, so it lives on the thread that uses it) and waits on a local event loop, never
// longer than the network timeout without progress. cancel() aborts the requests in flight.
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

// Where a WebDAV folder is and how to log in.
struct DavEndpoint
{
    bool tls = true; // https (davs://) or http (dav://)
    QString host;
    quint16 port = 443;
    QString user; // empty: no login is offered
    // The folder on the server, decoded, absolute ("/remote.php/dav/files/me/Photos").
    QByteArray path;
    // The stored password; asked only when the server wants a login.
    std::function<std::optional<QByteArray>()> password;
    // No request waits longer than this for the server to make progress.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // Whether the user trusted the certificate of this fingerprint ("SHA256:...") for this
    // server (pinned it): asked only of a certificate the system's authorities do not vouch
    // for. Empty: none is trusted.
    std::function<bool(const QString &fingerprint)> certificateTrusted;
    // The fingerprint pinned for this server, if any: a refusal of another certificate says
    // which one was trusted before (HostKey::previous).
    std::function<std::optional<QString>()> pinnedCertificate;
    // A request that lost its connection is sent again where that is safe, as this says
    // (reconnectpolicy.h).
    ReconnectPolicy reconnect;

    // "me@cloud.example.org:443", for messages.
    QString display() const;
};

} // namespace fsops

class WebDavLocation final : public Location
{
public:
    explicit WebDavLocation(fsops::DavEndpoint endpoint);
    ~WebDavLocation() override;

    QString displayName() const override;
    Result<fsops::Folder> openRoot() const override;
    Result<void> makeRoot() const override;
    bool isRemote() const override { return true; }
    // Aborts every request of the roots opened so far: their calls return Cancelled, and those
    // roots send nothing more.
    void cancel() const override;
    // The certificate of the latest refusal (Certificate Unknown): type "certificate", its
    // fingerprint, and the pinned one when the server presents another than it.
    std::optional<fsops::HostKey> refusedHostKey() const override;
    // Asks the server's folder for its options (no login) to see its certificate.
    Result<fsops::PresentedKey> presentedKey() const override;

    struct Client;

private:
    fsops::DavEndpoint m_endpoint;
    std::shared_ptr<Client> m_client;
};

} // namespace lts
