#include "statuspublisher.h"

namespace lts {

StatusPublisher::StatusPublisher(const DriveRegistry &drives, const StateStore &states,
                                 const RunQueue &runs, const Scheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_drives(drives)
    , m_states(states)
    , m_runs(runs)
    , m_scheduler(scheduler)
{ }

void StatusPublisher::resetDrives()
{
    m_model.reset(m_drives.drives());
    refreshAll();
}

void StatusPublisher::driveAdded(const Drive &drive)
{
    m_model.append(drive);
}

void StatusPublisher::driveChanged(const Drive &previous, const Drive &drive)
{
    if (previous.name != drive.name && m_statuses.contains(previous.name))
        m_statuses.insert(drive.name, m_statuses.take(previous.name));
    m_model.replace(previous.name, drive);
}

void StatusPublisher::driveRemoved(const QString &name)
{
    m_statuses.remove(name);
    m_model.remove(name);
}

void StatusPublisher::refresh(const QString &name)
{
    const Drive *drive = m_drives.find(name);
    if (!drive)
        return;
    const DriveState state = m_states.value(name);
    const std::optional<RunQueue::Run> run = m_runs.running(name);
    DriveRuntime runtime;
    if (run) {
        runtime.progress = run->progress.value_or(SyncProgress{ 0, 0, 0, 0, {}, true });
        runtime.runStarted = run->started;
        runtime.bytesPerSecond = run->bytesPerSecond;
    }
    runtime.queued = m_runs.isQueued(name);
    runtime.restoring = run && run->restore;
    runtime.lastSync = state.lastSync;
    runtime.lastSuccess = state.lastSuccess;
    runtime.lastResult = state.lastResult;
    runtime.code = state.lastCode;
    runtime.message = state.message;
    runtime.refusalDismissed = state.refusalDismissed();
    runtime.trust = state.trust;
    runtime.waitingForUser = state.waitingForUser;
    runtime.nextSync = m_scheduler.nextRun(name);
    runtime.overdue = m_scheduler.isOverdue(name);
    runtime.watchWanted = drive->watch;
    if (m_watches) {
        const DriveWatches::State watch = m_watches->state(name);
        runtime.watching = watch.watching;
        runtime.watchingReason = watch.reason;
    }
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

void StatusPublisher::refreshAll()
{
    for (const Drive &drive : m_drives.drives())
        refresh(drive.name);
}

} // namespace lts
