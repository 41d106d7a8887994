// Clients of a real `letthatsyncin --headless`: the example scripts of docs/protocol.md, taken
// from the page itself (Python with websockets, JavaScript with Node's ws: if the page and
// the application drift apart, this fails), the command-line client (status, list, send),
// and a client that kills the service right after an AddDrive response.
#include "apprunner.h"
#include "files.h"
#include "syncfolders.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QWebSocket>

#include <csignal>

using namespace lts;

namespace {

// The one fenced block of `language` on the page.
QString codeBlock(const QString &language)
{
    const QString page = QString::fromUtf8(test::readFile(QStringLiteral(LTS_PROTOCOL_PAGE)));
    const QRegularExpression block(QStringLiteral("```") + language + QStringLiteral("\\n(.*?)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    return block.match(page).captured(1);
}

struct ScriptRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestClients : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;
    QProcess m_service;
    quint16 m_port = 0;

    ScriptRun runScript(const QString &program, const QString &script, const QString &fileName)
    {
        const QString path = m_folders->path(fileName);
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write(script.toUtf8());
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LTS_URL"), QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
        // Debian's node-ws lives there; Node from elsewhere does not look there by itself.
        env.insert(QStringLiteral("NODE_PATH"),
                   QStringLiteral("/usr/share/nodejs:/usr/lib/nodejs"));
        process.setProcessEnvironment(env);
        process.start(program, { path, QStringLiteral("Photos") });
        if (!process.waitForFinished(60000))
            process.kill();
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    // Whether `program` runs `check` without an error: the interpreter and its library are here.
    static bool works(const QString &program, const QStringList &check)
    {
        if (program.isEmpty())
            return false;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"),
                   QStringLiteral("/usr/share/nodejs:/usr/lib/nodejs"));
        process.setProcessEnvironment(env);
        process.start(program, check);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }

    QString configDir() const { return m_folders->path(QStringLiteral("config")); }

    void startService()
    {
        test::AppRunner(m_folders->root())
                .prepare(m_service, { QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                      configDir(), QStringLiteral("--data-dir"),
                                      m_folders->path(QStringLiteral("data")) });
        m_service.start();
        QVERIFY(m_service.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(configDir() + QStringLiteral("/server.json")),
                                 20000);
    }

    // The command line, pointed at the service's config folder.
    test::AppRun cli(const QStringList &arguments) const
    {
        return test::AppRunner(m_folders->root())
                .run(arguments + QStringList{ QStringLiteral("--config-dir"), configDir() });
    }

private Q_SLOTS:
    void init()
    {
        m_folders.emplace(test::SyncFolders::Target::Absent);
        QVERIFY(m_folders->isValid());
        m_folders->source()
                .write(QStringLiteral("a.jpg"), "aaa")
                .write(QStringLiteral("b/c.jpg"), "cc");

        QTcpServer probe; // a free port, given back to the service
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_port = probe.serverPort();
        probe.close();

        // Paused: the schedule leaves it alone, so the run is the script's own.
        const QJsonObject drive{ { QStringLiteral("Name"), QStringLiteral("Photos") },
                                 { QStringLiteral("Source"), m_folders->source().root() },
                                 { QStringLiteral("Target"), m_folders->target().root() },
                                 { QStringLiteral("Enabled"), false } };
        const QJsonObject config{ { QStringLiteral("Version"), 1 },
                                  { QStringLiteral("Settings"),
                                    QJsonObject{ { QStringLiteral("WebSocketPort"), m_port } } },
                                  { QStringLiteral("Drives"), QJsonArray{ drive } } };
        const QString configDir = m_folders->path(QStringLiteral("config"));
        QDir().mkpath(configDir);
        QFile file(configDir + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();

        startService();
    }

    void cleanup()
    {
        m_service.terminate();
        if (!m_service.waitForFinished(20000))
            m_service.kill();
        m_folders.reset();
    }

    void thePythonExampleSyncsADriveAndWaitsForIt()
    {
        const QString script = codeBlock(QStringLiteral("python"));
        QVERIFY(script.contains(QStringLiteral("import websockets")));
        QString python = QStringLiteral("/usr/bin/python3"); // Debian's, with python3-websockets
        if (!QFile::exists(python))
            python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!works(python, { QStringLiteral("-c"), QStringLiteral("import websockets") }))
            LTS_SKIP_WITHOUT_SERVER(QStringLiteral("python3 with the websockets library is not "
                                                   "installed (scripts/test.sh installs it)"));

        const ScriptRun run = runScript(python, script, QStringLiteral("sync_now.py"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Photos: Success, 2 added, 0 updated, 0 deleted\n"));
        LTS_COMPARE_TREES(m_folders->target().root(), m_folders->source().root());
    }

    void theJavaScriptExampleSyncsADriveAndWaitsForIt()
    {
        const QString script = codeBlock(QStringLiteral("javascript"));
        QVERIFY(script.contains(QStringLiteral("require('ws')")));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (!works(node, { QStringLiteral("-e"), QStringLiteral("require('ws')") }))
            LTS_SKIP_WITHOUT_SERVER(QStringLiteral("Node.js with the ws package is not installed "
                                                   "(scripts/test.sh installs them)"));

        const ScriptRun run = runScript(node, script, QStringLiteral("sync-now.js"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Photos: Success, 2 added, 0 updated, 0 deleted\n"));
        LTS_COMPARE_TREES(m_folders->target().root(), m_folders->source().root());
    }

    void theCommandLineClientTalksToTheService()
    {
        test::AppRun run = cli({ QStringLiteral("status") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Name ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\nPhotos  Paused")));

        run = cli({ QStringLiteral("send"),
                    QStringLiteral(R"({"request": "SyncNow", "Name": "Photos", "id": 5})") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral(R"({"Result":"Success","id":5,"response":"SyncNow"})") + u'\n');
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_folders->target().path(QStringLiteral("a.jpg"))),
                                 20000);

        run = cli({ QStringLiteral("send"),
                    QStringLiteral(R"({"request": "RemoveDrive", "Name": "Nope"})") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out,
                 QStringLiteral(
                         R"({"Error":"Unknown Drive","Result":"Failure","response":"RemoveDrive"})")
                         + u'\n');

        // list asks the service, which knows the status; --json has the runtime fields.
        run = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject photos
                = QJsonDocument::fromJson(run.out.toUtf8())
                          .object()[QStringLiteral("Drives")][QStringLiteral("Photos")]
                          .toObject();
        QVERIFY2(photos.contains(QStringLiteral("Status")), qPrintable(run.out));
        QCOMPARE(photos.value(QStringLiteral("Source")).toString(), m_folders->source().root());
    }

    void anAddedDriveIsOnDiskWhenTheResponseLeaves()
    {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        // The service dies the moment the response arrives: nothing can be written after it.
        connect(&client, &QWebSocket::textMessageReceived, this,
                [this] { ::kill(pid_t(m_service.processId()), SIGKILL); });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)));
        QVERIFY(connected.wait(20000));
        const QJsonObject music{ { QStringLiteral("Name"), QStringLiteral("Music") },
                                 { QStringLiteral("Source"), m_folders->source().root() },
                                 { QStringLiteral("Target"),
                                   m_folders->path(QStringLiteral("music-backup")) } };
        client.sendTextMessage(QString::fromUtf8(
                QJsonDocument(
                        QJsonObject{ { QStringLiteral("request"), QStringLiteral("AddDrive") },
                                     { QStringLiteral("Drives"), QJsonArray{ music } } })
                        .toJson(QJsonDocument::Compact)));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);
        QVERIFY(received.constFirst().constFirst().toString().contains(
                QStringLiteral("\"Result\":\"Success\"")));
        QTRY_COMPARE_WITH_TIMEOUT(m_service.state(), QProcess::NotRunning, 20000);
        QCOMPARE(m_service.exitStatus(), QProcess::CrashExit);

        startService();
        const test::AppRun run = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(run.out.toUtf8())
                         .object()[QStringLiteral("Drives")]
                         .toObject()
                         .contains(QStringLiteral("Music")),
                 qPrintable(run.out));
    }

    void theCommandLineChoosesThePortOverTheSettings()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString otherConfig = m_folders->path(QStringLiteral("other-config"));
        QProcess other;
        test::AppRunner(m_folders->root())
                .prepare(other, { QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                  otherConfig, QStringLiteral("--data-dir"),
                                  m_folders->path(QStringLiteral("other-data")),
                                  QStringLiteral("--ws-port"), QString::number(port) });
        other.start();
        QVERIFY(other.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(otherConfig + QStringLiteral("/server.json")),
                                 20000);
        const QJsonObject server
                = QJsonDocument::fromJson(
                          test::readFile(otherConfig + QStringLiteral("/server.json")))
                          .object();
        QCOMPARE(server.value(QStringLiteral("Port")).toInt(), int(port));
        // The port the first service holds is taken: the second one runs on without a server.
        const QString thirdConfig = m_folders->path(QStringLiteral("third-config"));
        QProcess third;
        test::AppRunner(m_folders->root())
                .prepare(third, { QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                  thirdConfig, QStringLiteral("--data-dir"),
                                  m_folders->path(QStringLiteral("third-data")),
                                  QStringLiteral("--ws-port"), QString::number(port) });
        third.start();
        QVERIFY(third.waitForStarted());
        QString thirdErr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (thirdErr += QString::fromUtf8(third.readAllStandardError()))
                        .contains(QStringLiteral("The WebSocket server is not running")),
                20000);
        QCOMPARE(third.state(), QProcess::Running);
        for (QProcess *process : { &other, &third }) {
            process->terminate();
            QVERIFY(process->waitForFinished(20000));
            QCOMPARE(process->exitCode(), 0);
        }
    }

    void theExamplesSayWhenTheDriveIsUnknown()
    {
        QString python = QStringLiteral("/usr/bin/python3");
        if (!works(python, { QStringLiteral("-c"), QStringLiteral("import websockets") }))
            LTS_SKIP_WITHOUT_SERVER(
                    QStringLiteral("python3 with the websockets library is not installed"));
        QString script = codeBlock(QStringLiteral("python"));
        script.replace(QStringLiteral("sys.argv[1]"), QStringLiteral("'Nope'"));
        const ScriptRun run = runScript(python, script, QStringLiteral("unknown.py"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Nope: Unknown Drive")), qPrintable(run.err));
    }
};

LTS_TEST_MAIN(TestClients)
#include "tst_clients.moc"
