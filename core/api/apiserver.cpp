#include "apiserver.h"

#include "checkedsocket.h"
#include "handshakescreen.h"
#include "peeruser.h"
#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include <algorithm>

namespace lts {

// One client: its socket and what the protocol remembers about it. Deleted later than its
// socket disconnects, so the session a request is being handled with outlives the request.
class ApiConnection final : public QObject
{
public:
    ApiConnection(QWebSocket *webSocket, QObject *parent)
        : QObject(parent)
        , socket(webSocket)
    {
        socket->setParent(this);
    }

    QWebSocket *const socket;
    ApiSession session;
    bool ownersClient = false; // a program of the user the application runs as, here
    bool needsToken = false; // a client that gets in with the token only
    bool closing = false; // nothing more is handled or sent
    quint64 messageBytes = 0; // UTF-8 bytes of the text message being received
};

namespace {

// Refused clients are told at debug level: QT_LOGGING_RULES="lts.api.server.debug=true".
Q_LOGGING_CATEGORY(lcApiServer, "lts.api.server", QtInfoMsg)

// A client that does not answer our close frame is dropped after this.
constexpr std::chrono::milliseconds closeTimeout{ 5000 };

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// What a frame of text weighs on the wire. Qt counts the characters of the frames before the
// last one, which lets a fragmented message of non-ASCII text grow past the limit.
quint64 utf8Length(QStringView text)
{
    quint64 length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            length += 1;
        } else if (c < 0x800) {
            length += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            length += 4;
            ++i;
        } else {
            length += 3;
        }
    }
    return length;
}

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any)
           || address == QHostAddress(QHostAddress::AnyIPv4)
           || address == QHostAddress(QHostAddress::AnyIPv6);
}

QString endpointText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(address.toString())
                                 : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

// Origins are "scheme://host[:port]"; browsers send them without a trailing slash, people
// sometimes write one, and scheme and host are case-insensitive.
QString normalizedOrigin(const QString &origin)
{
    QString text = origin.trimmed().toLower();
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

} // namespace

ApiServer::Options ApiServer::Options::fromSettings(const Settings &settings)
{
    Options options;
    options.address = settings.webSocketAddress;
    if (settings.webSocketPort > 0 && settings.webSocketPort <= 0xffff)
        options.port = quint16(settings.webSocketPort);
    else
        options.port = std::nullopt;
    options.requireToken = settings.requireToken;
    options.allowedOrigins = settings.allowedOrigins;
    return options;
}

ApiServer::ApiServer(ApiHandler &handler, EventLog &events, QByteArray token, QString configFolder,
                     QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_events(events)
    , m_token(std::move(token))
    , m_configFolder(std::move(configFolder))
    , m_listener(new HandshakeScreen(this))
    , m_server(new QWebSocketServer(QStringLiteral("LetThatSyncIn"),
                                    QWebSocketServer::NonSecureMode, this))
{
    connect(m_listener, &HandshakeScreen::passed, this, [this](QTcpSocket *socket, qsizetype head) {
        m_server->handleConnection(new CheckedSocket(socket, head, m_listener));
    });
    // Called during the handshake, before the upgrade: a refusal is an HTTP 403.
    connect(m_server, &QWebSocketServer::originAuthenticationRequired, this,
            &ApiServer::checkOrigin);
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    connect(m_server, &QWebSocketServer::acceptError, this, [](QAbstractSocket::SocketError error) {
        qCWarning(lcApiServer) << "cannot accept a connection:" << error;
    });
    connect(&m_events, &EventLog::appended, this, &ApiServer::broadcast);
}

ApiServer::~ApiServer()
{
    closeAll();
    removeServerFile();
}

QString ApiServer::serverFilePath(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("server.json"));
}

bool ApiServer::isListening() const
{
    return m_listener->isListening();
}

QHostAddress ApiServer::address() const
{
    return isListening() ? m_listener->serverAddress() : QHostAddress();
}

quint16 ApiServer::port() const
{
    return isListening() ? m_listener->serverPort() : 0;
}

