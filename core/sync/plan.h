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
    std::uint32_t parent = 0;
    QByteArray name;
    fsops::Stat source; // the source folder's permission bits and time
    bool create = false; // the target does not have it yet
    bool deferred = false; // it replaces another entry: created only after the deletions
    bool touched = false; // its time (and permission bits) are set at the end of the run
    bool modeDiffers = true; // the target's permission bits are not the source's
};

struct PlanItem
{
    std::uint32_t folder;
    Action action;
    bool deferred = false; // waits for the deletions (it replaces another entry)
    std::int64_t filesInside = 0; // deletions: the files it takes away (1 for a file)
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
    std::deque<PlanItem> deletions; // Delete, and the old side of Replace
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

    QByteArray pathOf(const PlanItem &item) const
    {
        const QByteArray &folder = folders[item.folder].path;
        return folder.isEmpty() ? item.action.name : folder + '/' + item.action.name;
    }
};

} // namespace lts
