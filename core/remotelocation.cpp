#include "remotelocation.h"

#include "credentialkey.h"
#include "paths.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>

namespace lts {

namespace {

struct Scheme
{
    QLatin1StringView written;
    QLatin1StringView canonical;
    RemoteKind kind;
    int port;
    bool encrypted;
};

// remote.md's "Locations"; the WebDAV aliases are the names other clients use for the same.
const Scheme schemes[] = {
    { QLatin1StringView("sftp"), QLatin1StringView("sftp"), RemoteKind::Sftp, 22, true },
    { QLatin1StringView("davs"), QLatin1StringView("davs"), RemoteKind::WebDav, 443, true },
    { QLatin1StringView("webdavs"), QLatin1StringView("davs"), RemoteKind::WebDav, 443, true },
    { QLatin1StringView("dav"), QLatin1StringView("dav"), RemoteKind::WebDav, 80, false },
    { QLatin1StringView("webdav"), QLatin1StringView("dav"), RemoteKind::WebDav, 80, false },
    { QLatin1StringView("ftpes"), QLatin1StringView("ftpes"), RemoteKind::Ftp, 21, true },
    { QLatin1StringView("ftps"), QLatin1StringView("ftps"), RemoteKind::Ftp, 990, true },
    { QLatin1StringView("ftp"), QLatin1StringView("ftp"), RemoteKind::Ftp, 21, false },
    { QLatin1StringView("post+https"), QLatin1StringView("post+https"), RemoteKind::Upload, 443,
      true },
    { QLatin1StringView("post+http"), QLatin1StringView("post+http"), RemoteKind::Upload, 80,
      false },
};

const QLatin1StringView rclonePrefix("rclone:");

const Scheme *schemeNamed(QStringView name)
{
    const auto found = std::find_if(std::begin(schemes), std::end(schemes),
                                    [name](const Scheme &s) { return s.written == name; });
    return found == std::end(schemes) ? nullptr : found;
}

const Scheme &schemeOf(QStringView canonical)
{
    return *schemeNamed(canonical); // every canonical name is also a written one
}

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// "%20" and the like decoded; nullopt when the bytes are not UTF-8 or a control character
// (a line break, "%00") is among them: no file or server has such a name, and a message
// or a log line would be broken by it. A '%' without two hex digits stays a '%'.
std::optional<QString> decoded(QStringView text)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(text.toUtf8());
    QStringDecoder toUtf16(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString result = toUtf16(bytes);
    if (toUtf16.hasError() || hasControlCharacter(result))
        return std::nullopt;
    return result;
}

// The position right after "scheme://" at the start of the trimmed text, or -1; a scheme as
// paths::remoteScheme() takes it.
qsizetype afterScheme(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.capturedEnd() : -1;
}

// The location as it may be shown in a message: trimmed, without the password of a
// "user:password@" it holds, and without the parameters of an rclone remote made on the fly
// ("rclone::sftp,host=h,pass=...:path"), which may be secrets too.
QString withoutPassword(const QString &location)
{
    QString text = location.trimmed();
    if (text.startsWith(rclonePrefix, Qt::CaseInsensitive) && afterScheme(text) < 0) {
        if (text.size() > rclonePrefix.size() && text.at(rclonePrefix.size()) == u':')
            return text.left(rclonePrefix.size() + 1) + QChar(0x2026); // "rclone::…"
        return text;
    }
    const qsizetype start = afterScheme(text);
    if (start < 0)
        return text;
    qsizetype end = start;
    while (end < text.size() && text.at(end) != u'/' && text.at(end) != u'?')
        ++end;
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    if (at < start)
        return text;
    const qsizetype colon = text.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return text;
    const QString password = text.mid(colon + 1, at - colon - 1);
    const QString shown = text.left(colon) + text.mid(at);
    // The rest may repeat the password (a location pasted twice): then only the server is
    // shown, never the rest.
    const QString plain = decoded(password).value_or(password);
    if (shown.contains(text.left(at + 1))
        || (!password.isEmpty() && (shown.contains(password) || shown.contains(plain))))
        return text.left(colon) + text.mid(at, end - at);
    return shown;
}

bool isHostCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_';
}

// rclone's rule for a remote's name (rclone config): letters, digits, "_-.+@" and spaces, not
// starting with '-' or a space, not ending with a space.
bool isRcloneRemoteName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'-') || name.startsWith(u' ') || name.endsWith(u' '))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || QStringView(u"_-.+@ ").contains(c);
    });
}

