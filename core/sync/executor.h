// Executor: applies a Plan to the target with the safety rules: copies go to temporary
// names, reach the disk in batches, then take their final names only if the target did not
// change meanwhile; deletions come after all copies; the replaced and deleted files can be
// kept as versions.
#pragma once

#include "fsops.h"
#include "plan.h"
#include "progressreporter.h"
#include "syncjob.h"
#include "syncreport.h"
#include "targetindex.h"
#include "temporaryjournal.h"
#include "versionstore.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <array>
#include <atomic>
#include <optional>
#include <unordered_map>

namespace lts {

class Executor final
{
    Q_DECLARE_TR_FUNCTIONS(lts::Executor)

public:
    // With `index`, each entry the run changes is marked pending in it before the change and
    // recorded as the target now has it after (TargetIndex); used on the calling thread only.
    Executor(const SyncJob &job, const Plan &plan, const fsops::Folder &source,
             const fsops::Folder &target, const QDateTime &runStart, std::int64_t runStartNs,
             SyncReport &report, ProgressReporter &progress, std::function<bool()> canceled,
             TargetIndex *index = nullptr);

    void run();

    // The error that stopped the run (disk full, read-only target), if one did.
    const std::optional<Error> &fatalError() const { return m_fatalError; }
    // A temporary of the run could not be removed: its note stays in the target's journal.
    bool temporaryLeft() const { return m_temporaryLeft; }

private:
    struct CopyTask
    {
        const PlanItem *item = nullptr;
        QByteArray temporary;
        enum class State {
            Pending,
            Copied,
            ChangedDuringCopy,
            Failed,
            Done
        } state
                = State::Pending;
        fsops::Stat sourceBefore;
        bool flushed = false;
        Error error; // why the copy failed, or why it could not take its name
        // How the copy took its final name (name()), on a copy thread; finish() reports it.
        enum class Naming { NotTried, Named, ChangedInTarget, Failed } naming = Naming::NotTried;
        // The target's entry once named, where the target dates its copies itself (written()).
        std::optional<fsops::Stat> named;
    };

    void removeTemporaries();
    // Notes where the batch writes its temporaries before it writes them.
    void noteTemporaries(const std::vector<CopyTask> &tasks);
    // Removes a temporary of this run that will not take its name (on any copy thread).
    void dropTemporary(const fsops::Folder &folder, const QByteArray &name);
    void copy(bool deferred);
    // Copies, in batches that fit the room on the target's disk, those of `items` that fit;
    // returns the others.
    std::vector<const PlanItem *> copyFitting(const std::vector<const PlanItem *> &items);
    // The room on the target's disk for the copies of the next batch.
    std::int64_t roomForCopies();
    // What a copy takes on the disk until it is committed: all of it, whatever its size.
    std::int64_t spaceFor(const PlanItem &item) const;
    // Writes everything of the target's filesystem to the disk.
    Result<void> flushTarget() const;
    // Whether the run changes anything in the target (else there is nothing to flush).
    bool changesTarget() const;
    // The folder this run writes into, as the user named it.
    QString targetFolderName() const;
    // Stops the run for an error met on `path`: a full disk is said in words, naming the file.
    void stopFor(const Error &error, const QByteArray &path);
    void runBatch(std::vector<CopyTask> &tasks);
    void copyOne(CopyTask &task);
    // Whether the run writes to a server, where each request costs a round trip.
    bool writesToServer() const;
    // On a server: the small files of a batch, written in groups (one a copy thread) with
    // Folder::writeFiles, which sends a group's requests without waiting for each answer.
    void copySmallFiles(std::vector<CopyTask> &tasks);
    void copySmallGroup(const std::vector<CopyTask *> &group);
    // A small source file read whole, its stat the same before and after (read again once if
    // not); nullopt when it could not be read (Failed) or changed twice (ChangedDuringCopy).
    std::optional<QByteArray> readSmallSource(CopyTask &task);
    void failCopy(CopyTask &task, const Error &error);
    // On a server: names a group of copies with Folder::renameFiles (rule 6 as name() does).
    void nameGroup(const std::vector<CopyTask *> &group);
    // Whether the batch's copies may still take their names: the run goes on, or only a full
    // disk stopped it (the files copied whole need no more room).
    bool committing() const;
    // Whether the file a copy replaces is kept as a version first (on the run's thread only).
    bool keepsVersion(const CopyTask &task) const;
    // Gives a copy its final name if the target entry is still as the scan saw it (rule 6).
    // Touches nothing but the task and the target, so the batch's copies are named at once,
    // on the copy threads: one after the other, a server's round trips added up.
    void name(CopyTask &task);
    // Names the copy if it is not yet, and reports the outcome (on the run's thread).
    void finish(CopyTask &task);
    void fixPermissions();
    void deleteEntries();
    void createFolders(bool deferred);
    void removeCopiedSources(const std::vector<CopyTask> &tasks);
    void removeUnchangedSources();
    void removeEmptySourceFolders();
    void setFolderAttributes();
    void pruneVersions();
    void noteKeptVersions();
    // Whether the target still holds `path` (relative to its root).
    bool stillThere(const QByteArray &path) const;

