// The portable implementation of fsops, for systems without POSIX directory descriptors
// (Windows); built everywhere, so its conformance is tested on Linux too. Folders are paths;
// every operation goes through std::filesystem and the C library's files (a name is the
// system's own: bytes on Linux, UTF-16 on Windows), Qt only for the volume's identity and
// block size. It keeps the same rules (no link is followed inside the roots, copies go to
// temporary names) but without the POSIX guarantees against a tree that changes under the run
// (a name is checked, then used), and with no filesystem-wide flush (each file is flushed on
// its own). A link's own time is the one thing std::filesystem cannot read nor set: the
// system's calls do it.
#include "fsops.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <utility>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace lts::fsops {

namespace {

namespace fs = std::filesystem;

// The path as the system takes it: on Windows the UTF-16 of the name, elsewhere its bytes as
// they are, so a name that is not valid UTF-8 still reaches its file.
fs::path nativePath(const QByteArray &path)
{
#ifdef Q_OS_WIN
    return fs::path(QFile::decodeName(path).toStdU16String());
#else
    return fs::path(path.toStdString());
#endif
}

QByteArray bytesOf(const fs::path &path)
{
#ifdef Q_OS_WIN
    return QFile::encodeName(QString::fromStdU16String(path.u16string()));
#else
    return QByteArray::fromStdString(path.native());
#endif
}

QString describe(const QByteArray &path)
{
    return QDir::toNativeSeparators(QFile::decodeName(path));
}

Error errorFor(const QByteArray &path, const QString &reason, const QString &code)
{
    return Error{ code, QStringLiteral("%1: %2").arg(describe(path), reason) };
}

struct CodeName
{
    std::errc condition;
    const char *name;
};

// The errno names kindOf() knows, and a few more a disk gives: std::error_code compares equal
// to these conditions whatever the system's own numbers (Windows' errors included).
constexpr CodeName codeNames[] = {
    { std::errc::no_such_file_or_directory, "ENOENT" },
    { std::errc::not_a_directory, "ENOTDIR" },
    { std::errc::file_exists, "EEXIST" },
    { std::errc::directory_not_empty, "ENOTEMPTY" },
    { std::errc::no_space_on_device, "ENOSPC" },
    { std::errc::read_only_file_system, "EROFS" },
    { std::errc::permission_denied, "EACCES" },
    { std::errc::operation_not_permitted, "EPERM" },
    { std::errc::io_error, "EIO" },
    { std::errc::timed_out, "ETIMEDOUT" },
    { std::errc::host_unreachable, "EHOSTUNREACH" },
    { std::errc::connection_reset, "ECONNRESET" },
    { std::errc::connection_refused, "ECONNREFUSED" },
    { std::errc::network_unreachable, "ENETUNREACH" },
    { std::errc::not_connected, "ENOTCONN" },
    { std::errc::not_supported, "ENOTSUP" },
    { std::errc::operation_not_supported, "EOPNOTSUPP" },
    { std::errc::cross_device_link, "EXDEV" },
    { std::errc::function_not_supported, "ENOSYS" },
    { std::errc::operation_canceled, "ECANCELED" },
    { std::errc::is_a_directory, "EISDIR" },
    { std::errc::too_many_symbolic_link_levels, "ELOOP" },
    { std::errc::filename_too_long, "ENAMETOOLONG" },
    { std::errc::device_or_resource_busy, "EBUSY" },
    { std::errc::too_many_files_open, "EMFILE" },
    { std::errc::invalid_argument, "EINVAL" },
};

QString codeOf(const std::error_code &error)
{
#ifdef EDQUOT
    if (error == std::error_code(EDQUOT, std::generic_category()))
        return QStringLiteral("EDQUOT");
#endif
    for (const CodeName &name : codeNames) {
        if (error == name.condition)
            return QString::fromLatin1(name.name);
    }
    return QStringLiteral("EIO");
}

Error errorFor(const QByteArray &path, const std::error_code &error)
{
    return errorFor(path, QString::fromLocal8Bit(error.message()), codeOf(error));
}

// After a failed call of the C library, which says why in errno (on Windows too).
Error errnoError(const QByteArray &path)
{
    return errorFor(path, std::error_code(errno, std::generic_category()));
}

Error errorFor(const QByteArray &path, std::errc condition)
{
    return errorFor(path, std::make_error_code(condition));
}

QByteArray child(const QByteArray &folder, const QByteArray &name)
{
    if (name.isEmpty() || name == ".")
        return folder;
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

std::int64_t nanosecondsOf(const Stat &stat)
{
    return stat.mtimeSec * 1'000'000'000 + stat.mtimeNsec;
}

void setNanoseconds(Stat &stat, std::int64_t ns)
{
    // Rounded down, also before 1970.
    stat.mtimeSec = ns / 1'000'000'000 - (ns % 1'000'000'000 < 0 ? 1 : 0);
    stat.mtimeNsec = std::int32_t(ns - stat.mtimeSec * 1'000'000'000);
}

// Between the files' clock and the system's: clock_cast where the library has all of C++20's
// <chrono> (MSVC's file_clock has no to_sys), file_clock's own to_sys where not (libstdc++
// before GCC 13).
std::chrono::sys_time<std::chrono::nanoseconds> systemTimeOf(fs::file_time_type time)
{
#if __cpp_lib_chrono >= 201907L
    return std::chrono::time_point_cast<std::chrono::nanoseconds>(
            std::chrono::clock_cast<std::chrono::system_clock>(time));
#else
    return std::chrono::time_point_cast<std::chrono::nanoseconds>(
            std::chrono::file_clock::to_sys(time));
#endif
}

fs::file_time_type fileTimeOf(std::chrono::sys_time<std::chrono::nanoseconds> time)
{
#if __cpp_lib_chrono >= 201907L
    return std::chrono::time_point_cast<fs::file_time_type::duration>(
            std::chrono::clock_cast<std::chrono::file_clock>(time));
#else
    return std::chrono::time_point_cast<fs::file_time_type::duration>(
            std::chrono::file_clock::from_sys(time));
#endif
}

std::int64_t nanosecondsOf(fs::file_time_type time)
{
    return systemTimeOf(time).time_since_epoch().count();
}

fs::file_time_type fileTimeOf(const Stat &stat)
{
    return fileTimeOf(std::chrono::sys_time<std::chrono::nanoseconds>(
            std::chrono::nanoseconds(nanosecondsOf(stat))));
}

// A symbolic link's own modification time, which std::filesystem reads and sets only through
// the link.
#ifdef Q_OS_WIN
constexpr std::int64_t fileTimeTo1970 = 116'444'736'000'000'000; // in 100 ns, from 1601

Result<std::int64_t> linkTime(const QByteArray &path)
{
    WIN32_FILE_ATTRIBUTE_DATA data;
    const std::wstring native = nativePath(path).wstring();
    // Of the link itself: the attributes of a reparse point are its own.
    if (!::GetFileAttributesExW(native.c_str(), GetFileExInfoStandard, &data))
        return errorFor(path, std::error_code(int(::GetLastError()), std::system_category()));
    const std::int64_t ticks = (std::int64_t(data.ftLastWriteTime.dwHighDateTime) << 32)
                               | data.ftLastWriteTime.dwLowDateTime;
    return (ticks - fileTimeTo1970) * 100;
}

Result<void> setLinkTime(const QByteArray &path, const Stat &stat)
{
    const std::wstring native = nativePath(path).wstring();
    const HANDLE handle = ::CreateFileW(
            native.c_str(), FILE_WRITE_ATTRIBUTES,
            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
            FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return errorFor(path, std::error_code(int(::GetLastError()), std::system_category()));
    const std::int64_t ticks = nanosecondsOf(stat) / 100 + fileTimeTo1970;
    FILETIME time;
    time.dwLowDateTime = DWORD(ticks & 0xffffffff);
    time.dwHighDateTime = DWORD(std::uint64_t(ticks) >> 32);
    const bool set = ::SetFileTime(handle, nullptr, nullptr, &time);
    const DWORD code = ::GetLastError();
    ::CloseHandle(handle);
    if (!set)
        return errorFor(path, std::error_code(int(code), std::system_category()));
    return {};
}
#else
Result<std::int64_t> linkTime(const QByteArray &path)
{
    struct stat st;
    if (::lstat(path.constData(), &st) != 0)
        return errnoError(path);
#ifdef Q_OS_MACOS
    return std::int64_t(st.st_mtimespec.tv_sec) * 1'000'000'000 + st.st_mtimespec.tv_nsec;
#else
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
#endif
}

Result<void> setLinkTime(const QByteArray &path, const Stat &stat)
{
    const timespec times[2] = { { 0, UTIME_OMIT }, { stat.mtimeSec, stat.mtimeNsec } };
    if (::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return errnoError(path);
    return {};
}
#endif

// Of the entry itself, never a link's target.
Result<Stat> statAt(const QByteArray &path)
{
    const fs::path native = nativePath(path);
    std::error_code error;
    const fs::file_status status = fs::symlink_status(native, error);
    if (error)
        return errorFor(path, error);
    Stat stat;
    switch (status.type()) {
    case fs::file_type::regular:
        stat.type = EntryType::File;
        break;
    case fs::file_type::directory:
        stat.type = EntryType::Folder;
        break;
    case fs::file_type::symlink:
        stat.type = EntryType::Link;
        break;
    default:
        stat.type = EntryType::Special;
        break;
    }
    if (stat.type == EntryType::File) {
        const std::uintmax_t size = fs::file_size(native, error);
        if (error)
            return errorFor(path, error);
        stat.size = std::int64_t(size);
    }
    if (stat.type == EntryType::Link) {
        Result<std::int64_t> time = linkTime(path);
        if (!time)
            return time.error();
        setNanoseconds(stat, *time);
    } else {
        const fs::file_time_type time = fs::last_write_time(native, error);
        if (error)
            return errorFor(path, error);
        setNanoseconds(stat, nanosecondsOf(time));
    }
    stat.mode = std::uint16_t(status.permissions() & fs::perms::mask);
    return stat;
}

// Whether `path` names an entry, a link included (which fs::exists would follow).
bool entryExists(const QByteArray &path)
{
    std::error_code error;
    return fs::symlink_status(nativePath(path), error).type() != fs::file_type::not_found;
}

Result<fs::file_type> typeAt(const QByteArray &path)
{
    std::error_code error;
    const fs::file_status status = fs::symlink_status(nativePath(path), error);
    if (error)
        return errorFor(path, error);
    return status.type();
}

// Modification time (and permission bits) of the entry at `path`; a link's own time.
Result<void> applyAttributes(const QByteArray &path, const Stat &stat, bool setMode)
{
    Result<fs::file_type> type = typeAt(path);
    if (!type)
        return type.error();
    if (*type == fs::file_type::symlink)
        return setLinkTime(path, stat);
    const fs::path native = nativePath(path);
    std::error_code error;
    // The time first: a file made read-only may refuse it on Windows.
    fs::last_write_time(native, fileTimeOf(stat), error);
    if (!error && setMode)
        fs::permissions(native, fs::perms(stat.mode) & fs::perms::mask, fs::perm_options::replace,
                        error);
    if (error)
        return errorFor(path, error);
    return {};
}

std::FILE *openStream(const QByteArray &path, const char *mode)
{
#ifdef Q_OS_WIN
    const std::wstring wideMode(mode, mode + std::char_traits<char>::length(mode));
    return ::_wfopen(nativePath(path).c_str(), wideMode.c_str());
#else
    return std::fopen(path.constData(), mode);
#endif
}

// With `flushData`, the file's data on the disk, not only in the system's cache.
bool flushStream(std::FILE *file, bool flushData)
{
    if (std::fflush(file) != 0)
        return false;
    if (!flushData)
        return true;
#ifdef Q_OS_WIN
    return ::_commit(::_fileno(file)) == 0;
#else
    return ::fsync(::fileno(file)) == 0;
#endif
}

struct StreamCloser
{
    std::FILE *file;
    ~StreamCloser()
    {
        if (file)
            std::fclose(file);
    }
};

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
    QString displayPath() const override { return describe(m_path); }

private:
    QByteArray m_path;
};

class PortableReader final : public FileReader
{
public:
    PortableReader(std::FILE *file, QByteArray path)
        : m_file(file)
        , m_path(std::move(path))
    { }
    ~PortableReader() override { std::fclose(m_file); }
    Q_DISABLE_COPY_MOVE(PortableReader)

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        const size_t n = std::fread(buffer, 1, size_t(size), m_file);
        if (n == 0 && std::ferror(m_file))
            return errnoError(m_path);
        return std::int64_t(n);
    }
    Result<Stat> stat() const override { return statAt(m_path); }

private:
    std::FILE *m_file;
    QByteArray m_path;
};

class PortableWriter final : public FileWriter
{
public:
    PortableWriter(std::FILE *file, QByteArray path)
        : m_file(file)
        , m_path(std::move(path))
    { }
    ~PortableWriter() override
    {
        if (m_file) {
            std::fclose(m_file);
            std::error_code ignored;
            fs::remove(nativePath(m_path), ignored);
        }
    }
    Q_DISABLE_COPY_MOVE(PortableWriter)

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (std::fwrite(data, 1, size_t(size), m_file) != size_t(size))
            return errnoError(m_path);
        return {};
    }
    Result<void> finish(const Stat &attributes, bool setMode, bool flushData) override
    {
        // A full disk often shows only here, when the last of the data is written.
        if (!flushStream(m_file, flushData))
            return errnoError(m_path);
        if (std::fclose(std::exchange(m_file, nullptr)) != 0) {
            const Error error = errnoError(m_path);
            std::error_code ignored;
            fs::remove(nativePath(m_path), ignored);
            return error;
        }
        if (Result<void> set = applyAttributes(m_path, attributes, setMode); !set) {
            std::error_code ignored;
            fs::remove(nativePath(m_path), ignored);
            return set;
        }
        return {};
    }

private:
    std::FILE *m_file; // null once finished
    QByteArray m_path;
};

} // namespace

