// Watched drives (Watch: true) on real inotify in temporary folders: a change reaches the target
// within the settle delay, only the folders that changed are looked at, the safety rules count
// the whole tree, a drive's own Move removals start nothing, and a source that cannot be
// watched says why and keeps to its schedule. Overflows are injected through SourceWatcher.
#include "files.h"
#include "sourcewatcher.h"
#include "synccontroller.h"
#include "syncfolders.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSignalSpy>
#include <QTimer>

using namespace lts;
using lts::test::TreeBuilder;

namespace {

const QString photos = QStringLiteral("Photos");
constexpr int settleMs = 200; // WatchDelay in these tests
constexpr int waitMs = 20000; // for anything that needs a run

// A watcher the test drives: what a kernel says only under load (an overflow).
class FakeWatcher final : public SourceWatcher
{
public:
    void start(const QString &) override { QTimer::singleShot(0, this, &SourceWatcher::ready); }
};

} // namespace

class TestDriveWatches : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<QSignalSpy> m_finished; // the controller's syncFinished
    SourceWatcher::Options m_watcherOptions;
    QPointer<FakeWatcher> m_fakeWatcher; // when useFakeWatcher
    bool m_useFakeWatcher = false;
    // Every job the controller ran, as the engine got it.
    std::shared_ptr<QList<SyncJob>> m_jobs = std::make_shared<QList<SyncJob>>();
    SyncEngine m_engine;
    double m_settleSeconds = settleMs / 1000.0; // WatchDelay
    // While set, runs wait until release() before they are made.
    bool m_hold = false;
    struct HeldRun
    {
        SyncJob job;
        std::shared_ptr<QPromise<SyncReport>> promise;
    };
    QList<HeldRun> m_held;

    // Makes the held runs now, on the real engine.
    void release()
    {
        for (HeldRun &held : std::exchange(m_held, {})) {
            held.promise->addResult(m_engine.run(held.job).result());
            held.promise->finish();
        }
    }

    TreeBuilder &source() { return m_folders->source(); }
    TreeBuilder &target() { return m_folders->target(); }

    void start(SyncMode mode = SyncMode::Mirror)
    {
        const QString config = m_folders->path(QStringLiteral("config"));
        QJsonObject drive{ { QStringLiteral("Name"), photos },
                           { QStringLiteral("Source"), source().root() },
                           { QStringLiteral("Target"), target().root() },
                           { QStringLiteral("Sleep"), 1 },
                           { QStringLiteral("Units"), QStringLiteral("Days") },
                           { QStringLiteral("Mode"), modeName(mode) },
                           { QStringLiteral("Versions"), 0 },
                           { QStringLiteral("Watch"), true } };
        QJsonObject settings{ { QStringLiteral("WatchDelay"), m_settleSeconds },
                              { QStringLiteral("WebSocketPort"), 0 } };
        QVERIFY(test::writeFile(
                config + QStringLiteral("/config.json"),
                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                           { QStringLiteral("Settings"), settings },
                                           { QStringLiteral("Drives"), QJsonArray{ drive } } })
                        .toJson()));
        SyncController::Environment env;
        env.configFolder = config;
        env.dataFolder = m_folders->path(QStringLiteral("data"));
        env.runSync = [this, jobs = m_jobs](SyncJob job) {
            jobs->append(job);
            if (!m_hold)
                return m_engine.run(std::move(job));
            auto promise = std::make_shared<QPromise<SyncReport>>();
            promise->start();
            m_held.append({ std::move(job), promise });
            return promise->future();
        };
        if (m_useFakeWatcher) {
            env.watcher = [this] {
                auto watcher = std::make_unique<FakeWatcher>();
                m_fakeWatcher = watcher.get();
                return std::unique_ptr<SourceWatcher>(std::move(watcher));
            };
        } else {
            env.watcher = [options = m_watcherOptions] { return SourceWatcher::create(options); };
        }
        m_controller = std::make_unique<SyncController>(env);
        m_finished
                = std::make_unique<QSignalSpy>(m_controller.get(), &SyncController::syncFinished);
        QVERIFY(m_controller->load());
        m_controller->start();
    }

    // Started, watching, and the first run (a new drive runs at once) done.
    void startWatching(SyncMode mode = SyncMode::Mirror)
    {
        start(mode);
        QTRY_VERIFY_WITH_TIMEOUT(runtime().watching, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), 1, waitMs);
        // A run that started once the watch was there: its counts are the base of the runs of
        // changed folders.
        if (!m_controller->watches().targetFiles(photos)) {
            QVERIFY(m_controller->syncNow(photos));
            QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), 2, waitMs);
        }
        QVERIFY(m_controller->watches().targetFiles(photos).has_value());
        m_runsBefore = finishedRuns();
    }

    int finishedRuns() const { return m_finished ? int(m_finished->count()) : 0; }

    DriveRuntime runtime() const { return m_controller->model().runtime(photos); }

    int m_runsBefore = 0;

