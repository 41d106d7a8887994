// The availability prober: a location that does not answer is answered "timed out" at the
// deadline, gets no second stuck thread, holds up no other location, and keeps nobody from
// leaving; the last answer of each location is kept with its time.
#include "availabilityprober.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <memory>

#include <unistd.h>

using namespace lts;
using namespace std::chrono_literals;

namespace {

constexpr auto deadline = 200ms;

// A disk that stops answering until it is let go (a server that comes back).
class Gate
{
public:
    void wait()
    {
        const QMutexLocker lock(&m_mutex);
        while (m_closed)
            m_opened.wait(&m_mutex);
    }
    void open()
    {
        const QMutexLocker lock(&m_mutex);
        m_closed = false;
        m_opened.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_opened;
    bool m_closed = true;
};

// Looks at locations: those below "/hung" wait at the gate; every look is counted.
struct FakeDisk
{
    std::shared_ptr<Gate> gate = std::make_shared<Gate>();
    std::shared_ptr<std::atomic<int>> looks = std::make_shared<std::atomic<int>>(0);

    AvailabilityProber::FactsCheck check() const
    {
        return [gate = gate, looks = looks](const QString &location) {
            ++*looks;
            if (location.startsWith(QStringLiteral("/hung")))
                gate->wait();
            LocationFacts facts;
            facts.path = location;
            facts.exists = facts.isFolder = true;
            facts.volume = QStringLiteral("disk");
            return facts;
        };
    }
};

template<typename T>
bool waitFor(const QFuture<T> &future, std::chrono::milliseconds most)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < most.count())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.isFinished();
}

} // namespace

class TestAvailabilityProber : public QObject
{
    Q_OBJECT

private:
    std::optional<FakeDisk> m_disk;
    std::unique_ptr<AvailabilityProber> m_prober;

private Q_SLOTS:
    void init()
    {
        m_disk.emplace();
        m_prober = std::make_unique<AvailabilityProber>(deadline);
        m_prober->setFactsCheck(QString(), m_disk->check());
    }
    void cleanup()
    {
        m_disk->gate->open(); // the stuck threads end, and the prober with them
        QTRY_COMPARE(m_prober->stuckThreads(), 0);
        m_prober.reset();
    }

