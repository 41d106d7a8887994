// fsops: the few filesystem operations the sync engine needs, on folders opened relative to
// the drive's roots, through one runtime interface (FolderImpl) that every kind of location
// implements: the local disk (fsops_posix.cpp, and the portable fsops_qt.cpp), memory
// (memoryfs.h, for tests with injected faults), and the remote locations to come.
#pragma once

#include "result.h"

#include <QString>

#include <QByteArray>
#include <QDateTime>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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
    Entry(QByteArray name = {}, Stat stat = {}, QByteArray linkTarget = {})
        : name(std::move(name))
        , stat(stat)
        , linkTarget(std::move(linkTarget))
    { }

    QByteArray name;
    Stat stat;
    QByteArray linkTarget; // for links only
    // The source's time when the run copied this file to a target that keeps times of its own
    // (a WebDAV server that dates a file by its upload): the target index stands in for the
    // time the target could not take, and the planner compares the source with it. Empty for a
    // listing's entry that no index vouches for.
    std::optional<std::int64_t> sourceMtimeAtCopy;
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

// How a location differs from a local disk, asked by the scanner and the executor instead of
// assuming one.
struct Capabilities
{
    // The finest modification time the location keeps: 1 ns on most disks, 2 s on FAT and
    // exFAT, 1 s on SFTP and FTP servers. Times that differ by less are the same time.
    std::int64_t timePrecisionNs = 1;
    bool permissionBits = true; // keeps a file's permission bits
    bool links = true; // symbolic links
    // A link's own modification time can be set (SFTP 3 sets only its target's: not there).
    bool linkTimes = true;
    bool hardLinks = true; // a file can have a second name (a version kept while it is replaced)
    bool renameNoReplace = true; // a rename that never replaces is atomic
    bool serverSideCopy = false; // copies a file to another of its folders without streaming
    bool cheapListing = true; // listing a folder is a local call, not a round trip
    // An entry's modification time can be set once it is written (setAttributes). WebDAV
    // servers keep their own: a file's upload time, unless the server took the time sent with
    // the upload (X-OC-Mtime).
    bool settableTimes = true;
    // Takes new files and nothing else (an upload form): it cannot be listed, and nothing in
    // it can be read, renamed or removed. The engine plans against what it sent (the ledger in
    // the target's index) and writes each file under its own name, once.
    bool uploadOnly = false;
    // A folder's modification time can be set too (FTP's MFMT and MDTM take files only).
    bool folderTimes = true;
};

// What went wrong, whatever the location: the engine decides by the kind; the user reads
// the system's (or the server's) own words in the error's message. The error's code stays
// the system's name for it ("ENOSPC").
enum class ErrorKind : std::uint8_t {
    Other,
    NotFound,
    Exists,
    NoSpace,
    ReadOnly,
    Denied,
    Io,
    Timeout,
    Unreachable,
    NotSupported,
    Cancelled,
};
ErrorKind kindOf(const Error &error);
// An error of `kind` named by its system code, with `message` (the path and the reason).
Error errorOf(ErrorKind kind, const QString &message);

// The key a server presented (an SSH host key, a TLS certificate) as people compare it with
// `ssh-keygen -lf`: a remote location refused for it waits for the user to trust it.
struct HostKey
{
    QString type; // "ssh-ed25519", or certificateKeyType
    QString fingerprint; // "SHA256:..."
    QString previous; // the fingerprint known before, when the key changed
    // A certificate's own words, for the person who checks it (empty for a host key): whom it
    // names, who signed it, and when it is valid.
    QString subject = {};
    QString issuer = {};
    QDateTime validFrom = {};
    QDateTime validUntil = {};

    friend bool operator==(const HostKey &, const HostKey &) = default;
};

// The codes of the errors only remote locations have (remote.md, "Protocol"); kindOf() tells
// them Denied: the user must trust a key or give a login, and nothing retries them.
inline constexpr char16_t hostKeyUnknownCode[] = u"Host Key Unknown";
inline constexpr char16_t hostKeyChangedCode[] = u"Host Key Changed";
inline constexpr char16_t authenticationFailedCode[] = u"Authentication Failed";
// A TLS certificate the system's authorities do not vouch for (a NAS's own).
inline constexpr char16_t certificateUnknownCode[] = u"Certificate Unknown";
// A trust refused because the server presents another key or certificate than the one given.
inline constexpr char16_t fingerprintMismatchCode[] = u"Fingerprint Mismatch";
// HostKey::type of a TLS certificate (the protocol's KeyType).
inline constexpr char16_t certificateKeyType[] = u"certificate";

