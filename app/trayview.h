// TrayView: what the tray shows, worked out from the drives alone: which icon, the attention
// mark, the tooltip and each drive's menu, as plain values, so every state is tested directly.
#pragma once

#include "drive.h"
#include "drivelistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace lts {

// One row of the drive list: the drive and what it is doing.
struct DriveView
{
    Drive drive;
    DriveRuntime runtime;
};

// The six icons of resources/icons/tray-*.svg. Neutral claims nothing: there is no drive, or
// no drive has finished a sync (never synced, or its last run was cancelled).
enum class TrayIconKind { Idle, Syncing, Paused, Error, Unavailable, Neutral };

struct TrayLook
{
    TrayIconKind icon = TrayIconKind::Idle;
    bool attention = false; // a drive has had no successful run for three intervals
    QString toolTip;
    // When the look changes with no change of the drives (a run reaches busyDelay, "5 minutes
    // ago" becomes "6 minutes ago"), so the tray arms one single-shot timer instead of polling.
    // Invalid: not by itself.
    QDateTime changesAt;

    friend bool operator==(const TrayLook &, const TrayLook &) = default;
};

// The entries of a drive's submenu, in their order.
enum class DriveAction {
    SyncNow,
    PauseResume, // "Pause" or "Resume", after Drive::enabled
    Cancel, // only while the drive syncs or waits for its turn
    TrustServer, // only while a server's key waits for the user (DriveRuntime::trust)
    EnterPassword, // only while the drive waits because a server refused its login
    Review, // only after a refused run: what a forced run would do
    Versions, // what the runs overwrote or deleted, to put back
    OpenSource,
    OpenTarget,
    Edit,
    LastRun, // never enabled: the last run in words
};

struct DriveMenuItem
{
    DriveAction action;
    QString text;
    bool enabled = true;
    bool visible = true;

    friend bool operator==(const DriveMenuItem &, const DriveMenuItem &) = default;
};

class TrayView final
{
    Q_DECLARE_TR_FUNCTIONS(lts::TrayView)

public:
    // A run shows the busy icon only once it has lasted this long: short runs do not flash it.
    static constexpr std::chrono::milliseconds busyDelay{ 1000 };

    // The tray's icon is the most pressing drive's, in this order: Error (a drive's last run
    // failed, was refused or was partial) > Unavailable (a drive's folders are missing) >
    // Syncing (a run has lasted busyDelay, and the busy icon is on) > Paused (every drive is
    // paused) > Idle. Problems come first because they need the user; a run does not.
    // `now` is the time the texts and the busy rule are worked out for.
    static TrayLook look(const QList<DriveView> &drives, const QDateTime &now, bool busyIcon);

    // The icon of one drive (its submenu), by the same rules. A run shorter than busyDelay, or
    // any run with the busy icon off, keeps the icon the drive had before it started (paused,
    // error or idle), so a retry of a failed drive does not blink to idle.
    static TrayIconKind driveIcon(const DriveView &drive, const QDateTime &now, bool busyIcon);

    // One line of the tooltip: "Photos: synced 5 minutes ago".
    static QString describe(const DriveView &drive, const QDateTime &now);
    // The drive's last run: "Last run: 5 minutes ago, success", "Last run: never".
    static QString lastRun(const DriveRuntime &runtime, const QDateTime &now);

    // The drive's submenu, every entry of DriveAction in its order, hidden ones included.
    static QList<DriveMenuItem> driveMenu(const DriveView &drive, const QDateTime &now);

    // The drive's source or target whose server refused the login, while the drive waits for
    // the user to give its password; empty otherwise. The one whose server the run's message
    // names, else the first remote one.
    static QString refusedLogin(const DriveView &drive);

    // Whether every drive is paused (there is at least one): "Pause all" then reads
    // "Resume all".
    static bool allPaused(const QList<DriveView> &drives);
    static QString pauseAllText(const QList<DriveView> &drives);
};

} // namespace lts
