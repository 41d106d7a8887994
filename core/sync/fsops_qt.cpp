// The portable implementation of fsops, for systems without POSIX directory descriptors
// (Windows). Folders are paths; every operation goes through Qt and std::filesystem. It
// keeps the same rules (no link is followed inside the roots, copies go to temporary names)
// but without the POSIX guarantees against a tree that changes under the run, with times to
// the millisecond, and with no filesystem-wide flush (each file is flushed on its own).
#include "fsops.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace lts::fsops {

namespace {

constexpr qint64 bufferSize = 1 << 20;

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

Error errorFor(const QString &path, const QString &reason,
               const QString &code = QStringLiteral("EIO"))
{
    return Error{ code, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason) };
}

Error errorFor(const QString &path, const std::error_code &error)
{
    const bool full = error == std::errc::no_space_on_device;
    const bool missing = error == std::errc::no_such_file_or_directory;
    const bool exists = error == std::errc::file_exists;
    return errorFor(path, QString::fromStdString(error.message()),
                    full      ? QStringLiteral("ENOSPC")
                    : missing ? QStringLiteral("ENOENT")
                    : exists  ? QStringLiteral("EEXIST")
                              : QStringLiteral("EIO"));
}

std::uint32_t unixMode(QFile::Permissions p)
{
    std::uint32_t mode = 0;
    mode |= p & QFile::ReadOwner ? 0400 : 0;
    mode |= p & QFile::WriteOwner ? 0200 : 0;
    mode |= p & QFile::ExeOwner ? 0100 : 0;
    mode |= p & QFile::ReadGroup ? 040 : 0;
    mode |= p & QFile::WriteGroup ? 020 : 0;
    mode |= p & QFile::ExeGroup ? 010 : 0;
    mode |= p & QFile::ReadOther ? 04 : 0;
    mode |= p & QFile::WriteOther ? 02 : 0;
    mode |= p & QFile::ExeOther ? 01 : 0;
    return mode;
}

QFile::Permissions qtPermissions(std::uint32_t mode)
{
    QFile::Permissions p;
    if (mode & 0400)
        p |= QFile::ReadOwner | QFile::ReadUser;
    if (mode & 0200)
        p |= QFile::WriteOwner | QFile::WriteUser;
    if (mode & 0100)
        p |= QFile::ExeOwner | QFile::ExeUser;
    if (mode & 040)
        p |= QFile::ReadGroup;
    if (mode & 020)
        p |= QFile::WriteGroup;
    if (mode & 010)
        p |= QFile::ExeGroup;
    if (mode & 04)
        p |= QFile::ReadOther;
    if (mode & 02)
        p |= QFile::WriteOther;
    if (mode & 01)
        p |= QFile::ExeOther;
    return p;
}

Stat statOf(const QFileInfo &info)
{
    Stat s;
    if (info.isSymLink())
        s.type = EntryType::Link;
    else if (info.isDir())
        s.type = EntryType::Folder;
    else if (info.isFile())
        s.type = EntryType::File;
    else
        s.type = EntryType::Special;
    s.size = s.type == EntryType::File ? info.size() : 0;
    const qint64 ms = info.lastModified().toMSecsSinceEpoch();
    s.mtimeSec = ms / 1000;
    s.mtimeNsec = std::int32_t(ms % 1000) * 1000000;
    s.mode = std::uint16_t(unixMode(info.permissions()));
    return s;
}

QString child(const QByteArray &folder, const QByteArray &name)
{
    const QString base = QFile::decodeName(folder);
    return name.isEmpty() || name == "." ? base : base + u'/' + QFile::decodeName(name);
}

} // namespace

Folder::~Folder() = default;
Folder::Folder(Folder &&other) noexcept = default;
Folder &Folder::operator=(Folder &&other) noexcept = default;

bool Folder::isOpen() const
{
    return !m_path.isEmpty();
}

Result<Folder> Folder::openRoot(const QByteArray &path)
{
    const QFileInfo info(QFile::decodeName(path));
    if (!info.exists())
        return errorFor(info.filePath(), QStringLiteral("No such file or directory"),
                        QStringLiteral("ENOENT"));
    if (!info.isDir())
        return errorFor(info.filePath(), QStringLiteral("Not a directory"),
                        QStringLiteral("ENOTDIR"));
    return Folder(QFile::encodeName(QDir::cleanPath(info.absoluteFilePath())));
}

