#include "serveraddress.h"

#include "remotechecks.h"

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

const QLatin1StringView rcloneScheme("rclone");

// The scheme as RemoteLocation knows it (its kind, port, encryption): the one place that says
// them, asked with a location of that scheme on a made-up server (an rclone remote's name).
RemoteLocation schemeFacts(const QString &scheme)
{
    const Result<RemoteLocation> remote
            = RemoteLocation::parse(scheme == rcloneScheme ? QStringLiteral("rclone:remote:")
                                                           : scheme + QStringLiteral("://server"),
                                    {});
    Q_ASSERT_X(remote, "ServerAddress", "not a scheme of RemoteLocation");
    return remote ? *remote : *RemoteLocation::parse(QStringLiteral("sftp://server"), {});
}

// The path of a location of `kind` for the folder as the dialog's field holds it.
QString pathOf(RemoteKind kind, const QString &folder)
{
    const QString path = folder.trimmed();
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const bool login = kind == RemoteKind::Sftp || kind == RemoteKind::Ftp;
    const bool fromLogin = login && !path.startsWith(u'/');
    if (fromLogin && !parts.isEmpty() && parts.constFirst() == u"~")
        parts.removeFirst(); // "~/data": from the login's folder
    for (QString &part : parts)
        part = encoded(part, u"?#");
    const QString joined = parts.join(u'/');
    switch (kind) {
    case RemoteKind::Sftp:
        // "sftp://host" alone is the top folder: the home folder is "/~".
        if (fromLogin)
            return joined.isEmpty() ? QStringLiteral("/~") : QStringLiteral("/~/") + joined;
        return u'/' + joined;
    case RemoteKind::Ftp:
        // As RFC 1738 and curl take it: the path after the server's '/' is from the login's
        // folder; "%2F" first makes it start at the top.
        return (fromLogin ? QStringLiteral("/") : QStringLiteral("/%2F")) + joined;
    case RemoteKind::WebDav:
    case RemoteKind::Upload:
    case RemoteKind::Rclone:
        break;
    }
    return u'/' + joined;
}

// The scheme a web address's "https"/"http" stands for in `kind`; empty for another kind.
QString schemeForWeb(const QString &written, RemoteKind kind)
{
    const QString name = written.toLower();
    if (name == u"https" || name == u"http") {
        const bool secure = name == u"https";
        if (kind == RemoteKind::WebDav)
            return secure ? QStringLiteral("davs") : QStringLiteral("dav");
        if (kind == RemoteKind::Upload)
            return secure ? QStringLiteral("post+https") : QStringLiteral("post+http");
    }
    return {};
}

} // namespace

RemoteKind ServerAddress::kind() const
{
    return schemeFacts(scheme).kind();
}

bool ServerAddress::encrypted() const
{
    return schemeFacts(scheme).encrypted();
}

int ServerAddress::defaultPort() const
{
    return schemeFacts(scheme).effectivePort();
}

// An rclone remote's folder as rclone takes it, cleaned of empty parts: "Lab/Site4" inside the
// remote, "/srv/data" from the top of a local or SFTP remote's machine.
QString ServerAddress::rcloneLocation(const QString &folder) const
{
    const QString path = folder.trimmed();
    const QString parts = path.split(u'/', Qt::SkipEmptyParts).join(u'/');
    QString text = QStringLiteral("rclone:") + host.trimmed() + u':'
                   + (path.startsWith(u'/') ? QString(u'/' + parts) : parts);
    if (connections > 0)
        text += QStringLiteral("?connections=") + QString::number(connections);
    return text;
}

bool ServerAddress::hasLoginFolder() const
{
    const RemoteKind k = kind();
    return k == RemoteKind::Sftp || k == RemoteKind::Ftp;
}

QString ServerAddress::location() const
{
    return locationOf(folder);
}

QString ServerAddress::locationOf(const QString &folder) const
{
    if (kind() == RemoteKind::Rclone)
        return rcloneLocation(folder);
    return build(scheme, folder, true);
}