bool isDigits(const QString &text)
{
    return !text.isEmpty()
           && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// A number from `low` to `high` written in decimal digits (no sign, no spaces).
std::optional<int> numberIn(const QString &text, int low, int high)
{
    if (!isDigits(text) || text.size() > 6)
        return std::nullopt;
    const int number = text.toInt();
    if (number < low || number > high)
        return std::nullopt;
    return number;
}

// The parts of a path, without empty ones; nullopt when one is "." or "..": what such a part
// means is up to each server, and a location must say one folder only.
std::optional<QStringList> partsOf(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(QStringLiteral(".")) || parts.contains(QStringLiteral("..")))
        return std::nullopt;
    return parts;
}

QString bracketed(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

bool RemoteLocation::isRemote(const QString &location)
{
    return !paths::remoteScheme(location).isEmpty();
}

bool RemoteLocation::reachable(RemoteKind kind)
{
    // Flipped kind by kind as their backends are built (core/fs).
    switch (kind) {
    case RemoteKind::Sftp:
#ifdef LTS_HAVE_SFTP
        return true;
#else
        return false;
#endif
    case RemoteKind::WebDav: // on Qt Network, always built
    case RemoteKind::Upload:
    case RemoteKind::Ftp: // on libcurl, always built
        return true;
    case RemoteKind::Rclone: // through rclone's own daemon, found on PATH when a drive runs
        return true;
    }
    return false;
}

Result<RemoteLocation> RemoteLocation::parse(const QString &location, const QString &errorCode)
{
    const QString text = location.trimmed();
    const QString shown = withoutPassword(text);
    const auto refuse = [&errorCode](const QString &message) {
        return Error{ errorCode, message };
    };
    const auto undecodable = [&] {
        return refuse(tr("The location %1 contains a control character (such as a line break) or "
                         "an encoded character that is not UTF-8.")
                              .arg(shown));
    };
    const auto badPath = [&] {
        return refuse(tr("The path in %1 must not contain \".\" or \"..\" folders.").arg(shown));
    };

    RemoteLocation remote;
    QString rest;
    const qsizetype start = afterScheme(text);
    const bool rclone = start < 0 && text.startsWith(rclonePrefix, Qt::CaseInsensitive);
    if (rclone) {
        remote.m_kind = RemoteKind::Rclone;
        remote.m_scheme = QStringLiteral("rclone");
        rest = text.mid(rclonePrefix.size());
    } else {
        if (start < 0)
            return refuse(tr("%1 is not the address of a remote folder.").arg(shown));
        const QString name = text.left(start - 3).toLower();
        const Scheme *scheme = schemeNamed(name);
        if (!scheme)
            return refuse(tr("%1 is a location of the kind \"%2\", which LetThatSyncIn does not "
                             "know; it knows sftp://, davs://, dav://, ftpes://, ftps://, "
                             "ftp://, post+https://, post+http:// and rclone:.")
                                  .arg(shown, name));
        remote.m_kind = scheme->kind;
        remote.m_scheme = scheme->canonical;
        rest = text.mid(start);
    }
    if (hasControlCharacter(text))
        return undecodable();

    QString options;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        options = rest.mid(question + 1);
        rest.truncate(question);
    }

    if (rclone) {
        const qsizetype colon = rest.indexOf(u':');
        const QString name = rest.left(std::max<qsizetype>(colon, 0));
        if (colon < 0 || !isRcloneRemoteName(name))
            return refuse(tr("The location %1 names no remote of your rclone configuration: write "
                             "it as rclone:REMOTE:folder, with one of the remotes \"rclone "
                             "listremotes\" lists (rclone:REMOTE: for its top folder).")
                                  .arg(shown));
        remote.m_host = name;
        // rclone's own path syntax, taken as it is written: no percent-decoding.
        const QString path = rest.mid(colon + 1);
        const std::optional<QStringList> parts = partsOf(path);
        if (!parts)
            return badPath();
        remote.m_path
                = (path.startsWith(u'/') ? QStringLiteral("/") : QString()) + parts->join(u'/');
    } else {
        const qsizetype slash = rest.indexOf(u'/');
        const QString authority = slash < 0 ? rest : rest.left(slash);
        const QString rawPath = slash < 0 ? QString() : rest.mid(slash);

        // The last '@' ends the user: a password may hold one of its own.
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0) {
            const QString userInfo = authority.left(at);
            if (userInfo.contains(u':')) {
                return refuse(tr("The location %1 contains a password. Passwords are never kept "
                                 "in the configuration: write the location without it, and store "
                                 "the password with \"letthatsyncin password %1\" or in the drive "
                                 "editor.")
                                      .arg(shown));
            }
            const std::optional<QString> user = decoded(userInfo);
            if (!user)
                return undecodable();
            remote.m_user = *user;
        }

        const QString hostAndPort = authority.mid(at + 1);
        QString hostText;
        std::optional<QString> portText;
        bool hostValid = true;
        if (hostAndPort.startsWith(u'[')) {
            const qsizetype close = hostAndPort.indexOf(u']');
            hostText = hostAndPort.mid(1, close - 1);
            const QString after = close < 0 ? QString() : hostAndPort.mid(close + 1);
            hostValid = close > 0 && (after.isEmpty() || after.startsWith(u':'));
            if (hostValid && !after.isEmpty())
                portText = after.mid(1);
        } else if (const qsizetype colon = hostAndPort.indexOf(u':'); colon >= 0) {
            hostText = hostAndPort.left(colon);
            portText = hostAndPort.mid(colon + 1);
        } else {
            hostText = hostAndPort;
        }
        const std::optional<QString> host = decoded(hostText);
        if (!host)
            return undecodable();
        if (hostValid && host->isEmpty())
            return refuse(tr("The location %1 names no server: write it as %2://server/folder.")
                                  .arg(shown, text.left(start - 3).toLower()));
        if (hostAndPort.startsWith(u'[')) {
            QHostAddress address;
            // QHostAddress takes any zone ("fe80::1%25%2F" decodes to "fe80::1%/"); RFC 6874
            // allows only unreserved characters, and the credential key must read back.
            const qsizetype percent = host->indexOf(u'%');
            const QStringView zone
                    = percent < 0 ? QStringView() : QStringView(*host).mid(percent + 1);
            hostValid = hostValid && address.setAddress(*host)
                        && address.protocol() == QAbstractSocket::IPv6Protocol
                        && (percent < 0
                            || (!zone.isEmpty()
                                && std::all_of(zone.cbegin(), zone.cend(), [](QChar c) {
                                       return isHostCharacter(c) || c == u'~';
                                   })));
        } else {
            hostValid = std::all_of(host->cbegin(), host->cend(), isHostCharacter);
        }
        if (!hostValid)
            return refuse(tr("The server \"%1\" in %2 is neither a name nor an address (an IPv6 "
                             "address is written in brackets: [::1]).")
                                  .arg(hostAndPort, shown));
        remote.m_host = *host;

        if (portText) {
            remote.m_port = numberIn(*portText, 1, 65535);
            if (!remote.m_port)
                return refuse(tr("The port in %1 must be a number from 1 to 65535, not \"%2\"; "
                                 "leave it out for the usual one.")
                                      .arg(shown, *portText));
        }

        // FTP's path starts after the '/' that ends the server (RFC 1738, as curl takes it):
        // relative to the login's folder, unless it starts with "%2F".
        const bool ftp = remote.m_kind == RemoteKind::Ftp;
        const std::optional<QString> path = decoded(ftp ? rawPath.mid(1) : rawPath);
        if (!path)
            return undecodable();
        const std::optional<QStringList> parts = partsOf(*path);
        if (!parts)
            return badPath();
        const QString joined = parts->join(u'/');
        if (ftp) {
            remote.m_path = (path->startsWith(u'/') ? QStringLiteral("/") : QString()) + joined;
        } else if (remote.m_kind == RemoteKind::Sftp && !parts->isEmpty()
                   && parts->constFirst().startsWith(u'~')) {
            // "~/data" is the login's home folder; "~bob/data" (another user's home) is left to
            // shells, which SFTP has none of.
            if (parts->constFirst() != u"~")
                return refuse(tr("The path in %1 must be a full path (sftp://server/srv/data) or "
                                 "start at the home folder (sftp://server/~/data).")
                                      .arg(shown));
            remote.m_path = parts->mid(1).join(u'/');
        } else {
            remote.m_path = u'/' + joined;
        }
    }

    bool keyGiven = false;
    bool connectionsGiven = false;
    const QStringList known
            = remote.m_kind == RemoteKind::Sftp
                      ? QStringList{ QStringLiteral("key"), QStringLiteral("connections") }
                      : QStringList{ QStringLiteral("connections") };
    for (const QString &option : options.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        const QString name = decoded(option.left(equals)).value_or(QString()).toLower();
        const std::optional<QString> value
                = decoded(equals < 0 ? QString() : option.mid(equals + 1));
        if (!known.contains(name))
            return refuse(
                    tr("The location %1 has the option \"%2\", which LetThatSyncIn does not "
                       "know here; the options of this kind of location are: %3.")
                            .arg(shown, option.left(equals), known.join(QStringLiteral(", "))));
        bool &given = name == u"key" ? keyGiven : connectionsGiven;
        if (given)
            return refuse(tr("The location %1 gives the option \"%2\" twice.").arg(shown, name));
        given = true;
        if (!value)
            return undecodable();
        if (name == u"key") {
            QString file = *value;
            if (file == u"~" || file.startsWith(QStringLiteral("~/")))
                file = QDir::homePath() + file.mid(1);
            if (!QDir::isAbsolutePath(file))
                return refuse(tr("The key in %1 must be the full path of a key file, such as "
                                 "key=~/.ssh/id_ed25519, not \"%2\".")
                                      .arg(shown, *value));
            remote.m_identityFile = QDir::cleanPath(file);
        } else {
            const std::optional<int> count = numberIn(*value, 1, maxConnections);
            if (!count)
                return refuse(tr("The connections in %1 must be a number from 1 to %2, not "
                                 "\"%3\".")
                                      .arg(shown, QString::number(maxConnections), *value));
            remote.m_connections = *count;
        }
    }
    return remote;
}

