#include "apitoken.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#endif

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace lts {

namespace {

// More than any token a person would write; a bigger file is not a token.
constexpr qint64 maxTokenFileSize = 4096;

// The token travels in an HTTP header ("Authorization: Bearer <token>"), so only visible
// ASCII characters can be part of it.
bool isHeaderSafe(const QByteArray &token)
{
    return !token.isEmpty() && std::all_of(token.cbegin(), token.cend(), [](char c) {
        return uchar(c) > 0x20 && uchar(c) < 0x7f;
    });
}

// Renames `from` over `to` in one step: a reader sees the old file or the new one. QFile::rename
// refuses to replace a file, and removing it first would leave a moment without a token.
Result<void> renameOver(const QString &from, const QString &to)
{
#if defined(Q_OS_UNIX)
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    return Error{ {}, qt_error_string(errno) };
#elif defined(Q_OS_WIN)
    const QString nativeFrom = QDir::toNativeSeparators(from);
    const QString nativeTo = QDir::toNativeSeparators(to);
    if (MoveFileExW(reinterpret_cast<LPCWSTR>(nativeFrom.utf16()),
                    reinterpret_cast<LPCWSTR>(nativeTo.utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    return Error{ {}, qt_error_string(int(GetLastError())) };
#else
    QFile::remove(to);
    QFile file(from);
    if (file.rename(to))
        return {};
    return Error{ {}, file.errorString() };
#endif
}

#ifdef Q_OS_UNIX
QString octal(uint mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}
#endif

} // namespace

QString ApiToken::filePath(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("token"));
}

QByteArray ApiToken::generate()
{
    std::array<quint32, randomBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), randomBytes).toHex();
}

Result<QByteArray> ApiToken::loadOrCreate(const QString &configFolder)
{
    const QString path = filePath(configFolder);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return create(path);
    return read(path);
}

Result<QByteArray> ApiToken::regenerate(const QString &configFolder)
{
    return create(filePath(configFolder), Existing::Replace);
}

Result<QByteArray> ApiToken::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    uint mode = 0;
    const Result<QByteArray> content = PrivateFiles::readOwnFile(path, maxTokenFileSize, &mode);
    if (!content && content.error().code == PrivateFiles::otherOwner) {
        return Error{ tokenUnsafe,
                      tr("The API token file %1 belongs to another user, who may have chosen the "
                         "token. Remove it to have a new one made at the next start.")
                              .arg(shown) };
    }
    if (!content && content.error().code == PrivateFiles::notAFile) {
        return Error{ tokenUnreadable,
                      tr("The API token file %1 is not a regular file. Remove it to have a new "
                         "one made at the next start.")
                              .arg(shown) };
    }
    if (!content && content.error().code != PrivateFiles::tooLarge) {
        return Error{ tokenUnreadable,
                      tr("The API token file %1 cannot be read (%2). Make it readable by its "
                         "owner (chmod 600), or remove it to have a new one made at the next "
                         "start.")
                              .arg(shown, content.error().message) };
    }
#ifdef Q_OS_UNIX
    if ((mode & 077) != 0) {
        return Error{ tokenUnsafe,
                      tr("The API token file %1 may be read by other users (permissions %2), so "
                         "it no longer keeps them from driving LetThatSyncIn. Remove it to have a "
                         "new one made at the next start, or make it readable by you only (chmod "
                         "600).")
                              .arg(shown, octal(mode)) };
    }
#endif
    const QByteArray token = content ? content->trimmed() : QByteArray();
    if (!content || !isHeaderSafe(token)) {
        return Error{ tokenInvalid,
                      tr("The API token file %1 does not hold a token (one line of letters, "
                         "digits and punctuation, without spaces). Remove it to have a new one "
                         "made at the next start.")
                              .arg(QDir::toNativeSeparators(path)) };
    }
    return token;
}

Result<QByteArray> ApiToken::create(const QString &path, Existing existing)
{
    const auto notSaved = [&path](const QString &reason) {
        return Error{ tokenNotSaved, tr("The API token cannot be saved in %1 (%2).")
                                             .arg(QDir::toNativeSeparators(path), reason) };
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (!PrivateFiles::makeFolder(folder))
        return notSaved(tr("the folder cannot be created"));

    // A file of our own that only we may open from the moment it exists (unlike QSaveFile,
    // whose temporary file starts with the umask's permissions), renamed into place once
    // complete, so no one sees a half-written or readable token.
    const QByteArray token = generate();
    QFile file(QStringLiteral("%1.%2.new").arg(path, QString::fromLatin1(generate().left(8))));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        return notSaved(file.errorString());
    bool written = file.write(token + '\n') == token.size() + 1 && file.flush();
#ifdef Q_OS_UNIX
    // The umask can only take permissions away: make it exactly 0600, and put the token on the
    // disk before its name, so a power cut cannot leave an empty token file behind.
    written = written && fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0 && fsync(file.handle()) == 0;
#endif
    const QString reason = file.errorString();
    file.close();
    if (!written) {
        file.remove();
        return notSaved(reason);
    }
    if (existing == Existing::Replace) {
        if (const Result<void> renamed = renameOver(file.fileName(), path); !renamed) {
            file.remove();
            return notSaved(renamed.error().message);
        }
    } else if (!file.rename(path)) {
        const QString renameError = file.errorString();
        file.remove();
        // Another instance made one at the same moment: theirs is the token.
        if (QFileInfo::exists(path))
            return read(path);
        return notSaved(renameError);
    }
    // Read back through the same checks a later start makes.
    return read(path);
}

} // namespace lts
