// lts_apiload: the WebSocket API under load (docs/performance.md, "WebSocket API under load").
//
// Starts the real application (--headless) in a temporary folder with 10 drives: 9 with small
// folders (4 that ran once at start-up and are idle, 5 paused) and one, "Sync", that copies a
// generated tree all through the measurement: before each phase every file of its source gets
// a new time and SyncNow starts a run that copies them all again. Opens 64 clients (the
// server's limit, checked: a 65th must be refused) and has each send a request as soon as the
// answer to its previous one arrived (or keep N in flight), for a few seconds after a warm-up.
// Prints requests per second, latency percentiles, errors, and the CPU time of the server, of
// this program and of the machine, so that a number capped by the client or by the other load
// is told as such.
//
// Linux only: it reads /proc for CPU times and uses perf when asked to.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace lts {

namespace {

constexpr int serverMaxClients = 64; // ApiServer::maxClients, which this checks from outside
constexpr int idleDrives = 4; // enabled, run once at start-up, then idle for a day
constexpr int pausedDrives = 5;
constexpr int driveCount = idleDrives + pausedDrives + 1;
constexpr qint64 noTime = std::numeric_limits<qint64>::max();

const QString syncDrive = QStringLiteral("Sync");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

struct Options
{
    QString app;
    QString workFolder;
    int clients = serverMaxClients;
    double warmupSeconds = 1;
    double seconds = 5;
    QStringList requests;
    QList<int> inFlight;
    int files = 150000;
    bool sync = true;
    bool lightCheck = false;
    bool keep = false;
    QString perfPrefix;
    QString tree; // the Sync drive's folders, kept; in the temporary folder when empty
};

// CPU time in seconds, from /proc: of one thread or of a whole process.
double procCpuSeconds(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.readAll();
    // The name in parentheses may hold spaces; the fields after it are numbered from 3.
    const QList<QByteArray> fields = text.sliced(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

// Nanoseconds a thread was ready to run but waited for a CPU (the second field of
// schedstat): how much the other load took from it.
double procWaitSeconds(const QString &schedstatPath)
{
    QFile file(schedstatPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() < 2 ? 0 : double(fields.at(1).toLongLong()) / 1e9;
}

struct CpuSnapshot
{
    qint64 wallNs = 0;
    double client = 0; // this program, every thread
    double serverMain = 0; // the server's main thread: where every request is handled
    double serverMainWait = 0; // the time it was ready to run but had no CPU
    double server = 0; // the whole server, with the sync's threads
    qint64 machineBusy = 0; // ticks of all cores
    qint64 machineTotal = 0;

    static CpuSnapshot take(qint64 wallNs, qint64 serverPid)
    {
        CpuSnapshot snapshot;
        snapshot.wallNs = wallNs;
        timespec own{};
        ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &own);
        snapshot.client = double(own.tv_sec) + double(own.tv_nsec) / 1e9;
        const QString process = QStringLiteral("/proc/%1").arg(serverPid);
        snapshot.server = procCpuSeconds(process + QStringLiteral("/stat"));
        const QString mainThread = process + QStringLiteral("/task/%1/").arg(serverPid);
        snapshot.serverMain = procCpuSeconds(mainThread + QStringLiteral("stat"));
        snapshot.serverMainWait = procWaitSeconds(mainThread + QStringLiteral("schedstat"));
        QFile stat(QStringLiteral("/proc/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            // cpu user nice system idle iowait irq softirq steal
            const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
            for (qsizetype i = 1; i < std::min<qsizetype>(fields.size(), 9); ++i) {
                const qint64 ticks = fields.at(i).toLongLong();
                snapshot.machineTotal += ticks;
                if (i != 4 && i != 5)
                    snapshot.machineBusy += ticks;
            }
        }
        return snapshot;
    }
};

struct PhaseResult
{
    QString request;
    int inFlight = 1;
    qint64 completed = 0; // valid responses that arrived in the window
    qint64 errors = 0;
    double seconds = 0;
    std::vector<qint64> latencies; // ns, of the requests sent in the window
    // Percent of one core over the window.
    double clientCpu = 0, serverMainCpu = 0, serverMainWait = 0, serverCpu = 0, machineCpu = 0;
    qsizetype responseBytes = 0; // of the last response (UTF-16 code units: ASCII here)
    bool syncingAtStart = false, syncingAtEnd = false;
    // How far the sync was at the end: "12345 of 100000 files", or its LastResult.
    QString syncAtEnd;

    double rate() const { return seconds > 0 ? double(completed) / seconds : 0; }
    double percentileMs(double q) const
    {
        if (latencies.empty())
            return 0;
        const auto rank = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(latencies.size()))),
                                                1, qsizetype(latencies.size()));
        return double(latencies.at(size_t(rank - 1))) / 1e6;
    }
};

// One connection: the requests it has in flight, oldest first (the server answers a
// connection's requests in order).
struct Client
{
    struct Pending
    {
        qint64 id;
        qint64 sentNs;
    };

