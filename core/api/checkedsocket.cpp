#include "checkedsocket.h"

#include <QWebSocketProtocol>
#include <QtEndian>

#include <cstring>

namespace lts {

CheckedSocket::CheckedSocket(QTcpSocket *real, qsizetype headBytes, QObject *parent)
    : QTcpSocket(parent)
    , m_real(real)
    , m_headLeft(headBytes)
{
    m_real->setParent(this);
    setPeerAddress(m_real->peerAddress());
    setPeerPort(m_real->peerPort());
    setLocalAddress(m_real->localAddress());
    setLocalPort(m_real->localPort());
    setSocketState(QAbstractSocket::ConnectedState);
    QIODevice::open(QIODevice::ReadWrite);
    connect(m_real, &QTcpSocket::readyRead, this, &CheckedSocket::pull);
    connect(m_real, &QTcpSocket::bytesWritten, this, &QTcpSocket::bytesWritten);
    connect(m_real, &QTcpSocket::disconnected, this, [this] {
        setSocketState(QAbstractSocket::UnconnectedState);
        Q_EMIT stateChanged(QAbstractSocket::UnconnectedState);
        Q_EMIT disconnected();
    });
    pull(); // what came with the handshake
}

qint64 CheckedSocket::bytesAvailable() const
{
    return m_checked.size() - m_readAt + QIODevice::bytesAvailable();
}

qint64 CheckedSocket::bytesToWrite() const
{
    return m_real->bytesToWrite();
}

bool CheckedSocket::canReadLine() const
{
    return m_checked.indexOf('\n', m_readAt) >= 0 || QIODevice::canReadLine();
}

void CheckedSocket::close()
{
    // abort(), which is not virtual, comes here too, having set the write channels to none:
    // then the connection goes at once, with what waits to be sent to a client that does
    // not read; a plain close lets that go out first.
    if (writeChannelCount() == 0)
        m_real->abort();
    else
        m_real->close();
    QIODevice::close();
}

void CheckedSocket::disconnectFromHost()
{
    m_real->disconnectFromHost();
}

qint64 CheckedSocket::readData(char *data, qint64 maxSize)
{
    const qint64 size = qMin<qint64>(maxSize, m_checked.size() - m_readAt);
    std::memcpy(data, m_checked.constData() + m_readAt, size_t(size));
    m_readAt += size;
    // Read from the front in small pieces (a frame's header, then its payload): what was read
    // is dropped once it is half the buffer, not moved at every read.
    if (m_readAt == m_checked.size()) {
        m_checked.clear();
        m_readAt = 0;
    } else if (m_readAt > m_checked.size() / 2) {
        m_checked.remove(0, m_readAt);
        m_readAt = 0;
    }
    return size;
}

qint64 CheckedSocket::writeData(const char *data, qint64 size)
{
    return m_real->write(data, size);
}

void CheckedSocket::pull()
{
    if (m_frames.unmaskedFrameSeen())
        return;
    QByteArray received = m_real->readAll();
    if (received.isEmpty())
        return;
    const qsizetype head = qMin(m_headLeft, received.size());
    m_headLeft -= head;
    const qsizetype framed = m_frames.follow(QByteArrayView(received).sliced(head));
    m_checked += received.first(head + framed);
    Q_EMIT readyRead(); // the frames before an unmasked one are answered
    if (m_frames.unmaskedFrameSeen())
        closeForUnmaskedFrame();
}

void CheckedSocket::closeForUnmaskedFrame()
{
    // A close frame as a server sends it (not masked), written after the last whole frame
    // QWebSocket sent; nothing of the client's is read any more.
    const QByteArray reason = "Unmasked Frame";
    QByteArray frame(2, Qt::Uninitialized);
    frame[0] = char(0x88); // FIN, close
    frame[1] = char(2 + reason.size());
    const quint16 code = qToBigEndian(quint16(QWebSocketProtocol::CloseCodeProtocolError));
    frame.append(reinterpret_cast<const char *>(&code), 2);
    frame.append(reason);
    m_real->write(frame);
    m_real->disconnectFromHost();
}

} // namespace lts
