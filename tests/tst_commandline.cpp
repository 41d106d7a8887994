// The command line as a user meets it: the real executable, started with its own config
// folder, and what it prints and returns.
#include "apprunner.h"
#include "configstore.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace lts;

using lts::test::AppRun;
using Run = lts::test::AppRun;

namespace {

QStringList arguments(std::initializer_list<const char *> words)
{
    return lts::test::words(words);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }

    Run run(const QStringList &arguments) const
    {
        return test::AppRunner(m_dir.path()).run(arguments);
    }

    Run list(const QStringList &more = {}) const
    {
        return run(
                QStringList{ QStringLiteral("--config-dir"), configDir(), QStringLiteral("list") }
                + more);
    }

    void writeConfig(const QByteArray &content) const
    {
        QDir().mkpath(configDir());
        QFile f(QDir(configDir()).filePath(QStringLiteral("config.json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write the test config");
    }

    QByteArray readConfig() const
    {
        QFile f(QDir(configDir()).filePath(QStringLiteral("config.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static const QByteArray twoDrives;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(configDir()).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("xdg-config"))).removeRecursively();
    }

    void versionPrintsNameAndVersion()
    {
        const Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("letthatsyncin " LTS_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void helpListsTheOptionsAndCommands()
    {
        const Run r = run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             { "--config-dir", "--data-dir", "--ws-address", "--ws-port", "--version", "list" })
            QVERIFY2(r.out.contains(QString::fromUtf8(word)), word);
    }

    void commandHelpShowsItsOptions()
    {
        const Run r = run({ QStringLiteral("list"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }

    void syncTakesVerify()
    {
        const Run help = run({ QStringLiteral("sync"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--verify")), qPrintable(help.out));
        // Local folders keep no index: --verify is accepted and the run is as any other.
        const QString source = m_dir.filePath(QStringLiteral("verify/source"));
        const QString target = m_dir.filePath(QStringLiteral("verify/target"));
        QVERIFY(QDir().mkpath(source));
        QFile file(QDir(source).filePath(QStringLiteral("a.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("a") == 1);
        file.close();
        const Run r
                = run({ QStringLiteral("sync"), source, target, QStringLiteral("--verify"),
                        QStringLiteral("--config-dir"), configDir(), QStringLiteral("--data-dir"),
                        m_dir.filePath(QStringLiteral("verify/data")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(QDir(target).filePath(QStringLiteral("a.txt"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("verify/data/index"))));
    }

    void theTrayWithoutADisplaySaysHowElseToRunIt()
    {
        QProcess process;
        test::AppRunner runner(m_dir.path());
        runner.prepare(process, { QStringLiteral("--config-dir"), configDir() });
        QProcessEnvironment env = runner.environment();
        for (const char *variable : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            env.remove(QString::fromUtf8(variable));
        process.setProcessEnvironment(env);
        process.start();
        QVERIFY(process.waitForFinished(30000));
        const Run r = test::AppRunner::finished(process);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no display")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--headless")));
        QVERIFY(!QFile::exists(configDir() + QStringLiteral("/config.json"))); // nothing written
    }

    void anUnknownCommandIsABadCommandLine()
    {
        const Run r = run({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: ")), "the usage follows the error");
        QVERIFY2(r.err.contains(QStringLiteral("\"frobnicate\".\n\nUsage: ")),
                 qPrintable(r.err)); // a blank line between them, not an address
        QVERIFY(r.out.isEmpty());
    }

    void statusAndSendSayWhenNothingRuns()
    {
        // A port nothing listens on: taken from the system, then given back.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        for (const QStringList &command :
             { arguments({ "status" }), arguments({ "send", R"({"request": "Hello"})" }) }) {
            const Run r = run(command + QStringList{ QStringLiteral("--ws-port"), port });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("LetThatSyncIn is not running (nothing answers "
                                                   "on ws://127.0.0.1:")
                                    + port),
                     qPrintable(r.err));
        }
    }

    void sendNeedsOneJsonObject()
    {
        QCOMPARE(run(arguments({ "send" })).exitCode, 4);
        const Run notAnObject = run(arguments({ "send", "[1, 2]" }));
        QCOMPARE(notAnObject.exitCode, 4);
        QVERIFY(notAnObject.err.contains(QStringLiteral("send needs one JSON object")));
        const Run broken = run(arguments({ "send", "{\"request\": " }));
        QCOMPARE(broken.exitCode, 4);
    }

    void badOptionsAreABadCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option") << arguments({ "--frobnicate" }) << "frobnicate";
        QTest::newRow("list option without list") << arguments({ "--json" }) << "json";
        QTest::newRow("missing value") << arguments({ "list", "--config-dir" }) << "config-dir";
        QTest::newRow("port too big") << arguments({ "--ws-port", "70000", "list" }) << "--ws-port";
        QTest::newRow("port not a number") << arguments({ "--ws-port", "http" }) << "--ws-port";
        QTest::newRow("address") << arguments({ "--ws-address", "my computer", "list" })
                                 << "--ws-address";
        QTest::newRow("list takes no argument") << arguments({ "list", "extra" }) << "extra";
    }
    void badOptionsAreABadCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void goodWebSocketOptionsAreAccepted()
    {
        const Run r = list({ QStringLiteral("--ws-port"), QStringLiteral("0"),
                             QStringLiteral("--ws-address"), QStringLiteral("::1") });
        QCOMPARE(r.exitCode, 0);
    }

    void listOfAnEmptyConfig()
    {
        const Run r = list();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("No drives are configured")), qPrintable(r.out));
        QVERIFY(r.out.contains(configDir()));
        QVERIFY(r.err.isEmpty());
        QVERIFY2(!QFileInfo::exists(configDir()), "list must not create anything");
    }

    void listPrintsATable()
    {
        writeConfig(twoDrives);
        const Run r = list();
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).simplified(), QStringLiteral("Name Source Target Every Mode Enabled"));
        QCOMPARE(lines.at(1).simplified(),
                 QStringLiteral("Photos /home/a/Pictures /mnt/usb/Pictures 12 hours Mirror yes"));
        QCOMPARE(lines.at(2).simplified(),
                 QStringLiteral("Music library /home/a/Music /mnt/usb/Music 1 day Update no"));
        // Columns line up: every column starts at the same place on every line.
        const qsizetype targetColumn = lines.at(0).indexOf(QStringLiteral("Target"));
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("/mnt/usb/Pictures")), targetColumn);
        QCOMPARE(lines.at(2).indexOf(QStringLiteral("/mnt/usb/Music")), targetColumn);
        for (const QString &line : lines)
            QVERIFY(!line.endsWith(u' '));
    }

    void listAsJsonHasTheProtocolsForm()
    {
        writeConfig(twoDrives);
        const Run r = list({ QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject drives = QJsonDocument::fromJson(r.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("Drives"))
                                           .toObject();
        QCOMPARE(drives.keys(),
                 QStringList({ QStringLiteral("Music library"), QStringLiteral("Photos") }));
        const QJsonObject photos = drives.value(QStringLiteral("Photos")).toObject();
        QCOMPARE(photos.value(QStringLiteral("Source")).toString(),
                 QStringLiteral("/home/a/Pictures"));
        QCOMPARE(photos.value(QStringLiteral("Sleep")).toDouble(), 12.0);
        QCOMPARE(photos.value(QStringLiteral("Units")).toString(), QStringLiteral("Hours"));
        QVERIFY(!photos.contains(QStringLiteral("Name")));
    }

    void listReportsWhatItLeftOutAndNeverWrites()
    {
        const QByteArray content = R"({"Version": 1, "Drives": [
            {"Name": "Photos", "Source": "/home/a/Pictures", "Target": "/mnt/usb/Pictures"},
            {"Name": "Broken", "Source": "relative", "Target": "/mnt/usb/x"}]})";
        writeConfig(content);
        const Run r = list();
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Photos")));
        QVERIFY(!r.out.contains(QStringLiteral("Broken")));
        QVERIFY2(r.err.contains(QStringLiteral("warning: Drive \"Broken\" was left out")),
                 qPrintable(r.err));
        QCOMPARE(readConfig(), content);
        QCOMPARE(QDir(configDir()).entryList(QDir::Files).size(), 1);
    }

    void listOfAConfigThatIsNotJson()
    {
        writeConfig("{ oops");
        const Run r = list();
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("No drives are configured")));
        QVERIFY(r.err.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(readConfig(), QByteArray("{ oops"));
    }

    void listOfANewerConfigFails()
    {
        writeConfig(R"({"Version": 7, "Drives": []})");
        const Run r = list();
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readConfig(), QByteArray(R"({"Version": 7, "Drives": []})"));
    }

    void listOfAConfigThatIsNotAFileFailsAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("link to /dev/zero") << QStringLiteral("zero");
        QTest::newRow("pipe") << QStringLiteral("fifo");
    }
    void listOfAConfigThatIsNotAFileFailsAtOnce()
    {
        // /dev/zero made it die of std::bad_alloc; a pipe blocked it for ever.
        QFETCH(QString, kind);
        QVERIFY(QDir().mkpath(configDir()));
        const QByteArray path
                = QFile::encodeName(QDir(configDir()).filePath(QStringLiteral("config.json")));
        if (kind == u"zero")
            QCOMPARE(::symlink("/dev/zero", path.constData()), 0);
        else
            QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        const Run r = list();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a file but a device, a pipe or a folder")),
                 qPrintable(r.err));
    }

    void theConfigFolderDefaultsToTheUsersConfigLocation()
    {
        const QString folder = m_dir.filePath(QStringLiteral("xdg-config/letthatsyncin"));
        QDir().mkpath(folder);
        QFile f(folder + QStringLiteral("/config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(twoDrives);
        f.close();
        const Run r = run({ QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Music library")), qPrintable(r.out + r.err));
    }

    void aRelativeConfigFolderIsFromTheWorkingDirectory()
    {
        writeConfig(twoDrives);
        const Run r = run({ QStringLiteral("list"), QStringLiteral("--config-dir"),
                            QStringLiteral("config") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Photos")));
    }
};

const QByteArray TestCommandLine::twoDrives = R"({"Version": 1, "Drives": [
    {"Name": "Photos", "Source": "/home/a/Pictures", "Target": "/mnt/usb/Pictures", "Sleep": 12, "Units": "Hours"},
    {"Name": "Music library", "Source": "/home/a/Music", "Target": "/mnt/usb/Music", "Mode": "Update", "Enabled": false}
]})";

LTS_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
