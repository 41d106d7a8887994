// RemoteLocation: a drive's source or target that is a folder on another machine
// ("sftp://pi@logger.local/data", "davs://...", "ftp://...", "post+https://...",
// "rclone:dropbox:Lab"), as its string says it: the kind, the user, the server, the port, the
// path and the options, or the reason the string cannot be one, in the user's words. A plain
// value of the model layer: it asks no network and no disk. What the string leaves open is
// settled by the backend that connects: for SFTP, a host that is a `Host` alias of
// ~/.ssh/config, and the user and port when the string gives none, come from that file there
// (the fs layer), so this value keeps only what the string said.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace lts {

enum class RemoteKind { Sftp, WebDav, Ftp, Upload, Rclone };

class RemoteLocation final
{
    Q_DECLARE_TR_FUNCTIONS(lts::RemoteLocation)

public:
    // The string as a remote location. `errorCode` is the code of the refusal (the caller's
    // "Invalid Source Path" or "Invalid Target Path"); its message names the location, never
    // with a password the string held. Only strings for which isRemote() holds parse.
    static Result<RemoteLocation> parse(const QString &location, const QString &errorCode);

    // Whether the string is meant as a remote location (it starts with "scheme://" or
    // "rclone:"), well formed or not; a path of this computer is not.
    static bool isRemote(const QString &location);

    // The one place that says which kinds this build reaches: a kind becomes usable in drives
    // when its backend is built (DriveValidator refuses the others, naming their scheme).
    static bool reachable(RemoteKind kind);

    // How a drive's source or target is shown to people: the friendly form of a remote
    // location ("pi@logger.local:/data (SFTP)"), a local path with the system's separators,
    // and a remote string that does not parse as it is written (without a password it holds).
    static QString displayName(const QString &location);

    RemoteKind kind() const { return m_kind; }
    // The scheme's canonical name: "sftp", "davs", "dav", "ftpes", "ftps", "ftp",
    // "post+https", "post+http" or "rclone" ("webdavs" is "davs", "webdav" is "dav").
    QString scheme() const { return m_scheme; }
    // Percent-decoded; empty when the string names no user (for SFTP, ~/.ssh/config's `User`
    // or the local user's name then applies, decided by the backend).
    QString user() const { return m_user; }
    // The server as written, percent-decoded; an IPv6 address without its brackets ("::1").
    // For SFTP it may be an alias of ~/.ssh/config. For rclone, the remote's name ("dropbox").
    QString host() const { return m_host; }
    // The port the string gives, if it gives one.
    std::optional<int> port() const { return m_port; }
    // The port the string gives, else the scheme's usual one (22, 443, 80, 21, 990); 0 for
    // rclone.
    int effectivePort() const;
    // The folder, percent-decoded, cleaned (no empty, "." or ".." parts, no '/' at the end):
    // "/srv/data" is absolute; a path without the leading '/' is relative to the folder the
    // login lands in (SFTP's "~/data" is "data", FTP's "ftp://host/data" too, and "" is that
    // folder itself). WebDAV and upload paths are always absolute. For rclone, the path
    // inside the remote as rclone takes it.
    QString path() const { return m_path; }
    bool isRelative() const { return !m_path.startsWith(u'/'); }
    // ?key=: the SSH identity file, "~" expanded; empty when not given (SFTP only).
    QString identityFile() const { return m_identityFile; }
    // ?connections=: sessions opened to the server at once, 1 to maxConnections.
    int connections() const { return m_connections; }
    // Whether the connection is encrypted (SSH or TLS); plain ftp://, dav:// and post+http://
    // are not.
    bool encrypted() const;

    // The key of the location's secret in the keychain: "scheme://user@host:port" with the
    // canonical scheme, the host in lower case, the port always given, and the user (percent-
    // encoded) or nothing ("sftp://logger.local:22"). Empty for rclone, whose remotes keep
    // their secrets in rclone's own configuration.
    QString credentialKey() const;
    // The form people read: "pi@logger.local:/data (SFTP)", "cloud.example.org/remote.php/dav
    // (WebDAV)", "dropbox:Lab/Site4 (rclone)". Protocol names stay as they are in every
    // language; the words around them are translated.
    QString friendlyName() const;
    // The location as a path for comparing two folders ("sftp://host:22/srv/data", the server
    // in lower case, the kinds that reach the same files sharing one name): one is inside
    // the other when its key starts with the other's and a '/'. Names are compared as written:
    // an alias of ~/.ssh/config and the server it stands for are two servers here.
    QString comparisonKey() const;
    // The address under which the system's file manager shows the folder, or `inside` of it
    // (a relative path): "sftp://pi@logger.local/data/album" (gvfs and KIO open sftp://,
    // dav://, davs:// and ftp://). nullopt where no file manager reaches it the same way: a
    // folder relative to the login's own (the file manager does not know where that is), FTP
    // over TLS (it would fall back to plain FTP), upload forms and rclone remotes.
    std::optional<QUrl> fileManagerUrl(const QString &inside = {}) const;

    static constexpr int defaultConnections = 4;
    static constexpr int maxConnections = 16;

private:
    RemoteKind m_kind = RemoteKind::Sftp;
    QString m_scheme;
    QString m_user;
    QString m_host;
    std::optional<int> m_port;
    QString m_path;
    QString m_identityFile;
    int m_connections = defaultConnections;
};

} // namespace lts
