#include "temporaryjournal.h"

#include "planner.h"

#include <algorithm>

namespace lts {

namespace {

constexpr std::int64_t maxJournalBytes = 64LL << 20;
const QByteArray rootLine = QByteArrayLiteral(".");

// A noted path that stays inside the target: relative, no "..", no empty part.
bool isInside(const QByteArray &path)
{
    if (path.startsWith('/'))
        return false;
    const QList<QByteArray> parts = path.split('/');
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QByteArray &part) { return part.isEmpty() || part == ".."; });
}

} // namespace

TemporaryJournal::TemporaryJournal(const fsops::Folder &target, bool flush)
    : m_target(target)
    , m_flush(flush)
{ }

Result<fsops::Folder> TemporaryJournal::appFolder() const
{
    return m_target.open(EntryFilter::appFolderName);
}

Result<void> TemporaryJournal::note(const std::vector<QByteArray> &folders)
{
    QByteArray lines;
    for (const QByteArray &folder : folders) {
        if (m_noted.contains(folder))
            continue;
        m_noted.insert(folder);
        lines += (folder.isEmpty() ? rootLine : folder.toPercentEncoding("/")) + '\n';
    }
    if (lines.isEmpty())
        return {};
    Result<fsops::Folder> app = appFolder();
    if (!app)
        return app.error();
    return app->appendToFile(fileName, lines, m_flush);
}

bool TemporaryJournal::removeLeftovers()
{
    Result<fsops::Folder> app = appFolder();
    const Result<QByteArray> text
            = app ? app->readFile(fileName, maxJournalBytes) : Result<QByteArray>(app.error());
    if (!text)
        return true; // none noted (or none readable: the scan still finds those it meets)
    m_foundNotes = true;
    bool allGone = true;
    QSet<QByteArray> seen;
    for (const QByteArray &line : text->split('\n')) {
        const QByteArray path
                = line == rootLine ? QByteArray() : QByteArray::fromPercentEncoding(line);
        if ((path.isEmpty() && line != rootLine) || (!path.isEmpty() && !isInside(path))
            || seen.contains(path))
            continue;
        seen.insert(path);
        // Never through a link: a folder replaced by one since is not entered.
        Result<fsops::Folder> folder
                = path.isEmpty() ? m_target.openPath(".") : m_target.openPath(path);
        Result<std::vector<fsops::Entry>> entries
                = folder ? folder->list() : Result<std::vector<fsops::Entry>>(folder.error());
        if (!entries)
            continue; // gone with its folder
        for (const fsops::Entry &entry : *entries) {
            if (!isTemporary(entry.name, entry.stat.type))
                continue;
            if (Result<void> removed = folder->removeFile(entry.name);
                !removed && !fsops::isMissing(removed.error()))
                allGone = false; // noted still, for the next run
        }
    }
    if (allGone)
        clear();
    return allGone;
}

void TemporaryJournal::clear()
{
    m_noted.clear();
    if (Result<fsops::Folder> app = appFolder())
        (void)app->removeFile(fileName); // none noted is just as good
}

} // namespace lts
