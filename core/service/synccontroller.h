// SyncController: the one place that starts engine runs. It owns the drive list and its
// saving, queues the runs the scheduler and the user ask for (a limited number at once, one
// per drive, never two on one target volume), and records every finished run in the drive's
// state, the history and the log, with a signal for each event of protocol.md.
#pragma once

#include "availabilityprober.h"
#include "clock.h"
#include "configstore.h"
#include "configwatcher.h"
#include "drivelistmodel.h"
#include "drivestate.h"
#include "drivevalidator.h"
#include "rundetails.h"
#include "runhistory.h"
#include "runlog.h"
#include "scheduler.h"
#include "stallwatch.h"
#include "syncengine.h"
#include "versionstore.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace lts {

class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    // What the controller runs against; tests replace the engine, the clock and the disks.
    struct Environment
    {
        QString configFolder;
        QString dataFolder;
        const Clock *clock = nullptr; // the system clock when null
        // Starts one run; the SyncEngine when empty.
        std::function<QFuture<SyncReport>(SyncJob)> runSync;
        // The volume a folder is on (two runs never write to one volume at once), answered at
        // once on this thread (the tests' disks); when empty, the prober looks at the folder
        // (the mounted filesystem of it or of its nearest existing parent) and the run waits
        // in the queue for the answer.
        std::function<QString(const QString &folder)> volumeOf;
        // Whether a drive's folders are there; SyncEngine::rootsAvailable when empty. Runs on
        // the prober's threads, with its deadline.
        std::function<bool(const SyncJob &)> rootsAvailable;
        // Whether a folder of a run that makes no progress still answers (StallWatch);
        // StallWatch::lookAt when empty.
        StallWatch::Look lookAt;
    };

    // FollowsRun: the drive is running; one more run is queued to start when it ends.
    enum class StartOutcome { Started, Queued, FollowsRun, AlreadySyncing };

    static inline const QString unknownDrive = QStringLiteral("Unknown Drive");
    static inline const QString alreadySyncing = QStringLiteral("Already Syncing");
    static inline const QString configNotSaved = QStringLiteral("Config Not Saved");

    explicit SyncController(Environment environment, QObject *parent = nullptr);
    ~SyncController() override;

    // Reads the config, the state and the history. Fails only when the config cannot be used
    // at all (unreadable, or from a newer version); its smaller problems go to the log.
    Result<void> load();
    // Starts the schedule: drives due now run, missed runs are caught up.
    void start();
    // Cancels the runs, saves the state and emits stopped() once every run has ended or, stuck
    // in a call to a folder that does not answer, has been abandoned (SyncEngine::cancelGrace).
    void stop();

    // Views may hold it; only the controller changes it (its setters are private).
    const DriveListModel &model() const { return m_model; }
    DriveListModel &model() { return m_model; }
    const Settings &settings() const { return m_config.settings; }
    QList<Drive> drives() const { return m_config.drives; }
    const RunHistory &history() const { return m_history; }
    const RunDetails &runDetails() const { return m_runDetails; }
    Scheduler &scheduler() { return m_scheduler; }
    RunLog &log() { return m_log; }
    const QList<Error> &configProblems() const { return m_store.problems(); }
    // Every look at a drive's folders: with the NetworkTimeout deadline, never on this thread.
    AvailabilityProber &prober() { return m_prober; }

    // Validated against the other drives and the disk, saved, and only then applied. A save
    // that fails comes back as a "Config Not Saved" error, and nothing changes. These ask the
    // disk on the calling thread, as long as it takes (tests, tools); the protocol and the
    // tray use the ...Later ones.
    DriveVerdict addDrive(const DecodedDrive &decoded);
    // Several at once (AddDrive): each validated against the drives before it, and the list
    // saved once for them all. One verdict per drive, in their order.
    QList<DriveVerdict> addDrives(const QList<DecodedDrive> &drives);
    // `changes`: the fields to change (a "Name" renames); the others keep their value.
    DriveVerdict editDrive(const QString &name, const QJsonObject &changes);
    DriveVerdict editDrive(const QString &name, const Drive &drive);

    // The same, with the disk asked on the prober: the verdicts come once the folders have
    // answered, and are then judged and saved on this thread. A folder that does not answer
    // within the deadline is an error naming it ("The target /mnt/nas/backup did not answer
    // within 30 seconds."), and nothing is saved. An edit that changes neither the source nor
    // the target asks no disk: its verdict is ready at once.
    QFuture<QList<DriveVerdict>> addDrivesLater(const QList<DecodedDrive> &drives);
    QFuture<DriveVerdict> editDriveLater(const QString &name, const QJsonObject &changes);
    QFuture<DriveVerdict> editDriveLater(const QString &name, const Drive &drive);
    // The same with the answers the caller has already had from the prober (the editor, which
    // looks at its folders as the user types): judged and saved at once, asking no disk. A
    // folder without an answer is judged by its fields; one that did not answer is an error.
    QList<DriveVerdict> addDrives(const QList<DecodedDrive> &drives,
                                  const QHash<QString, LocationProbe> &looked);
    DriveVerdict editDrive(const QString &name, const Drive &drive,
                           const QHash<QString, LocationProbe> &looked);
    // A running sync of the drive is cancelled first; no file is touched.
    Result<void> removeDrive(const QString &name);

    // `force` passes the safety refusals; `maxDeletions` (with force) is the number of
    // deletions the user saw and confirmed: a run that would delete more is refused again.
    // While the drive runs, one follow-up run is queued (FollowsRun); the requests that come
    // meanwhile join it, and a forced one makes it forced, never the run already going.
    Result<StartOutcome> syncNow(const QString &name, bool force = false,
                                 std::int64_t maxDeletions = -1);
    // Copies back into the drive's source what its target has and the source lacks (all of
    // it, or `paths`), never overwriting. A whole restore that succeeds is followed by a
    // sync of the drive, which then deletes nothing.
    Result<StartOutcome> restore(const QString &name, const QStringList &paths = {});
    // What a run would do now, every file (a dry run that passes the refusals); it runs on
    // the engine's threads.
    Result<QFuture<SyncReport>> plan(const QString &name);
    // The versions kept in the drive's target, on a worker thread; with `path`, only those
    // of that file or folder.
    Result<QFuture<Result<QList<VersionStore::Version>>>> listVersions(const QString &name,
                                                                       const QString &path = {});
    // Puts a version back into the target (or the source), never overwriting; the future
    // holds the path it was restored to. Refused while the drive syncs.
    Result<QFuture<Result<QString>>> restoreVersion(const QString &name, const QString &path,
                                                    const QDateTime &kept, bool intoSource);
    // The user has seen the drive's refusal: the tray stops asking about it until a refusal
    // with other facts comes. Saved.
    Result<void> dismissRefusal(const QString &name);
    // Every enabled drive.
    void syncAllNow(bool force = false);
    // True when a run was stopped or taken out of the queue (a follow-up too); false when
    // there was none. A run stuck in a call to a folder that does not answer is abandoned and
    // reported Cancelled after SyncEngine::cancelGrace.
    Result<bool> cancel(const QString &name);
    // Pause (false) or resume (true); saved as the drive's Enabled.
    Result<void> setEnabled(const QString &name, bool enabled);

    bool isActive(const QString &name) const;

    // Saves the settings and applies them; a save that fails changes nothing. The WebSocket
    // settings take effect at the next start.
    Result<void> changeSettings(const Settings &settings);
    // A dry run of `drive` that lists every entry and passes the safety refusals, so the user
    // sees what a forced run would do ("Preview", "Review").
    SyncJob previewJob(const Drive &drive) const;
    // Starts that dry run on an engine of its own (a preview never waits for the runs, nor they
    // for it); `cancel` stops it. The drive need not be in the list yet (the editor's check).
    QFuture<SyncReport> preview(const Drive &drive, const CancelToken &cancel,
                                std::function<void(const SyncProgress &)> onProgress = {},
                                bool listFiles = true);

