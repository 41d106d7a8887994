#include "handshakescreen.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace lts {

HandshakeScreen::HandshakeScreen(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            screen(socket);
    });
}

std::optional<QByteArray> HandshakeScreen::refusal(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // after the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        if (name == "origin" && line.sliced(colon + 1).trimmed().isEmpty())
            return QByteArray("HTTP/1.1 403 Access Forbidden");
    }
    return std::nullopt;
}

void HandshakeScreen::stop()
{
    close();
    for (QTcpSocket *socket : std::exchange(m_waiting, {}))
        socket->abort();
}

void HandshakeScreen::screen(QTcpSocket *socket)
{
    m_waiting.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_waiting.remove(socket); });
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto refuse = [socket](const QByteArray &status) {
        socket->write(status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    };
    auto check = [this, socket, deadline, refuse] {
        // Peeked, not read: what passes reaches QWebSocketServer as the client sent it.
        const QByteArray head = socket->peek(maxHeadBytes);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head.size() >= maxHeadBytes) {
                disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
                m_waiting.remove(socket);
                refuse("HTTP/1.1 431 Request Header Fields Too Large");
            }
            return;
        }
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        m_waiting.remove(socket);
        delete deadline;
        if (const std::optional<QByteArray> status = refusal(head.first(end + 2)))
            return refuse(*status);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        Q_EMIT passed(socket, end + 4);
    };
    connect(socket, &QTcpSocket::readyRead, this, check);
    deadline->start(m_timeout);
    check(); // what came with the connection
}

} // namespace lts
