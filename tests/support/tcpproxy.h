// A TCP proxy on loopback between a test's client and a server of the test's own (the sshd of
// sshdserver.h), on a thread of its own, so that it forwards while the test's thread waits: it
// delays every chunk by a fixed time each way (this machine has no netem), counts what passes,
// counts the round trips the clients wait for, cuts every connection once the client has sent
// or received a given number of bytes (a network that drops in the middle of an upload or a
// download, at a point the test chooses, with no timing involved), can stall there instead (a
// network that stops answering, while the test kills the client), and can turn new connections
// away (a server that stays unreachable). Stopped when the object goes.
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

namespace lts::test {

class TcpProxyWorker;

class TcpProxy
{
public:
    // Forwards to 127.0.0.1:targetPort, each chunk `delayEachWay` after it arrived (so a
    // request that waits for its answer pays twice that); order kept, throughput unlimited.
    explicit TcpProxy(quint16 targetPort,
                      std::chrono::milliseconds delayEachWay = std::chrono::milliseconds(0));
    ~TcpProxy();
    Q_DISABLE_COPY_MOVE(TcpProxy)

    // Listens on 127.0.0.1 at a free port; false when it cannot.
    bool start();
    quint16 port() const { return m_port; }

    // Once the clients have sent `bytes` more (counted from now, over every connection), every
    // open connection is cut, once; with `thenRefuse`, new connections are turned away from
    // then on (refuseConnections(false) lets them in again). 0: no cut.
    void cutAfterUpload(qint64 bytes, bool thenRefuse = false);
    // Cuts every open connection now, once (from any thread but the proxy's): a drop at a point
    // the test sees itself (a download's temporary this large); with `thenRefuse`, new
    // connections are turned away from then on.
    void cutNow(bool thenRefuse = false);
    // The same, once the server has sent `bytes` more to the clients (a network that drops in
    // the middle of a download).
    void cutAfterDownload(qint64 bytes, bool thenRefuse = false);
    // Once the clients have sent `bytes` more, nothing more reaches the server: the connections
    // stay open and the client waits (a network that stopped answering in the middle of an
    // upload); stalled() tells when it happened.
    void stallAfterUpload(qint64 bytes);
    bool stalled() const { return m_state->stalled; }
    // New connections go through again (the stalled ones stay as they are).
    void resume()
    {
        m_state->stallAt = 0;
        m_state->stalled = false;
    }
    // New connections are closed as soon as they come (true), or forwarded again (false).
    void refuseConnections(bool refuse) { m_state->refusing = refuse; }

    // What the clients sent to the server, how many times connections were cut, how many were
    // forwarded and how many turned away.
    qint64 bytesUp() const { return m_state->bytesUp; }
    int cuts() const { return m_state->cuts; }
    int connections() const { return m_state->connections; }
    int refused() const { return m_state->refused; }
    // How many times a client sent something after the server had answered it, over every
    // connection: the round trips the clients waited for (a client that sends requests
    // without waiting for each answer makes few).
    int exchanges() const { return m_state->exchanges; }

    // Shared with the proxy's thread.
    struct State
    {
        std::atomic<qint64> bytesUp{ 0 };
        std::atomic<qint64> bytesDown{ 0 };
        std::atomic<qint64> cutAt{ 0 }; // bytesUp at which to cut; 0: none
        std::atomic<qint64> cutDownAt{ 0 }; // bytesDown at which to cut; 0: none
        std::atomic<qint64> stallAt{ 0 }; // bytesUp from which nothing goes on; 0: none
        std::atomic_bool stalled{ false };
        std::atomic_bool refusing{ false };
        std::atomic_bool refuseAfterCut{ false };
        std::atomic_int cuts{ 0 };
        std::atomic_int connections{ 0 };
        std::atomic_int refused{ 0 };
        std::atomic_int exchanges{ 0 };
    };

private:
    quint16 m_targetPort;
    std::chrono::milliseconds m_delay;
    quint16 m_port = 0;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThread m_thread;
    TcpProxyWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace lts::test
