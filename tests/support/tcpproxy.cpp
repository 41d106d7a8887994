#include "tcpproxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace lts::test {

namespace {

// One direction of a connection: chunks wait in order until their time, then go out.
class Pipe
{
public:
    Pipe(QTcpSocket *from, QTcpSocket *to, std::chrono::milliseconds delay,
         const QElapsedTimer &clock)
        : m_to(to)
        , m_delay(delay)
        , m_clock(clock)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, to, [this] { release(); });
        QObject::connect(from, &QTcpSocket::disconnected, to, [this] {
            m_ended = true;
            // A stalled side whose client went (killed) resets the server's side: what the
            // server waited for will never come.
            if (m_stalled)
                m_to->abort();
            else
                release();
        });
    }

    void push(QByteArray data)
    {
        m_queue.enqueue({ m_clock.elapsed() + m_delay.count(), std::move(data) });
        release();
    }

    // From now on, what comes waits here for good.
    void stall() { m_stalled = true; }

private:
    void release()
    {
        if (m_stalled)
            return;
        const qint64 now = m_clock.elapsed();
        while (!m_queue.isEmpty() && m_queue.head().first <= now)
            m_to->write(m_queue.dequeue().second);
        if (!m_queue.isEmpty()) {
            m_timer.start(int(m_queue.head().first - now));
            return;
        }
        // The other side closed: so does this one, once all it sent went through.
        if (m_ended && m_to->state() != QAbstractSocket::UnconnectedState)
            m_to->disconnectFromHost();
    }

    QTcpSocket *m_to;
    std::chrono::milliseconds m_delay;
    const QElapsedTimer &m_clock;
    QQueue<std::pair<qint64, QByteArray>> m_queue;
    QTimer m_timer;
    bool m_ended = false;
    bool m_stalled = false;
};

} // namespace

class TcpProxyWorker : public QObject
{
public:
    TcpProxyWorker(quint16 targetPort, std::chrono::milliseconds delay,
                   std::shared_ptr<TcpProxy::State> state)
        : m_targetPort(targetPort)
        , m_delay(delay)
        , m_state(std::move(state))
    {
        m_clock.start();
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    void cutOnce(bool thenRefuse)
    {
        if (thenRefuse)
            m_state->refusing = true;
        ++m_state->cuts;
        cutAll();
    }

    void closeAll()
    {
        cutAll();
        delete m_server; // with the clients' sockets it made
        m_server = nullptr;
    }

private:
    struct Connection
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        std::unique_ptr<Pipe> up;
        std::unique_ptr<Pipe> down;
        bool heard = true; // the server spoke since the client last did
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            if (m_state->refusing) {
                ++m_state->refused;
                client->abort();
                client->deleteLater();
                continue;
            }
            ++m_state->connections;
            auto connection = std::make_shared<Connection>();
            connection->client = client;
            connection->server = new QTcpSocket(this);
            connection->up = std::make_unique<Pipe>(client, connection->server, m_delay, m_clock);
            connection->down = std::make_unique<Pipe>(connection->server, client, m_delay, m_clock);
            // What the client sends before the server's side is connected waits in that
            // socket's buffer (QAbstractSocket writes while connecting).
            QObject::connect(client, &QTcpSocket::readyRead, this, [this, connection] {
                if (!connection->client)
                    return;
                const QByteArray data = connection->client->readAll();
                if (connection->heard) {
                    connection->heard = false;
                    ++m_state->exchanges;
                }
                const qint64 total = m_state->bytesUp += data.size();
                stallIfPast(total);
                connection->up->push(data);
                cutIfPast(m_state->cutAt, total);
            });
            QObject::connect(connection->server, &QTcpSocket::readyRead, this, [this, connection] {
                connection->heard = true;
                if (!connection->server)
                    return;
                const QByteArray data = connection->server->readAll();
                const qint64 total = m_state->bytesDown += data.size();
                connection->down->push(data);
                cutIfPast(m_state->cutDownAt, total);
            });
            for (QTcpSocket *socket : { client, connection->server.data() }) {
                // A side that closed in order leaves the other to close once all went
                // through (Pipe); any other error drops the connection.
                QObject::connect(socket, &QAbstractSocket::errorOccurred, this,
                                 [this, connection](QAbstractSocket::SocketError error) {
                                     if (error != QAbstractSocket::RemoteHostClosedError)
                                         drop(connection);
                                 });
            }
            m_connections.append(connection);
            connection->server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    // Both ends go at once, without a goodbye: as a network that dropped.
    void drop(const std::shared_ptr<Connection> &connection)
    {
        m_connections.removeAll(connection);
        for (QTcpSocket *socket : { connection->client.data(), connection->server.data() }) {
            if (socket) {
                socket->abort();
                socket->deleteLater();
            }
        }
    }

    // Cuts every connection once `total` (bytes gone one way) reaches `cutAt` (0: never).
    void cutIfPast(std::atomic<qint64> &cutAt, qint64 total)
    {
        const qint64 at = cutAt;
        if (at <= 0 || total < at)
            return;
        cutAt = 0;
        if (m_state->refuseAfterCut)
            m_state->refusing = true;
        ++m_state->cuts;
        cutAll();
    }

    // Stalls every connection, and every one that comes later, once `total` (bytes gone up)
    // reaches stallAt.
    void stallIfPast(qint64 total)
    {
        const qint64 at = m_state->stallAt;
        if (!m_state->stalled && (at <= 0 || total < at))
            return;
        m_state->stalled = true;
        for (const auto &connection : std::as_const(m_connections))
            connection->up->stall();
    }

    void cutAll()
    {
        const auto connections = m_connections;
        for (const auto &connection : connections)
            drop(connection);
    }

    quint16 m_targetPort;
    std::chrono::milliseconds m_delay;
    std::shared_ptr<TcpProxy::State> m_state;
    QElapsedTimer m_clock;
    QTcpServer *m_server = nullptr;
    QList<std::shared_ptr<Connection>> m_connections;
};

TcpProxy::TcpProxy(quint16 targetPort, std::chrono::milliseconds delayEachWay)
    : m_targetPort(targetPort)
    , m_delay(delayEachWay)
{ }

TcpProxy::~TcpProxy()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
                m_worker, [this] { m_worker->closeAll(); }, Qt::BlockingQueuedConnection);
        m_worker->deleteLater();
    }
    m_thread.quit();
    m_thread.wait();
}

bool TcpProxy::start()
{
    m_worker = new TcpProxyWorker(m_targetPort, m_delay, m_state);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
            m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void TcpProxy::cutAfterUpload(qint64 bytes, bool thenRefuse)
{
    m_state->refuseAfterCut = thenRefuse;
    m_state->cutAt = bytes > 0 ? m_state->bytesUp + bytes : 0;
}

void TcpProxy::cutNow(bool thenRefuse)
{
    QMetaObject::invokeMethod(
            m_worker, [this, thenRefuse] { m_worker->cutOnce(thenRefuse); },
            Qt::BlockingQueuedConnection);
}

void TcpProxy::stallAfterUpload(qint64 bytes)
{
    m_state->stallAt = m_state->bytesUp + bytes;
}

void TcpProxy::cutAfterDownload(qint64 bytes, bool thenRefuse)
{
    m_state->refuseAfterCut = thenRefuse;
    m_state->cutDownAt = bytes > 0 ? m_state->bytesDown + bytes : 0;
}

} // namespace lts::test
