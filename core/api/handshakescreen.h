// HandshakeScreen: the listening socket of the WebSocket server, which reads each client's
// HTTP handshake before QWebSocketServer does and refuses what Qt's parser would wrongly let
// through: Qt drops a header with a blank value, so a blank "Origin:" (which no script
// sends, and a hostile page can make a browser send) would pass as a script's "no Origin".
#pragma once

#include <QByteArray>
#include <QSet>
#include <QTcpServer>

#include <chrono>
#include <optional>

class QTcpSocket;

namespace lts {

class HandshakeScreen final : public QTcpServer
{
    Q_OBJECT

public:
    // A handshake head larger than this is refused (HTTP 431).
    static constexpr qsizetype maxHeadBytes = 16 * 1024;

    explicit HandshakeScreen(QObject *parent = nullptr);

    // The time a client has to send its whole handshake head; then it is disconnected.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Stops listening, and drops the clients whose handshake head has not come whole yet.
    void stop();

    // The HTTP status line that refuses `head` (the request up to and including the empty
    // line), or nullopt when it may go on to QWebSocketServer.
    static std::optional<QByteArray> refusal(const QByteArray &head);

Q_SIGNALS:
    // A client whose handshake head (its first `headBytes` bytes) passed, unread.
    void passed(QTcpSocket *socket, qsizetype headBytes);

private:
    void screen(QTcpSocket *socket);

    std::chrono::milliseconds m_timeout{ 5000 };
    QSet<QTcpSocket *> m_waiting; // whose head is being read
};

} // namespace lts
