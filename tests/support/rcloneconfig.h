// The rclone configuration of a test process: one file in a temporary folder of its own, which
// RCLONE_CONFIG names before the application's rclone daemon starts (the daemon reads it again
// when it changes), with a remote on a folder of this computer and remotes on the tests' WebDAV
// servers (`rclone serve webdav` on loopback, its password obscured as `rclone config` writes
// it). Nothing of the user's own configuration is read.
#pragma once

#include <QString>

namespace lts::test {

class DavServer;

class RcloneConfig
{
public:
    // The configuration of this process, made on first use.
    static RcloneConfig &shared();

    // The name of a remote of type local ("disk"): "rclone:disk:/abs/path" is that folder.
    QString localRemote() const { return QStringLiteral("disk"); }
    // The same, said to take "A" and "a" for one name (rclone's case_insensitive option), as
    // the remotes of Dropbox or OneDrive do.
    QString caseInsensitiveLocalRemote() const { return QStringLiteral("foldingdisk"); }
    // Adds a webdav remote on `server` and returns its name ("dav<port>": a name of its own for
    // each server, as rclone keeps a remote's connection by its name). Empty when rclone could
    // not obscure the password.
    // `port`: another port to reach it at (a proxy in front of it).
    QString addWebDav(const DavServer &server, quint16 port = 0);
    QString file() const { return m_file; }

private:
    RcloneConfig();
    bool append(const QByteArray &section);

    QString m_file;
};

} // namespace lts::test
