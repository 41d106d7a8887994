// Schedule: when a drive runs next, as pure functions of the drive, its remembered state and
// the catch-up time, so every rule of docs/schedule.md is tested without a clock.
#pragma once

#include "drive.h"
#include "drivestate.h"

#include <QDateTime>

#include <chrono>

namespace lts::schedule {

using namespace std::chrono_literals;

// How often an unavailable source or target is looked for.
inline constexpr std::chrono::milliseconds recheckInterval = 1min;
// A drive that has not succeeded for this many intervals is flagged.
inline constexpr int overdueIntervals = 3;

// After start-up or a wake-up, runs missed before `since` start at `runAt`, together as one.
struct CatchUp
{
    QDateTime since;
    QDateTime runAt;
};

// The wait before retry `failures` (1, 2, 4 ... minutes), never longer than the interval.
std::chrono::milliseconds backOff(int failures, std::chrono::milliseconds interval);

// Whether a run that ended this way is retried early, with back-off: it failed for a reason
// that may pass (a file in use, a busy target), or was cancelled and left the drive unsynced.
// A refusal waits for the user.
bool isRetried(RunResult result, const QString &code);

// The time the drive is due to start; invalid for a disabled drive and for one that waits for
// the user (DriveState::waitingForUser). A running drive's next
// time is only known when it ends. The caller clamps state.lastStart to now when the clock
// went back before it.
QDateTime nextRun(const Drive &drive, const DriveState &state, const CatchUp &catchUp);

// Whether the drive has gone `overdueIntervals` intervals without a successful run.
bool isOverdue(const Drive &drive, const DriveState &state, const QDateTime &now);

} // namespace lts::schedule
