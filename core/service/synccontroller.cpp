#include "synccontroller.h"

#include "driveissues.h"
#include "paths.h"
#include "planner.h"
#include "volumeidentity.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace lts {

SyncController::SyncController(Environment environment, QObject *parent)
    : QObject(parent)
    , m_env(std::move(environment))
    , m_clock(m_env.clock ? *m_env.clock : m_systemClock)
    , m_store(m_env.configFolder)
    , m_states(m_env.dataFolder)
    , m_history(m_env.dataFolder)
    , m_runDetails(m_env.dataFolder)
    , m_log(m_env.dataFolder)
    , m_scheduler(m_clock, m_states)
    , m_configWatcher(m_store.filePath())
    , m_prober(std::chrono::seconds(Settings().networkTimeoutSeconds))
{
    if (!m_env.runSync)
        m_env.runSync = [this](SyncJob job) { return m_engine.run(std::move(job)); };
    if (!m_env.rootsAvailable)
        m_env.rootsAvailable = &SyncEngine::rootsAvailable;

    m_scheduler.setAvailabilityCheck([this](const Drive &drive) { lookForDrive(drive); });
    connect(&m_scheduler, &Scheduler::due, this, [this](const QString &name) {
        enqueue({ name, false, -1, false, {}, {} });
    });
    connect(&m_scheduler, &Scheduler::ticked, this, &SyncController::refreshAll);
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
    connect(&m_configWatcher, &ConfigWatcher::changed, this, &SyncController::reloadConfig);
    m_versionTasks.setMaxThreadCount(2);
}

SyncController::~SyncController()
{
    // The runs call back into this object from their threads: they are cut off first.
    for (auto &[id, run] : m_active) {
        run.cancel.cancel();
        run.watcher->disconnect(this);
        const std::lock_guard lock(run.relay->mutex);
        run.relay->open = false;
    }
    // A cancelled run ends within a moment, its temporary files removed; one stuck in a call
    // to a folder that does not answer is not waited for (DetachedThreads).
    const QDeadlineTimer deadline(SyncEngine::cancelGrace);
    for (auto &[id, run] : m_active) {
        while (!run.watcher->isFinished() && !deadline.hasExpired())
            QThread::msleep(10);
    }
}

Result<void> SyncController::load()
{
    Result<Config> config = m_store.load();
    if (!config)
        return config.error();
    m_configWatcher.noteOwnWrite();
    for (const Error &problem : m_store.problems())
        m_log.writeMessage(problem.message);
    m_config = *config;
    m_states.load();
    m_history.load();
    QStringList names;
    for (const Drive &drive : std::as_const(m_config.drives))
        names.append(drive.name);
    m_states.keepOnly(names);
    applySettings();
    m_model.reset(m_config.drives);
    m_scheduler.setDrives(m_config.drives);
    refreshAll();
    return {};
}

void SyncController::start()
{
    m_stopping = false;
    m_log.enforceCap();
    m_scheduler.start();
}

void SyncController::stop()
{
    m_stopping = true;
    for (const QueuedRun &queued : std::as_const(m_queue))
        m_scheduler.setBusy(queued.name, false);
    m_queue.clear();
    for (auto &[id, run] : m_active) {
        run.stoppedByShutdown = true;
        cancelRun(run);
    }
    finishStopWhenIdle();
}

void SyncController::finishStopWhenIdle()
{
    if (!m_stopping || !m_active.empty())
        return;
    saveState();
    QMetaObject::invokeMethod(this, &SyncController::stopped, Qt::QueuedConnection);
}

void SyncController::saveState()
{
    if (Result<void> saved = m_states.save(); !saved)
        m_log.writeMessage(saved.error().message);
}

void SyncController::applySettings()
{
    m_log.setLevel(m_config.settings.logLevel);
    m_log.setMaxBytes(qint64(m_config.settings.logMaxMiB) << 20);
    m_scheduler.setCatchUpDelay(std::chrono::seconds(m_config.settings.catchUpDelaySeconds));
    m_prober.setDeadline(std::chrono::seconds(m_config.settings.networkTimeoutSeconds));
    dispatch();
}

Result<void> SyncController::changeSettings(const Settings &settings)
{
    Config changed = m_config;
    changed.settings = settings;
    if (Result<void> saved = saveConfig(changed); !saved)
        return saved;
    const bool differ = changed.settings != m_config.settings;
    m_config = changed;
    applySettings();
    if (differ)
        Q_EMIT settingsChanged(m_config.settings);
    return {};
}

