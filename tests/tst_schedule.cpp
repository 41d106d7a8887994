// The schedule as pure functions: every rule of docs/schedule.md that decides a
// time, checked on hand-made states, with no clock and no timer.
#include "schedule.h"
#include "syncengine.h"
#include "testmain.h"

using namespace lts;
using namespace std::chrono_literals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

Drive hourly()
{
    Drive drive;
    drive.name = QStringLiteral("Photos");
    drive.sleep = 1;
    drive.units = IntervalUnit::Hours;
    return drive;
}

DriveState ranAt(const QDateTime &start, std::chrono::milliseconds took = 10min)
{
    DriveState state;
    state.firstSeen = start.addDays(-1);
    state.lastStart = start;
    state.lastFinish = start.addMSecs(took.count());
    state.lastSync = start;
    state.lastSuccess = start;
    state.lastResult = RunResult::Success;
    return state;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDriveThatNeverRanIsDueAtOnce()
    {
        DriveState state;
        state.firstSeen = t0;
        QCOMPARE(schedule::nextRun(hourly(), state, { t0.addDays(-1), t0.addSecs(-86370) }), t0);
        // Even right after start-up: a new drive does not wait for the catch-up delay.
        QCOMPARE(schedule::nextRun(hourly(), state, { t0, t0.addSecs(30) }), t0);
    }

    void theIntervalRunsFromStartToStart()
    {
        // A run that took 10 minutes does not push the next one back by 10 minutes.
        QCOMPARE(schedule::nextRun(hourly(), ranAt(t0), {}), t0.addSecs(3600));
        Drive seconds = hourly();
        seconds.sleep = 2.5;
        seconds.units = IntervalUnit::Seconds;
        QCOMPARE(schedule::nextRun(seconds, ranAt(t0, 1s), {}), t0.addMSecs(2500));
    }

    void aDisabledDriveHasNoNextRun()
    {
        Drive drive = hourly();
        drive.enabled = false;
        QVERIFY(!schedule::nextRun(drive, ranAt(t0), {}).isValid());
        QVERIFY(!schedule::nextRun(drive, DriveState{}, {}).isValid());
        QVERIFY(!schedule::isOverdue(drive, ranAt(t0), t0.addDays(30)));
    }

    void missedRunsAreCaughUpOnceAfterTheSettleDelay()
    {
        // Stopped for five hours: one run, at the catch-up time, not five.
        const schedule::CatchUp catchUp{ t0.addSecs(5 * 3600), t0.addSecs(5 * 3600 + 33) };
        QCOMPARE(schedule::nextRun(hourly(), ranAt(t0), catchUp), catchUp.runAt);
        // Not missed: due after the application started, it keeps its time.
        const schedule::CatchUp early{ t0.addSecs(1800), t0.addSecs(1830) };
        QCOMPARE(schedule::nextRun(hourly(), ranAt(t0), early), t0.addSecs(3600));
    }

    void anInterruptedRunIsMadeAgainAtTheCatchUp()
    {
        DriveState state = ranAt(t0);
        state.interrupted = true;
        const schedule::CatchUp catchUp{ t0.addSecs(600), t0.addSecs(630) };
        QCOMPARE(schedule::nextRun(hourly(), state, catchUp), catchUp.runAt);
    }

    void backOffDoublesUpToTheInterval()
    {
        QCOMPARE(schedule::backOff(1, 24h), 1min);
        QCOMPARE(schedule::backOff(2, 24h), 2min);
        QCOMPARE(schedule::backOff(3, 24h), 4min);
        QCOMPARE(schedule::backOff(4, 24h), 8min);
        QCOMPARE(schedule::backOff(5, 10min), 10min);
        QCOMPARE(schedule::backOff(60, 10min), 10min);
        QCOMPARE(schedule::backOff(1, 20s), 20s);
    }

    void aFailedRunIsRetriedFromItsEnd()
    {
        Drive daily = hourly();
        daily.units = IntervalUnit::Days;
        DriveState state = ranAt(t0, 3min);
        state.lastResult = RunResult::Failure;
        state.failures = 3;
        QCOMPARE(schedule::nextRun(daily, state, {}), t0.addSecs(3 * 60 + 4 * 60));
        // The regular time still wins when it comes first.
        state.failures = 20;
        QCOMPARE(schedule::nextRun(hourly(), state, {}), t0.addSecs(3600));
    }

    void whichResultsAreRetried()
    {
        QVERIFY(schedule::isRetried(RunResult::Failure, {}));
        QVERIFY(schedule::isRetried(RunResult::Partial, {}));
        QVERIFY(schedule::isRetried(RunResult::Refused, SyncEngine::targetBusy));
        QVERIFY(!schedule::isRetried(RunResult::Refused, SyncEngine::tooManyDeletions));
        QVERIFY(!schedule::isRetried(RunResult::Success, {}));
        // A cancelled drive is not synced: it is tried again at the back-off, not a whole
        // interval later.
        QVERIFY(schedule::isRetried(RunResult::Cancelled, {}));
    }

    void anUnavailableDriveIsLookedForEveryMinute()
    {
        DriveState state = ranAt(t0, 2s);
        state.unavailable = true;
        state.failures = 1;
        QCOMPARE(schedule::nextRun(hourly(), state, {}), t0.addSecs(62));
        state.lastCheck = t0.addSecs(600);
        QCOMPARE(schedule::nextRun(hourly(), state, {}), t0.addSecs(660));
    }

    void overdueAfterThreeIntervalsWithoutSuccess()
    {
        DriveState state = ranAt(t0);
        QVERIFY(!schedule::isOverdue(hourly(), state, t0.addSecs(3 * 3600)));
        QVERIFY(schedule::isOverdue(hourly(), state, t0.addSecs(3 * 3600 + 1)));
        // Failures since do not count as success.
        state.lastStart = t0.addSecs(3 * 3600);
        state.lastResult = RunResult::Failure;
        QVERIFY(schedule::isOverdue(hourly(), state, t0.addSecs(3 * 3600 + 1)));
        // A drive that never succeeded counts from when it was first seen.
        DriveState fresh;
        fresh.firstSeen = t0;
        QVERIFY(!schedule::isOverdue(hourly(), fresh, t0.addSecs(3600)));
        QVERIFY(schedule::isOverdue(hourly(), fresh, t0.addSecs(4 * 3600)));
    }
};

LTS_TEST_MAIN(TestSchedule)
#include "tst_schedule.moc"
