// Notifier: which finished runs become a desktop notification, with what words, under each
// setting; and, on a real controller, that a success stays quiet under "Errors", a missing disk
// is told once and not at every run, and clicking a notification shows the Drives window.
#include "controllerfixture.h"
#include "notifier.h"
#include "recordingactions.h"
#include "testmain.h"
#include "windowactions.h"

#include <QApplication>
#include <QSignalSpy>

using namespace lts;
using lts::test::ControllerFixture;
using lts::test::RecordingActions;

namespace {

const QString photos = QStringLiteral("Photos");
const QString media = QStringLiteral("Media");

QJsonObject run(RunResult result, const QString &message = {}, std::int64_t added = 0,
                std::int64_t updated = 0, std::int64_t deleted = 0)
{
    SyncReport report;
    report.result = result;
    report.message = message;
    report.added = added;
    report.updated = updated;
    report.deleted = deleted;
    report.unchanged = 1000;
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("Drive"), photos);
    return json;
}

} // namespace

Q_DECLARE_METATYPE(lts::Notifications)
Q_DECLARE_METATYPE(std::optional<lts::Notification>)

class TestNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ControllerFixture> m_fixture;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    RecordingActions m_actions;
    std::unique_ptr<Notifier> m_notifier;

    SyncController &controller() { return m_fixture->controller(); }
    test::FakeEngine &engine() { return m_fixture->engine(); }

    void setNotifications(Notifications notifications)
    {
        Settings settings = controller().settings();
        settings.notifications = notifications;
        QVERIFY(controller().changeSettings(settings));
    }

    // Runs `name` once, ending the way the engine says.
    void runOnce(const QString &name, RunResult result, const QString &code = {},
                 bool unavailable = false)
    {
        const qsizetype index = engine().started();
        QVERIFY(controller().syncNow(name));
        QCOMPARE(engine().started(), index + 1);
        engine().finish(index, result, code, unavailable);
        QTRY_VERIFY(!controller().isActive(name));
    }

