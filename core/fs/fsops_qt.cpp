// The portable implementation of fsops, for systems without POSIX directory descriptors
// (Windows); built everywhere, so its conformance is tested on Linux too. Folders are paths; every
// operation goes through Qt and std::filesystem. It keeps the same rules (no link is followed
// inside the roots, copies go to temporary names) but without the POSIX guarantees against a tree
// that changes under the run, with times to the millisecond, and with no filesystem-wide flush
// (each file is flushed on its own).
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

// Changes the modification time (and permission bits) of the entry at `path`.
Result<void> applyAttributes(const QString &path, const Stat &stat, bool setMode)
{
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

class PortableFolder final : public FolderImpl
{
public:
    explicit PortableFolder(QByteArray path)
        : m_path(std::move(path))
    { }

    Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const override;
    Result<std::vector<Entry>> list() const override;
    Result<Stat> stat(const QByteArray &name) const override;
    Result<Stat> statSelf() const override;
    Result<QByteArray> readLink(const QByteArray &name) const override;
    Result<void> makeLink(const QByteArray &name, const QByteArray &target) const override;
    Result<void> makeFolder(const QByteArray &name, std::uint32_t mode) const override;
    Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                        const QByteArray &to) const override;
    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const override;
    Result<void> hardLink(const QByteArray &from, const FolderImpl &toFolder,
                          const QByteArray &to) const override;
    Result<void> removeFile(const QByteArray &name) const override;
    Result<void> removeEmptyFolder(const QByteArray &name) const override;
    Result<void> appendToFile(const QByteArray &name, const QByteArray &data,
                              bool flushData) const override;
    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const override;
    Result<void> setAttributes(const QByteArray &name, const Stat &stat,
                               bool setMode) const override;
    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const override;
    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override;
    Result<void> flushFileSystem() const override;
    Result<Space> space() const override;
    Result<QByteArray> fileSystemId() const override;
    Capabilities capabilities() const override;
    QString displayPath() const override
    {
        return QDir::toNativeSeparators(QFile::decodeName(m_path));
    }

private:
    QByteArray m_path;
};

class PortableReader final : public FileReader
{
public:
    explicit PortableReader(const QString &path)
        : m_file(path)
    { }
    QFile &file() { return m_file; }

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        const qint64 n = m_file.read(buffer, size);
        if (n < 0)
            return errorFor(m_file.fileName(), m_file.errorString());
        return std::int64_t(n);
    }
    Result<Stat> stat() const override { return statOf(QFileInfo(m_file.fileName())); }

private:
    QFile m_file;
};

class PortableWriter final : public FileWriter
{
public:
    explicit PortableWriter(const QString &path)
        : m_file(path)
    { }
    ~PortableWriter() override
    {
        if (!m_finished) {
            m_file.close();
            QFile::remove(m_file.fileName());
        }
    }
    Q_DISABLE_COPY_MOVE(PortableWriter)
    QFile &file() { return m_file; }

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (m_file.write(data, size) != size)
            return errorFor(m_file.fileName(), m_file.errorString(),
                            m_file.error() == QFileDevice::ResourceError ? QStringLiteral("ENOSPC")
                                                                         : QStringLiteral("EIO"));
        return {};
    }
    Result<void> finish(const Stat &attributes, bool setMode, bool flushData) override
    {
        if (!m_file.flush())
            return errorFor(m_file.fileName(), m_file.errorString());
#ifdef Q_OS_WIN
        if (flushData && ::_commit(m_file.handle()) != 0)
            return errorFor(m_file.fileName(), QStringLiteral("Cannot flush the file"));
#else
        Q_UNUSED(flushData)
#endif
        m_file.close();
        if (Result<void> set = applyAttributes(m_file.fileName(), attributes, setMode); !set)
            return set;
        m_finished = true;
        return {};
    }

private:
    QFile m_file;
    bool m_finished = false;
};

} // namespace

Result<Folder> Folder::openPortableRoot(const QByteArray &path)
{
    const QFileInfo info(QFile::decodeName(path));
    if (!info.exists())
        return errorFor(info.filePath(), QStringLiteral("No such file or directory"),
                        QStringLiteral("ENOENT"));
    if (!info.isDir())
        return errorFor(info.filePath(), QStringLiteral("Not a directory"),
                        QStringLiteral("ENOTDIR"));
    return Folder(std::make_unique<PortableFolder>(
            QFile::encodeName(QDir::cleanPath(info.absoluteFilePath()))));
}

