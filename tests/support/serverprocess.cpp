#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace lts::test {

quint16 waitUntilListening(QProcess &process, const QRegularExpression &listening, QString &log,
                           QString &whyNot)
{
    const QString name = QFileInfo(process.program()).fileName();
    if (!process.waitForStarted(10000)) {
        whyNot = name + QStringLiteral(" did not start: ") + process.errorString();
        return 0;
    }
    const QDeadlineTimer deadline(20000);
    for (;;) {
        log += QString::fromLocal8Bit(process.readAll());
        const QRegularExpressionMatch found = listening.match(log);
        if (found.hasMatch())
            return quint16(found.captured(1).toUInt());
        if (process.state() != QProcess::Running || deadline.hasExpired()) {
            whyNot = name + QStringLiteral(" did not listen: ") + log;
            return 0;
        }
        process.waitForReadyRead(int(deadline.remainingTime()));
    }
}

QString makeSelfSignedCertificate(const QString &cert, const QString &key)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl failed: ")
               + QString::fromLocal8Bit(openssl.readAllStandardError());
    return {};
}

QString certificateFingerprint(const QString &cert)
{
    QFile file(cert);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty())
        return {};
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(certificates.first()
                                         .digest(QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace lts::test
