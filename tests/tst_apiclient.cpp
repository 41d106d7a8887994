// ApiClient, the command line's way to the running instance: it finds the instance through
// server.json only while the process named there lives, and it sends neither a request nor
// the API token to a listener that is not the user's own (a port another user took).
#include "apiclient.h"
#include "apitoken.h"
#include "commandline.h"
#include "files.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace lts;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    GlobalOptions options() const
    {
        GlobalOptions options;
        options.configDir = m_dir.filePath(QStringLiteral("config"));
        options.dataDir = m_dir.filePath(QStringLiteral("data"));
        return options;
    }

    void writeServerFile(quint16 port, qint64 pid,
                         const QString &address = QStringLiteral("127.0.0.1")) const
    {
        const QJsonObject server{ { QStringLiteral("Address"), address },
                                  { QStringLiteral("Port"), port },
                                  { QStringLiteral("Pid"), pid } };
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("config/server.json")),
                                QJsonDocument(server).toJson()));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(ApiToken::loadOrCreate(options().configDir));
    }

    void aListenerOfAnotherUserGetsNeitherTheRequestNorTheToken_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("loopback") << QHostAddress(QHostAddress::LocalHost);
        // Another user can listen on the address of this machine's network card as well.
        const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
        const auto card = std::find_if(addresses.cbegin(), addresses.cend(), [](const auto &a) {
            return !a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol;
        });
        if (card != addresses.cend())
            QTest::newRow("this machine's network address") << *card;
    }
    void aListenerOfAnotherUserGetsNeitherTheRequestNorTheToken()
    {
        QFETCH(QHostAddress, address);
        // Plays the other user's program: a WebSocket server that keeps what it is sent.
        QWebSocketServer stranger(QStringLiteral("stranger"), QWebSocketServer::NonSecureMode);
        QVERIFY(stranger.listen(address));
        QStringList received;
        QByteArrayList handshakes;
        connect(&stranger, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *client = stranger.nextPendingConnection();
            handshakes.append(client->request().rawHeader("Authorization"));
            connect(client, &QWebSocket::textMessageReceived, this,
                    [&received](const QString &text) { received.append(text); });
        });
        writeServerFile(stranger.serverPort(), QCoreApplication::applicationPid(),
                        address.toString());

        ApiClient::Endpoint endpoint = ApiClient::find(options());
        QVERIFY(endpoint.announced);
        QVERIFY(!endpoint.token.isEmpty());
        endpoint.listenerOwner = [](const PeerUser::Endpoint &, const PeerUser::Endpoint &) {
            return std::optional<uint>(PeerUser::currentUser() + 1);
        };
        const Result<QJsonObject> response = ApiClient::request(
                endpoint, { { QStringLiteral("request"), QStringLiteral("ListDrives") } }, 10000);
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiClient::notYours);
        QVERIFY2(response.error().message.contains(QStringLiteral("another user")),
                 qPrintable(response.error().message));
        QCoreApplication::processEvents();
        QVERIFY(received.isEmpty());
        for (const QByteArray &header : std::as_const(handshakes))
            QVERIFY(header.isEmpty());
    }

    void theUsersOwnInstanceGetsTheTokenOnlyAfterTheCheck()
    {
        // The user's own listener (this process): the token follows, in a message, once the
        // check has said whose the listener is; never in the handshake.
        QWebSocketServer own(QStringLiteral("own"), QWebSocketServer::NonSecureMode);
        QVERIFY(own.listen(QHostAddress::LocalHost));
        QStringList received;
        QByteArrayList handshakes;
        connect(&own, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *client = own.nextPendingConnection();
            handshakes.append(client->request().rawHeader("Authorization"));
            connect(client, &QWebSocket::textMessageReceived, this, [&received, client](const QString &text) {
                received.append(text);
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                if (message.value(QStringLiteral("request")).toString() != u"Authenticate")
                    client->sendTextMessage(QStringLiteral(
                            R"({"response":"ListDrives","id":"letthatsyncin-cli","Result":"Success","Drives":[]})"));
            });
        });
        writeServerFile(own.serverPort(), QCoreApplication::applicationPid());
        ApiClient::Endpoint endpoint = ApiClient::find(options());
        bool checked = false;
        endpoint.listenerOwner
                = [&checked](const PeerUser::Endpoint &, const PeerUser::Endpoint &) {
                      checked = true;
                      return std::optional<uint>(PeerUser::currentUser());
                  };
        const Result<QJsonObject> response = ApiClient::request(
                endpoint, { { QStringLiteral("request"), QStringLiteral("ListDrives") } }, 10000);
        QVERIFY2(response, qPrintable(response ? QString() : response.error().message));
        QVERIFY(checked);
        QCOMPARE(handshakes, QByteArrayList{ QByteArray() });
        QCOMPARE(received.size(), 2);
        QVERIFY(received.at(0).contains(QStringLiteral("Authenticate")));
        QVERIFY(received.at(0).contains(QString::fromLatin1(endpoint.token)));

        // The system's own answer (Linux: /proc/net/tcp) says the same of this process.
        received.clear();
        const ApiClient::Endpoint real = ApiClient::find(options());
        QVERIFY(ApiClient::request(
                real, { { QStringLiteral("request"), QStringLiteral("ListDrives") } }, 10000));
        QCOMPARE(received.size(), 2);
        QVERIFY(received.at(0).contains(QString::fromLatin1(real.token)));
    }

    void aServerFileOfAProcessThatIsGoneIsIgnored()
    {
        // A crash left server.json behind; its process is gone, and whatever listens on its
        // port now is not asked.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QWebSocketServer other(QStringLiteral("other"), QWebSocketServer::NonSecureMode);
        QVERIFY(other.listen(QHostAddress::LocalHost));
        writeServerFile(other.serverPort(), pid);
        const ApiClient::Endpoint endpoint = ApiClient::find(options());
        QVERIFY(!endpoint.announced);
        QVERIFY(endpoint.url.port() != other.serverPort());
    }
};

LTS_TEST_MAIN(TestApiClient)
#include "tst_apiclient.moc"