    void anAnswerIsKeptWithItsTime()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(!m_prober->cached(QStringLiteral("/data/photos")));
        const QFuture<LocationProbe> look = m_prober->probe(QStringLiteral("/data/photos"));
        QVERIFY(waitFor(look, 5s));
        QVERIFY(look.result().answered());
        QCOMPARE(look.result().value.volume, QStringLiteral("disk"));
        const std::optional<LocationProbe> kept = m_prober->cached(QStringLiteral("/data/photos"));
        QVERIFY(kept);
        QVERIFY(kept->answered());
        QVERIFY(kept->at >= before);
        QCOMPARE(kept->value, look.result().value);
    }

    void aLocationThatDoesNotAnswerTimesOutAtTheDeadline()
    {
        QElapsedTimer timer;
        timer.start();
        const QFuture<LocationProbe> look = m_prober->probe(QStringLiteral("/hung/backup"));
        QVERIFY(waitFor(look, 5s));
        QCOMPARE(look.result().outcome, ProbeOutcome::TimedOut);
        QVERIFY2(timer.elapsed() >= deadline.count() - 20,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < deadline.count() + 1000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(m_prober->isStuck(QStringLiteral("/hung/backup")));
        QCOMPARE(m_prober->cached(QStringLiteral("/hung/backup"))->outcome, ProbeOutcome::TimedOut);
        // Not on the shared pool, which QCoreApplication waits for when it ends.
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    }

    void theTimeoutNamesTheLocation()
    {
        // "30 seconds" once the English plural forms are in the translations.
        QVERIFY(AvailabilityProber::notAnswering(AvailabilityProber::Role::Target,
                                                 QStringLiteral("/mnt/nas/backup"), 30s)
                        .startsWith(QStringLiteral(
                                "The target /mnt/nas/backup did not answer within 30 second")));
        QVERIFY(AvailabilityProber::notAnswering(AvailabilityProber::Role::Source,
                                                 QStringLiteral("/mnt/nas/photos"), 1s)
                        .startsWith(QStringLiteral(
                                "The source /mnt/nas/photos did not answer within 1 second")));
        QVERIFY(m_prober->notAnswering(AvailabilityProber::Role::Folder, QStringLiteral("/x"))
                        .startsWith(
                                QStringLiteral("The folder /x did not answer within 1 second")));
    }

    void aStuckLocationGetsNoSecondThread()
    {
        const QString hung = QStringLiteral("/hung/backup");
        QVERIFY(waitFor(m_prober->probe(hung), 5s));
        QCOMPARE(m_disk->looks->load(), 1);
        // Asked again while the first thread is stuck: "timed out" at once, no new thread.
        QElapsedTimer timer;
        timer.start();
        const QFuture<LocationProbe> again = m_prober->probe(hung);
        const QFuture<Probed<int>> other = m_prober->check<int>(hung, [] { return 7; });
        QVERIFY(waitFor(again, 5s));
        QVERIFY(waitFor(other, 5s));
        QVERIFY(timer.elapsed() < deadline.count());
        QCOMPARE(again.result().outcome, ProbeOutcome::TimedOut);
        QCOMPARE(other.result().outcome, ProbeOutcome::TimedOut);
        QCOMPARE(m_disk->looks->load(), 1);
        QCOMPARE(m_prober->stuckThreads(), 1);
    }

    void aLookUnderWayIsShared()
    {
        const QFuture<LocationProbe> first = m_prober->probe(QStringLiteral("/hung/backup"));
        const QFuture<LocationProbe> second = m_prober->probe(QStringLiteral("/hung/backup"));
        QVERIFY(waitFor(second, 5s));
        QVERIFY(first.isFinished());
        QCOMPARE(m_disk->looks->load(), 1);
    }

    void checksWaitingBehindAStuckOneTimeOutWithIt()
    {
        // Asked before the first one is known to be stuck: it waits for the thread there, and
        // is given up with it, never started.
        const QFuture<LocationProbe> look = m_prober->probe(QStringLiteral("/hung/backup"));
        const QFuture<Probed<int>> queued
                = m_prober->check<int>(QStringLiteral("/hung/backup"), [] { return 7; });
        QVERIFY(waitFor(queued, 5s));
        QCOMPARE(queued.result().outcome, ProbeOutcome::TimedOut);
        QVERIFY(look.isFinished());
        QCOMPARE(m_disk->looks->load(), 1);
    }

    void aLateAnswerIsKeptAndTheNextLookIsANewOne()
    {
        const QString hung = QStringLiteral("/hung/backup");
        QVERIFY(waitFor(m_prober->probe(hung), 5s));
        m_disk->gate->open(); // the server is back
        QTRY_VERIFY(m_prober->cached(hung)->answered());
        QVERIFY(!m_prober->isStuck(hung));
        QCOMPARE(m_prober->stuckThreads(), 0);
        const QFuture<LocationProbe> fresh = m_prober->probe(hung);
        QVERIFY(waitFor(fresh, 5s));
        QVERIFY(fresh.result().answered());
        QCOMPARE(m_disk->looks->load(), 2);
    }

    void stuckLocationsHoldUpNoOther()
    {
        // More stuck locations than the prober has threads.
        for (int i = 0; i < AvailabilityProber::threads + 2; ++i)
            QVERIFY(waitFor(m_prober->probe(QStringLiteral("/hung/%1").arg(i)), 5s));
        QCOMPARE(m_prober->stuckThreads(), AvailabilityProber::threads + 2);
        QElapsedTimer timer;
        timer.start();
        const QFuture<LocationProbe> healthy = m_prober->probe(QStringLiteral("/data/photos"));
        QVERIFY(waitFor(healthy, 5s));
        QVERIFY(healthy.result().answered());
        QVERIFY(timer.elapsed() < deadline.count());
    }

    void aTypedCheckAnswersItsValue()
    {
        const QFuture<Probed<QString>> found = m_prober->check<QString>(
                QStringLiteral("/data/photos"), [] { return QStringLiteral("usb"); });
        QVERIFY(waitFor(found, 5s));
        QVERIFY(found.result().answered());
        QCOMPARE(found.result().value, QStringLiteral("usb"));
    }

    void theDefaultCheckLooksAtAFolderOfThisComputer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AvailabilityProber prober(5s);
        const QFuture<LocationProbe> look = prober.probe(dir.path());
        QVERIFY(waitFor(look, 10s));
        const LocationFacts facts = look.result().value;
        QVERIFY(facts.exists);
        QVERIFY(facts.isFolder);
        QVERIFY(facts.readable);
        QVERIFY(!facts.volume.isEmpty());
        QVERIFY(facts.bytesTotal > 0);
        const QFuture<LocationProbe> missing
                = prober.probe(dir.filePath(QStringLiteral("not/there")));
        QVERIFY(waitFor(missing, 10s));
        QVERIFY(!missing.result().value.exists);
        QVERIFY(!missing.result().value.parentIsFolder);
        QCOMPARE(missing.result().value.volume, facts.volume);
    }

    void aProberWithAStuckThreadIsDestroyedAtOnce()
    {
        // A thread that never comes back, as in the kernel on a mount whose server went away:
        // the process must still be able to end (this test executable ends with it stuck).
        auto prober = std::make_unique<AvailabilityProber>(deadline);
        prober->setFactsCheck(QString(), [](const QString &) -> LocationFacts {
            for (;;)
                ::pause();
        });
        const QFuture<LocationProbe> look = prober->probe(QStringLiteral("/gone"));
        QVERIFY(waitFor(look, 5s));
        QCOMPARE(look.result().outcome, ProbeOutcome::TimedOut);
        const QFuture<Probed<int>> owed
                = prober->check<int>(QStringLiteral("/elsewhere"), []() -> int {
                      for (;;)
                          ::pause();
                  });
        QElapsedTimer timer;
        timer.start();
        prober.reset();
        QVERIFY2(timer.elapsed() < 1000, "the prober waited for its stuck threads");
        // The answer it owed is not left hanging either.
        QVERIFY(owed.isFinished());
        QVERIFY(owed.isCanceled());
    }
};

LTS_TEST_MAIN(TestAvailabilityProber)
#include "tst_availabilityprober.moc"
