// RunQueue: the runs waiting and the runs going. It starts them (a limited number at once, one
// per drive, never two on one target volume, never two drives of one chain), relays their
// progress to this thread, gives up
// a run whose folders stop answering (StallWatch), cancels and abandons runs, and hands each
// ended run on to be recorded. A request for a drive that runs queues one follow-up run.
#pragma once

#include "availabilityprober.h"
#include "clock.h"
#include "driveregistry.h"
#include "runrecorder.h"
#include "stallwatch.h"
#include "syncengine.h"
#include "transferrate.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace lts {

class RunQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunQueue)

public:
    struct Environment
    {
        const DriveRegistry &drives;
        AvailabilityProber &prober;
        const Clock &clock;
        // Starts one run.
        std::function<QFuture<SyncReport>(SyncJob)> runSync;
        // The job of a drive's run, before the request's own options (force, restore...).
        std::function<SyncJob(const Drive &)> jobFor;
        // The volume of a target, answered at once (the tests' disks); when empty, the prober
        // looks at the folder and the run waits in the queue for the answer.
        std::function<QString(const QString &folder)> volumeOf;
        // Whether a folder of a run that makes no progress still answers; StallWatch's own
        // look when empty.
        StallWatch::Look lookAt;
        // The target's files after the drive's last run, for a run of changed folders; without
        // an answer, such a run looks at the whole tree.
        std::function<std::optional<std::int64_t>(const QString &name)> targetFiles;
    };

    struct Request
    {
        QString name;
        bool force = false;
        std::int64_t maxDeletions = -1; // with force: the deletions the user saw and confirmed
        bool restore = false;
        QStringList paths; // of a restore; empty: every file
        bool verify = false; // list a remote target in full, whatever its index says
        // After a change the source announced: only these folders (SyncJob::changedOnly);
        // none: the whole tree.
        std::optional<QList<QByteArray>> changedFolders = std::nullopt;
        // The next drive of a chain, after the one before went through: it goes ahead of the
        // queue, so no other drive of its chain changes the files in between.
        bool follower = false;
    };

    // A run going, as the status shows it.
    struct Run
    {
        QDateTime started;
        bool restore = false;
        std::optional<SyncProgress> progress;
        std::optional<double> bytesPerSecond;
    };

    explicit RunQueue(Environment environment, QObject *parent = nullptr);
    // Cuts the runs off (their threads reach nothing of this queue any more) and waits for
    // them a moment (SyncEngine::cancelGrace): one stuck in the kernel is left behind.
    ~RunQueue() override;

    // Queued, and started when its turn comes; a request for a drive that already waits joins
    // that run (a forced one makes it forced). Ignored once stop() was called.
    void enqueue(Request request);
    // True when a run was stopped or taken out of the queue (a follow-up too).
    bool cancel(const QString &name);
    // Takes the queued runs out and cancels those going; stopped() once none is left.
    void stop();
    // Accepts requests again after stop().
    void start() { m_stopping = false; }
    // Starts the runs whose turn has come (after a run ended, or the limit changed).
    void dispatch();

    // The drive's entry changed (saved): its waiting run follows it.
    void driveChanged(const Drive &previous, const Drive &drive);
    // The drive is gone: its queued run is dropped, its run cancelled (and still recorded).
    void driveRemoved(const QString &name);

    std::optional<Run> running(const QString &name) const;
    bool isQueued(const QString &name) const { return queuePosition(name) >= 0; }
    bool isBusy(const QString &name) const { return activeRun(name) || isQueued(name); }

Q_SIGNALS:
    void started(const QString &drive, bool restore, const QDateTime &when);
    void progressed(const QString &drive, const lts::SyncProgress &progress);
    // Before the drive's next run can start.
    void ended(const lts::EndedRun &run, const lts::SyncReport &report);
    // The drive's place in the queue or its run changed: its status may have too.
    void changed(const QString &drive);
    // After stop(): no run is left.
    void stopped();

private:
    // What a run's threads call back through: closed when the run ends or is abandoned, so a
    // thread that wakes up later reaches nothing of the queue.
    struct Relay
    {
        std::mutex mutex;
        bool open = true;
    };
    struct ActiveRun
    {
        quint64 id = 0;
        QString name; // follows renames
        bool restore = false;
        bool wholeRestore = false; // every file: a sync follows when it succeeds
        std::optional<QString> volume; // of its target; empty while the prober looks
        QDateTime started;
        CancelToken cancel;
        std::optional<SyncProgress> progress;
        TransferRate rate;
        bool stoppedByShutdown = false;
        bool driveRemoved = false;
        std::unique_ptr<QFutureWatcher<SyncReport>> watcher;
        std::shared_ptr<Relay> relay;
        std::unique_ptr<StallWatch> stall; // gives the run up when a folder stops answering
    };
    struct QueuedRun
    {
        Request request;
        // The target's volume, found once when the run is queued (and again when the target
        // changes): dispatch() compares it for every waiting run each time a run ends. While
        // the prober looks for it, the run starts only if no other runs.
        std::optional<QString> volume;
    };

    // The volume of the target of the drive's queued or running run, for dispatch().
    void findVolume(const QString &name);
    void startRun(const Drive &drive, const QueuedRun &queued);
    void onProgress(quint64 id, const SyncProgress &progress);
    void runEnded(quint64 id);
    // Asks the run to stop; abandons it if it has not ended after SyncEngine::cancelGrace.
    void cancelRun(ActiveRun &run);
    // Ends the run now, as `result`, without waiting for its thread: it may be stuck in the
    // kernel. Its volume is free again. `unavailable`: one of its folders did not answer.
    void abandonRun(quint64 id, RunResult result, const QString &code, const QString &message,
                    bool unavailable = false);
    void closeRun(quint64 id, SyncReport report);
    void stopWhenIdle();

    ActiveRun *activeRun(const QString &name);
    const ActiveRun *activeRun(const QString &name) const;
    qsizetype queuePosition(const QString &name) const;

    Environment m_env;
    std::map<quint64, ActiveRun> m_active;
    QList<QueuedRun> m_queue;
    quint64 m_nextRunId = 1;
    bool m_stopping = false;
};

} // namespace lts
