// CredentialKey: the name a secret is kept under, `scheme://user@host:port`, the same in the
// system's keychain and, written as a file name, under <config dir>/credentials and systemd's
// $CREDENTIALS_DIRECTORY (docs/remote.md, "Where passwords are kept").
#pragma once

#include <QString>

namespace lts::credentialkey {

// "sftp://pi@logger.local:22". The scheme and the host in lower case (host names ignore case);
// the user percent-encoded, so a user name holding '@' or ':' cannot be read as part of the
// host ("me@example.org" -> "me%40example.org"), and left out with its '@' when the location
// names none ("sftp://nas:22"); an IPv6 address in brackets
// ("sftp://pi@[fe80::1]:22"). `port` is the one the connection uses: the scheme's default
// (22 for SFTP) when the location names none, so both forms find the same secret.
QString make(const QString &scheme, const QString &user, const QString &host, int port);

// The key of the passphrase of an SSH key file: "ssh-key:" and the file's absolute path
// ("ssh-key:/home/me/.ssh/id_ed25519"). One passphrase per key file, whichever server it opens.
QString forKeyFile(const QString &absolutePath);
// Whether `key` is one of forKeyFile(); the file's path, else an empty string.
QString keyFileOf(const QString &key);

// The key as a file name that every system takes and that needs no quoting in a shell or a
// systemd unit: letters, digits, '.', '-', '_' and '@' are kept, every other byte of the key's
// UTF-8 is written '+' and two upper-case hexadecimal digits
// ("sftp://pi@logger.local:22" -> "sftp+3A+2F+2Fpi@logger.local+3A22"). Empty when the name
// would be longer than a file name may be (maxFileName).
QString fileName(const QString &key);

// The longest name every usual file system takes (255 bytes on ext4, NTFS, APFS).
constexpr int maxFileName = 255;

} // namespace lts::credentialkey
