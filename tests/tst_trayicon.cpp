// TrayIcon on a real controller (FakeEngine runs): the menu a user opens for each state of a
// drive, what its actions change (the config on disk, the runs, the windows asked for), the
// icon and tooltip through a run, and a refused action told instead of failing silently.
#include "controllerfixture.h"
#include "files.h"
#include "recordingactions.h"
#include "testmain.h"
#include "trayicon.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>

using namespace lts;
using lts::test::ControllerFixture;
using lts::test::RecordingActions;

namespace {

const QString photos = QStringLiteral("Photos");
const QString media = QStringLiteral("Media");

// The top level of the menu as the user reads it: submenus by title, "" for a separator.
QStringList topLevel(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (action->isVisible())
            texts.append(action->isSeparator() ? QString() : action->text());
    }
    return texts;
}

QMenu *submenu(const QMenu *menu, const QString &title)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

QAction *findAction(const QMenu *menu, const QString &text)
{
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && !action->menu() && action->text() == text)
            return action;
    }
    return nullptr;
}

// The visible entries of a drive's submenu: "Sync now" or "Sync now (disabled)".
QStringList entries(const QMenu *menu)
{
    QStringList texts;
    if (!menu)
        return texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isVisible())
            continue;
        if (action->isSeparator())
            texts.append(QStringLiteral("--"));
        else
            texts.append(action->text()
                         + (action->isEnabled() ? QString() : QStringLiteral(" (disabled)")));
    }
    return texts;
}

QJsonObject configOnDisk(const ControllerFixture &fixture)
{
    return QJsonDocument::fromJson(test::readFile(fixture.configFile())).object();
}