Result<Folder> Folder::openPortableRoot(const QByteArray &path)
{
    // The one place a path is followed as given: the root may be reached through links.
    std::error_code error;
    const fs::path native = nativePath(path);
    const fs::file_status status = fs::status(native, error);
    if (error)
        return errorFor(path, error);
    if (status.type() != fs::file_type::directory)
        return errorFor(path, std::errc::not_a_directory);
    fs::path absolute = fs::absolute(native, error).lexically_normal();
    if (error)
        return errorFor(path, error);
    if (!absolute.has_filename() && absolute.has_relative_path())
        absolute = absolute.parent_path(); // without its trailing separator
    return Folder(std::make_unique<PortableFolder>(bytesOf(absolute)));
}

Result<std::unique_ptr<FolderImpl>> PortableFolder::open(const QByteArray &name) const
{
    if (name == "." || name.isEmpty())
        return std::unique_ptr<FolderImpl>(std::make_unique<PortableFolder>(m_path));
    const QByteArray path = child(m_path, name);
    Result<fs::file_type> type = typeAt(path);
    if (!type)
        return type.error();
    if (*type != fs::file_type::directory)
        return errorFor(path, std::errc::not_a_directory);
    return std::unique_ptr<FolderImpl>(std::make_unique<PortableFolder>(path));
}

