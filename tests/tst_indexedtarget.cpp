// Runs on a target known through its index (SyncJob::indexFile), as a remote target is: the
// in-memory backend counts the calls, so "a no-op run lists no target folder" is a number.
// The engine does not care what backend the target is; what it must do: trust a clean, recent
// index, list in full otherwise (first run, damaged index, a run that stopped, VerifyDays,
// verify), and look at every entry again before it changes it.
#include "memoryfs.h"
#include "syncengine.h"
#include "targetindex.h"
#include "testmain.h"
#include "versionstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <limits>

using namespace lts;
using namespace lts::fsops;
using Call = MemoryFileSystem::Call;

namespace {

constexpr std::int64_t aDayAgo = 1'700'000'000;

} // namespace

class TestIndexedTarget : public QObject
{
    Q_OBJECT

    std::unique_ptr<MemoryFileSystem> m_fs;
    std::unique_ptr<QTemporaryDir> m_data;

    QString indexFile() const { return m_data->filePath(QStringLiteral("index/drive.sqlite")); }

    SyncJob job(SyncMode mode = SyncMode::Mirror) const
    {
        SyncJob j;
        j.source = QStringLiteral("memory:/source");
        j.target = QStringLiteral("memory:/target");
        j.sourceLocation = Location::inMemory(*m_fs, "/source");
        j.targetLocation = Location::inMemory(*m_fs, "/target");
        j.mode = mode;
        j.copyThreads = 2;
        j.indexFile = indexFile();
        j.identityFile = m_data->filePath(QStringLiteral("identity.json"));
        return j;
    }

    static SyncReport run(const SyncJob &j)
    {
        SyncEngine engine;
        return engine.run(j).result();
    }

    // Listings of the target's folders (the application's own folder aside: its versions are
    // pruned by every run that keeps some).
    int targetListings() const
    {
        return m_fs->callCount(Call::List, "/target")
               - m_fs->callCount(Call::List, "/target/.letthatsyncin");
    }

    // Three folders of four files, and two at the root.
    void putTree()
    {
        for (const QByteArray folder : { "a", "b", "c/deep" }) {
            for (int i = 0; i < 4; ++i)
                m_fs->putFile("/source/" + folder + "/f" + QByteArray::number(i) + ".txt",
                              folder + QByteArray::number(i), aDayAgo + i);
        }
        m_fs->putFile("/source/top.txt", "top", aDayAgo);
        m_fs->putFile("/source/other.txt", "other", aDayAgo);
    }

    // Two runs: the first lists in full and makes the index, the second goes through it.
    void syncTwice(const SyncJob &j)
    {
        const SyncReport first = run(j);
        QCOMPARE(first.result, RunResult::Success);
        QVERIFY(targetListings() > 0);
        m_fs->resetCallCounts();
        const SyncReport second = run(j);
        QCOMPARE(second.result, RunResult::Success);
        QCOMPARE(second.added + second.updated + second.deleted, 0);
        QCOMPARE(targetListings(), 0);
        m_fs->resetCallCounts();
    }

    // The target behind the index's back: as another program on the server would change it.
    void changeOnTheServer(const QByteArray &path, const QByteArray &content, std::int64_t mtime)
    {
        m_fs->putFile("/target/" + path, content, mtime);
    }

    void removeTree(const QByteArray &parent, const QByteArray &name)
    {
        const Result<std::int64_t> removed = m_fs->openRoot(parent)->removeTreeKeepingNewer(
                name, std::numeric_limits<std::int64_t>::max(),
                [](const Entry &) { return false; });
        QVERIFY(removed.ok());
    }

private Q_SLOTS:
    void init()
    {
        m_fs = std::make_unique<MemoryFileSystem>();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
    }

    void cleanup()
    {
        m_fs.reset();
        m_data.reset();
    }

    void aNoOpRunListsNoTargetFolder()
    {
        putTree();
        syncTwice(job());
        QVERIFY(QFile::exists(indexFile()));
        // The probe of the root: a few calls, none of them a listing of the user's folders.
        const SyncReport again = run(job());
        QCOMPARE(again.result, RunResult::Success);
        QCOMPARE(targetListings(), 0);
        QCOMPARE(m_fs->callCount(Call::Stat, "/target/a"), 0);
    }