Result<Folder> Folder::open(const QByteArray &name) const
{
    const QString path = child(m_path, name);
    const QFileInfo info(path);
    if (name == "." || name.isEmpty())
        return Folder(m_path);
    if (!info.exists() && !info.isSymLink())
        return errorFor(path, QStringLiteral("No such file or directory"),
                        QStringLiteral("ENOENT"));
    if (info.isSymLink() || !info.isDir())
        return errorFor(path, QStringLiteral("Not a directory"), QStringLiteral("ENOTDIR"));
    return Folder(QFile::encodeName(path));
}

Result<std::vector<Entry>> Folder::list() const
{
    const QDir dir(QFile::decodeName(m_path));
    if (!dir.isReadable())
        return errorFor(dir.path(), QStringLiteral("Permission denied"), QStringLiteral("EACCES"));
    std::vector<Entry> entries;
    const QFileInfoList infos = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : infos) {
        Entry entry{ QFile::encodeName(info.fileName()), statOf(info), {} };
        if (entry.stat.type == EntryType::Link)
            entry.linkTarget = QFile::encodeName(info.symLinkTarget());
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

Result<Stat> Folder::stat(const QByteArray &name) const
{
    const QFileInfo info(child(m_path, name));
    if (!info.exists() && !info.isSymLink())
        return errorFor(info.filePath(), QStringLiteral("No such file or directory"),
                        QStringLiteral("ENOENT"));
    return statOf(info);
}

Result<Stat> Folder::statSelf() const
{
    return stat(".");
}

Result<QByteArray> Folder::readLink(const QByteArray &name) const
{
    return QFile::encodeName(QFileInfo(child(m_path, name)).symLinkTarget());
}

Result<void> Folder::makeLink(const QByteArray &name, const QByteArray &target) const
{
    std::error_code error;
    std::filesystem::create_symlink(fsPath(QFile::decodeName(target)), fsPath(child(m_path, name)),
                                    error);
    if (error)
        return errorFor(child(m_path, name), error);
    return {};
}

Result<void> Folder::makeFolder(const QByteArray &name, std::uint32_t mode) const
{
    const QString path = child(m_path, name);
    if (QFileInfo::exists(path))
        return errorFor(path, QStringLiteral("File exists"), QStringLiteral("EEXIST"));
    if (!QDir().mkdir(path))
        return errorFor(path, QStringLiteral("Cannot create the folder"));
    QFile::setPermissions(path, qtPermissions(mode));
    return {};
}

Result<void> Folder::rename(const QByteArray &from, const Folder &toFolder,
                            const QByteArray &to) const
{
    std::error_code error;
    std::filesystem::rename(fsPath(child(m_path, from)), fsPath(child(toFolder.m_path, to)),
                            error); // replaces
    if (error)
        return errorFor(child(toFolder.m_path, to), error);
    return {};
}

Result<void> Folder::renameNoReplace(const QByteArray &from, const QByteArray &to) const
{
    if (QFileInfo::exists(child(m_path, to)) || QFileInfo(child(m_path, to)).isSymLink())
        return errorFor(child(m_path, to), QStringLiteral("File exists"), QStringLiteral("EEXIST"));
    return rename(from, *this, to);
}

Result<void> Folder::hardLink(const QByteArray &from, const Folder &toFolder,
                              const QByteArray &to) const
{
    std::error_code error;
    std::filesystem::create_hard_link(fsPath(child(m_path, from)),
                                      fsPath(child(toFolder.m_path, to)), error);
    if (error)
        return errorFor(child(toFolder.m_path, to), error);
    return {};
}

Result<void> Folder::removeFile(const QByteArray &name) const
{
    std::error_code error;
    if (!std::filesystem::remove(fsPath(child(m_path, name)), error) || error)
        return errorFor(child(m_path, name),
                        error ? error : std::make_error_code(std::errc::no_such_file_or_directory));
    return {};
}

Result<void> Folder::appendToFile(const QByteArray &name, const QByteArray &data,
                                  bool flushData) const
{
    const QString path = child(m_path, name);
    if (QFileInfo(path).isSymLink())
        return errorFor(path, QStringLiteral("Is a symbolic link"), QStringLiteral("ELOOP"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return errorFor(path, file.errorString());
    if (file.write(data) != data.size())
        return errorFor(path, file.errorString());
    if (!file.flush())
        return errorFor(path, file.errorString());
#ifdef Q_OS_WIN
    if (flushData && ::_commit(file.handle()) != 0)
        return errorFor(path, QStringLiteral("Cannot flush the file"));
#else
    Q_UNUSED(flushData)
#endif
    return {};
}

Result<QByteArray> Folder::readFile(const QByteArray &name, std::int64_t maxBytes) const
{
    const QString path = child(m_path, name);
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile() || info.size() > maxBytes)
        return errorFor(path, QStringLiteral("Not a small regular file"), QStringLiteral("EINVAL"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return errorFor(path, file.errorString(), QStringLiteral("ENOENT"));
    return file.read(maxBytes);
}

Result<void> Folder::removeEmptyFolder(const QByteArray &name) const
{
    if (!QDir().rmdir(child(m_path, name)))
        return errorFor(child(m_path, name), QStringLiteral("Directory not empty"),
                        QStringLiteral("ENOTEMPTY"));
    return {};
}

Result<void> Folder::setAttributes(const QByteArray &name, const Stat &stat, bool setMode) const
{
    const QString path = child(m_path, name);
    if (stat.type == EntryType::Link)
        return {}; // Qt cannot set a link's own time
    if (setMode && !QFile::setPermissions(path, qtPermissions(stat.mode)))
        return errorFor(path, QStringLiteral("Cannot set the permissions"));
    QFile file(path);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(
            stat.mtimeSec * 1000 + stat.mtimeNsec / 1000000, Qt::UTC);
    if (stat.type == EntryType::File
        && (!file.open(QIODevice::ReadWrite)
            || !file.setFileTime(time, QFileDevice::FileModificationTime)))
        return errorFor(path, file.errorString());
    return {};
}

Result<Folder::CopyResult> Folder::copyFile(const QByteArray &name, const Folder &toFolder,
                                            const QByteArray &to,
                                            const std::function<bool()> &canceled,
                                            const std::function<void(std::int64_t)> &bytesCopied,
                                            bool flushData) const
{
    const QString fromPath = child(m_path, name);
    const QString toPath = child(toFolder.m_path, to);
    const QFileInfo info(fromPath);
    if (info.isSymLink() || !info.isFile())
        return errorFor(fromPath, QStringLiteral("Not a regular file"), QStringLiteral("EINVAL"));
    CopyResult result{ statOf(info), {} };
    QFile in(fromPath);
    if (!in.open(QIODevice::ReadOnly))
        return errorFor(fromPath, in.errorString(), QStringLiteral("EACCES"));
    if (QFileInfo::exists(toPath))
        return errorFor(toPath, QStringLiteral("File exists"), QStringLiteral("EEXIST"));
    QFile out(toPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return errorFor(toPath, out.errorString());
    auto fail = [&](const Error &error) {
        out.close();
        QFile::remove(toPath);
        return error;
    };
    QByteArray buffer(bufferSize, Qt::Uninitialized);
    for (;;) {
        if (canceled && canceled())
            return fail(errorFor(toPath, QStringLiteral("Cancelled"), QStringLiteral("ECANCELED")));
        const qint64 n = in.read(buffer.data(), bufferSize);
        if (n < 0)
            return fail(errorFor(fromPath, in.errorString()));
        if (n == 0)
            break;
        if (out.write(buffer.constData(), n) != n)
            return fail(errorFor(toPath, out.errorString(),
                                 out.error() == QFileDevice::ResourceError
                                         ? QStringLiteral("ENOSPC")
                                         : QStringLiteral("EIO")));
        if (bytesCopied)
            bytesCopied(n);
    }
    if (!out.flush())
        return fail(errorFor(toPath, out.errorString()));
#ifdef Q_OS_WIN
    if (flushData && ::_commit(out.handle()) != 0)
        return fail(errorFor(toPath, QStringLiteral("Cannot flush the file")));
#else
    Q_UNUSED(flushData)
#endif
    out.close();
    if (Result<void> set = toFolder.setAttributes(to, result.before, true); !set)
        return fail(set.error());
    result.after = statOf(QFileInfo(fromPath));
    return result;
}

Result<void> Folder::flushFileSystem() const
{
    return {}; // no portable way: files are flushed one by one where the system allows
}

Result<Space> Folder::space() const
{
    QStorageInfo storage(QFile::decodeName(m_path));
    if (!storage.isValid())
        return errorFor(QFile::decodeName(m_path), QStringLiteral("No such filesystem"),
                        QStringLiteral("ENOENT"));
    return Space{ storage.bytesAvailable(), storage.bytesTotal(),
                  std::max<std::int64_t>(storage.blockSize(), 512) };
}

Result<QByteArray> Folder::fileSystemId() const
{
    const QStorageInfo storage(QFile::decodeName(m_path));
    return QByteArray(storage.fileSystemType() + ':' + storage.device());
}

bool Folder::hasCoarseTimes() const
{
    const QByteArray type = QStorageInfo(QFile::decodeName(m_path)).fileSystemType().toLower();
    return type.contains("fat");
}

void runInBackground()
{
    QThread::currentThread()->setPriority(QThread::LowPriority);
}

} // namespace lts::fsops
