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

QString HostTrust::keyFile(const QString &type)
{
    return QStringLiteral("/etc/ssh/") + keyFileName(type);
}

QString HostTrust::checkCommand(const QString &type)
{
    return QStringLiteral("ssh-keygen -lf ") + keyFile(type);
}

QString HostTrust::howToCheck(const QString &type)
{
    return tr("To check it, run on the server: ssh-keygen -lf /etc/ssh/%1 (it must print the "
              "same fingerprint), or ask the server's administrator.")
            .arg(keyFileName(type));
}

QString HostTrust::describe(const QString &location, const fsops::HostKey &key)
{
    QString text;
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
