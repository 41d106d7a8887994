// The upload-form backend: the Location of a post+https:// (or post+http://) target, an HTTP
// form that takes files (seed FileSync's logs.px4.io target). Each file is POSTed once as
// multipart/form-data: the file in the form's file field, under its own name, with every other
// field of the drive's Upload object. A 2xx answer means the form has it.
//
// A form keeps nothing a client can see: it cannot be listed, nothing in it can be read,
// renamed or removed. Its folder says so (Capabilities::uploadOnly, every other call fails
// with ENOTSUP), and the engine keeps the list of what it sent itself, in the target's index
// (the ledger, SyncEngine). Only createFile() reaches the server: its writer spools the file
// (in memory up to 4 MiB, else in a temporary file of this computer) and posts it when
// finished, trying again after a 5xx answer or a lost connection (3 tries, with a back-off).
//
// Calls are synchronous, from the engine's threads: each request has a network access manager
// of its own on the calling thread and waits on a local event loop, never longer than the
// network timeout without progress; cancel() aborts the requests in flight and the back-off.
#pragma once

#include "drive.h"
#include "location.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lts {

namespace fsops {

// Where an upload form is, how to log in, and what it is sent with each file.
struct UploadEndpoint
{
    bool tls = true; // https (post+https://) or http (post+http://)
    QString host;
    quint16 port = 443;
    QString user; // empty: no login is offered
    // The form's path on the server, decoded ("/upload").
    QByteArray path;
    UploadForm form;
    // The stored password; asked only when the server wants a login (Basic, as WebDAV's).
    std::function<std::optional<QByteArray>()> password;
    // No request waits longer than this for the server to make progress.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // The waits before the second and the third try of a file the server failed (5xx) or the
    // network lost; as many tries as waits plus one.
    std::vector<std::chrono::milliseconds> backoff{ std::chrono::seconds(1),
                                                    std::chrono::seconds(4) };
    // Whether the user trusted the certificate of this fingerprint ("SHA256:...") for this
    // server (pinned it), as DavEndpoint's: asked only of a certificate the system's authorities
    // do not vouch for. Empty: none is trusted.
    std::function<bool(const QString &fingerprint)> certificateTrusted;
    // The fingerprint pinned for this server, if any (HostKey::previous of a refusal).
    std::function<std::optional<QString>()> pinnedCertificate;

    // "logs.px4.io:443", for messages.
    QString display() const;
};

} // namespace fsops

class UploadLocation final : public Location
{
public:
    explicit UploadLocation(fsops::UploadEndpoint endpoint);
    ~UploadLocation() override;

    QString displayName() const override;
    // Asks the server for the form's page (HEAD): any HTTP answer means the server is there,
    // its certificate checked; the form itself is only known when a file is posted.
    Result<fsops::Folder> openRoot() const override;
    // A form has no folder to make: the same look as openRoot().
    Result<void> makeRoot() const override;
    bool isRemote() const override { return true; }
    // Aborts every request in flight and every back-off: their calls return Cancelled.
    void cancel() const override;
    // The certificate of the latest refusal (Certificate Unknown): type "certificate", its
    // fingerprint, and the pinned one when the server presents another than it.
    std::optional<fsops::HostKey> refusedHostKey() const override;
    // Asks the server for the form's page (HEAD, no login) to see its certificate.
    Result<fsops::PresentedKey> presentedKey() const override;

    struct Client;

private:
    std::shared_ptr<Client> m_client;
};

} // namespace lts
