// The rules of "Sync semantics", each as a specification: make the source tree, sync once,
// compare the trees (paths, types, sizes, contents, times, permission bits, link targets).
#include "syncfolders.h"
#include "testmain.h"
#include "versionstore.h"

#include <QScopeGuard>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lts;
using lts::test::TreeBuilder;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;

    TreeBuilder &source() { return m_folders->source(); }
    TreeBuilder &target() { return m_folders->target(); }
    SyncJob job(SyncMode mode = SyncMode::Mirror) const { return m_folders->job(mode); }
    static SyncReport sync(const SyncJob &job) { return test::runEngine(job); }

    static bool has(const SyncReport &report, SyncEntry::Action action, const QByteArray &path)
    {
        return std::any_of(report.entries.cbegin(), report.entries.cend(), [&](const SyncEntry &e) {
            return e.action == action && e.path == path;
        });
    }

private Q_SLOTS:
    void aDrivesJobCarriesItsFieldsAndTheSettings()
    {
        // The one factory the tray, the service and `sync --drive` share.
        Drive drive;
        drive.name = QStringLiteral("Photos");
        drive.source = QStringLiteral("/home/a/Pictures");
        drive.target = QStringLiteral("/mnt/usb/Pictures");
        drive.mode = SyncMode::Update;
        drive.exclude = QStringList{ QStringLiteral("*.tmp") };
        drive.hidden = false;
        drive.versions = 7;
        Settings settings;
        settings.maxDeletePercent = 20;
        settings.copyThreads = 9;
        settings.durability = Durability::Off;
        const SyncJob job = syncJobFor(drive, settings, QStringLiteral("/data"));
        QCOMPARE(job.source, drive.source);
        QCOMPARE(job.target, drive.target);
        QCOMPARE(job.mode, SyncMode::Update);
        QCOMPARE(job.exclude, drive.exclude);
        QCOMPARE(job.hidden, false);
        QCOMPARE(job.versions, 7.0);
        QCOMPARE(job.maxDeletePercent, 20);
        QCOMPARE(job.copyThreads, 9);
        QCOMPARE(job.durability, Durability::Off);
        QVERIFY(job.identityFile.startsWith(QStringLiteral("/data/")));
        QCOMPARE(job.targetAt()->displayName(), QStringLiteral("/mnt/usb/Pictures"));
        QVERIFY(!job.dryRun);
        QVERIFY(!job.force);
        QVERIFY(!job.verify);
        // A local target is listed every run: it keeps no index.
        QVERIFY(job.indexFile.isEmpty());
    }

    void aRemoteTargetKeepsAnIndexInTheDataFolder()
    {
        Drive drive;
        drive.name = QStringLiteral("Logs");
        drive.source = QStringLiteral("/home/a/logs");
        drive.target = QStringLiteral("sftp://pi@logger.local/data/logs");
        Settings settings;
        settings.verifyDays = 3;
        const SyncJob job = syncJobFor(drive, settings, QStringLiteral("/data"));
        QVERIFY2(job.indexFile.startsWith(QStringLiteral("/data/index/")),
                 qPrintable(job.indexFile));
        QVERIFY(job.indexFile.endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(job.verifyDays, 3);
        // Another name, source or target is another index (the old one would not be true of it).
        Drive renamed = drive;
        renamed.name = QStringLiteral("Pi logs");
        QVERIFY(syncJobFor(renamed, settings, QStringLiteral("/data")).indexFile != job.indexFile);
        Drive elsewhere = drive;
        elsewhere.target = QStringLiteral("sftp://pi@logger.local/data/other");
        QVERIFY(syncJobFor(elsewhere, settings, QStringLiteral("/data")).indexFile
                != job.indexFile);
        QCOMPARE(syncJobFor(drive, settings, QStringLiteral("/data")).indexFile, job.indexFile);
    }

    void init()
    {
        // The target's parent exists; the target does not: the first run creates it.
        m_folders.emplace(test::SyncFolders::Target::Absent, QStringLiteral("backup/target"));
        QVERIFY(m_folders->isValid());
    }

    void cleanup()
    {
        // Give back what tests took away, so the folder can be removed.
        for (const QString &p : { QStringLiteral("source/locked"), QStringLiteral("source/ro") })
            ::chmod(QFile::encodeName(m_folders->path(p)).constData(), 0755);
        m_folders.reset();
    }

    void aScheduledRunYieldsTheCpuAndACommandLineRunDoesNot()
    {
        source().write(QStringLiteral("a.txt"), "a");
        const int base = ::getpriority(PRIO_PROCESS, 0);
        for (const bool background : { false, true }) {
            SyncJob job = m_folders->job();
            job.background = background;
            std::atomic_int nice = -100;
            // onScanned is called on the run's own thread.
            job.onScanned = [&nice] { nice = ::getpriority(PRIO_PROCESS, id_t(::gettid())); };
            QCOMPARE(test::runEngine(job).result, RunResult::Success);
            // The tests may themselves run niced: a background run is at least at 10.
            if (background)
                QVERIFY2(nice.load() >= 10 && nice.load() >= base,
                         qPrintable(QString::number(nice)));
            else
                QCOMPARE(nice.load(), base);
        }
    }

    void runsStuckInACallHoldBackNeitherTheNextRunsNorTheEngine()
    {
        // A run stuck in the kernel (a network mount whose server went away) is played by runs
        // whose callback does not return until the test lets it.
        source().write(QStringLiteral("a.txt"), "a");
        std::mutex mutex;
        std::condition_variable released;
        bool release = false;
        std::atomic_int stuck = 0;
        auto letGo = [&] {
            const std::lock_guard lock(mutex);
            release = true;
            released.notify_all();
        };
        const auto letGoAtTheEnd = qScopeGuard(letGo); // even when the test fails
        auto engine = std::make_unique<SyncEngine>();
        QList<QFuture<SyncReport>> stuckRuns;
        constexpr int runs = 20; // more than a thread pool of the engine would have had
        for (int i = 0; i < runs; ++i) {
            SyncJob job = m_folders->job();
            job.target = m_folders->path(QStringLiteral("backup/stuck%1").arg(i));
            job.identityFile.clear();
            job.onScanned = [&] {
                ++stuck;
                std::unique_lock lock(mutex);
                released.wait(lock, [&] { return release; });
            };
            stuckRuns.append(engine->run(job));
        }
        QTRY_COMPARE(stuck.load(), runs);

        QFuture<SyncReport> next = engine->run(job());
        QTRY_VERIFY(next.isFinished());
        QCOMPARE(next.result().result, RunResult::Success);
        // Nor does the engine wait for them when it goes (at the application's end).
        engine.reset();
        QCOMPARE(std::count_if(stuckRuns.cbegin(), stuckRuns.cend(),
                               [](const QFuture<SyncReport> &run) { return run.isFinished(); }),
                 0);
        letGo();
        for (QFuture<SyncReport> &run : stuckRuns)
            QCOMPARE(run.result().result, RunResult::Success);
    }

    void aFirstRunCopiesEverything()
    {
        source().write(QStringLiteral("a.txt"), "alpha", 1600000000)
                .write(QStringLiteral("photos/2024/b.jpg"), QByteArray(100000, 'b'), 1600000100)
                .write(QStringLiteral("photos/empty.bin"), QByteArray())
                .folder(QStringLiteral("empty folder"))
                .write(QStringLiteral(".hidden"), "h")
                .link(QStringLiteral("photos/latest"), "2024/b.jpg")
                .link(QStringLiteral("dangling"), "/nonexistent/target")
                .setMode(QStringLiteral("a.txt"), 0640)
                .setMode(QStringLiteral("photos/2024"), 0750)
                .setTime(QStringLiteral("photos/2024"), 1500000000, 123456789);
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 6);
        QCOMPARE(report.bytes, 5 + 100000 + 1);
        LTS_COMPARE_TREES(target().root(), source().root());
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
    }

    void aRunWithNothingToDoWritesNothingToTheTarget()
    {
        // A run that finds nothing to do is a scan: it does not set the target root's time again
        // (its change time stays) and does not flush the filesystem, which would only wait for
        // the disk. A run that changes something still flushes, and the root still follows the
        // source's time, also when only the root differs.
        source().write(QStringLiteral("a.txt"), "a", 1600000000)
                .write(QStringLiteral("sub/b.txt"), "b", 1600000000)
                .setTime(QStringLiteral("."), 1500000000);
        auto flushes = std::make_shared<std::atomic_int>(0);
        SyncJob j = job();
        QCOMPARE(j.durability, Durability::Batch);
        j.testFaults.flush = [flushes]() -> std::optional<Error> {
            ++*flushes;
            return std::nullopt;
        };
        const QByteArray targetRoot = QFile::encodeName(target().root());
        const auto rootStat = [&targetRoot] {
            struct stat st = {};
            ::stat(targetRoot.constData(), &st);
            return st;
        };
        QCOMPARE(sync(j).result, RunResult::Success);
        QVERIFY(*flushes > 0);
        QCOMPARE(rootStat().st_mtim.tv_sec, 1500000000);
        const struct stat before = rootStat();

        *flushes = 0;
        const SyncReport nothing = sync(j);
        QCOMPARE(nothing.result, RunResult::Success);
        QCOMPARE(nothing.unchanged, 2);
        QCOMPARE(*flushes, 0);
        const struct stat after = rootStat();
        QCOMPARE(after.st_ctim.tv_sec, before.st_ctim.tv_sec);
        QCOMPARE(after.st_ctim.tv_nsec, before.st_ctim.tv_nsec);

        source().write(QStringLiteral("c.txt"), "c", 1600000000)
                .setTime(QStringLiteral("."), 1500000000);
        QCOMPARE(sync(j).result, RunResult::Success);
        QVERIFY(*flushes > 0);
        QCOMPARE(rootStat().st_mtim.tv_sec, 1500000000);

        target().setTime(QStringLiteral("."), 1400000000);
        QCOMPARE(sync(j).result, RunResult::Success);
        QCOMPARE(rootStat().st_mtim.tv_sec, 1500000000);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void timesAreKeptToTheNanosecond()
    {
        source().write(QStringLiteral("f"), "x")
                .setTime(QStringLiteral("f"), 1600000000, 987654321);
        QCOMPARE(sync(job()).result, RunResult::Success);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void namesThatAreNotUtf8AreKeptAsBytes()
    {
        const QByteArray latin1Name = "caf\xe9.txt";
        const int fd = ::open(
                QByteArray(QFile::encodeName(source().root()) + '/' + latin1Name).constData(),
                O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "latin-1", 7), 7);
        ::close(fd);
        QCOMPARE(sync(job()).result, RunResult::Success);
        struct stat st;
        QCOMPARE(::lstat(QByteArray(QFile::encodeName(target().root()) + '/' + latin1Name)
                                 .constData(),
                         &st),
                 0);
    }

    void unchangedFilesAreLeftAlone()
    {
        source().write(QStringLiteral("same.txt"), "original", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        // Same size and time in both: not copied again, even though the content differs.
        target().write(QStringLiteral("same.txt"), "ORIGINAL", 1600000000);
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.unchanged, 1);
        QCOMPARE(report.added + report.updated, 0);
        QCOMPARE(target().read(QStringLiteral("same.txt")), QByteArray("ORIGINAL"));
    }

    void aChangedSizeOrTimeIsUpdated()
    {
        source().write(QStringLiteral("size.txt"), "one", 1600000000)
                .write(QStringLiteral("time.txt"), "two", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("size.txt"), "three", 1600000000)
                .write(QStringLiteral("time.txt"), "TWO", 1600000001);
        const SyncReport report = sync(job());
        QCOMPARE(report.updated, 2);
        QVERIFY(has(report, SyncEntry::Action::Updated, "size.txt"));
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void timesWithinTheSameSecondAreTheSame()
    {
        source().write(QStringLiteral("f"), "data").setTime(QStringLiteral("f"), 1600000000, 100);
        QCOMPARE(sync(job()).result, RunResult::Success);
        target().setTime(QStringLiteral("f"), 1600000000, 999999999);
        QCOMPARE(sync(job()).unchanged, 1);
    }

    void aFileIsReplacedWholeNeverPartly()
    {
        // The new file is written beside the old one, then renamed over it: another name
        // for the same file (a hard link) keeps seeing the old content.
        source().write(QStringLiteral("doc"), "old", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        QCOMPARE(::link(QFile::encodeName(target().path(QStringLiteral("doc"))).constData(),
                        QFile::encodeName(m_folders->path(QStringLiteral("hardlink"))).constData()),
                 0);
        source().write(QStringLiteral("doc"), "new content", 1600000100);
        QCOMPARE(sync(job()).updated, 1);
        QCOMPARE(target().read(QStringLiteral("doc")), QByteArray("new content"));
        QFile old(m_folders->path(QStringLiteral("hardlink")));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

    void foldersGetTheSourcesPermissionsAndTimesAfterTheirContents()
    {
        source().write(QStringLiteral("ro/inside.txt"), "x")
                .setMode(QStringLiteral("ro"), 0555)
                .setTime(QStringLiteral("ro"), 1400000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        LTS_COMPARE_TREES(target().root(), source().root());
        ::chmod(QFile::encodeName(target().path(QStringLiteral("ro"))).constData(), 0755);
    }

    void linksAreCopiedAsLinksAndNeverFollowed()
    {
        TreeBuilder outside(m_folders->path(QStringLiteral("outside")));
        outside.write(QStringLiteral("secret.txt"), "must not be copied");
        source().link(QStringLiteral("to-outside"), QFile::encodeName(outside.root()))
                .link(QStringLiteral("to-file"),
                      QFile::encodeName(outside.path(QStringLiteral("secret.txt"))));
        QCOMPARE(sync(job()).result, RunResult::Success);
        LTS_COMPARE_TREES(target().root(), source().root());
        QVERIFY(!target().exists(QStringLiteral("to-outside/secret.txt"))
                || QFileInfo(target().path(QStringLiteral("to-outside"))).isSymLink());

        // A changed link target is updated.
        source().remove(QStringLiteral("to-file")).link(QStringLiteral("to-file"), "elsewhere");
        QCOMPARE(sync(job()).updated, 1);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void specialFilesAreSkippedAndReported()
    {
        source().write(QStringLiteral("normal.txt"), "n");
        QCOMPARE(::mkfifo(QFile::encodeName(source().path(QStringLiteral("pipe"))).constData(),
                          0600),
                 0);
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.skipped, 1);
        QVERIFY(has(report, SyncEntry::Action::Skipped, "pipe"));
        QVERIFY(target().exists(QStringLiteral("normal.txt")));
        QVERIFY(!target().exists(QStringLiteral("pipe")));
    }

    void mirrorDeletesWhatTheSourceDoesNotHave()
    {
        source().write(QStringLiteral("keep.txt"), "k")
                .write(QStringLiteral("old/a.txt"), "a")
                .write(QStringLiteral("old/deep/b.txt"), "b")
                .write(QStringLiteral("gone.txt"), "g");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("old")).remove(QStringLiteral("gone.txt"));
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 3);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void updateNeverDeletes()
    {
        source().write(QStringLiteral("a.txt"), "a");
        target().write(QStringLiteral("extra.txt"), "only in the target")
                .folder(QStringLiteral("extra folder"));
        const SyncReport report = sync(job(SyncMode::Update));
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 0);
        QVERIFY(target().exists(QStringLiteral("extra.txt")));
        QVERIFY(target().exists(QStringLiteral("extra folder")));
        QCOMPARE(target().read(QStringLiteral("a.txt")), QByteArray("a"));
    }

    void updateSkipsAFileWhereTheTargetHasAFolderAndTheReverse()
    {
        source().write(QStringLiteral("was-folder"), "file")
                .write(QStringLiteral("was-file/inside.txt"), "x");
        target().write(QStringLiteral("was-folder/keep.txt"), "k")
                .write(QStringLiteral("was-file"), "keep");
        const SyncReport report = sync(job(SyncMode::Update));
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.skipped, 2);
        QCOMPARE(target().read(QStringLiteral("was-folder/keep.txt")), QByteArray("k"));
        QCOMPARE(target().read(QStringLiteral("was-file")), QByteArray("keep"));
    }

    void mirrorReplacesAnEntryOfAnotherKind()
    {
        source().write(QStringLiteral("was-folder"), "now a file")
                .write(QStringLiteral("was-file/inside.txt"), "now a folder");
        QCOMPARE(sync(job()).result, RunResult::Success);
        // Between two runs, the target gets entries of the other kind at the same names.
        QVERIFY(QDir(target().path(QStringLiteral("was-file"))).removeRecursively());
        QVERIFY(QFile::remove(target().path(QStringLiteral("was-folder"))));
        target().write(QStringLiteral("was-folder/old.txt"), "o")
                .write(QStringLiteral("was-file"), "old file");
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Success);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void aLinkInTheTargetIsReplacedNeverWrittenThrough()
    {
        TreeBuilder outside(m_folders->path(QStringLiteral("outside")));
        outside.write(QStringLiteral("precious.txt"), "untouched");
        source().write(QStringLiteral("photos/precious.txt"), "from the source");
        target().link(QStringLiteral("photos"), QFile::encodeName(outside.root()));
        const test::Snapshot before = test::snapshot(outside.root());

        QCOMPARE(sync(job(SyncMode::Update)).result, RunResult::Partial); // Update: skipped
        QCOMPARE(test::snapshot(outside.root()), before);
        // Mirror: the link would go, and this is the pair's first mirror (rule 10): refused
        // until confirmed; then the link is replaced by a real folder.
        QCOMPARE(sync(job()).code, SyncEngine::targetNotEmpty);
        SyncJob confirmed = job();
        confirmed.force = true;
        QCOMPARE(sync(confirmed).result, RunResult::Success);
        QCOMPARE(test::snapshot(outside.root()), before);
        QVERIFY(!QFileInfo(target().path(QStringLiteral("photos"))).isSymLink());
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void moveRemovesCopiedFilesAndEmptiedFoldersButNeverTheRoot()
    {
        source().write(QStringLiteral("a.txt"), "a")
                .write(QStringLiteral("sub/b.txt"), "b")
                .write(QStringLiteral("sub/deeper/c.txt"), "c");
        const test::Snapshot original = test::snapshot(source().root());
        const SyncReport report = sync(job(SyncMode::Move));
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 3);
        QVERIFY(QFileInfo(source().root()).isDir());
        QVERIFY(test::snapshot(source().root()).isEmpty());
        QByteArray difference;
        test::Snapshot moved = test::snapshot(target().root());
        QVERIFY2(test::sameTrees(moved, original, &difference) || moved.keys() == original.keys(),
                 difference);
        QCOMPARE(target().read(QStringLiteral("sub/deeper/c.txt")), QByteArray("c"));
    }

    void moveRemovesFilesAlreadyInTheTargetButKeepsExcludedOnes()
    {
        source().write(QStringLiteral("done.txt"), "d", 1600000000)
                .write(QStringLiteral("skip.tmp"), "t");
        target().write(QStringLiteral("done.txt"), "d", 1600000000);
        SyncJob j = job(SyncMode::Move);
        j.exclude = QStringList{ QStringLiteral("*.tmp") };
        QCOMPARE(sync(j).result, RunResult::Success);
        QVERIFY(!source().exists(QStringLiteral("done.txt")));
        QVERIFY(source().exists(QStringLiteral("skip.tmp")));
        QVERIFY(!target().exists(QStringLiteral("skip.tmp")));
    }

    void excludedEntriesAreNeitherCopiedNorDeleted()
    {
        source().write(QStringLiteral("keep.txt"), "k")
                .write(QStringLiteral("a.tmp"), "t")
                .write(QStringLiteral("cache/x"), "c")
                .write(QStringLiteral("sub/Thumbs.db"), "t")
                .write(QStringLiteral("build"), "a file named build");
        target().write(QStringLiteral("old.tmp"), "only in the target, excluded");
        SyncJob j = job();
        j.exclude = QStringList{ QStringLiteral("*.tmp"), QStringLiteral("cache/"),
                                 QStringLiteral("**/Thumbs.db"), QStringLiteral("build/") };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QVERIFY(target().exists(QStringLiteral("keep.txt")));
        QVERIFY(!target().exists(QStringLiteral("a.tmp")));
        QVERIFY(!target().exists(QStringLiteral("cache")));
        QVERIFY(!target().exists(QStringLiteral("sub/Thumbs.db")));
        QVERIFY2(target().exists(QStringLiteral("build")), "build/ excludes folders only");
        QCOMPARE(target().read(QStringLiteral("old.tmp")),
                 QByteArray("only in the target, excluded"));
    }

    void hiddenEntriesCanBeLeftOutOnBothSides()
    {
        source().write(QStringLiteral(".config/x"), "c")
                .write(QStringLiteral(".hidden"), "h")
                .write(QStringLiteral("seen"), "s");
        target().write(QStringLiteral(".target-only"), "kept");
        SyncJob j = job();
        j.hidden = false;
        QCOMPARE(sync(j).result, RunResult::Success);
        QVERIFY(target().exists(QStringLiteral("seen")));
        QVERIFY(!target().exists(QStringLiteral(".config")));
        QVERIFY(!target().exists(QStringLiteral(".hidden")));
        QVERIFY(target().exists(QStringLiteral(".target-only")));
    }

    void theApplicationsFolderIsNeverComparedCopiedOrDeleted()
    {
        source().write(QStringLiteral(".letthatsyncin/from-another-drive"), "s")
                .write(QStringLiteral("a"), "a");
        target().write(QStringLiteral(".letthatsyncin/versions/keep"), "t");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QVERIFY(!target().exists(QStringLiteral(".letthatsyncin/from-another-drive")));
        QVERIFY(target().exists(QStringLiteral(".letthatsyncin/versions/keep")));
        QVERIFY(source().exists(QStringLiteral(".letthatsyncin/from-another-drive")));
    }

    void versionsKeepWhatARunOverwritesOrDeletes()
    {
        source().write(QStringLiteral("doc.txt"), "v1", 1600000000)
                .write(QStringLiteral("dir/old.txt"), "o", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("doc.txt"), "v2", 1600000100)
                .remove(QStringLiteral("dir/old.txt"));
        SyncJob j = job();
        j.versions = 30;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        LTS_COMPARE_TREES(target().root(), source().root());

        const QDir versions(target().path(QStringLiteral(".letthatsyncin/versions")));
        const QStringList runs = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 1);
        const QString stamp = QString::fromLatin1(VersionStore::stampOf(report.started));
        QCOMPARE(runs.constFirst(), stamp);
        QCOMPARE(target().read(QStringLiteral(".letthatsyncin/versions/") + stamp
                               + QStringLiteral("/doc.txt")),
                 QByteArray("v1"));
        QCOMPARE(target().read(QStringLiteral(".letthatsyncin/versions/") + stamp
                               + QStringLiteral("/dir/old.txt")),
                 QByteArray("o"));
    }

    void versionsOlderThanTheSettingAreRemoved()
    {
        target().write(QStringLiteral(".letthatsyncin/versions/2001-01-01T000000Z/old.txt"),
                       "ancient")
                .write(QStringLiteral(".letthatsyncin/versions/2999-01-01T000000Z/new.txt"),
                       "recent")
                .write(QStringLiteral(".letthatsyncin/versions/not-a-run/mine.txt"), "not ours");
        source().write(QStringLiteral("a"), "a");
        SyncJob j = job();
        j.versions = 7;
        QCOMPARE(sync(j).result, RunResult::Success);
        QVERIFY(!target().exists(QStringLiteral(".letthatsyncin/versions/2001-01-01T000000Z")));
        QVERIFY(target().exists(
                QStringLiteral(".letthatsyncin/versions/2999-01-01T000000Z/new.txt")));
        QVERIFY(target().exists(QStringLiteral(".letthatsyncin/versions/not-a-run/mine.txt")));
    }

    void leftoverTemporariesAreRemoved()
    {
        source().write(QStringLiteral("sub/a.txt"), "a");
        target().write(QStringLiteral("sub/.a.txt.lts-abcd1234.part"), "half a copy")
                .write(QStringLiteral(".x.lts-zzzzzzzz.part"), "another");
        QCOMPARE(sync(job(SyncMode::Update)).result, RunResult::Success);
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void aDryRunChangesNothing()
    {
        source().write(QStringLiteral("new.txt"), "n").write(QStringLiteral("folder/x"), "x");
        SyncJob j = job();
        j.dryRun = true;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.added, 2);
        QVERIFY(has(report, SyncEntry::Action::Added, "new.txt"));
        QVERIFY(has(report, SyncEntry::Action::Added, "folder/x"));
        QVERIFY2(!QFileInfo::exists(target().root()),
                 "a dry run creates nothing, not even the target");
        QVERIFY(!QFileInfo::exists(j.identityFile));
    }

    void progressCountsFilesAndBytes()
    {
        for (int i = 0; i < 20; ++i)
            source().write(QStringLiteral("f%1").arg(i), QByteArray(1000, 'x'));
        SyncJob j = job();
        std::mutex mutex;
        SyncProgress last;
        j.onProgress = [&](const SyncProgress &p) {
            const std::lock_guard lock(mutex);
            last = p;
        };
        QCOMPARE(sync(j).result, RunResult::Success);
        QCOMPARE(last.filesTotal, 20);
        QCOMPARE(last.filesDone, 20);
        QCOMPARE(last.bytesTotal, 20000);
        QCOMPARE(last.bytesDone, 20000);
        QVERIFY(!last.scanning);
    }

    void theReportIsTheProtocolsRunObject()
    {
        source().write(QStringLiteral("a"), "abc");
        const SyncReport report = sync(job());
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
        QCOMPARE(json.value(QStringLiteral("Added")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("Bytes")).toInt(), 3);
        QVERIFY(json.value(QStringLiteral("Message")).isNull());
        QVERIFY(QDateTime::fromString(json.value(QStringLiteral("Started")).toString(), Qt::ISODate)
                        .isValid());
        for (const char *key :
             { "Updated", "Deleted", "Unchanged", "Skipped", "Errors", "Finished" })
            QVERIFY2(json.contains(QString::fromLatin1(key)), key);
    }
};

LTS_TEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