// What a server presents now to show who it is (Location::presentedKey), and whether it is
// trusted already (a known host key; a certificate the system's authorities vouch for, or one
// the user pinned).
struct PresentedKey
{
    HostKey key;
    bool trusted = false;
};

// A file opened for reading, streamed to another kind of location.
class FileReader
{
public:
    virtual ~FileReader() = default;
    // Up to `size` bytes; 0 at the end of the file.
    virtual Result<std::int64_t> read(char *buffer, std::int64_t size) = 0;
    virtual Result<Stat> stat() const = 0;
};

// A new file being written. One that is destroyed before finish() succeeded is removed, so a
// failed or cancelled copy never leaves half a file under its name.
class FileWriter
{
public:
    virtual ~FileWriter() = default;
    virtual Result<void> write(const char *data, std::int64_t size) = 0;
    // Gives the file `attributes`' modification time (and permission bits with `setMode`),
    // with `flushData` puts its data on the disk, and closes it.
    virtual Result<void> finish(const Stat &attributes, bool setMode, bool flushData) = 0;
};

struct CopyResult
{
    Stat before; // the source when the copy started
    Stat after; // and when it ended
};
using CancelCheck = std::function<bool()>;
using CopyProgress = std::function<void(std::int64_t)>;

class Folder;

// A small file of a batch, written whole from memory under a new name (Folder::writeFiles).
struct NewFile
{
    const Folder *folder = nullptr; // where it goes
    QByteArray name; // which must not exist
    QByteArray data;
    Stat attributes; // its modification time, and its permission bits with `setMode`
    bool setMode = false;
};

// A file of a batch taking its final name (Folder::renameFiles).
struct Renaming
{
    const Folder *folder = nullptr;
    QByteArray from;
    QByteArray to;
    // The file it replaces, as the scan saw it: `to` must still be so (rule 6 of safety.md).
    // Nullopt for a new file: `to` must not exist. Either way a taken name fails with EEXIST.
    std::optional<Stat> replaces;
};

// One open folder of one kind of location: the interface every backend implements (local
// POSIX, local portable, in memory; remote ones later). Folder below is its handle. Names are
// single entries of this folder, never paths; nothing follows a symbolic link.
class FolderImpl
{
public:
    virtual ~FolderImpl() = default;

    virtual Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const = 0;
    virtual Result<std::vector<Entry>> list() const = 0; // sorted by name, without . and ..
    virtual Result<Stat> stat(const QByteArray &name) const = 0;
    virtual Result<Stat> statSelf() const = 0;
    virtual Result<QByteArray> readLink(const QByteArray &name) const = 0;
    virtual Result<void> makeLink(const QByteArray &name, const QByteArray &target) const = 0;
    virtual Result<void> makeFolder(const QByteArray &name, std::uint32_t mode) const = 0;
    // Within one location; another kind of folder gets EXDEV.
    virtual Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                                const QByteArray &to) const = 0;
    virtual Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const = 0;
    virtual Result<void> hardLink(const QByteArray &from, const FolderImpl &toFolder,
                                  const QByteArray &to) const = 0;
    virtual Result<void> removeFile(const QByteArray &name) const = 0;
    virtual Result<void> removeEmptyFolder(const QByteArray &name) const = 0;
    virtual Result<void> appendToFile(const QByteArray &name, const QByteArray &data,
                                      bool flushData) const = 0;
    virtual Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const = 0;
    virtual Result<void> setAttributes(const QByteArray &name, const Stat &stat,
                                       bool setMode) const = 0;
    virtual Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const = 0;
    // A new file `name` (which must not exist), mode 0600 until finished.
    virtual Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const = 0;
    // The same for the copy of `source` (its size and time when the copy started): a location
    // that must announce a file before its bytes (WebDAV's PUT and its Content-Length) sends a
    // large one while it is written instead of keeping it whole first. A writer made so fails
    // when it is given another number of bytes. By default createFile().
    virtual Result<std::unique_ptr<FileWriter>> createFileFor(const QByteArray &name,
                                                              const Stat &source) const
    {
        (void)source;
        return createFile(name);
    }
    // A copy the location makes better than a stream (reflink, copy_file_range, a server-side
    // copy); nullopt when it has none for `toFolder`, and the copy is streamed.
    virtual std::optional<Result<CopyResult>> copyFileTo(const QByteArray &, const FolderImpl &,
                                                         const QByteArray &, const CancelCheck &,
                                                         const CopyProgress &, bool) const
    {
        return std::nullopt;
    }
    // A batch of small new files, each in its folder (of this kind of location): a result
    // each, in their order. By default one after the other through createFile(); a server
    // overrides it to send them all without waiting for each answer.
    virtual std::vector<Result<void>> writeFiles(const std::vector<NewFile> &files,
                                                 const CancelCheck &canceled) const;
    // Renames a batch (as renameNoReplace() for a new file, rename() after the rule-6 look
    // for a replaced one): a result each. By default one after the other.
    virtual std::vector<Result<void>> renameFiles(const std::vector<Renaming> &renamings) const;
    // Looks at a batch of entries (a folder and a name each): a result each. By default one
    // after the other.
    virtual std::vector<Result<Stat>>
    statFiles(const std::vector<std::pair<const Folder *, QByteArray>> &entries) const;
    virtual Result<void> flushFileSystem() const = 0;
    virtual Result<Space> space() const = 0;
    virtual Result<QByteArray> fileSystemId() const = 0;
    virtual Capabilities capabilities() const = 0;
    // The folder as the user knows it (a path, an address), for messages.
    virtual QString displayPath() const = 0;
};

