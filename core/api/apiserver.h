// ApiServer: the WebSocket endpoint of protocol.md: who may connect (Origin, Host, token), the
// limits, one ApiHandler call per text frame, and the events sent to subscribed clients.
#pragma once

#include "apihandler.h"
#include "eventlog.h"
#include "peeruser.h"
#include "result.h"
#include "settings.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QWebSocketProtocol>

#include <chrono>
#include <functional>
#include <optional>

class QWebSocket;
class QWebSocketCorsAuthenticator;
class QWebSocketServer;

namespace lts {
class HandshakeScreen;
}

namespace lts {

class ApiConnection;

class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    static constexpr qsizetype maxClients = 64;
    // Of those, the places of clients that have not shown they may drive us (no token yet, as
    // another user's): a few, so that such clients cannot keep the user's own scripts out.
    static constexpr qsizetype maxClientsWithoutToken = 8;
    static constexpr quint64 maxMessageBytes = 1024 * 1024; // a frame or a message
    // What may wait to be sent to one client that does not read; past it, it is dropped.
    static constexpr qint64 maxQueuedBytes = 8 * 1024 * 1024;

    // Stable codes of the errors of start().
    static inline const QString invalidAddress = QStringLiteral("Invalid Address");
    static inline const QString tokenRequired = QStringLiteral("Token Required");
    static inline const QString tokenUnavailable = QStringLiteral("Token Unavailable");
    static inline const QString portInUse = QStringLiteral("Port In Use");
    static inline const QString portNotAllowed = QStringLiteral("Port Not Allowed");
    static inline const QString addressNotAvailable = QStringLiteral("Address Not Available");
    static inline const QString listenFailed = QStringLiteral("Listen Failed");

    struct Options
    {
        // An IP address, or "localhost" for 127.0.0.1.
        QString address = QStringLiteral("127.0.0.1");
        // nullopt: the server is off and nothing listens. 0: any free port (tests).
        std::optional<quint16> port = 1800;
        bool requireToken = false;
        QStringList allowedOrigins;
        std::chrono::milliseconds handshakeTimeout{ 5000 };
        // A client that needs the token and has not given it by then is closed (1008).
        std::chrono::milliseconds authenticationTimeout{ 10000 };
        // The user a local client's socket belongs to (tests stand in other users with it).
        std::function<std::optional<uint>(const PeerUser::Endpoint &client,
                                          const PeerUser::Endpoint &server)>
                clientOwner
                = [](const PeerUser::Endpoint &client, const PeerUser::Endpoint &server) {
                      return PeerUser::owner(client, server);
                  };

        // From the settings, where port 0 turns the server off. The caller applies the
        // --ws-address and --ws-port overrides to the settings first.
        static Options fromSettings(const Settings &settings);
    };

    // `handler` and `events` must outlive the server.
    // `token`: what a client that needs one must present (the ApiHandler's token; empty when it
    // could not be read: then only clients that need none are served). `configFolder`: where
    // server.json tells local command-line clients where to connect.
    ApiServer(ApiHandler &handler, EventLog &events, QByteArray token, QString configFolder,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Stops a running server, then listens as `options` say. Returns the port listened on, or
    // 0 when the options turn the server off. On failure nothing listens, error() says why, and
    // the rest of the application goes on without the server.
    Result<quint16> start(const Options &options);
    // Closes every connection (code 1001) and stops listening.
    void stop();

    bool isListening() const;
    QHostAddress address() const; // null when not listening
    quint16 port() const; // 0 when not listening
    // Why the last start() failed, in the user's words; nullopt when it did not.
    const std::optional<Error> &error() const { return m_error; }
    qsizetype clientCount() const { return m_connections.size(); }
    // Bytes waiting to be sent, over all clients: bounded by maxQueuedBytes per client.
    qint64 queuedBytes() const;
    // Connections not being closed.
    qsizetype openConnections() const;

    // A new token (ApiService::regenerateToken): from now on a client that needs one must
    // present this one. Clients that got in with the old token are closed (code 1008, "Token
    // Changed"): whoever has the old token must not stay in. Clients that needed none stay.
    void setToken(QByteArray token);

    // <configFolder>/server.json: {"Address", "Port", "Pid"} while the server listens. Address
    // is where a local client connects (127.0.0.1 when listening on every address).
    static QString serverFilePath(const QString &configFolder);
    // server.json holds an address, a port and a process id: a bigger file is not read.
    static constexpr qint64 maxServerFileBytes = 64 << 10;

    // The "Host" header of a handshake is one of localhost, 127.0.0.1, [::1] or `listen`'s own
    // address (any of this machine's addresses when it listens on all of them), with `port`.
    static bool isAllowedHost(const QByteArray &host, const QHostAddress &listen, quint16 port);

Q_SIGNALS:
    void clientCountChanged(qsizetype count);
    void listeningChanged(bool listening);
    // start() failed: the server is not running, and `error` says why.
    void failed(const lts::Error &error);

private:
    Result<QHostAddress> listenAddress(const Options &options) const;
    Error listenError(const QHostAddress &address, quint16 port) const;
    void checkOrigin(QWebSocketCorsAuthenticator *authenticator) const;
    void accept(QWebSocket *socket);
    bool isOwnersClient(const QWebSocket &socket) const;
    qsizetype strangersWithoutToken() const;
    void receive(ApiConnection &connection, const QString &message);
    void deliver(ApiConnection &connection, const ApiReply &reply);
    void send(ApiConnection &connection, const QString &text);
    void broadcast(const QJsonObject &event);
    void close(ApiConnection &connection, QWebSocketProtocol::CloseCode code,
               const QString &reason);
    void forget(ApiConnection *connection);
    void closeAll();
    void writeServerFile();
    void removeServerFile();

    ApiHandler &m_handler;
    EventLog &m_events;
    QByteArray m_token;
    QString m_configFolder;
    Options m_options;
    HandshakeScreen *m_listener = nullptr; // reads each handshake head first
    QWebSocketServer *m_server = nullptr; // the handshakes that passed, and their WebSockets
    QList<ApiConnection *> m_connections;
    std::optional<Error> m_error;
};

} // namespace lts