Result<void> SyncController::saveConfig(const Config &config)
{
    const QString brokenBefore = m_store.brokenCopyPath();
    if (Result<void> saved = m_store.save(config); !saved)
        return Error{ configNotSaved, saved.error().message };
    m_configWatcher.noteOwnWrite();
    if (m_store.brokenCopyPath() != brokenBefore)
        m_log.writeMessage(tr("The configuration file could not be read whole; it was kept as %1.")
                                   .arg(QDir::toNativeSeparators(m_store.brokenCopyPath())));
    return {};
}

// ---- the drive list

const Drive *SyncController::findDrive(const QString &name) const
{
    for (const Drive &drive : m_config.drives) {
        if (drive.name == name)
            return &drive;
    }
    return nullptr;
}

QString SyncController::identityFile(const Drive &drive) const
{
    return VolumeIdentity::recordFileForDrive(m_env.dataFolder, drive.name, drive.source,
                                              drive.target);
}

DriveVerdict SyncController::addDrive(const DecodedDrive &decoded)
{
    return addDrives({ decoded }).constFirst();
}

QList<DriveVerdict> SyncController::addDrives(const QList<DecodedDrive> &drives)
{
    return addChecked(drives, Looks{});
}

QList<DriveVerdict> SyncController::addDrives(const QList<DecodedDrive> &drives,
                                              const QHash<QString, LocationProbe> &looked)
{
    return addChecked(drives, Looks{ looked, &m_prober });
}

DriveVerdict SyncController::editDrive(const QString &name, const Drive &drive,
                                       const QHash<QString, LocationProbe> &looked)
{
    return applyEdit(name, DecodedDrive{ drive, {}, true }, Looks{ looked, &m_prober });
}

DriveValidator::FactsLookup SyncController::Looks::lookup() const
{
    if (!prober)
        return {};
    // The folders looked at for this change, then what the prober last found of the others
    // (their links, for overlapping targets); a folder without an answer is taken as written.
    return [fresh = fresh, prober = prober](const QString &path) -> std::optional<LocationFacts> {
        if (const auto found = fresh.constFind(path); found != fresh.cend())
            return found->answered() ? std::optional(found->value) : std::nullopt;
        if (const std::optional<LocationProbe> known = prober->cached(path);
            known && known->answered())
            return known->value;
        return std::nullopt;
    };
}

void SyncController::Looks::refuseUnanswered(DriveVerdict &verdict) const
{
    const struct
    {
        AvailabilityProber::Role role;
        QString path;
        QString code;
    } folders[] = {
        { AvailabilityProber::Role::Source, verdict.drive.source, issue::InvalidSourcePath },
        { AvailabilityProber::Role::Target, verdict.drive.target, issue::InvalidTargetPath }
    };
    for (const auto &folder : folders) {
        const auto found = fresh.constFind(folder.path);
        if (found == fresh.cend() || found->answered())
            continue;
        const QString words = prober->notAnswering(folder.role, folder.path);
        verdict.errors.append({ folder.code, words });
        verdict.notAnswering.append(words);
    }
    verdict.errors = issue::ordered(verdict.errors);
}

QFuture<QHash<QString, LocationProbe>> SyncController::lookAt(const QStringList &locations)
{
    QList<QFuture<LocationProbe>> looks;
    for (const QString &location : locations)
        looks.append(m_prober.probe(location));
    return QtFuture::whenAll(looks.begin(), looks.end())
            .then([](const QList<QFuture<LocationProbe>> &done) {
                QHash<QString, LocationProbe> found;
                for (const QFuture<LocationProbe> &look : done) {
                    if (look.resultCount() > 0)
                        found.insert(look.result().location, look.result());
                }
                return found;
            });
}

namespace {

// The folders of a drive the prober is to look at: those given as paths of this computer.
QStringList foldersOf(const Drive &drive)
{
    QStringList folders;
    for (const QString &location : { drive.source, drive.target }) {
        const QString path = paths::normalized(location);
        if (!path.isEmpty() && !DriveValidator::unreachableLocation(location))
            folders.append(path);
    }
    return folders;
}

} // namespace

QFuture<QList<DriveVerdict>> SyncController::addDrivesLater(const QList<DecodedDrive> &drives)
{
    QStringList locations;
    for (const DecodedDrive &decoded : drives) {
        for (const QString &folder : foldersOf(decoded.drive)) {
            if (!locations.contains(folder))
                locations.append(folder);
        }
    }
    return lookAt(locations).then(this, [this, drives](const QHash<QString, LocationProbe> &fresh) {
        return addChecked(drives, Looks{ fresh, &m_prober });
    });
}