    QWebSocket socket;
    std::deque<Pending> pending;
    qint64 nextId = 1;
    bool connected = false;
    bool ended = false;
    // Set while a control request (GetStatus, SyncNow ...) waits for its answer.
    std::function<void(const QJsonObject &)> control;
};

class LoadTest final : public QObject
{
public:
    explicit LoadTest(Options options)
        : m_options(std::move(options))
        , m_folder(QDir(m_options.workFolder).filePath(QStringLiteral("lts-apiload-XXXXXX")))
    {
        m_clock.start();
        for (const QString &request : std::as_const(m_options.requests)) {
            for (const int inFlight : std::as_const(m_options.inFlight))
                m_phases.push_back({ request, inFlight });
        }
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        // The server must not outlive this program, even when it is interrupted.
        m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        connect(&m_server, &QProcess::finished, this, [this] {
            if (!m_stopping)
                fail(QStringLiteral("the application ended on its own; its output:\n")
                     + serverOutput());
        });
    }

    void start()
    {
        if (!m_folder.isValid())
            return fail(QStringLiteral("cannot create a temporary folder in ")
                        + m_options.workFolder);
        m_folder.setAutoRemove(!m_options.keep);
        printMachine();
        if (!makeFolders())
            return;
        startServer();
    }

private:
    enum class Load { Off, Warmup, Measuring, Draining };

    QString path(const QString &name) const { return QDir(m_folder.path()).filePath(name); }

    void printMachine()
    {
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        QString model;
        if (cpuinfo.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
                if (line.startsWith("model name")) {
                    model = QString::fromUtf8(line.sliced(line.indexOf(':') + 1)).trimmed();
                    break;
                }
            }
        }
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        const QString load = loadavg.open(QIODevice::ReadOnly)
                                     ? QString::fromUtf8(loadavg.readAll()).section(u' ', 0, 2)
                                     : QString();
        out() << "machine: " << QThread::idealThreadCount() << " cores (" << model << "), "
              << QSysInfo::prettyProductName() << ", Qt " << qVersion() << ", load average " << load
              << '\n'
              << "application: " << m_options.app << '\n'
              << "work folder: " << m_folder.path() << '\n'
              << "clients: " << m_options.clients << " in one thread, " << m_options.warmupSeconds
              << " s warm-up, " << m_options.seconds << " s measured per phase, "
              << (m_options.lightCheck ? "light" : "full JSON") << " check of every response\n";
        out().flush();
    }