    const fsops::Folder *targetFolder(std::uint32_t index);
    const fsops::Folder *sourceFolder(std::uint32_t index);
    Result<const fsops::Folder *> versionFolder(const QByteArray &folderPath);
    // Moves (or, for a file about to be replaced, hard-links) the target entry into this run's
    // versions; returns how many files of a folder stayed because they changed during the run.
    Result<std::int64_t> keepVersion(std::uint32_t folder, const Action &entry, bool replacing);
    void closeFolders();
    // Closes the open folders when there are many: each costs a file descriptor.
    void limitOpenFolders();
    // The target folder of `item` if its entry is still as the scan saw it (rule 6); else
    // null, after reporting it skipped with `leftAlone`, or setting `gone` if it is gone.
    const fsops::Folder *targetAsScanned(const PlanItem &item, const QString &leftAlone,
                                         bool *gone = nullptr);

    // What the target has under the name of a copy just committed: the source's entry, its
    // time as fine as the target keeps it; where the target sets its own times, what it says
    // (one more look).
    fsops::Entry written(const CopyTask &task) const;
    void indexFolder(std::uint32_t index);

    bool stopping() const;
    void fail(const QByteArray &path, const QString &reason);
    void skip(const QByteArray &path, const QString &reason);
    void stopWith(const Error &error);
    // Lists a change in the report (when the job asks for it, up to its limit).
    void record(SyncEntry::Action action, const QByteArray &path, const PlanItem &seen);
    void record(const SyncEntry &entry);

    const SyncJob &m_job;
    const Plan &m_plan;
    const fsops::Folder &m_source;
    const fsops::Folder &m_target;
    SyncReport &m_report;
    ProgressReporter &m_progress;
    std::function<bool()> m_canceled;

    QByteArray m_versionStamp; // the run's start, naming its versions folder
    VersionStore::KeptEntries m_keptVersions; // why each version of this run was kept
    // The run's versions folder, and the last folder versionFolder() gave (open: two file
    // descriptors on a disk).
    std::optional<fsops::Folder> m_versionRoot;
    std::optional<std::pair<QByteArray, fsops::Folder>> m_lastVersionFolder;
    std::array<std::int64_t, 6> m_listed{}; // entries listed in the report, per action
    std::int64_t m_runStartNs; // files changed since are never deleted
    std::vector<bool> m_created; // target folders this run created
    std::vector<bool> m_folderFailed; // target folders that could not be opened or created
    std::unordered_map<std::uint32_t, fsops::Folder> m_targetFolders; // open for the batch
    std::unordered_map<std::uint32_t, fsops::Folder> m_sourceFolders;
    std::optional<TemporaryJournal> m_journal; // none for a restore
    std::atomic_bool m_temporaryLeft{ false }; // a temporary of this run could not be removed
    bool m_deletionsDone = false;
    std::atomic_bool m_fatal{ false };
    std::atomic_bool m_diskFull{ false }; // what stopped the run is a full disk
    std::int64_t m_blockSize = 4096; // of the target's filesystem
    std::optional<Error> m_fatalError;
    TargetIndex *m_index;
    QThreadPool m_pool;
};

} // namespace lts
