#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace lts::test {

std::optional<QRegularExpressionMatch>
waitForLog(QProcess &process, const QRegularExpression &pattern, QString &log, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        log += QString::fromLocal8Bit(process.readAll());
        QRegularExpressionMatch found = pattern.match(log);
        if (found.hasMatch())
            return found;
        if (process.state() != QProcess::Running || deadline.hasExpired())
            return std::nullopt;
        process.waitForReadyRead(int(deadline.remainingTime()));
    }
}

quint16 waitUntilListening(QProcess &process, const QRegularExpression &listening, QString &log,
                           QString &whyNot)
{
    const QString name = QFileInfo(process.program()).fileName();
    if (!process.waitForStarted(10000)) {
        whyNot = name + QStringLiteral(" did not start: ") + process.errorString();
        return 0;
    }
    const std::optional<QRegularExpressionMatch> found = waitForLog(process, listening, log);
    if (!found) {
        whyNot = name + QStringLiteral(" did not listen: ") + log;
        return 0;
    }
    return quint16(found->captured(1).toUInt());
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(10000);
    }
}

QString makeSelfSignedCertificate(const QString &certificateFile, const QString &keyFile,
                                  CertificateKey kind)
{
    const QStringList key = kind == CertificateKey::Rsa2048
                                    ? QStringList{ QStringLiteral("rsa:2048") }
                                    : QStringList{ QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                                   QStringLiteral("ec_paramgen_curve:prime256v1") };
    QProcess openssl;
    openssl.start(
            QStringLiteral("openssl"),
            QStringList{ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey") }
                    + key
                    + QStringList{ QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile,
                                   QStringLiteral("-out"), certificateFile, QStringLiteral("-days"),
                                   QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=IP:127.0.0.1") });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl failed: ")
               + QString::fromLocal8Bit(openssl.readAllStandardError());
    return {};
}

QString certificateFingerprint(const QString &certificateFile)
{
    QFile file(certificateFile);
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
