#include "hosttrust.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lts {

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString HostTrust::trustCommand(const QString &location, const QString &fingerprint,
                                const QString &configDir)
{
    return withConfigDir(QStringLiteral("letthatsyncin trust %1 --fingerprint %2")
                                 .arg(shellQuoted(location), shellQuoted(fingerprint)),
                         configDir);
}

QString HostTrust::withConfigDir(const QString &command, const QString &configDir)
{
    if (QDir::cleanPath(configDir)
        == QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)))
        return command;
    return command + QStringLiteral(" --config-dir ")
           + shellQuoted(QDir::toNativeSeparators(configDir));
}

namespace {

// OpenSSH's names of the host key files, by the key's type as libssh names it.
QString keyFileName(const QString &type)
{
    if (type.startsWith(u"ecdsa"))
        return QStringLiteral("ssh_host_ecdsa_key.pub");
    if (type.contains(u"rsa"))
        return QStringLiteral("ssh_host_rsa_key.pub");
    return QStringLiteral("ssh_host_ed25519_key.pub");
}

} // namespace

bool HostTrust::isCertificate(const QString &type)
{
    return type == QStringView(fsops::certificateKeyType);
}

QString HostTrust::keyNoun(const QString &type)
{
    return isCertificate(type) ? tr("the certificate") : tr("the host key");
}

QString HostTrust::keyFile(const QString &type)
{
    return QStringLiteral("/etc/ssh/") + keyFileName(type);
}

QString HostTrust::checkCommand(const QString &type)
{
    // The SHA-256 digest of the certificate's DER form in base64, as the fingerprint shows it
    // (with the '=' the fingerprint leaves out).
    if (isCertificate(type))
        return QStringLiteral("openssl x509 -in CERTIFICATE.pem -outform der | openssl sha256 "
                              "-binary | base64");
    return QStringLiteral("ssh-keygen -lf ") + keyFile(type);
}

QString HostTrust::howToCheck(const QString &type)
{
    if (isCertificate(type))
        return tr("To check it, run on the server, with the file of its certificate: %1 (it must "
                  "print the same fingerprint, with a \"=\" at its end), or ask the server's "
                  "administrator.")
                .arg(checkCommand(type));
    return tr("To check it, run on the server: ssh-keygen -lf /etc/ssh/%1 (it must print the "
              "same fingerprint), or ask the server's administrator.")
            .arg(keyFileName(type));
}

QString HostTrust::describe(const QString &location, const fsops::HostKey &key)
{
    QString text;
    if (isCertificate(key.type)) {
        text = key.previous.isEmpty()
                       ? tr("The server's certificate for %1 is not one this computer's "
                            "certificate authorities vouch for. Its fingerprint is %2.")
                                 .arg(location, key.fingerprint)
                       : tr("The server's certificate for %1 has changed: it was %2 and is now "
                            "%3. The server may have a new certificate, or someone may be in "
                            "between: trust the new one only if the server's administrator "
                            "confirms it.")
                                 .arg(location, key.previous, key.fingerprint);
        if (!key.subject.isEmpty())
            text += u'\n'
                    + tr("It is issued to %1 by %2, valid from %3 to %4.")
                              .arg(key.subject, key.issuer, key.validFrom.toString(Qt::ISODate),
                                   key.validUntil.toString(Qt::ISODate));
        return text + u'\n' + howToCheck(key.type);
    }
    if (key.previous.isEmpty()) {
        text = tr("The server's host key for %1 is not known. Its %2 fingerprint is %3.")
                       .arg(location, key.type, key.fingerprint);
    } else {
        text = tr("The server's host key for %1 has changed: it was %2 and is now %3 %4. The "
                  "server may have been reinstalled, or someone may be in between: trust the "
                  "new key only if the server's administrator confirms it.")
                       .arg(location, key.previous, key.type, key.fingerprint);
    }
    return text + u'\n' + howToCheck(key.type);
}

} // namespace lts
