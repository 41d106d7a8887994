#include "runrecorder.h"

#include "clock.h"
#include "schedule.h"
#include "volumeidentity.h"

namespace lts {

RunRecorder::RunRecorder(const QString &dataFolder, RunLog &log, const Clock &clock)
    : m_log(log)
    , m_clock(clock)
    , m_states(dataFolder)
    , m_history(dataFolder)
    , m_details(dataFolder)
{ }

void RunRecorder::load(const QStringList &names)
{
    m_states.load();
    m_history.load();
    m_states.keepOnly(names);
}

void RunRecorder::saveStates()
{
    if (Result<void> saved = m_states.save(); !saved)
        m_log.writeMessage(saved.error().message);
}

void RunRecorder::started(const QString &name, const QDateTime &when)
{
    DriveState &state = m_states[name];
    state.lastStart = when;
    state.interrupted = false;
    saveStates();
}

bool RunRecorder::repeatsRefusal(const QString &name, const SyncReport &report) const
{
    const DriveState state = m_states.value(name);
    return report.result == RunResult::Refused && state.lastResult == RunResult::Refused
           && state.lastCode == report.code && state.message == report.message;
}

QJsonObject RunRecorder::ended(const EndedRun &run, const SyncReport &report)
{
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("Drive"), run.name);
    // A restore is not a sync: the drive's state, and so its rhythm, stay as they were.
    const bool syncOfDrive = !run.restore && !run.driveRemoved;
    // A drive refused every minute for the same reason tells it once: no history line, no
    // log line, no notification; scripts waiting for the run still hear that it ended.
    if (syncOfDrive && repeatsRefusal(run.name, report)) {
        DriveState &state = m_states[run.name];
        state.lastFinish = std::max(m_clock.now(), run.started);
        state.lastCheck = state.lastFinish;
        saveStates();
        json.insert(QStringLiteral("Repeated"), true);
        return json;
    }
    if (syncOfDrive) {
        DriveState &state = m_states[run.name];
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
        state.waitingForUser = DriveState::isUserMatter(report.code);
        state.trust.reset();
        if (report.untrustedKey)
            state.trust = TrustWanted{ report.untrustedLocation, *report.untrustedKey };
        saveStates();
    }
    if (Result<void> saved = m_history.append(json); !saved)
        m_log.writeMessage(saved.error().message);
    // Before the run is announced, so the history window can show its files at once.
    if (Result<void> kept = m_details.write(run.name, report); !kept)
        m_log.writeMessage(kept.error().message);
    m_log.writeRun(run.name, report);
    return json;
}

bool RunRecorder::dismissRefusal(const QString &name)
{
    DriveState &state = m_states[name];
    if (state.lastResult != RunResult::Refused)
        return false;
    state.dismissedRefusal = state.refusalKey();
    saveStates();
    return true;
}

void RunRecorder::renameDrive(const QString &from, const QString &to)
{
    m_states.rename(from, to);
    saveStates();
}

bool RunRecorder::stopWaitingForUser(const QString &name)
{
    DriveState &state = m_states[name];
    if (!state.waitingForUser)
        return false;
    state.waitingForUser = false;
    saveStates();
    return true;
}

void RunRecorder::forgetDrive(const QString &name)
{
    m_states.remove(name);
}

} // namespace lts
