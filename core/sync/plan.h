// Plan: what the scan of both trees found to do, kept compact: the folders once each (the
// actions refer to them by index), and only the entries that change. Memory follows the
// number of changes, not the size of the trees.
#pragma once

#include "planner.h"
#include "syncreport.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace lts {

struct PlanFolder
{
    QByteArray path; // relative to the roots; empty for the roots themselves
    // The names of the folder's items in one block, each followed by '\0' and, for a link, by
    // its target and '\0' (PlanItem::nameAt): a QByteArray each would cost about 50 bytes more
    // a change. Filled while the folder is scanned, never changed after.
    QByteArray names;
    std::uint32_t parent = 0;
    QByteArray name;
    fsops::Stat source; // the source folder's permission bits and time
    bool create = false; // the target does not have it yet
    bool deferred = false; // it replaces another entry: created only after the deletions
    bool touched = false; // its time (and permission bits) are set at the end of the run
    bool modeDiffers = true; // the target's permission bits are not the source's
};

// One change of the plan. An initial copy holds one for every file, so it is kept to 64 bytes:
// its name lives in its folder's block, and only deletions carry the fields of a deletion.
struct PlanItem
{
    std::uint32_t folder = 0;
    std::uint32_t nameAt = 0; // where its name starts in PlanFolder::names
    std::uint32_t nameSize = 0;
    ActionKind kind = ActionKind::Copy;
    bool deferred = false; // waits for the deletions (it replaces another entry)
    fsops::Stat source; // when the source has the entry
    fsops::Stat target; // when the target has it
};

static_assert(sizeof(PlanItem) <= 64, "a plan holds one PlanItem for every file it copies");

struct PlanDeletion : PlanItem
{
    std::int64_t filesInside = 1; // the files it takes away (1 for a file)
    // Deletions of folders: where the files inside are listed in Plan::filesInDeletedFolders
    // (when the run lists its entries), and how many of them are.
    std::size_t firstListedInside = 0;
    std::size_t listedInside = 0;
};

struct Plan
{
    // Deques: they grow in chunks, never by copying everything into a twice larger block,
    // which for an initial copy of 100,000 files would double the peak memory.
    std::deque<PlanFolder> folders; // [0] is the root
    std::deque<PlanItem> copies; // Copy, Update, and the new side of Replace
    std::deque<PlanDeletion> deletions; // Delete, and the old side of Replace
    std::deque<PlanItem> permissionFixes; // unchanged files whose permission bits differ
    std::deque<PlanItem> sourceRemovals; // Move: unchanged files already in the target
    std::deque<PlanItem> temporaries; // leftovers of interrupted runs
    std::vector<SyncEntry> problems; // skipped entries and read errors found while scanning
    // The files and links inside the folders a Mirror deletes, listed only when the run lists
    // its entries (SyncJob::listEveryEntry), up to SyncJob::maxListedEntries: the user sees
    // every file that goes, not only the folder.
    std::deque<SyncEntry> filesInDeletedFolders;

    bool sourceReadError = false; // then no deletion is made
    std::int64_t sourceFiles = 0; // files and links taking part
    std::int64_t targetFiles = 0;
    std::int64_t filesToDelete = 0; // including those inside deleted folders
    std::int64_t bytesToCopy = 0;
    std::int64_t unchangedFiles = 0;

    // Makes an item of `action` in folder `folder`, its name (and link target) added to the
    // folder's block.
    PlanItem add(std::uint32_t folder, const Action &action, bool deferred)
    {
        QByteArray &names = folders[folder].names;
        PlanItem item{ folder,
                       std::uint32_t(names.size()),
                       std::uint32_t(action.name.size()),
                       action.kind,
                       deferred,
                       action.source,
                       action.target };
        names.append(action.name).append('\0');
        if (action.source.type == fsops::EntryType::Link)
            names.append(action.linkTarget).append('\0');
        return item;
    }

    // A copy, never a view into the block: what is made of it (a path in the report, an
    // error) may outlive the plan.
    QByteArray nameOf(const PlanItem &item) const
    {
        return QByteArray(folders[item.folder].names.constData() + item.nameAt,
                          qsizetype(item.nameSize));
    }
    // A link's target: after its name (a target never holds a '\0').
    QByteArray linkTargetOf(const PlanItem &item) const
    {
        if (item.source.type != fsops::EntryType::Link)
            return {};
        return QByteArray(folders[item.folder].names.constData() + item.nameAt + item.nameSize + 1);
    }
    // The item as the planner said it.
    Action actionOf(const PlanItem &item) const
    {
        return { nameOf(item), linkTargetOf(item), item.source, item.target, item.kind };
    }

    QByteArray pathOf(const PlanItem &item) const
    {
        const QByteArray &folder = folders[item.folder].path;
        return folder.isEmpty() ? nameOf(item) : folder + '/' + nameOf(item);
    }
};

} // namespace lts
