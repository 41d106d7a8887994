// StatusPublisher: what each drive is doing, as the tray and the protocol show it. It puts
// together the drive's entry, its recorded state, its place in the run queue and the schedule
// into the drive's runtime in the list model, and announces each change of its status once.
#pragma once

#include "drivelistmodel.h"
#include "driveregistry.h"
#include "drivestate.h"
#include "drivewatches.h"
#include "runqueue.h"
#include "scheduler.h"

#include <QHash>
#include <QObject>

namespace lts {

class StatusPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPublisher)

public:
    StatusPublisher(const DriveRegistry &drives, const StateStore &states, const RunQueue &runs,
                    const Scheduler &scheduler, QObject *parent = nullptr);

    const DriveListModel &model() const { return m_model; }
    DriveListModel &model() { return m_model; }

    // Looks at the drive again: its runtime in the model, and statusChanged() if it differs.
    void refresh(const QString &name);
    void refreshAll();
    // The list the model shows: every drive, after the registry changed.
    void resetDrives();
    // The model follows the registry; the drive's status is looked at with refresh(), once
    // the drive has been announced.
    void driveAdded(const Drive &drive);
    void driveChanged(const Drive &previous, const Drive &drive);
    void driveRemoved(const QString &name);
    // Where the Watching of the drives comes from.
    void setWatches(const DriveWatches *watches) { m_watches = watches; }

Q_SIGNALS:
    // Not for a drive's first status when it is Idle: that is part of the drive's announcement.
    void statusChanged(const QString &drive, lts::DriveStatus status);

private:
    const DriveRegistry &m_drives;
    const StateStore &m_states;
    const RunQueue &m_runs;
    const Scheduler &m_scheduler;
    const DriveWatches *m_watches = nullptr;
    DriveListModel m_model;
    QHash<QString, DriveStatus> m_statuses; // as last announced by statusChanged()
};

} // namespace lts
