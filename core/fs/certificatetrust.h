// What the TLS backends (WebDAV, upload forms) say of a server whose certificate the system's
// authorities do not vouch for (a NAS's own, a self-signed test server): one error, in the same
// words and with the same fingerprint wherever it is met, so the user trusts it the same way.
#pragma once

#include "result.h"

#include <QString>

class QSslCertificate;

namespace lts::fsops {

// "SHA256:..." (base64 without padding), as `openssl x509 -fingerprint -sha256` gives the
// digest and as the user compares it.
QString certificateFingerprint(const QSslCertificate &certificate);

// Certificate Unknown, for `server` ("host:port"), with the certificate's fingerprint and
// `why` (Qt's words for the TLS error).
Error certificateUnknown(const QString &server, const QSslCertificate &certificate,
                         const QString &why);

} // namespace lts::fsops
