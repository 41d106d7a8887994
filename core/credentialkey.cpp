#include "credentialkey.h"

#include <QUrl>

namespace lts::credentialkey {

QString make(const QString &scheme, const QString &user, const QString &host, int port)
{
    QString hostPart = host.toLower();
    if (hostPart.contains(u':') && !hostPart.startsWith(u'[')) {
        // An IPv6 address with its zone ("fe80::1%eth0") is written as a URL writes it
        // (RFC 6874: "[fe80::1%25eth0]"), so that the key reads back as the same location.
        hostPart = u'[' + hostPart.replace(u'%', QStringLiteral("%25")) + u']';
    }
    const QString userPart = user.isEmpty()
                                     ? QString()
                                     : QString::fromLatin1(QUrl::toPercentEncoding(user)) + u'@';
    // Joined, not arg()-ed: a user's "%40" would be taken for a placeholder.
    return scheme.toLower() + QStringLiteral("://") + userPart + hostPart + u':'
           + QString::number(port);
}

namespace {
constexpr QLatin1StringView keyFilePrefix("ssh-key:");
} // namespace

QString forKeyFile(const QString &absolutePath)
{
    return keyFilePrefix + absolutePath;
}

QString keyFileOf(const QString &key)
{
    return key.startsWith(keyFilePrefix) ? key.mid(keyFilePrefix.size()) : QString();
}

QString fileName(const QString &key)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QString name;
    const QByteArray bytes = key.toUtf8();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const bool kept = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')
                          || (byte >= '0' && byte <= '9') || byte == '.' || byte == '-'
                          || byte == '_' || byte == '@';
        if (kept) {
            name.append(QLatin1Char(c));
        } else {
            name.append(u'+');
            name.append(QLatin1Char(hex[byte >> 4]));
            name.append(QLatin1Char(hex[byte & 0xF]));
        }
    }
    // "." and ".." cannot be keys of the form scheme://..., but a name must never be either.
    if (name.isEmpty() || name.size() > maxFileName || name == u"." || name == u"..")
        return {};
    return name;
}

} // namespace lts::credentialkey