QString ServerAddress::webAddress() const
{
    const bool secure = encrypted();
    ServerAddress anonymous = *this;
    anonymous.user.clear();
    // The port the browser takes without one is the same as the scheme's: 443 and 80.
    return anonymous.build(secure ? QStringLiteral("https") : QStringLiteral("http"), folder,
                           false);
}

QString ServerAddress::build(const QString &written, const QString &folder, bool withOptions) const
{
    QString text = written + QStringLiteral("://");
    const QString login = user.trimmed();
    if (!login.isEmpty())
        text += encoded(login, u"@:/?#[]") + u'@';
    const QString server = withoutBrackets(host.trimmed());
    if (server.contains(u':'))
        text += u'[' + encoded(server, u"/?#[]@") + u']'; // an IPv6 address; its zone's '%'
    else
        text += encoded(server, u"@:/?#[]");
    const QString portText = port.trimmed();
    if (!portText.isEmpty() && portText != QString::number(defaultPort()))
        text += u':' + portText;
    const RemoteKind k = kind();
    text += pathOf(k, folder);

    if (!withOptions)
        return text;
    QStringList options;
    if (const QString key = keyFile.trimmed(); !key.isEmpty() && k == RemoteKind::Sftp)
        options.append(QStringLiteral("key=") + encoded(key, u"&#"));
    if (connections > 0)
        options.append(QStringLiteral("connections=") + QString::number(connections));
    if (!options.isEmpty())
        text += u'?' + options.join(u'&');
    return text;
}

std::optional<ServerAddress> ServerAddress::fromLocation(const QString &location)
{
    if (!RemoteLocation::isRemote(location))
        return std::nullopt;
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote)
        return std::nullopt;
    ServerAddress address;
    address.scheme = remote->scheme();
    address.host = remote->host();
    if (remote->connections() != RemoteLocation::defaultConnections)
        address.connections = remote->connections();
    if (remote->kind() == RemoteKind::Rclone) {
        address.folder = remote->path(); // as rclone takes it: "Lab/Site4", "/srv/data"
        return address;
    }
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
    return address;
}

Result<ServerAddress> ServerAddress::fromWebAddress(const QString &address, RemoteKind kind,
                                                    QString *password)
{
    QString text = address.trimmed();
    const auto refuse = [](const QString &message) {
        return Error{ RemoteChecks::invalidLocation, message };
    };
    qsizetype start = text.indexOf(QStringLiteral("://"));
    if (start < 0) {
        text.prepend(QStringLiteral("https://")); // "cloud.example.org/remote.php/dav" as typed
        start = 5;
    }
    const QString written = text.left(start);
    QString scheme = schemeForWeb(written, kind);
    if (scheme.isEmpty())
        scheme = written.toLower(); // davs://, webdav://, post+https://: checked below
    QString rest = text.mid(start + 3);

    // A password in the address goes to the password field, never into the location.
    qsizetype end = 0;
    while (end < rest.size() && rest.at(end) != u'/' && rest.at(end) != u'?')
        ++end;
    const qsizetype at = rest.lastIndexOf(u'@', end - 1);
    if (at >= 0) {
        const qsizetype colon = rest.indexOf(u':');
        if (colon >= 0 && colon < at) {
            if (password)
                *password = QString::fromUtf8(QByteArray::fromPercentEncoding(
                        rest.mid(colon + 1, at - colon - 1).toUtf8()));
            rest.remove(colon, at - colon);
        }
    }

    const QString location = scheme + QStringLiteral("://") + rest;
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    const bool right = remote && remote->kind() == kind;
    if (!right && remote.ok()) {
        return refuse(kind == RemoteKind::WebDav
                              ? tr("%1 is not the web address of a WebDAV folder: write it as "
                                   "https://server/folder, as the server shows it (Nextcloud: "
                                   "Files settings, WebDAV).")
                                        .arg(address.trimmed())
                              : tr("%1 is not the web address of an upload form: write it as "
                                   "https://server/path.")
                                        .arg(address.trimmed()));
    }
    if (!remote)
        return refuse(remote.error().message);
    std::optional<ServerAddress> fields = fromLocation(location);
    Q_ASSERT(fields);
    return *fields;
}

} // namespace lts
