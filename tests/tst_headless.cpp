// `letthatsyncin --headless` as a server or a systemd unit runs it: the drives on their
// schedule, edits of config.json picked up while it runs, a clean stop on SIGTERM, one
// instance per config folder, and the runs missed while it was stopped caught up once.
#include "apprunner.h"
#include "files.h"
#include "servicerunner.h"
#include "testmain.h"
#include "trees.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

#include <sys/stat.h>

using namespace lts;
using lts::test::TreeBuilder;

namespace {

using Service = test::ServiceRunner;
using test::sendSignal;

QJsonObject drive(const QString &name, const QString &source, const QString &target, int sleep,
                  const QString &units = QStringLiteral("Seconds"))
{
    return { { QStringLiteral("Name"), name },
             { QStringLiteral("Source"), source },
             { QStringLiteral("Target"), target },
             { QStringLiteral("Sleep"), sleep },
             { QStringLiteral("Units"), units } };
}

QByteArray configJson(const QJsonArray &drives, QJsonObject settings = {})
{
    // A flushed run (syncfs) waits for every other writer on the disk, and the suite runs
    // in parallel, with multi-GiB copies: the tests here time the schedule, not the disk.
    settings.insert(QStringLiteral("Durability"), QStringLiteral("Off"));
    return QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                      { QStringLiteral("Settings"), settings },
                                      { QStringLiteral("Drives"), drives } })
            .toJson();
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonObject &object, const QString &key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString configDir() const { return path(QStringLiteral("config")); }
    QString dataDir() const { return path(QStringLiteral("data")); }
    QString configFile() const { return path(QStringLiteral("config/config.json")); }

    bool writeConfig(const QByteArray &content) const
    {
        QDir().mkpath(configDir());
        return test::writeFile(configFile(), content);
    }

    std::unique_ptr<Service> service() const
    {
        return std::make_unique<Service>(m_dir->path(), configDir(), dataDir());
    }

    // The tray application, offscreen (ctest's QT_QPA_PLATFORM): no system tray there.
    std::unique_ptr<Service> tray() const
    {
        return std::make_unique<Service>(m_dir->path(), configDir(), dataDir(),
                                         Service::Mode::Tray);
    }

    QString todaysLog() const
    {
        QString log;
        for (const QFileInfo &file :
             QDir(path(QStringLiteral("data/logs"))).entryInfoList(QDir::Files))
            log += QString::fromUtf8(test::readFile(file.filePath()));
        return log;
    }

    // The finished runs in history.jsonl, oldest first; a line being written is left out.
    QList<QJsonObject> history(const QString &driveName = {}) const
    {
        QList<QJsonObject> runs;
        const QList<QByteArray> lines
                = test::readFile(path(QStringLiteral("data/history.jsonl"))).split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject run = QJsonDocument::fromJson(line).object();
            if (!run.isEmpty()
                && (driveName.isEmpty()
                    || run.value(QStringLiteral("Drive")).toString() == driveName))
                runs.append(run);
        }
        return runs;
    }

    QJsonObject driveState(const QString &driveName) const
    {
        return QJsonDocument::fromJson(test::readFile(path(QStringLiteral("data/state.json"))))
                .object()
                .value(QStringLiteral("Drives"))
                .toObject()
                .value(driveName)
                .toObject();
    }

    // To the millisecond, unlike the history's times: the start of the drive's latest run.
    QDateTime lastStart(const QString &driveName) const
    {
        return timeFrom(driveState(driveName), QStringLiteral("LastStart"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void aDriveEveryTwoSecondsRunsRepeatedly()
    {
        TreeBuilder source(path(QStringLiteral("source")));
        source.write(QStringLiteral("a.txt"), "abc").write(QStringLiteral("sub/b.txt"), "bb");
        const QString target = path(QStringLiteral("target"));
        QVERIFY(writeConfig(
                configJson({ drive(QStringLiteral("Docs"), source.root(), target, 2) })));
        const auto app = service();
        QVERIFY(app->start());

        // Every start the polling sees; the history's times are whole seconds, too coarse
        // to tell a run two seconds later from a burst of runs.
        QList<QDateTime> starts;
        qsizetype polledRuns = 0;
        auto finishedRuns = [&] {
            // The history first: every run it holds had its start in the state before.
            polledRuns = history().size();
            const QDateTime start = lastStart(QStringLiteral("Docs"));
            if (start.isValid() && (starts.isEmpty() || starts.constLast() != start))
                starts.append(start);
            return polledRuns;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(finishedRuns() >= 1, qPrintable(app->err()), 30000);
        source.write(QStringLiteral("later.txt"), "later");
        // A run going on now may have read the source before the new file; the next one
        // starts after it was written.
        const qsizetype wanted = std::max<qsizetype>(3, history().size() + 2);
        QTRY_VERIFY2_WITH_TIMEOUT(finishedRuns() >= wanted, qPrintable(app->err()), 30000);

        const QList<QJsonObject> runs = history();
        qint64 added = 0;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QJsonObject &run = runs.at(i);
            QCOMPARE(run.value(QStringLiteral("Drive")).toString(), QStringLiteral("Docs"));
            QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
            added += run.value(QStringLiteral("Added")).toInteger();
            QVERIFY(timeFrom(run, QStringLiteral("Started")).isValid());
            QVERIFY(timeFrom(run, QStringLiteral("Finished")).isValid());
            if (i > 0) // one run at a time: each starts after the one before finished
                QVERIFY(timeFrom(run, QStringLiteral("Started"))
                        >= timeFrom(runs.at(i - 1), QStringLiteral("Finished")));
        }
        QCOMPARE(added, 3); // a.txt and sub/b.txt once, later.txt once: nothing copied twice
        LTS_COMPARE_TREES(target, source.root());
        QVERIFY(test::temporaryFiles(target).isEmpty());

        // A burst of runs faster than the polling would show fewer starts than runs.
        QVERIFY2(starts.size() >= polledRuns, qPrintable(QStringLiteral("%1 starts seen, %2 runs")
                                                                 .arg(starts.size())
                                                                 .arg(polledRuns)));
        for (qsizetype i = 1; i < starts.size(); ++i) {
            const qint64 gap = starts.at(i - 1).msecsTo(starts.at(i));
            QVERIFY2(gap >= 1500 && gap <= 10000,
                     qPrintable(QStringLiteral("run %1 started %2 ms after the one before")
                                        .arg(i + 1)
                                        .arg(gap)));
        }
        const QString err = app->err();
        QVERIFY2(err.contains(QStringLiteral("[Docs] Success: 2 added")), qPrintable(err));
        // Plural forms come from the English translation; a user never reads "second(s)".
        QVERIFY2(!err.contains(QStringLiteral("(s)")), qPrintable(err));
    }

    void aDriveAddedByEditingConfigStartsRunning_data()
    {
        QTest::addColumn<bool>("replaceFirst");
        // Editors either write the file in place or write a new one and rename it over the
        // old; a replaced file is a new file to watch, so both orders matter.
        QTest::newRow("replaced, then written in place") << true;
        QTest::newRow("written in place, then replaced") << false;
    }
    void aDriveAddedByEditingConfigStartsRunning()
    {
        QFETCH(bool, replaceFirst);
        TreeBuilder photos(path(QStringLiteral("photos")));
        photos.write(QStringLiteral("p.jpg"), "jpeg");
        TreeBuilder music(path(QStringLiteral("music")));
        music.write(QStringLiteral("m.mp3"), "mpeg");
        const QString photosTarget = path(QStringLiteral("backup/photos"));
        const QString musicTarget = path(QStringLiteral("backup/music"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("backup"))));
        QVERIFY(writeConfig(configJson({})));
        const auto app = service();
        QVERIFY(app->start());
        // The file is watched from before this line is written.
        QTRY_VERIFY_WITH_TIMEOUT(app->err().contains(QStringLiteral("Started in the background")),
                                 30000);

        auto edit = [this](const QByteArray &content, bool replace) {
            if (!replace)
                return test::writeFile(configFile(), content);
            const QString written = configFile() + QStringLiteral(".new");
            return test::writeFile(written, content)
                   && ::rename(QFile::encodeName(written).constData(),
                               QFile::encodeName(configFile()).constData())
                              == 0;
        };
        const QJsonObject photosDrive = drive(QStringLiteral("Photos"), photos.root(), photosTarget,
                                              1, QStringLiteral("Hours"));
        QVERIFY(edit(configJson({ photosDrive }), replaceFirst));
        QTRY_VERIFY2_WITH_TIMEOUT(history(QStringLiteral("Photos")).size() == 1,
                                  qPrintable(app->err()), 30000);
        LTS_COMPARE_TREES(photosTarget, photos.root());

        QVERIFY(edit(configJson({ photosDrive, drive(QStringLiteral("Music"), music.root(),
                                                     musicTarget, 1, QStringLiteral("Hours")) }),
                     !replaceFirst));
        QTRY_VERIFY2_WITH_TIMEOUT(history(QStringLiteral("Music")).size() == 1,
                                  qPrintable(app->err()), 30000);
        LTS_COMPARE_TREES(musicTarget, music.root());
        QCOMPARE(history(QStringLiteral("Music")).constFirst().value(QStringLiteral("Result")),
                 QStringLiteral("Success"));
        // The edit did not touch Photos: it keeps its hourly rhythm instead of running again.
        QCOMPARE(history(QStringLiteral("Photos")).size(), 1);
        // The service said so before the run; the test reads its stderr when events are
        // processed, which the history file, read at once, may have come before.
        QTRY_COMPARE(app->err().count(QStringLiteral("Read the changes to")), 2);
    }

    void anInvalidEditIsReportedAndIgnored_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::newRow("broken JSON") << QByteArray("{ \"Version\": 1, \"Drives\": [ { \"Name\": ");
        QTest::newRow("a drive with an error") << QByteArray(
                "{\"Version\": 1, \"Drives\": [{\"Name\": \"Docs\", \"Source\": \"relative\", "
                "\"Target\": \"/nonexistent/backup\", \"Sleep\": 1, \"Units\": \"Seconds\"}]}\n");
        QTest::newRow("a newer version") << QByteArray("{\"Version\": 2, \"Drives\": []}\n");
    }
    void anInvalidEditIsReportedAndIgnored()
    {
        QFETCH(QByteArray, edit);
        TreeBuilder source(path(QStringLiteral("source")));
        source.write(QStringLiteral("a.txt"), "a");
        const QString target = path(QStringLiteral("target"));
        QVERIFY(writeConfig(
                configJson({ drive(QStringLiteral("Docs"), source.root(), target, 1) })));
        const auto app = service();
        QVERIFY(app->start());
        QTRY_VERIFY2_WITH_TIMEOUT(!history().isEmpty(), qPrintable(app->err()), 30000);

        QVERIFY(test::writeFile(configFile(), edit));
        QTRY_VERIFY_WITH_TIMEOUT(app->err().contains(QStringLiteral("were ignored")), 10000);
        // The drive from before the edit goes on, and syncs what is new.
        source.write(QStringLiteral("b.txt"), "b");
        const qsizetype runs = history().size();
        QTRY_VERIFY2_WITH_TIMEOUT(history().size() >= runs + 2, qPrintable(app->err()), 30000);
        QCOMPARE(history().constLast().value(QStringLiteral("Result")), QStringLiteral("Success"));
        LTS_COMPARE_TREES(target, source.root());
        QCOMPARE(app->process().state(), QProcess::Running);
        QVERIFY(!app->err().contains(QStringLiteral("Read the changes")));
        // The user's text is theirs to fix: not rewritten, not moved aside.
        QCOMPARE(test::readFile(configFile()), edit);
        QCOMPARE(QDir(configDir()).entryList({ QStringLiteral("config*") }, QDir::Files),
                 QStringList{ QStringLiteral("config.json") });
    }

    void sigtermDuringALargeCopyStopsCleanly()
    {
        TreeBuilder source(path(QStringLiteral("source")));
        QFile big(source.path(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(4) << 30)); // sparse, as in tst_synccli: seconds to copy
        big.close();
        const QString target = path(QStringLiteral("target"));
        QVERIFY(writeConfig(configJson({ drive(QStringLiteral("Big"), source.root(), target, 1,
                                               QStringLiteral("Hours")) })));
        const auto app = service();
        QVERIFY(app->start());
        // The copy has begun when its temporary file is there. Only names are looked at:
        auto copying = [&target] { return !test::temporaryFiles(target).isEmpty(); };
        QTRY_VERIFY2_WITH_TIMEOUT(copying() || !history().isEmpty(), qPrintable(app->err()), 30000);
        if (!copying())
            QSKIP("the copy was over before the test saw it: this filesystem copies by reflink, "
                  "at once");

        sendSignal(app->process(), SIGTERM);
        QVERIFY(app->process().waitForFinished(10000));
        QCOMPARE(app->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(app->process().exitCode(), 0);
        const QString err = app->err();
        QVERIFY2(err.contains(QStringLiteral("Stopping: running syncs are cancelled.")),
                 qPrintable(err));
        QVERIFY2(err.trimmed().endsWith(QStringLiteral("Stopped.")), qPrintable(err));
        QVERIFY(test::temporaryFiles(target).isEmpty());
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/big.bin")));

        const QJsonObject state = driveState(QStringLiteral("Big"));
        QCOMPARE(state.value(QStringLiteral("Interrupted")), QJsonValue(true));
        QCOMPARE(state.value(QStringLiteral("LastResult")), QStringLiteral("Cancelled"));
        const QList<QJsonObject> runs = history();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constLast().value(QStringLiteral("Drive")), QStringLiteral("Big"));
        QCOMPARE(runs.constLast().value(QStringLiteral("Result")), QStringLiteral("Cancelled"));
    }

    void aRunStuckOnAHungTargetHoldsNeitherTheServiceNorItsStop_data()
    {
        QTest::addColumn<bool>("cancelFirst");
        QTest::newRow("CancelSync, then SIGTERM") << true;
        QTest::newRow("SIGTERM") << false;
    }
    void aRunStuckOnAHungTargetHoldsNeitherTheServiceNorItsStop()
    {
#ifndef LTS_HANG_PATHS_LIBRARY
        QSKIP("a disk that stops answering is made with LD_PRELOAD, on Linux only");
#else
        QFETCH(bool, cancelFirst);
        TreeBuilder source(path(QStringLiteral("source")));
        source.write(QStringLiteral("a.txt"), "a").write(QStringLiteral("sub/b.txt"), "b");
        const QString target = path(QStringLiteral("target"));
        QTcpServer probe; // a free port, given back to the service
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(writeConfig(configJson({ drive(QStringLiteral("Stuck"), source.root(), target, 1,
                                               QStringLiteral("Hours")) })));
        Service app(m_dir->path(), configDir(), dataDir(), Service::Mode::Headless, port);
        // The target's disk stops answering once the run holds its lock and makes its folders,
        // as a network mount whose server went away: the call never returns.
        const QString notice = path(QStringLiteral("waiting"));
        QProcessEnvironment env = app.process().processEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LTS_HANG_PATHS_LIBRARY));
        env.insert(QStringLiteral("LTS_HANG_OPEN_BELOW"), target + QStringLiteral("/sub"));
        env.insert(QStringLiteral("LTS_HANG_NOTICE"), notice);
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":verify_asan_link_order=0"));
        app.process().setProcessEnvironment(env);
        QVERIFY(app.start());
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(notice), qPrintable(app.err()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(configDir() + QStringLiteral("/server.json")),
                                 20000);
        auto send = [this](const char *request) {
            return test::AppRunner(m_dir->path())
                    .run({ QStringLiteral("send"), QString::fromUtf8(request),
                           QStringLiteral("--config-dir"), configDir() });
        };

        if (cancelFirst) {
            // The service answers, and the run ends for the user at once.
            const test::AppRun cancelled = send(R"({"request":"CancelSync","Name":"Stuck"})");
            QCOMPARE(cancelled.exitCode, 0);
            QTRY_COMPARE_WITH_TIMEOUT(history().size(), 1, 10000);
            QCOMPARE(history().constLast().value(QStringLiteral("Result")),
                     QStringLiteral("Cancelled"));
            QVERIFY(history()
                            .constLast()
                            .value(QStringLiteral("Message"))
                            .toString()
                            .contains(QStringLiteral("a folder that does not answer")));
            // Its thread still holds the target's lock: a new run does not write beside it.
            QCOMPARE(send(R"({"request":"SyncNow","Name":"Stuck"})").exitCode, 0);
            QTRY_COMPARE_WITH_TIMEOUT(history().size(), 2, 10000);
            QCOMPARE(history().constLast().value(QStringLiteral("Code")),
                     QStringLiteral("Target Busy"));
        }

        QElapsedTimer stopping;
        stopping.start();
        sendSignal(app.process(), SIGTERM);
        QVERIFY2(app.process().waitForFinished(5000), qPrintable(app.err()));
        QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.process().exitCode(), 0);
        QVERIFY2(app.err().trimmed().endsWith(QStringLiteral("Stopped.")), qPrintable(app.err()));
        if (!cancelFirst) {
            QCOMPARE(history().size(), 1);
            QCOMPARE(history().constLast().value(QStringLiteral("Result")),
                     QStringLiteral("Cancelled"));
            QVERIFY(history()
                            .constLast()
                            .value(QStringLiteral("Message"))
                            .toString()
                            .contains(QStringLiteral("closing")));
            QCOMPARE(driveState(QStringLiteral("Stuck")).value(QStringLiteral("Interrupted")),
                     QJsonValue(true));
        }
