#include "certificatetrust.h"

#include "fsops.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace lts::fsops {

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::OmitTrailingEquals));
}

Error certificateUnknown(const QString &server, const QSslCertificate &certificate,
                         const QString &why)
{
    // The words are WebDAV's, where they were first said (and translated).
    return Error{ QString::fromUtf16(certificateUnknownCode),
                  server + QStringLiteral(": ")
                          + QCoreApplication::translate(
                                    "WebDav",
                                    "The server's certificate (%1) is not one the system's "
                                    "authorities vouch for: %2")
                                    .arg(certificateFingerprint(certificate), why) };
}

} // namespace lts::fsops
