// The engine over the in-memory backend, with the faults that a real disk or server shows only
// now and then: an I/O error in the middle of a copy, a full disk, a connection lost during a
// run, a call that hangs past its deadline. After each: nothing torn (every file in the target
// is whole, or absent), nothing lost (the source as it was), and a message that says what
// happened and where.
#include "memoryfs.h"
#include "syncengine.h"
#include "testmain.h"

#include <QTest>

using namespace lts;
using namespace lts::fsops;
using Call = MemoryFileSystem::Call;

namespace {

constexpr std::int64_t aDayAgo = 1'700'000'000;

} // namespace

class TestMemoryBackend : public QObject
{
    Q_OBJECT

    std::unique_ptr<MemoryFileSystem> m_fs;

    SyncJob job(SyncMode mode = SyncMode::Mirror) const
    {
        SyncJob j;
        j.source = QStringLiteral("memory:/source");
        j.target = QStringLiteral("memory:/target");
        j.sourceLocation = Location::inMemory(*m_fs, "/source");
        j.targetLocation = Location::inMemory(*m_fs, "/target");
        j.mode = mode;
        j.copyThreads = 2;
        return j;
    }

    SyncReport run(const SyncJob &j) const
    {
        SyncEngine engine;
        return engine.run(j).result();
    }

    void putSource(int files, qsizetype size = 1000)
    {
        for (int i = 0; i < files; ++i) {
            m_fs->putFile("/source/f" + QByteArray::number(i) + ".bin",
                          QByteArray(size, char('a' + i % 26)), aDayAgo + i);
        }
    }

    // Every file of the target is whole: the same bytes as the source's file of that name.
    // Temporary names of the engine are allowed only where `temporariesAllowed`.
    void checkNothingTorn(bool temporariesAllowed = false)
    {
        for (const QByteArray &path : m_fs->paths("/target")) {
            if (path.startsWith(".letthatsyncin"))
                continue;
            const std::optional<QByteArray> copy = m_fs->fileContent("/target/" + path);
            if (!copy)
                continue; // a folder
            const std::optional<QByteArray> original = m_fs->fileContent("/source/" + path);
            if (!original) {
                QVERIFY2(temporariesAllowed, path.constData());
                continue;
            }
            QVERIFY2(*copy == *original, path.constData());
        }
    }

    void checkSourceUntouched(int files, qsizetype size = 1000)
    {
        QCOMPARE(m_fs->paths("/source").size(), files);
        for (int i = 0; i < files; ++i) {
            QCOMPARE(*m_fs->fileContent("/source/f" + QByteArray::number(i) + ".bin"),
                     QByteArray(size, char('a' + i % 26)));
        }
    }

private Q_SLOTS:
    void init() { m_fs = std::make_unique<MemoryFileSystem>(); }

    void cleanup() { m_fs.reset(); }

