// ApiServer over a real loopback socket: a whole scripted session, the limits, and every
// security rule of protocol.md ("Transport", "Security"), with real QWebSocket clients and, where
// a client must misbehave, a raw QTcpSocket that speaks the handshake itself.
#include "apihandler.h"
#include "apiserver.h"
#include "apiservice.h"
#include "apitoken.h"
#include "clientframes.h"
#include "drivecodec.h"
#include "eventlog.h"
#include "handshakescreen.h"
#include "peeruser.h"
#include "synccontroller.h"
#include "syncfolders.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lts;

namespace {

constexpr int timeoutMs = 20000;

template<typename Predicate>
bool waitFor(Predicate predicate, int ms = timeoutMs)
{
    return QTest::qWaitFor(predicate, ms);
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// A value deep in a response: at(response, "Drives/Photos/Sleep").
QJsonValue at(const QJsonObject &json, const char *path)
{
    QJsonValue value = json;
    for (const QString &key : text(path).split(u'/')) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex && value.isArray() ? value.toArray().at(index)
                                           : value.toObject().value(key);
    }
    return value;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// A script's connection: responses and events apart, each request answered by its id.
class Client
{
public:
    explicit Client(const QString &origin = QString())
        : m_socket(origin)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_context,
                         [this](const QString &message) {
                             const QJsonObject json = parse(message.toUtf8());
                             if (json.contains(QStringLiteral("event")))
                                 events.append(json);
                             else
                                 responses.append(json);
                         });
        QObject::connect(&m_socket, &QWebSocket::connected, &m_context,
                         [this] { m_connected = true; });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_context,
                         [this] { m_ended = true; });
        QObject::connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                         &m_context, [this] { m_ended = true; });
    }

    static QUrl url(quint16 port)
    {
        QUrl url;
        url.setScheme(QStringLiteral("ws"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        return url;
    }

    // Whether the handshake succeeded.
    bool open(quint16 port, const QByteArray &authorization = QByteArray())
    {
        startOpening(port, authorization);
        waitFor([this] { return m_connected || m_ended; });
        return isOpen();
    }
    void startOpening(quint16 port, const QByteArray &authorization = QByteArray())
    {
        QNetworkRequest request(url(port));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        m_socket.open(request);
    }

    // Sends a request (with an id of its own unless it has one) and waits for its response.
    QJsonObject request(QJsonObject request)
    {
        if (!request.contains(QStringLiteral("id")))
            request.insert(QStringLiteral("id"), ++m_nextId);
        const QJsonValue id = request.value(QStringLiteral("id"));
        return sendText(compact(request), [id](const QJsonObject &response) {
            return response.value(QStringLiteral("id")) == id;
        });
    }
    QJsonObject request(const QByteArray &json) { return request(parse(json)); }

    // Sends any text and waits for the next response.
    QJsonObject sendText(const QByteArray &frame,
                         const std::function<bool(const QJsonObject &)> &matches = {})
    {
        const qsizetype before = responses.size();
        m_socket.sendTextMessage(QString::fromUtf8(frame));
        QJsonObject found;
        waitFor([&] {
            for (qsizetype i = before; i < responses.size(); ++i) {
                if (!matches || matches(responses.at(i))) {
                    found = responses.at(i);
                    return true;
                }
            }
            return m_ended;
        });
        return found;
    }

    QJsonObject sendBinary(const QByteArray &data)
    {
        const qsizetype before = responses.size();
        m_socket.sendBinaryMessage(data);
        waitFor([&] { return responses.size() > before || m_ended; });
        return responses.size() > before ? responses.at(before) : QJsonObject();
    }

    bool waitForEvent(const QString &name)
    {
        return waitFor([&] {
            return std::any_of(events.cbegin(), events.cend(), [&](const QJsonObject &event) {
                return event.value(QStringLiteral("event")).toString() == name;
            });
        });
    }

    QStringList eventNames() const
    {
        QStringList names;
        for (const QJsonObject &event : events)
            names.append(event.value(QStringLiteral("event")).toString());
        return names;
    }

    QList<qint64> eventSeqs() const
    {
        QList<qint64> seqs;
        for (const QJsonObject &event : events)
            seqs.append(event.value(QStringLiteral("Seq")).toInteger());
        return seqs;
    }

    bool waitForClose()
    {
        return waitFor([this] { return m_ended; });
    }
    bool isOpen() const { return m_connected && !m_ended; }
    bool ended() const { return m_ended; }
    QWebSocket &socket() { return m_socket; }
    int closeCode() const { return int(m_socket.closeCode()); }

    QList<QJsonObject> responses;
    QList<QJsonObject> events;

private:
    QWebSocket m_socket;
    bool m_connected = false;
    bool m_ended = false;
    int m_nextId = 0;
    QObject m_context; // last: the connections go before what they use
};

// A client that writes the handshake and the frames itself: a wrong Host, an Origin to see the
// HTTP status, or a client that stops reading.
class RawClient
{
public:
    struct Frame
    {
        int opcode = 0;
        QByteArray payload;
        int closeCode() const
        {
            return payload.size() >= 2 ? (uchar(payload.at(0)) << 8) | uchar(payload.at(1)) : 0;
        }
    };

    explicit RawClient(qint64 readBufferSize = 0)
    {
        if (readBufferSize > 0) {
            // Keep what reaches us small, so the server is the one holding what we do not read.
            m_socket.setReadBufferSize(readBufferSize);
        }
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_context, [this] { pull(); });
    }

    // Sends the handshake and waits for the server's answer; returns its status line.
    QByteArray handshake(quint16 port, const QByteArray &host, const QByteArray &extraHeaders = {})
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (!waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }))
            return {};
        m_socket.write("GET / HTTP/1.1\r\nHost: " + host
                       + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n"
                       + extraHeaders + "\r\n");
        waitFor([this] {
            pull(); // what came with the close
            return m_buffer.contains("\r\n\r\n")
                   || m_socket.state() == QAbstractSocket::UnconnectedState;
        });
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        const QByteArray head = end < 0 ? m_buffer : m_buffer.left(end);
        m_buffer.remove(0, end < 0 ? m_buffer.size() : end + 4);
        return head.split('\r').constFirst();
    }

    // An unmasked text frame, as RFC 6455 forbids a client to send.
    void sendUnmaskedText(const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char(0x81));
        frame.append(char(payload.size())); // under 126 bytes, and no mask bit
        m_socket.write(frame + payload);
    }

    // A masked text frame, as a client must send it.
    void sendText(const QByteArray &payload)
    {
        QByteArray frame;
        frame.append(char(0x81));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char(payload.size() >> 8));
            frame.append(char(payload.size() & 0xff));
        }
        const QByteArray mask("\x12\x34\x56\x78", 4);
        frame.append(mask);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ mask.at(i % 4)));
        m_socket.write(frame);
    }

    std::optional<Frame> nextFrame()
    {
        std::optional<Frame> frame;
        waitFor([&] {
            pull();
            frame = takeFrame();
            return frame || m_socket.state() == QAbstractSocket::UnconnectedState;
        });
        return frame ? frame : takeFrame();
    }

    // From now on nothing is read: the server's data piles up.
    void stopReading() { m_reading = false; }
    QTcpSocket &socket() { return m_socket; }

