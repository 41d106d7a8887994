// ServerAddress: the fields of the location dialog for a folder on a server of any kind (SFTP,
// WebDAV, FTP, an upload form: server, port, user, folder, key file; an rclone remote: its name
// and the folder in it) and the location string they make ("sftp://user@host:port/path?key=...",
// "davs://host/remote.php/dav/files/me", "ftpes://host/data", "rclone:dropbox:Lab"), both ways, and
// the web address a WebDAV folder or an upload form is known by
// ("https://cloud.example.org/remote.php/dav/files/me/Photos"). A plain value: it asks no disk and
// no network. A password is never one of its fields: it goes to the credential store, never into a
// drive.
#pragma once

#include "remotelocation.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lts {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(lts::ServerAddress)

public:
    // The scheme's canonical name (RemoteLocation::scheme()): sftp, davs, dav, ftpes, ftps,
    // ftp, post+https, post+http or rclone.
    QString scheme = QStringLiteral("sftp");
    // a name, an alias of ~/.ssh/config (SFTP), or an address (IPv6 without []); for rclone,
    // the remote's name in the user's rclone configuration
    QString host;
    QString port; // as typed; empty: the scheme's usual one (SFTP: ~/.ssh/config's, else 22)
    QString user; // empty: none (SFTP: ~/.ssh/config's, else the local user)
    // "/srv/data" (from the server's top); for SFTP and FTP also "~/data" or "data" (from the
    // folder the login lands in) or empty or "~" (that folder itself). WebDAV's and an upload
    // form's folders are always from the top: "data" is "/data", empty is "/". An rclone
    // remote's as rclone takes it: "Lab/Site4" in the remote, empty its top folder, "/srv/data"
    // from the top of a local or SFTP remote's machine.
    QString folder;
    QString keyFile; // SFTP: empty: the usual keys and the agent; "~/" for the home folder
    int connections = 0; // ?connections= of a location read, kept as it was; 0: none given

    RemoteKind kind() const;
    // Whether the connection is encrypted (SSH or TLS).
    bool encrypted() const;
    // The scheme's usual port: 22, 443, 80, 21 or 990; 0 for rclone.
    int defaultPort() const;
    // Whether a folder can be relative to the folder the login lands in (SFTP, FTP).
    bool hasLoginFolder() const;

    // The location string: the port only when it is not the scheme's usual one, the user, host
    // and folder percent-encoded where they hold characters a location cannot (an IPv6 address
    // in brackets, its zone's '%' as "%25"), "?key=" when a key is given (SFTP); for rclone
    // "rclone:REMOTE:folder", the folder as typed (rclone's paths are not percent-encoded). It
    // is not checked here: RemoteLocation::parse says what is wrong with it.
    QString location() const;
    // The same location with `folder` instead of its own (for the folder browser).
    QString locationOf(const QString &folder) const;
    // The fields of a location of any of the kinds above; nullopt for any other string (a
    // folder of this computer) or one that does not parse.
    static std::optional<ServerAddress> fromLocation(const QString &location);

    // WebDAV and upload forms: the address as a browser shows it, "https://host:port/path",
    // without the user (the dialog has a field of its own for it).
    QString webAddress() const;
    // What a web address typed or pasted for a WebDAV folder (`kind` WebDav) or an upload form
    // (Upload) says: "https://" or "http://" (or the kind's own schemes, or none: https), the
    // user, server, port and path. A password in it ("https://me:secret@host") is not kept in
    // the fields: it comes back in `password`. The reason it is no such address, naming it,
    // otherwise.
    static Result<ServerAddress> fromWebAddress(const QString &address, RemoteKind kind,
                                                QString *password = nullptr);

    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;

private:
    QString rcloneLocation(const QString &folder) const;
    QString build(const QString &scheme, const QString &folder, bool withOptions) const;
};

} // namespace lts
