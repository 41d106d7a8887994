// SyncController, the one place runs start: what a finished run leaves behind (the drive's
// state, a history line, log lines, events) for every kind of result, and the drive list
// kept on disk before anything else changes.
#include "driveissues.h"
#include "drivevalidator.h"
#include "fakes.h"
#include "files.h"
#include "synccontroller.h"
#include "syncfolders.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <thread>

using namespace lts;
using lts::test::FakeEngine;
using lts::test::TreeBuilder;

namespace {

const QString photos = QStringLiteral("Photos");

} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;
    std::optional<FakeEngine> m_fake; // when set, the controller runs it instead of the engine
    std::optional<test::FakeLooks> m_looks; // when set, the stall watch's looks at the folders
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester; // checks every change of the model

    QString configFolder() const { return m_folders->path(QStringLiteral("config")); }
    QString dataFolder() const { return m_folders->path(QStringLiteral("data")); }
    QString configFile() const { return configFolder() + QStringLiteral("/config.json"); }
    TreeBuilder &source() { return m_folders->source(); }
    TreeBuilder &target() { return m_folders->target(); }

    QJsonObject photosDrive() const
    {
        return { { QStringLiteral("Name"), photos },
                 { QStringLiteral("Source"), m_folders->source().root() },
                 { QStringLiteral("Target"), m_folders->target().root() },
                 { QStringLiteral("Sleep"), 1 },
                 { QStringLiteral("Units"), QStringLiteral("Days") } };
    }

    void writeConfig(const QJsonArray &drives, const QJsonObject &settings = {})
    {
        QVERIFY(test::writeFile(configFile(),
                                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                                           { QStringLiteral("Settings"), settings },
                                                           { QStringLiteral("Drives"), drives } })
                                        .toJson()));
    }

    // The controller, loaded but not started: runs happen only when the test asks.
    void makeController()
    {
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = dataFolder();
        if (m_fake)
            env.runSync = m_fake->function();
        if (m_looks)
            env.lookAt = m_looks->function();
        m_controller = std::make_unique<SyncController>(env);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
                &m_controller->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_controller->load());
    }

    QJsonObject syncAndWait(const QString &name = photos, bool force = false)
    {
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        const auto outcome = m_controller->syncNow(name, force);
        [&] { QVERIFY(outcome); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000); }();
        return finished.isEmpty() ? QJsonObject() : finished.constFirst().at(1).toJsonObject();
    }

    DriveRuntime runtime(const QString &name = photos) const
    {
        return m_controller->model().runtime(name);
    }

    QString todaysLog() const
    {
        return QString::fromUtf8(
                test::readFile(m_controller->log().filePath(QDate::currentDate())));
    }

    QJsonObject configOnDisk() const
    {
        return QJsonDocument::fromJson(test::readFile(configFile())).object();
    }