private:
    void pull()
    {
        if (m_reading)
            m_buffer += m_socket.readAll();
    }

    std::optional<Frame> takeFrame()
    {
        if (m_buffer.size() < 2)
            return std::nullopt;
        qsizetype length = uchar(m_buffer.at(1)) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return std::nullopt;
            length = (uchar(m_buffer.at(2)) << 8) | uchar(m_buffer.at(3));
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return std::nullopt;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | uchar(m_buffer.at(i));
            header = 10;
        }
        if (m_buffer.size() < header + length)
            return std::nullopt;
        Frame frame{ uchar(m_buffer.at(0)) & 0x0f, m_buffer.mid(header, length) };
        m_buffer.remove(0, header + length);
        return frame;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_reading = true;
    QObject m_context; // last: the connection goes before what it uses
};

const QString photos = QStringLiteral("Photos");

} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<ApiHandler> m_handler;
    std::unique_ptr<ApiServer> m_server;
    QByteArray m_token;

    QString configFolder() const { return m_folders->path(QStringLiteral("config")); }

    static ApiServer::Options loopback(bool requireToken = false)
    {
        ApiServer::Options options;
        options.address = QStringLiteral("127.0.0.1");
        options.port = 0; // any free port: never 1800, never the network
        options.requireToken = requireToken;
        return options;
    }

    // The server, listening on loopback; its port.
    quint16 startServer(const ApiServer::Options &options = loopback())
    {
        m_server = std::make_unique<ApiServer>(*m_handler, *m_events, m_token, configFolder());
        const Result<quint16> port = m_server->start(options);
        if (!port) {
            qWarning() << port.error().message;
            return 0;
        }
        return *port;
    }

    QByteArray bearer() const { return "Bearer " + m_token; }

    QJsonObject photosDrive() const
    {
        return { { QStringLiteral("Name"), photos },
                 { QStringLiteral("Source"), m_folders->source().root() },
                 { QStringLiteral("Target"), m_folders->target().root() },
                 { QStringLiteral("Sleep"), 12 },
                 { QStringLiteral("Units"), QStringLiteral("Hour") } };
    }

    // `count` events of about `size` bytes each, as if runs reported them.
    void appendEvents(int count, qsizetype size = 10)
    {
        for (int i = 0; i < count; ++i) {
            m_events->append(
                    QStringLiteral("SyncProgress"),
                    { { QStringLiteral("Drive"), photos },
                      { QStringLiteral("CurrentFile"), QString(size, QLatin1Char('x')) } });
        }
    }

