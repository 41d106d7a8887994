// HostTrust: what the commands say about a server's host key (remote.md, "Credentials and
// trust"): how to check a fingerprint on the server, and the exact `letthatsyncin trust`
// command that trusts it, for the person to run when no one could be asked.
#pragma once

#include "fsops.h"

#include <QCoreApplication>
#include <QString>

namespace lts {

// A word as a shell reads it back: in single quotes when it holds anything but letters,
// digits and a few safe marks.
QString shellQuoted(const QString &text);

class HostTrust final
{
    Q_DECLARE_TR_FUNCTIONS(lts::HostTrust)

public:
    HostTrust() = delete;

    // "letthatsyncin trust LOCATION --fingerprint SHA256:..." (with --config-dir when
    // `configDir` is not the default one, so the key is trusted where the run looks).
    static QString trustCommand(const QString &location, const QString &fingerprint,
                                const QString &configDir);
    // `command` ("letthatsyncin ...") with --config-dir when `configDir` is not the default one,
    // so that it acts where the command that printed it looks.
    static QString withConfigDir(const QString &command, const QString &configDir);
    // Whether `type` is a TLS certificate's (fsops::certificateKeyType), not an SSH host key's.
    static bool isCertificate(const QString &type);
    // "the host key" or "the certificate": what the server presented, in a sentence.
    static QString keyNoun(const QString &type);
    // The file that holds the server's own public key of `type` ("ssh-ed25519",
    // "ecdsa-sha2-nistp256", "rsa-sha2-512") where OpenSSH keeps it:
    // "/etc/ssh/ssh_host_ed25519_key.pub".
    static QString keyFile(const QString &type);
    // The command that prints that key's fingerprint on the server: "ssh-keygen -lf FILE"; for
    // a certificate, openssl's digest of its file in the same form.
    static QString checkCommand(const QString &type);
    // How to read the fingerprint of a key of `type` on the server itself.
    static QString howToCheck(const QString &type);
    // What a person reads before trusting `key` of `location`: the key (a certificate with
    // whom it names, who signed it and when it is valid), how to check it, and for a changed
    // key the one trusted before.
    static QString describe(const QString &location, const fsops::HostKey &key);
};

} // namespace lts
