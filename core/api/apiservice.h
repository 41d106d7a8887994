// ApiService: the WebSocket API of a running instance (tray or --headless) put together: the
// token, the event log, the request handler and the server, started from the settings and
// the command line's overrides. What it could not do is said in the run log, never fatal.
#pragma once

#include "apihandler.h"
#include "apiserver.h"
#include "eventlog.h"
#include "synccontroller.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace lts {

class ApiService final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ApiService)

public:
    struct Overrides
    {
        std::optional<QString> address; // --ws-address
        std::optional<int> port; // --ws-port
    };

    ApiService(SyncController &controller, const QString &configFolder);

    // Listens as the settings and `overrides` say; false when the server could not start
    // (the reason is in the log and in server().error()).
    bool start(const Overrides &overrides);

    ApiServer &server() { return *m_server; }
    EventLog &events() { return m_events; }

    // What a client that needs the token presents; empty when the token file could not be
    // read (the log says why).
    QByteArray token() const { return m_token; }
    // Writes a new token to the token file (owner only, replacing the old file in one step)
    // and has the running server accept only the new one from then on: scripts that got in
    // with the old token are disconnected. On failure the old token stays in use.
    Result<QByteArray> regenerateToken();

private:
    SyncController &m_controller;
    QString m_configFolder;
    QByteArray m_token;
    EventLog m_events;
    std::unique_ptr<ApiHandler> m_handler;
    std::unique_ptr<ApiServer> m_server;
};

} // namespace lts
