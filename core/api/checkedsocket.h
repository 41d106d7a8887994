// CheckedSocket: the socket QWebSocketServer and QWebSocket read a client from, in place of
// the client's real socket: it passes on what the client sends once ClientFrames has looked
// at it, and closes the connection (code 1002) at the first frame that is not masked, before
// Qt sees that frame. Writes go straight to the real socket.
#pragma once

#include "clientframes.h"

#include <QByteArray>
#include <QTcpSocket>

namespace lts {

class CheckedSocket final : public QTcpSocket
{
    Q_OBJECT

public:
    // `real`: the client's connected socket, which this one takes; `headBytes`: the length of
    // the HTTP handshake head at its start, which is passed on unchecked.
    CheckedSocket(QTcpSocket *real, qsizetype headBytes, QObject *parent = nullptr);

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    bool isSequential() const override { return true; }
    void close() override;
    void disconnectFromHost() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void pull();
    void closeForUnmaskedFrame();

    QTcpSocket *const m_real;
    qsizetype m_headLeft; // bytes of the handshake head still to pass on
    ClientFrames m_frames;
    QByteArray m_checked; // passed on; read up to m_readAt
    qsizetype m_readAt = 0;
};

} // namespace lts
