#include "fsops.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/statfs.h>
#include <sys/vfs.h>
#endif

namespace lts::fsops {

namespace {

// The file's data on the disk. macOS has no fdatasync(), and its fsync() leaves the data in
// the drive's cache: F_FULLFSYNC asks the drive itself.
int flushFileData(int fd)
{
#if defined(Q_OS_MACOS)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0;
    return ::fsync(fd);
#else
    return ::fdatasync(fd);
#endif
}

constexpr std::int64_t copyChunk = 8 << 20; // cancellation is checked between chunks
constexpr size_t bufferSize = 1 << 20;
constexpr std::int64_t reflinkFrom = 1 << 20;

QString describe(const QByteArray &folder, const QByteArray &name)
{
    QByteArray path = folder;
    if (!name.isEmpty() && name != ".") {
        if (!path.endsWith('/'))
            path += '/';
        path += name;
    }
    return QFile::decodeName(path);
}

// The errno's symbolic name ("EEXIST"): the engine compares these, and they read better in a
// report than a number. glibc knows them all; elsewhere (macOS, the BSDs) the ones the engine
// compares are named here, the others stay numbers.
QString errnoName(int code)
{
#if defined(__GLIBC__)
    if (const char *symbol = strerrorname_np(code))
        return QString::fromLatin1(symbol);
#else
    switch (code) {
    case EACCES:
        return QStringLiteral("EACCES");
    case ECANCELED:
        return QStringLiteral("ECANCELED");
    case EDQUOT:
        return QStringLiteral("EDQUOT");
    case EEXIST:
        return QStringLiteral("EEXIST");
    case EINVAL:
        return QStringLiteral("EINVAL");
    case EIO:
        return QStringLiteral("EIO");
    case ENOENT:
        return QStringLiteral("ENOENT");
    case ENOSPC:
        return QStringLiteral("ENOSPC");
    case ENOTDIR:
        return QStringLiteral("ENOTDIR");
    case ENOTEMPTY:
        return QStringLiteral("ENOTEMPTY");
    case EPERM:
        return QStringLiteral("EPERM");
    case EROFS:
        return QStringLiteral("EROFS");
    case EXDEV:
        return QStringLiteral("EXDEV");
    default:
        break;
    }
#endif
    return QString::number(code);
}

Error osError(int code, const QByteArray &folder, const QByteArray &name = {})
{
    const QString codeName = errnoName(code);
    return Error{ codeName,
                  QStringLiteral("%1: %2").arg(describe(folder, name),
                                               QString::fromLocal8Bit(std::strerror(code))) };
}

Stat toStat(const struct stat &st)
{
    Stat s;
    if (S_ISREG(st.st_mode))
        s.type = EntryType::File;
    else if (S_ISDIR(st.st_mode))
        s.type = EntryType::Folder;
    else if (S_ISLNK(st.st_mode))
        s.type = EntryType::Link;
    else
        s.type = EntryType::Special;
    s.size = st.st_size;
#ifdef Q_OS_MACOS
    s.mtimeSec = st.st_mtimespec.tv_sec;
    s.mtimeNsec = std::int32_t(st.st_mtimespec.tv_nsec);
#else
    s.mtimeSec = st.st_mtim.tv_sec;
    s.mtimeNsec = std::int32_t(st.st_mtim.tv_nsec);
#endif
    s.mode = std::uint16_t(st.st_mode & 07777);
    return s;
}

struct FdCloser
{
    int fd;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool writeAll(int fd, const char *data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

timespec modificationTime(const Stat &stat)
{
    return timespec{ stat.mtimeSec, stat.mtimeNsec };
}

// A local folder as an open directory descriptor: every call is relative to it.
class PosixFolder final : public FolderImpl
{
public:
    PosixFolder(int fd, QByteArray path)
        : m_fd(fd)
        , m_path(std::move(path))
    { }
    ~PosixFolder() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(PosixFolder)

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
    std::optional<Result<CopyResult>> copyFileTo(const QByteArray &name, const FolderImpl &toFolder,
                                                 const QByteArray &to, const CancelCheck &canceled,
                                                 const CopyProgress &bytesCopied,
                                                 bool flushData) const override;
    Result<void> flushFileSystem() const override;
    Result<Space> space() const override;
    Result<QByteArray> fileSystemId() const override;
    Capabilities capabilities() const override;
    QString displayPath() const override { return QFile::decodeName(m_path); }

private:
    Result<CopyResult> copyLocally(const QByteArray &name, const PosixFolder &toFolder,
                                   const QByteArray &to, const CancelCheck &canceled,
                                   const CopyProgress &bytesCopied, bool flushData) const;
    bool hasCoarseTimes() const;

    int m_fd = -1;
    QByteArray m_path; // for messages
};

// A file of a PosixFolder streamed to another kind of location.
class PosixReader final : public FileReader
{
public:
    PosixReader(int fd, QByteArray path)
        : m_fd(fd)
        , m_path(std::move(path))
    { }
    ~PosixReader() override { ::close(m_fd); }
    Q_DISABLE_COPY_MOVE(PosixReader)

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, size_t(size));
            if (n >= 0)
                return std::int64_t(n);
            if (errno != EINTR)
                return osError(errno, m_path);
        }
    }
    Result<Stat> stat() const override
    {
        struct stat st;
        if (::fstat(m_fd, &st) != 0)
            return osError(errno, m_path);
        return toStat(st);
    }

private:
    int m_fd;
    QByteArray m_path;
};

// A new file of a PosixFolder written from a stream.
class PosixWriter final : public FileWriter
{
public:
    PosixWriter(int folderFd, int fd, QByteArray name, QByteArray path)
        : m_folderFd(folderFd)
        , m_fd(fd)
        , m_name(std::move(name))
        , m_path(std::move(path))
    { }
    ~PosixWriter() override
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            ::unlinkat(m_folderFd, m_name.constData(), 0);
        }
    }
    Q_DISABLE_COPY_MOVE(PosixWriter)

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (!writeAll(m_fd, data, ssize_t(size)))
            return osError(errno, m_path);
        return {};
    }
    Result<void> finish(const Stat &attributes, bool setMode, bool flushData) override
    {
        if (setMode && ::fchmod(m_fd, mode_t(attributes.mode)) != 0)
            return osError(errno, m_path);
        const timespec times[2] = { { 0, UTIME_OMIT }, modificationTime(attributes) };
        if (::futimens(m_fd, times) != 0)
            return osError(errno, m_path);
        if (flushData && flushFileData(m_fd) != 0)
            return osError(errno, m_path);
        if (::close(std::exchange(m_fd, -1)) != 0) {
            const int code = errno;
            ::unlinkat(m_folderFd, m_name.constData(), 0);
            return osError(code, m_path);
        }
        return {};
    }

