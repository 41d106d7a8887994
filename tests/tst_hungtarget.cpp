// `letthatsyncin --headless` with a drive whose backup disk is a network mount whose server
// went away: every call on the target waits in the kernel (the preloaded hangingpaths
// library). The service keeps answering: ListDrives within a second every time, DriveStats
// and EditDrive of that drive within the NetworkTimeout with words naming the target, AddDrive
// of another drive at once; and the other drive keeps running.
#include "apprunner.h"
#include "files.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>

#include <csignal>
#include <optional>

using namespace lts;

namespace {

struct Response
{
    QJsonObject json;
    qint64 at = -1; // ms since the test's clock started
};

} // namespace

class TestHungTarget : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    QProcess m_service;
    QWebSocket m_client;
    QElapsedTimer m_clock;
    QList<Response> m_responses;
    int m_lastId = 0;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString hung() const { return path(QStringLiteral("nas")); }
    QString hangSwitch() const { return path(QStringLiteral("nas-hangs")); }
    QString configDir() const { return path(QStringLiteral("config")); }

    // Sends `request` with a new id; the time it left.
    int send(QJsonObject request)
    {
        request.insert(QStringLiteral("id"), ++m_lastId);
        m_client.sendTextMessage(
                QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        return m_lastId;
    }
    std::optional<Response> responseTo(int id) const
    {
        for (const Response &response : m_responses) {
            if (response.json.value(u"id").toInt() == id)
                return response;
        }
        return std::nullopt;
    }
    // The response to `request`, and how long it took; nullopt after 20 s.
    std::optional<Response> ask(const QJsonObject &request, qint64 *took = nullptr)
    {
        const qint64 sent = m_clock.elapsed();
        const int id = send(request);
        if (!QTest::qWaitFor([&] { return responseTo(id).has_value(); }, 20000))
            return std::nullopt;
        const std::optional<Response> response = responseTo(id);
        if (took)
            *took = response->at - sent;
        return response;
    }

    int successfulRuns(const QString &drive) const
    {
        int count = 0;
        const QList<QByteArray> lines
                = test::readFile(path(QStringLiteral("data/history.jsonl"))).split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject run = QJsonDocument::fromJson(line).object();
            if (run.value(u"Drive").toString() == drive
                && run.value(u"Result").toString() == u"Success")
                ++count;
        }
        return count;
    }

    // The service with its two drives; the target of Music hangs from the start (even
    // reading the config must not touch it), or only once the service runs.
    void startService(bool hungFromStart)
    {
#ifndef LTS_HANG_PATHS_LIBRARY
        Q_UNUSED(hungFromStart);
#else
        for (const char *folder : { "photos", "photos-backup", "music", "nas", "films" })
            QVERIFY(QDir().mkpath(path(QString::fromLatin1(folder))));
        QVERIFY(test::writeFile(path(QStringLiteral("photos/a.jpg")), "aaa"));
        QVERIFY(test::writeFile(path(QStringLiteral("music/b.mp3")), "bbb"));
        if (hungFromStart)
            QVERIFY(test::writeFile(hangSwitch(), QByteArray()));

        QTcpServer probe; // a free port, given back to the service
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        const auto drive = [](const QString &name, const QString &source, const QString &target,
                              int seconds) {
            return QJsonObject{ { QStringLiteral("Name"), name },
                                { QStringLiteral("Source"), source },
                                { QStringLiteral("Target"), target },
                                { QStringLiteral("Sleep"), seconds },
                                { QStringLiteral("Units"), QStringLiteral("Seconds") } };
        };
        const QJsonObject config{
            { QStringLiteral("Version"), 1 },
            { QStringLiteral("Settings"),
              QJsonObject{ { QStringLiteral("WebSocketPort"), port },
                           { QStringLiteral("NetworkTimeout"), 1 },
                           { QStringLiteral("Durability"), QStringLiteral("Off") } } },
            { QStringLiteral("Drives"),
              QJsonArray{ drive(QStringLiteral("Photos"), path(QStringLiteral("photos")),
                                path(QStringLiteral("photos-backup")), 1),
                          drive(QStringLiteral("Music"), path(QStringLiteral("music")),
                                hung() + QStringLiteral("/music"), 3600) } }
        };
        QVERIFY(test::writeFile(configDir() + QStringLiteral("/config.json"),
                                QJsonDocument(config).toJson()));

        test::AppRunner(m_dir->path())
                .prepare(m_service, { QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                      configDir(), QStringLiteral("--data-dir"),
                                      path(QStringLiteral("data")) });
        QProcessEnvironment env = m_service.processEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LTS_HANG_PATHS_LIBRARY));
        env.insert(QStringLiteral("LTS_HANG_BELOW"), hung());
        env.insert(QStringLiteral("LTS_HANG_SWITCH"), hangSwitch());
        env.insert(QStringLiteral("LTS_HANG_NOTICE"), path(QStringLiteral("hung-once")));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":verify_asan_link_order=0"));
        m_service.setProcessEnvironment(env);
        m_service.start();
        QVERIFY(m_service.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(configDir() + QStringLiteral("/server.json")),
                                  qPrintable(QString::fromUtf8(m_service.readAllStandardError())),
                                  20000);

        connect(&m_client, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_responses.append(
                    { QJsonDocument::fromJson(text.toUtf8()).object(), m_clock.elapsed() });
        });
        m_client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(m_client.state(), QAbstractSocket::ConnectedState, 20000);
        if (!hungFromStart) {
            // Music's first run has made its target: then the server goes away.
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(hung() + QStringLiteral("/music/b.mp3")), 20000);
            QVERIFY(test::writeFile(hangSwitch(), QByteArray()));
        }
