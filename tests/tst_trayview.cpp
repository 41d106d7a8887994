// TrayView, what the tray shows as plain values: the icon for every status and combination of
// drives, the one-second rule of the busy icon and the setting that turns it off, the
// attention mark of an overdue drive, the tooltip's exact lines, and each drive's menu.
#include "testmain.h"
#include "trayview.h"

#include <QApplication>
#include <QLocale>

using namespace lts;
using namespace std::chrono_literals;

namespace {

const QDateTime now(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC);

Drive makeDrive(const QString &name, bool enabled = true)
{
    Drive drive;
    drive.name = name;
    drive.source = QStringLiteral("/data/") + name;
    drive.target = QStringLiteral("/backup/") + name;
    drive.enabled = enabled;
    return drive;
}

DriveView idle(const QString &name = QStringLiteral("Photos"))
{
    DriveView view{ makeDrive(name), {} };
    view.runtime.lastSync = now.addSecs(-5 * 60);
    view.runtime.lastSuccess = view.runtime.lastSync;
    view.runtime.lastResult = RunResult::Success;
    view.runtime.nextSync = now.addSecs(3600);
    return view;
}

DriveView paused(const QString &name = QStringLiteral("Photos"))
{
    DriveView view = idle(name);
    view.drive.enabled = false;
    view.runtime.status = DriveStatus::Paused;
    view.runtime.nextSync = {};
    return view;
}

DriveView failed(const QString &name = QStringLiteral("Photos"),
                 const QString &message = QStringLiteral("The target is read-only."))
{
    DriveView view = idle(name);
    view.runtime.status = DriveStatus::Error;
    view.runtime.lastResult = RunResult::Failure;
    view.runtime.message = message;
    return view;
}

DriveView unavailable(const QString &name = QStringLiteral("Photos"))
{
    DriveView view = idle(name);
    view.runtime.status = DriveStatus::Unavailable;
    view.runtime.lastResult = RunResult::Failure;
    view.runtime.message = QStringLiteral("Source Unavailable: /data/Photos is missing.");
    return view;
}

// A run of `view` that started `ago` before now, still comparing the folders.
DriveView syncing(DriveView view, std::chrono::milliseconds ago = 10s)
{
    view.runtime.status = DriveStatus::Syncing;
    view.runtime.runStarted = now.addMSecs(-ago.count());
    view.runtime.progress = SyncProgress{ 0, 0, 0, 0, {}, true };
    return view;
}

DriveView syncing(const QString &name = QStringLiteral("Photos"))
{
    return syncing(idle(name));
}

TrayIconKind iconOf(const QList<DriveView> &drives, bool busyIcon = true)
{
    return TrayView::look(drives, now, busyIcon).icon;
}

QStringList toolTipLines(const QList<DriveView> &drives)
{
    return TrayView::look(drives, now, true).toolTip.split(u'\n');
}

DriveMenuItem item(const QList<DriveMenuItem> &menu, DriveAction action)
{
    for (const DriveMenuItem &entry : menu) {
        if (entry.action == action)
            return entry;
    }
    return { action, QStringLiteral("<missing>"), false, false };
}

} // namespace

Q_DECLARE_METATYPE(lts::DriveView)
Q_DECLARE_METATYPE(lts::TrayIconKind)