QList<DriveVerdict> SyncController::addChecked(const QList<DecodedDrive> &drives,
                                               const Looks &looks)
{
    DriveValidator validator(m_config.drives, DriveValidator::Scope::FieldsAndFileSystem,
                             looks.lookup());
    QList<DriveVerdict> verdicts;
    Config next = m_config;
    for (const DecodedDrive &decoded : drives) {
        DriveVerdict verdict = validator.validate(decoded, next.drives.size() + 1);
        if (looks.prober)
            looks.refuseUnanswered(verdict);
        if (verdict.accepted()) {
            validator.add(verdict.drive);
            next.drives.append(verdict.drive);
        }
        verdicts.append(std::move(verdict));
    }
    if (next.drives.size() == m_config.drives.size())
        return verdicts;
    if (Result<void> saved = saveConfig(next); !saved) {
        for (DriveVerdict &verdict : verdicts) {
            if (verdict.accepted())
                verdict.errors.append(saved.error());
        }
        return verdicts;
    }
    const qsizetype firstAdded = m_config.drives.size();
    m_config = std::move(next);
    m_scheduler.setDrives(m_config.drives);
    for (qsizetype row = firstAdded; row < m_config.drives.size(); ++row) {
        const Drive &added = m_config.drives.at(row);
        m_model.append(added);
        m_log.writeMessage(tr("Added the drive \"%1\".").arg(added.name));
        // The drive is announced before its status, which clients can then place.
        Q_EMIT driveAdded(added);
        refresh(added.name);
    }
    return verdicts;
}

DriveVerdict SyncController::editDrive(const QString &name, const QJsonObject &changes)
{
    const Drive *current = findDrive(name);
    DecodedDrive decoded = DriveCodec::decode(changes, current ? *current : Drive{});
    decoded.hasName = true; // an edit keeps the drive's name unless it gives one
    return applyEdit(name, std::move(decoded), Looks{});
}

DriveVerdict SyncController::editDrive(const QString &name, const Drive &drive)
{
    return applyEdit(name, DecodedDrive{ drive, {}, true }, Looks{});
}

QFuture<DriveVerdict> SyncController::editDriveLater(const QString &name,
                                                     const QJsonObject &changes)
{
    const Drive *current = findDrive(name);
    DecodedDrive decoded = DriveCodec::decode(changes, current ? *current : Drive{});
    decoded.hasName = true;
    return editLater(name, std::move(decoded));
}

QFuture<DriveVerdict> SyncController::editDriveLater(const QString &name, const Drive &drive)
{
    return editLater(name, DecodedDrive{ drive, {}, true });
}

QFuture<DriveVerdict> SyncController::editLater(const QString &name, DecodedDrive decoded)
{
    const Drive *current = findDrive(name);
    const bool foldersChanged = current
                                && (decoded.drive.source != current->source
                                    || decoded.drive.target != current->target);
    // Another interval or other options: no disk to wait for, whatever state it is in.
    if (!foldersChanged)
        return QtFuture::makeReadyFuture(
                applyEdit(name, std::move(decoded), Looks{ {}, &m_prober }));
    return lookAt(foldersOf(decoded.drive))
            .then(this, [this, name, decoded](const QHash<QString, LocationProbe> &fresh) {
                return applyEdit(name, decoded, Looks{ fresh, &m_prober });
            });
}

DriveVerdict SyncController::applyEdit(const QString &name, DecodedDrive decoded,
                                       const Looks &looks)
{
    const Drive *current = findDrive(name);
    if (!current) {
        return { decoded.drive,
                 { Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) } },
                 {},
                 {} };
    }
    const Drive previous = *current;
    QList<Drive> others = m_config.drives;
    const qsizetype row = others.indexOf(previous);
    others.removeAt(row);
    // The disk is asked only about folders that change: a drive whose backup disk is
    // unplugged can still get a new interval.
    const bool foldersChanged
            = decoded.drive.source != previous.source || decoded.drive.target != previous.target;
    const DriveValidator validator(std::move(others),
                                   foldersChanged ? DriveValidator::Scope::FieldsAndFileSystem
                                                  : DriveValidator::Scope::Fields,
                                   looks.lookup());
    DriveVerdict verdict = validator.validate(decoded, row + 1);
    if (foldersChanged && looks.prober)
        looks.refuseUnanswered(verdict);
    if (!verdict.accepted() || verdict.drive == previous)
        return verdict;
    Config next = m_config;
    next.drives[row] = verdict.drive;
    if (Result<void> saved = saveConfig(next); !saved) {
        verdict.errors.append(saved.error());
        return verdict;
    }
    m_config = std::move(next);
    applyChangedDrive(previous, verdict.drive);
    return verdict;
}

