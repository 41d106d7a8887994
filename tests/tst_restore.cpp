// The ways back after a mistake: a restore copies into the source what the target has and
// the source lacks, never overwriting; the versions a run keeps are listed with why they
// were kept and put back without overwriting anything.
#include "syncfolders.h"
#include "testmain.h"
#include "versionstore.h"

#include <QLockFile>

#include <ctime>

using namespace lts;
using lts::test::TreeBuilder;

class TestRestore : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;

    TreeBuilder &source() { return m_folders->source(); }
    TreeBuilder &target() { return m_folders->target(); }
    SyncJob job() const { return m_folders->job(); }
    static SyncReport sync(const SyncJob &job) { return test::runEngine(job); }

    SyncJob restoreJob(const QStringList &paths = {}) const
    {
        SyncJob j = job();
        j.restore = true;
        j.onlyPaths = paths;
        return j;
    }

    fsops::Folder targetRoot() const
    {
        return fsops::Folder::openRoot(QFile::encodeName(m_folders->target().root())).value();
    }
    fsops::Folder sourceRoot() const
    {
        return fsops::Folder::openRoot(QFile::encodeName(m_folders->source().root())).value();
    }

    // Synced once, then most of the source deleted by mistake, as in the issue.
    void deleteMostOfTheSource()
    {
        for (int i = 0; i < 20; ++i)
            source().write(QStringLiteral("album/p%1.jpg").arg(i), QByteArray::number(i),
                           1600000000 + i);
        source().write(QStringLiteral("notes.txt"), "notes", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("album"));
    }