int RemoteLocation::effectivePort() const
{
    if (m_port)
        return *m_port;
    return m_kind == RemoteKind::Rclone ? 0 : schemeOf(m_scheme).port;
}

bool RemoteLocation::encrypted() const
{
    // rclone's remotes are as safe as the service behind them: HTTPS for every cloud service.
    return m_kind == RemoteKind::Rclone || schemeOf(m_scheme).encrypted;
}

QString RemoteLocation::credentialKey() const
{
    if (m_kind == RemoteKind::Rclone)
        return {};
    return credentialkey::make(m_scheme, m_user, m_host, effectivePort());
}

std::optional<QUrl> RemoteLocation::fileManagerUrl(const QString &inside) const
{
    QString scheme;
    switch (m_kind) {
    case RemoteKind::Sftp:
    case RemoteKind::WebDav:
        scheme = m_scheme;
        break;
    case RemoteKind::Ftp:
        if (encrypted())
            return std::nullopt;
        scheme = m_scheme;
        break;
    case RemoteKind::Upload:
    case RemoteKind::Rclone:
        return std::nullopt;
    }
    if (isRelative())
        return std::nullopt;
    QUrl url;
    url.setScheme(scheme);
    url.setUserName(m_user);
    url.setHost(m_host);
    if (m_port)
        url.setPort(*m_port);
    url.setPath(QDir::cleanPath(m_path + u'/' + inside));
    return url;
}