void SyncController::applyChangedDrive(const Drive &previous, const Drive &drive)
{
    // A forced run waiting for its turn was confirmed for the drive as it was: with other
    // folders, another mode or other filters, what it would delete is not what was seen.
    const bool otherRun = previous.source != drive.source || previous.target != drive.target
                          || previous.mode != drive.mode || previous.exclude != drive.exclude
                          || previous.hidden != drive.hidden;
    if (const qsizetype queued = queuePosition(previous.name); queued >= 0 && otherRun) {
        m_queue[queued].force = false;
        m_queue[queued].maxDeletions = -1;
    }
    if (previous.name != drive.name) {
        m_states.rename(previous.name, drive.name);
        saveState();
        m_scheduler.renameDrive(previous.name, drive.name);
        if (ActiveRun *run = activeRun(previous.name))
            run->name = drive.name;
        if (const qsizetype queued = queuePosition(previous.name); queued >= 0)
            m_queue[queued].name = drive.name;
        if (m_statuses.contains(previous.name))
            m_statuses.insert(drive.name, m_statuses.take(previous.name));
        // The same pair under a new name: its disks are still the recorded ones.
        QFile::rename(identityFile(previous),
                      VolumeIdentity::recordFileForDrive(m_env.dataFolder, drive.name,
                                                         previous.source, previous.target));
    }
    if (previous.target != drive.target && queuePosition(drive.name) >= 0)
        findVolume(drive.name);
    m_model.replace(previous.name, drive);
    m_scheduler.setDrives(m_config.drives);
    Q_EMIT driveChanged(previous.name, drive);
    refresh(drive.name);
}

Result<void> SyncController::removeDrive(const QString &name)
{
    const Drive *current = findDrive(name);
    if (!current)
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    Config next = m_config;
    next.drives.removeAt(next.drives.indexOf(*current));
    if (Result<void> saved = saveConfig(next); !saved)
        return saved;
    forgetDrive(name);
    m_config = std::move(next);
    saveState();
    m_model.remove(name);
    m_scheduler.setDrives(m_config.drives);
    m_log.writeMessage(tr("Removed the drive \"%1\"; no file was touched.").arg(name));
    Q_EMIT driveRemoved(name);
    return {};
}

// What goes with a drive that leaves the list, while it is still in m_config.
void SyncController::forgetDrive(const QString &name)
{
    if (ActiveRun *run = activeRun(name)) {
        run->driveRemoved = true;
        cancelRun(*run);
    }
    if (const qsizetype queued = queuePosition(name); queued >= 0)
        m_queue.removeAt(queued);
    m_scheduler.setBusy(name, false);
    m_states.remove(name);
    m_statuses.remove(name);
    if (const Drive *drive = findDrive(name))
        QFile::remove(identityFile(*drive));
}

Result<void> SyncController::setEnabled(const QString &name, bool enabled)
{
    const Drive *current = findDrive(name);
    if (!current)
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    if (current->enabled == enabled)
        return {};
    const Drive previous = *current;
    Config next = m_config;
    next.drives[next.drives.indexOf(previous)].enabled = enabled;
    if (Result<void> saved = saveConfig(next); !saved)
        return saved;
    m_config = std::move(next);
    applyChangedDrive(previous, *findDrive(name));
    return {};
}