Result<std::vector<Entry>> PortableFolder::list() const
{
    std::error_code error;
    fs::directory_iterator it(nativePath(m_path), error);
    if (error)
        return errorFor(m_path, error);
    std::vector<Entry> entries;
    for (; it != fs::directory_iterator(); it.increment(error)) {
        const QByteArray name = bytesOf(it->path().filename());
        Result<Stat> stat = statAt(child(m_path, name));
        if (!stat && kindOf(stat.error()) == ErrorKind::NotFound)
            continue; // removed since it was listed
        if (!stat)
            return stat.error();
        Entry entry{ name, *stat, {} };
        if (entry.stat.type == EntryType::Link) {
            Result<QByteArray> target = readLink(entry.name);
            if (!target)
                return target.error();
            entry.linkTarget = std::move(target).value();
        }
        entries.push_back(std::move(entry));
    }
    if (error)
        return errorFor(m_path, error);
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return entries;
}

Result<Stat> PortableFolder::stat(const QByteArray &name) const
{
    return statAt(child(m_path, name));
}

Result<Stat> PortableFolder::statSelf() const
{
    return statAt(m_path);
}

Result<QByteArray> PortableFolder::readLink(const QByteArray &name) const
{
    // As the link holds it: a relative target stays relative.
    std::error_code error;
    const fs::path target = fs::read_symlink(nativePath(child(m_path, name)), error);
    if (error)
        return errorFor(child(m_path, name), error);
    return bytesOf(target);
}

