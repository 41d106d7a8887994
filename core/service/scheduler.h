// Scheduler: decides when each drive runs (docs/schedule.md) and says so with due().
// It keeps a timer for the earliest due time, never longer than a minute, so a suspend or a
// clock change is noticed within a minute; it never starts a run itself.
#pragma once

#include "clock.h"
#include "drive.h"
#include "drivestate.h"
#include "schedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace lts {

class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    // `states` belongs to the caller, who records the runs in it; the scheduler gives new
    // drives their first-seen time and pulls times back that a clock set back left ahead.
    Scheduler(const Clock &clock, StateStore &states, QObject *parent = nullptr);

    void setDrives(const QList<Drive> &drives);
    void renameDrive(const QString &from, const QString &to);
    void setCatchUpDelay(std::chrono::milliseconds delay);
    // Asked once a minute about an unavailable drive: look whether its source and target are
    // back, in the background (a disk that does not answer must not stop the schedule), and
    // call driveIsBack() when they are.
    void setAvailabilityCheck(std::function<void(const Drive &)> lookAgain);
    // A look found an unavailable drive's folders back: it is due at once.
    void driveIsBack(const QString &name);
    // A busy drive (queued or running) is not due again until it is done.
    void setBusy(const QString &name, bool busy);

    // Missed runs are caught up from now on; then the first evaluation.
    void start();

    QDateTime nextRun(const QString &name) const;
    bool isOverdue(const QString &name) const;
    // What the timer was last armed for: until the earliest due time, at most a minute.
    std::chrono::milliseconds timerInterval() const;

    static constexpr std::chrono::milliseconds longestWait = std::chrono::minutes(1);
    // The wall clock may drift from the monotonic one by this much between two ticks before
    // it counts as a suspend or a clock change.
    static constexpr std::chrono::milliseconds jumpTolerance = std::chrono::seconds(90);

public Q_SLOTS:
    // Looks at every drive now: emits due() for those whose time has come.
    void tick();
    // A drive or its state changed: tick as soon as the event loop is free.
    void reschedule();

Q_SIGNALS:
    void due(const QString &name);
    // The wall clock moved ahead of the monotonic one (a suspend, or the clock set forward):
    // missed runs are caught up after the settle delay.
    void wokeUp(std::chrono::milliseconds jump);
    void clockSetBack(std::chrono::milliseconds jump);
    void ticked();

private:
    void beginCatchUp(const QDateTime &now);
    schedule::CatchUp catchUpFor(const QString &name) const;
    bool keepTimesBehind(DriveState &state, const QDateTime &now);

    const Clock &m_clock;
    StateStore &m_states;
    QList<Drive> m_drives;
    QSet<QString> m_busy;
    bool m_started = false;
    std::function<void(const Drive &)> m_lookAgain;
    QSet<QString> m_back; // unavailable drives found back since the last tick
    std::chrono::milliseconds m_catchUpDelay = std::chrono::seconds(30);
    QDateTime m_catchUpSince;
    QHash<QString, QDateTime> m_catchUpAt; // each drive's own, with jitter
    QDateTime m_lastWall;
    std::chrono::milliseconds m_lastMonotonic{ -1 };
    QTimer m_timer;
    QTimer m_soon;
};

} // namespace lts