    void mirrorsIntoMemory()
    {
        putSource(20);
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 20);
        checkNothingTorn();
        QCOMPARE(m_fs->openRoot("/target")->stat("f3.bin")->mtimeSec, aDayAgo + 3);
        // A second run finds nothing to do.
        const SyncReport again = run(job());
        QCOMPARE(again.result, RunResult::Success);
        QCOMPARE(again.added + again.updated + again.deleted, 0);
    }

    void anIoErrorInTheMiddleOfACopyTearsNothing()
    {
        putSource(10, 3'000'000); // several chunks each
        m_fs->addFault({ Call::Write, "f4.bin", ErrorKind::Io, 1, -1, false });
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.errors, 1);
        QCOMPARE(report.added, 9);
        const auto failed = std::find_if(
                report.entries.begin(), report.entries.end(),
                [](const SyncEntry &e) { return e.action == SyncEntry::Action::Failed; });
        QVERIFY(failed != report.entries.end());
        QCOMPARE(failed->path, QByteArray("f4.bin"));
        QVERIFY2(failed->reason.contains(u"Input/output error"), qPrintable(failed->reason));
        QVERIFY(!m_fs->fileContent("/target/f4.bin"));
        checkNothingTorn();
        checkSourceUntouched(10, 3'000'000);
        // Once the disk is well again, the next run completes what is missing.
        m_fs->clearFaults();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(*m_fs->fileContent("/target/f4.bin"), QByteArray(3'000'000, 'e'));
    }

    void aFullTargetStopsTheRunWithNothingHalfWritten()
    {
        putSource(10, 100'000);
        m_fs->setCapacity(10 * 100'000 + 450'000); // the source, and 4.5 of its files
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("ENOSPC"));
        QVERIFY2(report.message.contains(u"No space left on device"), qPrintable(report.message));
        QVERIFY2(report.message.contains(u"memory:/target"), qPrintable(report.message));
        checkNothingTorn();
        checkSourceUntouched(10, 100'000);
    }

    void aConnectionLostDuringTheRunTearsNothing()
    {
        putSource(30, 200'000);
        // After 40 calls on the target, every call fails: the server is gone.
        m_fs->addFault({ Call::Any, "/target", ErrorKind::Unreachable, 40, -1, false });
        const SyncReport report = run(job());
        QVERIFY(report.result == RunResult::Failure || report.result == RunResult::Partial);
        QCOMPARE(kindOf(Error{ report.code, {} }), ErrorKind::Unreachable);
        QVERIFY2(report.message.contains(u"Connection reset by peer"), qPrintable(report.message));
        QVERIFY2(report.message.contains(u"memory:/target"), qPrintable(report.message));
        QVERIFY(report.added < 30);
        checkNothingTorn(true); // what the lost connection kept it from cleaning up
        checkSourceUntouched(30, 200'000);
        // Back again: the next run finishes the job and leaves no temporary behind.
        m_fs->clearFaults();
        QCOMPARE(run(job()).result, RunResult::Success);
        checkNothingTorn();
        const QList<QByteArray> copied = m_fs->paths("/target");
        QCOMPARE(std::count_if(copied.begin(), copied.end(),
                               [](const QByteArray &p) { return !p.startsWith(".letthatsyncin"); }),
                 30);
    }

    void aCallThatHangsPastItsDeadlineStopsTheRun()
    {
        putSource(5, 50'000);
        m_fs->setDeadline(std::chrono::milliseconds(200));
        m_fs->addFault({ Call::Write, "f2.bin", ErrorKind::Io, 0, -1, true });
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("ETIMEDOUT"));
        QVERIFY2(report.message.contains(u"timed out"), qPrintable(report.message));
        QVERIFY2(report.message.contains(u"memory:/target"), qPrintable(report.message));
        QCOMPARE(m_fs->hungCalls(), 0);
        checkNothingTorn(true);
        checkSourceUntouched(5, 50'000);
    }

    void aHungCallGoesOnWhenReleased()
    {
        putSource(3);
        m_fs->addFault({ Call::List, "/source", ErrorKind::Io, 0, 1, true });
        SyncEngine engine;
        QFuture<SyncReport> future = engine.run(job());
        QTRY_COMPARE(m_fs->hungCalls(), 1);
        QVERIFY(!future.isFinished());
        m_fs->releaseHangs();
        future.waitForFinished();
        QCOMPARE(future.result().result, RunResult::Success);
        checkNothingTorn();
    }

    void aTargetWithoutPermissionBitsIsNotUpdatedAtEveryRun()
    {
        // A server that keeps no permission bits (or gives every file the same) would
        // otherwise look changed at every run.
        MemoryFileSystem target;
        Capabilities noBits;
        noBits.permissionBits = false;
        target.setCapabilities(noBits);
        putSource(3);
        SyncJob j = job();
        j.targetLocation = Location::inMemory(target, "/backup");
        QVERIFY(target.openRoot("/")->makeFolder("backup", 0755));
        const SyncReport first = run(j);
        QCOMPARE(first.result, RunResult::Success);
        QCOMPARE(first.added, 3);
        QCOMPARE(*target.fileContent("/backup/f1.bin"), QByteArray(1000, 'b'));
        const SyncReport second = run(j);
        QCOMPARE(second.result, RunResult::Success);
        QCOMPARE(second.updated, 0);
    }

    void theSafetyRulesHoldOnMemoryToo()
    {
        // Rule 3: an empty source never empties the target.
        m_fs->putFile("/target/precious.jpg", "photo", aDayAgo);
        QVERIFY(m_fs->openRoot("/")->makeFolder("source", 0755));
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::sourceEmpty);
        QCOMPARE(*m_fs->fileContent("/target/precious.jpg"), QByteArray("photo"));
    }

    void aMissingSourceIsUnavailable()
    {
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY(report.unavailable);
        QCOMPARE(report.code, SyncEngine::sourceUnavailable);
        QVERIFY2(report.message.contains(u"memory:/source"), qPrintable(report.message));
    }

    void faultsCountTheirCalls()
    {
        m_fs->putFile("/a", "x", aDayAgo);
        m_fs->addFault({ Call::Stat, "/a", ErrorKind::Denied, 1, 2, false });
        Result<Folder> root = m_fs->openRoot("/");
        QVERIFY(root->stat("a"));
        QCOMPARE(kindOf(root->stat("a").error()), ErrorKind::Denied);
        QCOMPARE(root->stat("a").error().code, QStringLiteral("EACCES"));
        QVERIFY(root->stat("a"));
    }
};

LTS_TEST_MAIN(TestMemoryBackend)
#include "tst_memorybackend.moc"