// Drive name -> "Enabled" as saved in config.json.
QMap<QString, bool> enabledOnDisk(const ControllerFixture &fixture)
{
    QMap<QString, bool> enabled;
    for (const QJsonValue &drive :
         configOnDisk(fixture).value(QStringLiteral("Drives")).toArray()) {
        const QJsonObject object = drive.toObject();
        enabled.insert(object.value(QStringLiteral("Name")).toString(),
                       object.value(QStringLiteral("Enabled")).toBool(true));
    }
    return enabled;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ControllerFixture> m_fixture;
    std::unique_ptr<RecordingActions> m_actions;
    std::unique_ptr<TrayIcon> m_tray;

    ControllerFixture &fixture() { return *m_fixture; }
    SyncController &controller() { return m_fixture->controller(); }
    TrayIcon &tray()
    {
        if (!m_tray)
            m_tray = std::make_unique<TrayIcon>(controller(), *m_actions);
        return *m_tray;
    }
    QMenu *driveMenu(const QString &name) { return submenu(tray().menu(), name); }
    QAction *driveAction(const QString &name, const QString &text)
    {
        return findAction(driveMenu(name), text);
    }
    QAction *topAction(const QString &text) { return findAction(tray().menu(), text); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ControllerFixture>();
        m_actions = std::make_unique<RecordingActions>();
    }
    void cleanup()
    {
        m_tray.reset();
        m_fixture->engine().finishAll();
        m_fixture.reset();
        m_actions.reset();
    }

    void theMenuListsTheDrivesThenTheApplication()
    {
        QCOMPARE(topLevel(tray().menu()),
                 QStringList({ QString(), QStringLiteral("Sync all now"),
                               QStringLiteral("Pause all"), QString(),
                               QStringLiteral("Add drive..."), QStringLiteral("Drives..."),
                               QStringLiteral("History..."), QStringLiteral("Settings..."),
                               QStringLiteral("About..."), QString(), QStringLiteral("Quit") }));
        QVERIFY(!topAction(QStringLiteral("Sync all now"))->isEnabled());
        QVERIFY(!topAction(QStringLiteral("Pause all"))->isEnabled());
        QCOMPARE(tray().systemTrayIcon().toolTip(),
                 QStringLiteral("LetThatSyncIn\nNo drives yet: choose Add drive..."));

        fixture().addDrive(photos);
        fixture().addDrive(media);
        QCOMPARE(topLevel(tray().menu()).mid(0, 4),
                 QStringList({ photos, media, QString(), QStringLiteral("Sync all now") }));
        QVERIFY(topAction(QStringLiteral("Sync all now"))->isEnabled());
        QVERIFY(topAction(QStringLiteral("Pause all"))->isEnabled());
        QCOMPARE(tray().systemTrayIcon().toolTip().split(u'\n').size(), 3);

        // A rename changes the submenu in place: one that is open stays open.
        QMenu *const menu = driveMenu(photos);
        QVERIFY(controller()
                        .editDrive(photos, QJsonObject{ { QStringLiteral("Name"),
                                                          QStringLiteral("Pictures") } })
                        .accepted());
        QCOMPARE(driveMenu(QStringLiteral("Pictures")), menu);
        QCOMPARE(topLevel(tray().menu()).mid(0, 3),
                 QStringList({ QStringLiteral("Pictures"), media, QString() }));

        QVERIFY(controller().removeDrive(QStringLiteral("Pictures")));
        QCOMPARE(topLevel(tray().menu()).mid(0, 2), QStringList({ media, QString() }));
        QVERIFY(tray().systemTrayIcon().toolTip().endsWith(
                QStringLiteral("\nMedia: never synced")));
    }

    void aDriveNamedWithAnAmpersandShowsIt()
    {
        fixture().addDrive(QStringLiteral("R&D"));
        QVERIFY(driveMenu(QStringLiteral("R&&D"))); // "&&" is how a menu shows one "&"
    }

    void anIdleDrivesMenu()
    {
        fixture().addDrive(photos);
        QCOMPARE(entries(driveMenu(photos)),
                 QStringList({ QStringLiteral("Sync now"), QStringLiteral("Pause"),
                               QStringLiteral("--"), QStringLiteral("Versions..."),
                               QStringLiteral("Open source"), QStringLiteral("Open target"),
                               QStringLiteral("Edit..."), QStringLiteral("--"),
                               QStringLiteral("Last run: never (disabled)") }));
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral); // never synced: not "in sync"
        QVERIFY(!tray().systemTrayIcon().icon().isNull());
    }

    void aSyncingDrivesMenuOffersCancel()
    {
        fixture().addDrive(photos);
        QCOMPARE(fixture().engine().started(), 0);
        QAction *const syncNow = driveAction(photos, QStringLiteral("Sync now"));
        syncNow->trigger();
        QCOMPARE(fixture().engine().started(), 1);
        // Changed in place, not rebuilt: an open menu stays open while the run goes on.
        QCOMPARE(driveAction(photos, QStringLiteral("Sync now")), syncNow);
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Syncing);
        QCOMPARE(entries(driveMenu(photos)),
                 QStringList({ QStringLiteral("Sync now (disabled)"), QStringLiteral("Pause"),
                               QStringLiteral("Cancel"), QStringLiteral("--"),
                               QStringLiteral("Versions..."), QStringLiteral("Open source"),
                               QStringLiteral("Open target"), QStringLiteral("Edit..."),
                               QStringLiteral("--"),
                               QStringLiteral("Last run: never (disabled)") }));
        QCOMPARE(tray().systemTrayIcon().toolTip(),
                 QStringLiteral("LetThatSyncIn\nPhotos: comparing folders"));

        driveAction(photos, QStringLiteral("Cancel"))->trigger();
        QVERIFY(fixture().engine().run(0).job.cancel.isCanceled());
        fixture().engine().finishAll(RunResult::Cancelled);
        QTRY_COMPARE(controller().model().runtime(photos).status, DriveStatus::Idle);
        QCOMPARE(entries(driveMenu(photos)),
                 QStringList({ QStringLiteral("Sync now"), QStringLiteral("Pause"),
                               QStringLiteral("--"), QStringLiteral("Versions..."),
                               QStringLiteral("Open source"), QStringLiteral("Open target"),
                               QStringLiteral("Edit..."), QStringLiteral("--"),
                               QStringLiteral("Last run: just now, cancelled (disabled)") }));
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral); // a cancelled drive is not synced
    }

    void aDriveWaitingForItsTurnCanBeTakenOutOfTheQueue()
    {
        // Two drives on one target volume never run at once: the second one waits.
        fixture().addDrive(photos);
        fixture().addDrive(media);
        QVERIFY(controller().syncNow(photos));
        QVERIFY(controller().syncNow(media));
        if (!controller().model().runtime(media).queued)
            QSKIP("the two temporary folders are not seen as one volume here");
        QVERIFY(!driveAction(media, QStringLiteral("Sync now"))->isEnabled());
        QCOMPARE(tray().systemTrayIcon().toolTip().split(u'\n').at(2),
                 QStringLiteral("Media: waiting for another sync"));
        driveAction(media, QStringLiteral("Cancel"))->trigger();
        QVERIFY(!controller().model().runtime(media).queued);
        QVERIFY(driveAction(media, QStringLiteral("Sync now"))->isEnabled());
        QVERIFY(!driveAction(media, QStringLiteral("Cancel"))->isVisible());
    }

    void pauseAndResumeADrive()
    {
        fixture().addDrive(photos);
        fixture().addDrive(media);
        driveAction(photos, QStringLiteral("Pause"))->trigger();
        QCOMPARE(enabledOnDisk(fixture()),
                 (QMap<QString, bool>{ { photos, false }, { media, true } }));
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Paused);
        QVERIFY(!driveAction(photos, QStringLiteral("Pause")));
        QVERIFY(driveAction(photos, QStringLiteral("Resume")));
        QCOMPARE(tray().systemTrayIcon().toolTip().split(u'\n').at(1),
                 QStringLiteral("Photos: paused"));
        // Media still runs on its schedule (and has not synced yet).
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral);
        QCOMPARE(topAction(QStringLiteral("Pause all"))->text(), QStringLiteral("Pause all"));

        driveAction(media, QStringLiteral("Pause"))->trigger();
        QCOMPARE(tray().iconKind(), TrayIconKind::Paused);
        QVERIFY(topAction(QStringLiteral("Resume all")));
        QVERIFY(!topAction(QStringLiteral("Sync all now"))->isEnabled()); // it runs enabled drives

        driveAction(photos, QStringLiteral("Resume"))->trigger();
        QCOMPARE(enabledOnDisk(fixture()),
                 (QMap<QString, bool>{ { photos, true }, { media, false } }));
        QVERIFY(driveAction(photos, QStringLiteral("Pause")));
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral);
    }

    void pauseAllThenResumeAll()
    {
        fixture().addDrive(photos);
        fixture().addDrive(media);
        fixture().addDrive(QStringLiteral("Lab"));
        driveAction(media, QStringLiteral("Pause"))->trigger();

        topAction(QStringLiteral("Pause all"))->trigger();
        QCOMPARE(enabledOnDisk(fixture()),
                 (QMap<QString, bool>{
                         { photos, false }, { media, false }, { QStringLiteral("Lab"), false } }));
        QCOMPARE(tray().iconKind(), TrayIconKind::Paused);
        QVERIFY(!topAction(QStringLiteral("Pause all")));

        topAction(QStringLiteral("Resume all"))->trigger();
        QCOMPARE(enabledOnDisk(fixture()),
                 (QMap<QString, bool>{
                         { photos, true }, { media, true }, { QStringLiteral("Lab"), true } }));
        QVERIFY(topAction(QStringLiteral("Pause all")));
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral);
    }

    void syncAllNowRunsEveryEnabledDrive()
    {
        fixture().addDrive(photos);
        fixture().addDrive(media, { { QStringLiteral("Enabled"), false } });
        topAction(QStringLiteral("Sync all now"))->trigger();
        QCOMPARE(fixture().engine().started(), 1);
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Syncing);
        QCOMPARE(controller().model().runtime(media).status, DriveStatus::Paused);
    }

    void theWindowActionsAreAskedFor()
    {
        const Drive drive = fixture().addDrive(photos);
        driveAction(photos, QStringLiteral("Open source"))->trigger();
        driveAction(photos, QStringLiteral("Open target"))->trigger();
        driveAction(photos, QStringLiteral("Edit..."))->trigger();
        for (const QString &text : { QStringLiteral("Add drive..."), QStringLiteral("Drives..."),
                                     QStringLiteral("History..."), QStringLiteral("Settings..."),
                                     QStringLiteral("About..."), QStringLiteral("Quit") })
            topAction(text)->trigger();
        QCOMPARE(m_actions->calls,
                 QStringList({ QStringLiteral("openFolder ") + drive.source,
                               QStringLiteral("openFolder ") + drive.target,
                               QStringLiteral("editDrive Photos"), QStringLiteral("addDrive"),
                               QStringLiteral("showDrives"), QStringLiteral("showHistory "),
                               QStringLiteral("showSettings"), QStringLiteral("showAbout"),
                               QStringLiteral("quit") }));
        QCOMPARE(fixture().engine().started(), 0); // none of them starts a run
    }

    void aLeftClickShowsTheDrivesWindow()
    {
        Q_EMIT tray().systemTrayIcon().activated(QSystemTrayIcon::Context);
        QVERIFY(m_actions->calls.isEmpty()); // the right click is the menu's
        Q_EMIT tray().systemTrayIcon().activated(QSystemTrayIcon::Trigger);
        QCOMPARE(m_actions->calls, QStringList({ QStringLiteral("showDrives") }));
    }

    void aRefusedRunOffersAReview()
    {
        fixture().addDrive(photos);
        QVERIFY(controller().syncNow(photos));
        fixture().engine().finish(0, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        QTRY_COMPARE(controller().model().runtime(photos).status, DriveStatus::Error);
        QCOMPARE(tray().iconKind(), TrayIconKind::Error);
        QCOMPARE(tray().systemTrayIcon().toolTip().split(u'\n').at(1),
                 QStringLiteral("Photos: refused: in words"));
        QAction *review = driveAction(photos, QStringLiteral("Review..."));
        QVERIFY(review && review->isVisible() && review->isEnabled());
        review->trigger();
        QCOMPARE(m_actions->calls, QStringList({ QStringLiteral("reviewDrive Photos") }));
    }

    void theIconFollowsARun()
    {
        fixture().addDrive(photos);
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral);
        QElapsedTimer sinceStart;
        sinceStart.start();
        driveAction(photos, QStringLiteral("Sync now"))->trigger();
        const TrayIconKind atStart = tray().iconKind();
        if (sinceStart.elapsed() < 900) // a loaded machine may take longer than the rule
            QCOMPARE(atStart, TrayIconKind::Neutral); // no flash for a run under a second
        // No event but the tray's own timer says that a second has passed.
        QTRY_COMPARE(tray().iconKind(), TrayIconKind::Syncing);
        QVERIFY(sinceStart.elapsed() >= 1000);

        fixture().engine().finish(0, RunResult::Success);
        QTRY_COMPARE(tray().iconKind(), TrayIconKind::Idle);
        QCOMPARE(tray().systemTrayIcon().toolTip(),
                 QStringLiteral("LetThatSyncIn\nPhotos: synced just now"));

        QVERIFY(controller().syncNow(photos));
        fixture().engine().finish(1, RunResult::Failure, QStringLiteral("Target Not Writable"));
        QTRY_COMPARE(tray().iconKind(), TrayIconKind::Error);
        QCOMPARE(tray().systemTrayIcon().toolTip(),
                 QStringLiteral("LetThatSyncIn\nPhotos: failed: in words"));
        QCOMPARE(driveMenu(photos)->actions().constLast()->text(),
                 QStringLiteral("Last run: just now, failed"));

        QVERIFY(controller().syncNow(photos));
        fixture().engine().finish(2, RunResult::Failure, QStringLiteral("Source Unavailable"),
                                  true);
        QTRY_COMPARE(tray().iconKind(), TrayIconKind::Unavailable);
        QCOMPARE(tray().systemTrayIcon().toolTip(),
                 QStringLiteral("LetThatSyncIn\nPhotos: disk not available"));
    }

    void theBusyIconCanBeTurnedOff()
    {
        fixture().addDrive(photos);
        QVERIFY(controller().syncNow(photos));
        QTRY_COMPARE(tray().iconKind(), TrayIconKind::Syncing);

        // The tray follows the setting as soon as it is saved.
        Settings settings = controller().settings();
        settings.busyIcon = false;
        QVERIFY(controller().changeSettings(settings));
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral);
        QCOMPARE(tray().systemTrayIcon().toolTip(),
                 QStringLiteral("LetThatSyncIn\nPhotos: comparing folders")); // still said

        settings.busyIcon = true;
        QVERIFY(controller().changeSettings(settings));
        QCOMPARE(tray().iconKind(), TrayIconKind::Syncing);
    }

    void anOverdueDriveRaisesTheAttentionMark()
    {
        fixture().addDrive(photos);
        QVERIFY(!tray().attention());
        const QIcon plain = tray().systemTrayIcon().icon();

        // The drive was first seen a day ago and has never synced: 24 hourly runs missed.
        const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        QVERIFY(test::writeFile(
                fixture().dataFolder() + QStringLiteral("/state.json"),
                QJsonDocument(
                        QJsonObject{
                                { QStringLiteral("Version"), 1 },
                                { QStringLiteral("Drives"),
                                  QJsonObject{ { photos, QJsonObject{ { QStringLiteral("FirstSeen"),
                                                                        yesterday } } } } } })
                        .toJson()));
        QVERIFY(controller().load());
        QVERIFY(controller().model().runtime(photos).overdue);
        QVERIFY(tray().attention());
        QCOMPARE(tray().iconKind(), TrayIconKind::Neutral);
        QVERIFY(tray().systemTrayIcon().toolTip().endsWith(
                QStringLiteral(" — not synced for over 3 hours")));
        // The mark is drawn over the icon.
        const QImage withMark = tray().systemTrayIcon().icon().pixmap(22).toImage();
        QVERIFY(!withMark.isNull());
        QVERIFY(withMark != plain.pixmap(22).toImage());
    }

    void anActionTheControllerRefusesIsTold()
    {
        fixture().addDrive(photos);
        QSignalSpy shown(&tray(), &TrayIcon::messageShown);
        // config.json cannot be replaced: pausing cannot be saved.
        QVERIFY(QFile::remove(fixture().configFile()));
        QVERIFY(QDir().mkdir(fixture().configFile()));
        driveAction(photos, QStringLiteral("Pause"))->trigger();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), photos);
        QVERIFY(!shown.at(0).at(1).toString().isEmpty());
        // Nothing changed.
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Idle);
        QVERIFY(driveAction(photos, QStringLiteral("Pause")));

        topAction(QStringLiteral("Pause all"))->trigger();
        QCOMPARE(shown.count(), 2);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestTrayIcon)
#include "tst_trayicon.moc"
