#include "sftpaddress.h"

#include "remotelocation.h"

#include <QDir>
#include <QStringList>

namespace lts {

namespace {

// `text` with each of `reserved`, '%', and any control character or space as "%XX" (UTF-8):
// the rest stays as typed, so a location in config.json is as readable as the fields were.
QString encoded(const QString &text, QStringView reserved)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c.isSpace() || c.category() == QChar::Other_Control
            || reserved.contains(c)) {
            for (const char byte : QString(c).toUtf8())
                result += u'%'
                          + QString::number(static_cast<unsigned char>(byte), 16)
                                    .toUpper()
                                    .rightJustified(2, u'0');
        } else {
            result += c;
        }
    }
    return result;
}

QString withoutBrackets(const QString &host)
{
    if (host.size() >= 2 && host.startsWith(u'[') && host.endsWith(u']'))
        return host.mid(1, host.size() - 2);
    return host;
}

} // namespace

QString SftpAddress::location() const
{
    return locationOf(folder);
}

QString SftpAddress::locationOf(const QString &folder) const
{
    QString text = QStringLiteral("sftp://");
    const QString login = user.trimmed();
    if (!login.isEmpty())
        text += encoded(login, u"@:/?#[]") + u'@';
    const QString server = withoutBrackets(host.trimmed());
    if (server.contains(u':'))
        text += u'[' + encoded(server, u"/?#[]@") + u']'; // an IPv6 address; its zone's '%'
    else
        text += encoded(server, u"@:/?#[]");
    const QString portText = port.trimmed();
    if (!portText.isEmpty() && portText != u"22")
        text += u':' + portText;

    const QString path = folder.trimmed();
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = encoded(part, u"?#");
    if (path.startsWith(u'/'))
        text += u'/' + parts.join(u'/');
    else if (!parts.isEmpty() && parts.constFirst() == u"~")
        text += u'/' + parts.join(u'/'); // "~/data": from the home folder
    else if (!parts.isEmpty())
        text += QStringLiteral("/~/") + parts.join(u'/'); // "data" is relative too
    else
        text += QStringLiteral("/~"); // the home folder: "sftp://host" alone is the top folder

    QStringList options;
    if (const QString key = keyFile.trimmed(); !key.isEmpty())
        options.append(QStringLiteral("key=") + encoded(key, u"&#"));
    if (connections > 0)
        options.append(QStringLiteral("connections=") + QString::number(connections));
    if (!options.isEmpty())
        text += u'?' + options.join(u'&');
    return text;
}

std::optional<SftpAddress> SftpAddress::fromLocation(const QString &location)
{
    if (!RemoteLocation::isRemote(location))
        return std::nullopt;
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote || remote->kind() != RemoteKind::Sftp)
        return std::nullopt;
    SftpAddress address;
    address.host = remote->host();
    address.port = remote->port() ? QString::number(*remote->port()) : QString();
    address.user = remote->user();
    if (!remote->isRelative())
        address.folder = remote->path();
    else if (!remote->path().isEmpty())
        address.folder = QStringLiteral("~/") + remote->path();
    // The key as the user would write it: "~/.ssh/id_ed25519", not the expanded path.
    const QString key = remote->identityFile();
    const QString home = QDir::homePath();
    address.keyFile = key.startsWith(home + u'/') ? QString(u'~' + key.mid(home.size())) : key;
    if (remote->connections() != RemoteLocation::defaultConnections)
        address.connections = remote->connections();
    return address;
}

} // namespace lts