private Q_SLOTS:
    void init()
    {
        m_folders.emplace();
        QVERIFY(m_folders->isValid());
        m_folders->source().write(QStringLiteral("a.jpg"), "aaa");
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = m_folders->path(QStringLiteral("data"));
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
        m_events = std::make_unique<EventLog>(*m_controller);
        const Result<QByteArray> token = ApiToken::loadOrCreate(configFolder());
        QVERIFY2(token, token ? "" : qPrintable(token.error().message));
        m_token = *token;
        m_handler = std::make_unique<ApiHandler>(*m_controller, *m_events, m_token);
    }

    void cleanup()
    {
        m_server.reset();
        m_handler.reset();
        m_events.reset();
        m_controller.reset();
        m_folders.reset();
    }

    void aScriptDrivesTheApplicationFromStartToEnd()
    {
        const quint16 port = startServer();
        QVERIFY(port != 0);
        Client client;
        QVERIFY(client.open(port));
        QTRY_COMPARE(m_server->clientCount(), 1);

        QJsonObject r = client.request(R"({"request": "Subscribe"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(r, "Seq").toInteger(), m_events->lastSeq());
        QVERIFY(client.events.isEmpty()); // nothing is replayed without Since

        // Disabled: only SyncNow runs it, so the events below are those of that run alone.
        QJsonObject drive = photosDrive();
        drive.insert(QStringLiteral("Enabled"), false);
        r = client.request(QJsonObject{
                { QStringLiteral("request"), QStringLiteral("AddDrive") },
                { QStringLiteral("id"), 7 },
                { QStringLiteral("Drives"), QJsonObject{ { QStringLiteral("1"), drive } } } });
        QCOMPARE(at(r, "response").toString(), text("AddDrive"));
        QCOMPARE(at(r, "id").toInt(), 7);
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(r, "Results/0/Name").toString(), photos);
        QVERIFY(client.waitForEvent(QStringLiteral("DriveAdded")));

        r = client.request(R"({"request": "ListDrives"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(r, "Drives/Photos/Source").toString(), m_folders->source().root());
        QCOMPARE(at(r, "Drives/Photos/Sleep").toDouble(), 12.0);
        QCOMPARE(at(r, "Drives/Photos/Units").toString(), text("Hours"));
        QCOMPARE(at(r, "Drives/Photos/Enabled"), QJsonValue(false));
        QCOMPARE(at(r, "Drives/Photos/Status").toString(), text("Paused"));

        r = client.request(R"({"request": "editdrive", "Name": "Photos", "Drive": {"Sleep": 6}})");
        QCOMPARE(at(r, "response").toString(), text("EditDrive"));
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QVERIFY(client.waitForEvent(QStringLiteral("DriveChanged")));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Drives/Photos/Sleep")
                         .toDouble(),
                 6.0);
        client.events.clear();

        r = client.request(R"({"request": "SyncNow", "Name": "Photos"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QVERIFY(client.waitForEvent(QStringLiteral("SyncFinished")));
        const QStringList names = client.eventNames();
        QVERIFY2(names.indexOf(QStringLiteral("SyncStarted")) >= 0, qPrintable(names.join(u',')));
        QVERIFY(names.indexOf(QStringLiteral("SyncStarted"))
                < names.indexOf(QStringLiteral("SyncFinished")));
        QVERIFY2(names.contains(QStringLiteral("StatusChanged")), qPrintable(names.join(u',')));
        const QJsonObject finished
                = client.events.at(names.indexOf(QStringLiteral("SyncFinished")));
        QCOMPARE(at(finished, "Drive").toString(), photos);
        QCOMPARE(at(finished, "Result").toString(), text("Success"));
        QVERIFY(QFile::exists(m_folders->target().path(QStringLiteral("a.jpg"))));
        // Seq grows by one with each event.
        const QList<qint64> seqs = client.eventSeqs();
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);

        r = client.request(R"({"request": "GetStatus", "Name": "Photos"})");
        QCOMPARE(at(r, "Drives/Photos/LastResult").toString(), text("Success"));
        QVERIFY(!at(r, "Drives/Photos/LastSync").isNull());

        r = client.request(R"({"request": "GetHistory"})");
        QCOMPARE(at(r, "Runs/0/Drive").toString(), photos);
        QCOMPARE(at(r, "Runs/0/Result").toString(), text("Success"));
        QCOMPARE(at(r, "Runs/0/Added").toInt(), 1);

        r = client.request(R"({"request": "ResumeDrive", "Name": "Photos"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Drives/Photos/Enabled"),
                 QJsonValue(true));
        r = client.request(R"({"request": "PauseDrive", "Name": "Photos"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Drives/Photos/Enabled"),
                 QJsonValue(false));

        r = client.request(R"({"request": "CancelSync", "Name": "Photos"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(r, "Warning").toString(), text("Not Syncing"));

        r = client.request(R"({"request": "RemoveDrive", "Name": "Photos"})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QVERIFY(client.waitForEvent(QStringLiteral("DriveRemoved")));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Drives"),
                 QJsonValue(QJsonObject()));
        QVERIFY(client.isOpen());
    }

    void theIdComesBackAndBadFramesAreAnswered()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));

        QJsonObject r = client.request(R"({"request": "Hello", "id": {"a": [1, "two"]}})");
        QCOMPARE(at(r, "id"),
                 QJsonValue(QJsonObject{
                         { QStringLiteral("a"), QJsonArray{ 1, QStringLiteral("two") } } }));
        QCOMPARE(at(r, "Protocol").toInt(), 2);

        const QJsonObject malformed{ { QStringLiteral("response"), QStringLiteral("Unknown") },
                                     { QStringLiteral("Result"), QStringLiteral("Failure") },
                                     { QStringLiteral("Error"),
                                       QStringLiteral("Malformed Request") } };
        QCOMPARE(client.sendText("this is not json"), malformed);
        QCOMPARE(client.sendText("[1, 2]"), malformed);
        QCOMPARE(client.sendText(R"({"request": 5})"), malformed);

        r = client.request(R"({"request": "Frobnicate", "id": "f"})");
        QCOMPARE(at(r, "response").toString(), text("Frobnicate"));
        QCOMPARE(at(r, "Error").toString(), text("Unknown Request"));
        QCOMPARE(at(r, "id").toString(), text("f"));
        QVERIFY(client.isOpen());
    }

    void aBinaryFrameIsMalformedAndTheConnectionStays()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        const QJsonObject r = client.sendBinary(QByteArray("\x00\x01\x02", 3));
        QCOMPARE(at(r, "response").toString(), text("Unknown"));
        QCOMPARE(at(r, "Error").toString(), text("Malformed Request"));
        QVERIFY(client.isOpen());
        QCOMPARE(at(client.request(R"({"request": "Hello"})"), "Result").toString(),
                 text("Success"));
    }

    void aMessageOfOneMebibyteIsAnswered()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        // (Escaped, not raw strings: moc does not read raw strings, and these braces are unpaired.)
        const QByteArray head = "{\"request\": \"Hello\", \"id\": 1, \"Pad\": \"";
        const QByteArray tail = "\"}";
        const QByteArray frame
                = head
                  + QByteArray(qsizetype(ApiServer::maxMessageBytes) - head.size() - tail.size(),
                               'x')
                  + tail;
        QCOMPARE(quint64(frame.size()), ApiServer::maxMessageBytes);
        const QJsonObject r = client.sendText(frame);
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QVERIFY(client.isOpen());
    }

    void anOversizedFrameClosesWith1009()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        client.socket().setOutgoingFrameSize(4 * ApiServer::maxMessageBytes); // one frame
        client.socket().sendTextMessage(QString(qsizetype(ApiServer::maxMessageBytes) + 1, u'x'));
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
        QVERIFY(client.responses.isEmpty());
        QTRY_COMPARE(m_server->clientCount(), 0);
    }

    void anOversizedMessageInSmallFramesClosesWith1009()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        client.socket().setOutgoingFrameSize(256 * 1024);
        client.socket().sendTextMessage(QString(qsizetype(ApiServer::maxMessageBytes) + 1, u'x'));
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
        QVERIFY(client.responses.isEmpty());
    }

    void anOversizedMessageIsMeasuredInBytesNotCharacters()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        // Frames that end between characters: Qt 6.4 refuses (1007) a character split across
        // two frames, which is another matter.
        client.socket().setOutgoingFrameSize(3 * 64 * 1024);
        // 400 000 characters, 1 200 000 bytes of UTF-8.
        client.socket().sendTextMessage(QString(400000, QChar(0x20ac)));
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
        QVERIFY(client.responses.isEmpty());
    }

    void theSixtyFifthClientIsRefused()
    {
        const quint16 port = startServer();
        std::vector<std::unique_ptr<Client>> clients;
        for (qsizetype i = 0; i < ApiServer::maxClients; ++i) {
            clients.push_back(std::make_unique<Client>());
            clients.back()->startOpening(port);
        }
        QVERIFY(waitFor([&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                               [](const auto &client) { return client->isOpen(); });
        }));
        QCOMPARE(m_server->clientCount(), ApiServer::maxClients);

        Client refused;
        QVERIFY(!refused.open(port));
        QCOMPARE(m_server->clientCount(), ApiServer::maxClients);
        RawClient raw;
        QCOMPARE(raw.handshake(port, "127.0.0.1:" + QByteArray::number(port)),
                 QByteArray("HTTP/1.1 403 Access Forbidden"));

        // The others are served, and a place that frees up can be taken.
        QCOMPARE(at(clients.front()->request(R"({"request": "Hello"})"), "Result").toString(),
                 text("Success"));
        clients.front()->socket().close();
        QTRY_COMPARE(m_server->clientCount(), ApiServer::maxClients - 1);
        Client late;
        QVERIFY(late.open(port));
        QCOMPARE(at(late.request(R"({"request": "Hello"})"), "Result").toString(), text("Success"));
    }

    void clientsWithoutTheTokenCannotKeepTheOwnerOut()
    {
        // Another user's script, which has no token, opened 64 connections and never spoke:
        // it gets a few places, and the owner's scripts still get in, even when they give the
        // token after connecting, as the command line does.
        bool strangersArriving = true;
        ApiServer::Options options = loopback(true); // here, everyone needs the token
        options.clientOwner = [&strangersArriving](const auto &, const auto &) {
            return std::optional<uint>(PeerUser::currentUser() + (strangersArriving ? 1 : 0));
        };
        const quint16 port = startServer(options);
        std::vector<std::unique_ptr<Client>> strangers;
        for (qsizetype i = 0; i < ApiServer::maxClients; ++i) {
            strangers.push_back(std::make_unique<Client>());
            strangers.back()->startOpening(port);
        }
        const auto count = [&strangers](auto predicate) {
            return std::count_if(strangers.cbegin(), strangers.cend(), predicate);
        };
        QVERIFY(waitFor([&] {
            return count([](const auto &client) { return client->ended(); })
                   == ApiServer::maxClients - ApiServer::maxClientsWithoutToken;
        }));
        QCOMPARE(count([](const auto &client) { return client->isOpen(); }),
                 ApiServer::maxClientsWithoutToken);
        for (const auto &client : strangers) {
            if (client->ended())
                QCOMPARE(client->closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        }

        strangersArriving = false;
        Client owner;
        QVERIFY(owner.open(port));
        QCOMPARE(at(owner.request(QJsonObject{
                            { QStringLiteral("request"), QStringLiteral("Authenticate") },
                            { QStringLiteral("Token"), QString::fromLatin1(m_token) } }),
                    "Result")
                         .toString(),
                 text("Success"));
        QCOMPARE(at(owner.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
    }

    void aClientThatDoesNotGiveTheTokenInTimeIsClosed()
    {
        ApiServer::Options options = loopback(true);
        options.authenticationTimeout = std::chrono::milliseconds(300);
        const quint16 port = startServer(options);
        Client silent;
        Client prompt;
        QVERIFY(silent.open(port));
        QVERIFY(prompt.open(port));
        QCOMPARE(at(prompt.request(QJsonObject{
                            { QStringLiteral("request"), QStringLiteral("Authenticate") },
                            { QStringLiteral("Token"), QString::fromLatin1(m_token) } }),
                    "Result")
                         .toString(),
                 text("Success"));
        QVERIFY(silent.waitForClose());
        QCOMPARE(silent.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY(prompt.isOpen());
        QCOMPARE(at(prompt.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
    }

    void aPageOfAnotherOriginIsRefusedBeforeTheUpgrade()
    {
        const quint16 port = startServer();
        Client page(QStringLiteral("https://evil.example"));
        QVERIFY(!page.open(port));
        QCOMPARE(m_server->clientCount(), 0);

        RawClient raw;
        QCOMPARE(raw.handshake(port, "127.0.0.1:" + QByteArray::number(port),
                               "Origin: https://evil.example\r\n"),
                 QByteArray("HTTP/1.1 403 Access Forbidden"));
    }

    void aBlankOriginIsNotTakenForNone()
    {
        // Browsers always send an Origin; Qt drops a blank one, which then passed for a
        // script's "none".
        ApiServer::Options options = loopback();
        options.allowedOrigins = { QStringLiteral("http://localhost:8080") };
        const quint16 port = startServer(options);
        const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
        for (const QByteArray &origin :
             { QByteArray("Origin: \r\n"), QByteArray("origin:   \t \r\n"),
               QByteArray("X-Other: 1\r\nORIGIN:\r\n") }) {
            RawClient raw;
            QCOMPARE(raw.handshake(port, host, origin),
                     QByteArray("HTTP/1.1 403 Access Forbidden"));
        }
        RawClient script;
        QCOMPARE(script.handshake(port, host), QByteArray("HTTP/1.1 101 Switching Protocols"));
        RawClient allowed; // an Origin of the settings' list still gets in
        QCOMPARE(allowed.handshake(port, host, "Origin: http://localhost:8080\r\n"),
                 QByteArray("HTTP/1.1 101 Switching Protocols"));
    }

    // The frames are followed whatever pieces the stream comes in, through every length form.
    void clientFramesAreFollowedAcrossPieces_data()
    {
        QTest::addColumn<int>("piece");
        for (int piece : { 1, 2, 3, 7, 13, 1 << 20 })
            QTest::addRow("%d bytes at a time", piece) << piece;
    }
    void clientFramesAreFollowedAcrossPieces()
    {
        QFETCH(int, piece);
        auto frame = [](qsizetype length, bool masked) {
            const char mask = masked ? char(0x80) : char(0);
            QByteArray bytes;
            bytes += char(0x82);
            if (length < 126) {
                bytes += char(mask | char(length));
            } else if (length < 65536) {
                bytes += char(mask | 126);
                bytes += char(length >> 8);
                bytes += char(length & 0xff);
            } else {
                bytes += char(mask | 127);
                for (int shift = 56; shift >= 0; shift -= 8)
                    bytes += char((quint64(length) >> shift) & 0xff);
            }
            if (masked)
                bytes += QByteArrayView("abcd");
            // Payload bytes that would read as unmasked headers if taken for one.
            bytes += QByteArray(length, char(0x01));
            return bytes;
        };
        QByteArray stream;
        for (qsizetype length : { 0, 1, 125, 126, 127, 65535, 65536, 70000 })
            stream += frame(length, true);
        const qsizetype unmaskedAt = stream.size();
        stream += frame(5, false) + frame(5, true);

        ClientFrames frames;
        qsizetype passed = 0;
        for (qsizetype at = 0; at < stream.size(); at += piece) {
            const QByteArrayView next = QByteArrayView(stream).sliced(at).first(
                    qMin<qsizetype>(piece, stream.size() - at));
            passed += frames.follow(next);
        }
        QVERIFY(frames.unmaskedFrameSeen());
        // Before it, all; of it, at most its first byte (the mask bit is in the second).
        QVERIFY2(passed == unmaskedAt || (piece == 1 && passed == unmaskedAt + 1),
                 qPrintable(QStringLiteral("%1 of %2").arg(passed).arg(unmaskedAt)));
    }

    void anUnmaskedFrameClosesWith1002()
    {
        // RFC 6455, 5.1: a server must close the connection on a frame that is not masked.
        const quint16 port = startServer();
        RawClient raw;
        QCOMPARE(raw.handshake(port, "127.0.0.1:" + QByteArray::number(port)),
                 QByteArray("HTTP/1.1 101 Switching Protocols"));
        raw.sendText(R"({"request": "Hello", "id": 1})"); // masked: answered
        std::optional<RawClient::Frame> frame = raw.nextFrame();
        QVERIFY(frame);
        QCOMPARE(frame->opcode, 0x1);
        QVERIFY(frame->payload.contains("\"id\":1"));
        raw.sendUnmaskedText(R"({"request": "Hello", "id": 2})");
        frame = raw.nextFrame();
        QVERIFY(frame);
        QCOMPARE(frame->opcode, 0x8); // a close, not a response
        QCOMPARE(frame->closeCode(), int(QWebSocketProtocol::CloseCodeProtocolError));
        QVERIFY(!raw.nextFrame()); // and the connection is gone
    }

    void stoppingDropsClientsStillSendingTheirHandshake()
    {
        const quint16 port = startServer();
        QTcpSocket halfway;
        halfway.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(waitFor([&] { return halfway.state() == QAbstractSocket::ConnectedState; }));
        halfway.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and no end yet
        QVERIFY(halfway.waitForBytesWritten(5000));
        QVERIFY(waitFor([&] { return m_server->isListening(); }));
        QCoreApplication::processEvents(); // the server has read what came
        m_server->stop();
        QVERIFY(waitFor([&] { return halfway.state() == QAbstractSocket::UnconnectedState; }));
    }

    void aHandshakeHeadTooBigIsRefused()
    {
        const quint16 port = startServer();
        RawClient raw;
        const QByteArray big
                = "X-Padding: " + QByteArray(HandshakeScreen::maxHeadBytes, 'a') + "\r\n";
        QCOMPARE(raw.handshake(port, "127.0.0.1:" + QByteArray::number(port), big),
                 QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    }

    void idsBeyondTwoToThe53AreEchoedExactly()
    {
        // A double holds integers exactly up to 2^53 only: 2^53 + 1 came back as 2^53.
        const quint16 port = startServer();
        RawClient raw;
        QCOMPARE(raw.handshake(port, "127.0.0.1:" + QByteArray::number(port)),
                 QByteArray("HTTP/1.1 101 Switching Protocols"));
        for (const QByteArray &id :
             { QByteArray("9007199254740993"), QByteArray("-9007199254740993"),
               QByteArray("123456789012345678901234567890"), QByteArray("1.5"), QByteArray("1e2"),
               QByteArray("{\"b\": 1, \"a\": [1e2, \"x\\\"y\"]}") }) {
            raw.sendText(R"({"request": "Hello", "id": )" + id + "}");
            const std::optional<RawClient::Frame> frame = raw.nextFrame();
            QVERIFY(frame);
            QVERIFY2(frame->payload.contains(QByteArray(R"("id":)" + id + ","))
                             || frame->payload.contains(QByteArray(R"("id":)" + id + "}")),
                     frame->payload.constData());
        }
    }

    void anAllowedOriginIsServed()
    {
        ApiServer::Options options = loopback();
        options.allowedOrigins = { QStringLiteral("https://Dashboard.example:8443/") };
        const quint16 port = startServer(options);
        Client page(QStringLiteral("https://dashboard.example:8443"));
        QVERIFY(page.open(port));
        QCOMPARE(at(page.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
        Client other(QStringLiteral("https://dashboard.example:9000"));
        QVERIFY(!other.open(port));
    }

    void aForeignHostHeaderIsClosedWith1008BeforeAnyMessage()
    {
        const quint16 port = startServer();
        const QByteArray portText = QByteArray::number(port);
        const QByteArrayList foreign{ "evil.example:" + portText,
                                      "127.0.0.1:" + QByteArray::number(port + 1),
                                      "localhost.evil.example:" + portText };
        for (const QByteArray &host : foreign) {
            RawClient raw;
            QCOMPARE(raw.handshake(port, host), QByteArray("HTTP/1.1 101 Switching Protocols"));
            raw.sendText(R"({"request": "ListDrives"})");
            const std::optional<RawClient::Frame> frame = raw.nextFrame();
            QVERIFY2(frame, host.constData());
            QCOMPARE(frame->opcode, 0x8); // a close frame, and no response before it
            QCOMPARE(frame->closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        }
        QTRY_COMPARE(m_server->clientCount(), 0);

        const QByteArrayList local{ "localhost:" + portText, "LOCALHOST:" + portText,
                                    "127.0.0.1:" + portText, "[::1]:" + portText };
        for (const QByteArray &host : local) {
            RawClient raw;
            QCOMPARE(raw.handshake(port, host), QByteArray("HTTP/1.1 101 Switching Protocols"));
            raw.sendText(R"({"request": "Hello", "id": 1})");
            const std::optional<RawClient::Frame> frame = raw.nextFrame();
            QVERIFY2(frame, host.constData());
            QCOMPARE(frame->opcode, 0x1);
            QCOMPARE(at(parse(frame->payload), "Result").toString(), text("Success"));
        }
    }

    void theHostRules_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("allowed");
        const QString loopbackV4 = QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QByteArray("localhost:1800") << loopbackV4 << true;
        QTest::newRow("case") << QByteArray("LocalHost:1800") << loopbackV4 << true;
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:1800") << loopbackV4 << true;
        QTest::newRow("[::1]") << QByteArray("[::1]:1800") << loopbackV4 << true;
        QTest::newRow("listen address")
                << QByteArray("192.0.2.7:1800") << QStringLiteral("192.0.2.7") << true;
        QTest::newRow("other address")
                << QByteArray("192.0.2.8:1800") << QStringLiteral("192.0.2.7") << false;
        QTest::newRow("no port") << QByteArray("localhost") << loopbackV4 << false;
        QTest::newRow("other port") << QByteArray("localhost:1801") << loopbackV4 << false;
        QTest::newRow("bad port") << QByteArray("localhost:18x0") << loopbackV4 << false;
        QTest::newRow("a name") << QByteArray("evil.example:1800") << loopbackV4 << false;
        QTest::newRow("a name like localhost")
                << QByteArray("localhost.evil.example:1800") << loopbackV4 << false;
        QTest::newRow("IPv6 unbracketed") << QByteArray("::1:1800") << loopbackV4 << false;
        QTest::newRow("IPv4 bracketed") << QByteArray("[127.0.0.1]:1800") << loopbackV4 << false;
        QTest::newRow("empty") << QByteArray() << loopbackV4 << false;
        QTest::newRow("every address, loopback")
                << QByteArray("127.0.0.1:1800") << QStringLiteral("0.0.0.0") << true;
        QTest::newRow("every address, a name")
                << QByteArray("evil.example:1800") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("every address, not ours")
                << QByteArray("192.0.2.250:1800") << QStringLiteral("0.0.0.0") << false;
    }

    void theHostRules()
    {
        QFETCH(QByteArray, host);
        QFETCH(QString, listen);
        QFETCH(bool, allowed);
        QCOMPARE(ApiServer::isAllowedHost(host, QHostAddress(listen), 1800), allowed);
    }

    void theTokenCanBeGivenWithAuthenticate()
    {
        const quint16 port = startServer(loopback(true));
        Client client;
        QVERIFY(client.open(port));
        QCOMPARE(at(client.request(R"({"request": "Hello"})"), "Result").toString(),
                 text("Success"));
        QJsonObject r = client.request(R"({"request": "ListDrives"})");
        QCOMPARE(at(r, "Result").toString(), text("Failure"));
        QCOMPARE(at(r, "Error").toString(), text("Not Authenticated"));

        r = client.request(R"({"request": "Authenticate", "Token": "wrong"})");
        QCOMPARE(at(r, "Error").toString(), text("Invalid Token"));
        r = client.request(
                QJsonObject{ { QStringLiteral("request"), QStringLiteral("Authenticate") },
                             { QStringLiteral("Token"), QString::fromLatin1(m_token) } });
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
    }

    void theTokenCanBeGivenInTheHandshake()
    {
        const quint16 port = startServer(loopback(true));
        Client client;
        QVERIFY(client.open(port, bearer()));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));

        Client lowercase;
        QVERIFY(lowercase.open(port, "bearer " + m_token));
        QCOMPARE(at(lowercase.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));

        Client wrong;
        QVERIFY(wrong.open(port, "Bearer " + QByteArray(m_token.size(), '0')));
        QCOMPARE(at(wrong.request(R"({"request": "ListDrives"})"), "Error").toString(),
                 text("Not Authenticated"));
    }

    void withRequireTokenEverythingButHelloWaitsForTheToken()
    {
        const quint16 port = startServer(loopback(true));
        Client client;
        QVERIFY(client.open(port));
        for (const QString &name : ApiHandler::requestNames()) {
            if (name == u"Hello" || name == u"Authenticate")
                continue;
            const QJsonObject r = client.request(QJsonObject{ { QStringLiteral("request"), name },
                                                              { QStringLiteral("Name"), photos } });
            QCOMPARE(at(r, "response").toString(), name);
            QCOMPARE(at(r, "Error").toString(), text("Not Authenticated"));
        }
        // Not subscribed, so no event reaches it.
        appendEvents(1);
        QCOMPARE(at(client.request(R"({"request": "Hello"})"), "Result").toString(),
                 text("Success"));
        QVERIFY(client.events.isEmpty());
    }

    void fiveFailedAuthenticationsCloseWith1008()
    {
        const quint16 port = startServer(loopback(true));
        Client client;
        QVERIFY(client.open(port));
        for (int i = 1; i <= ApiHandler::maxFailedAuthentications; ++i) {
            QVERIFY(client.isOpen());
            const QJsonObject r
                    = client.request(R"({"request": "Authenticate", "Token": "guess"})");
            QCOMPARE(at(r, "Error").toString(), text("Invalid Token"));
        }
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QTRY_COMPARE(m_server->clientCount(), 0);
    }

    void aLocalClientOfTheSameUserNeedsNoToken()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
    }

    void listeningBeyondLoopbackNeedsRequireToken()
    {
        m_server = std::make_unique<ApiServer>(*m_handler, *m_events, m_token, configFolder());
        QSignalSpy failed(m_server.get(), &ApiServer::failed);
        for (const QString &address :
             { QStringLiteral("0.0.0.0"), QStringLiteral("::"), QStringLiteral("192.0.2.7") }) {
            ApiServer::Options options = loopback();
            options.address = address;
            const Result<quint16> started = m_server->start(options);
            QVERIFY(!started);
            QCOMPARE(started.error().code, ApiServer::tokenRequired);
            QVERIFY2(started.error().message.contains(QStringLiteral("RequireToken")),
                     qPrintable(started.error().message));
            QVERIFY(!m_server->isListening());
            QCOMPARE(m_server->error(), std::optional<Error>(started.error()));
        }
        QCOMPARE(failed.count(), 3);
        QVERIFY(!QFile::exists(ApiServer::serverFilePath(configFolder())));

        ApiServer::Options options = loopback();
        options.address = QStringLiteral("not an address");
        const Result<quint16> started = m_server->start(options);
        QVERIFY(!started);
        QCOMPARE(started.error().code, ApiServer::invalidAddress);

        options.address = QStringLiteral("localhost"); // 127.0.0.1
        QVERIFY(m_server->start(options));
        QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!m_server->error());
    }

    void aTakenPortIsReportedAndTheApplicationGoesOn()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        ApiServer::Options options = loopback();
        options.port = other.serverPort();
        m_server = std::make_unique<ApiServer>(*m_handler, *m_events, m_token, configFolder());
        QSignalSpy failed(m_server.get(), &ApiServer::failed);
        const Result<quint16> started = m_server->start(options);
        QVERIFY(!started);
        QCOMPARE(started.error().code, ApiServer::portInUse);
        QVERIFY2(started.error().message.contains(QString::number(other.serverPort())),
                 qPrintable(started.error().message));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!m_server->isListening());
        QCOMPARE(m_server->port(), 0);
        QVERIFY(!QFile::exists(ApiServer::serverFilePath(configFolder())));

        // The application still works, and the server can start elsewhere.
        QVERIFY(m_controller->addDrive(DriveCodec::decode(photosDrive())).errors.isEmpty());
        const Result<quint16> port = m_server->start(loopback());
        QVERIFY(port);
        Client client;
        QVERIFY(client.open(*port));
        QCOMPARE(at(client.request(R"({"request": "ListDrives"})"), "Drives/Photos/Units")
                         .toString(),
                 text("Hours"));
    }

    void noPortMeansNoServer()
    {
        m_server = std::make_unique<ApiServer>(*m_handler, *m_events, m_token, configFolder());
        ApiServer::Options options = loopback();
        options.port = std::nullopt;
        const Result<quint16> started = m_server->start(options);
        QVERIFY(started);
        QCOMPARE(*started, 0);
        QVERIFY(!m_server->isListening());
        QVERIFY(!m_server->error());
        QVERIFY(!QFile::exists(ApiServer::serverFilePath(configFolder())));

        Settings settings;
        settings.webSocketPort = 0;
        QCOMPARE(ApiServer::Options::fromSettings(settings).port, std::nullopt);
        settings.webSocketPort = 1800;
        QCOMPARE(ApiServer::Options::fromSettings(settings).port, std::optional<quint16>(1800));
    }

    void serverJsonTellsLocalClientsWhereToConnect()
    {
        const quint16 port = startServer();
        const QString path = ApiServer::serverFilePath(configFolder());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject server = parse(file.readAll());
        file.close();
        QCOMPARE(at(server, "Address").toString(), text("127.0.0.1"));
        QCOMPARE(at(server, "Port").toInt(), int(port));
        QCOMPARE(at(server, "Port").toInt(), int(m_server->port()));
        QCOMPARE(at(server, "Pid").toInteger(), QCoreApplication::applicationPid());

        m_server->stop();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_server->port(), 0);
        QVERIFY(m_server->start(loopback()));
        QVERIFY(QFile::exists(path));
        m_server.reset();
        QVERIFY(!QFile::exists(path));
    }

    void stoppingClosesTheClients()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        QSignalSpy listening(m_server.get(), &ApiServer::listeningChanged);
        m_server->stop();
        QCOMPARE(listening.count(), 1);
        QCOMPARE(listening.at(0).at(0).toBool(), false);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
        QTRY_COMPARE(m_server->clientCount(), 0);
    }

    void aClientThatReconnectsGetsWhatItMissed()
    {
        const quint16 port = startServer();
        qint64 lastSeen = 0;
        {
            Client client;
            QVERIFY(client.open(port));
            client.request(R"({"request": "Subscribe"})");
            appendEvents(3);
            QTRY_COMPARE(client.events.size(), 3);
            lastSeen = client.eventSeqs().last();
        }
        appendEvents(2); // while it is away
        Client client;
        QVERIFY(client.open(port));
        const QJsonObject r = client.request(
                QJsonObject{ { QStringLiteral("request"), QStringLiteral("Subscribe") },
                             { QStringLiteral("Since"), lastSeen } });
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QVERIFY(!r.contains(QStringLiteral("Warning")));
        QCOMPARE(at(r, "Seq").toInteger(), lastSeen + 2);
        // The replay comes right after the response, then the stream goes on.
        QCOMPARE(client.eventSeqs(), (QList<qint64>{ lastSeen + 1, lastSeen + 2 }));
        appendEvents(2);
        QTRY_COMPARE(client.events.size(), 4);
        QCOMPARE(client.eventSeqs(),
                 (QList<qint64>{ lastSeen + 1, lastSeen + 2, lastSeen + 3, lastSeen + 4 }));
    }

    void replayAndStreamLoseAndRepeatNothing()
    {
        const quint16 port = startServer();
        Client client;
        QVERIFY(client.open(port));
        appendEvents(5);
        // Events are appended while the request is on its way, and after it.
        client.socket().sendTextMessage(
                QStringLiteral(R"({"request": "Subscribe", "Since": 2, "id": 1})"));
        appendEvents(3);
        QVERIFY(waitFor([&] { return !client.responses.isEmpty(); }));
        appendEvents(3);
        QTRY_COMPARE(client.events.size(), 9);
        QList<qint64> expected;
        for (qint64 seq = 3; seq <= 11; ++seq)
            expected.append(seq);
        QCOMPARE(client.eventSeqs(), expected);
    }

    void tooOldASinceIsWarnedAbout()
    {
        const quint16 port = startServer();
        appendEvents(int(EventLog::capacity) + 10);
        Client client;
        QVERIFY(client.open(port));
        const QJsonObject r = client.request(R"({"request": "Subscribe", "Since": 1})");
        QCOMPARE(at(r, "Result").toString(), text("Success"));
        QCOMPARE(at(r, "Warning").toString(), text("Events Lost"));
        QTRY_COMPARE(client.events.size(), EventLog::capacity);
        QCOMPARE(client.eventSeqs().first(), 11);
        QCOMPARE(client.eventSeqs().last(), m_events->lastSeq());
    }

    // The established connections whose local end is the server's port (Linux:
    // /proc/net/tcp). One the server let go waits in the kernel to send its last bytes
    // (FIN_WAIT1): no file descriptor and no memory of the application's hold it.
    static int serverSideConnections(quint16 port)
    {
        QFile table(QStringLiteral("/proc/net/tcp"));
        if (!table.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray local
                = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
        int count = 0;
        for (const QByteArray &line : table.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            constexpr char established[] = "01";
            if (fields.size() > 3 && fields.at(1).endsWith(local) && fields.at(3) == established)
                ++count;
        }
        return count;
    }

    void aClientThatDoesNotReadIsDroppedAndMemoryStaysBounded()
    {
        const quint16 port = startServer();
        Client reader;
        QVERIFY(reader.open(port));
        reader.request(R"({"request": "Subscribe"})");

        RawClient sleeper(4096);
        QCOMPARE(sleeper.handshake(port, "127.0.0.1:" + QByteArray::number(port)),
                 QByteArray("HTTP/1.1 101 Switching Protocols"));
        sleeper.sendText(R"({"request": "Subscribe", "id": 1})");
        const std::optional<RawClient::Frame> subscribed = sleeper.nextFrame();
        QVERIFY(subscribed);
        QCOMPARE(at(parse(subscribed->payload), "Result").toString(), text("Success"));
        sleeper.stopReading();
        QCOMPARE(m_server->clientCount(), 2);

        constexpr qsizetype eventSize = 128 * 1024;
        constexpr int batch = 8; // 1 MiB
        int sent = 0;
        while (m_server->clientCount() == 2 && sent < 100 * batch) {
            appendEvents(batch, eventSize);
            sent += batch;
            QVERIFY2(m_server->queuedBytes()
                             <= ApiServer::maxQueuedBytes + (batch + 1) * (eventSize + 200),
                     qPrintable(QString::number(m_server->queuedBytes())));
            // The client that reads keeps up.
            QVERIFY(waitFor([&] { return reader.events.size() == sent; }));
        }
        QCOMPARE(m_server->clientCount(), 1);
        QVERIFY(reader.isOpen());
        QCOMPARE(reader.events.size(), sent);
        QVERIFY(m_server->queuedBytes() <= ApiServer::maxQueuedBytes);
        // Dropped for real: its connection is gone on the server's side, with what waited for
        // it, instead of being kept until it reads; only the reader's stays.
        if (QFile::exists(QStringLiteral("/proc/net/tcp")))
            QVERIFY(waitFor([&] { return serverSideConnections(port) == 1; }));
    }

    void aHandshakeThatNeverComesIsDropped()
    {
        ApiServer::Options options = loopback();
        options.handshakeTimeout = std::chrono::milliseconds(200);
        const quint16 port = startServer(options);
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(idle.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, timeoutMs);
        QCOMPARE(m_server->clientCount(), 0);
    }

    void theTokenFileIsTheOwnersOnlyAndKept()
    {
        const QString path = ApiToken::filePath(configFolder());
        QVERIFY(QFile::exists(path)); // made by init()
        QCOMPARE(m_token.size(), 2 * ApiToken::randomBytes);
        QVERIFY(QByteArray::fromHex(m_token).toHex() == m_token);
#ifdef Q_OS_UNIX
        struct stat status = {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
#endif
        const Result<QByteArray> again = ApiToken::loadOrCreate(configFolder());
        QVERIFY(again);
        QCOMPARE(*again, m_token);
        QCOMPARE(QDir(configFolder())
                         .entryList({ QStringLiteral("token*") }, QDir::Files | QDir::Hidden),
                 QStringList{ QStringLiteral("token") });

        // Another folder, another token.
        const Result<QByteArray> other
                = ApiToken::loadOrCreate(m_folders->path(QStringLiteral("other")));
        QVERIFY(other);
        QVERIFY(*other != m_token);
    }

    void aTokenFileOthersMayReadIsReported()
    {
#ifndef Q_OS_UNIX
        QSKIP("permission bits are a POSIX matter");
#else
        const QString path = ApiToken::filePath(configFolder());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                    | QFile::ReadOther));
        const Result<QByteArray> token = ApiToken::loadOrCreate(configFolder());
        QVERIFY(!token);
        QCOMPARE(token.error().code, ApiToken::tokenUnsafe);
        QVERIFY2(token.error().message.contains(path), qPrintable(token.error().message));
        QVERIFY2(token.error().message.contains(QStringLiteral("0644")),
                 qPrintable(token.error().message));
        // Reported, never replaced: it may be one the user chose.
        QCOMPARE(QFile(path).size(), m_token.size() + 1);
#endif
    }

    void aTokenFileOfAnotherUserIsReportedAsSuch()
    {
        // Its owner may have chosen the token: said so, not taken for a matter of permissions.
        LTS_SKIP_IF_ROOT();
        const QString path = ApiToken::filePath(configFolder());
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), path)
                || QFile::link(QStringLiteral("/etc/passwd"), path));
        const Result<QByteArray> token = ApiToken::loadOrCreate(configFolder());
        QVERIFY(!token);
        QCOMPARE(token.error().code, ApiToken::tokenUnsafe);
        QVERIFY2(token.error().message.contains(QStringLiteral("belongs to another user")),
                 qPrintable(token.error().message));
        QVERIFY2(!token.error().message.contains(QStringLiteral("permissions")),
                 qPrintable(token.error().message));
    }

    void aTokenThatIsAPipeIsReportedWithoutWaiting()
    {
        const QString path = ApiToken::filePath(configFolder());
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const Result<QByteArray> token = ApiToken::loadOrCreate(configFolder());
        QVERIFY(!token);
        QCOMPARE(token.error().code, ApiToken::tokenUnreadable);
    }

    void anUnreadableOrEmptyTokenFileIsReported()
    {
        const QString path = ApiToken::filePath(configFolder());
        QVERIFY(QFile::resize(path, 0));
        Result<QByteArray> token = ApiToken::loadOrCreate(configFolder());
        QVERIFY(!token);
        QCOMPARE(token.error().code, ApiToken::tokenInvalid);

        LTS_SKIP_IF_ROOT();
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        token = ApiToken::loadOrCreate(configFolder());
        QVERIFY(!token);
        QCOMPARE(token.error().code, ApiToken::tokenUnreadable);
        QVERIFY2(token.error().message.contains(path), qPrintable(token.error().message));
    }

    void theSocketOwnerIsReadFromProcNet_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<QString>("clientAddress");
        QTest::addColumn<int>("clientPort");
        QTest::addColumn<QString>("serverAddress");
        QTest::addColumn<int>("serverPort");
        QTest::addColumn<int>("uid"); // -1: not found

        // As the kernel prints them on a little-endian machine; 0x0708 is port 1800, 0xD431 54321.
        const QByteArray tcp = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when "
                               "retrnsmt   uid  timeout inode\n"
                               "   0: 0100007F:0708 00000000:0000 0A 00000000:00000000 00:00000000 "
                               "00000000  1000        0 100 1 0000000000000000 100 0 0 10 0\n"
                               "   1: 0100007F:0708 0100007F:D431 01 00000000:00000000 00:00000000 "
                               "00000000  1000        0 101 1 0000000000000000 20 4 30 10 -1\n"
                               "   2: 0100007F:D431 0100007F:0708 01 00000000:00000000 00:00000000 "
                               "00000000  1001        0 102 1 0000000000000000 20 4 30 10 -1\n"
                               "   3: 0100007F:D432 0100007F:0708 06 00000000:00000000 03:00000000 "
                               "00000000     0        0 0 3 0000000000000000\n";
        const QByteArray tcp6
                = "  sl  local_address                         remote_address                      "
                  "  st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
                  "   0: 00000000000000000000000001000000:D433 "
                  "00000000000000000000000001000000:0708 01 00000000:00000000 00:00000000 00000000 "
                  " 1002        0 103 1 0000000000000000 20 4 30 10 -1\n"
                  "   1: 0000000000000000FFFF00000100007F:D434 "
                  "0000000000000000FFFF00000100007F:0708 01 00000000:00000000 00:00000000 00000000 "
                  " 1003        0 104 1 0000000000000000 20 4 30 10 -1\n";
        const QString v4 = QStringLiteral("127.0.0.1");
        const QString v6 = QStringLiteral("::1");
        QTest::newRow("the client's socket") << tcp << v4 << 54321 << v4 << 1800 << 1001;
        QTest::newRow("not the server's side") << tcp << v4 << 1800 << v4 << 54321 << 1000;
        QTest::newRow("no such connection") << tcp << v4 << 54399 << v4 << 1800 << -1;
        QTest::newRow("time-wait is not a client") << tcp << v4 << 54322 << v4 << 1800 << -1;
        QTest::newRow("IPv6") << tcp6 << v6 << 54323 << v6 << 1800 << 1002;
        QTest::newRow("IPv4 mapped into IPv6") << tcp6 << v4 << 54324 << v4 << 1800 << 1003;
        QTest::newRow("mapped form asked") << tcp6 << QStringLiteral("::ffff:127.0.0.1") << 54324
                                           << QStringLiteral("::ffff:127.0.0.1") << 1800 << 1003;
        QTest::newRow("empty") << QByteArray() << v4 << 54321 << v4 << 1800 << -1;
        QTest::newRow("garbage") << QByteArray("1: zz:yy xx:ww 01 a b c d\n\n") << v4 << 54321 << v4
                                 << 1800 << -1;
    }

    void theSocketOwnerIsReadFromProcNet()
    {
        if (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
            QSKIP("the table is written as a little-endian kernel prints it");
        QFETCH(QByteArray, table);
        QFETCH(QString, clientAddress);
        QFETCH(int, clientPort);
        QFETCH(QString, serverAddress);
        QFETCH(int, serverPort);
        QFETCH(int, uid);
        const std::optional<uint> owner
                = PeerUser::ownerIn(table, { QHostAddress(clientAddress), quint16(clientPort) },
                                    { QHostAddress(serverAddress), quint16(serverPort) });
        QCOMPARE(owner ? int(*owner) : -1, uid);
    }

    void theOwnerOfARealLoopbackSocketIsThisUser()
    {
        if (!PeerUser::canTell)
            QSKIP("this system does not tell who owns a socket");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY(server.hasPendingConnections());
        const std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
        const std::optional<uint> owner
                = PeerUser::owner({ accepted->peerAddress(), accepted->peerPort() },
                                  { accepted->localAddress(), accepted->localPort() });
        QVERIFY(owner);
        QCOMPARE(*owner, PeerUser::currentUser());
    }

    // ApiService::regenerateToken (the Settings dialog's "Regenerate..."): the old token stops
    // working at once, on open connections too, and the new one works in both places.
    void aRegeneratedTokenReplacesTheOldOne()
    {
        ApiService service(*m_controller, configFolder());
        QCOMPARE(service.token(), m_token);
        const Result<quint16> port = service.server().start(loopback(true));
        QVERIFY2(port && *port != 0, port ? "" : qPrintable(port.error().message));

        Client before; // got in with the old token
        QVERIFY(before.open(*port, bearer()));
        QCOMPARE(at(before.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
        Client waiting; // connected, not authenticated yet
        QVERIFY(waiting.open(*port));
        QTRY_COMPARE(service.server().clientCount(), 2);

        const Result<QByteArray> regenerated = service.regenerateToken();
        QVERIFY2(regenerated, regenerated ? "" : qPrintable(regenerated.error().message));
        const QByteArray token = *regenerated;
        QVERIFY(token != m_token);
        QCOMPARE(token.size(), 2 * ApiToken::randomBytes);
        QCOMPARE(service.token(), token);
        // In the file, owner only, with no temporary file left beside it.
        const Result<QByteArray> saved = ApiToken::loadOrCreate(configFolder());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(*saved, token);
#ifdef Q_OS_UNIX
        struct stat status = {};
        QCOMPARE(stat(QFile::encodeName(ApiToken::filePath(configFolder())).constData(), &status),
                 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
#endif
        QCOMPARE(QDir(configFolder())
                         .entryList({ QStringLiteral("token*") }, QDir::Files | QDir::Hidden),
                 QStringList{ QStringLiteral("token") });

        // Whoever has the old token is out: the connection it opened is closed, a new one and
        // Authenticate are refused.
        QVERIFY(before.waitForClose());
        QCOMPARE(before.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(before.socket().closeReason(), text("Token Changed"));
        Client old;
        QVERIFY(old.open(*port, bearer()));
        QCOMPARE(at(old.request(R"({"request": "ListDrives"})"), "Error").toString(),
                 text("Not Authenticated"));
        const auto authenticate = [](const QByteArray &with) {
            return QJsonObject{ { QStringLiteral("request"), QStringLiteral("Authenticate") },
                                { QStringLiteral("Token"), QString::fromLatin1(with) } };
        };
        QCOMPARE(at(waiting.request(authenticate(m_token)), "Error").toString(),
                 text("Invalid Token"));

        // The new one gets in, with Authenticate and in the handshake.
        QCOMPARE(at(waiting.request(authenticate(token)), "Result").toString(), text("Success"));
        QCOMPARE(at(waiting.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
        Client fresh;
        QVERIFY(fresh.open(*port, "Bearer " + token));
        QCOMPARE(at(fresh.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
    }

    void aRegeneratedTokenLeavesClientsThatNeedNoneConnected()
    {
        if (!PeerUser::canTell)
            QSKIP("this system does not tell who owns a socket");
        ApiService service(*m_controller, configFolder());
        const Result<quint16> port = service.server().start(loopback());
        QVERIFY2(port && *port != 0, port ? "" : qPrintable(port.error().message));
        Client local; // this user, on this machine: no token needed
        QVERIFY(local.open(*port));
        QVERIFY(service.regenerateToken());
        QCOMPARE(at(local.request(R"({"request": "ListDrives"})"), "Result").toString(),
                 text("Success"));
        QVERIFY(local.isOpen());
    }

    void regeneratingReplacesATokenFileThatCannotBeUsed()
    {
        const QString path = ApiToken::filePath(configFolder());
        QVERIFY(QFile::resize(path, 0));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                    | QFile::ReadOther));
        QVERIFY(!ApiToken::loadOrCreate(configFolder()));

        const Result<QByteArray> token = ApiToken::regenerate(configFolder());
        QVERIFY2(token, token ? "" : qPrintable(token.error().message));
        const Result<QByteArray> loaded = ApiToken::loadOrCreate(configFolder());
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(*loaded, *token);
    }
};

LTS_TEST_MAIN(TestApiServer)
#include "tst_apiserver.moc"
