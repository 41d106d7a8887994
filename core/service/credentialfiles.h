// CredentialFiles: secrets kept as files, one a secret, named after its key
// (credentialkey::fileName): the fallback <config dir>/credentials where no keychain answers,
// and systemd's $CREDENTIALS_DIRECTORY (read only). A file that others may read or change is
// refused, with the command that makes it the user's alone. Blocks on the disk: it runs on
// the credential store's worker thread, never on the main thread.
#pragma once

#include "result.h"
#include "secret.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lts {

class CredentialFiles final
{
    Q_DECLARE_TR_FUNCTIONS(lts::CredentialFiles)

public:
    explicit CredentialFiles(QString folder);

    const QString &folder() const { return m_folder; }
    // Where the secret of `key` is or would be; empty when the key is too long for a file name.
    QString pathOf(const QString &key) const;

    // The secret of `key`; nullopt when no file holds it. One line end at the end of the file
    // is not part of it (`echo password > file` writes one). A file that other users may read
    // or change is refused (code unsafeFile).
    Result<std::optional<Secret>> read(const QString &key) const;
    // Whether a file holds a secret of `key` (without reading it).
    bool holds(const QString &key) const;
    // Writes the file all at once, readable and writable by the user alone (0600), in a folder
    // that is the user's alone (0700).
    Result<void> write(const QString &key, const Secret &secret) const;
    // Removes the file; no file is not an error.
    Result<void> remove(const QString &key) const;

    static constexpr qint64 maxBytes = 64 * 1024;

    static inline const QString unsafeFile = QStringLiteral("Credential File Unsafe");
    static inline const QString unreadable = QStringLiteral("Credential Unreadable");
    static inline const QString notStored = QStringLiteral("Credential Not Stored");

private:
    Error keyTooLong(const QString &key) const;

    QString m_folder;
};

} // namespace lts
