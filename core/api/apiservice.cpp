#include "apiservice.h"

#include "apitoken.h"

namespace lts {

ApiService::ApiService(SyncController &controller, const QString &configFolder)
    : m_controller(controller)
    , m_configFolder(configFolder)
    , m_events(controller)
{
    // Without a token the server still serves the clients that need none (the same user on
    // this machine); the others are refused, and the log says why.
    if (Result<QByteArray> token = ApiToken::loadOrCreate(configFolder); token)
        m_token = *token;
    else
        controller.log().writeMessage(token.error().message);
    m_handler = std::make_unique<ApiHandler>(controller, m_events, m_token);
    m_server = std::make_unique<ApiServer>(*m_handler, m_events, m_token, configFolder);
}

Result<QByteArray> ApiService::regenerateToken()
{
    Result<QByteArray> token = ApiToken::regenerate(m_configFolder);
    if (!token)
        return token;
    m_token = *token;
    m_handler->setToken(m_token);
    m_server->setToken(m_token);
    m_controller.log().writeMessage(
            tr("A new API token was made: scripts using the old one are refused."));
    return token;
}

bool ApiService::start(const Overrides &overrides)
{
    Settings settings = m_controller.settings();
    if (overrides.address)
        settings.webSocketAddress = *overrides.address;
    if (overrides.port)
        settings.webSocketPort = *overrides.port;
    const Result<quint16> port = m_server->start(ApiServer::Options::fromSettings(settings));
    if (!port) {
        m_controller.log().writeMessage(
                tr("The WebSocket server is not running: %1").arg(port.error().message));
        return false;
    }
    if (*port == 0) {
        m_controller.log().writeMessage(tr("The WebSocket server is off (WebSocketPort 0)."));
        return true;
    }
    m_controller.log().writeMessage(tr("Scripts can connect to ws://%1:%2.")
                                            .arg(m_server->address().toString())
                                            .arg(*port));
    return true;
}

} // namespace lts
