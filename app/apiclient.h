// ApiClient: the command line's way to the running instance: finds where it listens and its
// token in the config folder, sends one request over the WebSocket and hands back the
// response, or says in words why there is none.
#pragma once

#include "peeruser.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace lts {

struct GlobalOptions;

class ApiClient final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ApiClient)

public:
    struct Endpoint
    {
        QUrl url;
        QByteArray token; // empty when the token file cannot be read
        bool announced = false; // found in server.json: an instance runs for this config
        // The uid of the process that listens at the other end of a loopback connection
        // (`local`: this end); nullopt when the system does not tell. Tests replace it.
        std::function<std::optional<uint>(const PeerUser::Endpoint &listener,
                                          const PeerUser::Endpoint &local)>
                listenerOwner
                = [](const PeerUser::Endpoint &listener, const PeerUser::Endpoint &local) {
                      return PeerUser::owner(listener, local);
                  };
    };

    // server.json in the config folder, written by the running instance; without it, the
    // WebSocketAddress and WebSocketPort settings and their command-line overrides.
    static Endpoint find(const GlobalOptions &options);

    // Runs the event loop until the response arrives. Fails with "Not Running" when nothing
    // answers, so `list` can fall back to the config file. Nothing is sent, and the token
    // never, until the listener on a loopback address is known to be the user's own process
    // (where the system tells): another user who took the port gets neither ("Not Yours").
    static Result<QJsonObject> request(const Endpoint &endpoint, QJsonObject request,
                                       int timeoutMs = 120000);

    static inline const QString notRunning = QStringLiteral("Not Running");
    static inline const QString notYours = QStringLiteral("Not Yours");
};

} // namespace lts