#endif
    }

private Q_SLOTS:
    void init()
    {
#ifndef LTS_HANG_PATHS_LIBRARY
        QSKIP("a disk that stops answering is made with LD_PRELOAD, on Linux only");
#else
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_responses.clear();
        m_clock.start();
#endif
    }

    void cleanup()
    {
        m_client.close();
        m_client.disconnect(this);
        // The server answers again: the calls waiting in the kernel go on, and the service
        // can stop as it always does.
        QFile::remove(hangSwitch());
        if (m_service.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_service.processId()), SIGTERM);
            if (!m_service.waitForFinished(20000)) {
                m_service.kill();
                m_service.waitForFinished();
            }
        }
        m_dir.reset();
    }

    void theServiceAnswersWhileATargetDoesNotAnswer_data()
    {
        QTest::addColumn<bool>("hungFromStart");
        QTest::newRow("from the start") << true;
        QTest::newRow("once running") << false;
    }
    void theServiceAnswersWhileATargetDoesNotAnswer()
    {
        QFETCH(bool, hungFromStart);
        startService(hungFromStart);
        if (QTest::currentTestFailed())
            return;
        // Asked of the silent drive at once; their answers come while the rest goes on.
        const qint64 statsSent = m_clock.elapsed();
        const int stats = send({ { QStringLiteral("request"), QStringLiteral("DriveStats") },
                                 { QStringLiteral("Name"), QStringLiteral("Music") } });
        const QString newTarget = hung() + QStringLiteral("/music2");
        const int edit = send({ { QStringLiteral("request"), QStringLiteral("EditDrive") },
                                { QStringLiteral("Name"), QStringLiteral("Music") },
                                { QStringLiteral("Drive"),
                                  QJsonObject{ { QStringLiteral("Target"), newTarget } } } });

        // Scripts polling the list get it within a second, every time.
        QElapsedTimer polling;
        polling.start();
        int polls = 0;
        while (polling.elapsed() < 5000 || polls < 20) {
            qint64 took = -1;
            const std::optional<Response> list
                    = ask({ { QStringLiteral("request"), QStringLiteral("ListDrives") } }, &took);
            QVERIFY2(list, "ListDrives got no answer");
            QVERIFY2(took < 1000, qPrintable(QStringLiteral("ListDrives took %1 ms").arg(took)));
            QVERIFY(list->json.value(u"Drives").toObject().contains(QStringLiteral("Music")));
            ++polls;
        }
        QVERIFY2(QFile::exists(path(QStringLiteral("hung-once"))), "the target never hung");

        // DriveStats and EditDrive of the silent drive: at the deadline, naming its target.
        const std::optional<Response> statsResponse = responseTo(stats);
        QVERIFY(statsResponse);
        QVERIFY2(statsResponse->at - statsSent < 3000,
                 qPrintable(QString::number(statsResponse->at - statsSent)));
        QCOMPARE(statsResponse->json.value(u"Result").toString(), QStringLiteral("Failure"));
        QCOMPARE(statsResponse->json.value(u"Error").toString(),
                 QStringLiteral("Target Unavailable"));
        const QString statsWords = statsResponse->json.value(u"Message").toString();
        QVERIFY2(statsWords.startsWith(
                         QStringLiteral("The target %1/music did not answer within 1").arg(hung())),
                 qPrintable(statsWords));

        const std::optional<Response> editResponse = responseTo(edit);
        QVERIFY(editResponse);
        QVERIFY2(editResponse->at - statsSent < 3000,
                 qPrintable(QString::number(editResponse->at - statsSent)));
        QCOMPARE(editResponse->json.value(u"Result").toString(), QStringLiteral("Failure"));
        QCOMPARE(editResponse->json.value(u"Error").toString(),
                 QStringLiteral("Invalid Target Path"));
        const QString editWords = editResponse->json.value(u"Message").toString();
        QVERIFY2(editWords.startsWith(
                         QStringLiteral("The target %1 did not answer within 1").arg(newTarget)),
                 qPrintable(editWords));
        const QByteArray saved = test::readFile(configDir() + QStringLiteral("/config.json"));
        QVERIFY2(!saved.contains("music2"), "a target that did not answer was saved");

        // An edit that changes neither folder asks no disk: at once.
        qint64 took = -1;
        std::optional<Response> response = ask(
                { { QStringLiteral("request"), QStringLiteral("EditDrive") },
                  { QStringLiteral("Name"), QStringLiteral("Music") },
                  { QStringLiteral("Drive"), QJsonObject{ { QStringLiteral("Sleep"), 2 } } } },
                &took);
        QVERIFY(response);
        QCOMPARE(response->json.value(u"Result").toString(), QStringLiteral("Success"));
        QVERIFY2(took < 1000, qPrintable(QString::number(took)));

        // Another drive, on a disk that answers: added at once, and saved.
        response = ask({ { QStringLiteral("request"), QStringLiteral("AddDrive") },
                         { QStringLiteral("Drives"),
                           QJsonArray{ QJsonObject{
                                   { QStringLiteral("Name"), QStringLiteral("Films") },
                                   { QStringLiteral("Source"), path(QStringLiteral("films")) },
                                   { QStringLiteral("Target"),
                                     path(QStringLiteral("films-backup")) } } } } },
                       &took);
        QVERIFY(response);
        QCOMPARE(response->json.value(u"Result").toString(), QStringLiteral("Success"));
        QVERIFY2(took < 1000, qPrintable(QString::number(took)));
        QVERIFY(test::readFile(configDir() + QStringLiteral("/config.json"))
                        .contains("films-backup"));

        // The other drive kept running all along: a run every second, each one finished.
        QTRY_VERIFY_WITH_TIMEOUT(successfulRuns(QStringLiteral("Photos")) >= 3, 20000);
        QVERIFY(QFile::exists(path(QStringLiteral("photos-backup/a.jpg"))));
        QVERIFY(m_service.state() == QProcess::Running);
    }
};

LTS_TEST_MAIN(TestHungTarget)
#include "tst_hungtarget.moc"
