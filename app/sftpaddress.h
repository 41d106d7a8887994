// SftpAddress: the fields of the SFTP location dialog (server, port, user, folder, key file)
// and the location string they make, "sftp://user@host:port/path?key=...", both ways. A plain
// value: it asks no disk and no network. A password is never one of its fields: it goes to the
// credential store, never into a drive.
#pragma once

#include <QString>

#include <optional>

namespace lts {

struct SftpAddress
{
    QString host; // a name, an alias of ~/.ssh/config, or an address (IPv6 without brackets)
    QString port; // as typed; empty: ~/.ssh/config's, else 22
    QString user; // empty: ~/.ssh/config's, else the local user
    // "/srv/data" (from the server's top), "~/data" or "data" (from the login's home folder),
    // or empty or "~" (the home folder itself).
    QString folder;
    QString keyFile; // empty: the usual keys and the agent; "~/" for the home folder
    int connections = 0; // ?connections= of a location read, kept as it was; 0: none given

    // The location string: the port only when it is not 22, the user, host and folder percent-
    // encoded where they hold characters a location cannot (an IPv6 address in brackets, its
    // zone's '%' as "%25"), "?key=" when a key is given. It is not checked here:
    // RemoteLocation::parse says what is wrong with it.
    QString location() const;
    // The fields of an SFTP location; nullopt for any other string or one that does not parse.
    static std::optional<SftpAddress> fromLocation(const QString &location);
    // The same location with `folder` instead of its own (for the folder browser).
    QString locationOf(const QString &folder) const;

    friend bool operator==(const SftpAddress &, const SftpAddress &) = default;
};

} // namespace lts
