#include "schedule.h"

#include "syncengine.h"

#include <algorithm>

namespace lts::schedule {

std::chrono::milliseconds backOff(int failures, std::chrono::milliseconds interval)
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    return std::min<std::chrono::milliseconds>(std::chrono::minutes(1) * (qint64(1) << doublings),
                                               interval);
}

bool isRetried(RunResult result, const QString &code)
{
    switch (result) {
    case RunResult::Failure:
        // A retry of a refused login is one more failed login: the user gives a password.
        return code != QStringView(fsops::authenticationFailedCode);
    case RunResult::Partial:
    case RunResult::Cancelled: // the drive is not synced: not a whole interval later
        return true;
    case RunResult::Refused:
        return code == SyncEngine::targetBusy;
    case RunResult::Success:
        break;
    }
    return false;
}

QDateTime nextRun(const Drive &drive, const DriveState &state, const CatchUp &catchUp)
{
    if (!drive.enabled || state.waitingForUser)
        return {};
    // Never ran: at once, without waiting for the catch-up.
    if (!state.lastStart.isValid())
        return state.firstSeen.isValid() ? state.firstSeen : catchUp.since;

    QDateTime due;
    if (state.interrupted) {
        due = state.lastStart;
    } else if (state.unavailable) {
        due = std::max(state.lastFinish, state.lastCheck).addMSecs(recheckInterval.count());
    } else {
        due = state.lastStart.addMSecs(drive.interval().count());
        if (state.failures > 0)
            due = std::min(due, state.lastFinish.addMSecs(
                                        backOff(state.failures, drive.interval()).count()));
    }
    // Missed while the application was stopped or the machine asleep: one run, after the
    // system has settled.
    if (catchUp.since.isValid() && due < catchUp.since)
        return std::max(due, catchUp.runAt);
    return due;
}

bool isOverdue(const Drive &drive, const DriveState &state, const QDateTime &now)
{
    if (!drive.enabled)
        return false;
    const QDateTime since = state.lastSuccess.isValid() ? state.lastSuccess : state.firstSeen;
    return since.isValid() && since.addMSecs(overdueIntervals * drive.interval().count()) < now;
}

} // namespace lts::schedule