void SyncController::reloadConfig(bool exists)
{
    const QString file = QDir::toNativeSeparators(m_store.filePath());
    if (!exists) {
        m_log.writeMessage(tr("%1 was removed; the drives stay as they are and are written back "
                              "at the next change.")
                                   .arg(file));
        return;
    }
    Result<Config> loaded = m_store.load();
    if (!loaded) {
        m_log.writeMessage(
                tr("The changes to %1 were ignored: %2").arg(file, loaded.error().message));
        return;
    }
    if (!m_store.problems().isEmpty()) {
        for (const Error &problem : m_store.problems())
            m_log.writeMessage(problem.message);
        m_log.writeMessage(tr("The changes to %1 were ignored until the file is fixed; the drives "
                              "stay as they were.")
                                   .arg(file));
        return;
    }
    const Config next = *loaded;
    if (next == m_config)
        return;

    const QList<Drive> previous = m_config.drives;
    const bool settingsDiffer = next.settings != m_config.settings;
    QStringList removed;
    for (const Drive &drive : previous) {
        const bool kept = std::any_of(next.drives.cbegin(), next.drives.cend(),
                                      [&drive](const Drive &d) { return d.name == drive.name; });
        if (!kept) {
            forgetDrive(drive.name);
            removed.append(drive.name);
        }
    }
    m_config = next;
    saveState();
    m_model.reset(m_config.drives);
    m_scheduler.setDrives(m_config.drives);
    m_log.writeMessage(tr("Read the changes to %1.").arg(file));

    for (const QString &name : std::as_const(removed))
        Q_EMIT driveRemoved(name);
    for (const Drive &drive : next.drives) {
        const auto before = std::find_if(previous.cbegin(), previous.cend(),
                                         [&drive](const Drive &d) { return d.name == drive.name; });
        if (before == previous.cend())
            Q_EMIT driveAdded(drive);
        else if (*before != drive)
            Q_EMIT driveChanged(drive.name, drive);
    }
    applySettings(); // may start runs: after the drives are announced
    refreshAll();
    if (settingsDiffer)
        Q_EMIT settingsChanged(m_config.settings);
}

// ---- runs

SyncController::ActiveRun *SyncController::activeRun(const QString &name)
{
    for (auto &[id, run] : m_active) {
        if (run.name == name && !run.driveRemoved)
            return &run;
    }
    return nullptr;
}

const SyncController::ActiveRun *SyncController::activeRun(const QString &name) const
{
    return const_cast<SyncController *>(this)->activeRun(name);
}

bool SyncController::isActive(const QString &name) const
{
    return activeRun(name) != nullptr;
}

qsizetype SyncController::queuePosition(const QString &name) const
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).name == name)
            return i;
    }
    return -1;
}

Result<SyncController::StartOutcome> SyncController::syncNow(const QString &name, bool force,
                                                             std::int64_t maxDeletions)
{
    if (!findDrive(name))
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    const bool running = activeRun(name) != nullptr;
    enqueue({ name, force, force ? maxDeletions : -1, false, {}, {} });
    if (running)
        return StartOutcome::FollowsRun;
    return activeRun(name) ? StartOutcome::Started : StartOutcome::Queued;
}

Result<SyncController::StartOutcome> SyncController::restore(const QString &name,
                                                             const QStringList &paths)
{
    if (!findDrive(name))
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    if (activeRun(name) || queuePosition(name) >= 0)
        return StartOutcome::AlreadySyncing;
    enqueue({ name, false, -1, true, paths, {} });
    return activeRun(name) ? StartOutcome::Started : StartOutcome::Queued;
}

Result<QFuture<SyncReport>> SyncController::plan(const QString &name)
{
    const Drive *drive = findDrive(name);
    if (!drive)
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    return m_env.runSync(previewJob(*drive));
}

namespace {

Result<fsops::Folder> openRootFolder(const QString &path)
{
    return fsops::Folder::openRoot(QFile::encodeName(QDir::cleanPath(path)));
}

} // namespace

