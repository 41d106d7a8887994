#include "trustedcertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <mutex>

namespace lts {

namespace {

Q_LOGGING_CATEGORY(lcCertificates, "lts.fs.certificates", QtInfoMsg)

// One line of the file: a server and the fingerprint pinned for it.
struct Pin
{
    QString server;
    QString fingerprint;
};

// A line as the file has it; nullopt for a blank line, a comment, or a damaged line (logged).
std::optional<Pin> parse(const QString &line, const QString &file, int number)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.startsWith(u'#'))
        return std::nullopt;
    static const QRegularExpression valid(
            QStringLiteral("^(\\S+:\\d{1,5})\\s+(SHA256:[A-Za-z0-9+/]{43})$"));
    const QRegularExpressionMatch match = valid.match(text);
    if (!match.hasMatch()) {
        // Said once per damaged line: the file is read at every connection.
        static std::mutex logging;
        static QSet<QString> told;
        const std::lock_guard lock(logging);
        if (!told.contains(file + u'\n' + text)) {
            told.insert(file + u'\n' + text);
            qCWarning(lcCertificates).noquote()
                    << QStringLiteral("%1:%2: not \"host:port SHA256:...\", ignored")
                               .arg(file)
                               .arg(number);
        }
        return std::nullopt;
    }
    return Pin{ match.captured(1).toLower(), match.captured(2) };
}

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// The pins of this process are written one at a time; other processes (a command while the
// service runs) wait on the lock file.
std::mutex writing;

} // namespace

namespace fsops {

QString certificateFingerprint(const QByteArray &der)
{
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::OmitTrailingEquals));
}

HostKey certificateKey(const QSslCertificate &certificate)
{
    HostKey key;
    key.type = QString::fromUtf16(certificateKeyType);
    key.fingerprint = certificateFingerprint(certificate.toDer());
    key.subject = certificate.subjectDisplayName();
    key.issuer = certificate.issuerDisplayName();
    key.validFrom = certificate.effectiveDate().toUTC();
    key.validUntil = certificate.expiryDate().toUTC();
    return key;
}

Error certificateUnknown(const QString &server, const HostKey &refused, const QString &why)
{
    // The words are WebDAV's, where they were first said (and translated).
    const QString said
            = refused.previous.isEmpty()
                      ? QCoreApplication::translate("WebDav",
                                                    "The server's certificate (%1) is not one the "
                                                    "system's authorities vouch for: %2")
                                .arg(refused.fingerprint, why)
                      : QCoreApplication::translate("WebDav",
                                                    "The server's certificate changed: it was %1 "
                                                    "and is now %2. Trust the new one only if the "
                                                    "server's administrator confirms it.")
                                .arg(refused.previous, refused.fingerprint);
    return Error{ QString::fromUtf16(certificateUnknownCode),
                  server + QStringLiteral(": ") + said };
}

std::optional<RefusedCertificate>
checkCertificate(QNetworkReply &reply, const QList<QSslError> &errors,
                 const std::function<bool(const QString &fingerprint)> &trusted,
                 const std::function<std::optional<QString>()> &pinned)
{
    // The server's own certificate (the chain's first), whichever of the chain the errors are
    // about.
    QSslCertificate leaf = reply.sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (leaf.isNull())
            leaf = error.certificate();
    }
    if (leaf.isNull())
        return std::nullopt; // nothing to compare: Qt refuses the handshake
    RefusedCertificate refused{ certificateKey(leaf), {} };
    if (trusted && trusted(refused.key.fingerprint)) {
        reply.ignoreSslErrors(errors);
        return std::nullopt;
    }
    if (pinned) {
        if (const std::optional<QString> before = pinned();
            before && *before != refused.key.fingerprint)
            refused.key.previous = *before;
    }
    refused.why = errors.isEmpty() ? QString() : errors.constFirst().errorString();
    return refused;
}

} // namespace fsops

TrustedCertificates::TrustedCertificates(QString file)
    : m_file(std::move(file))
{ }

QString TrustedCertificates::fileIn(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("trusted_certificates"));
}

QString TrustedCertificates::serverName(const QString &host, int port)
{
    const QByteArray ace = QUrl::toAce(host);
    const QString name = host.contains(u':') ? QString(u'[' + host + u']')
                         : ace.isEmpty()     ? host
                                             : QString::fromLatin1(ace);
    return name.toLower() + u':' + QString::number(port);
}

std::optional<QString> TrustedCertificates::pinned(const QString &server) const
{
    const QStringList lines = linesOf(m_file);
    std::optional<QString> found;
    for (int i = 0; i < lines.size(); ++i) {
        if (const std::optional<Pin> pin = parse(lines.at(i), m_file, i + 1);
            pin && pin->server == server.toLower())
            found = pin->fingerprint; // the last line of a server counts, as it was added last
    }
    return found;
}

bool TrustedCertificates::isPinned(const QString &server, const QString &fingerprint) const
{
    const std::optional<QString> pin = pinned(server);
    return pin && !fingerprint.isEmpty() && *pin == fingerprint;
}

Result<void> TrustedCertificates::pin(const QString &server, const QString &fingerprint) const
{
    const auto failed = [this](const QString &why) {
        return Error{ QStringLiteral("EIO"), tr("Cannot write %1: %2").arg(m_file, why) };
    };
    const std::lock_guard lock(writing);
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath()))
        return failed(tr("its folder cannot be made"));
    QLockFile others(m_file + QStringLiteral(".lock"));
    if (!others.tryLock(10000))
        return failed(tr("another program holds %1.lock").arg(m_file));
    // Every line stays as it was (damaged ones too: the user may mend them), but the ones
    // of this server, which the new line replaces.
    QStringList lines = linesOf(m_file);
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        if (const std::optional<Pin> pin = parse(lines.at(i), m_file, i + 1);
            pin && pin->server == server.toLower())
            lines.removeAt(i);
    }
    lines.append(server.toLower() + u' ' + fingerprint);
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0 || !file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace lts
