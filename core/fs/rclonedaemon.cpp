#include "rclonedaemon.h"

#include "fsops.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <array>
#include <mutex>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace lts::fsops {

namespace {

// What the daemon's log may keep for a message when it ends unexpectedly.
constexpr qsizetype logTail = 4096;

// 32 random letters and digits: a login nobody can guess, never shown anywhere.
QByteArray randomSecret()
{
    std::array<quint32, 24> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    static constexpr char alphabet[]
            = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray secret;
    for (quint32 word : words)
        secret += alphabet[word % (sizeof alphabet - 1)];
    return secret;
}

// The one process, owned by the daemon's thread (QProcess lives on the thread that made it).
class Controller : public QObject
{
public:
    struct Started
    {
        QUrl base;
        QByteArray authorization;
        qint64 pid = 0;
        QString error; // empty when it runs
    };

    Started start(std::chrono::milliseconds timeout);
    void stop();
    bool running() const { return m_process && m_process->state() == QProcess::Running; }

private:
    QProcess *m_process = nullptr;
    QByteArray m_log;
};

} // namespace

struct RcloneDaemon::State
{
    std::mutex startMutex; // one start at a time
    std::mutex mutex; // what follows
    int uses = 0;
    quint64 generation = 0; // of the process that runs: a stop meant for an older one is void
    bool running = false;
    qint64 pid = 0;
    QUrl base;
    QByteArray authorization;
    std::chrono::milliseconds idleDelay = std::chrono::seconds(10);
    QThread thread;
    Controller *controller = nullptr; // on `thread`

    // Stops the process if no lease came back since `generation`'s last one left.
    void stopIfIdle(quint64 of)
    {
        {
            const std::lock_guard lock(mutex);
            if (uses > 0 || generation != of || !running)
                return;
            running = false;
            pid = 0;
        }
        controller->stop();
    }
};

namespace {

Controller::Started Controller::start(std::chrono::milliseconds timeout)
{
    Started started;
    const QString program = RcloneDaemon::executable();
    if (program.isEmpty()) {
        started.error = QCoreApplication::translate(
                "Rclone", "rclone is not installed: install the package rclone");
        return started;
    }
    stop();
    const QByteArray user = randomSecret();
    const QByteArray password = randomSecret();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing of the user's own remote-control settings (no login, another address, a web
    // interface): this daemon is the application's.
    for (const QString &key : env.keys()) {
        if (key.startsWith(QStringLiteral("RCLONE_RC_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("RCLONE_RC_ADDR"), QStringLiteral("127.0.0.1:0"));
    env.insert(QStringLiteral("RCLONE_RC_USER"), QString::fromLatin1(user));
    env.insert(QStringLiteral("RCLONE_RC_PASS"), QString::fromLatin1(password));
    // A lost connection is tried again 3 times, as the other remote kinds do (remote.md).
    env.insert(QStringLiteral("RCLONE_LOW_LEVEL_RETRIES"), QStringLiteral("3"));
    env.insert(QStringLiteral("RCLONE_CONTIMEOUT"), QStringLiteral("15s"));
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProgram(program);
    m_process->setArguments({ QStringLiteral("rcd") });
#ifdef Q_OS_LINUX
    // The daemon ends with this application, whatever ends it (PR_SET_PDEATHSIG follows the
    // thread that started it: this one, which lives as long as the process runs).
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_log.clear();
    m_process->start();
    const QDeadlineTimer deadline(timeout);
    static const QRegularExpression serving(
            QStringLiteral("Serving remote control on (http://127\\.0\\.0\\.1:\\d+/)"));
    for (;;) {
        const QRegularExpressionMatch match = serving.match(QString::fromUtf8(m_log));
        if (match.hasMatch()) {
            started.base = QUrl(match.captured(1));
            break;
        }
        if (m_process->state() == QProcess::NotRunning
            || !m_process->waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)))
            || deadline.hasExpired()) {
            m_log += m_process->readAll();
            started.error
                    = QCoreApplication::translate("Rclone", "rclone rcd did not start: %1")
                              .arg(m_process->error() == QProcess::FailedToStart
                                           ? m_process->errorString()
                                           : QString::fromUtf8(m_log.right(logTail)).trimmed());
            stop();
            return started;
        }
        m_log += m_process->readAll();
    }
    // Its log goes nowhere once it runs (read, so that it never waits on a full pipe), but for
    // the tail a failure shows.
    QObject::connect(m_process, &QProcess::readyRead, this, [this] {
        m_log += m_process->readAll();
        if (m_log.size() > 2 * logTail)
            m_log = m_log.right(logTail);
    });
    started.authorization = "Basic " + QByteArray(user + ':' + password).toBase64();
    started.pid = m_process->processId();
    return started;
}

void Controller::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    delete m_process;
    m_process = nullptr;
}

// Runs `work` on the daemon's thread and waits for it.
template<typename Work>
void onDaemonThread(RcloneDaemon::State &state, Work work)
{
    if (QThread::currentThread() == &state.thread)
        work();
    else
        QMetaObject::invokeMethod(state.controller, work, Qt::BlockingQueuedConnection);
}

} // namespace

