// SyncJob: everything one run of the engine needs to know: the two roots, the drive's
// options, the safety settings, and where to report progress.
#pragma once

#include "drive.h"
#include "location.h"
#include "locationfactory.h"
#include "result.h"
#include "serverlease.h"
#include "settings.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lts {

struct SyncProgress
{
    std::int64_t filesDone = 0;
    std::int64_t filesTotal = 0;
    std::int64_t bytesDone = 0;
    std::int64_t bytesTotal = 0;
    QString currentFile; // relative to the root
    bool scanning = false; // still comparing the trees; the totals grow

    friend bool operator==(const SyncProgress &, const SyncProgress &) = default;
};

// Asks a run to stop; unlike QFuture::cancel(), the run's report is still delivered.
class CancelToken
{
public:
    void cancel() const;
    bool isCanceled() const { return m_state->canceled.load(); }
    // Calls `close` when the run is cancelled (at once if it is already): it closes what a
    // call of the run may be waiting on (a server's socket), so the call returns.
    void whenCanceled(std::function<void()> close) const;

private:
    struct State
    {
        std::atomic_bool canceled = false;
        std::mutex mutex;
        std::vector<std::function<void()>> closers;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

struct SyncJob
{
    QString source;
    QString target;
    // Where the two roots are; when null, the local folders `source` and `target`. A remote
    // root is closed when the run is cancelled.
    std::shared_ptr<const Location> sourceLocation;
    std::shared_ptr<const Location> targetLocation;
    std::shared_ptr<const Location> sourceAt() const
    {
        return sourceLocation ? sourceLocation : Location::local(source);
    }
    std::shared_ptr<const Location> targetAt() const
    {
        return targetLocation ? targetLocation : Location::local(target);
    }
    SyncMode mode = SyncMode::Mirror;
    QStringList exclude;
    bool hidden = true;
    double versions = 30; // days to keep overwritten and deleted files; 0 keeps none

    // Restore: the other way round. Files the target has and the source lacks are copied back
    // into the source; nothing is overwritten, nothing deleted, anywhere. The target keeps its
    // lock; `versions` and the safety refusals do not apply.
    bool restore = false;
    // When not empty, only these paths (relative to the roots, '/'-separated) and what is
    // inside them take part; used by a restore of chosen files.
    QStringList onlyPaths;

    // A run after a change the source announced (a watched drive): only these folders of the
    // source and the target are listed ('/'-separated, relative to the roots; "" is the root),
    // with the folders that lead to them, and the folders the run creates; no other folder is
    // entered. The safety rules count `targetFiles` (the target's files after the last run)
    // for the folders not listed. Ignored for a target with an index (it is cheap to list).
    struct ChangedFolders
    {
        QList<QByteArray> folders;
        std::int64_t targetFiles = 0;
    };
    std::optional<ChangedFolders> changedOnly;

    bool dryRun = false; // plan only: nothing is written anywhere
    bool force = false; // pass the refusals of the safety rules (deletion limit, changed volume,
                        // empty source, a first mirror into a target holding other files)
    // With `force`: the most files the run may delete, as the user saw and confirmed them; a
    // plan that would now delete more is refused again. Negative: no bound (scripts, --force).
    std::int64_t maxForcedDeletions = -1;
    int maxDeletePercent = 50;
    int copyThreads = 4;
    Durability durability = Durability::Batch;

    // Where the volume identity of this pair is recorded (data folder); empty: not checked.
    QString identityFile;
    // The target's index (TargetIndex), for a target that is slow to list (remote): a run
    // takes the target's listings from it while it is clean and younger than `verifyDays`, and
    // lists the target in full otherwise. Empty: the target is listed every run.
    QString indexFile;
    // Where the lock of a target that is not on this computer is kept, on this computer (a
    // target on a local disk keeps its lock in its own .letthatsyncin folder); empty: none.
    QString remoteLockFile;
    // The lock on a server (ServerLease); tests shorten it.
    LeaseTiming leaseTiming;
    int verifyDays = 7;
    // List the target in full whatever the index says, and rebuild the index from it.
    bool verify = false;
    // A scheduled run of the application: its threads yield the CPU to the user interface
    // and the WebSocket server (fsops::runInBackground). Off for `letthatsyncin sync`.
    bool background = false;
    // Whether the report lists every entry; failures and skips are always listed.
    bool listEveryEntry = true;
    // The most entries of each kind (added, updated, deleted) the report lists beside failures
    // and skips (0: no limit), so a run that copies a million files does not hold a million
    // paths for its history.
    std::int64_t maxListedEntries = 0;

    // Called on the engine's threads, at most ten times a second.
    std::function<void(const SyncProgress &)> onProgress;
    CancelToken cancel;
    // Called once the trees are compared and the safety rules passed, before any change.
    std::function<void()> onScanned;

    // Fault injection, for tests only (all empty in the application): what the target's
    // filesystem says in cases a test cannot bring about. Each, when set, is asked where the
    // engine would rely on the filesystem's answer, and an answer it gives replaces it.
    struct TestFaults
    {
        // The error a flush of the target (syncfs) meets, as network and FUSE filesystems
        // report ENOSPC or EIO only at writeback.
        std::function<std::optional<Error>()> flush;
        // The error met once the file at `path` (relative to the root) was copied, as NFS
        // reports a full disk only when the file is closed.
        std::function<std::optional<Error>(const QByteArray &path)> copied;
        // The bytes the target's disk says are free (mounts that report none).
        std::function<std::optional<std::int64_t>()> available;
    } testFaults;
};

// The one job factory: a run of `drive` with the application's `settings`, as the tray, the
// service and `sync --drive` all start it. `dataFolder` keeps the pair's volume identity. The
// callers add only what is theirs (a dry run, a forced run, how much the report lists).
// The lock file, in the data folder, of runs writing to the remote folder `target`.
QString remoteLockFileFor(const QString &dataFolder, const QString &target);

// `access` reaches the remote locations among the drive's source and target.
SyncJob syncJobFor(const Drive &drive, const Settings &settings, const QString &dataFolder,
                   const RemoteAccess &access = {});

} // namespace lts
