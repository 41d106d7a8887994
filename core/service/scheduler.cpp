#include "scheduler.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lts {

using std::chrono::milliseconds;

Scheduler::Scheduler(const Clock &clock, StateStore &states, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_states(states)
{
    m_timer.setSingleShot(true);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    connect(&m_soon, &QTimer::timeout, this, &Scheduler::tick);
}

void Scheduler::setDrives(const QList<Drive> &drives)
{
    m_drives = drives;
    reschedule();
}

void Scheduler::renameDrive(const QString &from, const QString &to)
{
    if (m_busy.remove(from))
        m_busy.insert(to);
    if (m_back.remove(from))
        m_back.insert(to);
    if (m_catchUpAt.contains(from))
        m_catchUpAt.insert(to, m_catchUpAt.take(from));
}

void Scheduler::setCatchUpDelay(milliseconds delay)
{
    m_catchUpDelay = delay;
}

void Scheduler::setAvailabilityCheck(std::function<void(const Drive &)> lookAgain)
{
    m_lookAgain = std::move(lookAgain);
}

void Scheduler::driveIsBack(const QString &name)
{
    m_back.insert(name);
    reschedule();
}

void Scheduler::setBusy(const QString &name, bool busy)
{
    if (busy) {
        m_busy.insert(name);
        m_back.remove(name); // it runs: what its run finds is what counts
    } else if (m_busy.remove(name)) {
        reschedule();
    }
}

void Scheduler::start()
{
    m_started = true;
    beginCatchUp(m_clock.now());
    tick();
}

void Scheduler::beginCatchUp(const QDateTime &now)
{
    m_catchUpSince = now;
    m_catchUpAt.clear();
    // A little jitter, so that drives missed together do not all start in the same second.
    const qint64 delay = m_catchUpDelay.count();
    for (const Drive &drive : std::as_const(m_drives))
        m_catchUpAt.insert(
                drive.name,
                now.addMSecs(delay + QRandomGenerator::global()->bounded(delay / 4 + 1)));
}

schedule::CatchUp Scheduler::catchUpFor(const QString &name) const
{
    return { m_catchUpSince,
             m_catchUpAt.value(name, m_catchUpSince.addMSecs(m_catchUpDelay.count())) };
}

QDateTime Scheduler::nextRun(const QString &name) const
{
    for (const Drive &drive : m_drives) {
        if (drive.name == name)
            return schedule::nextRun(drive, m_states.value(name), catchUpFor(name));
    }
    return {};
}

bool Scheduler::isOverdue(const QString &name) const
{
    for (const Drive &drive : m_drives) {
        if (drive.name == name)
            return schedule::isOverdue(drive, m_states.value(name), m_clock.now());
    }
    return false;
}

milliseconds Scheduler::timerInterval() const
{
    return m_timer.isActive() ? milliseconds(m_timer.interval()) : milliseconds(-1);
}

// A time the wall clock has not reached yet was written before the clock was set back; left
// alone, it would hold the drive back by as much as the clock moved.
bool Scheduler::keepTimesBehind(DriveState &state, const QDateTime &now)
{
    bool changed = false;
    for (QDateTime *time : { &state.firstSeen, &state.lastStart, &state.lastFinish, &state.lastSync,
                             &state.lastSuccess, &state.lastCheck }) {
        if (time->isValid() && *time > now) {
            *time = now;
            changed = true;
        }
    }
    return changed;
}

void Scheduler::tick()
{
    m_soon.stop();
    const QDateTime now = m_clock.now();
    const milliseconds monotonic = m_clock.monotonic();
    if (m_lastMonotonic.count() >= 0) {
        const milliseconds wall(m_lastWall.msecsTo(now));
        const milliseconds drift = wall - (monotonic - m_lastMonotonic);
        if (drift > jumpTolerance) {
            beginCatchUp(now);
            Q_EMIT wokeUp(drift);
        } else if (drift < -jumpTolerance) {
            // The catch-up times now lie ahead as well; nothing was missed.
            m_catchUpSince = QDateTime();
            m_catchUpAt.clear();
            Q_EMIT clockSetBack(-drift);
        }
    }
    m_lastWall = now;
    m_lastMonotonic = monotonic;

    bool stateChanged = false;
    QStringList dueNow;
    QDateTime earliest;
    for (const Drive &drive : std::as_const(m_drives)) {
        DriveState &state = m_states[drive.name];
        if (!state.firstSeen.isValid()) {
            state.firstSeen = now;
            stateChanged = true;
        }
        // A running drive's times are the controller's to write.
        if (m_busy.contains(drive.name))
            continue;
        stateChanged |= keepTimesBehind(state, now);
        QDateTime due = schedule::nextRun(drive, state, catchUpFor(drive.name));
        if (!due.isValid())
            continue;
        const bool back = m_back.remove(drive.name);
        if (state.unavailable && !state.interrupted && m_lookAgain) {
            if (back) {
                due = now;
            } else if (due <= now) {
                // Not known to be back: looked for in the background, and again in a minute.
                state.lastCheck = now;
                due = schedule::nextRun(drive, state, catchUpFor(drive.name));
                m_lookAgain(drive);
            }
        }
        if (due <= now)
            dueNow.append(drive.name);
        else if (!earliest.isValid() || due < earliest)
            earliest = due;
    }
    // Only first-seen times and clamped times changed: a failed save is repeated next tick,
    // and the controller reports the saves that matter.
    if (stateChanged)
        static_cast<void>(m_states.save());

    const qint64 wait = earliest.isValid() ? now.msecsTo(earliest) : longestWait.count();
    m_timer.start(int(std::clamp<qint64>(wait, 0, longestWait.count())));

    for (const QString &name : std::as_const(dueNow)) {
        if (!m_busy.contains(name))
            Q_EMIT due(name);
    }
    Q_EMIT ticked();
}

void Scheduler::reschedule()
{
    // Before start() nothing runs by itself: the application may still be setting up.
    if (m_started && !m_soon.isActive())
        m_soon.start();
}

} // namespace lts
