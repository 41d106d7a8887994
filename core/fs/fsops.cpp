// The parts of fsops that only use the FolderImpl operations: the same for every location.
#include "fsops.h"

#include <limits>
#include <optional>

#include <QFile>
#include <QList>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace lts::fsops {

Result<Folder> Folder::openRoot(const QByteArray &path)
{
#ifdef LTS_FSOPS_POSIX
    return openPosixRoot(path);
#else
    return openPortableRoot(path);
#endif
}

Result<Folder> Folder::open(const QByteArray &name) const
{
    Result<std::unique_ptr<FolderImpl>> opened = m_impl->open(name);
    if (!opened)
        return opened.error();
    return Folder(std::move(opened).value());
}

Result<Folder> Folder::openPath(const QByteArray &relativePath) const
{
    Result<Folder> current = open(".");
    for (const QByteArray &part : relativePath.split('/')) {
        if (!current || part.isEmpty() || part == ".")
            continue;
        current = current->open(part);
    }
    return current;
}

namespace {

constexpr std::int64_t keepNothing = std::numeric_limits<std::int64_t>::max();

// Removes the folder tree `name` of `parent`, or moves it into `movedInto` (made there as
// needed), entry by entry, keeping in place every file modified at or after `keepFromNs` and
// the folders that hold one, and removing what `discard` picks. Returns how many were kept.
Result<std::int64_t> takeTreeKeepingNewer(const Folder &parent, const QByteArray &name,
                                          std::int64_t keepFromNs, const Folder *movedInto,
                                          const Discard &discard)
{
    Result<Folder> folder = parent.open(name);
    if (!folder)
        return folder.error();
    Result<std::vector<Entry>> entries = folder->list();
    if (!entries)
        return entries.error();
    std::optional<Folder> into;
    if (movedInto) {
        Result<void> made = movedInto->makeFolder(name, 0700);
        if (!made && made.error().code != u"EEXIST")
            return made.error();
        Result<Folder> opened = movedInto->open(name);
        if (!opened)
            return opened.error();
        into.emplace(std::move(opened).value());
    }
    std::int64_t kept = 0;
    for (const Entry &entry : *entries) {
        if (discard && discard(entry)) {
            if (Result<void> removed = folder->removeEntry(entry.name); !removed)
                return removed.error();
            continue;
        }
        if (entry.stat.type == EntryType::Folder) {
            Result<std::int64_t> inner = takeTreeKeepingNewer(*folder, entry.name, keepFromNs,
                                                              into ? &*into : nullptr, discard);
            if (!inner)
                return inner.error();
            kept += *inner;
            continue;
        }
        if (entry.stat.mtimeSec * 1000000000 + entry.stat.mtimeNsec >= keepFromNs
            && entry.stat.type != EntryType::Link) {
            ++kept;
            continue;
        }
        Result<void> taken = into ? folder->rename(entry.name, *into, entry.name)
                                  : folder->removeFile(entry.name);
        if (!taken)
            return taken.error();
    }
    if (kept == 0) {
        if (Result<void> removed = parent.removeEmptyFolder(name); !removed)
            return removed.error();
    }
    return kept;
}

} // namespace

Result<std::int64_t> Folder::removeTreeKeepingNewer(const QByteArray &name, std::int64_t keepFromNs,
                                                    const Discard &discard) const
{
    return takeTreeKeepingNewer(*this, name, keepFromNs, nullptr, discard);
}

Result<std::int64_t> Folder::moveTreeKeepingNewer(const QByteArray &name, const Folder &into,
                                                  std::int64_t keepFromNs,
                                                  const Discard &discard) const
{
    return takeTreeKeepingNewer(*this, name, keepFromNs, &into, discard);
}

Result<void> Folder::removeEntry(const QByteArray &name) const
{
    Result<Stat> entry = stat(name);
    if (!entry)
        return entry.error();
    if (entry->type != EntryType::Folder)
        return removeFile(name);
    Result<std::int64_t> removed = takeTreeKeepingNewer(*this, name, keepNothing, nullptr, {});
    return removed ? Result<void>() : Result<void>(removed.error());
}