Result<QFuture<Result<QList<VersionStore::Version>>>>
SyncController::listVersions(const QString &name, const QString &path)
{
    const Drive *drive = findDrive(name);
    if (!drive)
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    return QtConcurrent::run(
            &m_versionTasks,
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
    const Drive *drive = findDrive(name);
    if (!drive)
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    if (activeRun(name))
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
    return QtConcurrent::run(
            &m_versionTasks,
            [source = drive->source, target = drive->target, path, kept,
             intoSource]() -> Result<QString> {
                Result<fsops::Folder> targetRoot = openRootFolder(target);
                if (!targetRoot)
                    return Error{
                        SyncEngine::targetUnavailable,
                        tr("The target folder cannot be opened: %1").arg(targetRoot.error().message)
                    };
                // A sync of the drive, here or on another machine, must not run meanwhile.
                QLockFile lock(QDir::cleanPath(target) + u'/'
                               + QFile::decodeName(EntryFilter::appFolderName)
                               + QStringLiteral("/lock"));
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

Result<void> SyncController::dismissRefusal(const QString &name)
{
    if (!findDrive(name))
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    DriveState &state = m_states[name];
    if (state.lastResult != RunResult::Refused)
        return {};
    state.dismissedRefusal = state.refusalKey();
    saveState();
    refresh(name);
    return {};
}

void SyncController::syncAllNow(bool force)
{
    for (const Drive &drive : drives()) {
        if (drive.enabled)
            enqueue({ drive.name, force, -1, false, {}, {} });
    }
}

Result<bool> SyncController::cancel(const QString &name)
{
    if (!findDrive(name))
        return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
    bool cancelled = false;
    // The follow-up too: a drive the user stops does not start again at once.
    if (const qsizetype queued = queuePosition(name); queued >= 0) {
        m_queue.removeAt(queued);
        cancelled = true;
    }
    if (ActiveRun *run = activeRun(name)) {
        cancelRun(*run);
        cancelled = true;
    } else {
        m_scheduler.setBusy(name, false);
    }
    if (cancelled)
        refresh(name);
    return cancelled;
}

void SyncController::enqueue(QueuedRun run)
{
    const QString name = run.name;
    if (m_stopping || !findDrive(name))
        return;
    // A drive that runs gets one follow-up run, queued: the requests that come meanwhile join
    // it. It is the one a forced request forces: the run already going was not confirmed.
    if (const qsizetype queued = queuePosition(name); queued >= 0) {
        QueuedRun &waiting = m_queue[queued];
        // A forced request confirms what its user saw last: its bound is the one that holds.
        if (!waiting.restore && !run.restore && run.force) {
            waiting.force = true;
            waiting.maxDeletions = run.maxDeletions;
        }
        return;
    }
    m_queue.append(std::move(run));
    m_scheduler.setBusy(name, true);
    findVolume(name);
    dispatch();
    refresh(name);
}

void SyncController::findVolume(const QString &name)
{
    const qsizetype queued = queuePosition(name);
    const Drive *drive = findDrive(name);
    if (queued < 0 || !drive)
        return;
    const QString target = drive->target;
    if (m_env.volumeOf) {
        m_queue[queued].volume = m_env.volumeOf(target);
        return;
    }
    m_queue[queued].volume.reset();
    m_prober.probe(target).then(this, [this, name, target](const LocationProbe &found) {
        const Drive *now = findDrive(name);
        if (!now || now->target != target)
            return;
        // A target that does not answer shares its volume with no other: its run is not held
        // back by the others, nor they by it (the run itself meets the silent disk).
        const QString volume = found.answered() ? found.value.volume : target;
        if (const qsizetype waiting = queuePosition(name);
            waiting >= 0 && !m_queue.at(waiting).volume)
            m_queue[waiting].volume = volume;
        else if (ActiveRun *run = activeRun(name); run && !run->volume)
            run->volume = volume; // it started meanwhile, with nothing else running
        dispatch();
    });
}

void SyncController::lookForDrive(const Drive &drive)
{
    // One look at a pair at a time: the prober sends no second thread to a stuck one.
    const QString pair = drive.source + u'\n' + drive.target;
    m_prober.check<bool>(pair,
                         [check = m_env.rootsAvailable, job = jobFor(drive)] { return check(job); })
            .then(this, [this, name = drive.name, source = drive.source,
                         target = drive.target](const Probed<bool> &found) {
                const Drive *now = findDrive(name);
                if (found.answered() && found.value && now && now->source == source
                    && now->target == target)
                    m_scheduler.driveIsBack(name);
            });
}

void SyncController::dispatch()
{
    for (qsizetype i = 0; i < m_queue.size();) {
        if (qsizetype(m_active.size()) >= m_config.settings.maxConcurrentRuns)
            return;
        const QueuedRun queued = m_queue.at(i);
        const Drive *drive = findDrive(queued.name);
        if (!drive) {
            m_queue.removeAt(i);
            continue;
        }
        if (activeRun(queued.name)) { // a follow-up waits for its drive's run to end
            ++i;
            continue;
        }
        // Never two runs on one volume: while the prober looks for a volume, its run starts
        // only when nothing else runs, and no other starts beside it.
        const bool volumeBusy = std::any_of(
                m_active.cbegin(), m_active.cend(), [&queued](const auto &r) {
                    return !r.second.volume || !queued.volume || *r.second.volume == *queued.volume;
                });
        if (volumeBusy) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        startRun(*drive, queued);
    }
}

SyncJob SyncController::jobFor(const Drive &drive) const
{
    SyncJob job = syncJobFor(drive, m_config.settings, m_env.dataFolder);
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
    return m_previewEngine.run(std::move(job));
}

void SyncController::startRun(const Drive &drive, const QueuedRun &queued)
{
    const quint64 id = m_nextRunId++;
    ActiveRun &run = m_active[id];
    run.id = id;
    run.name = drive.name;
    run.restore = queued.restore;
    run.wholeRestore = queued.restore && queued.paths.isEmpty();
    run.volume = queued.volume;
    run.started = m_clock.now();

    SyncJob job = jobFor(drive);
    job.force = queued.force;
    job.maxForcedDeletions = queued.maxDeletions;
    job.restore = queued.restore;
    job.onlyPaths = queued.paths;
    job.cancel = run.cancel;
    run.relay = std::make_shared<Relay>();
    // Called on the engine's threads; the controller's state is only touched on its own.
    job.onProgress = [this, id, relay = run.relay](const SyncProgress &progress) {
        const std::lock_guard lock(relay->mutex);
        if (!relay->open)
            return;
        QMetaObject::invokeMethod(
                this,
                [this, id, progress] {
                    const auto found = m_active.find(id);
                    if (found == m_active.end())
                        return;
                    // Any progress counts, even of a run whose drive was removed: it moves.
                    found->second.stall->progressed();
                    if (found->second.driveRemoved)
                        return;
                    found->second.progress = progress;
                    found->second.rate.add(progress.bytesDone, m_clock.monotonic());
                    const QString name = found->second.name;
                    refresh(name);
                    Q_EMIT syncProgress(name, progress);
                },
                Qt::QueuedConnection);
    };

    if (!run.restore) { // a restore is not a sync: the drive keeps its rhythm
        DriveState &state = m_states[drive.name];
        state.lastStart = run.started;
        state.interrupted = false;
        saveState();
    }

    run.stall = std::make_unique<StallWatch>(
            drive.source, drive.target,
            std::chrono::seconds(m_config.settings.networkTimeoutSeconds), m_clock, m_env.lookAt);
    connect(run.stall.get(), &StallWatch::stalled, this,
            [this, id](const QString &code, const QString &message) {
                abandonRun(id, RunResult::Failure, code, message);
            });
    run.watcher = std::make_unique<QFutureWatcher<SyncReport>>();
    connect(run.watcher.get(), &QFutureWatcherBase::finished, this, [this, id] { runEnded(id); });
    run.watcher->setFuture(m_env.runSync(std::move(job)));
    Q_EMIT syncStarted(drive.name);
    refresh(drive.name);
}

void SyncController::runEnded(quint64 id)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    const QFuture<SyncReport> future = found->second.watcher->future();
    SyncReport report;
    if (future.resultCount() > 0) {
        report = future.result();
    } else {
        report.result = RunResult::Cancelled;
        report.started = found->second.started;
        report.finished = m_clock.now();
    }
    if (found->second.stoppedByShutdown && report.result == RunResult::Cancelled)
        report.message = tr("Stopped because LetThatSyncIn was closing; the run is made again "
                            "after the next start.");
    closeRun(id, std::move(report));
}

void SyncController::cancelRun(ActiveRun &run)
{
    run.cancel.cancel();
    QTimer::singleShot(SyncEngine::cancelGrace, this, [this, id = run.id] {
        const auto found = m_active.find(id);
        if (found == m_active.end())
            return;
        abandonRun(id, RunResult::Cancelled, {},
                   found->second.stoppedByShutdown
                           ? tr("Stopped because LetThatSyncIn was closing, while the run waited "
                                "for a folder that does not answer; the run is made again after "
                                "the next start.")
                           : tr("Cancelled while the run waited for a folder that does not "
                                "answer. Every file in the target is whole; a temporary file "
                                "left behind is removed by the next run."));
    });
}

void SyncController::abandonRun(quint64 id, RunResult result, const QString &code,
                                const QString &message)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    // Should its thread ever wake up, it stops at its next look at the token; its lock in the
    // target keeps it from writing beside a later run of the same target (rule 7).
    found->second.cancel.cancel();
    SyncReport report;
    report.result = result;
    report.code = code;
    report.message = message;
    report.restore = found->second.restore;
    report.started = found->second.started;
    report.finished = std::max(m_clock.now(), found->second.started);
    closeRun(id, std::move(report));
}

void SyncController::closeRun(quint64 id, SyncReport report)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    ActiveRun run = std::move(found->second);
    m_active.erase(found);
    {
        const std::lock_guard lock(run.relay->mutex);
        run.relay->open = false;
    }
    run.watcher->disconnect(this);
    // Either may be emitting the signal that brought us here.
    run.watcher.release()->deleteLater();
    run.stall.release()->deleteLater();
    recordRun(run.name, run, report);

    if (!run.driveRemoved) {
        // Still busy when a follow-up waits for it.
        m_scheduler.setBusy(run.name, queuePosition(run.name) >= 0);
        refresh(run.name);
        // Everything the target had is back in the source: the sync that follows deletes
        // nothing, and clears the refusal that led here.
        const Drive *drive = findDrive(run.name);
        if (run.wholeRestore && report.result == RunResult::Success && drive && drive->enabled)
            enqueue({ run.name, false, -1, false, {}, {} });
    }
    dispatch();
    finishStopWhenIdle();
}

bool SyncController::repeatsRefusal(const QString &name, const SyncReport &report) const
{
    const DriveState state = m_states.value(name);
    return report.result == RunResult::Refused && state.lastResult == RunResult::Refused
           && state.lastCode == report.code && state.message == report.message;
}

void SyncController::recordRun(const QString &name, const ActiveRun &run, const SyncReport &report)
{
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("Drive"), name);
    // A drive refused every minute for the same reason tells it once: no history line, no
    // log line, no notification; scripts waiting for the run still hear that it ended.
    if (!run.restore && !run.driveRemoved && repeatsRefusal(name, report)) {
        DriveState &state = m_states[name];
        state.lastFinish = std::max(m_clock.now(), run.started);
        state.lastCheck = state.lastFinish;
        saveState();
        json.insert(QStringLiteral("Repeated"), true);
        Q_EMIT syncFinished(name, json);
        return;
    }
    if (!run.restore && !run.driveRemoved && findDrive(name)) {
        DriveState &state = m_states[name];
        state.lastFinish = std::max(m_clock.now(), run.started);
        state.lastSync = run.started;
        state.lastResult = report.result;
        state.lastCode = report.code;
        state.message = report.message;
        if (report.result == RunResult::Success)
            state.lastSuccess = run.started;
        state.failures = schedule::isRetried(report.result, report.code) ? state.failures + 1 : 0;
        state.unavailable = report.unavailable || report.code == VolumeIdentity::volumeChanged;
        state.lastCheck = state.lastFinish;
        state.interrupted = run.stoppedByShutdown && report.result == RunResult::Cancelled;
        if (report.result != RunResult::Refused)
            state.dismissedRefusal.clear(); // a later refusal is a new one, and is shown
        saveState();
    }
    if (Result<void> saved = m_history.append(json); !saved)
        m_log.writeMessage(saved.error().message);
    // Before syncFinished, so the history window can show the run's files at once.
    if (Result<void> kept = m_runDetails.write(name, report); !kept)
        m_log.writeMessage(kept.error().message);
    m_log.writeRun(name, report);
    Q_EMIT syncFinished(name, json);
}

