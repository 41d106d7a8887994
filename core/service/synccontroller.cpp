#include "synccontroller.h"

#include "detachedthreads.h"
#include "drivechains.h"
#include "planner.h"
#include "remotefacts.h"
#include "volumeidentity.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLockFile>
#include <QPromise>

#include <chrono>

namespace lts {

SyncController::SyncController(Environment environment, QObject *parent)
    : QObject(parent)
    , m_env(std::move(environment))
    , m_clock(m_env.clock ? *m_env.clock : m_systemClock)
    , m_log(m_env.dataFolder)
    , m_credentials(m_env.configFolder, std::chrono::seconds(Settings().networkTimeoutSeconds),
                    m_env.keychain ? m_env.keychain() : std::make_unique<SystemKeychain>())
    , m_passwords(std::make_shared<PasswordLookup>(&m_credentials))
    , m_prober(std::chrono::seconds(Settings().networkTimeoutSeconds))
    , m_drives(m_env.configFolder, m_prober, m_log)
    , m_records(m_env.dataFolder, m_log, m_clock)
    , m_scheduler(m_clock, m_records.states())
    , m_watches(m_env.watcher, [this](const QString &line) { m_log.writeMessage(line); })
    , m_runs({ m_drives, m_prober, m_clock, [this](SyncJob job) { return runSync(std::move(job)); },
               [this](const Drive &drive) { return jobFor(drive); }, m_env.volumeOf, m_env.lookAt,
               [this](const QString &name) { return m_watches.targetFiles(name); } })
    , m_status(m_drives, m_records.states(), m_runs, m_scheduler)
    , m_remoteChecks(*this)
{
    if (!m_env.rootsAvailable)
        m_env.rootsAvailable = &SyncEngine::rootsAvailable;

    connect(&m_drives, &DriveRegistry::driveAdded, this, &SyncController::onDriveAdded);
    connect(&m_drives, &DriveRegistry::driveChanged, this, &SyncController::onDriveChanged);
    connect(&m_drives, &DriveRegistry::driveRemoved, this, &SyncController::onDriveRemoved);
    connect(&m_drives, &DriveRegistry::reloaded, this, &SyncController::onDrivesReloaded);
    connect(&m_drives, &DriveRegistry::settingsChanged, this, [this](const Settings &settings) {
        applySettings();
        Q_EMIT settingsChanged(settings);
    });

    connect(&m_runs, &RunQueue::started, this,
            [this](const QString &name, bool restore, const QDateTime &when) {
                if (!restore) { // a restore is not a sync: the drive keeps its rhythm
                    m_records.started(name, when);
                    m_watches.runStarted(name);
                }
                Q_EMIT syncStarted(name);
            });
    connect(&m_runs, &RunQueue::progressed, this,
            [this](const QString &name, const SyncProgress &progress) {
                m_status.refresh(name);
                Q_EMIT syncProgress(name, progress);
            });
    connect(&m_runs, &RunQueue::ended, this, [this](const EndedRun &run, const SyncReport &report) {
        const QJsonObject ended = m_records.ended(run, report);
        if (!run.restore)
            m_watches.runEnded(run.name, report);
        Q_EMIT syncFinished(run.name, ended);
        if (!run.restore && !run.driveRemoved && !run.stoppedByShutdown)
            runFollowers(run.name, report.result);
        // Told once, like the refusal it comes with.
        if (report.untrustedKey && !ended.value(QStringLiteral("Repeated")).toBool())
            Q_EMIT trustNeeded(run.name,
                               TrustWanted{ report.untrustedLocation, *report.untrustedKey });
    });
    connect(&m_runs, &RunQueue::changed, this, [this](const QString &name) {
        // A drive waiting or running is not made due again meanwhile.
        m_scheduler.setBusy(name, m_runs.isBusy(name));
        m_status.refresh(name);
    });
    connect(&m_runs, &RunQueue::stopped, this, [this] {
        m_records.saveStates();
        Q_EMIT stopped();
    });
    connect(&m_status, &StatusPublisher::statusChanged, this, &SyncController::statusChanged);
    m_status.setWatches(&m_watches);
    connect(&m_watches, &DriveWatches::stateChanged, this, [this](const QString &name) {
        if (!m_drives.find(name))
            return; // removed: DriveRemoved tells it
        m_status.refresh(name);
        Q_EMIT watchingChanged(name);
    });
    // A change in a watched source, once it has settled: a run of the folders that changed.
    connect(&m_watches, &DriveWatches::runWanted, this,
            [this](const QString &name, const std::optional<QList<QByteArray>> &folders) {
                RunQueue::Request request{ name, false, -1, false, {} };
                request.changedFolders = folders;
                m_runs.enqueue(std::move(request));
            });

    m_scheduler.setAvailabilityCheck([this](const Drive &drive) { lookForDrive(drive); });
    connect(&m_scheduler, &Scheduler::due, this, [this](const QString &name) {
        m_runs.enqueue({ name, false, -1, false, {} });
    });
    connect(&m_scheduler, &Scheduler::ticked, &m_status, &StatusPublisher::refreshAll);
    connect(&m_scheduler, &Scheduler::wokeUp, this, [this](std::chrono::milliseconds jump) {
        m_log.writeMessage(tr("The clock moved %n minute(s) more than the time that passed (the "
                              "computer slept, or the clock was set): missed runs start shortly.",
                              nullptr, int(jump.count() / 60000)));
    });
    connect(&m_scheduler, &Scheduler::clockSetBack, this, [this](std::chrono::milliseconds jump) {
        m_log.writeMessage(tr("The clock was set back by %n minute(s); no drive waits longer than "
                              "its interval because of it.",
                              nullptr, int(jump.count() / 60000)));
    });
}

SyncController::~SyncController()
{
    m_passwords->detach(); // runs left behind find no store
}

Result<void> SyncController::load()
{
    if (Result<void> loaded = m_drives.load(); !loaded)
        return loaded;
    QStringList names;
    for (const Drive &drive : m_drives.drives())
        names.append(drive.name);
    m_records.load(names);
    applySettings();
    m_scheduler.setDrives(m_drives.drives());
    m_status.resetDrives();
    return {};
}

void SyncController::start()
{
    m_runs.start();
    m_watching = true;
    m_watches.setDrives(m_drives.drives());
    m_log.enforceCap();
    m_scheduler.start();
}

void SyncController::stop()
{
    m_watching = false;
    m_watches.setDrives({});
    m_runs.stop();
}

void SyncController::applySettings()
{
    const Settings &settings = m_drives.settings();
    m_log.setLevel(settings.logLevel);
    m_log.setMaxBytes(qint64(settings.logMaxMiB) << 20);
    m_scheduler.setCatchUpDelay(std::chrono::seconds(settings.catchUpDelaySeconds));
    m_watches.setDelay(std::chrono::milliseconds(qRound64(settings.watchDelaySeconds * 1000)));
    m_prober.setDeadline(std::chrono::seconds(settings.networkTimeoutSeconds));
    // Folders on servers are looked at by connecting, with these settings' deadlines.
    for (const char *scheme : { "sftp", "dav", "davs", "webdav", "webdavs", "ftp", "ftpes", "ftps",
                                "post+https", "post+http" }) {
        m_prober.setFactsCheck(QString::fromLatin1(scheme),
                               [access = remoteAccess()](const QString &location) {
                                   return remoteFacts(location, access);
                               });
    }
    m_credentials.setDeadline(std::chrono::seconds(settings.networkTimeoutSeconds));
    m_runs.dispatch(); // the number of runs at once may have grown
}

Result<void> SyncController::changeSettings(const Settings &settings)
{
    return m_drives.changeSettings(settings);
}

// ---- the drive list

DriveVerdict SyncController::addDrive(const DecodedDrive &decoded)
{
    return addDrives({ decoded }).constFirst();
}

QList<DriveVerdict> SyncController::addDrives(const QList<DecodedDrive> &drives)
{
    return m_drives.add(drives);
}

QList<DriveVerdict> SyncController::addDrives(const QList<DecodedDrive> &drives,
                                              const QHash<QString, LocationProbe> &looked)
{
    return m_drives.add(drives, looked);
}

QFuture<QList<DriveVerdict>> SyncController::addDrivesLater(const QList<DecodedDrive> &drives)
{
    return m_drives.addLater(drives);
}

DriveVerdict SyncController::editDrive(const QString &name, const QJsonObject &changes)
{
    return m_drives.edit(name, changes);
}

DriveVerdict SyncController::editDrive(const QString &name, const Drive &drive)
{
    return m_drives.edit(name, drive);
}

DriveVerdict SyncController::editDrive(const QString &name, const Drive &drive,
                                       const QHash<QString, LocationProbe> &looked)
{
    return m_drives.edit(name, drive, looked);
}

QFuture<DriveVerdict> SyncController::editDriveLater(const QString &name,
                                                     const QJsonObject &changes)
{
    return m_drives.editLater(name, changes);
}

QFuture<DriveVerdict> SyncController::editDriveLater(const QString &name, const Drive &drive)
{
    return m_drives.editLater(name, drive);
}

Result<void> SyncController::removeDrive(const QString &name)
{
    return m_drives.remove(name);
}

Result<void> SyncController::setEnabled(const QString &name, bool enabled)
{
    return m_drives.setEnabled(name, enabled);
}

QString SyncController::identityFile(const Drive &drive) const
{
    return VolumeIdentity::recordFileForDrive(m_env.dataFolder, drive.name, drive.source,
                                              drive.target);
}

void SyncController::watchDrives()
{
    if (m_watching)
        m_watches.setDrives(m_drives.drives());
}

void SyncController::onDriveAdded(const Drive &drive)
{
    m_scheduler.setDrives(m_drives.drives());
    watchDrives();
    m_status.driveAdded(drive);
    // The drive is announced before its status, which clients can then place.
    Q_EMIT driveAdded(drive);
    m_status.refresh(drive.name);
}

void SyncController::onDriveChanged(const Drive &previous, const Drive &drive)
{
    m_runs.driveChanged(previous, drive);
    if (previous.name != drive.name) {
        m_records.renameDrive(previous.name, drive.name);
        m_scheduler.renameDrive(previous.name, drive.name);
        m_watches.renameDrive(previous.name, drive.name);
        // The same pair under a new name: its disks are still the recorded ones.
        QFile::rename(identityFile(previous),
                      VolumeIdentity::recordFileForDrive(m_env.dataFolder, drive.name,
                                                         previous.source, previous.target));
    }
    // Another server, or another folder: what the drive waited for is no longer the matter.
    if (previous.source != drive.source || previous.target != drive.target)
        m_records.stopWaitingForUser(drive.name);
    m_scheduler.setDrives(m_drives.drives());
    watchDrives();
    m_status.driveChanged(previous, drive);
    Q_EMIT driveChanged(previous.name, drive);
    m_status.refresh(drive.name);
}

void SyncController::onDriveRemoved(const Drive &drive)
{
    // Its run is cancelled and still recorded in the history; no file is touched.
    m_runs.driveRemoved(drive.name);
    m_scheduler.setBusy(drive.name, false);
    m_records.forgetDrive(drive.name);
    m_records.saveStates();
    QFile::remove(identityFile(drive));
    m_status.driveRemoved(drive.name);
    m_scheduler.setDrives(m_drives.drives());
    watchDrives();
    Q_EMIT driveRemoved(drive.name);
}

void SyncController::onDrivesReloaded()
{
    m_scheduler.setDrives(m_drives.drives());
    watchDrives();
    m_status.resetDrives();
    m_runs.dispatch(); // after the drives are announced
}

void SyncController::lookForDrive(const Drive &drive)
{
    // One look at a pair at a time: the prober sends no second thread to a stuck one.
    const QString pair = drive.source + u'\n' + drive.target;
    m_prober.check<bool>(pair,
                         [check = m_env.rootsAvailable, job = jobFor(drive)] { return check(job); })
            .then(this, [this, name = drive.name, source = drive.source,
                         target = drive.target](const Probed<bool> &found) {
                const Drive *now = m_drives.find(name);
                if (found.answered() && found.value && now && now->source == source
                    && now->target == target)
                    m_scheduler.driveIsBack(name);
            });
}

// ---- runs

bool SyncController::isActive(const QString &name) const
{
    return m_runs.running(name).has_value();
}

Result<SyncController::StartOutcome> SyncController::syncNow(const QString &name, bool force,
                                                             std::int64_t maxDeletions, bool verify)
{
    if (!m_drives.find(name))
        return DriveRegistry::unknown(name);
    const bool running = isActive(name);
    m_runs.enqueue({ name, force, force ? maxDeletions : -1, false, {}, verify });
    if (running)
        return StartOutcome::FollowsRun;
    return isActive(name) ? StartOutcome::Started : StartOutcome::Queued;
}

Result<SyncController::StartOutcome> SyncController::restore(const QString &name,
                                                             const QStringList &paths)
{
    if (!m_drives.find(name))
        return DriveRegistry::unknown(name);
    if (m_runs.isBusy(name))
        return StartOutcome::AlreadySyncing;
    m_runs.enqueue({ name, false, -1, true, paths });
    return isActive(name) ? StartOutcome::Started : StartOutcome::Queued;
}

void SyncController::runFollowers(const QString &name, RunResult result)
{
    // What the drive before left (in transit/) is only for the next one to take on when it
    // went through: after a failure, the files wait where they are.
    if (result != RunResult::Success && result != RunResult::Partial)
        return;
    for (const QString &follower : DriveChains::followers(m_drives.drives(), name)) {
        const Drive *drive = m_drives.find(follower);
        if (!drive || !drive->enabled)
            continue;
        m_log.writeMessage(tr("The drive \"%1\" runs now, after \"%2\".").arg(follower, name));
        RunQueue::Request request{ follower, false, -1, false, {} };
        request.follower = true;
        m_runs.enqueue(std::move(request));
    }
}

void SyncController::syncAllNow(bool force, bool verify)
{
    for (const Drive &drive : m_drives.drives()) {
        if (drive.enabled)
            m_runs.enqueue({ drive.name, force, -1, false, {}, verify });
    }
}

Result<bool> SyncController::cancel(const QString &name)
{
    if (!m_drives.find(name))
        return DriveRegistry::unknown(name);
    return m_runs.cancel(name);
}

Result<void> SyncController::dismissRefusal(const QString &name)
{
    if (!m_drives.find(name))
        return DriveRegistry::unknown(name);
    if (m_records.dismissRefusal(name))
        m_status.refresh(name);
    return {};
}

RemoteAccess SyncController::remoteAccess() const
{
    RemoteAccess access;
    access.configFolder = m_env.configFolder;
    access.networkTimeout = std::chrono::seconds(m_drives.settings().networkTimeoutSeconds);
    access.password
            = [passwords = m_passwords](const QString &key) { return passwords->read(key); };
    // The tray's relay of keyboard-interactive questions; the fuzzers' lookup that finds none.
    if (m_env.adjustRemoteAccess)
        m_env.adjustRemoteAccess(access);
    return access;
}

SyncJob SyncController::jobFor(const Drive &drive) const
{
    SyncJob job = syncJobFor(drive, m_drives.settings(), m_env.dataFolder, remoteAccess());
    // Every run keeps the list of what it changed (capped) for its history, whatever the log
    // level, so the files a run deleted can always be seen afterwards.
    job.listEveryEntry = true;
    job.maxListedEntries = RunDetails::maxEntries;
    job.background = true;
    return job;
}

SyncJob SyncController::previewJob(const Drive &drive) const
{
    SyncJob job = jobFor(drive);
    job.dryRun = true;
    job.force = true;
    job.listEveryEntry = true;
    job.maxListedEntries = 0; // every file: the user decides on the whole list
    job.background = false; // the user waits for it
    return job;
}

QFuture<SyncReport> SyncController::preview(const Drive &drive, const CancelToken &cancel,
                                            std::function<void(const SyncProgress &)> onProgress,
                                            bool listFiles)
{
    SyncJob job = previewJob(drive);
    job.cancel = cancel;
    job.onProgress = std::move(onProgress);
    job.listEveryEntry = listFiles;
    return watchedDryRun(drive, std::move(job),
                         [this](SyncJob dryRun) { return m_previewEngine.run(std::move(dryRun)); });
}

Result<QFuture<SyncReport>> SyncController::plan(const QString &name)
{
    const Drive *drive = m_drives.find(name);
    if (!drive)
        return DriveRegistry::unknown(name);
    return watchedDryRun(*drive, previewJob(*drive),
                         [this](SyncJob dryRun) { return runSync(std::move(dryRun)); });
}

QFuture<SyncReport>
SyncController::watchedDryRun(const Drive &drive, SyncJob job,
                              const std::function<QFuture<SyncReport>(SyncJob)> &run)
{
    auto *stall = new StallWatch(drive.source, drive.target,
                                 std::chrono::seconds(m_drives.settings().networkTimeoutSeconds),
                                 m_clock, m_env.lookAt, this);
    job.onProgress = [moved = stall->progressReporter(),
                      onProgress = std::move(job.onProgress)](const SyncProgress &progress) {
        moved();
        if (onProgress)
            onProgress(progress);
    };
    const CancelToken cancel = job.cancel;
    const QDateTime started = m_clock.now();
    auto promise = std::make_shared<QPromise<SyncReport>>();
    promise->start();
    // Whichever comes first: the dry run's report, or the watch giving it up.
    const auto settle = [promise, stall](const SyncReport &report) {
        if (promise->future().isFinished())
            return;
        promise->addResult(report);
        promise->finish();
        stall->deleteLater();
    };
    auto *watcher = new QFutureWatcher<SyncReport>(stall);
    connect(watcher, &QFutureWatcherBase::finished, stall, [this, watcher, settle, started] {
        if (watcher->future().resultCount() > 0)
            return settle(watcher->result());
        SyncReport cancelled;
        cancelled.result = RunResult::Cancelled;
        cancelled.started = started;
        cancelled.finished = m_clock.now();
        settle(cancelled);
    });
    connect(stall, &StallWatch::stalled, stall,
            [this, settle, cancel, started](const QString &code, const QString &message) {
                cancel.cancel();
                SyncReport givenUp;
                givenUp.result = RunResult::Failure;
                givenUp.code = code;
                givenUp.message = message;
                givenUp.unavailable = true;
                givenUp.started = started;
                givenUp.finished = std::max(m_clock.now(), started);
                settle(givenUp);
            });
    watcher->setFuture(run(std::move(job)));
    return promise->future();
}

QFuture<SyncReport> SyncController::runSync(SyncJob job)
{
    return m_env.runSync ? m_env.runSync(std::move(job)) : m_engine.run(std::move(job));
}

namespace {

Result<fsops::Folder> openRootFolder(const QString &path)
{
    return fsops::Folder::openRoot(QFile::encodeName(QDir::cleanPath(path)));
}

// Work on a drive's folders on a thread nobody waits for: a folder that stops answering holds
// that thread, never the quitting of the application (DetachedThreads).
template<typename T>
QFuture<T> runDetached(std::function<T()> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    DetachedThreads::start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace

Result<QFuture<Result<QList<VersionStore::Version>>>>
SyncController::listVersions(const QString &name, const QString &path)
{
    const Drive *drive = m_drives.find(name);
    if (!drive)
        return DriveRegistry::unknown(name);
    return runDetached<Result<QList<VersionStore::Version>>>(
            [target = drive->target, path]() -> Result<QList<VersionStore::Version>> {
                Result<fsops::Folder> root = openRootFolder(target);
                if (!root)
                    return Error{
                        SyncEngine::targetUnavailable,
                        tr("The target folder cannot be opened: %1").arg(root.error().message)
                    };
                return VersionStore::list(*root, path.toUtf8());
            });
}

Result<QFuture<Result<QString>>> SyncController::restoreVersion(const QString &name,
                                                                const QString &path,
                                                                const QDateTime &kept,
                                                                bool intoSource)
{
    const Drive *drive = m_drives.find(name);
    if (!drive)
        return DriveRegistry::unknown(name);
    if (isActive(name))
        return Error{
            alreadySyncing,
            tr("\"%1\" is syncing; restore the version once the sync has ended.").arg(name)
        };
    const QString when = kept.toUTC().toString(Qt::ISODate);
    m_log.writeMessage(intoSource ? tr("Restoring the version of %1 kept on %2 into the source of "
                                       "\"%3\".")
                                            .arg(path, when, name)
                                  : tr("Restoring the version of %1 kept on %2 into the target of "
                                       "\"%3\".")
                                            .arg(path, when, name));
    return runDetached<Result<QString>>([source = drive->source, target = drive->target, path, kept,
                                         intoSource]() -> Result<QString> {
        Result<fsops::Folder> targetRoot = openRootFolder(target);
        if (!targetRoot)
            return Error{
                SyncEngine::targetUnavailable,
                tr("The target folder cannot be opened: %1").arg(targetRoot.error().message)
            };
        // A sync of the drive, here or on another machine, must not run meanwhile.
        QLockFile lock(QDir::cleanPath(target) + u'/'
                       + QFile::decodeName(EntryFilter::appFolderName) + QStringLiteral("/lock"));
        lock.setStaleLockTime(0);
        // Without an application folder (never synced, or read-only) there is no sync
        // to wait for.
        if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError)
            return Error{ SyncEngine::targetBusy,
                          tr("Another sync is writing to the target; try again once it "
                             "has ended.") };
        Result<fsops::Folder> destination
                = intoSource ? openRootFolder(source) : openRootFolder(target);
        if (!destination)
            return Error{ intoSource ? SyncEngine::sourceUnavailable
                                     : SyncEngine::targetUnavailable,
                          intoSource ? tr("The source folder cannot be opened: %1")
                                               .arg(destination.error().message)
                                     : tr("The target folder cannot be opened: %1")
                                               .arg(destination.error().message) };
        Result<QByteArray> restored
                = VersionStore::restore(*targetRoot, path.toUtf8(), kept, *destination);
        if (!restored)
            return restored.error();
        return QString::fromUtf8(*restored);
    });
}

} // namespace lts