// An open folder of a location, moved around by value. On a local disk it is an open
// directory descriptor (POSIX) and every name is resolved inside it without following
// symbolic links, so no operation can reach outside the roots even if the tree changes under
// the run. Names are raw bytes, as the location has them. Errors carry the system's name as
// their code ("ENOSPC"; kindOf() tells what it means) and its sentence with the path.
class Folder final
{
public:
    Folder() = default;
    explicit Folder(std::unique_ptr<FolderImpl> impl)
        : m_impl(std::move(impl))
    { }

    // Opens a local root by its absolute path (the one place a path is followed as given),
    // with the build's local implementation (POSIX where there is one).
    static Result<Folder> openRoot(const QByteArray &path);
    // The same with a chosen implementation, for the conformance tests of both.
    static Result<Folder> openPosixRoot(const QByteArray &path);
    static Result<Folder> openPortableRoot(const QByteArray &path);

    // Opens `name` inside this folder; fails if it is a symbolic link or not a folder.
    Result<Folder> open(const QByteArray &name) const;
    // Opens a folder path relative to this one ("a/b/c"), one name at a time.
    Result<Folder> openPath(const QByteArray &relativePath) const;

    // Every entry but "." and "..", sorted by name (byte order).
    Result<std::vector<Entry>> list() const { return m_impl->list(); }
    // Of the entry itself, never a link's target.
    Result<Stat> stat(const QByteArray &name) const { return m_impl->stat(name); }
    Result<Stat> statSelf() const { return m_impl->statSelf(); }

    Result<QByteArray> readLink(const QByteArray &name) const { return m_impl->readLink(name); }
    Result<void> makeLink(const QByteArray &name, const QByteArray &target) const
    {
        return m_impl->makeLink(name, target);
    }
    Result<void> makeFolder(const QByteArray &name, std::uint32_t mode) const
    {
        return m_impl->makeFolder(name, mode);
    }
    Result<void> rename(const QByteArray &from, const Folder &toFolder, const QByteArray &to) const
    {
        return m_impl->rename(from, *toFolder.m_impl, to);
    }
    // A hard link, so an old file can be kept as a version while a new one replaces it.
    Result<void> hardLink(const QByteArray &from, const Folder &toFolder,
                          const QByteArray &to) const
    {
        return m_impl->hardLink(from, *toFolder.m_impl, to);
    }
    // A file, link or special file.
    Result<void> removeFile(const QByteArray &name) const { return m_impl->removeFile(name); }
    // Removes `name` whatever it is: a folder with everything inside it, never following a link.
    Result<void> removeEntry(const QByteArray &name) const;
    // Small files of the application's own (notes beside the versions): appends `data` to
    // the regular file `name`, created with mode 0600 if missing; never through a link. With
    // `flushData`, the data is on the disk before this returns.
    Result<void> appendToFile(const QByteArray &name, const QByteArray &data,
                              bool flushData = false) const
    {
        return m_impl->appendToFile(name, data, flushData);
    }
    // Reads the regular file `name` whole; fails when it is larger than `maxBytes`.
    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const
    {
        return m_impl->readFile(name, maxBytes);
    }
    // Permission bits and modification time of an entry (a link's own time, if it is a link).
    Result<void> setAttributes(const QByteArray &name, const Stat &stat, bool setMode) const
    {
        return m_impl->setAttributes(name, stat, setMode);
    }