private:
    int m_folderFd; // the folder outlives its writers (Folder::copyFile holds both)
    int m_fd;
    QByteArray m_name;
    QByteArray m_path;
};

QByteArray childPath(const QByteArray &folder, const QByteArray &name)
{
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

} // namespace

Result<Folder> Folder::openPosixRoot(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return osError(errno, path);
    return Folder(std::make_unique<PosixFolder>(fd, path));
}

Result<std::unique_ptr<FolderImpl>> PosixFolder::open(const QByteArray &name) const
{
    const int fd
            = ::openat(m_fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return osError(errno, m_path, name);
    // "." is this folder again: its path stays as it is, so messages name ".../a", not "./a".
    return std::unique_ptr<FolderImpl>(
            std::make_unique<PosixFolder>(fd, name == "." ? m_path : childPath(m_path, name)));
}

Result<std::vector<Entry>> PosixFolder::list() const
{
    // An independent descriptor: readdir moves the offset, which `m_fd` keeps for itself.
    const int listFd = ::openat(m_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (listFd < 0)
        return osError(errno, m_path);
    DIR *dir = ::fdopendir(listFd);
    if (!dir) {
        const int code = errno;
        ::close(listFd);
        return osError(code, m_path);
    }
    std::unique_ptr<DIR, int (*)(DIR *)> closer(dir, ::closedir);

    std::vector<Entry> entries;
    errno = 0;
    while (const dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        struct stat st;
        if (::fstatat(m_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                continue; // removed since it was listed
            return osError(errno, m_path, name);
        }
        Entry entry{ QByteArray(name), toStat(st), {} };
        if (entry.stat.type == EntryType::Link) {
            Result<QByteArray> target = readLink(entry.name);
            if (!target)
                return target.error();
            entry.linkTarget = std::move(target).value();
        }
        entries.push_back(std::move(entry));
        errno = 0;
    }
    if (errno != 0)
        return osError(errno, m_path);
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

Result<Stat> PosixFolder::stat(const QByteArray &name) const
{
    struct stat st;
    if (::fstatat(m_fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return osError(errno, m_path, name);
    return toStat(st);
}

Result<Stat> PosixFolder::statSelf() const
{
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return osError(errno, m_path);
    return toStat(st);
}

Result<QByteArray> PosixFolder::readLink(const QByteArray &name) const
{
    QByteArray target(256, Qt::Uninitialized);
    for (;;) {
        const ssize_t n
                = ::readlinkat(m_fd, name.constData(), target.data(), size_t(target.size()));
        if (n < 0)
            return osError(errno, m_path, name);
        if (n < target.size()) {
            target.truncate(n);
            return target;
        }
        target.resize(target.size() * 2);
    }
}

Result<void> PosixFolder::makeLink(const QByteArray &name, const QByteArray &target) const
{
    if (::symlinkat(target.constData(), m_fd, name.constData()) != 0)
        return osError(errno, m_path, name);
    return {};
}

Result<void> PosixFolder::makeFolder(const QByteArray &name, std::uint32_t mode) const
{
    if (::mkdirat(m_fd, name.constData(), mode_t(mode)) != 0)
        return osError(errno, m_path, name);
    return {};
}

Result<void> PosixFolder::rename(const QByteArray &from, const FolderImpl &toFolder,
                                 const QByteArray &to) const
{
    const auto *local = dynamic_cast<const PosixFolder *>(&toFolder);
    if (!local)
        return osError(EXDEV, m_path, from);
    if (::renameat(m_fd, from.constData(), local->m_fd, to.constData()) != 0)
        return osError(errno, local->m_path, to);
    return {};
}

Result<void> PosixFolder::renameNoReplace(const QByteArray &from, const QByteArray &to) const
{
#ifdef Q_OS_LINUX
    if (::renameat2(m_fd, from.constData(), m_fd, to.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno != EINVAL && errno != ENOSYS)
        return osError(errno, m_path, to);
#endif
    // Without RENAME_NOREPLACE (some network filesystems): a hard link cannot replace either.
    if (::linkat(m_fd, from.constData(), m_fd, to.constData(), 0) == 0) {
        ::unlinkat(m_fd, from.constData(), 0);
        return {};
    }
    if (errno == EEXIST)
        return osError(EEXIST, m_path, to);
    struct stat st;
    if (::fstatat(m_fd, to.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return osError(EEXIST, m_path, to);
    if (::renameat(m_fd, from.constData(), m_fd, to.constData()) != 0)
        return osError(errno, m_path, to);
    return {};
}

Result<void> PosixFolder::hardLink(const QByteArray &from, const FolderImpl &toFolder,
                                   const QByteArray &to) const
{
    const auto *local = dynamic_cast<const PosixFolder *>(&toFolder);
    if (!local)
        return osError(EXDEV, m_path, from);
    if (::linkat(m_fd, from.constData(), local->m_fd, to.constData(), 0) != 0)
        return osError(errno, local->m_path, to);
    return {};
}

Result<std::unique_ptr<FileReader>> PosixFolder::openFile(const QByteArray &name) const
{
    const int fd = ::openat(m_fd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return osError(errno, m_path, name);
    auto reader = std::make_unique<PosixReader>(fd, childPath(m_path, name));
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return osError(errno, m_path, name);
    if (!S_ISREG(st.st_mode))
        return osError(EINVAL, m_path, name);
    return std::unique_ptr<FileReader>(std::move(reader));
}

Result<std::unique_ptr<FileWriter>> PosixFolder::createFile(const QByteArray &name) const
{
    const int fd = ::openat(m_fd, name.constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return osError(errno, m_path, name);
    return std::unique_ptr<FileWriter>(
            std::make_unique<PosixWriter>(m_fd, fd, name, childPath(m_path, name)));
}

Result<void> PosixFolder::removeFile(const QByteArray &name) const
{
    if (::unlinkat(m_fd, name.constData(), 0) != 0)
        return osError(errno, m_path, name);
    return {};
}

Result<void> PosixFolder::appendToFile(const QByteArray &name, const QByteArray &data,
                                       bool flushData) const
{
    const FdCloser fd{ ::openat(m_fd, name.constData(),
                                O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600) };
    if (fd.fd < 0)
        return osError(errno, m_path, name);
    if (!writeAll(fd.fd, data.constData(), ssize_t(data.size())))
        return osError(errno, m_path, name);
    if (flushData && flushFileData(fd.fd) != 0)
        return osError(errno, m_path, name);
    return {};
}

Result<QByteArray> PosixFolder::readFile(const QByteArray &name, std::int64_t maxBytes) const
{
    const FdCloser fd{ ::openat(m_fd, name.constData(),
                                O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) };
    if (fd.fd < 0)
        return osError(errno, m_path, name);
    struct stat st;
    if (::fstat(fd.fd, &st) != 0)
        return osError(errno, m_path, name);
    if (!S_ISREG(st.st_mode) || st.st_size > maxBytes)
        return osError(EINVAL, m_path, name);
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd.fd, data.data() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return osError(errno, m_path, name);
        if (n == 0)
            break;
        done += n;
    }
    data.truncate(done);
    return data;
}

Result<void> PosixFolder::removeEmptyFolder(const QByteArray &name) const
{
    if (::unlinkat(m_fd, name.constData(), AT_REMOVEDIR) != 0)
        return osError(errno, m_path, name);
    return {};
}

Result<void> PosixFolder::setAttributes(const QByteArray &name, const Stat &stat,
                                        bool setMode) const
{
    if (setMode && stat.type != EntryType::Link
        && ::fchmodat(m_fd, name.constData(), mode_t(stat.mode), 0) != 0)
        return osError(errno, m_path, name);
    const timespec times[2] = { { 0, UTIME_OMIT }, modificationTime(stat) };
    if (::utimensat(m_fd, name.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return osError(errno, m_path, name);
    return {};
}

std::optional<Result<CopyResult>>
PosixFolder::copyFileTo(const QByteArray &name, const FolderImpl &toFolder, const QByteArray &to,
                        const CancelCheck &canceled, const CopyProgress &bytesCopied,
                        bool flushData) const
{
    const auto *local = dynamic_cast<const PosixFolder *>(&toFolder);
    if (!local)
        return std::nullopt;
    return copyLocally(name, *local, to, canceled, bytesCopied, flushData);
}

// Between two local folders the kernel copies: a reflink where the filesystem shares blocks,
// copy_file_range otherwise, and a read/write loop only where neither works.
Result<CopyResult> PosixFolder::copyLocally(const QByteArray &name, const PosixFolder &toFolder,
                                            const QByteArray &to, const CancelCheck &canceled,
                                            const CopyProgress &bytesCopied, bool flushData) const
{
    const int in = ::openat(m_fd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0)
        return osError(errno, m_path, name);
    FdCloser inCloser{ in };
    struct stat st;
    if (::fstat(in, &st) != 0)
        return osError(errno, m_path, name);
    if (!S_ISREG(st.st_mode))
        return osError(EINVAL, m_path, name);
    CopyResult result{ toStat(st), {} };

    const int out = ::openat(toFolder.m_fd, to.constData(),
                             O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0)
        return osError(errno, toFolder.m_path, to);
    FdCloser outCloser{ out };
    auto fail = [&](int code, bool onSource) -> Error {
        ::unlinkat(toFolder.m_fd, to.constData(), 0);
        return onSource ? osError(code, m_path, name) : osError(code, toFolder.m_path, to);
    };

    bool done = false;
#ifdef Q_OS_LINUX
    // A reflink shares the blocks (btrfs, XFS): instant, and no extra space. Small files
    // gain nothing from it, and on other filesystems it is one more failing call per file.
    if (result.before.size >= reflinkFrom && ::ioctl(out, FICLONE, in) == 0) {
        done = true;
        if (bytesCopied)
            bytesCopied(result.before.size);
    }
    std::int64_t copied = 0;
    done = done || result.before.size == 0;
    bool kernelCopy = !done;
    while (kernelCopy) {
        if (canceled && canceled())
            return fail(ECANCELED, false);
        const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, size_t(copyChunk), 0);
        if (n > 0) {
            if (bytesCopied)
                bytesCopied(n);
            copied += n;
            // At the size it had, the copy is done; a file that grew meanwhile is caught by
            // the caller, which compares the source before and after.
            done = copied >= result.before.size;
            if (done)
                break;
            continue;
        }
        if (n == 0) {
            done = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL)
            break; // the read/write loop below goes on from where this stopped
        return fail(errno, errno == EIO);
    }
#endif
    if (!done) {
        thread_local std::unique_ptr<char[]> buffer(new char[bufferSize]);
        std::int64_t sinceCheck = 0;
        for (;;) {
            if (sinceCheck >= copyChunk) {
                if (canceled && canceled())
                    return fail(ECANCELED, false);
                sinceCheck = 0;
            }
            const ssize_t n = ::read(in, buffer.get(), bufferSize);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return fail(errno, true);
            if (n == 0)
                break;
            if (!writeAll(out, buffer.get(), n))
                return fail(errno, false);
            sinceCheck += n;
            if (bytesCopied)
                bytesCopied(n);
        }
    }

    if (::fchmod(out, mode_t(result.before.mode)) != 0)
        return fail(errno, false);
    const timespec times[2] = { { 0, UTIME_OMIT }, modificationTime(result.before) };
    if (::futimens(out, times) != 0)
        return fail(errno, false);
    if (flushData && flushFileData(out) != 0)
        return fail(errno, false);
    if (::fstat(in, &st) != 0)
        return fail(errno, true);
    result.after = toStat(st);
    if (::close(std::exchange(outCloser.fd, -1)) != 0)
        return fail(errno, false);
    return result;
}

Result<void> PosixFolder::flushFileSystem() const
{
#ifdef Q_OS_LINUX
    if (::syncfs(m_fd) != 0)
        return osError(errno, m_path);
#else
    ::sync();
#endif
    return {};
}

Result<Space> PosixFolder::space() const
{
    struct statvfs fs;
    if (::fstatvfs(m_fd, &fs) != 0)
        return osError(errno, m_path);
    const std::int64_t unit
            = fs.f_frsize > 0 ? std::int64_t(fs.f_frsize) : std::int64_t(fs.f_bsize);
    // f_bavail, not f_bfree: the blocks an ordinary user may still write (ext4 keeps some for
    // root).
    return Space{ std::int64_t(fs.f_bavail) * unit, std::int64_t(fs.f_blocks) * unit,
                  std::max<std::int64_t>(unit, 512) };
}

Result<QByteArray> PosixFolder::fileSystemId() const
{
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::fstatfs(m_fd, &fs) != 0)
        return osError(errno, m_path);
    int fsid[2];
    static_assert(sizeof fsid == sizeof fs.f_fsid);
    std::memcpy(fsid, &fs.f_fsid, sizeof fsid);
    QByteArray id = QByteArray::number(qulonglong(fs.f_type), 16) + ':';
    if (fsid[0] != 0 || fsid[1] != 0)
        return QByteArray(id + QByteArray::number(uint(fsid[0]), 16) + '-'
                          + QByteArray::number(uint(fsid[1]), 16));
#else
    QByteArray id;
#endif
    // No filesystem id (some network filesystems): the device number is the next best.
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return osError(errno, m_path);
    return QByteArray(id + "dev-" + QByteArray::number(qulonglong(st.st_dev), 16));
}

Capabilities PosixFolder::capabilities() const
{
    Capabilities capabilities;
    if (hasCoarseTimes())
        capabilities.timePrecisionNs = 2'000'000'000;
    return capabilities;
}

bool PosixFolder::hasCoarseTimes() const
{
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::fstatfs(m_fd, &fs) != 0)
        return false;
    constexpr unsigned long msdos = 0x4d44;
    constexpr unsigned long exfat = 0x2011BAB0;
    return (unsigned long)(fs.f_type) == msdos || (unsigned long)(fs.f_type) == exfat;
#else
    return false;
#endif
}

} // namespace lts::fsops