QString RemoteLocation::friendlyName() const
{
    if (m_kind == RemoteKind::Rclone)
        return QStringLiteral("%1:%2 (rclone)").arg(m_host, m_path);

    const QString user = m_user.isEmpty() ? QString() : m_user + u'@';
    const bool otherPort = m_port && *m_port != schemeOf(m_scheme).port;
    QString kind;
    QString place;
    switch (m_kind) {
    case RemoteKind::Sftp:
    case RemoteKind::Ftp:
        // As scp and sftp write it: "user@host:/abs", "user@host:~/rel"; the port apart.
        kind = m_kind == RemoteKind::Sftp ? QStringLiteral("SFTP")
               : encrypted()              ? QStringLiteral("FTPS")
                                          : QStringLiteral("FTP");
        place = user + bracketed(m_host);
        if (m_kind == RemoteKind::Sftp && isRelative())
            place += m_path.isEmpty() ? QStringLiteral(":~") : QStringLiteral(":~/") + m_path;
        else if (!m_path.isEmpty())
            place += u':' + m_path;
        if (otherPort)
            kind = tr("%1, port %2").arg(kind).arg(*m_port);
        break;
    case RemoteKind::WebDav:
    case RemoteKind::Upload:
        // As a browser shows an address, without its "https://".
        kind = m_kind == RemoteKind::WebDav ? QStringLiteral("WebDAV") : tr("upload form");
        place = user + bracketed(m_host) + (otherPort ? u':' + QString::number(*m_port) : QString())
                + (m_path == u"/" ? QString() : m_path);
        break;
    case RemoteKind::Rclone:
        break;
    }
    if (!encrypted())
        kind = tr("%1, not encrypted").arg(kind);
    return QStringLiteral("%1 (%2)").arg(place, kind);
}