Result<std::unique_ptr<FolderImpl>> PortableFolder::open(const QByteArray &name) const
{
    const QString path = child(m_path, name);
    const QFileInfo info(path);
    if (name == "." || name.isEmpty())
        return std::unique_ptr<FolderImpl>(std::make_unique<PortableFolder>(m_path));
    if (!info.exists() && !info.isSymLink())
        return errorFor(path, QStringLiteral("No such file or directory"),
                        QStringLiteral("ENOENT"));
    if (info.isSymLink() || !info.isDir())
        return errorFor(path, QStringLiteral("Not a directory"), QStringLiteral("ENOTDIR"));
    return std::unique_ptr<FolderImpl>(std::make_unique<PortableFolder>(QFile::encodeName(path)));
}

Result<std::vector<Entry>> PortableFolder::list() const
{
    const QDir dir(QFile::decodeName(m_path));
    if (!dir.isReadable())
        return errorFor(dir.path(), QStringLiteral("Permission denied"), QStringLiteral("EACCES"));
    std::vector<Entry> entries;
    const QFileInfoList infos = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : infos) {
        Entry entry{ QFile::encodeName(info.fileName()), statOf(info), {} };
        if (entry.stat.type == EntryType::Link) {
            Result<QByteArray> target = readLink(entry.name);
            if (!target)
                return target.error();
            entry.linkTarget = std::move(target).value();
        }
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

Result<Stat> PortableFolder::stat(const QByteArray &name) const
{
    const QFileInfo info(child(m_path, name));
    if (!info.exists() && !info.isSymLink())
        return errorFor(info.filePath(), QStringLiteral("No such file or directory"),
                        QStringLiteral("ENOENT"));
    return statOf(info);
}

Result<Stat> PortableFolder::statSelf() const
{
    return stat(".");
}

Result<QByteArray> PortableFolder::readLink(const QByteArray &name) const
{
    // As the link holds it (QFileInfo::symLinkTarget() makes a relative target absolute).
    std::error_code error;
    const std::filesystem::path target
            = std::filesystem::read_symlink(fsPath(child(m_path, name)), error);
    if (error)
        return errorFor(child(m_path, name), error);
    return QFile::encodeName(QString::fromStdU16String(target.u16string()));
}

Result<void> PortableFolder::makeLink(const QByteArray &name, const QByteArray &target) const
{
    std::error_code error;
    std::filesystem::create_symlink(fsPath(QFile::decodeName(target)), fsPath(child(m_path, name)),
                                    error);
    if (error)
        return errorFor(child(m_path, name), error);
    return {};
}

Result<void> PortableFolder::makeFolder(const QByteArray &name, std::uint32_t mode) const
{
    const QString path = child(m_path, name);
    if (QFileInfo::exists(path))
        return errorFor(path, QStringLiteral("File exists"), QStringLiteral("EEXIST"));
    if (!QDir().mkdir(path))
        return errorFor(path, QStringLiteral("Cannot create the folder"));
    QFile::setPermissions(path, qtPermissions(mode));
    return {};
}

Result<void> PortableFolder::rename(const QByteArray &from, const FolderImpl &toFolder,
                                    const QByteArray &to) const
{
    const auto *local = dynamic_cast<const PortableFolder *>(&toFolder);
    if (!local)
        return errorFor(child(m_path, from), QStringLiteral("Not on one location"),
                        QStringLiteral("EXDEV"));
    std::error_code error;
    std::filesystem::rename(fsPath(child(m_path, from)), fsPath(child(local->m_path, to)),
                            error); // replaces
    if (error)
        return errorFor(child(local->m_path, to), error);
    return {};
}

Result<void> PortableFolder::renameNoReplace(const QByteArray &from, const QByteArray &to) const
{
    if (QFileInfo::exists(child(m_path, to)) || QFileInfo(child(m_path, to)).isSymLink())
        return errorFor(child(m_path, to), QStringLiteral("File exists"), QStringLiteral("EEXIST"));
    return rename(from, *this, to);
}

Result<void> PortableFolder::hardLink(const QByteArray &from, const FolderImpl &toFolder,
                                      const QByteArray &to) const
{
    const auto *local = dynamic_cast<const PortableFolder *>(&toFolder);
    if (!local)
        return errorFor(child(m_path, from), QStringLiteral("Not on one location"),
                        QStringLiteral("EXDEV"));
    std::error_code error;
    std::filesystem::create_hard_link(fsPath(child(m_path, from)), fsPath(child(local->m_path, to)),
                                      error);
    if (error)
        return errorFor(child(local->m_path, to), error);
    return {};
}

Result<void> PortableFolder::removeFile(const QByteArray &name) const
{
    std::error_code error;
    if (!std::filesystem::remove(fsPath(child(m_path, name)), error) || error)
        return errorFor(child(m_path, name),
                        error ? error : std::make_error_code(std::errc::no_such_file_or_directory));
    return {};
}

Result<void> PortableFolder::appendToFile(const QByteArray &name, const QByteArray &data,
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

Result<QByteArray> PortableFolder::readFile(const QByteArray &name, std::int64_t maxBytes) const
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

Result<void> PortableFolder::removeEmptyFolder(const QByteArray &name) const
{
    if (!QDir().rmdir(child(m_path, name)))
        return errorFor(child(m_path, name), QStringLiteral("Directory not empty"),
                        QStringLiteral("ENOTEMPTY"));
    return {};
}

Result<void> PortableFolder::setAttributes(const QByteArray &name, const Stat &stat,
                                           bool setMode) const
{
    return applyAttributes(child(m_path, name), stat, setMode);
}

Result<std::unique_ptr<FileReader>> PortableFolder::openFile(const QByteArray &name) const
{
    const QString path = child(m_path, name);
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return errorFor(path, QStringLiteral("Not a regular file"), QStringLiteral("EINVAL"));
    auto reader = std::make_unique<PortableReader>(path);
    if (!reader->file().open(QIODevice::ReadOnly))
        return errorFor(path, reader->file().errorString(), QStringLiteral("EACCES"));
    return std::unique_ptr<FileReader>(std::move(reader));
}

Result<std::unique_ptr<FileWriter>> PortableFolder::createFile(const QByteArray &name) const
{
    const QString path = child(m_path, name);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return errorFor(path, QStringLiteral("File exists"), QStringLiteral("EEXIST"));
    auto writer = std::make_unique<PortableWriter>(path);
    if (!writer->file().open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return errorFor(path, writer->file().errorString());
    return std::unique_ptr<FileWriter>(std::move(writer));
}

Result<void> PortableFolder::flushFileSystem() const
{
    return {}; // no portable way: files are flushed one by one where the system allows
}

Result<Space> PortableFolder::space() const
{
    QStorageInfo storage(QFile::decodeName(m_path));
    if (!storage.isValid())
        return errorFor(QFile::decodeName(m_path), QStringLiteral("No such filesystem"),
                        QStringLiteral("ENOENT"));
    return Space{ storage.bytesAvailable(), storage.bytesTotal(),
                  std::max<std::int64_t>(storage.blockSize(), 512) };
}

Result<QByteArray> PortableFolder::fileSystemId() const
{
    const QStorageInfo storage(QFile::decodeName(m_path));
    return QByteArray(storage.fileSystemType() + ':' + storage.device());
}

Capabilities PortableFolder::capabilities() const
{
    Capabilities capabilities;
    // Qt gives times to the millisecond.
    capabilities.timePrecisionNs = 1'000'000;
    const QByteArray type = QStorageInfo(QFile::decodeName(m_path)).fileSystemType().toLower();
    if (type.contains("fat"))
        capabilities.timePrecisionNs = 2'000'000'000;
    // The check for an existing name and the rename are two steps.
    capabilities.renameNoReplace = false;
    return capabilities;
}

#ifndef LTS_HAVE_POSIX_FSOPS
Result<Folder> Folder::openPosixRoot(const QByteArray &path)
{
    return errorFor(QFile::decodeName(path), QStringLiteral("Not supported on this system"),
                    QStringLiteral("ENOTSUP"));
}
#endif

} // namespace lts::fsops