Result<void> PortableFolder::makeLink(const QByteArray &name, const QByteArray &target) const
{
    std::error_code error;
    fs::create_symlink(nativePath(target), nativePath(child(m_path, name)), error);
    if (error)
        return errorFor(child(m_path, name), error);
    return {};
}

Result<void> PortableFolder::makeFolder(const QByteArray &name, std::uint32_t mode) const
{
    const QByteArray path = child(m_path, name);
    std::error_code error;
    // False without an error when a folder of that name is there already.
    if (!fs::create_directory(nativePath(path), error) && !error)
        return errorFor(path, std::errc::file_exists);
    if (error)
        return errorFor(path, error);
    fs::permissions(nativePath(path), fs::perms(mode) & fs::perms::mask, error);
    return {};
}

Result<void> PortableFolder::rename(const QByteArray &from, const FolderImpl &toFolder,
                                    const QByteArray &to) const
{
    const auto *local = dynamic_cast<const PortableFolder *>(&toFolder);
    if (!local)
        return errorFor(child(m_path, from), std::errc::cross_device_link);
    std::error_code error;
    fs::rename(nativePath(child(m_path, from)), nativePath(child(local->m_path, to)),
               error); // replaces
    if (error)
        return errorFor(entryExists(child(m_path, from)) ? child(local->m_path, to)
                                                         : child(m_path, from),
                        error);
    return {};
}