QString RemoteLocation::comparisonKey() const
{
    if (m_kind == RemoteKind::Rclone) {
        const QString path = m_path.startsWith(u'/') ? m_path.mid(1) : m_path;
        return QStringLiteral("rclone://") + m_host + (path.isEmpty() ? QString() : u'/' + path);
    }
    const QString family = m_kind == RemoteKind::Sftp     ? QStringLiteral("sftp")
                           : m_kind == RemoteKind::WebDav ? QStringLiteral("dav")
                           : m_kind == RemoteKind::Ftp    ? QStringLiteral("ftp")
                                                          : QStringLiteral("post");
    // A path relative to the login's folder is the same folder only for the same user.
    const QString user = isRelative() ? m_user + u'@' : QString();
    QString key = family + QStringLiteral("://") + user + bracketed(m_host.toLower()) + u':'
                  + QString::number(effectivePort());
    if (isRelative() && !m_path.isEmpty())
        key += QStringLiteral("/~/") + m_path;
    else if (!isRelative() && m_path != u"/")
        key += m_path;
    return key;
}

QString RemoteLocation::displayName(const QString &location)
{
    if (!isRemote(location))
        return QDir::toNativeSeparators(location);
    const Result<RemoteLocation> remote = parse(location, {});
    return remote ? remote->friendlyName() : withoutPassword(location);
}

} // namespace lts