void SyncController::refresh(const QString &name)
{
    const Drive *drive = findDrive(name);
    if (!drive)
        return;
    const DriveState state = m_states.value(name);
    const ActiveRun *run = activeRun(name);
    DriveRuntime runtime;
    if (run) {
        runtime.progress = run->progress.value_or(SyncProgress{ 0, 0, 0, 0, {}, true });
        runtime.runStarted = run->started;
        runtime.bytesPerSecond = run->rate.bytesPerSecond();
    }
    runtime.queued = queuePosition(name) >= 0;
    runtime.restoring = run && run->restore;
    runtime.lastSync = state.lastSync;
    runtime.lastSuccess = state.lastSuccess;
    runtime.lastResult = state.lastResult;
    runtime.code = state.lastCode;
    runtime.message = state.message;
    runtime.refusalDismissed = state.refusalDismissed();
    runtime.nextSync = m_scheduler.nextRun(name);
    runtime.overdue = m_scheduler.isOverdue(name);
    runtime.status = run                                ? DriveStatus::Syncing
                     : !drive->enabled                  ? DriveStatus::Paused
                     : state.unavailable                ? DriveStatus::Unavailable
                     : needsAttention(state.lastResult) ? DriveStatus::Error
                                                        : DriveStatus::Idle;
    m_model.setRuntime(name, runtime);
    const auto announced = m_statuses.constFind(name);
    if (announced == m_statuses.cend() || *announced != runtime.status) {
        const bool first = announced == m_statuses.cend();
        m_statuses.insert(name, runtime.status);
        // A drive's first status is part of its DriveAdded; later ones are changes.
        if (!first || runtime.status != DriveStatus::Idle)
            Q_EMIT statusChanged(name, runtime.status);
    }
}

void SyncController::refreshAll()
{
    for (const Drive &drive : drives())
        refresh(drive.name);
}

} // namespace lts
