// fsops: the few filesystem operations the sync engine needs, on folders opened relative to
// the drive's roots. On POSIX systems a Folder is an open directory descriptor and every name
// is resolved inside it without following symbolic links, so no operation can reach outside
// the roots even if the tree changes under the run. Names are raw bytes, as the disk has them.
#pragma once

#include "result.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <vector>

namespace lts::fsops {

enum class EntryType : std::uint8_t { File, Folder, Link, Special };

// Kept small (24 bytes): a plan holds two for every file it copies.
struct Stat
{
    std::int64_t size = 0;
    std::int64_t mtimeSec = 0;
    std::int32_t mtimeNsec = 0;
    std::uint16_t mode = 0; // permission bits (07777)
    EntryType type = EntryType::Special;

    bool sameContentStamp(const Stat &other) const
    {
        return type == other.type && size == other.size && mtimeSec == other.mtimeSec
               && mtimeNsec == other.mtimeNsec;
    }
};

struct Entry
{
    QByteArray name;
    Stat stat;
    QByteArray linkTarget; // for links only
};

// How much a folder's filesystem can still take, for the user running the application.
struct Space
{
    std::int64_t available = 0; // bytes
    std::int64_t total = 0; // bytes
    std::int64_t blockSize = 4096; // what a file's size is rounded up to on the disk
};

// Entries of a tree that are dropped outright when the tree is removed or moved, never kept
// nor moved with it (the leftover temporaries of an interrupted run).
using Discard = std::function<bool(const Entry &)>;

// Errors carry the errno's name as their code ("ENOSPC"), so callers can tell a full disk
// from a denied permission, and the system's sentence with the path as their message.
class Folder final
{
public:
    Folder() = default;
    ~Folder();
    Folder(Folder &&other) noexcept;
    Folder &operator=(Folder &&other) noexcept;
    Folder(const Folder &) = delete;
    Folder &operator=(const Folder &) = delete;

    // Opens a root by its absolute path (the one place a path is followed as given).
    static Result<Folder> openRoot(const QByteArray &path);
    // Opens `name` inside this folder; fails if it is a symbolic link or not a folder.
    Result<Folder> open(const QByteArray &name) const;
    // Opens a folder path relative to this one ("a/b/c"), one name at a time.
    Result<Folder> openPath(const QByteArray &relativePath) const;

    bool isOpen() const;

    // Every entry but "." and "..", sorted by name (byte order).
    Result<std::vector<Entry>> list() const;
    Result<Stat> stat(const QByteArray &name) const; // of the entry itself, never a link's target
    Result<Stat> statSelf() const;

    Result<QByteArray> readLink(const QByteArray &name) const;
    Result<void> makeLink(const QByteArray &name, const QByteArray &target) const;
    Result<void> makeFolder(const QByteArray &name, std::uint32_t mode) const;
    Result<void> rename(const QByteArray &from, const Folder &toFolder, const QByteArray &to) const;
    // A hard link, so an old file can be kept as a version while a new one replaces it.
    Result<void> hardLink(const QByteArray &from, const Folder &toFolder,
                          const QByteArray &to) const;
    Result<void> removeFile(const QByteArray &name) const; // a file, link or special file
    // Removes `name` whatever it is: a folder with everything inside it, never following a link.
    Result<void> removeEntry(const QByteArray &name) const;
    // Small files of the application's own (notes beside the versions): appends `data` to
    // the regular file `name`, created with mode 0600 if missing; never through a link. With
    // `flushData`, the data is on the disk before this returns.
    Result<void> appendToFile(const QByteArray &name, const QByteArray &data,
                              bool flushData = false) const;
    // Reads the regular file `name` whole; fails when it is larger than `maxBytes`.
    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const;
    // Permission bits and modification time of an entry (a link's own time, if it is a link).
    Result<void> setAttributes(const QByteArray &name, const Stat &stat, bool setMode) const;

    // Copies the file `name` of this folder to a new file `to` in `toFolder` (which must not
    // exist), then gives it the source's permission bits and modification time; with
    // `flushData` its data is on the disk before this returns. Checks `canceled` between
    // chunks and removes the new file when it is set or anything fails. Returns the source's
    // stat as it was after the copy, so a file that changed meanwhile can be told.
    struct CopyResult
    {
        Stat before; // the source when the copy started
        Stat after; // and when it ended
    };
    Result<CopyResult> copyFile(const QByteArray &name, const Folder &toFolder,
                                const QByteArray &to, const std::function<bool()> &canceled,
                                const std::function<void(std::int64_t)> &bytesCopied,
                                bool flushData) const;

    // Renames `from` to `to` only if `to` does not exist (atomically where the system can).
    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const;
    // Removes a folder tree, but keeps every file modified at or after `keepFromNs` (in
    // nanoseconds since 1970: it changed after the run looked at it) and the folders that
    // hold one; what `discard` picks goes in any case. Returns how many were kept.
    Result<std::int64_t> removeTreeKeepingNewer(const QByteArray &name, std::int64_t keepFromNs,
                                                const Discard &discard = {}) const;
    // The same, but what goes is moved into `into` (as `into`/`name`/...): a deleted folder
    // kept as a version, without the files that changed during the run, and without what
    // `discard` picks, which is removed.
    Result<std::int64_t> moveTreeKeepingNewer(const QByteArray &name, const Folder &into,
                                              std::int64_t keepFromNs,
                                              const Discard &discard = {}) const;
    Result<void> removeEmptyFolder(const QByteArray &name) const;

    // Writes everything of this folder's filesystem to the disk (syncfs on Linux).
    Result<void> flushFileSystem() const;
    // The room left on this folder's filesystem.
    Result<Space> space() const;
    // A stable identity of the filesystem this folder is on.
    Result<QByteArray> fileSystemId() const;
    // Whether the filesystem keeps times to 2 seconds only (FAT, exFAT).
    bool hasCoarseTimes() const;

private:
#ifdef LTS_FSOPS_POSIX
    explicit Folder(int fd, QByteArray path)
        : m_fd(fd)
        , m_path(std::move(path))
    { }
    int m_fd = -1;
#else
    explicit Folder(QByteArray path)
        : m_path(std::move(path))
    { }
#endif
    QByteArray m_path; // for messages (and the portable implementation)
};

// Errors after which no other file can be written either: the run stops.
bool isFatalForRun(const Error &error);
bool isDiskFull(const Error &error);
bool isMissing(const Error &error);

// Lowers the calling thread's CPU priority, so a sync in the background leaves the CPU to
// the user interface and the WebSocket server when they need it (nice 10 on Linux, where
// QThread priorities do nothing for ordinary threads).
void runInBackground();

} // namespace lts::fsops