Result<void> PortableFolder::renameNoReplace(const QByteArray &from, const QByteArray &to) const
{
    if (entryExists(child(m_path, to)))
        return errorFor(child(m_path, to), std::errc::file_exists);
    return rename(from, *this, to);
}

Result<void> PortableFolder::hardLink(const QByteArray &from, const FolderImpl &toFolder,
                                      const QByteArray &to) const
{
    const auto *local = dynamic_cast<const PortableFolder *>(&toFolder);
    if (!local)
        return errorFor(child(m_path, from), std::errc::cross_device_link);
    std::error_code error;
    fs::create_hard_link(nativePath(child(m_path, from)), nativePath(child(local->m_path, to)),
                         error);
    if (error)
        return errorFor(child(local->m_path, to), error);
    return {};
}

Result<void> PortableFolder::removeFile(const QByteArray &name) const
{
    const QByteArray path = child(m_path, name);
    // fs::remove takes an empty folder too; unlink never does.
    Result<fs::file_type> type = typeAt(path);
    if (!type)
        return type.error();
    if (*type == fs::file_type::directory)
        return errorFor(path, std::errc::is_a_directory);
    std::error_code error;
    if (!fs::remove(nativePath(path), error) && !error)
        return errorFor(path, std::errc::no_such_file_or_directory);
    if (error)
        return errorFor(path, error);
    return {};
}

Result<void> PortableFolder::removeEmptyFolder(const QByteArray &name) const
{
    const QByteArray path = child(m_path, name);
    Result<fs::file_type> type = typeAt(path);
    if (!type)
        return type.error();
    if (*type != fs::file_type::directory)
        return errorFor(path, std::errc::not_a_directory);
    std::error_code error;
    if (!fs::remove(nativePath(path), error) && !error)
        return errorFor(path, std::errc::no_such_file_or_directory);
    if (error)
        return errorFor(path, error);
    return {};
}