    // remote.md: "A no-op run on a remote target is then a local scan plus one cheap probe of
    // the remote root": no lease taken and given back, no expired versions looked for (once a
    // day at most), no time set on the root: nothing written, and a few looks.
    void aNoOpRunWritesNothingOnTheTarget()
    {
        putTree();
        syncTwice(job());
        const QByteArray expired
                = "/target/.letthatsyncin/versions/"
                  + VersionStore::stampOf(QDateTime::currentDateTimeUtc().addDays(-400)) + "/x.txt";
        m_fs->putFile(expired, "x", aDayAgo);
        m_fs->resetCallCounts();
        const SyncReport again = run(job());
        QCOMPARE(again.result, RunResult::Success);
        QCOMPARE(again.unchanged, 14);
        QVERIFY(m_fs->fileContent(expired));
        for (const Call call : { Call::MakeFolder, Call::MakeLink, Call::Rename, Call::HardLink,
                                 Call::Remove, Call::SetAttributes, Call::CreateFile, Call::Write,
                                 Call::Finish, Call::Flush, Call::List, Call::OpenFile })
            QCOMPARE(m_fs->callCount(call, "/target"), 0);
        // The root opened, the volume marker looked at, the application's folder too.
        QVERIFY2(m_fs->callCount(Call::Any, "/target") <= 8,
                 qPrintable(QString::number(m_fs->callCount(Call::Any, "/target"))));

        // A day later its expired versions are looked for: then under the lease.
        TargetIndex(indexFile()).setVersionsPruned(QDateTime::currentDateTimeUtc().addDays(-2));
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QVERIFY(!m_fs->fileContent(expired));
        QVERIFY(m_fs->callCount(Call::Rename, "/target/.letthatsyncin") > 0); // the lease
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(m_fs->callCount(Call::List, "/target"), 0);
    }

    // A run that meets a problem (here a folder gone from the server, where a new file was
    // to go) writes nothing, but ends Partial with its index no longer trusted: the next run
    // lists the target in full and puts the folder back whole.
    void aRunThatMetAProblemWithoutWritingListsInFullNextTime()
    {
        putTree();
        syncTwice(job());
        removeTree("/target", "a");
        m_fs->putFile("/source/a/new.txt", "new", aDayAgo + 60);
        const SyncReport partial = run(job());
        QCOMPARE(partial.result, RunResult::Partial);
        QVERIFY(!TargetIndex(indexFile()).isClean());
        const SyncReport next = run(job());
        QVERIFY2(next.result == RunResult::Success, qPrintable(next.message));
        QCOMPARE(*m_fs->fileContent("/target/a/new.txt"), QByteArray("new"));
        QCOMPARE(*m_fs->fileContent("/target/a/f0.txt"), QByteArray("a0"));
    }

    // Rule 8: a temporary a run could not remove stays noted in the target's journal, and the
    // run's index is left unclean, so that the next run, with nothing to copy, still takes the
    // lease and removes it.
    void aTemporaryThatCouldNotBeRemovedGoesWithTheNextRun()
    {
        putTree();
        syncTwice(job());
        m_fs->putFile("/target/b/.x.lts-abcd1234.part", "half a copy", aDayAgo);
        m_fs->putFile("/target/.letthatsyncin/temporaries", "b\n", aDayAgo);
        m_fs->putFile("/source/top.txt", "changed", aDayAgo + 60); // this run writes
        m_fs->addFault({ Call::Remove, ".x.lts-", ErrorKind::Io, 0, -1, false });
        QCOMPARE(run(job()).result, RunResult::Success);
        QVERIFY(m_fs->fileContent("/target/b/.x.lts-abcd1234.part"));
        m_fs->clearFaults();
        QCOMPARE(run(job()).result, RunResult::Success);
        QVERIFY(!m_fs->fileContent("/target/b/.x.lts-abcd1234.part"));
        QCOMPARE(*m_fs->fileContent("/target/b/f0.txt"), QByteArray("b0"));
    }