private Q_SLOTS:
    void init()
    {
        m_folders.emplace();
        QVERIFY(m_folders->isValid());
        m_fake.reset();
        m_looks.reset();
    }
    void cleanup()
    {
        if (m_fake)
            m_fake->finishAll();
        m_modelTester.reset();
        m_controller.reset();
        m_folders.reset();
    }

    // A drive that waits for the user (a server's key, a login) is taken up by the schedule
    // again once the user points it at another folder; another edit leaves it waiting.
    void anEditOfTheFoldersEndsTheWaitForTheUser()
    {
        writeConfig({ photosDrive() });
        m_fake.emplace();
        makeController();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QVERIFY(m_controller->syncNow(photos));
        m_fake->finish(0, RunResult::Refused, QStringLiteral("Host Key Unknown"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m_controller->scheduler().nextRun(photos).isValid());

        QVERIFY(m_controller->editDrive(photos, QJsonObject{ { QStringLiteral("Sleep"), 2 } })
                        .accepted());
        QVERIFY(!m_controller->scheduler().nextRun(photos).isValid());

        const QString elsewhere = m_folders->path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(m_controller
                        ->editDrive(photos, QJsonObject{ { QStringLiteral("Target"), elsewhere } })
                        .accepted());
        QVERIFY(m_controller->scheduler().nextRun(photos).isValid());
    }

    void aSuccessfulRunIsRecordedEverywhere()
    {
        source().write(QStringLiteral("a.jpg"), "aaa").write(QStringLiteral("b/c.jpg"), "ccc");
        writeConfig({ photosDrive() });
        makeController();
        QSignalSpy started(m_controller.get(), &SyncController::syncStarted);
        QSignalSpy status(m_controller.get(), &SyncController::statusChanged);

        const QJsonObject run = syncAndWait();
        LTS_COMPARE_TREES(target().root(), source().root());
        QCOMPARE(started.count(), 1);
        QCOMPARE(run.value(QStringLiteral("Drive")).toString(), photos);
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
        QCOMPARE(run.value(QStringLiteral("Added")).toInt(), 2);
        QVERIFY(run.value(QStringLiteral("Message")).isNull());
        QCOMPARE(status.count(), 2);
        QCOMPARE(status.at(0).at(1).value<DriveStatus>(), DriveStatus::Syncing);
        QCOMPARE(status.at(1).at(1).value<DriveStatus>(), DriveStatus::Idle);

        QCOMPARE(runtime().status, DriveStatus::Idle);
        QCOMPARE(runtime().lastResult, RunResult::Success);
        QVERIFY(runtime().lastSync.isValid());
        QVERIFY(runtime().nextSync > runtime().lastSync);
        QVERIFY(!runtime().progress);

        QCOMPARE(m_controller->history().runs(photos), QList<QJsonObject>{ run });
        QVERIFY2(todaysLog().contains(QStringLiteral("[Photos] Success: 2 added, 0 updated")),
                 qPrintable(todaysLog()));
        // The state is on disk: a restart knows when the drive last ran.
        const QJsonObject state
                = QJsonDocument::fromJson(
                          test::readFile(dataFolder() + QStringLiteral("/state.json")))
                          .object()[QStringLiteral("Drives")][photos]
                          .toObject();
        QCOMPARE(state.value(QStringLiteral("LastResult")).toString(), QStringLiteral("Success"));
    }

    void aLongCopyOfOneLargeFileIsNotGivenUp()
    {
        // Its target does not answer the stall watch's looks (a slow network share): what keeps
        // the run going is that its bytes move.
        QFile big(source().path(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(3) << 30)); // sparse, as in tst_headless: seconds to copy
        big.close();
        m_looks.emplace();
        m_looks->silence(target().root());
        // Without a flush: the disk's own time to write it all is not what is tested here.
        writeConfig({ photosDrive() }, { { QStringLiteral("NetworkTimeout"), 1 },
                                         { QStringLiteral("Durability"), QStringLiteral("Off") } });
        makeController();
        QElapsedTimer took;
        took.start();
        const QJsonObject run = syncAndWait();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
        // Given up, it would have ended at about one second, once its look had waited half.
        if (took.elapsed() < 1500)
            QSKIP("the copy was over within one and a half of its one-second limits: this "
                  "filesystem copies too fast to tell");
    }

    void aPartialRunNamesTheFileThatFailed()
    {
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("ok.txt"), "ok").write(QStringLiteral("secret.txt"), "s");
        source().setMode(QStringLiteral("secret.txt"), 0);
        writeConfig({ photosDrive() });
        makeController();
        const QJsonObject run = syncAndWait();
        source().setMode(QStringLiteral("secret.txt"), 0644);
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Partial"));
        QCOMPARE(run.value(QStringLiteral("Errors")).toInt(), 1);
        QCOMPARE(runtime().status, DriveStatus::Error);
        QVERIFY(!runtime().message.isEmpty());
        QVERIFY2(todaysLog().contains(QStringLiteral("[Photos]   failed secret.txt: ")),
                 qPrintable(todaysLog()));
    }

    void aMissingSourceMakesTheDriveUnavailable()
    {
        writeConfig({ photosDrive() });
        QDir(source().root()).removeRecursively();
        makeController();
        const QJsonObject run = syncAndWait();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Failure"));
        QCOMPARE(runtime().status, DriveStatus::Unavailable);
        QCOMPARE(runtime().code, SyncEngine::sourceUnavailable);
        QVERIFY2(runtime().message.startsWith(QStringLiteral("The source folder cannot be read")),
                 qPrintable(runtime().message));
        QVERIFY(todaysLog().contains(QStringLiteral("[Photos] Failure: ")));
    }

    void aRefusedRunSaysWhyAndForceLetsItThrough()
    {
        source().write(QStringLiteral("keep.txt"), "k");
        for (int i = 0; i < 20; ++i)
            target().write(QStringLiteral("old%1.txt").arg(i), "o");
        writeConfig({ photosDrive() });
        makeController();
        QJsonObject run = syncAndWait();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Refused"));
        QCOMPARE(run.value(QStringLiteral("Code")).toString(), SyncEngine::targetNotEmpty);
        QCOMPARE(runtime().status, DriveStatus::Error);
        QCOMPARE(runtime().code, SyncEngine::targetNotEmpty);
        // In words for people; the code in front for scripts.
        const QString words = QStringLiteral(
                "The target holds 20 files that the source does not have: a first mirror would "
                "delete them.");
        QCOMPARE(runtime().message, words);
        QCOMPARE(run.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Target Not Empty: ") + words);
        QVERIFY(QFile::exists(target().path(QStringLiteral("old0.txt"))));

        run = syncAndWait(photos, true);
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
        QCOMPARE(run.value(QStringLiteral("Deleted")).toInt(), 20);
        QCOMPARE(run.value(QStringLiteral("Forced")), QJsonValue(true));
        QCOMPARE(m_controller->history().runs(photos, 1).constFirst().value(
                         QStringLiteral("Forced")),
                 QJsonValue(true));
        QCOMPARE(runtime().status, DriveStatus::Idle);
        QVERIFY(runtime().message.isEmpty());
    }

    void aRefusalIsToldAndRecordedOnceUntilItsFactsChange()
    {
        source().write(QStringLiteral("keep.txt"), "k");
        for (int i = 0; i < 8; ++i)
            target().write(QStringLiteral("mine%1.odt").arg(i), "o");
        writeConfig({ photosDrive() });
        makeController();
        QCOMPARE(syncAndWait().value(QStringLiteral("Result")).toString(),
                 QStringLiteral("Refused"));
        const QString logAfterFirst = todaysLog();
        // The schedule tries again and again: the same refusal adds nothing.
        for (int i = 0; i < 3; ++i) {
            const QJsonObject again = syncAndWait();
            QCOMPARE(again.value(QStringLiteral("Result")).toString(), QStringLiteral("Refused"));
            QCOMPARE(again.value(QStringLiteral("Repeated")), QJsonValue(true));
        }
        QCOMPARE(m_controller->history().size(), 1);
        QCOMPARE(todaysLog(), logAfterFirst);
        // Other facts (one more file of the user's): told again.
        target().write(QStringLiteral("mine8.odt"), "o");
        const QJsonObject changed = syncAndWait();
        QVERIFY(!changed.contains(QStringLiteral("Repeated")));
        QCOMPARE(m_controller->history().size(), 2);
        QVERIFY(runtime().message.contains(QStringLiteral("9 files")));
    }

    void aDismissedRefusalStaysDismissedUntilItsFactsChange()
    {
        source().write(QStringLiteral("keep.txt"), "k");
        target().write(QStringLiteral("mine.odt"), "o");
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        QVERIFY(!runtime().refusalDismissed);
        QVERIFY(m_controller->dismissRefusal(photos));
        QVERIFY(runtime().refusalDismissed);
        syncAndWait(); // the same refusal
        QVERIFY(runtime().refusalDismissed);
        makeController(); // and after a restart
        QVERIFY(runtime().refusalDismissed);
        target().write(QStringLiteral("mine2.odt"), "o");
        syncAndWait();
        QVERIFY(!runtime().refusalDismissed);
        QCOMPARE(m_controller->dismissRefusal(QStringLiteral("nope")).error().code,
                 SyncController::unknownDrive);
    }

    void aRefusalAfterASuccessIsShownEvenIfAnEarlierOneLikeItWasDismissed()
    {
        source().write(QStringLiteral("keep.txt"), "k");
        for (int i = 0; i < 20; ++i)
            source().write(QStringLiteral("p%1.jpg").arg(i), "p");
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        const auto removePhotos = [this] {
            for (int i = 0; i < 20; ++i)
                source().remove(QStringLiteral("p%1.jpg").arg(i));
        };
        removePhotos();
        QCOMPARE(syncAndWait().value(QStringLiteral("Code")).toString(),
                 SyncEngine::tooManyDeletions);
        QVERIFY(m_controller->dismissRefusal(photos));
        // The card was put back, the drive synced; weeks later the same mistake again.
        for (int i = 0; i < 20; ++i)
            source().write(QStringLiteral("p%1.jpg").arg(i), "p");
        QCOMPARE(syncAndWait().value(QStringLiteral("Result")).toString(),
                 QStringLiteral("Success"));
        removePhotos();
        QCOMPARE(syncAndWait().value(QStringLiteral("Code")).toString(),
                 SyncEngine::tooManyDeletions);
        QVERIFY(!runtime().refusalDismissed);
    }

    void theFilesOfARunAreKeptWhateverTheLogLevel()
    {
        source().write(QStringLiteral("a.jpg"), "a").write(QStringLiteral("b.jpg"), "b");
        writeConfig({ photosDrive() },
                    { { QStringLiteral("LogLevel"), QStringLiteral("Summary") } });
        makeController();
        syncAndWait();
        source().remove(QStringLiteral("b.jpg"));
        const QJsonObject run = syncAndWait();
        QCOMPARE(run.value(QStringLiteral("Deleted")).toInt(), 1);
        const std::optional<RunDetails::Details> details = m_controller->runDetails().read(
                photos, QDateTime::fromString(run.value(QStringLiteral("Started")).toString(),
                                              Qt::ISODate));
        QVERIFY(details);
        QVERIFY(details->changesListed);
        QCOMPARE(details->entries,
                 (QList<RunDetails::Entry>{
                         { SyncEntry::Action::Deleted, QStringLiteral("b.jpg"), {} } }));
    }

    void lastSuccessIsTheLastRunThatSucceeded()
    {
        source().write(QStringLiteral("a.jpg"), "a");
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        const QDateTime succeeded = runtime().lastSuccess;
        QVERIFY(succeeded.isValid());
        QCOMPARE(runtime().lastSync, succeeded);
        QDir(source().root()).removeRecursively(); // then the source is gone
        const QJsonObject failed = syncAndWait();
        QCOMPARE(failed.value(QStringLiteral("Result")).toString(), QStringLiteral("Failure"));
        QVERIFY(runtime().lastSync > succeeded);
        QCOMPARE(runtime().lastSuccess, succeeded);
    }

    void aRestoreBringsTheFilesBackThenSyncs()
    {
        for (int i = 0; i < 30; ++i)
            source().write(QStringLiteral("p%1.jpg").arg(i), "p");
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        for (int i = 0; i < 25; ++i)
            source().remove(QStringLiteral("p%1.jpg").arg(i));
        QCOMPARE(syncAndWait().value(QStringLiteral("Code")).toString(),
                 SyncEngine::tooManyDeletions);

        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QCOMPARE(m_controller->restore(photos).value(), SyncController::StartOutcome::Started);
        QVERIFY(runtime().restoring);
        // The restore, then the sync that follows it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        const QJsonObject restored = finished.at(0).at(1).toJsonObject();
        QCOMPARE(restored.value(QStringLiteral("Restore")), QJsonValue(true));
        QCOMPARE(restored.value(QStringLiteral("Added")).toInt(), 25);
        const QJsonObject synced = finished.at(1).at(1).toJsonObject();
        QCOMPARE(synced.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
        QCOMPARE(synced.value(QStringLiteral("Deleted")).toInt(), 0);
        QCOMPARE(runtime().status, DriveStatus::Idle);
        LTS_COMPARE_TREES(source().root(), target().root());
        QCOMPARE(m_controller->history().runs(photos, 2).constLast().value(
                         QStringLiteral("Restore")),
                 QJsonValue(true));
    }

    void aRestoreOfChosenFilesIsNotFollowedByASync()
    {
        for (int i = 0; i < 30; ++i)
            source().write(QStringLiteral("p%1.jpg").arg(i), "p");
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        for (int i = 0; i < 25; ++i)
            source().remove(QStringLiteral("p%1.jpg").arg(i));
        syncAndWait();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QVERIFY(m_controller->restore(photos, { QStringLiteral("p3.jpg") }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(source().exists(QStringLiteral("p3.jpg")));
        QVERIFY(!source().exists(QStringLiteral("p4.jpg")));
        QVERIFY(!m_controller->isActive(photos));
        QCOMPARE(runtime().lastResult, RunResult::Refused); // still waiting for the user
        QCOMPARE(m_controller->restore(QStringLiteral("nope")).error().code,
                 SyncController::unknownDrive);
    }

    void thePlanListsEveryFile()
    {
        source().write(QStringLiteral("new.jpg"), "n");
        target().write(QStringLiteral("old/a.txt"), "a").write(QStringLiteral("old/b.txt"), "b");
        writeConfig({ photosDrive() });
        makeController();
        const Result<QFuture<SyncReport>> plan = m_controller->plan(photos);
        QVERIFY(plan);
        QFuture<SyncReport> future = *plan;
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        const SyncReport report = future.result();
        QCOMPARE(report.added, 1);
        QCOMPARE(report.deleted, 2);
        QVERIFY(report.forced);
        QCOMPARE(report.overriddenCode, SyncEngine::targetNotEmpty);
        QVERIFY(target().exists(QStringLiteral("old/a.txt")));
        QCOMPARE(m_controller->plan(QStringLiteral("nope")).error().code,
                 SyncController::unknownDrive);
    }

    void versionsAreListedAndRestoredOffTheEventLoop()
    {
        source().write(QStringLiteral("doc.txt"), "v1", 1600000000);
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        source().write(QStringLiteral("doc.txt"), "v2", 1600000100);
        syncAndWait();
        auto listed = m_controller->listVersions(photos);
        QVERIFY(listed);
        QFuture<Result<QList<VersionStore::Version>>> future = *listed;
        QTRY_VERIFY(future.isFinished());
        const QList<VersionStore::Version> versions = future.result().value();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.constFirst().reason, VersionStore::Reason::Overwritten);

        source().remove(QStringLiteral("doc.txt"));
        auto restoring = m_controller->restoreVersion(photos, QStringLiteral("doc.txt"),
                                                      versions.constFirst().kept, true);
        QVERIFY(restoring);
        QFuture<Result<QString>> restored = *restoring;
        QTRY_VERIFY(restored.isFinished());
        QCOMPARE(restored.result().value(), QStringLiteral("doc.txt"));
        QCOMPARE(source().read(QStringLiteral("doc.txt")), QByteArray("v1"));
    }

    void aCancelledRunIsRecordedAsCancelled()
    {
        source().write(QStringLiteral("a.txt"), "a");
        writeConfig({ photosDrive() });
        makeController();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QCOMPARE(m_controller->syncNow(photos).value(), SyncController::StartOutcome::Started);
        QCOMPARE(m_controller->cancel(photos).value(), true);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst()
                         .at(1)
                         .toJsonObject()
                         .value(QStringLiteral("Result"))
                         .toString(),
                 QStringLiteral("Cancelled"));
        QCOMPARE(runtime().status, DriveStatus::Idle);
        QCOMPARE(runtime().lastResult, RunResult::Cancelled);
        QCOMPARE(m_controller->cancel(photos).value(), false); // not syncing
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
    }

    void unknownDrivesAreErrors()
    {
        writeConfig({ photosDrive() });
        makeController();
        const QString nope = QStringLiteral("Nope");
        QCOMPARE(m_controller->syncNow(nope).error().code, SyncController::unknownDrive);
        QCOMPARE(m_controller->cancel(nope).error().code, SyncController::unknownDrive);
        QCOMPARE(m_controller->setEnabled(nope, false).error().code, SyncController::unknownDrive);
        QCOMPARE(m_controller->removeDrive(nope).error().code, SyncController::unknownDrive);
        const DriveVerdict edit = m_controller->editDrive(nope, QJsonObject{});
        QCOMPARE(edit.errors.size(), 1);
        QCOMPARE(edit.errors.constFirst().code, SyncController::unknownDrive);
    }

    void verboseLogsEveryFile()
    {
        source().write(QStringLiteral("a.jpg"), "a").write(QStringLiteral("b.jpg"), "b");
        writeConfig({ photosDrive() },
                    { { QStringLiteral("LogLevel"), QStringLiteral("Verbose") } });
        makeController();
        syncAndWait();
        QVERIFY2(todaysLog().contains(QStringLiteral("[Photos]   added a.jpg\n")),
                 qPrintable(todaysLog()));
        QVERIFY(todaysLog().contains(QStringLiteral("[Photos]   added b.jpg\n")));
    }

    void theLogFolderCapIsTheSetting()
    {
        source().write(QStringLiteral("a.jpg"), "a");
        writeConfig({ photosDrive() }, { { QStringLiteral("LogMaxMiB"), 1 } });
        const QString logs = dataFolder() + QStringLiteral("/logs/");
        QVERIFY(test::writeFile(logs + QStringLiteral("LOG-2020-01-01.txt"),
                                QByteArray(700 * 1024, 'x')));
        QVERIFY(test::writeFile(logs + QStringLiteral("LOG-2020-01-02.txt"),
                                QByteArray(700 * 1024, 'x')));
        makeController();
        syncAndWait();
        QVERIFY(!QFile::exists(logs + QStringLiteral("LOG-2020-01-01.txt")));
        QVERIFY(QFile::exists(logs + QStringLiteral("LOG-2020-01-02.txt")));
    }

    void theHistoryKeepsTheNewestTenThousandRuns()
    {
        source().write(QStringLiteral("a.jpg"), "a");
        writeConfig({ photosDrive() });
        QByteArray lines;
        for (int i = 0; i < RunHistory::maxRuns; ++i)
            lines += "{\"Drive\":\"Photos\",\"Result\":\"Success\",\"Added\":"
                     + QByteArray::number(i) + "}\n";
        QVERIFY(test::writeFile(dataFolder() + QStringLiteral("/history.jsonl"), lines));
        makeController();
        syncAndWait();
        const QList<QByteArray> onDisk
                = test::readFile(dataFolder() + QStringLiteral("/history.jsonl"))
                          .trimmed()
                          .split('\n');
        QCOMPARE(onDisk.size(), RunHistory::maxRuns);
        QVERIFY(onDisk.constFirst().contains("\"Added\":1}"));
        QVERIFY(onDisk.constLast().contains("\"Added\":1,"));
    }

    void anAddedDriveIsSavedBeforeItAppears()
    {
        writeConfig({});
        makeController();
        QSignalSpy added(m_controller.get(), &SyncController::driveAdded);
        QSignalSpy rows(&m_controller->model(), &QAbstractItemModel::rowsInserted);
        const DriveVerdict verdict = m_controller->addDrive(DriveCodec::decode(photosDrive()));
        QVERIFY(verdict.accepted());
        QCOMPARE(added.count(), 1);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(m_controller->model()
                         .data(m_controller->model().index(0), DriveListModel::TargetRole)
                         .toString(),
                 target().root());
        const QJsonArray drives = configOnDisk().value(QStringLiteral("Drives")).toArray();
        QCOMPARE(drives.size(), 1);
        QCOMPARE(drives.at(0)[QStringLiteral("Name")].toString(), photos);
        // The schedule is not started: a new drive waits for it.
        QCoreApplication::processEvents();
        QVERIFY(!m_controller->isActive(photos));
    }

    // What the process has written so far, through any file (Linux's /proc/self/io).
    static std::optional<qint64> bytesWrittenByThisProcess()
    {
        QFile io(QStringLiteral("/proc/self/io"));
        if (!io.open(QIODevice::ReadOnly))
            return std::nullopt;
        for (const QByteArray &line : io.readAll().split('\n')) {
            if (line.startsWith("wchar:"))
                return line.mid(6).trimmed().toLongLong();
        }
        return std::nullopt;
    }

    // 10,000 drives in one AddDrive once froze the application for minutes: each checked
    // against every other on the disk, and the list saved (with an fsync) after each.
    void manyDrivesAtOnceAreSavedOnceUpToTheCap()
    {
        writeConfig({});
        makeController();
        QVERIFY(QDir().mkpath(m_folders->path(QStringLiteral("targets/7"))));
        QList<DecodedDrive> many;
        for (int i = 0; i <= DriveValidator::maxDrives; ++i) {
            QJsonObject json = photosDrive();
            json.insert(QStringLiteral("Name"), QStringLiteral("Drive %1").arg(i));
            json.insert(QStringLiteral("Target"),
                        m_folders->path(QStringLiteral("targets/%1").arg(i)));
            many.append(DriveCodec::decode(json));
        }
        // One that overlaps another of the same request is refused like one already there.
        QJsonObject overlapping = photosDrive();
        overlapping.insert(QStringLiteral("Name"), QStringLiteral("Inside 7"));
        overlapping.insert(QStringLiteral("Target"),
                           m_folders->path(QStringLiteral("targets/7/inside")));
        many.insert(10, DriveCodec::decode(overlapping));

        QSignalSpy added(m_controller.get(), &SyncController::driveAdded);
        const std::optional<qint64> writtenBefore = bytesWrittenByThisProcess();
        const QList<DriveVerdict> verdicts = m_controller->addDrives(many);
        const std::optional<qint64> writtenAfter = bytesWrittenByThisProcess();

        QCOMPARE(verdicts.size(), many.size());
        QCOMPARE(verdicts.at(10).errors.constFirst().code, issue::OverlappingTarget);
        QCOMPARE(verdicts.constLast().errors.constFirst().code, issue::TooManyDrives);
        QCOMPARE(std::count_if(verdicts.cbegin(), verdicts.cend(),
                               [](const DriveVerdict &v) { return v.accepted(); }),
                 DriveValidator::maxDrives);
        QCOMPARE(added.count(), DriveValidator::maxDrives);
        QCOMPARE(m_controller->model().rowCount(), DriveValidator::maxDrives);
        QCOMPARE(configOnDisk().value(QStringLiteral("Drives")).toArray().size(),
                 DriveValidator::maxDrives);
        // Saved once: what was written is about one config.json and the log's lines, not a
        // config.json per drive (which came to hundreds of megabytes).
#ifdef Q_OS_LINUX
        QVERIFY(writtenBefore && writtenAfter);
#endif
        if (writtenBefore && writtenAfter) {
            const qint64 configBytes = QFileInfo(configFile()).size();
            QVERIFY2(*writtenAfter - *writtenBefore < 3 * configBytes,
                     qPrintable(QStringLiteral("%1 bytes written for a config of %2")
                                        .arg(*writtenAfter - *writtenBefore)
                                        .arg(configBytes)));
        }

        // At the cap, one more is refused, and the list on disk is read back whole.
        QJsonObject oneMore = photosDrive();
        oneMore.insert(QStringLiteral("Target"), m_folders->path(QStringLiteral("one-more")));
        QCOMPARE(m_controller->addDrive(DriveCodec::decode(oneMore)).errors.constFirst().code,
                 issue::TooManyDrives);
        makeController();
        QCOMPARE(m_controller->drives().size(), DriveValidator::maxDrives);
    }

    void aNameAndPatternsStayTheSameAfterARestart()
    {
        writeConfig({});
        makeController();
        QJsonObject json = photosDrive();
        json.insert(QStringLiteral("Name"), QStringLiteral("\uFEFFPhotos"));
        json.insert(QStringLiteral("Exclude"), QJsonArray{ QStringLiteral("\uFEFF*.tmp") });
        QVERIFY(m_controller->addDrive(DriveCodec::decode(json)).accepted());
        json.insert(QStringLiteral("Name"), QStringLiteral("Photos"));
        QVERIFY(!m_controller->addDrive(DriveCodec::decode(json)).accepted()); // the same name
        const QList<Drive> before = m_controller->drives();
        makeController();
        QCOMPARE(m_controller->drives().size(), 1);
        QCOMPARE(m_controller->drives().constFirst().name, before.constFirst().name);
        QCOMPARE(m_controller->drives().constFirst().exclude, before.constFirst().exclude);
        QCOMPARE(m_controller->drives().constFirst().exclude,
                 QStringList{ QStringLiteral("*.tmp") });
    }

    void aRefusedDriveChangesNothing()
    {
        writeConfig({ photosDrive() });
        makeController();
        const QByteArray before = test::readFile(configFile());
        QJsonObject bad = photosDrive();
        bad.insert(QStringLiteral("Source"), m_folders->path(QStringLiteral("missing")));
        bad.insert(QStringLiteral("Target"), m_folders->path(QStringLiteral("other")));
        bad.insert(QStringLiteral("Name"), QStringLiteral("Other"));
        DriveVerdict verdict = m_controller->addDrive(DriveCodec::decode(bad));
        QCOMPARE(verdict.errors.constFirst().code, QStringLiteral("Invalid Source Path"));
        verdict = m_controller->addDrive(DriveCodec::decode(photosDrive()));
        QVERIFY(!verdict.accepted()); // the same name and target again
        QCOMPARE(test::readFile(configFile()), before);
        QCOMPARE(m_controller->model().rowCount(), 1);
    }

    void aConfigThatCannotBeSavedChangesNothing()
    {
        LTS_SKIP_IF_ROOT();
        writeConfig({});
        makeController();
        QFile::setPermissions(configFolder(), QFile::ReadOwner | QFile::ExeOwner);
        const DriveVerdict verdict = m_controller->addDrive(DriveCodec::decode(photosDrive()));
        QFile::setPermissions(configFolder(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!verdict.accepted());
        QCOMPARE(verdict.errors.constLast().code, SyncController::configNotSaved);
        QCOMPARE(m_controller->model().rowCount(), 0);
        QCOMPARE(m_controller->drives().size(), 0);
    }

    void changedSettingsAreSavedAndApplied()
    {
        writeConfig({ photosDrive() });
        makeController();
        Settings settings = m_controller->settings();
        settings.logLevel = LogLevel::Verbose;
        settings.busyIcon = false;
        QSignalSpy changed(m_controller.get(), &SyncController::settingsChanged);
        QVERIFY(m_controller->changeSettings(settings));
        QCOMPARE(m_controller->settings(), settings);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_controller->changeSettings(settings)); // the same again: no change
        QCOMPARE(changed.count(), 1);
        QVERIFY(test::readFile(configFile()).contains("\"BusyIcon\": false"));
        QCOMPARE(m_controller->drives().size(), 1); // the drives are saved with them
        // Applied: a run now lists every file in the log.
        source().write(QStringLiteral("a.jpg"), "a");
        syncAndWait();
        QVERIFY2(todaysLog().contains(QStringLiteral("[Photos]   added a.jpg\n")),
                 qPrintable(todaysLog()));
    }

    void settingsThatCannotBeSavedChangeNothing()
    {
        LTS_SKIP_IF_ROOT();
        writeConfig({});
        makeController();
        const QByteArray before = test::readFile(configFile());
        Settings settings = m_controller->settings();
        settings.maxConcurrentRuns = 5;
        QFile::setPermissions(configFolder(), QFile::ReadOwner | QFile::ExeOwner);
        const Result<void> changed = m_controller->changeSettings(settings);
        QFile::setPermissions(configFolder(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, SyncController::configNotSaved);
        QCOMPARE(m_controller->settings().maxConcurrentRuns, 2);
        QCOMPARE(test::readFile(configFile()), before);
    }

    void aPreviewIsADryRunThatListsEverythingAndPassesRefusals()
    {
        writeConfig({ photosDrive() });
        makeController();
        const SyncJob job = m_controller->previewJob(*m_controller->model().drive(photos));
        QVERIFY(job.dryRun);
        QVERIFY(job.force);
        QVERIFY(job.listEveryEntry);
        QCOMPARE(job.source, source().root());
        QCOMPARE(job.target, target().root());
    }

    void aRenameKeepsTheDrivesStateAndIsSaved()
    {
        source().write(QStringLiteral("a.jpg"), "a");
        writeConfig({ photosDrive() });
        makeController();
        syncAndWait();
        QSignalSpy changed(m_controller.get(), &SyncController::driveChanged);
        const DriveVerdict verdict = m_controller->editDrive(
                photos, QJsonObject{ { QStringLiteral("Name"), QStringLiteral("Pictures") },
                                     { QStringLiteral("Units"), QStringLiteral("hour") } });
        QVERIFY(verdict.accepted());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).toString(), photos);
        QCOMPARE(m_controller->model().rowOf(photos), -1);
        QCOMPARE(runtime(QStringLiteral("Pictures")).lastResult, RunResult::Success);
        const QJsonObject drive = configOnDisk()[QStringLiteral("Drives")][0].toObject();
        QCOMPARE(drive.value(QStringLiteral("Name")).toString(), QStringLiteral("Pictures"));
        QCOMPARE(drive.value(QStringLiteral("Units")).toString(), QStringLiteral("Hours"));
        // The same disks under the new name: not a "Volume Changed" refusal.
        QCOMPARE(syncAndWait(QStringLiteral("Pictures")).value(QStringLiteral("Result")).toString(),
                 QStringLiteral("Success"));
    }

    void aChangeToARunningDriveAppliesFromItsNextRun()
    {
        m_fake.emplace();
        writeConfig({ photosDrive() });
        makeController();
        QVERIFY(m_controller->syncNow(photos));
        QVERIFY(m_controller
                        ->editDrive(photos,
                                    QJsonObject{ { QStringLiteral("Exclude"),
                                                   QJsonArray{ QStringLiteral("*.tmp") } } })
                        .accepted());
        QCOMPARE(m_fake->run(0).job.exclude, QStringList());
        QVERIFY(m_fake->run(0).job.background); // the schedule's runs leave the CPU to others
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        m_fake->finish(0);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(m_controller->syncNow(photos));
        QCOMPARE(m_fake->run(1).job.exclude, QStringList{ QStringLiteral("*.tmp") });
    }

    void aWaitingForcedRunIsNoLongerForcedOnceItsDriveChanges()
    {
        // The user confirmed the deletions of Photos; before its turn came, they pointed it at
        // another target. What that run would delete, nobody saw.
        m_fake.emplace();
        QJsonObject other = photosDrive();
        other.insert(QStringLiteral("Name"), QStringLiteral("Other"));
        other.insert(QStringLiteral("Target"), m_folders->path(QStringLiteral("other")));
        writeConfig({ other, photosDrive() }, { { QStringLiteral("MaxConcurrentRuns"), 1 } });
        makeController();
        QVERIFY(m_controller->syncNow(QStringLiteral("Other")));
        QVERIFY(m_controller->syncNow(photos, true, 30));
        QCOMPARE(m_fake->started(), 1);
        QVERIFY(m_controller
                        ->editDrive(photos,
                                    QJsonObject{ { QStringLiteral("Target"),
                                                   m_folders->path(QStringLiteral("elsewhere")) } })
                        .accepted());
        m_fake->finish(0);
        QTRY_COMPARE(m_fake->started(), 2);
        QCOMPARE(m_fake->run(1).job.target, m_folders->path(QStringLiteral("elsewhere")));
        QVERIFY(!m_fake->run(1).job.force);
        QCOMPARE(m_fake->run(1).job.maxForcedDeletions, -1);

        // An edit that changes nothing of what the run would do keeps the confirmation.
        m_fake->finish(1);
        QVERIFY(m_controller->syncNow(QStringLiteral("Other")));
        QTRY_COMPARE(m_fake->started(), 3);
        QVERIFY(m_controller->syncNow(photos, true, 30));
        QVERIFY(m_controller->editDrive(photos, QJsonObject{ { QStringLiteral("Sleep"), 2 } })
                        .accepted());
        m_fake->finish(2);
        QTRY_COMPARE(m_fake->started(), 4);
        QVERIFY(m_fake->run(3).job.force);
        QCOMPARE(m_fake->run(3).job.maxForcedDeletions, 30);
    }

    void removingARunningDriveCancelsItAndTouchesNoFile()
    {
        m_fake.emplace();
        source().write(QStringLiteral("a.jpg"), "a");
        target().write(QStringLiteral("a.jpg"), "a");
        writeConfig({ photosDrive() });
        makeController();
        QVERIFY(m_controller->syncNow(photos));
        QSignalSpy removed(m_controller.get(), &SyncController::driveRemoved);
        QVERIFY(m_controller->removeDrive(photos));
        QCOMPARE(removed.count(), 1);
        QVERIFY(m_fake->run(0).job.cancel.isCanceled());
        QCOMPARE(m_controller->model().rowCount(), 0);
        QCOMPARE(configOnDisk().value(QStringLiteral("Drives")).toArray().size(), 0);
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        m_fake->finish(0, RunResult::Cancelled);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(QFile::exists(source().path(QStringLiteral("a.jpg"))));
        QVERIFY(QFile::exists(target().path(QStringLiteral("a.jpg"))));
        // The name is free again, and the old run does not count as the new drive's.
        QVERIFY(m_controller->addDrive(DriveCodec::decode(photosDrive())).accepted());
        QVERIFY(!m_controller->isActive(photos));
    }

    void pauseAndResumeAreSaved()
    {
        writeConfig({ photosDrive() });
        makeController();
        QVERIFY(m_controller->setEnabled(photos, false));
        QCOMPARE(configOnDisk()[QStringLiteral("Drives")][0][QStringLiteral("Enabled")].toBool(),
                 false);
        QCOMPARE(runtime().status, DriveStatus::Paused);
        QVERIFY(!runtime().nextSync.isValid());
        QVERIFY(m_controller->setEnabled(photos, true));
        QCOMPARE(configOnDisk()[QStringLiteral("Drives")][0][QStringLiteral("Enabled")].toBool(),
                 true);
        QCOMPARE(runtime().status, DriveStatus::Idle);
    }

    void aPausedDriveWithItsDiskUnpluggedCanStillBeEdited()
    {
        writeConfig({ photosDrive() });
        makeController();
        QDir(source().root()).removeRecursively();
        QVERIFY(m_controller->setEnabled(photos, false));
        const DriveVerdict verdict
                = m_controller->editDrive(photos, QJsonObject{ { QStringLiteral("Sleep"), 6 } });
        QVERIFY(verdict.accepted());
        QCOMPARE(m_controller->drives().constFirst().sleep, 6.0);
    }

    void anEditOnDiskIsApplied()
    {
        writeConfig({ photosDrive() });
        makeController();
        QSignalSpy added(m_controller.get(), &SyncController::driveAdded);
        QJsonObject second = photosDrive();
        second.insert(QStringLiteral("Name"), QStringLiteral("Music"));
        second.insert(QStringLiteral("Target"), m_folders->path(QStringLiteral("music-backup")));
        writeConfig({ photosDrive(), second });
        QTRY_COMPARE(added.count(), 1);
        QCOMPARE(added.constFirst().at(0).value<Drive>().name, QStringLiteral("Music"));
        QCOMPARE(m_controller->model().rowCount(), 2);
    }

    void aWaitingForcedRunIsNoLongerForcedOnceItsDriveIsEditedOnDisk()
    {
        // The same as through the application: the confirmation was for the target the user
        // saw, not for the one config.json now names.
        m_fake.emplace();
        QJsonObject other = photosDrive();
        other.insert(QStringLiteral("Name"), QStringLiteral("Other"));
        other.insert(QStringLiteral("Target"), m_folders->path(QStringLiteral("other")));
        const QJsonObject maxOne{ { QStringLiteral("MaxConcurrentRuns"), 1 } };
        writeConfig({ other, photosDrive() }, maxOne);
        makeController();
        QVERIFY(m_controller->syncNow(QStringLiteral("Other")));
        QVERIFY(m_controller->syncNow(photos, true, 30));
        QSignalSpy changed(m_controller.get(), &SyncController::driveChanged);
        QJsonObject moved = photosDrive();
        moved.insert(QStringLiteral("Target"), m_folders->path(QStringLiteral("elsewhere")));
        writeConfig({ other, moved }, maxOne);
        QTRY_COMPARE(changed.count(), 1);
        m_fake->finish(0);
        QTRY_COMPARE(m_fake->started(), 2);
        QCOMPARE(m_fake->run(1).job.target, m_folders->path(QStringLiteral("elsewhere")));
        QVERIFY(!m_fake->run(1).job.force);
        QCOMPARE(m_fake->run(1).job.maxForcedDeletions, -1);
    }

    void aSettingEditedOnDiskIsAnnounced()
    {
        writeConfig({ photosDrive() });
        makeController();
        QSignalSpy changed(m_controller.get(), &SyncController::settingsChanged);
        writeConfig({ photosDrive() }, { { QStringLiteral("BusyIcon"), false } });
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_controller->settings().busyIcon, false);
    }

    void anInvalidEditOnDiskIsIgnoredAndKept()
    {
        writeConfig({ photosDrive() });
        makeController();
        QVERIFY(test::writeFile(configFile(), "{ \"Version\": 1, \"Drives\": [ oops"));
        QTRY_VERIFY(todaysLog().contains(QStringLiteral("were ignored")));
        QCOMPARE(m_controller->model().rowCount(), 1);
        QCOMPARE(test::readFile(configFile()), QByteArray("{ \"Version\": 1, \"Drives\": [ oops"));
        // The next change through the application keeps the user's text aside first.
        QVERIFY(m_controller->setEnabled(photos, false));
        const QStringList aside
                = QDir(configFolder()).entryList({ QStringLiteral("config.json.broken-*") });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(test::readFile(configFolder() + u'/' + aside.constFirst()),
                 QByteArray("{ \"Version\": 1, \"Drives\": [ oops"));
    }

    void aDriveWithAnErrorInAnEditIsIgnoredWithTheRestOfTheEdit()
    {
        writeConfig({ photosDrive() });
        makeController();
        QJsonObject clash = photosDrive();
        clash.insert(QStringLiteral("Name"), QStringLiteral("Clash")); // the same target
        writeConfig({ photosDrive(), clash });
        QTRY_VERIFY(todaysLog().contains(QStringLiteral("were ignored")));
        QCOMPARE(m_controller->model().rowCount(), 1);
    }

    void theModelHasEveryFieldAndTheProgressWhileSyncing()
    {
        m_fake.emplace();
        QJsonObject fields = photosDrive();
        fields.insert(QStringLiteral("Mode"), QStringLiteral("Update"));
        fields.insert(QStringLiteral("Exclude"), QJsonArray{ QStringLiteral("*.tmp") });
        fields.insert(QStringLiteral("Hidden"), false);
        fields.insert(QStringLiteral("Versions"), 7);
        writeConfig({ fields });
        makeController();
        const DriveListModel &model = m_controller->model();
        const QModelIndex row = model.index(0);
        auto value = [&row](int role) { return row.data(role); };
        QCOMPARE(value(Qt::DisplayRole).toString(), photos);
        QCOMPARE(value(DriveListModel::NameRole).toString(), photos);
        QCOMPARE(value(DriveListModel::SourceRole).toString(), source().root());
        QCOMPARE(value(DriveListModel::TargetRole).toString(), target().root());
        QCOMPARE(value(DriveListModel::SleepRole).toDouble(), 1.0);
        QCOMPARE(value(DriveListModel::UnitsRole).toString(), QStringLiteral("Days"));
        QCOMPARE(value(DriveListModel::ModeRole).toString(), QStringLiteral("Update"));
        QCOMPARE(value(DriveListModel::EnabledRole).toBool(), true);
        QCOMPARE(value(DriveListModel::ExcludeRole).toStringList(),
                 QStringList{ QStringLiteral("*.tmp") });
        QCOMPARE(value(DriveListModel::HiddenRole).toBool(), false);
        QCOMPARE(value(DriveListModel::VersionsRole).toDouble(), 7.0);
        QCOMPARE(value(DriveListModel::StatusRole).toString(), QStringLiteral("Idle"));
        QVERIFY(!value(DriveListModel::LastSyncRole).toDateTime().isValid());
        QVERIFY(!value(DriveListModel::LastResultRole).isValid());
        QVERIFY(!value(DriveListModel::FilesDoneRole).isValid()); // not syncing
        QCOMPARE(value(DriveListModel::DriveRole).value<Drive>().versions, 7.0);
        QCOMPARE(model.roleNames().value(DriveListModel::NextSyncRole), QByteArray("nextSync"));

        QVERIFY(m_controller->syncNow(photos));
        QCOMPARE(value(DriveListModel::StatusRole).toString(), QStringLiteral("Syncing"));
        QVERIFY(value(DriveListModel::RuntimeRole).value<DriveRuntime>().runStarted.isValid());
        QSignalSpy progress(m_controller.get(), &SyncController::syncProgress);
        // The engine reports from its own thread.
        const std::function<void(const SyncProgress &)> report = m_fake->run(0).job.onProgress;
        std::thread([report] {
            report({ 3, 10, 300, 1000, QStringLiteral("b/c.jpg"), false });
        }).join();
        QTRY_COMPARE(progress.count(), 1);
        QCOMPARE(value(DriveListModel::FilesDoneRole).toLongLong(), 3);
        QCOMPARE(value(DriveListModel::FilesTotalRole).toLongLong(), 10);
        QCOMPARE(value(DriveListModel::BytesDoneRole).toLongLong(), 300);
        QCOMPARE(value(DriveListModel::BytesTotalRole).toLongLong(), 1000);
        QCOMPARE(value(DriveListModel::CurrentFileRole).toString(), QStringLiteral("b/c.jpg"));

        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        m_fake->finish(0, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(value(DriveListModel::StatusRole).toString(), QStringLiteral("Error"));
        QCOMPARE(value(DriveListModel::LastResultRole).toString(), QStringLiteral("Refused"));
        QCOMPARE(value(DriveListModel::MessageRole).toString(), QStringLiteral("in words"));
        QVERIFY(value(DriveListModel::LastSyncRole).toDateTime().isValid());
        QVERIFY(!value(DriveListModel::FilesDoneRole).isValid());
    }

    void stoppingCancelsRunsAndTheyAreMadeAgainAfterARestart()
    {
        m_fake.emplace();
        writeConfig({ photosDrive() });
        makeController();
        QVERIFY(m_controller->syncNow(photos));
        QSignalSpy stopped(m_controller.get(), &SyncController::stopped);
        m_controller->stop();
        QVERIFY(m_fake->run(0).job.cancel.isCanceled());
        QCOMPARE(stopped.count(), 0); // not before the run has ended
        m_fake->finish(0, RunResult::Cancelled);
        QTRY_COMPARE(stopped.count(), 1);
        const QJsonObject run = m_controller->history().runs().constFirst();
        QVERIFY(run.value(QStringLiteral("Message"))
                        .toString()
                        .contains(QStringLiteral("closing")));

        StateStore state(dataFolder());
        state.load();
        QVERIFY(state.value(photos).interrupted);
    }
};

LTS_TEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