RcloneDaemon::Lease::~Lease()
{
    if (!state)
        return;
    const std::lock_guard lock(state->mutex);
    if (--state->uses > 0)
        return;
    // The last use left: the daemon stops after the idle delay, unless another comes first.
    QMetaObject::invokeMethod(
            state->controller,
            [state = state, of = state->generation] {
                QTimer::singleShot(state->idleDelay, state->controller,
                                   [state, of] { state->stopIfIdle(of); });
            },
            Qt::QueuedConnection);
}

RcloneDaemon::RcloneDaemon()
    : m_state(std::make_shared<State>())
{
    m_state->thread.setObjectName(QStringLiteral("rclone rcd"));
    m_state->controller = new Controller;
    m_state->controller->moveToThread(&m_state->thread);
    QObject::connect(&m_state->thread, &QThread::finished, m_state->controller,
                     &QObject::deleteLater);
    m_state->thread.start();
}

RcloneDaemon::~RcloneDaemon()
{
    onDaemonThread(*m_state, [state = m_state.get()] { state->controller->stop(); });
    m_state->thread.quit();
    m_state->thread.wait();
}

RcloneDaemon &RcloneDaemon::shared()
{
    // Made on first use and stopped with the application (its process and thread are gone
    // before QCoreApplication is).
    static RcloneDaemon *daemon = [] {
        auto *made = new RcloneDaemon;
        qAddPostRoutine([] { delete &RcloneDaemon::shared(); });
        return made;
    }();
    return *daemon;
}

QString RcloneDaemon::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("rclone"));
}

Result<std::shared_ptr<const RcloneDaemon::Lease>>
RcloneDaemon::acquire(std::chrono::milliseconds timeout)
{
    const std::lock_guard starting(m_state->startMutex);
    auto lease = std::make_shared<Lease>();
    {
        const std::lock_guard lock(m_state->mutex);
        if (m_state->running) {
            ++m_state->uses;
            lease->base = m_state->base;
            lease->authorization = m_state->authorization;
            lease->state = m_state;
            return std::shared_ptr<const Lease>(std::move(lease));
        }
    }
    Controller::Started started;
    onDaemonThread(*m_state, [&] {
        started = m_state->controller->start(timeout);
        if (started.error.isEmpty()) {
            // A daemon that ends by itself (killed, crashed) is started again by the next use.
            QObject::connect(m_state->controller->findChild<QProcess *>(), &QProcess::finished,
                             m_state->controller,
                             [state = m_state.get(), generation = m_state->generation + 1] {
                                 const std::lock_guard lock(state->mutex);
                                 if (state->generation == generation) {
                                     state->running = false;
                                     state->pid = 0;
                                 }
                             });
        }
    });
    if (!started.error.isEmpty())
        return errorOf(ErrorKind::NotSupported, started.error);
    const std::lock_guard lock(m_state->mutex);
    ++m_state->generation;
    m_state->running = true;
    m_state->pid = started.pid;
    m_state->base = started.base;
    m_state->authorization = started.authorization;
    ++m_state->uses;
    lease->base = started.base;
    lease->authorization = started.authorization;
    lease->state = m_state;
    return std::shared_ptr<const Lease>(std::move(lease));
}

void RcloneDaemon::setIdleDelay(std::chrono::milliseconds delay)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->idleDelay = delay;
}

std::optional<qint64> RcloneDaemon::processId() const
{
    const std::lock_guard lock(m_state->mutex);
    if (!m_state->running)
        return std::nullopt;
    return m_state->pid;
}

} // namespace lts::fsops
