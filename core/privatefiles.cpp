#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#endif

namespace lts {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFolder
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

Result<void> PrivateFiles::makeFolder(const QString &folder)
{
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList lacking; // outermost first
    for (QString at = path; !QFileInfo::exists(at);) {
        lacking.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &made : std::as_const(lacking)) {
        if (!QDir().mkdir(made, ownerOnlyFolder) && !QFileInfo(made).isDir())
            return Error{
                unreadable,
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(made))
            };
    }
#ifdef Q_OS_UNIX
    struct stat status = {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &status) != 0 || !S_ISDIR(status.st_mode))
        return Error{ notAFile, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)) };
    if (status.st_uid == geteuid() && (status.st_mode & 077) != 0)
        ::chmod(native.constData(), status.st_mode & 0700);
#endif
    return {};
}

bool PrivateFiles::restrictToOwner(QFileDevice &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Result<QByteArray> PrivateFiles::readOwnFile(const QString &path, qint64 maxBytes, uint *mode)
{
    QFile file;
    if (Result<void> opened = openOwnFile(file, path, maxBytes, mode); !opened)
        return opened.error();
    // Up to one byte more than allowed: a file that grew since it was opened is refused too.
    // Piece by piece, as read(maxBytes + 1) would reserve the whole cap for every file, however
    // small (16 MiB for each read of config.json; found by fuzzing, where it was most of the time).
    constexpr qint64 piece = 64 * 1024;
    QByteArray content;
    while (content.size() <= maxBytes) {
        const QByteArray more = file.read(std::min(piece, maxBytes + 1 - content.size()));
        if (more.isEmpty())
            break;
        content.append(more);
    }
    if (content.size() > maxBytes)
        return tooLargeError(maxBytes);
    return content;
}

Result<void> PrivateFiles::openOwnFile(QFile &file, const QString &path, qint64 maxBytes,
                                       uint *mode)
{
    if (mode)
        *mode = 0;
#ifdef Q_OS_UNIX
    // Opened without waiting (a pipe would block the open for ever) and judged on the open
    // file, so what is judged is what is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error{ errno == ENOENT ? missing : unreadable, qt_error_string(errno) };
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return Error{ notAFile, tr("it is not a file but a device, a pipe or a folder") };
    }
    if (status.st_uid != geteuid() && geteuid() != 0) {
        ::close(fd);
        return Error{ otherOwner, tr("it belongs to another user") };
    }
    if (status.st_size > maxBytes) {
        ::close(fd);
        return tooLargeError(maxBytes);
    }
    if (mode)
        *mode = uint(status.st_mode & 07777);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{ unreadable, file.errorString() };
    }
#else
    file.setFileName(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{ info.exists() ? notAFile : missing,
                      tr("it is not a file but a device, a pipe or a folder") };
    if (info.size() > maxBytes)
        return tooLargeError(maxBytes);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ unreadable, file.errorString() };
#endif
    return {};
}

Error PrivateFiles::tooLargeError(qint64 maxBytes)
{
    return Error{ tooLarge, tr("it holds more than the %1 a file of LetThatSyncIn's may hold")
                                    .arg(QLocale().formattedDataSize(maxBytes)) };
}

} // namespace lts