#endif
    }

    void aSecondInstanceRefuses()
    {
        QVERIFY(writeConfig(configJson({})));
        const auto first = service();
        QVERIFY(first->start());
        QTRY_VERIFY_WITH_TIMEOUT(first->err().contains(QStringLiteral("Started in the background")),
                                 30000);

        const auto second = service();
        QVERIFY(second->start());
        QVERIFY(second->process().waitForFinished(10000));
        QCOMPARE(second->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->process().exitCode(), 2);
        const QString err = second->err();
        QVERIFY2(err.contains(QStringLiteral("LetThatSyncIn is already running for the "
                                             "configuration in %1 (process %2).")
                                      .arg(configDir())
                                      .arg(first->process().processId())),
                 qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("Started in the background")));

        // The refused start took nothing from the first one, which stops as usual.
        QCOMPARE(first->process().state(), QProcess::Running);
        QVERIFY(first->stop());
        QCOMPARE(first->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(first->process().exitCode(), 0);
        // And the lock went with it.
        const auto third = service();
        QVERIFY(third->start());
        QTRY_VERIFY_WITH_TIMEOUT(third->err().contains(QStringLiteral("Started in the background")),
                                 30000);
    }

    void aTrayStartWhileTheServiceRunsSaysSoAndExits()
    {
        QVERIFY(writeConfig(configJson({})));
        const auto service = this->service();
        QVERIFY(service->start());
        QTRY_VERIFY_WITH_TIMEOUT(
                service->err().contains(QStringLiteral("Started in the background")), 30000);

        const auto tray = this->tray();
        QVERIFY(tray->start());
        QTRY_VERIFY2_WITH_TIMEOUT(tray->err().contains(QStringLiteral("--headless")),
                                  qPrintable(tray->err()), 30000);
        QVERIFY(tray->err().contains(QStringLiteral("LetThatSyncIn is already running")));
        // The same words wait in a message box for a user who started it from a menu;
        // SIGTERM (a logout) ends it.
        QVERIFY(tray->stop());
        QCOMPARE(tray->process().exitCode(), 2);
        QCOMPARE(service->process().state(), QProcess::Running);
        QVERIFY(service->stop());
        QCOMPARE(service->process().exitCode(), 0);
    }

    void aSecondTrayStartShowsTheFirstAndExits()
    {
        QVERIFY(writeConfig(configJson({})));
        const auto first = tray();
        QVERIFY(first->start());
        QTRY_VERIFY2_WITH_TIMEOUT(todaysLog().contains(QStringLiteral("Started with 0 drives")),
                                  qPrintable(first->err()), 30000);

        const auto second = tray();
        QVERIFY(second->start());
        QVERIFY(second->process().waitForFinished(30000));
        QCOMPARE(second->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->process().exitCode(), 0);
        QVERIFY2(second->err().contains(
                         QStringLiteral("already running; its Drives window is shown")),
                 qPrintable(second->err()));

        QCOMPARE(first->process().state(), QProcess::Running);
        QVERIFY(first->stop()); // SIGTERM: a clean quit
        QCOMPARE(first->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(first->process().exitCode(), 0);
        QVERIFY(todaysLog().contains(QStringLiteral("Quitting")));
    }

    void aRestartAfterTheDueTimeCatchesUpOnce_data()
    {
        QTest::addColumn<qint64>("lastStartAgo"); // seconds
        QTest::addColumn<qint64>("lastFinishAgo");
        QTest::addColumn<QString>("lastResult");
        QTest::addColumn<bool>("interrupted");
        QTest::addColumn<int>("expectedRuns");
        QTest::newRow("five runs missed") << qint64(5 * 3600) << qint64(5 * 3600 - 10)
                                          << QStringLiteral("Success") << false << 1;
        QTest::newRow("stopped in the middle of a run")
                << qint64(600) << qint64(590) << QStringLiteral("Cancelled") << true << 1;
        // Started after the last finish: the application died during the run.
        QTest::newRow("killed in the middle of a run")
                << qint64(600) << qint64(4200) << QStringLiteral("Success") << false << 1;
        QTest::newRow("not due yet")
                << qint64(600) << qint64(590) << QStringLiteral("Success") << false << 0;
    }
    void aRestartAfterTheDueTimeCatchesUpOnce()
    {
        QFETCH(qint64, lastStartAgo);
        QFETCH(qint64, lastFinishAgo);
        QFETCH(QString, lastResult);
        QFETCH(bool, interrupted);
        QFETCH(int, expectedRuns);

        TreeBuilder hourly(path(QStringLiteral("hourly")));
        hourly.write(QStringLiteral("h.txt"), "h");
        TreeBuilder tick(path(QStringLiteral("tick")));
        tick.write(QStringLiteral("t.txt"), "t");
        // Tick runs every second from the start: time the test can see passing.
        QVERIFY(writeConfig(
                configJson({ drive(QStringLiteral("Hourly"), hourly.root(),
                                   path(QStringLiteral("hourly-copy")), 1, QStringLiteral("Hours")),
                             drive(QStringLiteral("Tick"), tick.root(),
                                   path(QStringLiteral("tick-copy")), 1) },
                           { { QStringLiteral("CatchUpDelaySeconds"), 1 } })));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime previousStart = now.addSecs(-lastStartAgo);
        const QDateTime previousSuccess = lastResult == QStringLiteral("Success")
                                                  ? previousStart
                                                  : now.addSecs(-lastStartAgo - 3600);
        const QJsonObject state{
            { QStringLiteral("FirstSeen"), iso(now.addSecs(-6 * 3600)) },
            { QStringLiteral("LastStart"), iso(previousStart) },
            { QStringLiteral("LastFinish"), iso(now.addSecs(-lastFinishAgo)) },
            { QStringLiteral("LastSync"),
              iso(std::min(previousStart, now.addSecs(-lastFinishAgo))) },
            { QStringLiteral("LastSuccess"), iso(previousSuccess) },
            { QStringLiteral("LastResult"), lastResult },
            { QStringLiteral("Code"), QString() },
            { QStringLiteral("Message"), QString() },
            { QStringLiteral("Failures"), 0 },
            { QStringLiteral("Unavailable"), false },
            { QStringLiteral("Interrupted"), interrupted },
        };
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(test::writeFile(
                path(QStringLiteral("data/state.json")),
                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                           { QStringLiteral("Drives"),
                                             QJsonObject{ { QStringLiteral("Hourly"), state } } } })
                        .toJson()));

        const QDateTime launched = QDateTime::currentDateTimeUtc();
        const auto app = service();
        QVERIFY(app->start());
        QDateTime quietUntil = launched.addMSecs(3500); // past the catch-up, with its jitter
        if (expectedRuns > 0) {
            QTRY_VERIFY2_WITH_TIMEOUT(!history(QStringLiteral("Hourly")).isEmpty(),
                                      qPrintable(app->err()), 20000);
            const QDateTime caughtUp = lastStart(QStringLiteral("Hourly"));
            // It waited for the system to settle (CatchUpDelaySeconds) before it ran.
            QVERIFY2(caughtUp >= launched.addMSecs(1000),
                     qPrintable(QStringLiteral("launched %1, caught up %2")
                                        .arg(iso(launched), iso(caughtUp))));
            QCOMPARE(history(QStringLiteral("Hourly")).constFirst().value(QStringLiteral("Result")),
                     QStringLiteral("Success"));
            QCOMPARE(driveState(QStringLiteral("Hourly")).value(QStringLiteral("Interrupted")),
                     QJsonValue(false));
            quietUntil = std::max(quietUntil, caughtUp.addMSecs(2500));
        }
        // Tick's runs show that time went on, long enough for any second catch-up.
        QTRY_VERIFY2_WITH_TIMEOUT(lastStart(QStringLiteral("Tick")) > quietUntil,
                                  qPrintable(app->err()), 20000);
        QCOMPARE(history(QStringLiteral("Hourly")).size(), expectedRuns);
        if (expectedRuns == 0)
            QCOMPARE(lastStart(QStringLiteral("Hourly")), previousStart);
    }

    void everyFileItKeepsIsTheUsersAloneWhateverTheUmask()
    {
        // Under umask 000 the folders were 0777 and config.json 0666: another user's drive
        // written there was loaded within seconds.
        TreeBuilder source(path(QStringLiteral("source")));
        source.write(QStringLiteral("a.txt"), "a");
        QVERIFY(writeConfig(
                configJson({ drive(QStringLiteral("Docs"), source.root(),
                                   path(QStringLiteral("target")), 1, QStringLiteral("Days")) })));
        QVERIFY(QFile::setPermissions(configDir(), QFileDevice::Permissions(0x7777)));
        QVERIFY(QFile::setPermissions(configFile(), QFileDevice::Permissions(0x6666)));
        const auto app = service();
        app->process().setChildProcessModifier([] { ::umask(0); });
        QVERIFY(app->start());
        QTRY_VERIFY2_WITH_TIMEOUT(history().size() == 1, qPrintable(app->err()), 30000);
        QVERIFY(app->stop());

        QStringList open;
        for (const QString &folder : { configDir(), dataDir() }) {
            QDirIterator entries(
                    folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
            QStringList all{ folder };
            while (entries.hasNext())
                all.append(entries.next());
            // The user's own file, which the service only read: the folder closed around it
            // keeps others out; the next save makes it 0600 (tst_configstore).
            all.removeOne(configFile());
            for (const QString &entry : std::as_const(all)) {
                struct stat status = {};
                if (::lstat(QFile::encodeName(entry).constData(), &status) == 0
                    && !S_ISLNK(status.st_mode) && (status.st_mode & 077) != 0)
                    open.append(
                            QStringLiteral("%1 %2").arg(status.st_mode & 07777, 0, 8).arg(entry));
            }
        }
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        QVERIFY(QFileInfo::exists(dataDir() + QStringLiteral("/history.jsonl")));
    }

    void aConfigThatIsAPipeStopsTheServiceAtOnce()
    {
        QVERIFY(QDir().mkpath(configDir()));
        QCOMPARE(::mkfifo(QFile::encodeName(configFile()).constData(), 0600), 0);
        const auto app = service();
        QVERIFY(app->start());
        QVERIFY(app->process().waitForFinished(10000));
        QCOMPARE(app->process().exitCode(), 2);
        QVERIFY2(app->err().contains(QStringLiteral("not a file but a device, a pipe")),
                 qPrintable(app->err()));
    }

    void configProblemsAndNewerVersion()
    {
        TreeBuilder source(path(QStringLiteral("source")));
        source.write(QStringLiteral("a.txt"), "a");
        const QString target = path(QStringLiteral("target"));

        // Written by a newer LetThatSyncIn: refused whole, and not a byte changed, so that
        // the newer version finds its file as it left it.
        const QByteArray newer = "{\n  \"Version\": 2,\n  \"Drives\": [ { \"Name\": \"Docs\", "
                                 "\"Source\": \""
                                 + QFile::encodeName(source.root()) + "\", \"Target\": \""
                                 + QFile::encodeName(target) + "\", \"Future\": 1 } ]\n}\n";
        QVERIFY(writeConfig(newer));
        {
            const auto app = service();
            QVERIFY(app->start());
            QVERIFY(app->process().waitForFinished(10000));
            QCOMPARE(app->process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(app->process().exitCode(), 2);
            const QString err = app->err();
            QVERIFY2(
                    err.contains(QStringLiteral("was written by a newer version of LetThatSyncIn")),
                    qPrintable(err));
            QVERIFY(err.contains(QDir::toNativeSeparators(configFile())));
        }
        QCOMPARE(test::readFile(configFile()), newer);
        QVERIFY(!QFileInfo::exists(target));

        // A drive with a problem is left out with a message; the others run, and the file
        // stays as the user wrote it until they fix it.
        const QByteArray oneBad = configJson(
                { drive(QStringLiteral("Docs"), source.root(), target, 1, QStringLiteral("Hours")),
                  drive(QStringLiteral("Bad"), QStringLiteral("relative/path"),
                        path(QStringLiteral("elsewhere")), 1) });
        QVERIFY(writeConfig(oneBad));
        const auto app = service();
        QVERIFY(app->start());
        QTRY_VERIFY2_WITH_TIMEOUT(history(QStringLiteral("Docs")).size() == 1,
                                  qPrintable(app->err()), 30000);
        const QString err = app->err();
        QVERIFY2(err.contains(QStringLiteral("Drive \"Bad\" was left out: The source must be a "
                                             "full path")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Started in the background with 1 drive from")),
                 qPrintable(err));
        LTS_COMPARE_TREES(target, source.root());
        QVERIFY(history(QStringLiteral("Bad")).isEmpty());
        QCOMPARE(test::readFile(configFile()), oneBad);
    }
};

LTS_TEST_MAIN(TestHeadless)
#include "tst_headless.moc"