namespace {

constexpr std::int64_t streamBuffer = 1 << 20;
constexpr std::int64_t cancelCheckEvery = 8 << 20;

// The copy between two kinds of location: read here, write there, in chunks.
Result<CopyResult> streamFile(const FolderImpl &from, const QByteArray &name,
                              const FolderImpl &toFolder, const QByteArray &to,
                              const CancelCheck &canceled, const CopyProgress &bytesCopied,
                              bool flushData)
{
    Result<std::unique_ptr<FileReader>> reader = from.openFile(name);
    if (!reader)
        return reader.error();
    CopyResult result;
    if (Result<Stat> before = (*reader)->stat(); before)
        result.before = *before;
    else
        return before.error();
    Result<std::unique_ptr<FileWriter>> writer = toFolder.createFileFor(to, result.before);
    if (!writer)
        return writer.error();
    thread_local std::unique_ptr<char[]> buffer(new char[streamBuffer]);
    std::int64_t sinceCheck = 0;
    for (;;) {
        if (sinceCheck >= cancelCheckEvery || sinceCheck == 0) {
            if (canceled && canceled())
                return errorOf(ErrorKind::Cancelled,
                               toFolder.displayPath() + QStringLiteral(": cancelled"));
            sinceCheck = 0;
        }
        Result<std::int64_t> n = (*reader)->read(buffer.get(), streamBuffer);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        if (Result<void> written = (*writer)->write(buffer.get(), *n); !written)
            return written.error();
        sinceCheck += *n;
        if (bytesCopied)
            bytesCopied(*n);
    }
    const bool setMode
            = from.capabilities().permissionBits && toFolder.capabilities().permissionBits;
    if (Result<void> finished = (*writer)->finish(result.before, setMode, flushData); !finished)
        return finished.error();
    if (Result<Stat> after = (*reader)->stat(); after)
        result.after = *after;
    else
        return after.error();
    return result;
}

} // namespace

Result<CopyResult> Folder::copyFile(const QByteArray &name, const Folder &toFolder,
                                    const QByteArray &to, const CancelCheck &canceled,
                                    const CopyProgress &bytesCopied, bool flushData) const
{
    if (std::optional<Result<CopyResult>> native
        = m_impl->copyFileTo(name, *toFolder.m_impl, to, canceled, bytesCopied, flushData))
        return *std::move(native);
    return streamFile(*m_impl, name, *toFolder.m_impl, to, canceled, bytesCopied, flushData);
}

std::vector<Result<void>> FolderImpl::writeFiles(const std::vector<NewFile> &files,
                                                 const CancelCheck &canceled) const
{
    std::vector<Result<void>> results;
    results.reserve(files.size());
    for (const NewFile &file : files) {
        if (canceled && canceled()) {
            results.emplace_back(
                    errorOf(ErrorKind::Cancelled,
                            file.folder->displayPath() + QStringLiteral(": cancelled")));
            continue;
        }
        Result<std::unique_ptr<FileWriter>> writer = file.folder->createFile(file.name);
        Result<void> written = writer ? (*writer)->write(file.data.constData(), file.data.size())
                                      : Result<void>(writer.error());
        if (written)
            written = (*writer)->finish(file.attributes, file.setMode, false);
        results.push_back(std::move(written));
    }
    return results;
}

std::vector<Result<void>> FolderImpl::renameFiles(const std::vector<Renaming> &renamings) const
{
    std::vector<Result<void>> results;
    results.reserve(renamings.size());
    for (const Renaming &renaming : renamings) {
        const Folder &folder = *renaming.folder;
        if (!renaming.replaces) {
            results.push_back(folder.renameNoReplace(renaming.from, renaming.to));
            continue;
        }
        const Result<Stat> now = folder.stat(renaming.to);
        if (!now && !isMissing(now.error())) {
            results.emplace_back(now.error());
        } else if (!now || !stillAsScanned(*now, *renaming.replaces)) {
            results.emplace_back(changedSinceScan(folder, renaming.to));
        } else {
            results.push_back(folder.rename(renaming.from, folder, renaming.to));
        }
    }
    return results;
}

std::vector<Result<Stat>>
FolderImpl::statFiles(const std::vector<std::pair<const Folder *, QByteArray>> &entries) const
{
    std::vector<Result<Stat>> results;
    results.reserve(entries.size());
    for (const auto &[folder, name] : entries)
        results.push_back(folder->stat(name));
    return results;
}