qint64 ApiServer::queuedBytes() const
{
    qint64 total = 0;
    for (const ApiConnection *connection : m_connections)
        total += connection->socket->bytesToWrite();
    return total;
}

Result<quint16> ApiServer::start(const Options &options)
{
    stop();
    m_options = options;
    const auto fail = [this](const Error &error) -> Result<quint16> {
        m_error = error; // the application logs it and shows it in the tray
        Q_EMIT failed(error);
        return error;
    };
    if (!options.port) {
        m_error.reset();
        return quint16(0);
    }
    const Result<QHostAddress> address = listenAddress(options);
    if (!address)
        return fail(address.error());
    if (!address->isLoopback() && !options.requireToken) {
        return fail(Error{
                tokenRequired,
                tr("The WebSocket server does not start on %1: that address can be reached from "
                   "other computers, which needs the RequireToken setting on. Turn RequireToken "
                   "on, or listen on 127.0.0.1.")
                        .arg(address->toString()) });
    }
    if ((options.requireToken || !address->isLoopback()) && m_token.isEmpty()) {
        return fail(Error{ tokenUnavailable,
                           tr("The WebSocket server does not start: RequireToken is on, and the "
                              "API token could not be read.") });
    }

    m_listener->setTimeout(options.handshakeTimeout);
    m_server->setHandshakeTimeout(options.handshakeTimeout);
    if (!m_listener->listen(*address, *options.port))
        return fail(listenError(*address, *options.port));
    m_error.reset();
    writeServerFile();
    Q_EMIT listeningChanged(true);
    return m_listener->serverPort();
}

void ApiServer::stop()
{
    const bool wasListening = m_listener->isListening();
    if (wasListening)
        m_listener->stop();
    for (ApiConnection *connection : std::as_const(m_connections))
        close(*connection, QWebSocketProtocol::CloseCodeGoingAway,
              QStringLiteral("Server Stopped"));
    if (wasListening) {
        removeServerFile();
        Q_EMIT listeningChanged(false);
    }
}

Result<QHostAddress> ApiServer::listenAddress(const Options &options) const
{
    const QString text = options.address.trimmed();
    if (text.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text)) {
        return Error{ invalidAddress,
                      tr("\"%1\" is not an IP address the WebSocket server can listen on, so it "
                         "is off. Use an address such as 127.0.0.1 in the settings or with "
                         "--ws-address.")
                              .arg(text) };
    }
    return address;
}

Error ApiServer::listenError(const QHostAddress &address, quint16 port) const
{
    switch (m_listener->serverError()) {
    case QAbstractSocket::AddressInUseError:
        return { portInUse,
                 tr("Port %1 on %2 is already used by another program, so the WebSocket server "
                    "is off. Choose another port in the settings or with --ws-port.")
                         .arg(port)
                         .arg(address.toString()) };
    case QAbstractSocket::SocketAccessError:
        return { portNotAllowed,
                 tr("The system does not let LetThatSyncIn listen on port %1 (ports below 1024 "
                    "need administrator rights), so the WebSocket server is off. Choose another "
                    "port in the settings or with --ws-port.")
                         .arg(port) };
    case QAbstractSocket::SocketAddressNotAvailableError:
        return { addressNotAvailable,
                 tr("%1 is not an address of this computer, so the WebSocket server is off. "
                    "Choose another address in the settings or with --ws-address.")
                         .arg(address.toString()) };
    default:
        return { listenFailed,
                 tr("The WebSocket server cannot listen on %1 (%2), so it is off.")
                         .arg(endpointText(address, port), m_listener->errorString()) };
    }
}

qsizetype ApiServer::openConnections() const
{
    return std::count_if(m_connections.cbegin(), m_connections.cend(),
                         [](const ApiConnection *connection) { return !connection->closing; });
}

