// TrustedCertificates: the TLS certificates the user trusted for servers that the system's
// authorities do not vouch for (a NAS's own), pinned in <config dir>/trusted_certificates, one
// line per server: "host:port SHA256:<base64 of the SHA-256 digest of the DER certificate>"
// (remote.md, "Credentials and trust"). Every look reads the file (it is small, and read once
// per connection), so engine threads, the service and the commands all see the latest pins
// without sharing an object. A pin is written atomically, other lines kept as they are; a
// damaged line is logged and never trusted.
#pragma once

#include "fsops.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QNetworkReply;
class QSslCertificate;
class QSslError;

namespace lts {

namespace fsops {

// How people and the application compare a certificate: "SHA256:" and the base64 of the
// SHA-256 digest of its DER form, without '=' (as ssh shows host keys).
QString certificateFingerprint(const QByteArray &der);
// The certificate as a key to trust: its fingerprint, and what it says of itself for the
// person who checks it (whom it names, who signed it, when it is valid).
HostKey certificateKey(const QSslCertificate &certificate);
// Certificate Unknown, for `server` ("host:port"): the certificate `refused` is not one the
// system's authorities vouch for (`why`, Qt's words for the TLS error), or not the one pinned
// (`refused.previous`). One error, in the same words wherever a TLS backend meets it.
Error certificateUnknown(const QString &server, const HostKey &refused, const QString &why);

// A certificate a server presented and that is not taken: the key to trust, the pinned
// fingerprint as `previous` when another one is pinned, and why the system refused it.
struct RefusedCertificate
{
    HostKey key;
    QString why; // Qt's words for the first TLS error
};
// What a Qt Network backend (WebDAV, upload forms) does with a reply's sslErrors, which Qt
// emits only for a certificate the system's authorities do not vouch for: the handshake goes on
// (the errors ignored, only these) when the server's own certificate is the one `trusted` says
// the user pinned; otherwise it is refused (nullopt only when there is no certificate to tell).
// `pinned` (may be empty) names the fingerprint pinned before, for a certificate that changed.
std::optional<RefusedCertificate>
checkCertificate(QNetworkReply &reply, const QList<QSslError> &errors,
                 const std::function<bool(const QString &fingerprint)> &trusted,
                 const std::function<std::optional<QString>()> &pinned);

} // namespace fsops

class TrustedCertificates final
{
    Q_DECLARE_TR_FUNCTIONS(lts::TrustedCertificates)

public:
    explicit TrustedCertificates(QString file);

    // "<config dir>/trusted_certificates".
    static QString fileIn(const QString &configFolder);
    // "host:port" as the file names a server: the host in lower case, an IPv6 address in
    // brackets ("[::1]:443").
    static QString serverName(const QString &host, int port);

    QString file() const { return m_file; }
    // The fingerprint pinned for `server` ("host:port"), if any.
    std::optional<QString> pinned(const QString &server) const;
    // Whether `fingerprint` is the one pinned for `server`.
    bool isPinned(const QString &server, const QString &fingerprint) const;
    // Pins `fingerprint` for `server`, in place of the one pinned before; every other line
    // stays as it was.
    Result<void> pin(const QString &server, const QString &fingerprint) const;

private:
    QString m_file;
};

} // namespace lts