    // Copies the file `name` of this folder to a new file `to` in `toFolder` (which must not
    // exist), then gives it the source's permission bits (where both locations keep them) and
    // modification time; with `flushData` its data is on the disk before this returns. Checks
    // `canceled` between chunks and removes the new file when it is set or anything fails.
    // Returns the source's stat as it was after the copy, so a file that changed meanwhile can
    // be told. Between two kinds of location the data is streamed.
    using CopyResult = fsops::CopyResult;
    Result<CopyResult> copyFile(const QByteArray &name, const Folder &toFolder,
                                const QByteArray &to, const CancelCheck &canceled,
                                const CopyProgress &bytesCopied, bool flushData) const;

    // The streams that copies between two kinds of location are made of.
    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const
    {
        return m_impl->openFile(name);
    }
    // A new file (`name` must not exist); removed again unless its writer is finished.
    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const
    {
        return m_impl->createFile(name);
    }

    // Writes small new files whole, each in its folder (all of one location), as the
    // location does it best: on a server, without waiting for each answer. A result each.
    static std::vector<Result<void>> writeFiles(const std::vector<NewFile> &files,
                                                const CancelCheck &canceled);
    // Gives a batch of files their names (Renaming): a result each, EEXIST for a name taken
    // or changed since the scan.
    static std::vector<Result<void>> renameFiles(const std::vector<Renaming> &renamings);
    // Looks at a batch of entries (all of one location), as the location does it best.
    static std::vector<Result<Stat>>
    statFiles(const std::vector<std::pair<const Folder *, QByteArray>> &entries);
    // The implementation, for a backend's batch operations that need their own kind.
    const FolderImpl &impl() const { return *m_impl; }

    // Renames `from` to `to` only if `to` does not exist (atomically where the system can).
    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const
    {
        return m_impl->renameNoReplace(from, to);
    }
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
    Result<void> removeEmptyFolder(const QByteArray &name) const
    {
        return m_impl->removeEmptyFolder(name);
    }

    // Writes everything of this folder's filesystem to the disk (syncfs on Linux).
    Result<void> flushFileSystem() const { return m_impl->flushFileSystem(); }
    // The room left on this folder's filesystem.
    Result<Space> space() const { return m_impl->space(); }
    // A stable identity of the filesystem this folder is on.
    Result<QByteArray> fileSystemId() const { return m_impl->fileSystemId(); }
    Capabilities capabilities() const { return m_impl->capabilities(); }
    // Whether the filesystem keeps times to 2 seconds or coarser (FAT, exFAT).
    bool hasCoarseTimes() const
    {
        return capabilities().timePrecisionNs >= std::int64_t(2'000'000'000);
    }
    QString displayPath() const { return m_impl->displayPath(); }

private:
    std::unique_ptr<FolderImpl> m_impl;
};

// Errors after which no other file can be written either (a full or read-only disk, a
// location that does not answer): the run stops.
bool isFatalForRun(const Error &error);
bool isDiskFull(const Error &error);
bool isMissing(const Error &error);
// Whether an entry is still as the scan saw it (rule 6): a folder still a folder, a file or a
// link of the same size and time.
bool stillAsScanned(const Stat &now, const Stat &scanned);
// The EEXIST of a batch's rename whose target changed since the scan (Renaming).
Error changedSinceScan(const Folder &folder, const QByteArray &name);

// Lowers the calling thread's CPU priority, so a sync in the background leaves the CPU to
// the user interface and the WebSocket server when they need it (nice 10 on Linux, where
// QThread priorities do nothing for ordinary threads).
void runInBackground();

} // namespace lts::fsops
