#include "drivewatches.h"

#include "remotelocation.h"

namespace lts {

DriveWatches::DriveWatches(WatcherFactory factory, std::function<void(const QString &)> say,
                           QObject *parent)
    : QObject(parent)
    , m_factory(factory ? std::move(factory) : [] { return SourceWatcher::create(); })
    , m_say(std::move(say))
{ }

DriveWatches::~DriveWatches() = default;

void DriveWatches::setDelay(std::chrono::milliseconds delay)
{
    m_delay = delay;
    for (const auto &watch : std::as_const(m_watches))
        watch->settle->setInterval(delay);
}

void DriveWatches::setDrives(const QList<Drive> &drives)
{
    QHash<QString, const Drive *> wanted;
    for (const Drive &drive : drives) {
        if (drive.watch && drive.enabled)
            wanted.insert(drive.name, &drive);
    }
    // A drive whose source or mode changed is watched anew: what it waited for was of the old.
    QStringList gone;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        const Drive *drive = wanted.value(it.key());
        if (!drive || drive->source != it.value()->drive.source
            || drive->mode != it.value()->drive.mode)
            gone.append(it.key());
    }
    for (const QString &name : gone) {
        m_watches.remove(name);
        Q_EMIT stateChanged(name);
    }
    for (const Drive *drive : std::as_const(wanted)) {
        if (!m_watches.contains(drive->name))
            watch(*drive);
        else
            m_watches[drive->name]->drive = *drive;
    }
}

void DriveWatches::renameDrive(const QString &from, const QString &to)
{
    if (auto watch = m_watches.take(from)) {
        watch->drive.name = to;
        m_watches.insert(to, std::move(watch));
    }
}

void DriveWatches::watch(const Drive &drive)
{
    auto watch = std::make_shared<Watch>();
    watch->drive = drive;
    watch->settle = std::make_unique<QTimer>();
    watch->settle->setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a file still being written would be copied
    // before the source was quiet for the whole delay.
    watch->settle->setTimerType(Qt::PreciseTimer);
    watch->settle->setInterval(m_delay);
    m_watches.insert(drive.name, watch);
    Watch *entry = watch.get();
    connect(entry->settle.get(), &QTimer::timeout, this,
            [this, entry] { onSettled(entry->drive.name); });

    if (RemoteLocation::isRemote(drive.source)) {
        setState(*entry,
                 { false,
                   tr("%1 is on a server, which does not announce changes: the drive syncs at its "
                      "interval.")
                           .arg(RemoteLocation::displayName(drive.source)) });
        return;
    }
    entry->watcher = m_factory();
    if (!entry->watcher) {
        setState(*entry,
                 { false,
                   tr("This system cannot watch folders: the drive syncs at its interval.") });
        return;
    }
    SourceWatcher *watcher = entry->watcher.get();
    connect(watcher, &SourceWatcher::ready, this, [this, entry] {
        entry->ready = true;
        setState(*entry, { true, {} });
    });
    connect(watcher, &SourceWatcher::changed, this,
            [this, entry](const QList<SourceChange> &changes) {
                onChanged(entry->drive.name, changes);
            });
    connect(watcher, &SourceWatcher::overflowed, this, [this, entry] {
        m_say(tr("Changes in the source of \"%1\" came faster than they could be "
                 "read: the drive looks at all of its source.")
                      .arg(entry->drive.name));
        entry->everything = true;
        entry->settle->start();
    });
    connect(watcher, &SourceWatcher::unavailable, this, [this, entry](const QString &reason) {
        entry->ready = false;
        entry->settle->stop();
        setState(*entry, { false, reason });
        // Nothing more comes from it; the schedule goes on.
        entry->watcher->disconnect(this);
        entry->watcher.release()->deleteLater();
    });
    watcher->start(drive.source);
}

void DriveWatches::setState(Watch &watch, State state)
{
    if (watch.state == state)
        return;
    watch.state = std::move(state);
    if (!watch.state.reason.isEmpty())
        m_say(tr("The drive \"%1\" does not watch its source: %2")
                      .arg(watch.drive.name, watch.state.reason));
    else if (watch.state.watching)
        m_say(tr("The drive \"%1\" watches its source %2.")
                      .arg(watch.drive.name, watch.drive.source));
    Q_EMIT stateChanged(watch.drive.name);
}

void DriveWatches::onChanged(const QString &name, const QList<SourceChange> &changes)
{
    Watch *watch = find(name);
    if (!watch)
        return;
    bool wanted = false;
    for (const SourceChange &change : changes) {
        // Update and Move never delete in the target: a file gone from the source (Move's own
        // removals among them) leaves nothing for a run to do.
        if (change.removed && watch->drive.mode != SyncMode::Mirror) {
            ++watch->ignored;
            continue;
        }
        watch->folders.insert(change.folder.toUtf8());
        wanted = true;
    }
    // Each change starts the wait again: a file still being written keeps the run away.
    if (wanted)
        watch->settle->start();
}

void DriveWatches::onSettled(const QString &name)
{
    Watch *watch = find(name);
    if (!watch)
        return;
    std::optional<QList<QByteArray>> folders;
    if (!watch->everything && watch->targetFiles)
        folders = QList<QByteArray>(watch->folders.cbegin(), watch->folders.cend());
    watch->folders.clear();
    watch->everything = false;
    Q_EMIT runWanted(name, folders);
}

void DriveWatches::runStarted(const QString &name)
{
    if (Watch *watch = find(name))
        watch->runStartedWatched = watch->ready;
}

void DriveWatches::runEnded(const QString &name, const SyncReport &report)
{
    Watch *watch = find(name);
    if (!watch)
        return;
    const bool complete
            = report.result == RunResult::Success || report.result == RunResult::Partial;
    if (complete && report.targetFiles >= 0 && watch->runStartedWatched && !report.restore)
        watch->targetFiles = report.targetFiles + report.added - report.deleted;
    else if (report.result != RunResult::Refused)
        watch->targetFiles.reset(); // what it changed is not known: the next run looks at all
    watch->runStartedWatched = false;
}

DriveWatches::State DriveWatches::state(const QString &name) const
{
    const Watch *watch = find(name);
    return watch ? watch->state : State{};
}

std::optional<std::int64_t> DriveWatches::targetFiles(const QString &name) const
{
    const Watch *watch = find(name);
    return watch ? watch->targetFiles : std::nullopt;
}

qint64 DriveWatches::ignoredChanges(const QString &name) const
{
    const Watch *watch = find(name);
    return watch ? watch->ignored : 0;
}

bool DriveWatches::isSettling(const QString &name) const
{
    const Watch *watch = find(name);
    return watch && watch->settle->isActive();
}

DriveWatches::Watch *DriveWatches::find(const QString &name)
{
    const auto it = m_watches.constFind(name);
    return it == m_watches.cend() ? nullptr : it->get();
}

const DriveWatches::Watch *DriveWatches::find(const QString &name) const
{
    const auto it = m_watches.constFind(name);
    return it == m_watches.cend() ? nullptr : it->get();
}

} // namespace lts
