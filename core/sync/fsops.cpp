// The parts of fsops that only use the Folder operations: the same on every system.
#include "fsops.h"

#include <limits>
#include <optional>

#include <QList>

namespace lts::fsops {

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

bool isFatalForRun(const Error &error)
{
    return isDiskFull(error) || error.code == u"EROFS";
}

bool isDiskFull(const Error &error)
{
    return error.code == u"ENOSPC" || error.code == u"EDQUOT";
}

bool isMissing(const Error &error)
{
    return error.code == u"ENOENT" || error.code == u"ENOTDIR";
}

} // namespace lts::fsops