    static bool writeFile(const QString &filePath, const QByteArray &data)
    {
        QFile file(filePath);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    // The sources of the drives, the config and a free port.
    bool makeFolders()
    {
        QElapsedTimer timer;
        timer.start();
        QDir root(m_folder.path());
        // Deterministic content: what is copied does not change from one run to the next.
        QByteArray block(16 * 1024, Qt::Uninitialized);
        quint32 seed = 12345;
        for (char &c : block) {
            seed = seed * 1103515245 + 12345;
            c = char(seed >> 24);
        }
        QJsonArray drives;
        for (int i = 1; i <= idleDrives + pausedDrives; ++i) {
            const QString source = path(QStringLiteral("source-%1").arg(i));
            root.mkpath(source);
            for (int f = 0; f < 10; ++f) {
                if (!writeFile(QDir(source).filePath(QStringLiteral("file-%1.txt").arg(f)),
                               block.first(100 + 100 * f))) {
                    fail(QStringLiteral("cannot write in ") + source);
                    return false;
                }
            }
            drives.append(QJsonObject{
                    { QStringLiteral("Name"), QStringLiteral("Drive %1").arg(i) },
                    { QStringLiteral("Source"), source },
                    { QStringLiteral("Target"), path(QStringLiteral("target-%1").arg(i)) },
                    { QStringLiteral("Sleep"), 1 },
                    { QStringLiteral("Units"), QStringLiteral("Days") },
                    { QStringLiteral("Enabled"), i <= idleDrives } });
        }
        // 100 files a folder, 1 to 4 KiB: copying it is file system work, not bytes. A tree
        // kept from an earlier run is used again.
        const QString source = syncRoot() + QStringLiteral("/source");
        const QString made = syncRoot() + QStringLiteral("/made-%1").arg(m_options.files);
        const bool reused = m_options.sync && QFile::exists(made);
        for (int i = 0; m_options.sync && !reused && i < m_options.files; ++i) {
            if (i % 100 == 0)
                root.mkpath(syncFolder(i));
            if (!writeFile(syncFile(i), block.sliced(i % 1024, 1024 + (i * 37) % 3072))) {
                fail(QStringLiteral("cannot write in ") + syncFolder(i));
                return false;
            }
        }
        root.mkpath(source);
        writeFile(made, {});
        // Paused: it runs only when SyncNow asks, so the measurement decides when.
        drives.append(QJsonObject{
                { QStringLiteral("Name"), syncDrive },
                { QStringLiteral("Source"), source },
                { QStringLiteral("Target"), QString(syncRoot() + QStringLiteral("/target")) },
                { QStringLiteral("Sleep"), 1 },
                { QStringLiteral("Units"), QStringLiteral("Days") },
                { QStringLiteral("Enabled"), false } });

        // A port that was free a moment ago; the server says in server.json which it took.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        const QJsonObject settings{ { QStringLiteral("WebSocketPort"), int(port) } };
        const QJsonObject config{ { QStringLiteral("Version"), 1 },
                                  { QStringLiteral("Settings"), settings },
                                  { QStringLiteral("Drives"), drives } };
        root.mkpath(path(QStringLiteral("config")));
        if (!writeFile(path(QStringLiteral("config/config.json")),
                       QJsonDocument(config).toJson())) {
            fail(QStringLiteral("cannot write the config"));
            return false;
        }
        out() << (reused ? "used the " : "made ") << m_options.files << " files to sync in "
              << syncRoot() << " and " << driveCount - 1 << " small sources in " << timer.elapsed()
              << " ms\n";
        out().flush();
        return true;
    }

    // Where the Sync drive's source and target are: kept with --tree, as making and deleting
    // hundreds of thousands of files slows the disk down for a while.
    QString syncRoot() const
    {
        return m_options.tree.isEmpty() ? path(QStringLiteral("sync")) : m_options.tree;
    }
    QString syncFolder(int file) const
    {
        return syncRoot() + QStringLiteral("/source/d%1").arg(file / 100, 4, 10, QChar(u'0'));
    }
    QString syncFile(int file) const
    {
        return syncFolder(file) + QStringLiteral("/f%1.bin").arg(file);
    }

    // Every file of the source gets a new time, so the next run copies them all again, into
    // the same target: no disk space is used, nothing is left to delete afterwards.
    bool touchSyncSource()
    {
        QElapsedTimer timer;
        timer.start();
        ++m_touches;
        const timespec times[2] = { { 0, UTIME_OMIT }, { m_touchBase + m_touches, 0 } };
        for (int i = 0; i < m_options.files; ++i) {
            if (::utimensat(AT_FDCWD, QFile::encodeName(syncFile(i)).constData(), times, 0) != 0) {
                fail(QStringLiteral("cannot change the time of ") + syncFile(i));
                return false;
            }
        }
        out() << "(the source of Sync touched in " << timer.elapsed() << " ms) ";
        return true;
    }

    QString serverOutput()
    {
        const QByteArray text = m_server.readAll();
        return QString::fromUtf8(text.right(4000));
    }

    void startServer()
    {
        const QStringList arguments{ QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                     path(QStringLiteral("config")), QStringLiteral("--data-dir"),
                                     path(QStringLiteral("data")) };
        connect(&m_server, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                fail(QStringLiteral("cannot start %1: %2")
                             .arg(m_options.app, m_server.errorString()));
        });
        m_server.start(m_options.app, arguments);
        m_deadline = m_clock.elapsed() + 30000;
        waitForServerFile();
    }