std::vector<Result<void>> Folder::writeFiles(const std::vector<NewFile> &files,
                                             const CancelCheck &canceled)
{
    if (files.empty())
        return {};
    return files.front().folder->m_impl->writeFiles(files, canceled);
}

std::vector<Result<void>> Folder::renameFiles(const std::vector<Renaming> &renamings)
{
    if (renamings.empty())
        return {};
    return renamings.front().folder->m_impl->renameFiles(renamings);
}

std::vector<Result<Stat>>
Folder::statFiles(const std::vector<std::pair<const Folder *, QByteArray>> &entries)
{
    if (entries.empty())
        return {};
    return entries.front().first->m_impl->statFiles(entries);
}

bool stillAsScanned(const Stat &now, const Stat &scanned)
{
    if (now.type != scanned.type)
        return false;
    return now.type == EntryType::Folder || now.sameContentStamp(scanned);
}

Error changedSinceScan(const Folder &folder, const QByteArray &name)
{
    return errorOf(ErrorKind::Exists, folder.displayPath() + u'/' + QFile::decodeName(name)
                                              + QStringLiteral(": File exists"));
}

namespace {

struct KindName
{
    const char16_t *code;
    ErrorKind kind;
};

// The systems' names of each kind; the first is the one errorOf() writes.
constexpr KindName kindNames[] = {
    { u"ENOENT", ErrorKind::NotFound },
    { u"ENOTDIR", ErrorKind::NotFound },
    { u"EEXIST", ErrorKind::Exists },
    { u"ENOTEMPTY", ErrorKind::Exists },
    { u"ENOSPC", ErrorKind::NoSpace },
    { u"EDQUOT", ErrorKind::NoSpace },
    { u"EROFS", ErrorKind::ReadOnly },
    { u"EACCES", ErrorKind::Denied },
    { u"EPERM", ErrorKind::Denied },
    { u"EIO", ErrorKind::Io },
    { u"ETIMEDOUT", ErrorKind::Timeout },
    { u"EHOSTUNREACH", ErrorKind::Unreachable },
    { u"ECONNRESET", ErrorKind::Unreachable },
    { u"ECONNREFUSED", ErrorKind::Unreachable },
    { u"ENETUNREACH", ErrorKind::Unreachable },
    { u"ENOTCONN", ErrorKind::Unreachable },
    { u"ESTALE", ErrorKind::Unreachable },
    { u"ENOTSUP", ErrorKind::NotSupported },
    { u"EOPNOTSUPP", ErrorKind::NotSupported },
    { u"EXDEV", ErrorKind::NotSupported },
    { u"ENOSYS", ErrorKind::NotSupported },
    { u"ECANCELED", ErrorKind::Cancelled },
    // Remote locations' own (remote.md): a login or trust the user must give.
    { u"Host Key Unknown", ErrorKind::Denied },
    { u"Host Key Changed", ErrorKind::Denied },
    { u"Authentication Failed", ErrorKind::Denied },
    { u"Certificate Unknown", ErrorKind::Denied },
};

} // namespace

ErrorKind kindOf(const Error &error)
{
    for (const KindName &name : kindNames) {
        if (error.code == QStringView(name.code))
            return name.kind;
    }
    return ErrorKind::Other;
}

Error errorOf(ErrorKind kind, const QString &message)
{
    for (const KindName &name : kindNames) {
        if (name.kind == kind)
            return Error{ QString::fromUtf16(name.code), message };
    }
    return Error{ QStringLiteral("EINVAL"), message };
}

void runInBackground()
{
#ifdef Q_OS_LINUX
    // On Linux, PRIO_PROCESS with a thread id sets the nice value of that thread alone.
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

bool isFatalForRun(const Error &error)
{
    // A location that stopped answering would make every further call wait as long again.
    const ErrorKind kind = kindOf(error);
    return kind == ErrorKind::NoSpace || kind == ErrorKind::ReadOnly || kind == ErrorKind::Timeout
           || kind == ErrorKind::Unreachable;
}

bool isDiskFull(const Error &error)
{
    return kindOf(error) == ErrorKind::NoSpace;
}

bool isMissing(const Error &error)
{
    return kindOf(error) == ErrorKind::NotFound;
}

} // namespace lts::fsops