private Q_SLOTS:
    void init()
    {
        m_folders.emplace(test::SyncFolders::Target::Present);
        QVERIFY(m_folders->isValid());
    }

    void cleanup() { m_folders.reset(); }

    void aRestorePutsBackWhatTheSourceLacks()
    {
        deleteMostOfTheSource();
        QCOMPARE(sync(job()).code, SyncEngine::tooManyDeletions);

        const SyncReport restored = sync(restoreJob());
        QCOMPARE(restored.result, RunResult::Success);
        QVERIFY(restored.restore);
        QCOMPARE(restored.added, 20);
        QCOMPARE(restored.deleted, 0);
        QCOMPARE(restored.toJson().value(QStringLiteral("Restore")), QJsonValue(true));
        LTS_COMPARE_TREES(source().root(), target().root());
        // The source is whole again: the next sync deletes nothing.
        const SyncReport next = sync(job());
        QCOMPARE(next.result, RunResult::Success);
        QCOMPARE(next.deleted, 0);
        // The source gets no application folder: the lock stays in the target.
        QVERIFY(!source().exists(QStringLiteral(".letthatsyncin")));
    }

    void aRestoreNeverOverwritesNorDeletes()
    {
        deleteMostOfTheSource();
        // The user has since written another notes.txt and a file of their own.
        source().write(QStringLiteral("notes.txt"), "newer notes", 1700000000)
                .write(QStringLiteral("new.txt"), "only in the source");
        const test::Snapshot targetBefore = test::snapshot(target().root());
        const SyncReport restored = sync(restoreJob());
        QCOMPARE(restored.result, RunResult::Success);
        QCOMPARE(restored.added, 20);
        QCOMPARE(restored.updated, 0);
        QCOMPARE(source().read(QStringLiteral("notes.txt")), QByteArray("newer notes"));
        QCOMPARE(source().read(QStringLiteral("new.txt")), QByteArray("only in the source"));
        QCOMPARE(test::snapshot(target().root()), targetBefore);
    }

    void aRestoreRemovesNothingFromTheSource()
    {
        deleteMostOfTheSource();
        // The user's folders named like the engine's temporaries: a restore writes into the
        // source, and takes them for nothing of its own.
        source().write(QStringLiteral(".mine.lts-abcd1234.part/x.txt"), "x");
        target().write(QStringLiteral(".both.lts-abcd5678.part/y.txt"), "y");
        source().write(QStringLiteral(".both.lts-abcd5678.part/z.txt"), "z");
        const SyncReport restored = sync(restoreJob());
        QCOMPARE(restored.result, RunResult::Success);
        QCOMPARE(restored.added, 21);
        QCOMPARE(source().read(QStringLiteral(".mine.lts-abcd1234.part/x.txt")), QByteArray("x"));
        QCOMPARE(source().read(QStringLiteral(".both.lts-abcd5678.part/z.txt")), QByteArray("z"));
        QCOMPARE(source().read(QStringLiteral(".both.lts-abcd5678.part/y.txt")), QByteArray("y"));
    }

    void aRestoreOfChosenPathsTakesOnlyThose()
    {
        deleteMostOfTheSource();
        source().remove(QStringLiteral("notes.txt"));
        const SyncReport restored = sync(
                restoreJob({ QStringLiteral("album/p3.jpg"), QStringLiteral("album/p12.jpg") }));
        QCOMPARE(restored.result, RunResult::Success);
        QCOMPARE(restored.added, 2);
        QCOMPARE(source().read(QStringLiteral("album/p3.jpg")), QByteArray("3"));
        QVERIFY(source().exists(QStringLiteral("album/p12.jpg")));
        QVERIFY(!source().exists(QStringLiteral("album/p4.jpg")));
        QVERIFY(!source().exists(QStringLiteral("notes.txt")));
        // A chosen folder brings back what it holds.
        QCOMPARE(sync(restoreJob({ QStringLiteral("album") })).added, 18);
    }

    void aRestoreWaitsForARunningSyncOfTheTarget()
    {
        deleteMostOfTheSource();
        QLockFile busy(target().path(QStringLiteral(".letthatsyncin/lock")));
        QVERIFY(busy.tryLock(0));
        const SyncReport report = sync(restoreJob());
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, SyncEngine::targetBusy);
        QVERIFY(!source().exists(QStringLiteral("album")));
    }

    void aRestoreReadsABackupMountedReadOnly()
    {
        // The backup disk comes back read-only (as a careful user mounts it to restore from):
        // a restore writes nothing there, so it needs no lock in it.
        LTS_SKIP_IF_ROOT();
        deleteMostOfTheSource();
        target().setMode(QStringLiteral(".letthatsyncin"), 0555).setMode(QStringLiteral("."), 0555);
        const SyncReport report = sync(restoreJob());
        target().setMode(QStringLiteral("."), 0755).setMode(QStringLiteral(".letthatsyncin"), 0755);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 20);
        QCOMPARE(source().read(QStringLiteral("album/p7.jpg")), QByteArray("7"));
    }

    void aDryRunOfARestoreListsTheFilesAndChangesNothing()
    {
        deleteMostOfTheSource();
        SyncJob j = restoreJob();
        j.dryRun = true;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 20);
        QVERIFY(!source().exists(QStringLiteral("album")));
    }

    void versionsAreListedWithWhyTheyWereKept()
    {
        source().write(QStringLiteral("doc.txt"), "v1", 1600000000)
                .write(QStringLiteral("old/a.txt"), "a", 1600000000)
                .write(QStringLiteral("old/deep/b.txt"), "bb", 1600000000)
                .write(QStringLiteral("gone.txt"), "g", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("doc.txt"), "v2", 1600000100)
                .remove(QStringLiteral("old"))
                .remove(QStringLiteral("gone.txt"));
        const SyncReport report = sync(job()); // versions are kept by default
        QCOMPARE(report.result, RunResult::Success);

        const Result<QList<VersionStore::Version>> versions = VersionStore::list(targetRoot());
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 4);
        const QDateTime kept = report.started.toUTC();
        using V = VersionStore::Version;
        using R = VersionStore::Reason;
        QCOMPARE(versions->at(0), (V{ "doc.txt", kept, 2, 1600000000, R::Overwritten, {} }));
        QCOMPARE(versions->at(1), (V{ "gone.txt", kept, 1, 1600000000, R::Deleted, {} }));
        QCOMPARE(versions->at(2), (V{ "old/a.txt", kept, 1, 1600000000, R::Deleted, {} }));
        QCOMPARE(versions->at(3), (V{ "old/deep/b.txt", kept, 2, 1600000000, R::Deleted, {} }));
        const Result<QList<V>> inside = VersionStore::list(targetRoot(), "old");
        QCOMPARE(inside->size(), 2);
        QCOMPARE(VersionStore::list(targetRoot(), "doc.txt")->size(), 1);
    }

    void versionsWithoutNotesAreToldByTheTarget()
    {
        // A run stopped before it wrote its notes: what the target has now tells the reason.
        source().write(QStringLiteral("here.txt"), "now");
        target().write(QStringLiteral(".letthatsyncin/versions/2026-01-02T030405Z/here.txt"),
                       "before")
                .write(QStringLiteral(".letthatsyncin/versions/2026-01-02T030405Z/gone.txt"),
                       "gone");
        target().write(QStringLiteral("here.txt"), "now");
        const Result<QList<VersionStore::Version>> versions = VersionStore::list(targetRoot());
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).reason, VersionStore::Reason::Deleted); // gone.txt
        QCOMPARE(versions->at(1).reason, VersionStore::Reason::Overwritten); // here.txt
        QCOMPARE(versions->at(1).kept, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    }

    void aVersionIsRestoredWithoutOverwritingAnything()
    {
        source().write(QStringLiteral("dir/doc.txt"), "v1", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("dir/doc.txt"), "v2", 1600000100);
        const SyncReport second = sync(job());
        const QDateTime kept = second.started.toUTC();

        // Into the target, where v2 stands now: beside it.
        const Result<QByteArray> beside
                = VersionStore::restore(targetRoot(), "dir/doc.txt", kept, targetRoot());
        QVERIFY2(beside.ok(), beside ? "" : qPrintable(beside.error().message));
        const QString besideName = QStringLiteral("dir/doc (restored %1).txt")
                                           .arg(kept.toString(QStringLiteral("yyyy-MM-dd HHmmss")));
        QCOMPARE(QString::fromUtf8(*beside), besideName);
        QCOMPARE(target().read(besideName), QByteArray("v1"));
        QCOMPARE(target().read(QStringLiteral("dir/doc.txt")), QByteArray("v2"));

        // Into the source, where it is missing: in its own place, with its own time.
        source().remove(QStringLiteral("dir"));
        const Result<QByteArray> back
                = VersionStore::restore(targetRoot(), "dir/doc.txt", kept, sourceRoot());
        QCOMPARE(*back, QByteArray("dir/doc.txt"));
        QCOMPARE(source().read(QStringLiteral("dir/doc.txt")), QByteArray("v1"));
        QCOMPARE(QFileInfo(source().path(QStringLiteral("dir/doc.txt")))
                         .lastModified()
                         .toSecsSinceEpoch(),
                 1600000000);
        // Again: the same file is there already, nothing more is made.
        QCOMPARE(*VersionStore::restore(targetRoot(), "dir/doc.txt", kept, sourceRoot()),
                 QByteArray("dir/doc.txt"));
        QCOMPARE(QDir(source().path(QStringLiteral("dir"))).entryList(QDir::Files).size(), 1);
        QVERIFY(test::temporaryFiles(source().root()).isEmpty());
    }

    void restoringAVersionThatIsNotThereFailsInWords()
    {
        const QDateTime when(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (const QByteArray &path : { QByteArray("missing.txt"), QByteArray("../escape"),
                                        QByteArray("/etc/passwd"), QByteArray("a//b") }) {
            const Result<QByteArray> restored
                    = VersionStore::restore(targetRoot(), path, when, sourceRoot());
            QVERIFY(!restored);
            QVERIFY(!restored.error().message.isEmpty());
        }
    }

    void oldVersionsGoWithTheirNotes()
    {
        source().write(QStringLiteral("a"), "1", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("a"), "2", 1600000100);
        QCOMPARE(sync(job()).result, RunResult::Success);
        const QDir versions(target().path(QStringLiteral(".letthatsyncin/versions")));
        QCOMPARE(versions.entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1); // the notes
        VersionStore::prune(targetRoot(), QDateTime::currentDateTimeUtc().addSecs(60));
        QVERIFY(versions.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void aFileWrittenIntoADeletedFolderStaysWhileTheRestIsKept()
    {
        source().write(QStringLiteral("old/a.txt"), "a").write(QStringLiteral("keep"), "k");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("old"));
        SyncJob j = job();
        j.onScanned = [this] { target().write(QStringLiteral("old/new.txt"), "during the run"); };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(target().read(QStringLiteral("old/new.txt")), QByteArray("during the run"));
        QVERIFY(!target().exists(QStringLiteral("old/a.txt")));
        const Result<QList<VersionStore::Version>> versions = VersionStore::list(targetRoot());
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->constFirst().path, QByteArray("old/a.txt"));
    }

    void twoRunsInOneSecondKeepTheirVersionsApart()
    {
        // A file overwritten, then a folder at its name, within one second.
        source().write(QStringLiteral("x"), "1", 1600000000).write(QStringLiteral("y"), "y");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("x"), "2", 1600000100);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("x")).write(QStringLiteral("x/inside"), "i");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("x"));
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(VersionStore::list(targetRoot())->size(), 3); // x, x, x/inside
    }

    void aVersionStampIsReadAsUtcWhateverTheLocalClock()
    {
        // 02:30 on the last Sunday of March does not exist in Berlin: a stamp of that time,
        // UTC, must still be read.
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        ::tzset();
        const QDateTime springGap(QDate(2026, 3, 29), QTime(2, 30, 0, 125), Qt::UTC);
        const QByteArray stamp = VersionStore::stampOf(springGap);
        const std::optional<QDateTime> read = VersionStore::timeOfStamp(stamp);
        const std::optional<QDateTime> toTheSecond
                = VersionStore::timeOfStamp(QByteArrayLiteral("2026-03-29T023000Z"));
        const std::optional<QDateTime> garbage
                = VersionStore::timeOfStamp(QByteArrayLiteral("2026-13-29T023000Z"));
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        ::tzset();
        QCOMPARE(stamp, QByteArray("2026-03-29T023000.125Z"));
        QVERIFY(read);
        QCOMPARE(*read, springGap);
        QVERIFY(toTheSecond); // the folders of the first releases
        QCOMPARE(*toTheSecond, QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
        QVERIFY(!garbage);
    }

    void aReportListsNoMoreThanItsLimit()
    {
        for (int i = 0; i < 30; ++i)
            source().write(QStringLiteral("d/f%1").arg(i), "x");
        SyncJob j = job();
        j.maxListedEntries = 10;
        const SyncReport first = sync(j);
        QCOMPARE(first.added, 30);
        QCOMPARE(qsizetype(first.entries.size()), 10);
        QCOMPARE(first.unlisted, 20);
        // A deleted folder lists the files that went with it.
        source().remove(QStringLiteral("d"));
        j.force = true;
        j.maxListedEntries = 0;
        const SyncReport deleted = sync(j);
        QCOMPARE(deleted.deleted, 30);
        QCOMPARE(qsizetype(deleted.entries.size()), 30);
        QCOMPARE(deleted.entries.front().action, SyncEntry::Action::Deleted);
        QVERIFY(deleted.entries.front().path.startsWith("d/f"));
    }
};

LTS_TEST_MAIN(TestRestore)
#include "tst_restore.moc"
