#include "apiclient.h"

#include "apiserver.h"
#include "apitoken.h"
#include "commandline.h"
#include "configstore.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTimer>
#include <QWebSocket>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace lts {

namespace {

QByteArray readSmallFile(const QString &path, qint64 maxBytes)
{
    return PrivateFiles::readOwnFile(path, maxBytes).valueOr({});
}

// server.json outlives a crash: the process it names may be gone, or, its number used again,
// be another user's.
bool isOwnProcess(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
#else
    return pid > 0;
#endif
}

QUrl webSocketUrl(QString address, int port)
{
    if (address == u"0.0.0.0" || address.isEmpty())
        address = QStringLiteral("127.0.0.1"); // listening everywhere: loopback is one of them
    else if (address == u"::")
        address = QStringLiteral("::1");
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(address);
    url.setPort(port);
    return url;
}

} // namespace

ApiClient::Endpoint ApiClient::find(const GlobalOptions &options)
{
    Endpoint endpoint;
    endpoint.token = ApiToken::read(ApiToken::filePath(options.configDir)).valueOr({});
    const QJsonObject server
            = QJsonDocument::fromJson(readSmallFile(ApiServer::serverFilePath(options.configDir),
                                                    ApiServer::maxServerFileBytes))
                      .object();
    if (server.value(QStringLiteral("Port")).toInt() > 0
        && isOwnProcess(server.value(QStringLiteral("Pid")).toInteger())) {
        endpoint.url = webSocketUrl(server.value(QStringLiteral("Address")).toString(),
                                    server.value(QStringLiteral("Port")).toInt());
        endpoint.announced = true;
        return endpoint;
    }
    ConfigStore store(options.configDir);
    const Result<Config> config = store.load();
    const Settings settings = config ? config->settings : Settings{};
    endpoint.url = webSocketUrl(options.webSocketAddress.value_or(settings.webSocketAddress),
                                options.webSocketPort.value_or(settings.webSocketPort));
    return endpoint;
}

Result<QJsonObject> ApiClient::request(const Endpoint &endpoint, QJsonObject request, int timeoutMs)
{
    const Error notAnswering{
        notRunning,
        tr("LetThatSyncIn is not running (nothing answers on %1).").arg(endpoint.url.toString())
    };
    if (endpoint.url.port() <= 0)
        return notAnswering;

    const QString id = QStringLiteral("letthatsyncin-cli");
    request.insert(QStringLiteral("id"), id);
    std::optional<Result<QJsonObject>> outcome;
    QWebSocket socket;
    QTimer timeout;
    timeout.setSingleShot(true);
    auto finish = [&outcome](Result<QJsonObject> result) {
        if (!outcome) {
            outcome = std::move(result);
            QCoreApplication::exit(0);
        }
    };
    const auto send = [&socket](const QJsonObject &message) {
        socket.sendTextMessage(
                QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    };
    QObject::connect(&socket, &QWebSocket::connected, &socket, [&] {
        // Whoever listens on the port may not be LetThatSyncIn: after a crash, or while it is
        // stopped, another user can take it. Their process gets neither the request nor the
        // token.
        // An address of this machine's network cards is as local as 127.0.0.1: another user
        // can listen on it as well.
        const bool loopback = socket.peerAddress().isLoopback();
        const bool local
                = loopback || QNetworkInterface::allAddresses().contains(socket.peerAddress());
        std::optional<uint> owner;
        if (local)
            owner = endpoint.listenerOwner({ socket.peerAddress(), socket.peerPort() },
                                           { socket.localAddress(), socket.localPort() });
        if (owner && *owner != PeerUser::currentUser()) {
            finish(Error{ notYours,
                          tr("What listens on %1 is not your LetThatSyncIn: it belongs to another "
                             "user, so neither your request nor your token was sent to it.")
                                  .arg(endpoint.url.toString()) });
            return;
        }
        // Your own instance needs no token from you unless its RequireToken setting is on;
        // one elsewhere (or where the system does not tell) always does.
        if (!endpoint.token.isEmpty() && (owner || !local || !PeerUser::canTell))
            send({ { QStringLiteral("request"), QStringLiteral("Authenticate") },
                   { QStringLiteral("id"), QStringLiteral("letthatsyncin-cli-token") },
                   { QStringLiteral("Token"), QString::fromLatin1(endpoint.token) } });
        send(request);
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) {
        const QJsonObject response = QJsonDocument::fromJson(text.toUtf8()).object();
        if (response.value(QStringLiteral("id")).toString() == id)
            finish(response);
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [&] {
        if (socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated)
            finish(Error{ QStringLiteral("Refused"),
                          tr("The running LetThatSyncIn refused the connection: %1")
                                  .arg(socket.closeReason()) });
        finish(notAnswering);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    constexpr auto socketError = &QWebSocket::errorOccurred;
#else
    constexpr auto socketError = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
#endif
    QObject::connect(&socket, socketError, &socket, [&] { finish(notAnswering); });
    QObject::connect(&timeout, &QTimer::timeout, &socket, [&] {
        finish(Error{ QStringLiteral("Timeout"),
                      tr("LetThatSyncIn did not answer within %n second(s).", nullptr,
                         timeoutMs / 1000) });
    });

    timeout.start(timeoutMs);
    socket.open(endpoint.url); // no token in the handshake: it would go before any check
    QCoreApplication::exec();
    socket.abort();
    return outcome.value_or(notAnswering);
}

} // namespace lts
