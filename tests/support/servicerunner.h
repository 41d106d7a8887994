// One `letthatsyncin --headless` (or the tray application, offscreen) of a test, as a server or
// a systemd unit runs it, stopped when the test ends however it ends: a service left behind
// would go on syncing and hold the instance lock of the next test.
#pragma once

#include "apprunner.h"

#include <QProcess>

#include <csignal>

namespace lts::test {

// Never kill(0, ...): that would signal the test's own process group.
inline void sendSignal(const QProcess &process, int signal)
{
    if (process.state() == QProcess::Running && process.processId() > 0)
        ::kill(pid_t(process.processId()), signal);
}

class ServiceRunner
{
    Q_DISABLE_COPY_MOVE(ServiceRunner)

public:
    enum class Mode { Headless, Tray };

    // `port`: of the WebSocket server; 0, none, so tests never meet on the default port.
    ServiceRunner(const QString &home, const QString &configDir, const QString &dataDir,
                  Mode mode = Mode::Headless, quint16 port = 0)
    {
        QStringList arguments{ QStringLiteral("--config-dir"), configDir,
                               QStringLiteral("--data-dir"),   dataDir,
                               QStringLiteral("--ws-port"),    QString::number(port) };
        if (mode == Mode::Headless)
            arguments.prepend(QStringLiteral("--headless"));
        AppRunner(home).prepare(m_process, arguments);
    }
    ~ServiceRunner() { stop(); }

    bool start()
    {
        m_process.start();
        return m_process.waitForStarted();
    }

    QProcess &process() { return m_process; }

    // Everything it printed on stderr so far (its log lines).
    QString err()
    {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }

    // SIGTERM, as systemd stops it; false when it had to be killed.
    bool stop(int timeoutMs = 10000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        sendSignal(m_process, SIGTERM);
        if (m_process.waitForFinished(timeoutMs))
            return true;
        kill();
        return false;
    }

    // SIGKILL: the machine lost its power, or the kernel ran out of memory.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

} // namespace lts::test