Result<void> PortableFolder::appendToFile(const QByteArray &name, const QByteArray &data,
                                          bool flushData) const
{
    const QByteArray path = child(m_path, name);
    Result<fs::file_type> type = typeAt(path);
    if (!type && kindOf(type.error()) != ErrorKind::NotFound)
        return type.error();
    if (type && *type == fs::file_type::symlink)
        return errorFor(path, std::errc::too_many_symbolic_link_levels);
    const StreamCloser file{ openStream(path, "ab") };
    if (!file.file)
        return errnoError(path);
    if (!type) {
        // Made here: the application's own notes are for its user alone.
        std::error_code ignored;
        fs::permissions(nativePath(path), fs::perms::owner_read | fs::perms::owner_write, ignored);
    }
    if (std::fwrite(data.constData(), 1, size_t(data.size()), file.file) != size_t(data.size())
        || !flushStream(file.file, flushData))
        return errnoError(path);
    return {};
}

Result<QByteArray> PortableFolder::readFile(const QByteArray &name, std::int64_t maxBytes) const
{
    const QByteArray path = child(m_path, name);
    Result<Stat> stat = statAt(path);
    if (!stat)
        return stat.error();
    if (stat->type != EntryType::File || stat->size > maxBytes)
        return errorFor(path, std::errc::invalid_argument);
    const StreamCloser file{ openStream(path, "rb") };
    if (!file.file)
        return errnoError(path);
    QByteArray data(qsizetype(stat->size), Qt::Uninitialized);
    const size_t n = std::fread(data.data(), 1, size_t(data.size()), file.file);
    if (std::ferror(file.file))
        return errnoError(path);
    data.truncate(qsizetype(n));
    return data;
}

Result<void> PortableFolder::setAttributes(const QByteArray &name, const Stat &stat,
                                           bool setMode) const
{
    return applyAttributes(child(m_path, name), stat, setMode);
}

Result<std::unique_ptr<FileReader>> PortableFolder::openFile(const QByteArray &name) const
{
    const QByteArray path = child(m_path, name);
    Result<fs::file_type> type = typeAt(path);
    if (!type)
        return type.error();
    if (*type != fs::file_type::regular)
        return errorFor(path, std::errc::invalid_argument);
    std::FILE *file = openStream(path, "rb");
    if (!file)
        return errnoError(path);
    return std::unique_ptr<FileReader>(std::make_unique<PortableReader>(file, path));
}

Result<std::unique_ptr<FileWriter>> PortableFolder::createFile(const QByteArray &name) const
{
    const QByteArray path = child(m_path, name);
    if (entryExists(path))
        return errorFor(path, std::errc::file_exists);
    // "x": fails if the name was taken meanwhile (C11; glibc and Windows' C library).
    std::FILE *file = openStream(path, "wbx");
    if (!file)
        return errnoError(path);
    auto writer = std::make_unique<PortableWriter>(file, path);
    // The owner's alone until it is finished, as on POSIX.
    std::error_code error;
    fs::permissions(nativePath(path), fs::perms::owner_read | fs::perms::owner_write, error);
    if (error)
        return errorFor(path, error);
    return std::unique_ptr<FileWriter>(std::move(writer));
}

Result<void> PortableFolder::flushFileSystem() const
{
    return {}; // no portable way: files are flushed one by one
}

Result<Space> PortableFolder::space() const
{
    // Asked of the folder itself (statvfs, GetDiskFreeSpaceExW): QStorageInfo looks the path up
    // in this process's mount table, which is another disk's for a path under /proc/PID/root.
    std::error_code error;
    const fs::space_info space = fs::space(nativePath(m_path), error);
    if (error)
        return errorFor(m_path, error);
    const QStorageInfo storage(QFile::decodeName(m_path));
    return Space{ std::int64_t(space.available), std::int64_t(space.capacity),
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
    // The system's tick: 1 ns on Linux, 100 ns on Windows (NTFS).
    capabilities.timePrecisionNs
            = std::chrono::duration_cast<std::chrono::nanoseconds>(fs::file_time_type::duration(1))
                      .count();
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
    return errorFor(path, QStringLiteral("Not supported on this system"),
                    QStringLiteral("ENOTSUP"));
}
#endif

} // namespace lts::fsops
