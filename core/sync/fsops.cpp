// The parts of fsops that only use the Folder operations: the same on every system.
#include "fsops.h"

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

Result<std::int64_t> Folder::removeTreeKeepingNewer(const QByteArray &name,
                                                    std::int64_t keepFromNs) const
{
    Result<Folder> folder = open(name);
    if (!folder)
        return folder.error();
    Result<std::vector<Entry>> entries = folder->list();
    if (!entries)
        return entries.error();
    std::int64_t kept = 0;
    for (const Entry &entry : *entries) {
        if (entry.stat.type == EntryType::Folder) {
            Result<std::int64_t> inner = folder->removeTreeKeepingNewer(entry.name, keepFromNs);
            if (!inner)
                return inner.error();
            kept += *inner;
        } else if (entry.stat.mtimeSec * 1000000000 + entry.stat.mtimeNsec >= keepFromNs
                   && entry.stat.type != EntryType::Link) {
            ++kept;
        } else if (Result<void> removed = folder->removeFile(entry.name); !removed) {
            return removed.error();
        }
    }
    if (kept == 0) {
        if (Result<void> removed = removeEmptyFolder(name); !removed)
            return removed.error();
    }
    return kept;
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