    // server.json appears once the server listens, with our server's Pid.
    void waitForServerFile()
    {
        QFile file(path(QStringLiteral("config/server.json")));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject server = QJsonDocument::fromJson(file.readAll()).object();
            if (server.value(QStringLiteral("Pid")).toInteger() == m_server.processId()) {
                m_url.setScheme(QStringLiteral("ws"));
                m_url.setHost(server.value(QStringLiteral("Address")).toString());
                m_url.setPort(server.value(QStringLiteral("Port")).toInt());
                out() << "server pid " << m_server.processId() << " listens on " << m_url.toString()
                      << '\n';
                out().flush();
                return openClients();
            }
        }
        if (m_clock.elapsed() > m_deadline)
            return fail(QStringLiteral("no server.json after 30 s; the application said:\n")
                        + serverOutput());
        QTimer::singleShot(50, this, [this] { waitForServerFile(); });
    }

    Client &newClient()
    {
        m_clients.push_back(std::make_unique<Client>());
        Client &client = *m_clients.back();
        connect(&client.socket, &QWebSocket::connected, this, [this, &client] {
            client.connected = true;
            connectionChanged();
        });
        connect(&client.socket, &QWebSocket::disconnected, this, [this, &client] {
            client.ended = true;
            connectionChanged();
        });
        // Qt 6.4 has error(); errorOccurred() comes with 6.5.
        connect(&client.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this, &client] {
                    client.ended = true;
                    connectionChanged();
                });
        connect(&client.socket, &QWebSocket::textMessageReceived, this,
                [this, &client](const QString &text) { received(client, text); });
        return client;
    }

    void openClients()
    {
        for (int i = 0; i < m_options.clients; ++i)
            newClient().socket.open(m_url);
        m_deadline = m_clock.elapsed() + 10000;
        m_step = [this] { return allClientsOpen(); };
        QTimer::singleShot(10000, this, [this] {
            if (m_step)
                fail(QStringLiteral("the clients did not all connect within 10 s"));
        });
    }

    // Called on every connect and disconnect: moves on when what the current step waits for
    // has happened.
    void connectionChanged()
    {
        // Moved out first: the step may end the test, which clears m_step while it runs.
        if (std::function<bool()> step = std::exchange(m_step, nullptr);
            step && !step() && !m_stopping && !m_step)
            m_step = std::move(step);
        if (m_load != Load::Off) {
            for (const auto &client : m_clients) {
                if (client->ended && client.get() != m_extra && !client->pending.empty()) {
                    addError(QStringLiteral("a client was disconnected"),
                             qint64(client->pending.size()));
                    client->pending.clear();
                }
            }
            drained();
        }
    }

    bool allClientsOpen()
    {
        qsizetype open = 0;
        for (const auto &client : m_clients) {
            if (client->ended) {
                fail(QStringLiteral("a client was refused or disconnected while opening: ")
                     + client->socket.errorString());
                return true;
            }
            open += client->connected;
        }
        if (open < m_options.clients)
            return false;
        out() << open << " clients connected\n";
        QTimer::singleShot(0, this, [this] { checkLimit(); });
        return true;
    }

    // The server's limit: with 64 open, a 65th is refused (HTTP 403) and the 64 stay served.
    void checkLimit()
    {
        if (m_options.clients != serverMaxClients) {
            out() << "limit not checked (" << m_options.clients << " clients, not "
                  << serverMaxClients << ")\n";
            return waitForStartupRuns();
        }
        m_extra = &newClient();
        m_extra->socket.open(m_url);
        m_step = [this] {
            if (m_extra->connected) {
                fail(QStringLiteral("the server accepted a client over its limit of 64"));
                return true;
            }
            if (!m_extra->ended)
                return false;
            out() << "client " << serverMaxClients + 1
                  << " refused as it should be: " << m_extra->socket.errorString() << '\n';
            QTimer::singleShot(0, this, [this] { waitForStartupRuns(); });
            return true;
        };
        QTimer::singleShot(10000, this, [this] {
            if (m_step)
                fail(QStringLiteral("no answer to the 65th client's handshake within 10 s"));
        });
    }

    // A control request on the first client, between two phases; `done` gets the response.
    void call(const QJsonObject &request, std::function<void(const QJsonObject &)> done)
    {
        Client &client = *m_clients.front();
        if (client.ended)
            return fail(QStringLiteral("the control client was disconnected"));
        const quint64 serial = ++m_calls;
        client.control = std::move(done);
        client.socket.sendTextMessage(compact(request));
        QTimer::singleShot(10000, this, [this, serial, request] {
            if (m_calls == serial && m_clients.front()->control)
                fail(QStringLiteral("no answer within 10 s to ") + compact(request));
        });
    }

    void getStatus(std::function<void(const QJsonObject &drives)> done)
    {
        call({ { QStringLiteral("request"), QStringLiteral("GetStatus") } },
             [this, done = std::move(done)](const QJsonObject &response) {
                 const QJsonObject drives = response.value(QStringLiteral("Drives")).toObject();
                 if (drives.size() != driveCount)
                     return fail(QStringLiteral("GetStatus: ") + compact(response));
                 done(drives);
             });
    }

    // The enabled small drives run once at start-up (never run, so due at once), one after the
    // other on this one disk. They are done before the measurement starts.
    void waitForStartupRuns()
    {
        m_deadline = m_clock.elapsed() + 60000;
        pollStartupRuns();
    }

    void pollStartupRuns()
    {
        getStatus([this](const QJsonObject &drives) {
            bool done = true;
            for (auto it = drives.begin(); it != drives.end(); ++it) {
                const QJsonObject drive = it->toObject();
                if (drive.value(QStringLiteral("Status")).toString() == u"Syncing"
                    || (it.key() != syncDrive
                        && drive.value(QStringLiteral("Status")).toString() != u"Paused"
                        && drive.value(QStringLiteral("LastResult")).isNull()))
                    done = false;
            }
            if (done)
                return nextPhase();
            if (m_clock.elapsed() > m_deadline)
                return fail(QStringLiteral("the start-up runs did not end within 60 s"));
            QTimer::singleShot(100, this, [this] { pollStartupRuns(); });
        });
    }

    // "12345 of 100000 files" while it syncs; its LastResult when it has ended.
    static QString syncState(const QJsonObject &drive)
    {
        if (drive.value(QStringLiteral("Status")).toString() != u"Syncing")
            return QStringLiteral("ended, LastResult ")
                   + drive.value(QStringLiteral("LastResult")).toString(QStringLiteral("null"));
        const QJsonObject progress = drive.value(QStringLiteral("Progress")).toObject();
        return QStringLiteral("%1 of %2 files done")
                .arg(progress.value(QStringLiteral("FilesDone")).toInteger())
                .arg(progress.value(QStringLiteral("FilesTotal")).toInteger());
    }

    void nextPhase()
    {
        if (m_phaseIndex >= m_phases.size())
            return finish();
        m_result = PhaseResult{};
        m_result.request = m_phases.at(m_phaseIndex).first;
        m_result.inFlight = m_phases.at(m_phaseIndex).second;
        ++m_phaseIndex;
        out() << m_result.request << ", " << m_result.inFlight << " in flight per client: ";
        out().flush();
        if (!m_options.sync)
            return startLoad();
        // Every phase gets a run of its own, from its start: one left over from the phase
        // before could end in the middle of this one.
        m_deadline = m_clock.elapsed() + 30000;
        restartSync(false);
    }

    // Cancels a run that is still going and waits for its end; then every file is copied
    // again, as its source was touched.
    void restartSync(bool cancelled)
    {
        getStatus([this, cancelled](const QJsonObject &drives) {
            const QJsonObject drive = drives.value(syncDrive).toObject();
            if (drive.value(QStringLiteral("Status")).toString() == u"Syncing") {
                if (m_clock.elapsed() > m_deadline)
                    return fail(QStringLiteral("the Sync drive did not stop within 30 s"));
                if (cancelled) {
                    QTimer::singleShot(20, this, [this] { restartSync(true); });
                    return;
                }
                return call({ { QStringLiteral("request"), QStringLiteral("CancelSync") },
                              { QStringLiteral("Name"), syncDrive } },
                            [this](const QJsonObject &) { restartSync(true); });
            }
            if (!touchSyncSource())
                return;
            syncNow();
        });
    }

    void syncNow()
    {
        call({ { QStringLiteral("request"), QStringLiteral("SyncNow") },
               { QStringLiteral("Name"), syncDrive } },
             [this](const QJsonObject &response) {
                 if (response.value(QStringLiteral("Result")).toString() != u"Success")
                     return fail(QStringLiteral("SyncNow: ") + compact(response));
                 m_deadline = m_clock.elapsed() + 10000;
                 waitForSyncing();
             });
    }

    void waitForSyncing()
    {
        getStatus([this](const QJsonObject &drives) {
            const QJsonObject drive = drives.value(syncDrive).toObject();
            m_result.syncingAtStart
                    = drive.value(QStringLiteral("Status")).toString() == u"Syncing";
            if (m_result.syncingAtStart || m_clock.elapsed() > m_deadline) {
                out() << "Sync " << syncState(drive);
                return startLoad();
            }
            QTimer::singleShot(20, this, [this] { waitForSyncing(); });
        });
    }

    void startLoad()
    {
        m_prefix = QStringLiteral("{\"request\":\"%1\",\"id\":").arg(m_result.request);
        m_expectDrives = m_result.request == u"ListDrives" || m_result.request == u"GetStatus";
        m_windowStart = noTime;
        m_windowEnd = noTime;
        m_load = Load::Warmup;
        out().flush();
        for (const auto &client : m_clients) {
            if (client.get() == m_extra || client->ended)
                continue;
            for (int i = 0; i < m_result.inFlight; ++i)
                send(*client);
        }
        QTimer::singleShot(std::chrono::milliseconds(qint64(m_options.warmupSeconds * 1000)), this,
                           [this] { startWindow(); });
    }

    void startWindow()
    {
        m_load = Load::Measuring;
        m_windowStart = m_clock.nsecsElapsed();
        m_cpuStart = CpuSnapshot::take(m_windowStart, m_server.processId());
        if (!m_options.perfPrefix.isEmpty())
            startPerf();
        QTimer::singleShot(std::chrono::milliseconds(qint64(m_options.seconds * 1000)), this,
                           [this] { endWindow(); });
    }

    void endWindow()
    {
        m_windowEnd = m_clock.nsecsElapsed();
        const CpuSnapshot end = CpuSnapshot::take(m_windowEnd, m_server.processId());
        m_load = Load::Draining;
        stopPerf();
        const double seconds = double(m_windowEnd - m_windowStart) / 1e9;
        m_result.seconds = seconds;
        m_result.clientCpu = 100 * (end.client - m_cpuStart.client) / seconds;
        m_result.serverMainCpu = 100 * (end.serverMain - m_cpuStart.serverMain) / seconds;
        m_result.serverMainWait = 100 * (end.serverMainWait - m_cpuStart.serverMainWait) / seconds;
        m_result.serverCpu = 100 * (end.server - m_cpuStart.server) / seconds;
        const qint64 total = end.machineTotal - m_cpuStart.machineTotal;
        m_result.machineCpu = total > 0 ? 100.0 * QThread::idealThreadCount()
                                                  * double(end.machineBusy - m_cpuStart.machineBusy)
                                                  / double(total)
                                        : 0;
        // What is still in flight gets 5 s; then it counts as lost.
        const qsizetype phase = m_phaseIndex;
        QTimer::singleShot(5000, this, [this, phase] {
            if (m_load != Load::Draining || m_phaseIndex != phase)
                return;
            for (const auto &client : m_clients) {
                if (!client->pending.empty())
                    addError(QStringLiteral("no response within 5 s"),
                             qint64(client->pending.size()));
                client->pending.clear();
            }
            drained();
        });
        drained();
    }

    void send(Client &client)
    {
        const qint64 id = client.nextId++;
        client.pending.push_back({ id, m_clock.nsecsElapsed() });
        client.socket.sendTextMessage(m_prefix + QString::number(id) + u'}');
    }

    void received(Client &client, const QString &text)
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (client.control) {
            const auto done = std::exchange(client.control, nullptr);
            return done(QJsonDocument::fromJson(text.toUtf8()).object());
        }
        if (client.pending.empty())
            return addError(QStringLiteral("a message that answers no request: ") + text.left(200));
        const Client::Pending sent = client.pending.front();
        client.pending.pop_front();
        if (const QString problem = check(text, sent.id); !problem.isEmpty()) {
            addError(problem);
        } else {
            m_result.responseBytes = text.size();
            if (now >= m_windowStart && now < m_windowEnd)
                ++m_result.completed;
            if (sent.sentNs >= m_windowStart && sent.sentNs < m_windowEnd)
                m_result.latencies.push_back(now - sent.sentNs);
        }
        if (m_load == Load::Warmup || m_load == Load::Measuring)
            send(client);
        else if (m_load == Load::Draining)
            drained();
    }

    // Why `text` is not the answer to request `id`; empty when it is.
    QString check(const QString &text, qint64 id) const
    {
        if (m_options.lightCheck) {
            // Only what the server's compact output makes easy to see, without parsing.
            if (!text.contains(u"\"Result\":\"Success\""))
                return QStringLiteral("not a success: ") + text.left(200);
            if (!text.contains(QString(QStringLiteral("\"id\":") + QString::number(id) + u',')))
                return QStringLiteral("not the answer to request %1: ").arg(id) + text.left(200);
            if (m_expectDrives && text.count(u"\"Status\":") != driveCount)
                return QStringLiteral("not %1 drives: ").arg(driveCount) + text.left(200);
            return {};
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!document.isObject())
            return QStringLiteral("malformed response (%1): ").arg(error.errorString())
                   + text.left(200);
        const QJsonObject json = document.object();
        if (json.value(QStringLiteral("response")).toString() != m_result.request
            || json.value(QStringLiteral("id")).toInteger(-1) != id)
            return QStringLiteral("not the answer to request %1: ").arg(id) + text.left(200);
        if (json.value(QStringLiteral("Result")).toString() != u"Success")
            return QStringLiteral("Result is not Success: ") + text.left(200);
        if (m_expectDrives) {
            const QJsonObject drives = json.value(QStringLiteral("Drives")).toObject();
            if (drives.size() != driveCount)
                return QStringLiteral("%1 drives instead of %2").arg(drives.size()).arg(driveCount);
            for (const QJsonValue drive : drives) {
                if (!drive.toObject().value(QStringLiteral("Status")).isString())
                    return QStringLiteral("a drive without Status: ") + text.left(200);
            }
        } else if (json.value(QStringLiteral("Application")).toString() != u"LetThatSyncIn") {
            return QStringLiteral("a Hello without Application: ") + text.left(200);
        }
        return {};
    }

    void addError(const QString &what, qint64 count = 1)
    {
        m_result.errors += count;
        if (m_errorLines < 10) {
            ++m_errorLines;
            err() << "error: " << what << " (x" << count << ")\n";
            err().flush();
        }
    }

    // Once nothing is in flight after the window (and perf has written its file): the sync's
    // state at the end, then the next phase.
    void drained()
    {
        if (m_load != Load::Draining)
            return;
        for (const auto &client : m_clients) {
            if (!client->pending.empty())
                return;
        }
        m_load = Load::Off;
        if (m_perf && m_perf->state() != QProcess::NotRunning) {
            connect(m_perf.get(), &QProcess::finished, this, [this] { endPhase(); });
            return;
        }
        endPhase();
    }

    void endPhase()
    {
        if (m_perf) {
            out() << "\n  perf: " << m_perf->program() << ' ' << m_perf->arguments().join(u' ');
            m_perf.release()->deleteLater();
        }
        if (!m_options.sync)
            return reportPhase();
        getStatus([this](const QJsonObject &drives) {
            const QJsonObject drive = drives.value(syncDrive).toObject();
            m_result.syncingAtEnd = drive.value(QStringLiteral("Status")).toString() == u"Syncing";
            m_result.syncAtEnd = syncState(drive);
            reportPhase();
        });
    }

    void reportPhase()
    {
        PhaseResult &r = m_result;
        std::sort(r.latencies.begin(), r.latencies.end());
        out() << "\n  " << qRound64(r.rate()) << " requests/s, latency ms p50 "
              << r.percentileMs(0.5) << " p90 " << r.percentileMs(0.9) << " p99 "
              << r.percentileMs(0.99) << " max " << r.percentileMs(1) << ", " << r.errors
              << " errors, " << r.responseBytes << " bytes a response; CPU % of a core: server "
              << "main thread " << qRound(r.serverMainCpu) << " (and " << qRound(r.serverMainWait)
              << " waiting for a CPU), server " << qRound(r.serverCpu) << ", client "
              << qRound(r.clientCpu) << ", machine " << qRound(r.machineCpu) << " of "
              << 100 * QThread::idealThreadCount();
        if (m_options.sync)
            out() << "; at the end Sync " << r.syncAtEnd;
        out() << '\n';
        out().flush();
        m_results.push_back(std::move(m_result));
        nextPhase();
    }

    void startPerf()
    {
        const PhaseResult &r = m_result;
        m_perf = std::make_unique<QProcess>();
        m_perf->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_perf->setStandardOutputFile(QProcess::nullDevice());
        m_perf->start(QStringLiteral("perf"),
                      { QStringLiteral("record"), QStringLiteral("-q"), QStringLiteral("-F"),
                        QStringLiteral("999"), QStringLiteral("-g"), QStringLiteral("-o"),
                        QStringLiteral("%1-%2-%3.data")
                                .arg(m_options.perfPrefix, r.request)
                                .arg(r.inFlight),
                        QStringLiteral("-p"), QString::number(m_server.processId()) });
    }

    // perf writes its file when interrupted, as with Ctrl-C.
    void stopPerf()
    {
        // Never kill(0, ...): that would interrupt this program's whole process group.
        if (m_perf && m_perf->processId() > 0)
            ::kill(pid_t(m_perf->processId()), SIGINT);
    }

    void finish()
    {
        out() << "\n| request | in flight per client | requests/s | p50 ms | p90 ms | p99 ms "
                 "| max ms | errors | server main thread CPU % "
                 "| main thread waiting for a CPU % | server CPU % | client CPU % "
                 "| machine CPU % | syncing at start / end |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
        m_errors = 0;
        for (const PhaseResult &r : m_results) {
            m_errors += r.errors;
            out() << "| " << r.request << " | " << r.inFlight << " | " << qRound64(r.rate())
                  << " | " << QString::number(r.percentileMs(0.5), 'f', 2) << " | "
                  << QString::number(r.percentileMs(0.9), 'f', 2) << " | "
                  << QString::number(r.percentileMs(0.99), 'f', 2) << " | "
                  << QString::number(r.percentileMs(1), 'f', 2) << " | " << r.errors << " | "
                  << qRound(r.serverMainCpu) << " | " << qRound(r.serverMainWait) << " | "
                  << qRound(r.serverCpu) << " | " << qRound(r.clientCpu) << " | "
                  << qRound(r.machineCpu) << " | "
                  << (m_options.sync ? yesNo(r.syncingAtStart) + QStringLiteral(" / ")
                                               + yesNo(r.syncingAtEnd)
                                     : QStringLiteral("no sync"))
                  << " |\n";
        }
        // The target of the issue: 20,000 ListDrives a second from 64 clients with one request
        // in flight each, p99 under 10 ms, no error.
        for (const PhaseResult &r : m_results) {
            if (r.request != u"ListDrives" || r.inFlight != 1)
                continue;
            const bool met = r.rate() >= 20000 && r.percentileMs(0.99) < 10 && r.errors == 0;
            out() << "\ntarget (>= 20000 ListDrives/s, p99 < 10 ms, no error): "
                  << (met ? "met" : "NOT met") << '\n';
        }
        out().flush();
        stop(m_errors > 0 ? 1 : 0);
    }

    // Cancels the run, closes the clients, and stops the server as systemd does.
    void stop(int exitCode)
    {
        if (m_stopping)
            return;
        m_stopping = true;
        m_exitCode = exitCode;
        m_step = nullptr;
        m_load = Load::Off;
        for (const auto &client : m_clients)
            client->socket.abort();
        stopPerf();
        if (m_server.state() == QProcess::NotRunning)
            return QCoreApplication::exit(m_exitCode);
        connect(&m_server, &QProcess::finished, this,
                [this](int code, QProcess::ExitStatus status) {
                    if (status != QProcess::NormalExit || code != 0) {
                        err() << "the application did not stop cleanly (exit code " << code
                              << "):\n"
                              << serverOutput() << '\n';
                        m_exitCode = std::max(m_exitCode, 1);
                    }
                    QCoreApplication::exit(m_exitCode);
                });
        if (m_server.processId() > 0)
            ::kill(pid_t(m_server.processId()), SIGTERM);
        QTimer::singleShot(30000, this, [this] {
            err() << "the application did not stop within 30 s of SIGTERM; killed\n";
            m_exitCode = 2;
            m_server.kill();
        });
    }

    void fail(const QString &why)
    {
        if (m_stopping)
            return;
        err() << "lts_apiload: " << why << '\n';
        err().flush();
        stop(2);
    }

    Options m_options;
    QTemporaryDir m_folder;
    QElapsedTimer m_clock;
    QProcess m_server;
    std::unique_ptr<QProcess> m_perf;
    QUrl m_url;
    std::vector<std::unique_ptr<Client>> m_clients;
    Client *m_extra = nullptr; // the 65th, which must be refused
    std::function<bool()> m_step; // what connectionChanged() waits for; true when done
    qint64 m_deadline = 0;
    quint64 m_calls = 0;
    qint64 m_touchBase = QDateTime::currentSecsSinceEpoch();
    int m_touches = 0;

    QList<std::pair<QString, int>> m_phases;
    qsizetype m_phaseIndex = 0;
    PhaseResult m_result;
    std::vector<PhaseResult> m_results;
    Load m_load = Load::Off;
    QString m_prefix;
    bool m_expectDrives = false;
    qint64 m_windowStart = noTime;
    qint64 m_windowEnd = noTime;
    CpuSnapshot m_cpuStart;
    int m_errorLines = 0;
    qint64 m_errors = 0;
    bool m_stopping = false;
    int m_exitCode = 0;
};

