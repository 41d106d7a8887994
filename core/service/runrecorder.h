// RunRecorder: what the runs leave behind. It keeps the drives' states (state.json: when each
// ran, how it ended, how often it failed), the history of runs, the details of each run (the
// files it changed) and the run's lines in the log.
#pragma once

#include "drivestate.h"
#include "rundetails.h"
#include "runhistory.h"
#include "runlog.h"
#include "syncengine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace lts {

class Clock;

// A run as the queue ends it, for its record.
struct EndedRun
{
    QString name; // the drive's name when the run ended
    QDateTime started;
    bool restore = false;
    bool stoppedByShutdown = false;
    bool driveRemoved = false;
};

class RunRecorder final
{
    Q_DISABLE_COPY_MOVE(RunRecorder)

public:
    RunRecorder(const QString &dataFolder, RunLog &log, const Clock &clock);

    // Reads the states and the history, and forgets the states of drives not in `names`.
    void load(const QStringList &names);

    StateStore &states() { return m_states; }
    const StateStore &states() const { return m_states; }
    const RunHistory &history() const { return m_history; }
    const RunDetails &details() const { return m_details; }

    // A sync starts: its state says so, saved, so that a crash is seen at the next start.
    void started(const QString &name, const QDateTime &when);
    // Writes the run into the drive's state, the history, its details and the log; the
    // protocol's run object comes back, with "Drive" (and "Repeated" for a refusal already
    // told: that one leaves no history line, no log line).
    QJsonObject ended(const EndedRun &run, const SyncReport &report);
    // The user has seen the drive's refusal (false when its last run was not refused).
    bool dismissRefusal(const QString &name);

    // The user acted on what the drive waited for (DriveState::waitingForUser): the schedule
    // runs it again. False when it was not waiting.
    bool stopWaitingForUser(const QString &name);
    void renameDrive(const QString &from, const QString &to);
    void forgetDrive(const QString &name);
    void saveStates();

private:
    // A refusal with the same facts as the one the drive already stands at: told once.
    bool repeatsRefusal(const QString &name, const SyncReport &report) const;

    RunLog &m_log;
    const Clock &m_clock;
    StateStore m_states;
    RunHistory m_history;
    RunDetails m_details;
};

} // namespace lts
