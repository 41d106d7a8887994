// `letthatsyncin sync` as cron and scripts use it: every option, every exit code, Ctrl+C,
// a killed run that the next run mends, and a disk that fills up.
#include "apprunner.h"
#include "files.h"
#include "smalldisk.h"
#include "syncfolders.h"
#include "temporaries.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>

#include <csignal>

using namespace lts;
using lts::test::AppRun;
using lts::test::sendSignal;
using lts::test::SmallDisk;
using lts::test::TreeBuilder;
using lts::test::whyNoSmallDisks;
using lts::test::words;

namespace { } // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;

    TreeBuilder &source() { return m_folders->source(); }
    TreeBuilder &target() { return m_folders->target(); }

    // sync SOURCE TARGET with the test's own config and data folders, then `more`.
    QStringList syncArguments(const QStringList &more = {}) const
    {
        return QStringList{ QStringLiteral("sync"),
                            m_folders->source().root(),
                            m_folders->target().root(),
                            QStringLiteral("--config-dir"),
                            m_folders->path(QStringLiteral("config")),
                            QStringLiteral("--data-dir"),
                            m_folders->path(QStringLiteral("data")) }
               + more;
    }

    AppRun sync(const QStringList &more = {}) const
    {
        return test::AppRunner(m_folders->root()).run(syncArguments(more));
    }

    void fill(int files, int size = 100)
    {
        for (int i = 0; i < files; ++i)
            source().write(QStringLiteral("d%1/f%2.txt").arg(i % 10).arg(i),
                           QByteArray(size, char('a' + i % 26)), 1600000000 + i);
    }

private Q_SLOTS:
    void init()
    {
        m_folders.emplace(); // the first run creates the target
        QVERIFY(m_folders->isValid());
    }

    void cleanup() { m_folders.reset(); }

#ifdef Q_OS_LINUX
    // The executable alone, in a folder of the test: without the module of the remote backends
    // (letthatsyncin-remote.so) that the build puts beside it.
    QString executableAlone() const
    {
        const QString alone = m_folders->path(QStringLiteral("alone/letthatsyncin"));
        if (!QDir().mkpath(QFileInfo(alone).absolutePath())
            || !QFile::copy(QStringLiteral(LTS_APP_PATH), alone))
            return {};
        return alone;
    }

    AppRun runAlone(const QString &executable, const QStringList &arguments,
                    const QProcessEnvironment &environment) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_folders->root());
        process.start(executable, arguments);
        if (!process.waitForFinished(120000))
            qFatal("letthatsyncin did not finish");
        return test::AppRunner::finished(process);
    }

    // A local sync neither needs the SFTP and FTP backends nor loads their libraries (libcurl,
    // libssh, OpenSSL): the run starts without mapping and relocating them.
    void aLocalRunLoadsNoServerLibraries()
    {
        fill(20);
        const QString alone = executableAlone();
        QVERIFY(!alone.isEmpty());
        QProcessEnvironment environment = test::AppRunner(m_folders->root()).environment();
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const AppRun r = runAlone(alone, syncArguments(), environment);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Success: 20 added, 0 updated, 0 deleted")),
                 qPrintable(r.out));
        LTS_COMPARE_TREES(target().root(), source().root());
        QVERIFY2(r.err.contains(QStringLiteral("libQt6Core.so")), qPrintable(r.err.left(2000)));
        for (const char *library :
             { "libcurl.so", "libssh.so", "libssl.so", "letthatsyncin-remote" })
            QVERIFY2(!r.err.contains(QLatin1String(library)), library);
    }

    // Where the module is missing, a server location says so in words, naming where it was
    // looked for; nothing is written.
    void aServerLocationWithoutTheModuleIsSaidSo()
    {
        fill(3);
        const QString alone = executableAlone();
        QVERIFY(!alone.isEmpty());
        const QString data = m_folders->path(QStringLiteral("data"));
        for (const QString &server : { QStringLiteral("sftp://127.0.0.1:1/backup"),
                                       QStringLiteral("ftp://127.0.0.1:1/backup") }) {
            const AppRun r = runAlone(alone,
                                      { QStringLiteral("sync"), source().root(), server,
                                        QStringLiteral("--config-dir"),
                                        m_folders->path(QStringLiteral("config")),
                                        QStringLiteral("--data-dir"), data },
                                      test::AppRunner(m_folders->root()).environment());
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(
                    r.err.contains(QStringLiteral("reaches SFTP and FTP servers is not installed")),
                    qPrintable(r.err));
            QVERIFY2(r.err.contains(QFileInfo(alone).absolutePath()
                                    + QStringLiteral("/letthatsyncin-remote.so")),
                     qPrintable(r.err));
        }
    }