class TestTrayView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Numbers as an English-speaking user reads them ("1,234"), whatever the test's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void oneDriveShowsItsStatus_data()
    {
        QTest::addColumn<DriveView>("drive");
        QTest::addColumn<bool>("busyIcon");
        QTest::addColumn<TrayIconKind>("icon");

        QTest::newRow("idle") << idle() << true << TrayIconKind::Idle;
        // Nothing claims to be in sync before a sync has succeeded.
        QTest::newRow("never synced") << DriveView{ makeDrive(QStringLiteral("Photos")), {} }
                                      << true << TrayIconKind::Neutral;
        DriveView cancelled = idle();
        cancelled.runtime.lastResult = RunResult::Cancelled;
        QTest::newRow("cancelled") << cancelled << true << TrayIconKind::Neutral;
        QTest::newRow("paused") << paused() << true << TrayIconKind::Paused;
        QTest::newRow("failed") << failed() << true << TrayIconKind::Error;
        DriveView refused = failed();
        refused.runtime.lastResult = RunResult::Refused;
        QTest::newRow("refused") << refused << true << TrayIconKind::Error;
        DriveView partial = failed();
        partial.runtime.lastResult = RunResult::Partial;
        QTest::newRow("partial") << partial << true << TrayIconKind::Error;
        QTest::newRow("unavailable") << unavailable() << true << TrayIconKind::Unavailable;
        DriveView queued = idle();
        queued.runtime.queued = true;
        QTest::newRow("waiting for its turn") << queued << true << TrayIconKind::Idle;

        QTest::newRow("syncing for 10 s") << syncing() << true << TrayIconKind::Syncing;
        QTest::newRow("syncing for exactly 1 s")
                << syncing(idle(), 1s) << true << TrayIconKind::Syncing;
        // Under a second the icon stays what it was before the run: no flash.
        QTest::newRow("syncing for 0.999 s")
                << syncing(idle(), 999ms) << true << TrayIconKind::Idle;
        QTest::newRow("retrying a failed drive for 0.5 s")
                << syncing(failed(), 500ms) << true << TrayIconKind::Error;
        DriveView pausedRun = syncing(paused(), 500ms);
        QTest::newRow("a paused drive synced by hand for 0.5 s")
                << pausedRun << true << TrayIconKind::Paused;
        QTest::newRow("a paused drive synced by hand for 10 s")
                << syncing(paused(), 10s) << true << TrayIconKind::Syncing;
        // The busy icon turned off: a run never shows it, however long.
        QTest::newRow("busy icon off, syncing for 10 min")
                << syncing(idle(), 10min) << false << TrayIconKind::Idle;
        QTest::newRow("busy icon off, retrying a failed drive")
                << syncing(failed(), 10min) << false << TrayIconKind::Error;
        QTest::newRow("busy icon off, idle") << idle() << false << TrayIconKind::Idle;
        QTest::newRow("busy icon off, failed") << failed() << false << TrayIconKind::Error;
    }
    void oneDriveShowsItsStatus()
    {
        QFETCH(DriveView, drive);
        QFETCH(bool, busyIcon);
        QFETCH(TrayIconKind, icon);
        QCOMPARE(iconOf({ drive }, busyIcon), icon);
        QCOMPARE(TrayView::driveIcon(drive, now, busyIcon), icon);
    }

    void theMostPressingDriveChoosesTheIcon_data()
    {
        QTest::addColumn<DriveView>("first");
        QTest::addColumn<DriveView>("second");
        QTest::addColumn<TrayIconKind>("icon");

        const QString a = QStringLiteral("A");
        const QString b = QStringLiteral("B");
        // Every pair of the five looks of a drive.
        QTest::newRow("error + error") << failed(a) << failed(b) << TrayIconKind::Error;
        QTest::newRow("error + unavailable") << failed(a) << unavailable(b) << TrayIconKind::Error;
        QTest::newRow("error + syncing") << failed(a) << syncing(b) << TrayIconKind::Error;
        QTest::newRow("error + paused") << failed(a) << paused(b) << TrayIconKind::Error;
        QTest::newRow("error + idle") << failed(a) << idle(b) << TrayIconKind::Error;
        QTest::newRow("unavailable + unavailable")
                << unavailable(a) << unavailable(b) << TrayIconKind::Unavailable;
        QTest::newRow("unavailable + syncing")
                << unavailable(a) << syncing(b) << TrayIconKind::Unavailable;
        QTest::newRow("unavailable + paused")
                << unavailable(a) << paused(b) << TrayIconKind::Unavailable;
        QTest::newRow("unavailable + idle")
                << unavailable(a) << idle(b) << TrayIconKind::Unavailable;
        QTest::newRow("syncing + syncing") << syncing(a) << syncing(b) << TrayIconKind::Syncing;
        QTest::newRow("syncing + paused") << syncing(a) << paused(b) << TrayIconKind::Syncing;
        QTest::newRow("syncing + idle") << syncing(a) << idle(b) << TrayIconKind::Syncing;
        QTest::newRow("paused + paused") << paused(a) << paused(b) << TrayIconKind::Paused;
        // Paused is the tray's look only when every drive is paused.
        QTest::newRow("paused + idle") << paused(a) << idle(b) << TrayIconKind::Idle;
        QTest::newRow("idle + idle") << idle(a) << idle(b) << TrayIconKind::Idle;

        // A short run counts as the drive's look before it.
        QTest::newRow("short run of a paused drive + paused")
                << syncing(paused(a), 200ms) << paused(b) << TrayIconKind::Paused;
        QTest::newRow("short run + paused")
                << syncing(idle(a), 200ms) << paused(b) << TrayIconKind::Idle;
        QTest::newRow("short run + unavailable")
                << syncing(idle(a), 200ms) << unavailable(b) << TrayIconKind::Unavailable;
    }
    void theMostPressingDriveChoosesTheIcon()
    {
        QFETCH(DriveView, first);
        QFETCH(DriveView, second);
        QFETCH(TrayIconKind, icon);
        QCOMPARE(iconOf({ first, second }), icon);
        QCOMPARE(iconOf({ second, first }), icon); // the order of the drives does not matter
        // A paused drive among others leaves the look to them.
        QCOMPARE(iconOf({ first, paused(QStringLiteral("C")), second }), icon);
    }

    void noDrivesIsNeutral()
    {
        const TrayLook look = TrayView::look({}, now, true);
        QCOMPARE(look.icon, TrayIconKind::Neutral);
        QVERIFY(!look.attention);
        QCOMPARE(look.toolTip, QStringLiteral("LetThatSyncIn\nNo drives yet: choose Add drive..."));
        QVERIFY(!look.changesAt.isValid());
    }

    void aShortRunSaysWhenTheBusyIconComes()
    {
        DriveView run = syncing(idle(), 300ms);
        // No other time in the texts (nextSync is not shown while it runs).
        run.runtime.lastSync = run.runtime.lastSuccess = {};
        TrayLook look = TrayView::look({ run }, now, true);
        QCOMPARE(look.icon, TrayIconKind::Idle);
        QCOMPARE(look.changesAt, run.runtime.runStarted.addMSecs(1000));

        // At that time, the look is the busy one and nothing more is due.
        look = TrayView::look({ run }, look.changesAt, true);
        QCOMPARE(look.icon, TrayIconKind::Syncing);
        QVERIFY(!look.changesAt.isValid());

        // With the busy icon off there is nothing to wait for.
        QVERIFY(!TrayView::look({ run }, now, false).changesAt.isValid());

        // Two runs: the earlier one is due first.
        DriveView other = syncing(idle(QStringLiteral("Media")), 800ms);
        other.runtime.lastSync = other.runtime.lastSuccess = {};
        QCOMPARE(TrayView::look({ run, other }, now, true).changesAt,
                 other.runtime.runStarted.addMSecs(1000));
    }

    void relativeTimesSayWhenTheyTurn_data()
    {
        QTest::addColumn<DriveView>("drive");
        QTest::addColumn<QDateTime>("changesAt");

        DriveView drive = idle();
        const auto syncedAt = [&drive](const QDateTime &time) {
            drive.runtime.lastSync = time;
            drive.runtime.lastSuccess = time;
            return drive;
        };
        QTest::newRow("just now -> 1 minute ago") << syncedAt(now.addSecs(-20)) << now.addSecs(40);
        QTest::newRow("5 -> 6 minutes ago")
                << syncedAt(now.addSecs(-(5 * 60 + 30))) << now.addSecs(30);
        QTest::newRow("3 -> 4 hours ago")
                << syncedAt(now.addSecs(-(3 * 3600 + 600))) << now.addSecs(3000);
        QTest::newRow("2 -> 3 days ago") << syncedAt(now.addDays(-2)) << now.addDays(1);
        QTest::newRow("a date does not turn") << syncedAt(now.addDays(-10)) << QDateTime();

        DriveView fresh{ makeDrive(QStringLiteral("Photos")), {} };
        fresh.runtime.nextSync = now.addSecs(150);
        QTest::newRow("first run in 2 -> 1 minutes") << fresh << now.addSecs(31);
        fresh.runtime.nextSync = now.addSecs(-5);
        QTest::newRow("first run now does not turn") << fresh << QDateTime();
    }
    void relativeTimesSayWhenTheyTurn()
    {
        QFETCH(DriveView, drive);
        QFETCH(QDateTime, changesAt);
        const TrayLook look = TrayView::look({ drive }, now, true);
        QCOMPARE(look.changesAt, changesAt);
        if (changesAt.isValid()) {
            // Just before, the texts are the same; at that time, they are not.
            QCOMPARE(TrayView::look({ drive }, changesAt.addSecs(-1), true).toolTip, look.toolTip);
            QVERIFY(TrayView::look({ drive }, changesAt, true).toolTip != look.toolTip);
        }
    }

    void anOverdueDriveRaisesTheAttentionMark()
    {
        DriveView overdue = failed(QStringLiteral("Photos"), QStringLiteral("Disk full."));
        overdue.runtime.overdue = true;
        const TrayLook look = TrayView::look({ idle(QStringLiteral("Media")), overdue }, now, true);
        QVERIFY(look.attention);
        QCOMPARE(look.icon, TrayIconKind::Error); // the mark goes over the icon, not instead
        QCOMPARE(look.toolTip.split(u'\n').at(2),
                 QStringLiteral("Photos: failed: Disk full. — not synced for over 3 days"));

        QVERIFY(!TrayView::look({ idle(QStringLiteral("Media")), failed() }, now, true).attention);

        DriveView hourly = idle();
        hourly.drive.sleep = 2;
        hourly.drive.units = IntervalUnit::Hours;
        hourly.runtime.overdue = true;
        const TrayLook hourlyLook = TrayView::look({ hourly }, now, true);
        QVERIFY(hourlyLook.attention);
        QCOMPARE(hourlyLook.icon, TrayIconKind::Idle);
        QCOMPARE(hourlyLook.toolTip.split(u'\n').at(1),
                 QStringLiteral("Photos: synced 5 minutes ago — not synced for over 6 hours"));
    }

    void eachDriveIsOneLineOfTheToolTip_data()
    {
        QTest::addColumn<DriveView>("drive");
        QTest::addColumn<QString>("line");

        QTest::newRow("synced") << idle() << QStringLiteral("Photos: synced 5 minutes ago");
        DriveView drive = idle();
        drive.runtime.lastSync = drive.runtime.lastSuccess = now.addSecs(-10);
        QTest::newRow("synced just now") << drive << QStringLiteral("Photos: synced just now");
        drive.runtime.lastSync = drive.runtime.lastSuccess = now.addSecs(-3 * 3600);
        QTest::newRow("synced hours ago") << drive << QStringLiteral("Photos: synced 3 hours ago");
        // A cancelled run is not a sync: the last one that succeeded is said too.
        drive.runtime.lastResult = RunResult::Cancelled;
        drive.runtime.lastSync = now.addSecs(-60);
        QTest::newRow("cancelled")
                << drive
                << QStringLiteral("Photos: cancelled 1 minute ago, last synced 3 hours ago");
        drive.runtime.lastSuccess = {};
        QTest::newRow("cancelled, never synced")
                << drive << QStringLiteral("Photos: cancelled 1 minute ago");

        DriveView fresh{ makeDrive(QStringLiteral("Photos")), {} };
        fresh.runtime.nextSync = now.addSecs(2 * 60 + 5);
        QTest::newRow("never synced")
                << fresh << QStringLiteral("Photos: never synced, first run in 2 minutes");
        fresh.runtime.nextSync = now.addSecs(-1);
        QTest::newRow("never synced, due")
                << fresh << QStringLiteral("Photos: never synced, first run now");
        fresh.runtime.nextSync = {};
        QTest::newRow("never synced, no time") << fresh << QStringLiteral("Photos: never synced");

        QTest::newRow("paused") << paused() << QStringLiteral("Photos: paused");
        // A watched drive that cannot be watched says why and what to do.
        DriveView unwatched = idle();
        unwatched.drive.watch = true;
        unwatched.runtime.watchingReason
                = QStringLiteral("Too many folders for inotify: raise fs.inotify.max_user_watches");
        QTest::newRow("not watched")
                << unwatched
                << QStringLiteral("Photos: synced 5 minutes ago — not watched: Too many folders "
                                  "for inotify: raise fs.inotify.max_user_watches");
        unwatched.runtime.watchingReason.clear();
        unwatched.runtime.watching = true;
        QTest::newRow("watched") << unwatched << QStringLiteral("Photos: synced 5 minutes ago");
        QTest::newRow("unavailable")
                << unavailable() << QStringLiteral("Photos: disk not available");
        QTest::newRow("failed") << failed()
                                << QStringLiteral("Photos: failed: The target is read-only.");
        QTest::newRow("failed, first line only")
                << failed(QStringLiteral("Photos"), QStringLiteral("Disk full.\n/a\n/b"))
                << QStringLiteral("Photos: failed: Disk full.");
        QTest::newRow("failed, no message")
                << failed(QStringLiteral("Photos"), QString()) << QStringLiteral("Photos: failed");
        DriveView refused = failed(QStringLiteral("Photos"),
                                   QStringLiteral("Too Many Deletions: 40 of 50 files"));
        refused.runtime.lastResult = RunResult::Refused;
        QTest::newRow("refused") << refused
                                 << QStringLiteral(
                                            "Photos: refused: Too Many Deletions: 40 of 50 files");
        DriveView partial = failed(QStringLiteral("Photos"),
                                   QStringLiteral("2 entries could not be synced; the rest was."));
        partial.runtime.lastResult = RunResult::Partial;
        QTest::newRow("partial") << partial
                                 << QStringLiteral("Photos: partly synced: 2 entries could not be "
                                                   "synced; the rest was.");
        DriveView queued = failed();
        queued.runtime.queued = true;
        QTest::newRow("queued") << queued << QStringLiteral("Photos: waiting for another sync");

        const QString media = QStringLiteral("Media");
        QTest::newRow("starting") << syncing(media) << QStringLiteral("Media: comparing folders");
        DriveView scanning = syncing(media);
        scanning.runtime.progress->filesTotal = 1234;
        QTest::newRow("comparing")
                << scanning << QStringLiteral("Media: comparing folders (1,234 to copy so far)");
        DriveView copying = syncing(media);
        copying.runtime.progress = SyncProgress{ 10, 40, 1'200'000'000, 4'000'000'000, {}, false };
        QTest::newRow("copying, speed not known yet")
                << copying << QStringLiteral("Media: copying 1.2 GB of 4.0 GB");
        copying.runtime.bytesPerSecond = 12'000'000;
        // 2.8 GB left at 12 MB/s: 233 s
        QTest::newRow("copying")
                << copying
                << QStringLiteral("Media: copying 1.2 GB of 4.0 GB, 12.0 MB/s, 4 min left");
        copying.runtime.progress->bytesDone = 4'000'000'000;
        QTest::newRow("copied, finishing")
                << copying << QStringLiteral("Media: copying 4.0 GB of 4.0 GB, 12.0 MB/s");
        DriveView deleting = syncing(media);
        deleting.runtime.progress = SyncProgress{ 3, 12, 0, 0, {}, false };
        QTest::newRow("nothing to copy") << deleting << QStringLiteral("Media: syncing");
    }
    void eachDriveIsOneLineOfTheToolTip()
    {
        QFETCH(DriveView, drive);
        QFETCH(QString, line);
        QCOMPARE(TrayView::describe(drive, now), line);
        QCOMPARE(toolTipLines({ drive }), QStringList({ QStringLiteral("LetThatSyncIn"), line }));
    }

    void theToolTipListsTheDrivesInOrder()
    {
        QCOMPARE(toolTipLines({ idle(), paused(QStringLiteral("Media")),
                                unavailable(QStringLiteral("Lab")) }),
                 QStringList({ QStringLiteral("LetThatSyncIn"),
                               QStringLiteral("Photos: synced 5 minutes ago"),
                               QStringLiteral("Media: paused"),
                               QStringLiteral("Lab: disk not available") }));
    }

    void theLastRunInWords_data()
    {
        QTest::addColumn<DriveView>("drive");
        QTest::addColumn<QString>("text");

        QTest::newRow("never") << DriveView{ makeDrive(QStringLiteral("Photos")), {} }
                               << QStringLiteral("Last run: never");
        QTest::newRow("success") << idle() << QStringLiteral("Last run: 5 minutes ago, success");
        DriveView drive = failed();
        QTest::newRow("failure") << drive << QStringLiteral("Last run: 5 minutes ago, failed");
        drive.runtime.lastResult = RunResult::Refused;
        QTest::newRow("refused") << drive << QStringLiteral("Last run: 5 minutes ago, refused");
        drive.runtime.lastResult = RunResult::Partial;
        QTest::newRow("partial") << drive
                                 << QStringLiteral("Last run: 5 minutes ago, partly synced");
        drive.runtime.lastResult = RunResult::Cancelled;
        QTest::newRow("cancelled") << drive << QStringLiteral("Last run: 5 minutes ago, cancelled");
        drive.runtime.lastResult.reset();
        QTest::newRow("result not known") << drive << QStringLiteral("Last run: 5 minutes ago");
        // The run going on now is not the last run.
        QTest::newRow("while syncing")
                << syncing() << QStringLiteral("Last run: 5 minutes ago, success");
    }
    void theLastRunInWords()
    {
        QFETCH(DriveView, drive);
        QFETCH(QString, text);
        QCOMPARE(TrayView::lastRun(drive.runtime, now), text);
        const DriveMenuItem line = item(TrayView::driveMenu(drive, now), DriveAction::LastRun);
        QCOMPARE(line.text, text);
        QVERIFY(!line.enabled);
        QVERIFY(line.visible);
    }

    void aDrivesMenuFollowsItsState_data()
    {
        QTest::addColumn<DriveView>("drive");
        QTest::addColumn<bool>("syncNowEnabled");
        QTest::addColumn<QString>("pauseText");
        QTest::addColumn<bool>("cancelVisible");
        QTest::addColumn<bool>("reviewVisible");

        QTest::newRow("idle") << idle() << true << QStringLiteral("Pause") << false << false;
        QTest::newRow("syncing") << syncing() << false << QStringLiteral("Pause") << true << false;
        QTest::newRow("short run")
                << syncing(idle(), 100ms) << false << QStringLiteral("Pause") << true << false;
        DriveView queued = idle();
        queued.runtime.queued = true;
        QTest::newRow("waiting for its turn")
                << queued << false << QStringLiteral("Pause") << true << false;
        // A paused drive can still be synced by hand.
        QTest::newRow("paused") << paused() << true << QStringLiteral("Resume") << false << false;
        QTest::newRow("paused, synced by hand")
                << syncing(paused()) << false << QStringLiteral("Resume") << true << false;
        QTest::newRow("failed") << failed() << true << QStringLiteral("Pause") << false << false;
        QTest::newRow("unavailable")
                << unavailable() << true << QStringLiteral("Pause") << false << false;
        DriveView refused = failed();
        refused.runtime.lastResult = RunResult::Refused;
        QTest::newRow("refused") << refused << true << QStringLiteral("Pause") << false << true;
    }
    void aDrivesMenuFollowsItsState()
    {
        QFETCH(DriveView, drive);
        QFETCH(bool, syncNowEnabled);
        QFETCH(QString, pauseText);
        QFETCH(bool, cancelVisible);
        QFETCH(bool, reviewVisible);

        const QList<DriveMenuItem> menu = TrayView::driveMenu(drive, now);
        QList<DriveAction> order;
        for (const DriveMenuItem &entry : menu)
            order.append(entry.action);
        QCOMPARE(order,
                 QList<DriveAction>(
                         { DriveAction::SyncNow, DriveAction::PauseResume, DriveAction::Cancel,
                           DriveAction::TrustServer, DriveAction::EnterPassword,
                           DriveAction::Review, DriveAction::Versions, DriveAction::OpenSource,
                           DriveAction::OpenTarget, DriveAction::Edit, DriveAction::LastRun }));
        // Only a drive that waits for a key or a password offers them.
        QVERIFY(!item(menu, DriveAction::TrustServer).visible);
        QVERIFY(!item(menu, DriveAction::EnterPassword).visible);

        const DriveMenuItem syncNow = item(menu, DriveAction::SyncNow);
        QCOMPARE(syncNow.text, QStringLiteral("Sync now"));
        QCOMPARE(syncNow.enabled, syncNowEnabled);
        QVERIFY(syncNow.visible);
        const DriveMenuItem pause = item(menu, DriveAction::PauseResume);
        QCOMPARE(pause.text, pauseText);
        QVERIFY(pause.enabled && pause.visible);
        const DriveMenuItem cancel = item(menu, DriveAction::Cancel);
        QCOMPARE(cancel.text, QStringLiteral("Cancel"));
        QCOMPARE(cancel.visible, cancelVisible);
        const DriveMenuItem review = item(menu, DriveAction::Review);
        QCOMPARE(review.text, QStringLiteral("Review..."));
        QCOMPARE(review.visible, reviewVisible);
        for (const auto &[action, text] :
             { std::pair(DriveAction::Versions, QStringLiteral("Versions...")),
               std::pair(DriveAction::OpenSource, QStringLiteral("Open source")),
               std::pair(DriveAction::OpenTarget, QStringLiteral("Open target")),
               std::pair(DriveAction::Edit, QStringLiteral("Edit...")) }) {
            const DriveMenuItem entry = item(menu, action);
            QCOMPARE(entry.text, text);
            QVERIFY(entry.enabled && entry.visible);
        }
    }

    void pauseAllTurnsIntoResumeAll()
    {
        QCOMPARE(TrayView::pauseAllText({}), QStringLiteral("Pause all"));
        QCOMPARE(TrayView::pauseAllText({ idle(), idle(QStringLiteral("Media")) }),
                 QStringLiteral("Pause all"));
        QCOMPARE(TrayView::pauseAllText({ paused(), idle(QStringLiteral("Media")) }),
                 QStringLiteral("Pause all"));
        QCOMPARE(TrayView::pauseAllText({ paused(), paused(QStringLiteral("Media")) }),
                 QStringLiteral("Resume all"));
        QVERIFY(TrayView::allPaused({ paused() }));
        QVERIFY(!TrayView::allPaused({}));
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestTrayView)
#include "tst_trayview.moc"
