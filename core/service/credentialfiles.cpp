#include "credentialfiles.h"

#include "credentialkey.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace lts {

CredentialFiles::CredentialFiles(QString folder)
    : m_folder(std::move(folder))
{ }

QString CredentialFiles::pathOf(const QString &key) const
{
    const QString name = credentialkey::fileName(key);
    return name.isEmpty() ? QString() : QDir(m_folder).filePath(name);
}

Error CredentialFiles::keyTooLong(const QString &key) const
{
    return Error{ notStored,
                  tr("The password for %1 cannot be kept in %2: its name is too long for a file.")
                          .arg(key, QDir::toNativeSeparators(m_folder)) };
}

Result<std::optional<Secret>> CredentialFiles::read(const QString &key) const
{
    const QString path = pathOf(key);
    if (path.isEmpty())
        return std::optional<Secret>(); // no file can hold it
    uint mode = 0;
    Result<QByteArray> content = PrivateFiles::readOwnFile(path, maxBytes, &mode);
    if (!content) {
        if (content.error().code == PrivateFiles::missing)
            return std::optional<Secret>();
        return Error{ unreadable,
                      tr("The password for %1 cannot be read from %2: %3.")
                              .arg(key, QDir::toNativeSeparators(path), content.error().message) };
    }
    Secret secret(std::move(content).value());
    if ((mode & 077) != 0) {
        return Error{ unsafeFile,
                      tr("The password for %1 is not used: other users may read or change its "
                         "file %2. Make the file yours alone (chmod 600 %2) and check who else "
                         "has seen it.")
                              .arg(key, QDir::toNativeSeparators(path)) };
    }
    QByteArray bytes = secret.bytes();
    secret.wipe(); // `bytes` is the only copy now: chopped in place, no copy is left unwiped
    if (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    return std::optional<Secret>(Secret(std::move(bytes)));
}

bool CredentialFiles::holds(const QString &key) const
{
    const QString path = pathOf(key);
    return !path.isEmpty() && QFile::exists(path);
}

Result<void> CredentialFiles::write(const QString &key, const Secret &secret) const
{
    const QString path = pathOf(key);
    if (path.isEmpty())
        return keyTooLong(key);
    if (Result<void> made = PrivateFiles::makeFolder(m_folder); !made)
        return Error{
            notStored, tr("The password for %1 cannot be stored: %2").arg(key, made.error().message)
        };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)
        || file.write(secret.bytes()) != secret.bytes().size() || !file.commit()) {
        return Error{ notStored,
                      tr("The password for %1 cannot be stored in %2: %3.")
                              .arg(key, QDir::toNativeSeparators(path), file.errorString()) };
    }
    return {};
}

Result<void> CredentialFiles::remove(const QString &key) const
{
    const QString path = pathOf(key);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return Error{ notStored,
                  tr("The password for %1 cannot be removed from %2: %3.")
                          .arg(key, QDir::toNativeSeparators(path), file.errorString()) };
}

} // namespace lts