private Q_SLOTS:
    void forEveryResultAndSetting_data()
    {
        QTest::addColumn<QJsonObject>("run");
        QTest::addColumn<Notifications>("setting");
        QTest::addColumn<std::optional<Notification>>("expected");

        const auto none = std::optional<Notification>();
        const auto addRows = [&](const char *name, const QJsonObject &json,
                                 const std::optional<Notification> &errors,
                                 const std::optional<Notification> &everyRun) {
            QTest::addRow("%s, Errors", name) << json << Notifications::Errors << errors;
            QTest::addRow("%s, EveryRun", name) << json << Notifications::EveryRun << everyRun;
            QTest::addRow("%s, Never", name) << json << Notifications::Never << none;
        };

        const Notification failure{
            QStringLiteral("Sync failed"),
            // In words: the protocol's code in front of the message is for scripts.
            QStringLiteral("Photos was not synced: cannot write to /backup."),
            QSystemTrayIcon::Critical
        };
        addRows("failure",
                run(RunResult::Failure,
                    QStringLiteral("Target Not Writable: cannot write to /backup.")),
                failure, failure);
        const Notification bareFailure{ QStringLiteral("Sync failed"),
                                        QStringLiteral("Photos was not synced."),
                                        QSystemTrayIcon::Critical };
        addRows("failure without a message", run(RunResult::Failure), bareFailure, bareFailure);

        const Notification refused{
            QStringLiteral("Sync refused"),
            QStringLiteral("Photos was not synced: 40 of 50 files. Open the Drives window to "
                           "review."),
            QSystemTrayIcon::Warning
        };
        // The run's message gets its full stop.
        addRows("refused",
                run(RunResult::Refused, QStringLiteral("Too Many Deletions: 40 of 50 files")),
                refused, refused);

        const Notification partial{
            QStringLiteral("Sync incomplete"),
            QStringLiteral("Photos was only partly synced: 2 entries could not be synced; the "
                           "rest was."),
            QSystemTrayIcon::Warning
        };
        addRows("partial",
                run(RunResult::Partial,
                    QStringLiteral("2 entries could not be synced; the rest was."), 10),
                partial, partial);

        addRows("success", run(RunResult::Success, {}, 12, 3), none,
                Notification{ QStringLiteral("Sync finished"),
                              QStringLiteral("Photos synced: 12 added, 3 updated"),
                              QSystemTrayIcon::Information });
        addRows("success with deletions", run(RunResult::Success, {}, 0, 1, 4), none,
                Notification{ QStringLiteral("Sync finished"),
                              QStringLiteral("Photos synced: 1 updated, 4 deleted"),
                              QSystemTrayIcon::Information });
        addRows("success with nothing to do", run(RunResult::Success), none,
                Notification{ QStringLiteral("Sync finished"),
                              QStringLiteral("Photos synced: nothing had changed."),
                              QSystemTrayIcon::Information });

        // The user's own doing, or LetThatSyncIn closing: nothing to tell.
        addRows("cancelled", run(RunResult::Cancelled, QStringLiteral("Stopped.")), none, none);
        QJsonObject unknown = run(RunResult::Failure);
        unknown.insert(QStringLiteral("Result"), QStringLiteral("Exploded"));
        addRows("an unknown result", unknown, none, none);
    }
    void forEveryResultAndSetting()
    {
        QFETCH(QJsonObject, run);
        QFETCH(Notifications, setting);
        QFETCH(std::optional<Notification>, expected);
        const std::optional<Notification> notification = Notifier::forRun(photos, run, setting);
        QCOMPARE(notification.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(notification->title, expected->title);
            QCOMPARE(notification->message, expected->message);
            QCOMPARE(notification->icon, expected->icon);
        }
    }

    void aMissingDiskInWords()
    {
        const auto withReason = Notifier::forUnavailable(
                photos, QStringLiteral("Source Unavailable: /media/usb is missing"),
                Notifications::Errors);
        QVERIFY(withReason);
        QCOMPARE(withReason->title, QStringLiteral("Disk not available"));
        QCOMPARE(withReason->message,
                 QStringLiteral("Photos was not synced: Source Unavailable: /media/usb is "
                                "missing. It syncs as soon as its folders are back."));
        QCOMPARE(withReason->icon, QSystemTrayIcon::Warning);

        const auto bare = Notifier::forUnavailable(photos, {}, Notifications::EveryRun);
        QVERIFY(bare);
        QCOMPARE(bare->message,
                 QStringLiteral("Photos was not synced: its source or target folder is missing. "
                                "It syncs as soon as both are back."));

        QVERIFY(!Notifier::forUnavailable(photos, QStringLiteral("gone"), Notifications::Never));
    }

    void init()
    {
        m_fixture = std::make_unique<ControllerFixture>();
        m_tray = std::make_unique<QSystemTrayIcon>();
        m_actions.calls.clear();
        m_notifier = std::make_unique<Notifier>(controller(), *m_tray, m_actions);
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media, { { QStringLiteral("Target"),
                                       m_fixture->folder(QStringLiteral("other-target")) } });
    }
    void cleanup()
    {
        m_notifier.reset();
        m_tray.reset();
        if (m_fixture)
            m_fixture->engine().finishAll();
        m_fixture.reset();
    }

    void aSuccessIsQuietUnderErrors()
    {
        QCOMPARE(controller().settings().notifications, Notifications::Errors); // the default
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        runOnce(photos, RunResult::Success);
        // A failure afterwards is the first and only notification: the success told nothing.
        runOnce(media, RunResult::Failure, QStringLiteral("Target Busy"));
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Sync failed"));
        QCOMPARE(notified.at(0).at(1).toString(),
                 QStringLiteral("Media was not synced: in words."));
    }

    void aRefusalThatRepeatsTellsNothingMore()
    {
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        runOnce(photos, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        QTRY_COMPARE(notified.count(), 1);
        // The schedule tries again and meets the same refusal: not told again.
        runOnce(photos, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        runOnce(photos, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        runOnce(media, RunResult::Failure, QStringLiteral("Target Busy"));
        QTRY_COMPARE(notified.count(), 2);
        QCOMPARE(notified.at(1).at(1).toString(),
                 QStringLiteral("Media was not synced: in words."));
        QJsonObject repeated = run(RunResult::Refused, QStringLiteral("in words"));
        repeated.insert(QStringLiteral("Repeated"), true);
        QVERIFY(!Notifier::forRun(photos, repeated, Notifications::EveryRun));
    }

    void everyRunTellsSuccessesToo()
    {
        setNotifications(Notifications::EveryRun);
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        runOnce(photos, RunResult::Success);
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Sync finished"));
        QCOMPARE(notified.at(0).at(1).toString(),
                 QStringLiteral("Photos synced: nothing had changed."));
        runOnce(photos, RunResult::Cancelled);
        runOnce(media, RunResult::Refused, QStringLiteral("Source Empty"));
        QTRY_COMPARE(notified.count(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Sync refused"));
    }

    void neverTellsNothing()
    {
        setNotifications(Notifications::Never);
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        runOnce(photos, RunResult::Failure, QStringLiteral("Target Busy"));
        runOnce(photos, RunResult::Failure, QStringLiteral("Source Unavailable"), true);
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Unavailable);
        setNotifications(Notifications::Errors);
        runOnce(media, RunResult::Partial, QStringLiteral("Partial"));
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Sync incomplete"));
    }

    void aMissingDiskIsToldOnce()
    {
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        runOnce(photos, RunResult::Failure, QStringLiteral("Source Unavailable"), true);
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Unavailable);
        QTRY_COMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Disk not available"));
        QCOMPARE(notified.at(0).at(1).toString(),
                 QStringLiteral("Photos was not synced: in words. It syncs as soon as "
                                "its folders are back."));

        // Still missing at the next runs: nothing more (the media failure is the next one).
        runOnce(photos, RunResult::Failure, QStringLiteral("Source Unavailable"), true);
        runOnce(photos, RunResult::Refused, QStringLiteral("Volume Changed"), true);
        runOnce(media, RunResult::Failure, QStringLiteral("Target Busy"));
        QTRY_COMPARE(notified.count(), 2);
        QCOMPARE(notified.at(1).at(1).toString(),
                 QStringLiteral("Media was not synced: in words."));

        // Back, then missing again: told again.
        runOnce(photos, RunResult::Success);
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Idle);
        runOnce(photos, RunResult::Failure, QStringLiteral("Target Unavailable"), true);
        QTRY_COMPARE(notified.count(), 3);
        QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("Disk not available"));
    }

    void clickingANotificationShowsTheDrives()
    {
        Q_EMIT m_tray->messageClicked();
        QCOMPARE(m_actions.calls, QStringList({ QStringLiteral("showDrives") }));
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestNotifier)
#include "tst_notifier.moc"
