// The schedule as it happens: the scheduler and the controller with a clock the test moves
// and an engine whose runs end when the test says. No test sleeps: time is the test's.
#include "fakes.h"
#include "files.h"
#include "synccontroller.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>

using namespace lts;
using namespace std::chrono_literals;
using lts::test::FakeEngine;
using lts::test::FakeLooks;
using lts::test::ManualClock;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QJsonObject drive(const QString &name, double sleep, const QString &units,
                  const QString &targetRoot = QStringLiteral("/backup"))
{
    return QJsonObject{ { QStringLiteral("Name"), name },
                        { QStringLiteral("Source"), QString(QStringLiteral("/data/") + name) },
                        { QStringLiteral("Target"), QString(targetRoot + u'/' + name) },
                        { QStringLiteral("Sleep"), sleep },
                        { QStringLiteral("Units"), units } };
}

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<ManualClock> m_clock;
    std::optional<FakeEngine> m_engine;
    std::optional<FakeLooks> m_looks; // at the folders of a run that makes no progress
    std::unique_ptr<SyncController> m_controller;
    QHash<QString, QString> m_volumes; // target -> volume; unlisted targets are their own
    // Asked on the prober's threads.
    std::atomic<bool> m_available = true;
    std::atomic<int> m_availabilityChecks = 0;
    // A disk that stops answering: a look waits until released (at most 5 s, so that a look
    // made on the test's own thread fails the test instead of hanging it).
    std::atomic<bool> m_hang = false;
    QSemaphore m_release;

    QString configFolder() const { return m_dir->filePath(QStringLiteral("config")); }
    QString dataFolder() const { return m_dir->filePath(QStringLiteral("data")); }

    void writeFile(const QString &path, const QJsonObject &json)
    {
        QVERIFY(test::writeFile(path, QJsonDocument(json).toJson()));
    }

    void writeConfig(const QJsonArray &drives, const QJsonObject &settings = {})
    {
        writeFile(configFolder() + QStringLiteral("/config.json"),
                  { { QStringLiteral("Version"), 1 },
                    { QStringLiteral("Settings"), settings },
                    { QStringLiteral("Drives"), drives } });
    }

    // A state.json saying the drive last ran at `start` and it went as `result` says.
    void writeState(const QString &name, const QDateTime &start, const QString &result,
                    const QDateTime &lastSuccess, int failures = 0)
    {
        const QJsonObject state{ { QStringLiteral("FirstSeen"), iso(start.addDays(-10)) },
                                 { QStringLiteral("LastStart"), iso(start) },
                                 { QStringLiteral("LastFinish"), iso(start.addSecs(60)) },
                                 { QStringLiteral("LastSync"), iso(start) },
                                 { QStringLiteral("LastSuccess"), iso(lastSuccess) },
                                 { QStringLiteral("LastResult"), result },
                                 { QStringLiteral("Failures"), failures } };
        writeFile(dataFolder() + QStringLiteral("/state.json"),
                  { { QStringLiteral("Version"), 1 },
                    { QStringLiteral("Drives"), QJsonObject{ { name, state } } } });
    }

    void start()
    {
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = dataFolder();
        env.clock = &*m_clock;
        env.runSync = m_engine->function();
        env.lookAt = m_looks->function();
        env.volumeOf = [this](const QString &folder) { return m_volumes.value(folder, folder); };
        env.rootsAvailable = [this](const SyncJob &) {
            ++m_availabilityChecks;
            if (m_hang)
                static_cast<void>(m_release.tryAcquire(1, 5000));
            return m_available.load();
        };
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
        m_controller->start();
    }

    void tick() { m_controller->scheduler().tick(); }
    void advance(std::chrono::milliseconds by)
    {
        m_clock->advance(by);
        tick();
    }

    // The name of the drive that run `i` of the engine was for.
    QString driveOf(qsizetype i) const { return QFileInfo(m_engine->run(i).job.source).fileName(); }

    // Ends run `i` and waits until the controller has recorded it.
    void finish(qsizetype i, RunResult result = RunResult::Success, const QString &code = {},
                bool unavailable = false)
    {
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        m_engine->finish(i, result, code, unavailable);
        QTRY_COMPARE(finished.count(), 1);
    }

    // A's plan (GetPlan), asked once its first run has ended and its target has gone silent;
    // NetworkTimeout is 1 s.
    QFuture<SyncReport> planWithASilentTarget(const QString &a)
    {
        writeConfig({ drive(a, 1, QStringLiteral("Hours")) },
                    { { QStringLiteral("NetworkTimeout"), 1 } });
        start();
        finish(0);
        m_looks->silence(QStringLiteral("/backup/A"));
        return m_controller->plan(a).value();
    }

    QVariant modelValue(const QString &name, DriveListModel::Role role) const
    {
        const DriveListModel &model = m_controller->model();
        return model.data(model.index(model.rowOf(name)), role);
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_clock.emplace(t0);
        m_engine.emplace();
        m_looks.emplace();
        m_volumes.clear();
        m_available = true;
        m_availabilityChecks = 0;
        m_hang = false;
        static_cast<void>(m_release.tryAcquire(m_release.available())); // those left unused
    }
    void cleanup()
    {
        m_hang = false;
        m_release.release(100); // the looks still waiting end
        m_engine->finishAll();
        m_controller.reset();
        m_engine.reset();
    }

    void aNewDriveRunsAtOnceThenKeepsItsRhythm()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")) });
        start();
        QCOMPARE(m_engine->started(), 1);
        m_clock->advance(10min);
        finish(0);
        // Start to start: the ten minutes the run took do not move the next one.
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::NextSyncRole).toDateTime(),
                 t0.addSecs(3600));
        advance(49min);
        QCOMPARE(m_engine->started(), 1);
        advance(1min);
        QCOMPARE(m_engine->started(), 2);
    }

    void theTimerNeverWaitsLongerThanAMinute()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Days")) });
        start();
        finish(0);
        tick();
        // A day to wait, but looked at again within a minute.
        QVERIFY(m_controller->scheduler().timerInterval() > 0ms);
        QVERIFY(m_controller->scheduler().timerInterval() <= 1min);
    }

    void aRunLongerThanItsIntervalGetsOneFollowUpAndNeverOverlaps()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Minutes")) });
        start();
        for (int minute = 0; minute < 5; ++minute)
            advance(1min);
        QCOMPARE(m_engine->started(), 1);
        finish(0);
        QTRY_COMPARE(m_engine->started(), 2); // the follow-up, at once
        tick();
        QCOMPARE(m_engine->started(), 2); // one, not five
        finish(1);
        tick();
        QCOMPARE(m_engine->started(), 2);
        advance(1min);
        QCOMPARE(m_engine->started(), 3);
    }

    void runsMissedWhileStoppedAreCaughtUpOnceAfterTheSettleDelay()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")) });
        writeState(QStringLiteral("A"), t0.addSecs(-5 * 3600), QStringLiteral("Success"),
                   t0.addSecs(-5 * 3600));
        start();
        QCOMPARE(m_engine->started(), 0);
        const QDateTime next
                = modelValue(QStringLiteral("A"), DriveListModel::NextSyncRole).toDateTime();
        QVERIFY2(next >= t0.addSecs(30) && next <= t0.addMSecs(37500), qPrintable(iso(next)));
        advance(29s);
        QCOMPARE(m_engine->started(), 0);
        advance(9s);
        QCOMPARE(m_engine->started(), 1);
        finish(0);
        tick();
        QCOMPARE(m_engine->started(), 1);
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::NextSyncRole).toDateTime(),
                 t0.addSecs(3600 + 38));
    }

    void theSettleDelayComesFromTheSettings()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")) },
                    { { QStringLiteral("CatchUpDelaySeconds"), 0 } });
        writeState(QStringLiteral("A"), t0.addSecs(-5 * 3600), QStringLiteral("Success"),
                   t0.addSecs(-5 * 3600));
        start();
        QCOMPARE(m_engine->started(), 1);
    }

    void aSuspendIsCaughtUpAfterWakingUp()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")) });
        start();
        finish(0);
        advance(10min);
        QSignalSpy wokeUp(&m_controller->scheduler(), &Scheduler::wokeUp);
        m_clock->suspend(5h);
        tick();
        QCOMPARE(wokeUp.count(), 1);
        QCOMPARE(m_engine->started(), 1); // not at once: the system settles first
        advance(38s);
        QCOMPARE(m_engine->started(), 2);
        finish(1);
        tick();
        QCOMPARE(m_engine->started(), 2); // five hours missed, one run
    }

    void aClockSetBackDoesNotHoldTheDriveBack()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")) });
        start();
        finish(0);
        QSignalSpy setBack(&m_controller->scheduler(), &Scheduler::clockSetBack);
        m_clock->setWallClock(t0.addDays(-1));
        tick();
        QCOMPARE(setBack.count(), 1);
        const QDateTime next
                = modelValue(QStringLiteral("A"), DriveListModel::NextSyncRole).toDateTime();
        QVERIFY2(next <= m_clock->now().addSecs(3600), qPrintable(iso(next)));
        advance(59min);
        QCOMPARE(m_engine->started(), 1);
        advance(1min);
        QCOMPARE(m_engine->started(), 2);
    }

    void failuresAreRetriedWithBackOff()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Days")) });
        start();
        finish(0, RunResult::Failure, QStringLiteral("Disk Error"));
        qsizetype runs = 1;
        for (const std::chrono::minutes wait : { 1min, 2min, 4min, 8min, 16min }) {
            advance(wait - 1s);
            QCOMPARE(m_engine->started(), runs);
            advance(1s);
            QCOMPARE(m_engine->started(), ++runs);
            finish(runs - 1, RunResult::Failure, QStringLiteral("Disk Error"));
        }
        // A success ends the back-off: the next run is a day later.
        advance(32min);
        QCOMPARE(m_engine->started(), ++runs);
        finish(runs - 1);
        advance(23h);
        QCOMPARE(m_engine->started(), runs);
    }

    void theBackOffIsCappedAtTheInterval()
    {
        writeConfig({ drive(QStringLiteral("A"), 3, QStringLiteral("Minutes")) });
        start();
        finish(0, RunResult::Failure);
        advance(1min);
        QCOMPARE(m_engine->started(), 2);
        finish(1, RunResult::Failure);
        advance(2min);
        QCOMPARE(m_engine->started(), 3);
        finish(2, RunResult::Failure);
        // 4 minutes by the back-off, but 3 by the interval.
        advance(3min);
        QCOMPARE(m_engine->started(), 4);
    }

    // A server's key to trust or a refused login: no schedule, no back-off, no catch-up after
    // a restart runs the drive again until the user acts (here: a sync they start; an edit of
    // its folders: tst_synccontroller).
    void aDriveRefusedForAKeyOrALoginWaitsForTheUser_data()
    {
        QTest::addColumn<RunResult>("result");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown key") << RunResult::Refused << QStringLiteral("Host Key Unknown");
        QTest::newRow("changed key") << RunResult::Refused << QStringLiteral("Host Key Changed");
        QTest::newRow("login") << RunResult::Failure << QStringLiteral("Authentication Failed");
    }
    void aDriveRefusedForAKeyOrALoginWaitsForTheUser()
    {
        QFETCH(RunResult, result);
        QFETCH(QString, code);
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Minutes")) });
        start();
        finish(0, result, code);
        advance(1h);
        QCOMPARE(m_engine->started(), 1);
        QVERIFY(!m_controller->scheduler().nextRun(QStringLiteral("A")).isValid());
        // Still waiting after a restart.
        m_controller.reset();
        start();
        advance(1h);
        QCOMPARE(m_engine->started(), 1);

        // The user starts a sync: it runs; refused again, it waits again.
        QVERIFY(m_controller->syncNow(QStringLiteral("A")));
        QCOMPARE(m_engine->started(), 2);
        finish(1, result, code);
        advance(1h);
        QCOMPARE(m_engine->started(), 2);
    }

    void anUnavailableTargetIsLookedForEveryMinuteAndRunsWhenBack()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Days")) });
        start();
        finish(0, RunResult::Failure, QStringLiteral("Target Unavailable"), true);
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::StatusRole).toString(),
                 QStringLiteral("Unavailable"));
        m_available = false;
        advance(1min);
        // Looked for on the prober, in the background.
        QTRY_COMPARE(m_availabilityChecks.load(), 1);
        advance(1min);
        QTRY_COMPARE(m_availabilityChecks.load(), 2);
        QCOMPARE(m_engine->started(), 1); // looking is not running: no history of failures
        m_available = true; // the USB disk is plugged in
        advance(1min);
        QTRY_COMPARE(m_engine->started(), 2);
        QCOMPARE(m_availabilityChecks.load(), 3);
        finish(1);
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::StatusRole).toString(),
                 QStringLiteral("Idle"));
    }

    void aLookAtADiskThatDoesNotAnswerHoldsUpNothing()
    {
        // A's backup disk is a network mount whose server went away; B's is fine.
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Days")),
                      drive(QStringLiteral("B"), 1, QStringLiteral("Hours")) },
                    { { QStringLiteral("NetworkTimeout"), 1 } });
        start();
        QCOMPARE(m_engine->started(), 2);
        const qsizetype a = driveOf(0) == QStringLiteral("A") ? 0 : 1;
        finish(a, RunResult::Failure, QStringLiteral("Target Unavailable"), true);
        finish(1 - a);
        m_hang = true;
        m_available = false;
        QElapsedTimer timer;
        timer.start();
        advance(1min); // the minute's look at A
        QVERIFY2(timer.elapsed() < 1000, "the schedule waited for the disk");
        QTRY_COMPARE(m_availabilityChecks.load(), 1);
        // The look is stuck: the next minute's gets no second thread, and waits for nothing.
        timer.restart();
        advance(1min);
        QVERIFY2(timer.elapsed() < 1000, "the schedule waited for the disk");
        QTRY_VERIFY(m_controller->prober().stuckThreads() == 1);
        QCOMPARE(m_availabilityChecks.load(), 1);
        // B keeps its rhythm meanwhile.
        advance(1h);
        QCOMPARE(m_engine->started(), 3);
        QCOMPARE(driveOf(2), QStringLiteral("B"));
        finish(2);
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::StatusRole).toString(),
                 QStringLiteral("Unavailable"));
    }

    void aDisabledDriveNeverRunsBySchedule()
    {
        QJsonObject paused = drive(QStringLiteral("A"), 1, QStringLiteral("Seconds"));
        paused.insert(QStringLiteral("Enabled"), false);
        writeConfig({ paused });
        start();
        for (int i = 0; i < 5; ++i)
            advance(24h);
        QCOMPARE(m_engine->started(), 0);
        QVERIFY(!modelValue(QStringLiteral("A"), DriveListModel::NextSyncRole).isValid()
                || !modelValue(QStringLiteral("A"), DriveListModel::NextSyncRole)
                            .toDateTime()
                            .isValid());
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::StatusRole).toString(),
                 QStringLiteral("Paused"));
        // Sync now still runs it.
        QCOMPARE(m_controller->syncNow(QStringLiteral("A")).value(),
                 SyncController::StartOutcome::Started);
        QCOMPARE(m_engine->started(), 1);
    }

    void secondsIntervalsRunEverySoManySeconds()
    {
        writeConfig({ drive(QStringLiteral("A"), 2, QStringLiteral("Seconds")) });
        start();
        finish(0);
        advance(1s);
        QCOMPARE(m_engine->started(), 1);
        advance(1s);
        QCOMPARE(m_engine->started(), 2);
        finish(1);
        advance(2s);
        QCOMPARE(m_engine->started(), 3);
    }

    void manyDrivesDueAtOnceShareTheSlotsAndNeverAVolume()
    {
        QJsonArray drives;
        const QStringList names{ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F") };
        for (const QString &name : names)
            drives.append(drive(name, 1, QStringLiteral("Hours")));
        // A and B back up to one USB disk, C and D to another, E and F to a share.
        const QStringList volumes{ QStringLiteral("usb1"), QStringLiteral("usb1"),
                                   QStringLiteral("usb2"), QStringLiteral("usb2"),
                                   QStringLiteral("nas"),  QStringLiteral("nas") };
        for (qsizetype i = 0; i < names.size(); ++i)
            m_volumes.insert(QStringLiteral("/backup/") + names.at(i), volumes.at(i));
        writeConfig(drives, { { QStringLiteral("MaxConcurrentRuns"), 2 } });
        start();

        QStringList ran;
        while (ran.size() < names.size()) {
            const QList<qsizetype> running = m_engine->runningIndexes();
            QVERIFY(!running.isEmpty());
            QVERIFY2(running.size() <= 2, "more runs at once than MaxConcurrentRuns");
            QSet<QString> busyVolumes;
            for (qsizetype i : running)
                busyVolumes.insert(m_volumes.value(m_engine->run(i).job.target));
            QVERIFY2(busyVolumes.size() == running.size(), "two runs on one volume");
            if (ran.isEmpty())
                QCOMPARE(running.size(), 2); // as many as allowed
            ran.append(driveOf(running.constFirst()));
            finish(running.constFirst());
        }
        ran.sort();
        QCOMPARE(ran, names); // each once
        QCOMPARE(m_engine->started(), names.size());
    }

    void aDriveWithoutSuccessForThreeIntervalsIsFlagged()
    {
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")),
                      drive(QStringLiteral("B"), 1, QStringLiteral("Hours")) });
        writeState(QStringLiteral("A"), t0.addSecs(-600), QStringLiteral("Failure"),
                   t0.addSecs(-4 * 3600), 3);
        start();
        QCOMPARE(modelValue(QStringLiteral("A"), DriveListModel::OverdueRole).toBool(), true);
        QCOMPARE(modelValue(QStringLiteral("B"), DriveListModel::OverdueRole).toBool(), false);
    }

    void aSyncAskedForWhileTheDriveRunsFollowsItOnce()
    {
        const QString a = QStringLiteral("A");
        writeConfig({ drive(a, 1, QStringLiteral("Minutes")) });
        start();
        QCOMPARE(m_engine->started(), 1);
        // The user, a script and the schedule all ask while it runs: one run follows it.
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::FollowsRun);
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::FollowsRun);
        advance(5min);
        QCOMPARE(m_engine->started(), 1);
        QVERIFY(modelValue(a, DriveListModel::QueuedRole).toBool());
        finish(0);
        QTRY_COMPARE(m_engine->started(), 2);
        tick();
        finish(1);
        tick();
        QCOMPARE(m_engine->started(), 2);

        // Cancelling the run takes its follow-up away too.
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::Started);
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::FollowsRun);
        QCOMPARE(m_controller->cancel(a).value(), true);
        QVERIFY(!modelValue(a, DriveListModel::QueuedRole).toBool());
        finish(2, RunResult::Cancelled);
        tick();
        QCOMPARE(m_engine->started(), 3);
    }

    void aForcedRequestWhileTheDriveRunsForcesItsFollowUpAndNotTheRun()
    {
        const QString a = QStringLiteral("A");
        writeConfig({ drive(a, 1, QStringLiteral("Hours")) });
        start();
        QVERIFY(!m_engine->run(0).job.force);
        // The user confirmed 7 deletions; a plain request after it does not take that back.
        QCOMPARE(m_controller->syncNow(a, true, 7).value(),
                 SyncController::StartOutcome::FollowsRun);
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::FollowsRun);
        finish(0);
        QTRY_COMPARE(m_engine->started(), 2);
        QVERIFY(m_engine->run(1).job.force);
        QCOMPARE(m_engine->run(1).job.maxForcedDeletions, 7);
        finish(1);

        // A forced run going on does not make the run that follows it forced.
        QCOMPARE(m_controller->syncNow(a, true, 3).value(), SyncController::StartOutcome::Started);
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::FollowsRun);
        finish(2);
        QTRY_COMPARE(m_engine->started(), 4);
        QVERIFY(!m_engine->run(3).job.force);
        QCOMPARE(m_engine->run(3).job.maxForcedDeletions, -1);
    }

    void aRunWhoseTargetStopsAnsweringIsGivenUpAndItsVolumeFreed()
    {
        // A and C back up to one USB disk, B to a NAS; no run may wait for a run it cannot see.
        const QString a = QStringLiteral("A"), b = QStringLiteral("B"), c = QStringLiteral("C");
        m_volumes.insert(QStringLiteral("/backup/A"), QStringLiteral("usb"));
        m_volumes.insert(QStringLiteral("/backup/C"), QStringLiteral("usb"));
        writeConfig({ drive(a, 1, QStringLiteral("Hours")), drive(b, 1, QStringLiteral("Hours")),
                      drive(c, 1, QStringLiteral("Hours")) },
                    { { QStringLiteral("NetworkTimeout"), 1 },
                      { QStringLiteral("MaxConcurrentRuns"), 3 } });
        start();
        QCOMPARE(m_engine->started(), 2);
        QCOMPARE(driveOf(0), a);
        QCOMPARE(driveOf(1), b);
        QVERIFY(modelValue(c, DriveListModel::QueuedRole).toBool());

        // Silent while both its folders answer, A goes on (a large file flushed to a slow disk).
        for (int look = 1; look <= 3; ++look) {
            m_clock->advance(600ms);
            QTRY_COMPARE(m_looks->count(QStringLiteral("/data/A")), look);
        }
        QVERIFY(m_controller->isActive(a));
        finish(1); // B meanwhile

        // Then its target stops answering.
        m_looks->silence(QStringLiteral("/backup/A"));
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        m_clock->advance(600ms);
        QTRY_COMPARE(m_looks->count(QStringLiteral("/backup/A")), 4);
        QCOMPARE(finished.count(), 0); // not before its look has waited half the limit
        m_clock->advance(600ms);
        QTRY_COMPARE(finished.count(), 1);
        const QJsonObject run = finished.constFirst().at(1).toJsonObject();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Failure"));
        QCOMPARE(run.value(QStringLiteral("Code")).toString(),
                 QStringLiteral("Target Unavailable"));
        // "1 second(s)" until the English translation gives the plural its form.
        const QString message = run.value(QStringLiteral("Message")).toString();
        QVERIFY2(message.startsWith(QStringLiteral(
                         "Target Unavailable: The target /backup/A did not answer for 1 second"))
                         && message.endsWith(QStringLiteral("; the run was given up.")),
                 qPrintable(message));
        QCOMPARE(m_controller->history().runs().constFirst(), run);
        QVERIFY(QString::fromUtf8(test::readFile(m_controller->log().filePath(
                                          m_clock->now().toLocalTime().date())))
                        .contains(message.mid(message.indexOf(u':') + 2)));
        QVERIFY(m_engine->run(0).job.cancel.isCanceled());
        // The drive is free, and unavailable like a disk that is not there: told once, and its
        // folders looked at again in a minute.
        QVERIFY(!m_controller->isActive(a));
        QCOMPARE(modelValue(a, DriveListModel::StatusRole).toString(),
                 QStringLiteral("Unavailable"));
        QCOMPARE(modelValue(a, DriveListModel::NextSyncRole).toDateTime(),
                 m_clock->now().addSecs(60));
        // C, on A's disk, no longer waits for it.
        QTRY_COMPARE(m_engine->started(), 3);
        QCOMPARE(driveOf(2), c);

        // Should the abandoned run's thread wake up, what it reports reaches nothing.
        m_engine->run(0).job.onProgress(SyncProgress{ 1, 2, 3, 4, QStringLiteral("x"), false });
        QCoreApplication::processEvents();
        QCOMPARE(modelValue(a, DriveListModel::StatusRole).toString(),
                 QStringLiteral("Unavailable"));
        QVERIFY(!modelValue(a, DriveListModel::FilesDoneRole).isValid());
        finish(2);
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::Started);
    }

    void progressKeepsARunGoingWhateverItsFoldersAnswer()
    {
        // A large file copied to a network target: bytes move, the target's listing is slow.
        const QString a = QStringLiteral("A");
        writeConfig({ drive(a, 1, QStringLiteral("Hours")) },
                    { { QStringLiteral("NetworkTimeout"), 1 } });
        m_looks->silence(QStringLiteral("/backup/A"));
        start();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        m_clock->advance(600ms);
        QTRY_COMPARE(m_looks->count(QStringLiteral("/data/A")), 1);
        m_engine->run(0).job.onProgress(SyncProgress{ 0, 1, 1 << 20, 1 << 30, {}, false });
        QTRY_COMPARE(modelValue(a, DriveListModel::BytesDoneRole).toLongLong(), 1 << 20);
        m_clock->advance(600ms); // 1.2 s since the start, 0.6 s since the progress
        QTRY_COMPARE(m_looks->count(QStringLiteral("/data/A")), 2);
        QVERIFY(m_controller->isActive(a));
        QCOMPARE(finished.count(), 0);
        m_clock->advance(600ms); // 1.2 s without progress, the target silent all along
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().at(1).toJsonObject().value(QStringLiteral("Code")),
                 QStringLiteral("Target Unavailable"));
    }

    void aPlanWhoseTargetStopsAnsweringIsGivenUp()
    {
        // GetPlan and the editor's preview are dry runs: a silent folder must not keep their
        // user waiting for ever either.
        const QString a = QStringLiteral("A");
        const QFuture<SyncReport> plan = planWithASilentTarget(a);
        QCOMPARE(m_engine->started(), 2);
        QVERIFY(m_engine->run(1).job.dryRun);
        m_clock->advance(600ms);
        QTRY_COMPARE(m_looks->count(QStringLiteral("/backup/A")), 1);
        QVERIFY(!plan.isFinished()); // not before its look has waited half the limit
        m_clock->advance(600ms);
        QTRY_VERIFY(plan.isFinished());
        const SyncReport report = plan.result();
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Target Unavailable"));
        QVERIFY2(report.message.startsWith(
                         QStringLiteral("The target /backup/A did not answer for 1 second")),
                 qPrintable(report.message));
        QVERIFY(m_engine->run(1).job.cancel.isCanceled());
        // A dry run records nothing: the drive's own last run is unchanged.
        QCOMPARE(modelValue(a, DriveListModel::LastResultRole).toString(),
                 QStringLiteral("Success"));
    }

    void aPlanThatMovesIsNotGivenUp()
    {
        // Listing a large tree over a slow link: the plan moves while the target is slow.
        const QString a = QStringLiteral("A");
        const QFuture<SyncReport> plan = planWithASilentTarget(a);
        m_clock->advance(600ms);
        QTRY_COMPARE(m_looks->count(QStringLiteral("/data/A")), 1);
        // Without this progress the next 600 ms would make 1.2 s of silence: given up.
        for (int look = 2; look <= 3; ++look) {
            m_engine->run(1).job.onProgress(SyncProgress{ look, 10, 0, 0, {}, true });
            QCoreApplication::processEvents();
            m_clock->advance(600ms);
            QTRY_COMPARE(m_looks->count(QStringLiteral("/data/A")), look);
        }
        QVERIFY(!plan.isFinished());
        m_engine->finish(1);
        QTRY_VERIFY(plan.isFinished());
        QCOMPARE(plan.result().result, RunResult::Success);
    }

    void cancellingARunStuckInACallEndsItAtOnce()
    {
        // The fake run never ends, as one stuck in the kernel on a folder that does not answer.
        const QString a = QStringLiteral("A");
        writeConfig({ drive(a, 1, QStringLiteral("Hours")) });
        start();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QCOMPARE(m_controller->cancel(a).value(), true);
        QVERIFY(m_engine->run(0).job.cancel.isCanceled());
        QTRY_COMPARE(finished.count(), 1);
        const QJsonObject run = finished.constFirst().at(1).toJsonObject();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Cancelled"));
        QVERIFY2(run.value(QStringLiteral("Message"))
                         .toString()
                         .contains(QStringLiteral("a folder that does not answer")),
                 qPrintable(run.value(QStringLiteral("Message")).toString()));
        QVERIFY(!m_controller->isActive(a));
        QCOMPARE(modelValue(a, DriveListModel::LastResultRole).toString(),
                 QStringLiteral("Cancelled"));
        QCOMPARE(m_controller->cancel(a).value(), false);
        QCOMPARE(m_controller->syncNow(a).value(), SyncController::StartOutcome::Started);
        QCOMPARE(m_engine->started(), 2);
    }

    void stoppingDoesNotWaitForARunStuckInACall()
    {
        const QString a = QStringLiteral("A");
        writeConfig({ drive(a, 1, QStringLiteral("Hours")) });
        start();
        QSignalSpy stopped(m_controller.get(), &SyncController::stopped);
        m_controller->stop();
        QTRY_COMPARE(stopped.count(), 1);
        const QJsonObject run = m_controller->history().runs().constFirst();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Cancelled"));
        QVERIFY(run.value(QStringLiteral("Message"))
                        .toString()
                        .contains(QStringLiteral("closing")));
        StateStore state(dataFolder());
        state.load();
        QVERIFY(state.value(a).interrupted); // made again after the next start
    }

    void syncNowWaitsForTheVolumeAndSaysSo()
    {
        m_volumes.insert(QStringLiteral("/backup/A"), QStringLiteral("usb"));
        m_volumes.insert(QStringLiteral("/backup/B"), QStringLiteral("usb"));
        QJsonObject b = drive(QStringLiteral("B"), 1, QStringLiteral("Hours"));
        b.insert(QStringLiteral("Enabled"), false);
        writeConfig({ drive(QStringLiteral("A"), 1, QStringLiteral("Hours")), b });
        start();
        QCOMPARE(m_controller->syncNow(QStringLiteral("B")).value(),
                 SyncController::StartOutcome::Queued);
        QCOMPARE(modelValue(QStringLiteral("B"), DriveListModel::QueuedRole).toBool(), true);
        finish(0);
        QTRY_COMPARE(m_engine->started(), 2);
        QCOMPARE(driveOf(1), QStringLiteral("B"));
    }
};

LTS_TEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