void ApiServer::checkOrigin(QWebSocketCorsAuthenticator *authenticator) const
{
    if (openConnections() >= maxClients) {
        qCDebug(lcApiServer) << "refused a client: already" << maxClients;
        authenticator->setAllowed(false);
        return;
    }
    // Scripts and command-line clients send no Origin; browsers always do.
    const QString origin = normalizedOrigin(authenticator->origin());
    const bool allowed
            = origin.isEmpty()
              || std::any_of(m_options.allowedOrigins.cbegin(), m_options.allowedOrigins.cend(),
                             [&origin](const QString &listed) {
                                 return normalizedOrigin(listed) == origin;
                             });
    if (!allowed)
        qCDebug(lcApiServer) << "refused a client from origin" << authenticator->origin();
    authenticator->setAllowed(allowed);
}

bool ApiServer::isAllowedHost(const QByteArray &host, const QHostAddress &listen, quint16 port)
{
    const QByteArray text = host.trimmed().toLower();
    QByteArray name;
    QByteArray rest;
    const bool bracketed = text.startsWith('[');
    if (bracketed) {
        const qsizetype end = text.indexOf(']');
        if (end < 0)
            return false;
        name = text.sliced(1, end - 1);
        rest = text.sliced(end + 1);
    } else {
        const qsizetype colon = text.lastIndexOf(':');
        name = colon < 0 ? text : text.first(colon);
        rest = colon < 0 ? QByteArray() : text.sliced(colon);
    }
    if (rest.isEmpty()) {
        if (port != 80) // the port of ws:// goes without saying
            return false;
    } else {
        bool ok = false;
        const uint given = rest.startsWith(':') ? rest.sliced(1).toUInt(&ok) : 0;
        if (!ok || given != port)
            return false;
    }
    if (name == "localhost")
        return true;
    QHostAddress address;
    if (name.isEmpty() || !address.setAddress(QString::fromLatin1(name))
        || bracketed != (address.protocol() == QAbstractSocket::IPv6Protocol))
        return false;
    const auto same = [&address](const QHostAddress &other) {
        return address.isEqual(other, QHostAddress::ConvertV4MappedToIPv4);
    };
    if (same(QHostAddress(QHostAddress::LocalHost))
        || same(QHostAddress(QHostAddress::LocalHostIPv6)) || same(listen))
        return true;
    // Listening on every address: any of this machine's addresses is "the listen address". A
    // name is never accepted: DNS rebinding works through names.
    if (isWildcard(listen)) {
        const QList<QHostAddress> local = QNetworkInterface::allAddresses();
        return std::any_of(local.cbegin(), local.cend(), same);
    }
    return false;
}

