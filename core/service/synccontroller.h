// SyncController: the service's one entry point, for the tray, the protocol and the tests. It
// puts its parts together and keeps them in step: the drive list (DriveRegistry), the runs
// waiting and going (RunQueue), what they leave behind (RunRecorder), what each drive is
// doing (StatusPublisher), and the schedule, with a signal for each event of protocol.md.
#pragma once

#include "availabilityprober.h"
#include "clock.h"
#include "credentialstore.h"
#include "driveregistry.h"
#include "drivewatches.h"
#include "passwordlookup.h"
#include "remotechecks.h"
#include "runqueue.h"
#include "runrecorder.h"
#include "scheduler.h"
#include "stallwatch.h"
#include "statuspublisher.h"
#include "syncengine.h"
#include "versionstore.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <functional>

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
        // The keychain the passwords of remote locations are kept in; the system's when empty.
        std::function<std::unique_ptr<Keychain>()> keychain;
        // Completes how servers are reached (RemoteAccess): the tray sets its relay of the
        // questions of keyboard-interactive logins (RemoteAccess::relay); the fuzzers let no
        // name or address resolve.
        std::function<void(RemoteAccess &)> adjustRemoteAccess;
        // Makes the watcher of a watched drive's source; the system's when empty.
        DriveWatches::WatcherFactory watcher;
    };

    // FollowsRun: the drive is running; one more run is queued to start when it ends.
    enum class StartOutcome { Started, Queued, FollowsRun, AlreadySyncing };

    static inline const QString unknownDrive = DriveRegistry::unknownDrive;
    static inline const QString alreadySyncing = QStringLiteral("Already Syncing");
    static inline const QString configNotSaved = DriveRegistry::configNotSaved;

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
    const DriveListModel &model() const { return m_status.model(); }
    DriveListModel &model() { return m_status.model(); }
    const Settings &settings() const { return m_drives.settings(); }
    QList<Drive> drives() const { return m_drives.drives(); }
    const RunHistory &history() const { return m_records.history(); }
    const RunDetails &runDetails() const { return m_records.details(); }
    Scheduler &scheduler() { return m_scheduler; }
    const DriveWatches &watches() const { return m_watches; }
    RunLog &log() { return m_log; }
    const QList<Error> &configProblems() const { return m_drives.problems(); }
    // Every look at a drive's folders: with the NetworkTimeout deadline, never on this thread.
    AvailabilityProber &prober() { return m_prober; }
    // The passwords of remote locations (SetPassword, the password command).
    CredentialStore &credentials() { return m_credentials; }
    // How the runs and the looks at folders reach remote locations.
    RemoteAccess remoteAccess() const;
    // Trusting a server's key, storing a password, testing and listing a remote location.
    RemoteChecks &remoteChecks() { return m_remoteChecks; }

    // Changes to the drive list, as DriveRegistry's add(), edit(), addLater() and editLater()
    // (which say how each is validated, where the disk is asked, and what a failed save does).
    DriveVerdict addDrive(const DecodedDrive &decoded);
    QList<DriveVerdict> addDrives(const QList<DecodedDrive> &drives);
    DriveVerdict editDrive(const QString &name, const QJsonObject &changes);
    DriveVerdict editDrive(const QString &name, const Drive &drive);
    QFuture<QList<DriveVerdict>> addDrivesLater(const QList<DecodedDrive> &drives);
    QFuture<DriveVerdict> editDriveLater(const QString &name, const QJsonObject &changes);
    QFuture<DriveVerdict> editDriveLater(const QString &name, const Drive &drive);
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
    // `verify`: a remote target is listed in full instead of trusting its index.
    Result<StartOutcome> syncNow(const QString &name, bool force = false,
                                 std::int64_t maxDeletions = -1, bool verify = false);
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
    void syncAllNow(bool force = false, bool verify = false);
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
    // The drive's Watching changed (DriveRuntime::watching, watchingReason).
    void watchingChanged(const QString &drive);
    // A run of the drive was refused for the key of a server the user has not trusted: the
    // protocol's TrustNeeded event, the tray's notification.
    void trustNeeded(const QString &drive, const lts::TrustWanted &trust);
    // By changeSettings() or an edit of config.json.
    void settingsChanged(const lts::Settings &settings);
    void stopped();

private:
    // The registry's changes, carried to the queue, the records, the schedule and the status.
    void onDriveAdded(const Drive &drive);
    void onDriveChanged(const Drive &previous, const Drive &drive);
    void onDriveRemoved(const Drive &drive);
    void onDrivesReloaded();
    // The watches follow the drive list, once start() was called.
    void watchDrives();
    void applySettings();
    // Asks the prober whether an unavailable drive's folders are back.
    void lookForDrive(const Drive &drive);
    SyncJob jobFor(const Drive &drive) const;
    // On the engine, or on the tests' stand-in for it.
    QFuture<SyncReport> runSync(SyncJob job);
    // `job` (a dry run) started by `run`, and given up like a run when a folder of the drive
    // stops answering (StallWatch): its future then holds a Failure naming the folder, at once.
    QFuture<SyncReport> watchedDryRun(const Drive &drive, SyncJob job,
                                      const std::function<QFuture<SyncReport>(SyncJob)> &run);
    QString identityFile(const Drive &drive) const;
    // The drives that run after `name` (their After), queued when its run went through.
    void runFollowers(const QString &name, RunResult result);

    // Declared in the order they are made: each part is given those above it.
    Environment m_env;
    SystemClock m_systemClock;
    const Clock &m_clock;
    RunLog m_log;
    CredentialStore m_credentials;
    std::shared_ptr<PasswordLookup> m_passwords; // detached from m_credentials when it goes
    AvailabilityProber m_prober;
    DriveRegistry m_drives;
    RunRecorder m_records;
    Scheduler m_scheduler;
    SyncEngine m_engine;
    SyncEngine m_previewEngine;
    DriveWatches m_watches;
    RunQueue m_runs; // before the engines are gone, it cuts off the runs' threads
    StatusPublisher m_status;
    RemoteChecks m_remoteChecks;
    bool m_watching = false; // between start() and stop()
};

} // namespace lts