private Q_SLOTS:
    void init()
    {
        m_folders.emplace(test::SyncFolders::Target::Present);
        QVERIFY(m_folders->isValid());
        m_jobs->clear();
        m_watcherOptions = {};
        m_useFakeWatcher = false;
        m_settleSeconds = settleMs / 1000.0;
        m_hold = false;
    }
    void cleanup()
    {
        m_hold = false;
        release();
        if (m_controller) {
            QSignalSpy stopped(m_controller.get(), &SyncController::stopped);
            m_controller->stop();
            QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), waitMs);
        }
        m_finished.reset();
        m_controller.reset();
        m_folders.reset();
    }

    void aChangedFileReachesTheTarget()
    {
        source().write(QStringLiteral("a/b/photo.jpg"), "old");
        source().write(QStringLiteral("other/x.txt"), "x");
        startWatching();
        QCOMPARE(target().read(QStringLiteral("a/b/photo.jpg")), QByteArray("old"));

        source().write(QStringLiteral("a/b/photo.jpg"), "new and longer");
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("a/b/photo.jpg")),
                                  QByteArray("new and longer"), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), m_runsBefore + 1, waitMs);
        // That run looked at the folder that changed, not at the whole tree.
        const SyncJob &last = m_jobs->constLast();
        QVERIFY(last.changedOnly.has_value());
        QCOMPARE(last.changedOnly->folders, QList<QByteArray>{ "a/b" });
        QCOMPARE(last.changedOnly->targetFiles, 2);
    }

    void aNewFolderAndAFileMadeRightAfterIt()
    {
        source().write(QStringLiteral("x.txt"), "x");
        startWatching();
        // The file comes before the watcher can have added the new folder's watch.
        QVERIFY(QDir().mkpath(source().path(QStringLiteral("new/deeper"))));
        source().write(QStringLiteral("new/deeper/first.txt"), "first");
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("new/deeper/first.txt")),
                                  QByteArray("first"), waitMs);
        // And the new folder is watched: a file written there later comes too (once the runs
        // of the first changes are over: their events may have come in more than one batch).
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->watches().isSettling(photos)
                                         && !m_controller->isActive(photos),
                                 waitMs);
        const int runs = finishedRuns();
        source().write(QStringLiteral("new/deeper/second.txt"), "second");
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("new/deeper/second.txt")),
                                  QByteArray("second"), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), runs + 1, waitMs);
        QVERIFY(m_jobs->constLast().changedOnly.has_value());
        QCOMPARE(m_jobs->constLast().changedOnly->folders, QList<QByteArray>{ "new/deeper" });
    }

    void renamesAreFollowed()
    {
        source().write(QStringLiteral("album/one.jpg"), "1");
        source().write(QStringLiteral("keep.txt"), "k");
        startWatching();
        QVERIFY(QFile::rename(source().path(QStringLiteral("album/one.jpg")),
                              source().path(QStringLiteral("album/uno.jpg"))));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target().path(QStringLiteral("album/uno.jpg"))),
                                 waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(target().path(QStringLiteral("album/one.jpg"))),
                                 waitMs);
        // A renamed folder keeps being watched under its new name.
        QVERIFY(QDir().rename(source().path(QStringLiteral("album")),
                              source().path(QStringLiteral("holidays"))));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target().path(QStringLiteral("holidays/uno.jpg"))),
                                 waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(target().path(QStringLiteral("album"))), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->watches().isSettling(photos)
                                         && !m_controller->isActive(photos),
                                 waitMs);
        const int runs = finishedRuns();
        source().write(QStringLiteral("holidays/two.jpg"), "2");
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("holidays/two.jpg")),
                                  QByteArray("2"), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(finishedRuns() > runs, waitMs);
        QCOMPARE(m_jobs->constLast().changedOnly->folders, QList<QByteArray>{ "holidays" });
    }

    void aDeletionIsMirrored()
    {
        for (int i = 0; i < 20; ++i)
            source().write(QStringLiteral("f%1/file%2.txt").arg(i % 4).arg(i), "x");
        source().write(QStringLiteral("f1/gone.txt"), "gone");
        startWatching();
        QVERIFY(QFile::exists(target().path(QStringLiteral("f1/gone.txt"))));
        source().remove(QStringLiteral("f1/gone.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(target().path(QStringLiteral("f1/gone.txt"))),
                                 waitMs);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void deletionLimitCountsTheWholeTree()
    {
        // 300 files; 20 of the 30 in one folder go. Within that folder it is 67 %, of the tree
        // 7 %: the limit (50 %) is the tree's.
        for (int i = 0; i < 300; ++i)
            source().write(QStringLiteral("d%1/f%2.txt").arg(i % 10).arg(i), "x");
        startWatching();
        for (int i = 3; i < 200; i += 10)
            source().remove(QStringLiteral("d3/f%1.txt").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), m_runsBefore + 1, waitMs);
        QCOMPARE(runtime().code, QString());
        QCOMPARE(runtime().lastResult, RunResult::Success);
        QVERIFY(m_jobs->constLast().changedOnly.has_value());
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void anEmptiedSourceIsStillRefused()
    {
        for (int i = 0; i < 30; ++i)
            source().write(QStringLiteral("d%1/f%2.txt").arg(i % 3).arg(i), "x");
        startWatching();
        // Everything goes at once (an unmounted disk looks like this).
        for (int i = 0; i < 3; ++i)
            source().remove(QStringLiteral("d%1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), m_runsBefore + 1, waitMs);
        QCOMPARE(runtime().lastResult, RunResult::Refused);
        QCOMPARE(runtime().code, SyncEngine::sourceEmpty);
        QVERIFY(QFile::exists(target().path(QStringLiteral("d1/f1.txt"))));
    }

    void aBurstIsSyncedInAHandfulOfRuns()
    {
        source().write(QStringLiteral("seed.txt"), "s");
        startWatching();
        QVERIFY(QDir().mkpath(source().path(QStringLiteral("burst"))));
        for (int i = 0; i < 2000; ++i)
            source().write(QStringLiteral("burst/%1.txt").arg(i), QByteArray::number(i));
        QTRY_COMPARE_WITH_TIMEOUT(
                QDir(target().path(QStringLiteral("burst"))).entryList(QDir::Files).size(), 2000,
                60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->watches().isSettling(photos)
                                         && !m_controller->isActive(photos),
                                 waitMs);
        const int runs = finishedRuns() - m_runsBefore;
        QVERIFY2(runs >= 1 && runs <= 5, qPrintable(QString::number(runs)));
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void aGrowingFileIsNotCopiedHalfWay()
    {
        m_settleSeconds = 1; // twenty times the gap between two writes, even on a busy machine
        source().write(QStringLiteral("seed.txt"), "s");
        startWatching();
        // Appends every 50 ms, well within the settle delay, 20 times: no run may start before
        // the last one (each write starts the wait again).
        QFile growing(source().path(QStringLiteral("video.bin")));
        QVERIFY(growing.open(QIODevice::WriteOnly));
        int chunks = 0;
        int startedWhileGrowing = 0;
        QSignalSpy started(m_controller.get(), &SyncController::syncStarted);
        QTimer append;
        append.setInterval(50);
        connect(&append, &QTimer::timeout, this, [&] {
            growing.write(QByteArray(4096, char('a' + chunks)));
            growing.flush();
            startedWhileGrowing = int(started.count());
            if (++chunks == 20) {
                append.stop();
                growing.close();
            }
        });
        append.start();
        QTRY_COMPARE_WITH_TIMEOUT(chunks, 20, waitMs);
        QCOMPARE(startedWhileGrowing, 0);
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(target().path(QStringLiteral("video.bin"))).size(),
                                  qint64(20 * 4096), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActive(photos), waitMs);
        QCOMPARE(started.count(), 1);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void theRunWaitsTheWholeDelay()
    {
        // A coarse timer may fire up to 5 % early, and the delay is a promise to whoever
        // writes a file in steps: the run comes no sooner than WatchDelay after the last change.
        m_settleSeconds = 1;
        source().write(QStringLiteral("seed.txt"), "s");
        startWatching();
        for (int change = 1; change <= 3; ++change) {
            QElapsedTimer sinceTheChange;
            qint64 waited = -1;
            const auto connection = connect(m_controller.get(), &SyncController::syncStarted, this,
                                            [&] { waited = sinceTheChange.nsecsElapsed(); });
            sinceTheChange.start();
            source().write(QStringLiteral("seed.txt"), QByteArray(change, 'x'));
            QTRY_VERIFY_WITH_TIMEOUT(waited >= 0, waitMs);
            disconnect(connection);
            QVERIFY2(waited >= 1'000'000'000, qPrintable(QString::number(waited)));
            QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActive(photos), waitMs);
        }
    }

    void moveOwnRemovalsStartNoRun()
    {
        source().write(QStringLiteral("seed.txt"), "s");
        startWatching(SyncMode::Move);
        const qint64 ignoredBefore = m_controller->watches().ignoredChanges(photos);
        source().write(QStringLiteral("in/new.jpg"), "new");
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("in/new.jpg")), QByteArray("new"),
                                  waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(source().path(QStringLiteral("in/new.jpg"))),
                                 waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActive(photos), waitMs);
        // The run's removal of the file (and its emptied folder) came as changes, and started
        // nothing.
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->watches().ignoredChanges(photos) > ignoredBefore,
                                 waitMs);
        QVERIFY(!m_controller->watches().isSettling(photos));
        QVERIFY(!m_controller->isActive(photos));
        QCOMPARE(finishedRuns(), m_runsBefore + 1);
    }

    void anOverflowGivesAFullRun()
    {
        m_useFakeWatcher = true;
        source().write(QStringLiteral("a/x.txt"), "x");
        startWatching();
        QVERIFY(m_fakeWatcher);
        Q_EMIT m_fakeWatcher->changed({ { QStringLiteral("a"), QStringLiteral("x.txt"), false } });
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), m_runsBefore + 1, waitMs);
        QVERIFY(m_jobs->constLast().changedOnly.has_value());
        // Lost events: only a look at everything knows what changed.
        source().write(QStringLiteral("b/y.txt"), "y"); // nothing announces it but the overflow
        Q_EMIT m_fakeWatcher->overflowed();
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), m_runsBefore + 2, waitMs);
        QVERIFY(!m_jobs->constLast().changedOnly.has_value());
        QCOMPARE(target().read(QStringLiteral("b/y.txt")), QByteArray("y"));
        QVERIFY(test::readFile(m_controller->log().filePath(QDate::currentDate()))
                        .contains("came faster than they could be read"));
    }

    void aChangeDuringARunQueuesOneFollowUp()
    {
        m_useFakeWatcher = true;
        source().write(QStringLiteral("a/x.txt"), "x");
        startWatching();
        // Announced while a run goes (held): one run follows, with every folder announced.
        m_hold = true;
        const qsizetype jobsBefore = m_jobs->size();
        QVERIFY(m_controller->syncNow(photos));
        QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, waitMs);
        Q_EMIT m_fakeWatcher->changed({ { QStringLiteral("a"), QStringLiteral("x.txt"), false } });
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->watches().isSettling(photos), waitMs);
        Q_EMIT m_fakeWatcher->changed({ { QStringLiteral("b"), QStringLiteral("y.txt"), false } });
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->watches().isSettling(photos), waitMs);
        QCOMPARE(m_jobs->size(), jobsBefore + 1); // none beside the run going
        release();
        QTRY_COMPARE_WITH_TIMEOUT(m_held.size(), 1, waitMs); // the follow-up
        QCOMPARE(m_jobs->size(), jobsBefore + 2);
        QList<QByteArray> folders = m_jobs->constLast().changedOnly.value().folders;
        std::sort(folders.begin(), folders.end());
        QCOMPARE(folders, (QList<QByteArray>{ "a", "b" }));
        m_hold = false;
        release();
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), m_runsBefore + 2, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isActive(photos), waitMs);
        QCOMPARE(m_jobs->size(), jobsBefore + 2);
    }

    void theWatchLimitIsSaidAndTheScheduleGoesOn()
    {
        for (int i = 0; i < 5; ++i)
            source().write(QStringLiteral("d%1/f.txt").arg(i), "x");
        m_watcherOptions.watchLimit = 3; // as if fs.inotify.max_user_watches were 3
        start();
        QTRY_VERIFY_WITH_TIMEOUT(!runtime().watchingReason.isEmpty(), waitMs);
        QVERIFY(!runtime().watching);
        QVERIFY2(runtime().watchingReason.contains(
                         QStringLiteral("sudo sysctl fs.inotify.max_user_watches=")),
                 qPrintable(runtime().watchingReason));
        QCOMPARE(runtime().watchingJson(), QJsonValue(runtime().watchingReason));
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(test::readFile(m_controller->log().filePath(
                                                           QDate::currentDate())))
                                         .contains(QStringLiteral("max_user_watches")),
                                 waitMs);
        // The schedule: the first run, and the next one a day later.
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), 1, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(runtime().nextSync.isValid(), waitMs);
        QVERIFY(runtime().nextSync > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    }

    void aNetworkFileSystemIsPolled()
    {
        source().write(QStringLiteral("x.txt"), "x");
        m_watcherOptions.fileSystem = [](const QString &) { return QStringLiteral("nfs"); };
        start();
        QTRY_VERIFY_WITH_TIMEOUT(!runtime().watchingReason.isEmpty(), waitMs);
        QVERIFY(!runtime().watching);
        QVERIFY2(runtime().watchingReason.contains(QStringLiteral("network file system (nfs)")),
                 qPrintable(runtime().watchingReason));
        QVERIFY(runtime().watchingReason.contains(QStringLiteral("at its interval")));
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns(), 1, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(runtime().nextSync.isValid(), waitMs);
    }

    void theLocalFileSystemIsNotANetworkOne()
    {
        QCOMPARE(SourceWatcher::networkFileSystem(source().root()), QString());
    }

    void aRunOfChangedFoldersLooksAtNoOther()
    {
        // The engine's side: folders outside the run's list are not entered.
        source().write(QStringLiteral("a/x.txt"), "x").write(QStringLiteral("b/y.txt"), "y");
        QCOMPARE(test::runEngine(m_folders->job()).result, RunResult::Success);
        source().write(QStringLiteral("a/x.txt"), "x2").write(QStringLiteral("b/y.txt"), "y2");
        source().write(QStringLiteral("a/new/z.txt"), "z");
        SyncJob job = m_folders->job();
        job.changedOnly = SyncJob::ChangedFolders{ { "a" }, 2 };
        const SyncReport report = test::runEngine(job);
        QCOMPARE(report.result, RunResult::Success);
        QVERIFY(report.changedFoldersOnly);
        QCOMPARE(report.added, 1); // a/new/z.txt: a new folder is walked whole
        QCOMPARE(report.updated, 1);
        QCOMPARE(target().read(QStringLiteral("a/x.txt")), QByteArray("x2"));
        QCOMPARE(target().read(QStringLiteral("a/new/z.txt")), QByteArray("z"));
        QCOMPARE(target().read(QStringLiteral("b/y.txt")), QByteArray("y")); // not looked at
        QCOMPARE(report.targetFiles, 2);
    }
};

LTS_TEST_MAIN(TestDriveWatches)
#include "tst_drivewatches.moc"