#endif

    void aRunCopiesAndSummarises()
    {
        fill(20);
        const AppRun r = sync();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Success: 20 added, 0 updated, 0 deleted")),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        LTS_COMPARE_TREES(target().root(), source().root());
        QVERIFY2(!r.out.contains(u'\r'), "no progress line when the output is not a terminal");
    }

    void aTerminalGetsAProgressLine()
    {
        // util-linux's `script` gives the program a terminal of its own.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(QStringLiteral("script (util-linux) is not installed"));
        QFile big(source().path(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(512) << 20)); // sparse: slow enough to show progress
        big.close();
        QStringList command{ QStringLiteral(LTS_APP_PATH) };
        command += syncArguments();
        for (QString &word : command)
            word = u'\'' + word + u'\'';
        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, {});
        process.setProgram(script);
        process.setArguments(
                { QStringLiteral("-qefc"), command.join(u' '), QStringLiteral("/dev/null") });
        process.start();
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("\r\033[K")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(" files  ")) && out.contains(QStringLiteral("/s")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Success: 1 added")));
    }

    void relativePathsAreFromTheWorkingDirectory()
    {
        source().write(QStringLiteral("a"), "a");
        const AppRun r
                = test::AppRunner(m_folders->root()).run(words({ "sync", "source", "target" }));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(target().read(QStringLiteral("a")), QByteArray("a"));
    }

    void dryRunPrintsThePlanAndChangesNothing()
    {
        source().write(QStringLiteral("new.txt"), "n");
        const AppRun r = sync({ QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("added new.txt")));
        QVERIFY(r.out.contains(QStringLiteral("Dry run, nothing was changed")));
        QVERIFY(!QFileInfo::exists(target().root()));
    }

    void verboseListsEveryChange()
    {
        source().write(QStringLiteral("a.txt"), "a");
        target().write(QStringLiteral("old.txt"), "o");
        const AppRun r = sync({ QStringLiteral("--verbose"), QStringLiteral("--force") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("added a.txt")));
        QVERIFY(r.out.contains(QStringLiteral("deleted old.txt")));
    }

    void jsonPrintsTheRunObject()
    {
        source().write(QStringLiteral("a.txt"), "abc");
        const AppRun r = sync({ QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject run = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(run.value(QStringLiteral("Result")).toString(), QStringLiteral("Success"));
        QCOMPARE(run.value(QStringLiteral("Added")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("Bytes")).toInt(), 3);
        QCOMPARE(run.value(QStringLiteral("Entries")).toArray().size(), 1);
    }

    void modesExcludesHiddenAndVersions()
    {
        source().write(QStringLiteral("a.txt"), "a")
                .write(QStringLiteral("b.tmp"), "b")
                .write(QStringLiteral(".h"), "h");
        target().write(QStringLiteral("extra"), "e");
        AppRun r = sync(words({ "--mode", "update", "--exclude", "*.tmp", "--exclude", "nothing",
                                "--no-hidden" }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(target().exists(QStringLiteral("a.txt")));
        QVERIFY(!target().exists(QStringLiteral("b.tmp")));
        QVERIFY(!target().exists(QStringLiteral(".h")));
        QVERIFY(target().exists(QStringLiteral("extra")));

        source().write(QStringLiteral("a.txt"), "changed", 1700000000);
        // Update ran first, so the pair is new to Mirror only in mode: "extra" was there
        // before; Mirror deletes it once told to.
        r = sync(words({ "--versions", "3", "--force" }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!target().exists(QStringLiteral("extra")));
        QCOMPARE(QDir(target().path(QStringLiteral(".letthatsyncin/versions")))
                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                         .size(),
                 1);

        r = sync(words({ "--mode", "Move" }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!source().exists(QStringLiteral("a.txt")));
    }

    void aFirstMirrorIntoAFolderHoldingOtherFilesIsRefusedAndSaysHowToGoOn()
    {
        source().write(QStringLiteral("photo.jpg"), "p");
        for (int i = 0; i < 8; ++i)
            target().write(QStringLiteral("doc%1.odt").arg(i), "mine");
        AppRun r = sync();
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Target Not Empty: The target holds 8 files that "
                                               "the source does not have")),
                 qPrintable(r.err));
        for (const QString &way : { QStringLiteral("--dry-run"), QStringLiteral("--mode Update"),
                                    QStringLiteral("--force") })
            QVERIFY2(r.err.contains(way), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("kept for 30 days")));
        QVERIFY(target().exists(QStringLiteral("doc0.odt")));
        QVERIFY(!target().exists(QStringLiteral("photo.jpg"))); // before any change

        // The dry run it points to lists every file that would go, and changes nothing.
        r = sync({ QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 3);
        for (int i = 0; i < 8; ++i)
            QVERIFY2(r.out.contains(QStringLiteral("deleted doc%1.odt").arg(i)), qPrintable(r.out));
        QVERIFY(!target().exists(QStringLiteral("photo.jpg")));

        // Confirmed: deleted, and kept as versions for 30 days; the pair is known from now on.
        QCOMPARE(sync({ QStringLiteral("--force") }).exitCode, 0);
        QVERIFY(!target().exists(QStringLiteral("doc0.odt")));
        QCOMPARE(QDir(target().path(QStringLiteral(".letthatsyncin/versions")))
                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                         .size(),
                 1);
        target().write(QStringLiteral("late.odt"), "l");
        QCOMPARE(sync().exitCode, 0);
    }

    void exitCodes()
    {
        // 1: partial (a special file is skipped)
        source().write(QStringLiteral("a"), "a");
        QCOMPARE(::mkfifo(QFile::encodeName(source().path(QStringLiteral("pipe"))).constData(),
                          0600),
                 0);
        AppRun r = sync();
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("skipped: pipe")));
        source().remove(QStringLiteral("pipe"));

        // 3: refused by a safety rule, then --force
        for (int i = 0; i < 20; ++i)
            source().write(QStringLiteral("f%1").arg(i), "f");
        QCOMPARE(sync().exitCode, 0);
        for (int i = 0; i < 20; ++i)
            source().remove(QStringLiteral("f%1").arg(i));
        r = sync();
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Too Many Deletions: A mirror would delete 20 of "
                                               "the 21 files in the target (limit 50 %).")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(sync({ QStringLiteral("--force") }).exitCode, 0);

        // 2: failure (the source is gone)
        QDir(source().root()).removeRecursively();
        r = sync();
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Source Unavailable")));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no target") << words({ "sync", "only-one" });
        QTest::newRow("three folders") << words({ "sync", "a", "b", "c" });
        QTest::newRow("bad mode") << words({ "sync", "source", "target", "--mode", "Copy" });
        QTest::newRow("bad versions") << words({ "sync", "source", "target", "--versions", "-1" });
        QTest::newRow("bad every") << words({ "sync", "source", "target", "--every", "often" });
        QTest::newRow("max without every") << words({ "sync", "source", "target", "--max", "2" });
        QTest::newRow("target inside source") << words({ "sync", "source", "source/backup" });
        QTest::newRow("same folder") << words({ "sync", "source", "./source/" });
        QTest::newRow("drive and folders")
                << words({ "sync", "--drive", "Photos", "source", "target" });
        QTest::newRow("unknown drive") << words({ "sync", "--drive", "Nope" });
        QTest::newRow("a malformed remote target") << words({ "sync", "source", "rclone:target" });
        QTest::newRow("a malformed remote source") << words({ "sync", "rclone:x", "target" });
    }
    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        source().write(QStringLiteral("a"), "a");
        const AppRun r = test::AppRunner(m_folders->root()).run(arguments);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(target().root()));
        // Nothing made where it ran ("sftp:" or "rclone:dropbox:x" as folders).
        const QStringList made
                = QDir(m_folders->root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(!made.join(u' ').contains(u':'), qPrintable(made.join(u' ')));
    }

    // rclone's remotes are reached (tst_rclonedrives); one that rclone's configuration (here
    // none: HOME is the test's) does not have fails the run in words naming it.
    void anRcloneRemoteNotConfiguredIsNamed()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty())
            LTS_SKIP_WITHOUT_SERVER(
                    QStringLiteral("rclone is not installed (Debian: apt-get install rclone)"));
        source().write(QStringLiteral("a"), "a");
        const AppRun r = test::AppRunner(m_folders->root())
                                 .run(words({ "sync", "source", "rclone:dropbox:backup" }));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"dropbox\""))
                         && r.err.contains(QStringLiteral("rclone config")),
                 qPrintable(r.err));
    }

    // `sync rclone:REMOTE:path folder`: the files come through rclone's daemon (a local remote of
    // a configuration of the test's), which ends with the command.
    void aSyncFromAnRcloneRemote()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty())
            LTS_SKIP_WITHOUT_SERVER(
                    QStringLiteral("rclone is not installed (Debian: apt-get install rclone)"));
        source().write(QStringLiteral("a.txt"), "alpha").write(QStringLiteral("sub/b.txt"), "beta");
        const QString config = m_folders->path(QStringLiteral("rclone.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[disk]\ntype = local\n");
        file.close();
        const QByteArray before = qgetenv("RCLONE_CONFIG");
        qputenv("RCLONE_CONFIG", QFile::encodeName(config));
        const AppRun r = test::AppRunner(m_folders->root())
                                 .run({ QStringLiteral("sync"),
                                        QStringLiteral("rclone:disk:") + source().root(),
                                        target().root() });
        if (before.isEmpty())
            qunsetenv("RCLONE_CONFIG");
        else
            qputenv("RCLONE_CONFIG", before);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(test::readFile(target().root() + QStringLiteral("/a.txt")), QByteArray("alpha"));
        QCOMPARE(test::readFile(target().root() + QStringLiteral("/sub/b.txt")),
                 QByteArray("beta"));
        // No daemon of that configuration is left running.
        const auto daemons = [&config] {
            QStringList found;
            for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
                if (environ.open(QIODevice::ReadOnly)
                    && environ.readAll().contains(
                            QByteArray("RCLONE_CONFIG=" + QFile::encodeName(config))))
                    found << pid;
            }
            return found;
        };
        QTRY_COMPARE(daemons(), QStringList());
    }

    void aConfiguredDriveRunsByName()
    {
        source().write(QStringLiteral("a.txt"), "a").write(QStringLiteral("b.tmp"), "b");
        QDir().mkpath(m_folders->path(QStringLiteral("config")));
        QFile config(m_folders->path(QStringLiteral("config/config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
                QJsonDocument(
                        QJsonObject{ { QStringLiteral("Drives"),
                                       QJsonArray{ QJsonObject{
                                               { QStringLiteral("Name"), QStringLiteral("Photos") },
                                               { QStringLiteral("Source"), source().root() },
                                               { QStringLiteral("Target"), target().root() },
                                               { QStringLiteral("Exclude"),
                                                 QJsonArray{ QStringLiteral("*.tmp") } } } } } })
                        .toJson());
        config.close();
        const AppRun r
                = test::AppRunner(m_folders->root())
                          .run(QStringList{ QStringLiteral("sync"), QStringLiteral("--drive"),
                                            QStringLiteral("Photos"), QStringLiteral("--json"),
                                            QStringLiteral("--config-dir"),
                                            m_folders->path(QStringLiteral("config")),
                                            QStringLiteral("--data-dir"),
                                            m_folders->path(QStringLiteral("data")) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                         .object()
                         .value(QStringLiteral("Drive"))
                         .toString(),
                 QStringLiteral("Photos"));
        QVERIFY(target().exists(QStringLiteral("a.txt")));
        QVERIFY(!target().exists(QStringLiteral("b.tmp")));
        QCOMPARE(QDir(m_folders->path(QStringLiteral("data/identity")))
                         .entryList(QDir::Files)
                         .size(),
                 1);
    }

    void everyRepeatsUntilMax()
    {
        source().write(QStringLiteral("a"), "a");
        const AppRun r = sync(words({ "--every", "1s", "--max", "2" }));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral("Success: ")), 2);
    }

    void watchSyncsEachChangeUntilCtrlC()
    {
        source().write(QStringLiteral("a/first.txt"), "first");
        QVERIFY(test::writeFile(
                m_folders->path(QStringLiteral("config/config.json")),
                R"({"Version": 1, "Settings": {"WatchDelay": 0.2}, "Drives": []})"));
        QProcess process;
        test::AppRunner(m_folders->root())
                .prepare(process, syncArguments({ QStringLiteral("--watch") }));
        process.start();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Watching "),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("a/first.txt")), QByteArray("first"),
                                  30000);
        // A change after the first run reaches the target, with the process still running.
        source().write(QStringLiteral("a/second.txt"), "second");
        QTRY_COMPARE_WITH_TIMEOUT(target().read(QStringLiteral("a/second.txt")),
                                  QByteArray("second"), 30000);
        QCOMPARE(process.state(), QProcess::Running);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count("Success: ") >= 2,
                                 30000);
        sendSignal(process, SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void watchWithDryRunIsRefused()
    {
        const AppRun r = sync(words({ "--watch", "--dry-run" }));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("--watch")), qPrintable(r.err));
    }

    void ctrlCWhileWaitingStopsAtOnce()
    {
        source().write(QStringLiteral("a"), "a");
        QProcess process;
        test::AppRunner(m_folders->root())
                .prepare(process, syncArguments(words({ "--every", "1h" })));
        process.start();
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Success: "),
                                 30000);
        sendSignal(process, SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void sigtermDuringALargeCopyStopsCleanly()
    {
        QFile big(source().path(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(4) << 30)); // sparse
        big.close();
        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, syncArguments());
        process.start();
        // Wait until the copy has begun: its temporary file is there.
        QTRY_VERIFY_WITH_TIMEOUT(!test::temporaryFiles(target().root()).isEmpty(), 30000);
        sendSignal(process, SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
        QVERIFY(!target().exists(QStringLiteral("big.bin")));
    }

    void aKilledRunLeavesOldOrNewFilesAndTheNextRunMendsIt()
    {
        // An old version of every file in the target, then new content of the same size.
        fill(1200, 20000);
        QCOMPARE(sync().exitCode, 0);
        const test::Snapshot oldTree = test::snapshot(target().root());
        for (int i = 0; i < 1200; ++i)
            source().write(QStringLiteral("d%1/f%2.txt").arg(i % 10).arg(i),
                           QByteArray(20000, char('A' + i % 26)), 1700000000 + i);
        // Last in the walk, and slow to copy: the run is still busy with it when the first
        // batch of small files is in place.
        QFile big(source().path(QStringLiteral("zz/big.bin")));
        QVERIFY(QDir().mkpath(source().path(QStringLiteral("zz"))));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(256) << 20)); // sparse
        big.close();
        const test::Snapshot newTree = test::snapshot(source().root());

        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, syncArguments());
        process.start();
        QVERIFY(process.waitForStarted());
        const QString firstFile = target().path(QStringLiteral("d0/f0.txt"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(firstFile).lastModified().toSecsSinceEpoch()
                                                 == 1700000000
                                         || process.state() == QProcess::NotRunning,
                                 60000);
        sendSignal(process, SIGKILL);
        process.waitForFinished(10000);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // killed in the middle, not done

        // Every file is the old one or the new one, never something in between.
        const test::Snapshot afterKill = test::snapshot(target().root());
        for (auto it = afterKill.cbegin(); it != afterKill.cend(); ++it) {
            if (it->type != 'f' || it.key().endsWith(".part"))
                continue;
            QVERIFY2(oldTree.value(it.key()) == *it || newTree.value(it.key()) == *it,
                     it.key().constData());
        }
        QVERIFY(!target().exists(QStringLiteral("zz/big.bin")));
        const AppRun again = sync();
        QCOMPARE(again.exitCode, 0);
        LTS_COMPARE_TREES(target().root(), source().root());
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
    }

    void aFullDiskStopsTheRunWithAClearMessage()
    {
        // A 1 MiB filesystem of our own, in a user namespace: no root needed.
        if (const QString why = whyNoSmallDisks(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));

        for (int i = 0; i < 8; ++i)
            source().write(QStringLiteral("f%1.bin").arg(i), QByteArray(300 << 10, 'x'));
        QDir().mkpath(target().root());
        const QString script
                = QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$1\" && shift && exec \"$@\"");
        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, {});
        process.setProgram(unshare);
        process.setArguments(QStringList{ QStringLiteral("-Urm"), QStringLiteral("sh"),
                                          QStringLiteral("-c"), script, QStringLiteral("sh"),
                                          target().root(), QStringLiteral(LTS_APP_PATH) }
                             + syncArguments());
        process.start();
        QVERIFY(process.waitForFinished(60000));
        const AppRun r = test::AppRunner::finished(process);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("The run stopped")), qPrintable(r.err));
        // In words, with the folder and the user's file; never a temporary's name.
        QVERIFY2(r.err.contains(QStringLiteral("is full")), qPrintable(r.err));
        QVERIFY2(r.err.contains(target().root()), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral(".part")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral(".bin")), qPrintable(r.err));
    }

    void aDiskFullToTheLastByteIsSaidToBeFull()
    {
        if (const QString why = whyNoSmallDisks(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        source().write(QStringLiteral("a.txt"), "a");
        const QString disk = m_folders->path(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        // The target's filesystem is filled to the last byte before the run starts.
        const QString script = QStringLiteral(
                "mount -t tmpfs -o size=1m tmpfs \"$1\" && mkdir \"$1/target\" && "
                "{ head -c 2097152 /dev/zero > \"$1/filler\" 2>/dev/null; true; } && shift && "
                "exec \"$@\"");
        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, {});
        process.setProgram(QStandardPaths::findExecutable(QStringLiteral("unshare")));
        process.setArguments(QStringList{
                QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                QStringLiteral("sh"), disk, QStringLiteral(LTS_APP_PATH), QStringLiteral("sync"),
                source().root(), disk + QStringLiteral("/target"), QStringLiteral("--config-dir"),
                m_folders->path(QStringLiteral("config")), QStringLiteral("--data-dir"),
                m_folders->path(QStringLiteral("data")) });
        process.start();
        QVERIFY(process.waitForFinished(60000));
        const AppRun r = test::AppRunner::finished(process);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is full")), qPrintable(r.err));
        QVERIFY2(r.err.contains(disk + QStringLiteral("/target")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    }

    void leftoverTemporariesInFoldersTheScanNoLongerEntersGo_data()
    {
        QTest::addColumn<QStringList>("nextRun");
        QTest::addColumn<bool>("sourceFolderGone");
        QTest::newRow("excluded") << words({ "--exclude", "cache/" }) << false;
        QTest::newRow("source folder gone, Update") << words({ "--mode", "Update" }) << true;
        QTest::newRow("source folder gone, Mirror with versions") << QStringList() << true;
    }
    void leftoverTemporariesInFoldersTheScanNoLongerEntersGo()
    {
        QFETCH(QStringList, nextRun);
        QFETCH(bool, sourceFolderGone);
        source().write(QStringLiteral("cache/small.txt"), "s")
                .write(QStringLiteral("keep.txt"), "k");
        QCOMPARE(sync().exitCode, 0);
        // A run killed while it copies into cache/ leaves its temporary there.
        QFile big(source().path(QStringLiteral("cache/big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(1) << 30)); // sparse
        big.close();
        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, syncArguments());
        process.start();
        QTRY_VERIFY_WITH_TIMEOUT(!test::temporaryFiles(target().root()).isEmpty(), 30000);
        sendSignal(process, SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(test::leftoverTemporaries(target().root()).size(), 1);

        // The next run does not enter cache/, and still removes it, keeping no version of it.
        if (sourceFolderGone)
            source().remove(QStringLiteral("cache"));
        const AppRun r = sync(nextRun);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::leftoverTemporaries(target().root()), QStringList());
        QCOMPARE(target().exists(QStringLiteral("cache/small.txt")), nextRun.size() > 0);
        QVERIFY(!target().exists(QStringLiteral("cache/big.bin")));
    }

    void aSignalWhileTheFoldersAreCheckedCancels_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("json");
        QTest::newRow("Ctrl+C") << SIGINT << false;
        QTest::newRow("SIGTERM") << SIGTERM << false;
        QTest::newRow("Ctrl+C, --json") << SIGINT << true;
    }
    void aSignalWhileTheFoldersAreCheckedCancels()
    {
#ifndef LTS_HANG_PATHS_LIBRARY
        QSKIP("a disk that stops answering is made with LD_PRELOAD, on Linux only");
#else
        QFETCH(int, signal);
        QFETCH(bool, json);
        // The source on a disk that stops answering (a network mount whose server went away):
        // every look-up below it waits for ever.
        const QString hung = m_folders->path(QStringLiteral("hung"));
        const QString notice = m_folders->path(QStringLiteral("waiting"));
        QProcess process;
        test::AppRunner(m_folders->root())
                .prepare(process,
                         QStringList{ QStringLiteral("sync"), hung + QStringLiteral("/source"),
                                      target().root(), QStringLiteral("--config-dir"),
                                      m_folders->path(QStringLiteral("config")),
                                      QStringLiteral("--data-dir"),
                                      m_folders->path(QStringLiteral("data")) }
                                 + (json ? words({ "--json" }) : QStringList()));
        QProcessEnvironment env = process.processEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LTS_HANG_PATHS_LIBRARY));
        env.insert(QStringLiteral("LTS_HANG_BELOW"), hung);
        env.insert(QStringLiteral("LTS_HANG_NOTICE"), notice);
        // A sanitized build's runtime wants to come first; the preloaded library needs none.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":verify_asan_link_order=0"));
        process.setProcessEnvironment(env);
        process.start();
        QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo::exists(notice) || process.state() == QProcess::NotRunning, 30000);
        QVERIFY2(QFileInfo::exists(notice), process.readAllStandardError().constData());
        sendSignal(process, signal);
        QVERIFY(process.waitForFinished(10000));
        const AppRun r = test::AppRunner::finished(process);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(r.exitCode, 130);
        if (json) {
            const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(report.value(QStringLiteral("Result")).toString(),
                     QStringLiteral("Cancelled"));
        } else {
            QVERIFY2(r.out.startsWith(QStringLiteral("Cancelled")), qPrintable(r.out));
            QVERIFY2(r.err.contains(QStringLiteral("nothing was changed")), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(target().root()));
#endif
    }

    void aFolderThatStopsAnsweringIsGivenUpAfterNetworkTimeout_data()
    {
        QTest::addColumn<bool>("hungTarget");
        QTest::newRow("target") << true;
        QTest::newRow("source") << false;
    }
    void aFolderThatStopsAnsweringIsGivenUpAfterNetworkTimeout()
    {
#ifndef LTS_HANG_PATHS_LIBRARY
        QSKIP("a disk that stops answering is made with LD_PRELOAD, on Linux only");
#else
        QFETCH(bool, hungTarget);
        source().write(QStringLiteral("a.txt"), "a");
        const QString hung = m_folders->path(QStringLiteral("hung"));
        const QString sourceFolder
                = hungTarget ? source().root() : hung + QStringLiteral("/source");
        const QString targetFolder
                = hungTarget ? hung + QStringLiteral("/target") : target().root();
        QDir().mkpath(m_folders->path(QStringLiteral("config")));
        QVERIFY(test::writeFile(m_folders->path(QStringLiteral("config/config.json")),
                                R"({"Version": 1, "Settings": {"NetworkTimeout": 1}})"));
        QProcess process;
        test::AppRunner(m_folders->root())
                .prepare(process, QStringList{ QStringLiteral("sync"), sourceFolder, targetFolder,
                                               QStringLiteral("--config-dir"),
                                               m_folders->path(QStringLiteral("config")),
                                               QStringLiteral("--data-dir"),
                                               m_folders->path(QStringLiteral("data")) });
        hangBelow(process, { { QStringLiteral("LTS_HANG_BELOW"), hung } });
        QElapsedTimer elapsed;
        elapsed.start();
        process.start();
        QVERIFY(process.waitForFinished(30000));
        const AppRun r = test::AppRunner::finished(process);
        // Within the setting's second and what starting a process takes, not its default 30.
        QVERIFY2(elapsed.elapsed() < 15000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.startsWith(QStringLiteral("Failure")), qPrintable(r.out));
        const QString words = hungTarget
                                      ? QStringLiteral("Target Unavailable: The target %1 did not "
                                                       "answer for 1 second")
                                                .arg(targetFolder)
                                      : QStringLiteral("Source Unavailable: The source %1 did not "
                                                       "answer for 1 second")
                                                .arg(sourceFolder);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("the run was given up")));
#endif
    }

    void aSignalWhileARunIsStuckInItsCopiesEndsItAtOnce_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl+C") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }
    void aSignalWhileARunIsStuckInItsCopiesEndsItAtOnce()
    {
#ifndef LTS_HANG_PATHS_LIBRARY
        QSKIP("a disk that stops answering is made with LD_PRELOAD, on Linux only");
#else
        QFETCH(int, signal);
        // The folders answered their checks; then a file's read waits for ever, in the middle
        // of the copies, as on a network mount whose server went away.
        source().write(QStringLiteral("a.txt"), "a").write(QStringLiteral("stuck.bin"), "s");
        const QString notice = m_folders->path(QStringLiteral("waiting"));
        QProcess process;
        test::AppRunner(m_folders->root()).prepare(process, syncArguments());
        hangBelow(process, { { QStringLiteral("LTS_HANG_OPEN_BELOW"),
                               source().path(QStringLiteral("stuck.bin")) },
                             { QStringLiteral("LTS_HANG_NOTICE"), notice } });
        process.start();
        QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo::exists(notice) || process.state() == QProcess::NotRunning, 30000);
        QVERIFY2(QFileInfo::exists(notice), process.readAllStandardError().constData());
        sendSignal(process, signal);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        const AppRun r = test::AppRunner::finished(process);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.out.startsWith(QStringLiteral("Cancelled")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("a folder that does not answer")),
                 qPrintable(r.err));
        // What was copied is whole: the file that hung never reached its name.
        QVERIFY(!QFileInfo::exists(target().path(QStringLiteral("stuck.bin"))));
#endif
    }

private:
    // The process runs with tests/support/hangingpaths.cpp preloaded and `variables` set.
    static void hangBelow(QProcess &process, const QList<std::pair<QString, QString>> &variables)
    {
#ifdef LTS_HANG_PATHS_LIBRARY
        QProcessEnvironment env = process.processEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LTS_HANG_PATHS_LIBRARY));
        for (const auto &[name, value] : variables)
            env.insert(name, value);
        // A sanitized build's runtime wants to come first; the preloaded library needs none.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":verify_asan_link_order=0"));
        process.setProcessEnvironment(env);
#else
        Q_UNUSED(process)
        Q_UNUSED(variables)
#endif
    }
};

LTS_TEST_MAIN(TestSyncCli)
#include "tst_synccli.moc"