    // The plan is made again once the lease is held: a file another computer put, while this
    // run planned, into a folder it deletes is counted and listed with the folder (the
    // deletion limits and the report see it), not removed unseen.
    void whatTheServerGotBeforeTheLeaseIsInThePlan()
    {
        putTree();
        syncTwice(job());
        removeTree("/source/c", "deep");
        // The lease's claim waits until the other computer has written.
        m_fs->addFault({ Call::Any, ".letthatsyncin/lock", ErrorKind::Io, 0, 1, true });
        QFuture<SyncReport> running = QtConcurrent::run([this] { return run(job()); });
        QTRY_COMPARE(m_fs->hungCalls(), 1);
        m_fs->putFile("/target/c/deep/theirs.txt", "theirs", aDayAgo);
        m_fs->releaseHangs();
        QTRY_VERIFY(running.isFinished());
        const SyncReport report = running.result();
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.deleted, 5);
        QVERIFY(std::any_of(report.entries.cbegin(), report.entries.cend(),
                            [](const SyncEntry &entry) {
                                return entry.path == "c/deep/theirs.txt"
                                       && entry.action == SyncEntry::Action::Deleted;
                            }));
    }

    void withoutAnIndexTheTargetIsListedEveryRun()
    {
        putTree();
        SyncJob j = job();
        j.indexFile.clear();
        QCOMPARE(run(j).result, RunResult::Success);
        m_fs->resetCallCounts();
        QCOMPARE(run(j).result, RunResult::Success);
        QCOMPARE(targetListings(), 5); // the root, a, b, c, c/deep
        QVERIFY(!QFile::exists(indexFile()));
    }

    void changesInTheSourceGoThroughTheIndex()
    {
        putTree();
        syncTwice(job());
        m_fs->putFile("/source/a/f1.txt", "changed in the source", aDayAgo + 100);
        m_fs->putFile("/source/b/new.txt", "new", aDayAgo);
        QVERIFY(m_fs->openRoot("/source/a")->removeFile("f2.txt"));
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.added, 1);
        QCOMPARE(report.deleted, 1);
        QCOMPARE(targetListings(), 0);
        QCOMPARE(*m_fs->fileContent("/target/a/f1.txt"), QByteArray("changed in the source"));
        QCOMPARE(*m_fs->fileContent("/target/b/new.txt"), QByteArray("new"));
        QVERIFY(!m_fs->fileContent("/target/a/f2.txt"));
        // Each changed entry was looked at in the target before it was changed (rule 6).
        QVERIFY(m_fs->callCount(Call::Stat, "/target/a/f1.txt") >= 1);
        QVERIFY(m_fs->callCount(Call::Stat, "/target/a/f2.txt") >= 1);
        // And the index knows them now: the next run has nothing to do, and lists nothing.
        m_fs->resetCallCounts();
        const SyncReport again = run(job());
        QCOMPARE(again.result, RunResult::Success);
        QCOMPARE(again.added + again.updated + again.deleted, 0);
        QCOMPARE(targetListings(), 0);
        QCOMPARE(m_fs->callCount(Call::Stat, "/target/a/"), 0);
    }

    void aChangeOnTheServerIsFoundOnlyWithVerify()
    {
        putTree();
        syncTwice(job());
        changeOnTheServer("b/f2.txt", "changed on the server", aDayAgo + 500);
        m_fs->resetCallCounts();
        // The index is trusted: the change is not seen.
        const SyncReport trusted = run(job());
        QCOMPARE(trusted.result, RunResult::Success);
        QCOMPARE(trusted.updated, 0);
        QCOMPARE(targetListings(), 0);
        QCOMPARE(*m_fs->fileContent("/target/b/f2.txt"), QByteArray("changed on the server"));

        SyncJob verify = job();
        verify.verify = true;
        const SyncReport verified = run(verify);
        QCOMPARE(verified.result, RunResult::Success);
        QCOMPARE(verified.updated, 1);
        QVERIFY(targetListings() >= 5);
        QCOMPARE(*m_fs->fileContent("/target/b/f2.txt"), QByteArray("b2"));
        // The index was made again from that listing: trusted again.
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(targetListings(), 0);
    }

    // A target that dates every file by its upload (a WebDAV server without X-OC-Mtime): the
    // index stands in for the times it could not take.
    void aTargetThatDatesItsCopiesIsKnownThroughTheIndex_data()
    {
        QTest::addColumn<SyncMode>("mode");
        QTest::newRow("Mirror") << SyncMode::Mirror;
        QTest::newRow("Update") << SyncMode::Update;
    }
    void aTargetThatDatesItsCopiesIsKnownThroughTheIndex()
    {
        QFETCH(SyncMode, mode);
        Capabilities datesItsCopies;
        datesItsCopies.settableTimes = false;
        m_fs->setCapabilities(datesItsCopies);
        putTree();
        syncTwice(job(mode));
        const Stat copied = *m_fs->openRoot("/target/a")->stat("f1.txt");
        QVERIFY(copied.mtimeSec > aDayAgo + 1000); // dated by the target, not the source

        // Listed in full, the target holds what the runs copied: nothing is copied again.
        SyncJob verify = job(mode);
        verify.verify = true;
        SyncReport verified = run(verify);
        QCOMPARE(verified.result, RunResult::Success);
        QVERIFY(targetListings() >= 5);
        QCOMPARE(verified.added + verified.updated + verified.deleted, 0);
        QCOMPARE(m_fs->openRoot("/target/a")->stat("f1.txt")->mtimeSec, copied.mtimeSec);

        // A file the source gets back from an older copy (same size, an older time) is told
        // from the one copied, through the index and in a full listing alike.
        m_fs->putFile("/source/a/f1.txt", "A1", aDayAgo - 1000);
        const SyncReport trusted = run(job(mode));
        QCOMPARE(trusted.result, RunResult::Success);
        QCOMPARE(trusted.updated, 1);
        QCOMPARE(*m_fs->fileContent("/target/a/f1.txt"), QByteArray("A1"));
        m_fs->putFile("/source/a/f2.txt", "A2", aDayAgo - 2000);
        verified = run(verify);
        QCOMPARE(verified.result, RunResult::Success);
        QCOMPARE(verified.updated, 1);
        QCOMPARE(*m_fs->fileContent("/target/a/f2.txt"), QByteArray("A2"));

        // A file changed on the server is not the one copied: the index does not vouch for it,
        // and the source's is put back.
        changeOnTheServer("b/f2.txt", "changed on the server", aDayAgo + 500);
        verified = run(verify);
        QCOMPARE(verified.result, RunResult::Success);
        QCOMPARE(verified.updated, 1);
        QCOMPARE(*m_fs->fileContent("/target/b/f2.txt"), QByteArray("b2"));
        const SyncReport again = run(verify);
        QCOMPARE(again.added + again.updated + again.deleted, 0);
    }

    // A full listing of a server's target lists the folders scanned next at once: here the
    // three folders of the root are all being listed while none has answered.
    void aServersFoldersAreListedSeveralAtOnce()
    {
        Capabilities server;
        server.cheapListing = false;
        m_fs->setCapabilities(server);
        putTree();
        syncTwice(job());
        for (const QByteArray folder : { "/target/a", "/target/b", "/target/c" })
            m_fs->addFault({ Call::List, folder, ErrorKind::Io, 0, 1, true });
        SyncJob verify = job();
        verify.verify = true;
        SyncEngine engine;
        QFuture<SyncReport> future = engine.run(verify);
        QTRY_COMPARE(m_fs->hungCalls(), 3);
        m_fs->releaseHangs();
        future.waitForFinished();
        QCOMPARE(future.result().result, RunResult::Success);
        QCOMPARE(future.result().added + future.result().updated, 0);
        QCOMPARE(targetListings(), 5); // the root, a, b, c, c/deep: each once
    }

    void anEntryChangedOnTheServerIsLookedAtBeforeItIsOverwritten()
    {
        // Changed on both sides: the index's size and time are not what the target has, so
        // the plan is made with the target's (the usual rules: the source wins, the target's
        // file is kept as a version), never with the index's.
        putTree();
        syncTwice(job());
        changeOnTheServer("a/f0.txt", "the server's own", aDayAgo + 700);
        m_fs->putFile("/source/a/f0.txt", "the source's new", aDayAgo + 800);
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.updated, 1);
        QCOMPARE(*m_fs->fileContent("/target/a/f0.txt"), QByteArray("the source's new"));
        const QList<QByteArray> kept = m_fs->paths("/target/.letthatsyncin/versions");
        const auto version = std::find_if(kept.cbegin(), kept.cend(), [](const QByteArray &p) {
            return p.endsWith("/a/f0.txt");
        });
        QVERIFY(version != kept.cend());
        QCOMPARE(*m_fs->fileContent("/target/.letthatsyncin/versions/" + *version),
                 QByteArray("the server's own"));
    }

    void aFileTheIndexDoesNotKnowIsNeverOverwrittenUnseen()
    {
        // A file put on the server under the name of a new source file: seen before the copy
        // takes its name, and kept as a version like any file the run overwrites.
        putTree();
        syncTwice(job());
        changeOnTheServer("b/late.txt", "put there by hand", aDayAgo);
        m_fs->putFile("/source/b/late.txt", "from the source", aDayAgo + 5);
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.added, 0);
        QCOMPARE(*m_fs->fileContent("/target/b/late.txt"), QByteArray("from the source"));
        const QList<QByteArray> kept = m_fs->paths("/target/.letthatsyncin/versions");
        QVERIFY(std::any_of(kept.cbegin(), kept.cend(),
                            [](const QByteArray &p) { return p.endsWith("/b/late.txt"); }));
    }

    void aFileGoneFromTheServerIsNotDeletedAgain()
    {
        putTree();
        syncTwice(job());
        QVERIFY(m_fs->openRoot("/target/c/deep")->removeFile("f3.txt"));
        QVERIFY(m_fs->openRoot("/source/c/deep")->removeFile("f3.txt"));
        const SyncReport report = run(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 0);
        QCOMPARE(report.errors + report.skipped, 0);
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(targetListings(), 0);
    }

    void moveRemovesNoSourceFileTheTargetLacks()
    {
        // Move: a source file the index says the target has (the same size and time) leaves
        // the source only once the target really has it.
        m_fs->putFile("/source/log1.csv", "one", aDayAgo);
        m_fs->putFile("/source/log2.csv", "two", aDayAgo);
        syncTwice(job(SyncMode::Move));
        QVERIFY(m_fs->paths("/source").isEmpty());
        // The same file again in the source, and the target's copy gone behind the index.
        m_fs->putFile("/source/log1.csv", "one", aDayAgo);
        QVERIFY(m_fs->openRoot("/target")->removeFile("log1.csv"));
        const SyncReport report = run(job(SyncMode::Move));
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(*m_fs->fileContent("/target/log1.csv"), QByteArray("one"));
        QVERIFY(!m_fs->fileContent("/source/log1.csv"));
        QCOMPARE(targetListings(), 0);
    }

    void mirrorThroughTheIndexKeepsTheSafetyRules()
    {
        putTree();
        syncTwice(job());
        // Rule 3: an empty source deletes nothing, index or not.
        const QList<QByteArray> before = m_fs->paths("/target");
        removeTree("/", "source");
        QVERIFY(m_fs->openRoot("/")->makeFolder("source", 0755));
        const SyncReport empty = run(job());
        QCOMPARE(empty.result, RunResult::Refused);
        QCOMPARE(empty.code, SyncEngine::sourceEmpty);
        QCOMPARE(m_fs->paths("/target"), before);

        // Rule 4: too many deletions.
        putTree();
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        for (int i = 0; i < 12; ++i)
            m_fs->putFile("/source/many/m" + QByteArray::number(i), "m", aDayAgo);
        QCOMPARE(run(job()).result, RunResult::Success);
        removeTree("/source", "many");
        SyncJob strict = job();
        strict.maxDeletePercent = 10;
        const SyncReport many = run(strict);
        QCOMPARE(many.result, RunResult::Refused);
        QCOMPARE(many.code, SyncEngine::tooManyDeletions);
        QVERIFY(m_fs->fileContent("/target/many/m11"));
        // A folder to delete is listed, index or not: its files are counted as they are.
        QVERIFY(m_fs->callCount(Call::List, "/target/many") >= 1);
    }

    void aDamagedIndexIsRebuiltWithAFullListing_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("garbage") << false;
        QTest::newRow("truncated") << true;
    }

    void aDamagedIndexIsRebuiltWithAFullListing()
    {
        QFETCH(bool, truncate);
        putTree();
        for (int i = 0; i < 300; ++i)
            m_fs->putFile("/source/many/" + QByteArray::number(i), "x", aDayAgo);
        syncTwice(job());
        QFile file(indexFile());
        if (truncate) {
            QVERIFY(file.resize(file.size() / 2));
        } else {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(50'000, 'g'));
            file.close();
        }
        // Whatever was behind the index is found: the damaged one is not read.
        changeOnTheServer("a/f1.txt", "changed on the server", aDayAgo + 900);
        const SyncReport rebuilt = run(job());
        QCOMPARE(rebuilt.result, RunResult::Success);
        QCOMPARE(rebuilt.updated, 1);
        QVERIFY(targetListings() >= 6);
        m_fs->resetCallCounts();
        const SyncReport after = run(job());
        QCOMPARE(after.result, RunResult::Success);
        QCOMPARE(after.added + after.updated + after.deleted, 0);
        QCOMPARE(targetListings(), 0);
    }

    void aFailedRunLeavesPendingRowsAndTheNextListsInFull()
    {
        putTree();
        syncTwice(job());
        for (int i = 0; i < 10; ++i)
            m_fs->putFile("/source/b/n" + QByteArray::number(i), "new " + QByteArray::number(i),
                          aDayAgo);
        // ".n4." and not "n4": the random part of another file's temporary name
        // (.n9.lts-xxxxxxxx.part) can hold "n4", and that file would fail too.
        m_fs->addFault({ Call::Write, ".n4.", ErrorKind::Io, 0, -1, false });
        const SyncReport failed = run(job());
        QCOMPARE(failed.result, RunResult::Partial);
        {
            TargetIndex index(indexFile());
            QVERIFY(!index.isClean());
            QVERIFY(index.pendingCount() >= 1);
        }
        m_fs->clearFaults();
        // Meanwhile, on the server: seen, because the index is not trusted now.
        changeOnTheServer("c/deep/f0.txt", "changed on the server", aDayAgo + 900);
        m_fs->resetCallCounts();
        const SyncReport next = run(job());
        QCOMPARE(next.result, RunResult::Success);
        QCOMPARE(next.added, 1);
        QCOMPARE(next.updated, 1);
        QVERIFY(targetListings() >= 5);
        QCOMPARE(*m_fs->fileContent("/target/b/n4"), QByteArray("new 4"));
        {
            TargetIndex index(indexFile());
            QVERIFY(index.isClean());
            QCOMPARE(index.pendingCount(), 0);
        }
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(targetListings(), 0);
    }

    void aCancelledRunLeavesPendingRowsAndTheNextListsInFull()
    {
        putTree();
        syncTwice(job());
        for (int i = 0; i < 6; ++i)
            m_fs->putFile("/source/new/n" + QByteArray::number(i), QByteArray(100'000, 'n'),
                          aDayAgo);
        m_fs->addFault({ Call::Write, ".n3.", ErrorKind::Io, 0, 1, true }); // as ".n4." above
        SyncJob j = job();
        SyncEngine engine;
        QFuture<SyncReport> future = engine.run(j);
        QTRY_COMPARE(m_fs->hungCalls(), 1);
        j.cancel.cancel();
        m_fs->releaseHangs();
        future.waitForFinished();
        QCOMPARE(future.result().result, RunResult::Cancelled);
        {
            TargetIndex index(indexFile());
            QVERIFY(!index.isClean());
            QVERIFY(index.pendingCount() >= 1);
        }
        m_fs->clearFaults();
        m_fs->resetCallCounts();
        const SyncReport next = run(job());
        QCOMPARE(next.result, RunResult::Success);
        QVERIFY(targetListings() >= 5);
        for (int i = 0; i < 6; ++i)
            QVERIFY(m_fs->fileContent("/target/new/n" + QByteArray::number(i)));
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(targetListings(), 0);
    }

    void verifyDaysForceAFullListing()
    {
        putTree();
        syncTwice(job());
        {
            TargetIndex index(indexFile());
            index.setLastVerified(QDateTime::currentDateTimeUtc().addDays(-8));
        }
        changeOnTheServer("top.txt", "changed on the server", aDayAgo + 900);
        const SyncReport listed = run(job()); // VerifyDays 7 passed
        QCOMPARE(listed.result, RunResult::Success);
        QCOMPARE(listed.updated, 1);
        QVERIFY(targetListings() >= 5);
        m_fs->resetCallCounts();
        QCOMPARE(run(job()).result, RunResult::Success);
        QCOMPARE(targetListings(), 0);

        // 0: every run lists in full.
        SyncJob always = job();
        always.verifyDays = 0;
        QCOMPARE(run(always).result, RunResult::Success);
        QVERIFY(targetListings() >= 5);
    }

    void otherFiltersListInFull()
    {
        putTree();
        syncTwice(job());
        SyncJob j = job();
        j.exclude = QStringList{ QStringLiteral("*.tmp") };
        QCOMPARE(run(j).result, RunResult::Success);
        QVERIFY(targetListings() >= 5);
    }

    void aTargetWipedOnTheServerIsListedAgain()
    {
        // The probe: the root's application folder is gone, so is what the index knew.
        putTree();
        syncTwice(job());
        removeTree("/", "target");
        QVERIFY(m_fs->openRoot("/")->makeFolder("target", 0755));
        SyncJob j = job();
        j.identityFile.clear(); // the volume check would refuse it first
        const SyncReport report = run(j);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 14);
        QVERIFY(targetListings() >= 1);
    }

    void aDryRunReadsTheIndexAndChangesNothing()
    {
        putTree();
        syncTwice(job());
        m_fs->putFile("/source/a/f1.txt", "changed in the source", aDayAgo + 100);
        SyncJob dry = job();
        dry.dryRun = true;
        const SyncReport preview = run(dry);
        QCOMPARE(preview.result, RunResult::Success);
        QCOMPARE(preview.updated, 1);
        QCOMPARE(targetListings(), 0);
        TargetIndex index(indexFile());
        QVERIFY(index.isClean());
    }

    // Not a timed test: the figures of a no-op run of 10,000 files with and without the index.
    void tenThousandFilesNoOp()
    {
        for (int folder = 0; folder < 100; ++folder) {
            for (int i = 0; i < 100; ++i)
                m_fs->putFile("/source/d" + QByteArray::number(folder) + "/f"
                                      + QByteArray::number(i),
                              "x", aDayAgo + i);
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run(job()).result, RunResult::Success);
        const qint64 initial = timer.restart();
        SyncJob listing = job();
        listing.verify = true;
        QCOMPARE(run(listing).result, RunResult::Success);
        const qint64 listed = timer.restart();
        m_fs->resetCallCounts();
        const SyncReport noOp = run(job());
        const qint64 indexed = timer.elapsed();
        QCOMPARE(noOp.result, RunResult::Success);
        QCOMPARE(noOp.unchanged, 10'000);
        QCOMPARE(targetListings(), 0);
        qInfo("10,000 files in memory: initial %lld ms, no-op listing the target %lld ms, "
              "no-op through the index %lld ms (%d calls on the target)",
              initial, listed, indexed, m_fs->callCount(Call::Any, "/target"));
    }
};

LTS_TEST_MAIN(TestIndexedTarget)
#include "tst_indexedtarget.moc"
