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

private:
    SyncController &m_controller;
    QByteArray m_token;
    EventLog m_events;
    std::unique_ptr<ApiHandler> m_handler;
    std::unique_ptr<ApiServer> m_server;
};

} // namespace lts