std::optional<Options> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Load test of the WebSocket API: 64 clients against the real application while a "
            "drive syncs. Exit code 0: no error; 1: errors; 2: the test could not run."));
    parser.addHelpOption();
    const QCommandLineOption app(QStringLiteral("app"),
                                 QStringLiteral("The application to measure."),
                                 QStringLiteral("path"), QStringLiteral(LTS_APP_PATH));
    const QCommandLineOption clients(
            QStringLiteral("clients"),
            QStringLiteral("Clients (1-64; the limit is checked with 64)."), QStringLiteral("n"),
            QString::number(serverMaxClients));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Measured seconds per phase."),
                                     QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Warm-up seconds before each measurement."),
                                    QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption requests(
            QStringLiteral("requests"), QStringLiteral("The requests to measure, one phase each."),
            QStringLiteral("list"), QStringLiteral("ListDrives,GetStatus,Hello"));
    const QCommandLineOption inFlight(
            QStringLiteral("in-flight"),
            QStringLiteral("Requests each client keeps in flight; a phase for each value."),
            QStringLiteral("list"), QStringLiteral("1,4"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   QStringLiteral("Files in the tree that the Sync drive copies."),
                                   QStringLiteral("n"), QStringLiteral("150000"));
    const QCommandLineOption tree(
            QStringLiteral("tree"),
            QStringLiteral("Keep the Sync drive's source and target in this folder, and use them "
                           "again in the next run."),
            QStringLiteral("dir"));
    const QCommandLineOption noSync(QStringLiteral("no-sync"),
                                    QStringLiteral("Measure with every drive idle."));
    const QCommandLineOption light(
            QStringLiteral("light-check"),
            QStringLiteral("Check responses by searching the text instead of parsing the JSON "
                           "(less client CPU)."));
    const QCommandLineOption work(QStringLiteral("work-dir"),
                                  QStringLiteral("Where the temporary folder goes."),
                                  QStringLiteral("dir"), QDir::tempPath());
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the temporary folder."));
    const QCommandLineOption perf(
            QStringLiteral("perf"),
            QStringLiteral("Record the server with perf during each measurement, to "
                           "<prefix>-<request>-<in flight>.data."),
            QStringLiteral("prefix"));
    parser.addOptions({ app, clients, seconds, warmup, requests, inFlight, files, tree, noSync,
                        light, work, keep, perf });
    parser.process(arguments);

    Options options;
    options.app = parser.value(app);
    options.workFolder = parser.value(work);
    options.clients = parser.value(clients).toInt();
    options.seconds = parser.value(seconds).toDouble();
    options.warmupSeconds = parser.value(warmup).toDouble();
    options.requests = parser.value(requests).split(u',', Qt::SkipEmptyParts);
    for (const QString &value : parser.value(inFlight).split(u',', Qt::SkipEmptyParts))
        options.inFlight.append(value.toInt());
    options.files = parser.value(files).toInt();
    options.sync = !parser.isSet(noSync);
    options.lightCheck = parser.isSet(light);
    options.keep = parser.isSet(keep);
    options.perfPrefix = parser.value(perf);
    options.tree = parser.value(tree);

    const QStringList known{ QStringLiteral("ListDrives"), QStringLiteral("GetStatus"),
                             QStringLiteral("Hello") };
    const bool valid = options.clients >= 1 && options.clients <= serverMaxClients
                       && options.seconds > 0 && options.warmupSeconds >= 0 && options.files >= 0
                       && !options.requests.isEmpty() && !options.inFlight.isEmpty()
                       && std::all_of(options.requests.cbegin(), options.requests.cend(),
                                      [&known](const QString &r) { return known.contains(r); })
                       && std::all_of(options.inFlight.cbegin(), options.inFlight.cend(),
                                      [](int n) { return n >= 1 && n <= 1000; });
    if (!valid) {
        err() << "lts_apiload: invalid option; see --help\n";
        return std::nullopt;
    }
    return options;
}

} // namespace

} // namespace lts

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const std::optional<lts::Options> options = lts::parseOptions(QCoreApplication::arguments());
    if (!options)
        return 2;
    lts::LoadTest test(*options);
    QTimer::singleShot(0, &test, [&test] { test.start(); });
    return QCoreApplication::exec();
}