void ApiServer::accept(QWebSocket *socket)
{
    auto *connection = new ApiConnection(socket, this);
    m_connections.append(connection);
    connect(socket, &QWebSocket::disconnected, this, [this, connection] { forget(connection); });
    Q_EMIT clientCountChanged(m_connections.size());
    if (socket->state() != QAbstractSocket::ConnectedState) {
        forget(connection);
        return;
    }

    // DNS rebinding: a page of another site, whose name now points at 127.0.0.1, would send its
    // own name. Nothing of what such a client sends is read.
    const QByteArray host = socket->request().rawHeader("Host");
    if (!isAllowedHost(host, m_listener->serverAddress(), m_listener->serverPort())) {
        qCDebug(lcApiServer) << "refused a client for its Host header" << host;
        close(*connection, QWebSocketProtocol::CloseCodePolicyViolated,
              QStringLiteral("Host Not Allowed"));
        return;
    }

    socket->setMaxAllowedIncomingFrameSize(maxMessageBytes);
    socket->setMaxAllowedIncomingMessageSize(maxMessageBytes);

    ApiSession &session = connection->session;
    connection->ownersClient = isOwnersClient(*socket);
    connection->needsToken = m_options.requireToken || !connection->ownersClient;
    session.authenticated = !connection->needsToken;
    if (!session.authenticated) {
        const QByteArray authorization = socket->request().rawHeader("Authorization").trimmed();
        const qsizetype space = authorization.indexOf(' ');
        if (space > 0 && authorization.first(space).compare("Bearer", Qt::CaseInsensitive) == 0) {
            if (ApiHandler::sameToken(authorization.sliced(space + 1).trimmed(), m_token))
                session.authenticated = true;
            else
                ++session.failedAuthentications;
        }
    }

    if (!session.authenticated) {
        // Others' clients share a few places; the owner's own, which give the token after
        // they connect when RequireToken is on, are never kept out by them. This one is in
        // the list already: the others are those before it.
        if (!connection->ownersClient && strangersWithoutToken() > maxClientsWithoutToken) {
            qCDebug(lcApiServer) << "refused a client without the token: already"
                                 << maxClientsWithoutToken;
            close(*connection, QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("Too Many Clients Without Token"));
            return;
        }
        QTimer::singleShot(m_options.authenticationTimeout, connection, [this, connection] {
            if (!connection->session.authenticated)
                close(*connection, QWebSocketProtocol::CloseCodePolicyViolated,
                      QStringLiteral("Authentication Timeout"));
        });
    }

    connect(socket, &QWebSocket::textFrameReceived, connection,
            [this, connection](const QString &frame, bool isLastFrame) {
                connection->messageBytes += utf8Length(frame);
                if (connection->messageBytes > maxMessageBytes && !connection->closing) {
                    close(*connection, QWebSocketProtocol::CloseCodeTooMuchData,
                          QStringLiteral("Message Too Big"));
                }
                if (isLastFrame)
                    connection->messageBytes = 0;
            });
    connect(socket, &QWebSocket::textMessageReceived, connection,
            [this, connection](const QString &message) { receive(*connection, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, connection, [this, connection] {
        if (!connection->closing)
            deliver(*connection, ApiHandler::binaryFrame());
    });
}

void ApiServer::setToken(QByteArray token)
{
    m_token = std::move(token);
    // A copy: a client that disconnects at once leaves the list (and is deleted later).
    const QList<ApiConnection *> connections = m_connections;
    for (ApiConnection *connection : connections) {
        if (connection->needsToken && connection->session.authenticated)
            close(*connection, QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("Token Changed"));
    }
}

bool ApiServer::isOwnersClient(const QWebSocket &socket) const
{
    const QHostAddress peer = socket.peerAddress();
    bool isIPv4 = false;
    const QHostAddress plainPeer(peer.toIPv4Address(&isIPv4));
    if (!(isIPv4 ? plainPeer : peer).isLoopback())
        return false;
    if constexpr (PeerUser::canTell) {
        // Another user's script on this machine: only the token tells it may drive us. When
        // the system does not say who it is, it is treated as someone else.
        const std::optional<uint> owner = m_options.clientOwner(
                { peer, socket.peerPort() }, { socket.localAddress(), socket.localPort() });
        if (!owner)
            qCDebug(lcApiServer) << "cannot tell who owns the client socket" << peer
                                 << socket.peerPort();
        return owner && *owner == PeerUser::currentUser();
    } else {
        return true; // the protocol asks for the check only where the system tells
    }
}

qsizetype ApiServer::strangersWithoutToken() const
{
    return std::count_if(m_connections.cbegin(), m_connections.cend(),
                         [](const ApiConnection *connection) {
                             return !connection->closing && !connection->ownersClient
                                    && !connection->session.authenticated;
                         });
}

void ApiServer::receive(ApiConnection &connection, const QString &message)
{
    if (connection.closing)
        return;
    const QPointer<ApiConnection> guard(&connection);
    m_handler.handle(message.toUtf8(), connection.session, &connection,
                     [this, guard](const ApiReply &reply) {
                         if (guard)
                             deliver(*guard, reply);
                     });
}

void ApiServer::deliver(ApiConnection &connection, const ApiReply &reply)
{
    send(connection,
         reply.text.isEmpty() ? compact(reply.response) : QString::fromUtf8(reply.text));
    // Everything here runs on one thread, so no event can be appended between the replay and
    // the stream that broadcast() goes on with: none is lost or sent twice.
    if (reply.replaySince) {
        const EventLog::Replay replay = m_events.since(*reply.replaySince);
        for (const QJsonObject &event : replay.events)
            send(connection, compact(event));
    }
    if (reply.close) {
        close(connection, QWebSocketProtocol::CloseCodePolicyViolated,
              QStringLiteral("Too Many Failed Authentications"));
    }
}

void ApiServer::send(ApiConnection &connection, const QString &text)
{
    if (connection.closing)
        return;
    QWebSocket *socket = connection.socket;
    socket->sendTextMessage(text);
    // A client that does not read would make us keep everything sent to it. A close frame
    // would wait behind that data, so the connection is cut at once.
    if (socket->bytesToWrite() > maxQueuedBytes) {
        qCDebug(lcApiServer) << "dropped a client that does not read:" << socket->bytesToWrite()
                             << "bytes waiting";
        connection.closing = true;
        socket->abort();
        forget(&connection);
    }
}

void ApiServer::broadcast(const QJsonObject &event)
{
    QString text;
    // A copy: a client dropped while sending leaves the list.
    const QList<ApiConnection *> connections = m_connections;
    for (ApiConnection *connection : connections) {
        if (connection->closing || !connection->session.authenticated
            || !connection->session.subscribed)
            continue;
        if (text.isNull())
            text = compact(event);
        send(*connection, text);
    }
}

void ApiServer::close(ApiConnection &connection, QWebSocketProtocol::CloseCode code,
                      const QString &reason)
{
    if (connection.closing)
        return;
    connection.closing = true;
    QWebSocket *socket = connection.socket;
    socket->close(code, reason);
    QTimer::singleShot(closeTimeout, &connection, [socket] { socket->abort(); });
}

void ApiServer::forget(ApiConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    connection->closing = true;
    connection->deleteLater();
    Q_EMIT clientCountChanged(m_connections.size());
}

void ApiServer::closeAll()
{
    const QList<ApiConnection *> connections = std::exchange(m_connections, {});
    for (ApiConnection *connection : connections) {
        QObject::disconnect(connection->socket, nullptr, this, nullptr);
        QObject::disconnect(connection->socket, nullptr, connection, nullptr);
        connection->socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                                  QStringLiteral("Server Stopped"));
        delete connection;
    }
}

void ApiServer::writeServerFile()
{
    // Where a client on this machine connects: every address includes loopback.
    QHostAddress reachable = m_listener->serverAddress();
    if (reachable == QHostAddress(QHostAddress::AnyIPv6))
        reachable = QHostAddress(QHostAddress::LocalHostIPv6);
    else if (isWildcard(reachable))
        reachable = QHostAddress(QHostAddress::LocalHost);
    const QJsonObject server{ { QStringLiteral("Address"), reachable.toString() },
                              { QStringLiteral("Port"), int(m_listener->serverPort()) },
                              { QStringLiteral("Pid"), QCoreApplication::applicationPid() } };
    (void)PrivateFiles::makeFolder(m_configFolder);
    QSaveFile file(serverFilePath(m_configFolder));
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)
        || file.write(QJsonDocument(server).toJson()) < 0 || !file.commit()) {
        // The server works all the same; command-line clients fall back to the settings.
        qCWarning(lcApiServer).noquote()
                << tr("Cannot write %1 (%2): command-line clients will look for the server at "
                      "the address and port of the settings.")
                           .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    }
}

void ApiServer::removeServerFile()
{
    // Only our own: another instance (with another config folder's copy, or after a crash of
    // ours) may have written it since.
    const QString path = serverFilePath(m_configFolder);
    const Result<QByteArray> content = PrivateFiles::readOwnFile(path, maxServerFileBytes);
    if (!content)
        return;
    const QJsonObject server = QJsonDocument::fromJson(*content).object();
    if (server.value(QStringLiteral("Pid")).toInteger() == QCoreApplication::applicationPid())
        QFile::remove(path);
}

} // namespace lts
