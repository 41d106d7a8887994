// ApiClient: the command line's way to the running instance: finds where it listens and its
// token in the config folder, sends one request over the WebSocket and hands back the
// response, or says in words why there is none.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

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
    };

    // server.json in the config folder, written by the running instance; without it, the
    // WebSocketAddress and WebSocketPort settings and their command-line overrides.
    static Endpoint find(const GlobalOptions &options);

    // Runs the event loop until the response arrives. Fails with "Not Running" when nothing
    // answers, so `list` can fall back to the config file.
    static Result<QJsonObject> request(const Endpoint &endpoint, QJsonObject request,
                                       int timeoutMs = 120000);

    static inline const QString notRunning = QStringLiteral("Not Running");
};

} // namespace lts
