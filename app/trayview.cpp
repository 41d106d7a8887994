#include "trayview.h"

#include "remotelocation.h"
#include "schedule.h"
#include "textformat.h"

#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>

namespace lts {

namespace {

int countForText(std::int64_t count)
{
    return int(std::clamp<std::int64_t>(count, 0, INT_MAX));
}

// A message can be several lines (a list of files); one line of the tooltip holds the first.
QString firstLine(const QString &message)
{
    const qsizetype end = message.indexOf(u'\n');
    return (end < 0 ? message : message.left(end)).trimmed();
}

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

// TextFormat counts whole minutes under an hour, whole hours under a day and whole days
// after, so "... ago" and "in ..." change at the next multiple of that step.
std::int64_t textStep(std::int64_t distance)
{
    if (distance < 3600)
        return 60;
    if (distance < 24 * 3600)
        return 3600;
    return 24 * 3600;
}

// When TextFormat::ago(then, now) next reads differently; invalid once it shows a date.
QDateTime agoTurn(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    const std::int64_t distance = std::max<std::int64_t>(0, then.secsTo(now));
    if (distance > 7 * 24 * 3600)
        return {};
    const std::int64_t step = textStep(distance);
    return then.addSecs((distance / step + 1) * step);
}

// When TextFormat::in(when, now) next reads differently; invalid once it says "now".
QDateTime inTurn(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const std::int64_t distance = now.secsTo(when);
    if (distance < 1)
        return {};
    const std::int64_t step = textStep(distance);
    return when.addSecs(1 - (distance / step) * step);
}

QString resultWords(RunResult result)
{
    switch (result) {
    case RunResult::Success:
        return TrayView::tr("success");
    case RunResult::Partial:
        return TrayView::tr("partly synced");
    case RunResult::Failure:
        return TrayView::tr("failed");
    case RunResult::Refused:
        return TrayView::tr("refused");
    case RunResult::Cancelled:
        break;
    }
    return TrayView::tr("cancelled");
}

QString syncingWords(const DriveRuntime &runtime)
{
    if (!runtime.progress || runtime.progress->scanning) {
        const std::int64_t found = runtime.progress ? runtime.progress->filesTotal : 0;
        if (found > 0) {
            return TrayView::tr("comparing folders (%Ln to copy so far)", nullptr,
                                countForText(found));
        }
        return TrayView::tr("comparing folders");
    }
    const SyncProgress &progress = *runtime.progress;
    if (progress.bytesTotal <= 0) // only deletions and folder times are left to do
        return TrayView::tr("syncing");
    QString words = TrayView::tr("copying %1 of %2")
                            .arg(TextFormat::bytes(progress.bytesDone),
                                 TextFormat::bytes(progress.bytesTotal));
    const double rate = runtime.bytesPerSecond.value_or(0.0);
    if (rate > 0) {
        words = TrayView::tr("%1, %2").arg(words, TextFormat::rate(rate));
        if (const auto left
            = TransferRate::timeLeft(progress.bytesTotal - progress.bytesDone, rate))
            words = TrayView::tr("%1, %2").arg(words, TextFormat::timeLeft(*left));
    }
    return words;
}

QString errorWords(const DriveRuntime &runtime)
{
    const QString message = firstLine(runtime.message);
    if (runtime.lastResult == RunResult::Refused)
        return message.isEmpty() ? TrayView::tr("refused")
                                 : TrayView::tr("refused: %1").arg(message);
    if (runtime.lastResult == RunResult::Partial) {
        return message.isEmpty() ? TrayView::tr("partly synced")
                                 : TrayView::tr("partly synced: %1").arg(message);
    }
    return message.isEmpty() ? TrayView::tr("failed") : TrayView::tr("failed: %1").arg(message);
}

QString idleWords(const DriveRuntime &runtime, const QDateTime &now)
{
    // A cancelled run synced nothing for sure: the drive is not said to be synced.
    if (runtime.lastResult == RunResult::Cancelled)
        return runtime.lastSuccess.isValid()
                       ? TrayView::tr("cancelled %1, last synced %2")
                                 .arg(TextFormat::ago(runtime.lastSync, now),
                                      TextFormat::ago(runtime.lastSuccess, now))
                       : TrayView::tr("cancelled %1").arg(TextFormat::ago(runtime.lastSync, now));
    if (!runtime.lastSuccess.isValid()) {
        if (!runtime.nextSync.isValid())
            return TrayView::tr("never synced");
        return TrayView::tr("never synced, first run %1")
                .arg(TextFormat::in(runtime.nextSync, now));
    }
    return TrayView::tr("synced %1").arg(TextFormat::ago(runtime.lastSuccess, now));
}

// A drive at rest is in sync only when its last run was a success.
TrayIconKind idleIcon(const DriveRuntime &runtime)
{
    return runtime.lastResult == RunResult::Success ? TrayIconKind::Idle : TrayIconKind::Neutral;
}

QString stateWords(const DriveRuntime &runtime, const QDateTime &now)
{
    if (runtime.status == DriveStatus::Syncing)
        return syncingWords(runtime);
    if (runtime.queued)
        return TrayView::tr("waiting for another sync");
    switch (runtime.status) {
    case DriveStatus::Paused:
        return TrayView::tr("paused");
    case DriveStatus::Unavailable:
        return TrayView::tr("disk not available");
    case DriveStatus::Error:
        return errorWords(runtime);
    case DriveStatus::Idle:
    case DriveStatus::Syncing:
        break;
    }
    return idleWords(runtime, now);
}

} // namespace

TrayLook TrayView::look(const QList<DriveView> &drives, const QDateTime &now, bool busyIcon)
{
    TrayLook look;
    bool error = false;
    bool unavailable = false;
    bool syncing = false;
    bool neutral = drives.isEmpty();
    bool paused = !drives.isEmpty();
    QStringList lines{ QStringLiteral("LetThatSyncIn") };
    for (const DriveView &drive : drives) {
        const DriveRuntime &runtime = drive.runtime;
        const TrayIconKind kind = driveIcon(drive, now, busyIcon);
        error = error || kind == TrayIconKind::Error;
        unavailable = unavailable || kind == TrayIconKind::Unavailable;
        syncing = syncing || kind == TrayIconKind::Syncing;
        neutral = neutral || kind == TrayIconKind::Neutral;
        paused = paused && kind == TrayIconKind::Paused;
        look.attention = look.attention || runtime.overdue;
        lines.append(describe(drive, now));

        if (busyIcon && runtime.status == DriveStatus::Syncing && runtime.runStarted.isValid()) {
            const QDateTime busyAt = runtime.runStarted.addMSecs(busyDelay.count());
            if (busyAt > now)
                look.changesAt = earliest(look.changesAt, busyAt);
        }
        // The submenu's "Last run: 5 minutes ago" follows the clock too.
        look.changesAt = earliest(look.changesAt, agoTurn(runtime.lastSync, now));
        look.changesAt = earliest(look.changesAt, agoTurn(runtime.lastSuccess, now));
        // "never synced, first run in 2 minutes"
        if (!runtime.lastSync.isValid() && runtime.status == DriveStatus::Idle && !runtime.queued)
            look.changesAt = earliest(look.changesAt, inTurn(runtime.nextSync, now));
    }
    if (drives.isEmpty())
        lines.append(tr("No drives yet: choose Add drive..."));
    look.toolTip = lines.join(u'\n');
    look.icon = error         ? TrayIconKind::Error
                : unavailable ? TrayIconKind::Unavailable
                : syncing     ? TrayIconKind::Syncing
                : paused      ? TrayIconKind::Paused
                : neutral     ? TrayIconKind::Neutral
                              : TrayIconKind::Idle;
    return look;
}

TrayIconKind TrayView::driveIcon(const DriveView &drive, const QDateTime &now, bool busyIcon)
{
    const DriveRuntime &runtime = drive.runtime;
    switch (runtime.status) {
    case DriveStatus::Syncing:
        // A run whose start is unknown cannot be timed: it counts as long under way.
        if (busyIcon
            && (!runtime.runStarted.isValid()
                || runtime.runStarted.addMSecs(busyDelay.count()) <= now))
            return TrayIconKind::Syncing;
        if (!drive.drive.enabled)
            return TrayIconKind::Paused;
        return needsAttention(runtime.lastResult) ? TrayIconKind::Error : idleIcon(runtime);
    case DriveStatus::Paused:
        return TrayIconKind::Paused;
    case DriveStatus::Unavailable:
        return TrayIconKind::Unavailable;
    case DriveStatus::Error:
        return TrayIconKind::Error;
    case DriveStatus::Idle:
        break;
    }
    return idleIcon(runtime);
}

QString TrayView::describe(const DriveView &drive, const QDateTime &now)
{
    QString line = tr("%1: %2").arg(drive.drive.name, stateWords(drive.runtime, now));
    // A watched drive that cannot be watched says why, with what to do (the watch limit).
    if (drive.drive.watch && drive.drive.enabled && !drive.runtime.watchingReason.isEmpty())
        line = tr("%1 — not watched: %2").arg(line, drive.runtime.watchingReason);
    if (!drive.runtime.overdue)
        return line;
    // Overdue means no success for that long; the exact time of the last success is not known
    // here, and "over three intervals" is what the flag says.
    return tr("%1 — not synced for over %2")
            .arg(line, describeInterval(schedule::overdueIntervals * drive.drive.sleep,
                                        drive.drive.units));
}

QString TrayView::lastRun(const DriveRuntime &runtime, const QDateTime &now)
{
    if (!runtime.lastSync.isValid())
        return tr("Last run: never");
    const QString when = TextFormat::ago(runtime.lastSync, now);
    if (!runtime.lastResult)
        return tr("Last run: %1").arg(when);
    return tr("Last run: %1, %2").arg(when, resultWords(*runtime.lastResult));
}

QList<DriveMenuItem> TrayView::driveMenu(const DriveView &drive, const QDateTime &now)
{
    const DriveRuntime &runtime = drive.runtime;
    const bool busy = runtime.status == DriveStatus::Syncing || runtime.queued;
    const bool refused = runtime.lastResult == RunResult::Refused;
    return {
        { DriveAction::SyncNow, tr("Sync now"), !busy, true },
        { DriveAction::PauseResume, drive.drive.enabled ? tr("Pause") : tr("Resume"), true, true },
        { DriveAction::Cancel, tr("Cancel"), true, busy },
        { DriveAction::TrustServer, tr("Trust the server..."), !busy, runtime.trust.has_value() },
        { DriveAction::EnterPassword, tr("Enter the password..."), !busy,
          !refusedLogin(drive).isEmpty() },
        { DriveAction::Review, tr("Review..."), !busy, refused },
        { DriveAction::Versions, tr("Versions..."), true, true },
        { DriveAction::OpenSource, tr("Open source"), true, true },
        { DriveAction::OpenTarget, tr("Open target"), true, true },
        { DriveAction::Edit, tr("Edit..."), true, true },
        { DriveAction::LastRun, lastRun(runtime, now), false, true },
    };
}

QString TrayView::refusedLogin(const DriveView &drive)
{
    const DriveRuntime &runtime = drive.runtime;
    if (!runtime.waitingForUser || runtime.code != QStringView(fsops::authenticationFailedCode))
        return {};
    QStringList remote;
    for (const QString &location : { drive.drive.source, drive.drive.target }) {
        if (!RemoteLocation::isRemote(location))
            continue;
        // The message names the server (as the session shows it: user, host and port).
        const Result<RemoteLocation> parsed = RemoteLocation::parse(location, {});
        if (parsed && runtime.message.contains(parsed->host()))
            return location;
        remote.append(location);
    }
    return remote.value(0);
}

bool TrayView::allPaused(const QList<DriveView> &drives)
{
    return !drives.isEmpty()
           && std::all_of(drives.cbegin(), drives.cend(),
                          [](const DriveView &drive) { return !drive.drive.enabled; });
}

QString TrayView::pauseAllText(const QList<DriveView> &drives)
{
    return allPaused(drives) ? tr("Resume all") : tr("Pause all");
}

} // namespace lts