Q_SIGNALS:
    void syncStarted(const QString &drive);
    void syncProgress(const QString &drive, const lts::SyncProgress &progress);
    // `run`: the protocol's run object, with "Drive".
    void syncFinished(const QString &drive, const QJsonObject &run);
    void driveAdded(const lts::Drive &drive);
    void driveChanged(const QString &previousName, const lts::Drive &drive);
    void driveRemoved(const QString &drive);
    void statusChanged(const QString &drive, lts::DriveStatus status);
    // By changeSettings() or an edit of config.json.
    void settingsChanged(const lts::Settings &settings);
    void stopped();

private:
    // What a run's threads call back through: closed when the run ends or is abandoned, so a
    // thread that wakes up later reaches nothing of the controller.
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
        QString name;
        bool force = false;
        std::int64_t maxDeletions = -1;
        bool restore = false;
        QStringList paths; // of a restore; empty: every file
        // The target's volume, found once when the run is queued (and again when the target
        // changes): dispatch() compares it for every waiting run each time a run ends. While
        // the prober looks for it, the run starts only if no other runs.
        std::optional<QString> volume;
    };
    // What the prober found of the folders of drives being added or edited.
    struct Looks
    {
        QHash<QString, LocationProbe> fresh; // by normalised path
        const AvailabilityProber *prober = nullptr; // null: the validator asks the disk itself

        DriveValidator::FactsLookup lookup() const;
        // An error for each folder of the drive that did not answer.
        void refuseUnanswered(DriveVerdict &verdict) const;
    };

    QList<DriveVerdict> addChecked(const QList<DecodedDrive> &drives, const Looks &looks);
    DriveVerdict applyEdit(const QString &name, DecodedDrive decoded, const Looks &looks);
    QFuture<DriveVerdict> editLater(const QString &name, DecodedDrive decoded);
    // Fresh looks at the folders, all at once; ready when each has answered or timed out.
    QFuture<QHash<QString, LocationProbe>> lookAt(const QStringList &locations);
    // Asks the prober whether an unavailable drive's folders are back.
    void lookForDrive(const Drive &drive);
    // The volume of the target of the drive's queued or running run, for dispatch().
    void findVolume(const QString &name);
    Result<void> saveConfig(const Config &config);
    void applySettings();
    void reloadConfig(bool exists);
    void setDrives(const QList<Drive> &drives);

    void enqueue(QueuedRun run);
    void dispatch();
    void startRun(const Drive &drive, const QueuedRun &queued);
    void runEnded(quint64 id);
    // Asks the run to stop; abandons it if it has not ended after SyncEngine::cancelGrace.
    void cancelRun(ActiveRun &run);
    // Ends the run now, as `result`, without waiting for its thread: it may be stuck in the
    // kernel. Its volume is free again.
    void abandonRun(quint64 id, RunResult result, const QString &code, const QString &message);
    void closeRun(quint64 id, SyncReport report);
    void recordRun(const QString &name, const ActiveRun &run, const SyncReport &report);
    SyncJob jobFor(const Drive &drive) const;

    ActiveRun *activeRun(const QString &name);
    const ActiveRun *activeRun(const QString &name) const;
    qsizetype queuePosition(const QString &name) const;
    // A refusal with the same facts as the one the drive already stands at: told once.
    bool repeatsRefusal(const QString &name, const SyncReport &report) const;
    const Drive *findDrive(const QString &name) const;
    void refresh(const QString &name);
    void refreshAll();
    void finishStopWhenIdle();
    void forgetDrive(const QString &name);
    void saveState();
    void applyChangedDrive(const Drive &previous, const Drive &drive);
    QString identityFile(const Drive &drive) const;

    Environment m_env;
    SystemClock m_systemClock;
    const Clock &m_clock;
    ConfigStore m_store;
    Config m_config;
    StateStore m_states;
    RunHistory m_history;
    RunDetails m_runDetails;
    RunLog m_log;
    DriveListModel m_model;
    Scheduler m_scheduler;
    ConfigWatcher m_configWatcher;
    AvailabilityProber m_prober;
    SyncEngine m_engine;
    SyncEngine m_previewEngine;
    QThreadPool m_versionTasks; // listing and restoring versions: disk work, off this thread
    std::map<quint64, ActiveRun> m_active;
    QList<QueuedRun> m_queue;
    QHash<QString, DriveStatus> m_statuses; // as last announced by statusChanged()
    quint64 m_nextRunId = 1;
    bool m_stopping = false;
};

} // namespace lts
