// Planner: compares one folder of the source with the same folder of the target and says
// what to do with each entry. A pure function of the two sorted listings and the options:
// no I/O, so every rule of "Sync semantics" can be tested with listings made in memory.
#pragma once

#include "drive.h"
#include "excludematcher.h"
#include "fsops.h"
#include "temporarynames.h" // the engine's temporaries, named below it

#include <QByteArray>
#include <QSet>

#include <vector>

namespace lts {

// Which entries take part in a run: not excluded, not hidden when hidden ones are left out,
// never the application's own folder at the target's root, and, when the run is given chosen
// paths, only those, what they hold and the folders that lead to them.
class EntryFilter final
{
public:
    EntryFilter(const QStringList &exclude, bool hidden, const QStringList &onlyPaths = {});

    // `folderPath`: the folder holding the entry, relative to the root ("" for the root).
    bool takesPart(const QByteArray &folderPath, const QByteArray &name, bool isFolder) const;

    static inline const QByteArray appFolderName = QByteArrayLiteral(".letthatsyncin");

private:
    bool chosen(const QByteArray &path, bool isFolder) const;

    ExcludeMatcher m_exclude;
    bool m_hidden;
    QSet<QByteArray> m_chosen; // the chosen paths; empty: every path
    QSet<QByteArray> m_leadingFolders; // the folders above a chosen path
};

enum class ActionKind : std::uint8_t {
    Copy, // a file or link the target does not have
    Update, // a file or link that differs, replaced in place
    CreateFolder, // a folder the target does not have: created, then filled
    EnterFolder, // a folder both have: compared in turn
    Delete, // Mirror: an entry only the target has
    Replace, // Mirror: the target has another kind of entry: deleted, then replaced
    RemoveFromSource, // Move: an unchanged file, already in the target, leaves the source
    SkipSpecial, // a socket, device or pipe in the source
    SkipConflict, // Update and Move: a file where the target has a folder, or the reverse
    RemoveTemporary, // a temporary (of any type) an interrupted run left behind
    SetPermissions, // the same file in both, but with other permission bits in the target
};

struct Action
{
    QByteArray name;
    QByteArray linkTarget; // the source link's target
    fsops::Stat source; // when the source has the entry
    fsops::Stat target; // when the target has it
    ActionKind kind;
};

struct FolderPlan
{
    std::vector<Action> actions;
    std::int64_t unchangedFiles = 0;
    std::int64_t unchangedBytes = 0;
};

struct PlanOptions
{
    SyncMode mode = SyncMode::Mirror;
    bool coarseTimes = false; // FAT and exFAT keep times to 2 seconds
    // A restore: only what the target lacks is copied; a file both have is left as it is,
    // even when they differ (never overwritten), and so are its permission bits.
    bool onlyMissing = false;
    // Both locations keep permission bits (Capabilities): where one does not, bits that differ
    // are no change to make.
    bool permissionBits = true;
};

bool sameFile(const fsops::Stat &source, const fsops::Stat &target, bool coarseTimes);

FolderPlan planFolder(const std::vector<fsops::Entry> &source,
                      const std::vector<fsops::Entry> &target, const QByteArray &folderPath,
                      const EntryFilter &filter, const PlanOptions &options);

} // namespace lts
