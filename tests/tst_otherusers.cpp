// Another local user against the API, with real users: the application runs as one user
// (through setpriv), the attacker's sockets are made by this test as another. Run as root
// only, which can act as both; skipped elsewhere, with the reason.
#include "apprunner.h"
#include "files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace lts;

namespace {

// Users with no entry in /etc/passwd: a uid is all the kernel needs to tell two users apart.
constexpr uid_t owner = 64001;
constexpr uid_t attacker = 64002;

const QByteArray ownersToken = "owners-token-0123456789abcdefghijklmnopqrstuvwxyz";

// Sockets made while this lives belong to `user` (the kernel records the effective user of
// whoever makes a socket, and /proc/net/tcp shows it).
class ActingAs
{
public:
    explicit ActingAs(uid_t user)
    {
        if (setegid(user) != 0 || seteuid(user) != 0)
            qFatal("cannot act as user %u", unsigned(user));
    }
    ~ActingAs()
    {
        if (seteuid(0) != 0 || setegid(0) != 0)
            qFatal("cannot become root again");
    }
    Q_DISABLE_COPY_MOVE(ActingAs)
};

bool appReachableByOthers()
{
    QString folder = QFileInfo(QStringLiteral(LTS_APP_PATH)).absolutePath();
    for (; folder.size() > 1; folder = QFileInfo(folder).absolutePath()) {
        struct stat info = {};
        if (stat(QFile::encodeName(folder).constData(), &info) != 0 || !(info.st_mode & S_IXOTH))
            return false;
    }
    return true;
}

} // namespace

class TestOtherUsers : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // A folder of `user`'s, 0700.
    QString folderOf(uid_t user, const QString &name) const
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        [[maybe_unused]] const int owned = chown(QFile::encodeName(folder).constData(), user, user);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return folder;
    }

    // The owner's config folder, with the owner's API token in it.
    QString ownersConfig() const
    {
        const QString config = folderOf(owner, QStringLiteral("owner/config"));
        const QString token = config + QStringLiteral("/token");
        test::writeFile(token, ownersToken + '\n');
        [[maybe_unused]] const int owned
                = chown(QFile::encodeName(token).constData(), owner, owner);
        QFile::setPermissions(token, QFile::ReadOwner | QFile::WriteOwner);
        return config;
    }

    // The application as the owner: setpriv gives it the owner's user, group and no others.
    std::unique_ptr<QProcess> startAsOwner(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        test::AppRunner(folderOf(owner, QStringLiteral("owner"))).prepare(*process, arguments);
        process->setArguments(QStringList{ QStringLiteral("--reuid=%1").arg(owner),
                                           QStringLiteral("--regid=%1").arg(owner),
                                           QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                           process->program() }
                              + arguments);
        process->setProgram(QStandardPaths::findExecutable(QStringLiteral("setpriv")));
        process->start();
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("acting as two users needs root; run the tests as root to have this one");
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv (util-linux) is missing");
        if (!appReachableByOthers())
            QSKIP("other users cannot reach the build folder, so they cannot run the application");
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                     | QFile::ExeOther);
    }

    // Item 1 of issue 08: the token went to whoever listened on the port.
    void theTokenNeverReachesAnotherUsersListener()
    {
        const QString config = ownersConfig();
        const QString data = folderOf(owner, QStringLiteral("owner/data"));

        // The attacker's WebSocket server, which would take whatever it is sent.
        QWebSocketServer bait(QStringLiteral("bait"), QWebSocketServer::NonSecureMode);
        {
            const ActingAs as(attacker);
            QVERIFY(bait.listen(QHostAddress::LocalHost, 0));
        }
        QByteArray received;
        int connections = 0;
        connect(&bait, &QWebSocketServer::newConnection, this, [&] {
            while (QWebSocket *client = bait.nextPendingConnection()) {
                ++connections;
                for (const auto &header : client->request().rawHeaderList())
                    received += header + ": " + client->request().rawHeader(header) + '\n';
                connect(client, &QWebSocket::textMessageReceived, this,
                        [&](const QString &text) { received += text.toUtf8(); });
            }
        });
        const QString port = QString::number(bait.serverPort());

        // Through the port given, and through a server.json a crash left behind.
        for (const QStringList &where :
             { QStringList{ QStringLiteral("--ws-port"), port }, QStringList() }) {
            if (where.isEmpty()) {
                QProcess gone; // a process id that is no longer anyone's
                gone.start(QStringLiteral("true"));
                QVERIFY(gone.waitForFinished());
                const QJsonObject server{ { QStringLiteral("Address"),
                                            QStringLiteral("127.0.0.1") },
                                          { QStringLiteral("Port"), bait.serverPort() },
                                          { QStringLiteral("Pid"), gone.processId() } };
                QVERIFY(test::writeFile(config + QStringLiteral("/server.json"),
                                        QJsonDocument(server).toJson()));
            }
            for (const QString &command : { QStringLiteral("status"), QStringLiteral("send") }) {
                QStringList arguments{ command, QStringLiteral("--config-dir"), config,
                                       QStringLiteral("--data-dir"), data };
                if (command == QStringLiteral("send"))
                    arguments << QStringLiteral(R"({"request":"ListDrives"})");
                const std::unique_ptr<QProcess> client = startAsOwner(arguments + where);
                // waited for with the event loop running: the attacker\'s sockets are served
                // meanwhile
                QTRY_VERIFY_WITH_TIMEOUT(client->state() == QProcess::NotRunning, 60000);
                const QString said = QString::fromUtf8(client->readAllStandardError());
                QVERIFY2(client->exitCode() != 0, qPrintable(said));
                if (!where.isEmpty())
                    QVERIFY2(said.contains(QStringLiteral("is not your LetThatSyncIn")),
                             qPrintable(said));
            }
        }
        QVERIFY(connections > 0); // it was reached, and then told nothing
        QVERIFY2(!received.contains(ownersToken), received.constData());
        QVERIFY2(!received.contains("request"), received.constData());
    }

    // Item 3 of issue 08: 64 connections of another user kept the owner out.
    void anotherUsersConnectionsCannotKeepTheOwnerOut_data()
    {
        QTest::addColumn<bool>("requireToken");
        QTest::newRow("the owner needs no token") << false;
        // Then the command line gives the token after it connects, and must still get in.
        QTest::newRow("RequireToken on") << true;
    }
    void anotherUsersConnectionsCannotKeepTheOwnerOut()
    {
        QFETCH(bool, requireToken);
        const QString config = ownersConfig();
        if (requireToken) {
            const QString file = config + QStringLiteral("/config.json");
            QVERIFY(test::writeFile(file, R"({"Version": 1, "Settings": {"RequireToken": true}})"));
            [[maybe_unused]] const int owned
                    = chown(QFile::encodeName(file).constData(), owner, owner);
        }
        const QString data = folderOf(owner, QStringLiteral("owner/data"));
        quint16 port = 0;
        {
            QTcpServer probe; // a free port, given back at once
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const std::unique_ptr<QProcess> service
                = startAsOwner({ QStringLiteral("--headless"), QStringLiteral("--config-dir"),
                                 config, QStringLiteral("--data-dir"), data,
                                 QStringLiteral("--ws-port"), QString::number(port) });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(config + QStringLiteral("/server.json")), 30000);

        std::vector<std::unique_ptr<QWebSocket>> held;
        int answered = 0;
        QString answer;
        {
            const ActingAs as(attacker);
            for (int i = 0; i < 64; ++i) {
                held.push_back(std::make_unique<QWebSocket>());
                held.back()->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
            }
        }
        auto settled = [&held] {
            return std::all_of(held.cbegin(), held.cend(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectedState
                       || socket->state() == QAbstractSocket::UnconnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
        auto open = [&held] {
            return std::count_if(held.cbegin(), held.cend(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectedState;
            });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(open() <= 8, qPrintable(QString::number(open())), 30000);
        QVERIFY(open() > 0);

        // What the attacker may ask without the token: nothing.
        for (const auto &socket : held) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                continue;
            connect(socket.get(), &QWebSocket::textMessageReceived, this, [&](const QString &text) {
                ++answered;
                answer = text;
            });
            socket->sendTextMessage(QStringLiteral(R"({"request":"ListDrives"})"));
            break;
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 30000);
        QVERIFY2(answer.contains(QStringLiteral("Not Authenticated")), qPrintable(answer));

        // The owner gets in meanwhile.
        const std::unique_ptr<QProcess> status
                = startAsOwner({ QStringLiteral("status"), QStringLiteral("--config-dir"), config,
                                 QStringLiteral("--data-dir"), data });
        // waited for with the event loop running: the attacker\'s sockets are served meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(status->state() == QProcess::NotRunning, 60000);
        QVERIFY2(status->exitCode() == 0, status->readAllStandardError().constData());

        service->terminate();
        // waited for with the event loop running: the attacker\'s sockets are served meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(service->state() == QProcess::NotRunning, 60000);
        QCOMPARE(service->exitCode(), 0);
    }
};

int main(int argc, char *argv[])
{
    // Unlike the other tests, this one stays root: it acts as two users.
    QCoreApplication app(argc, argv);
    TestOtherUsers test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_otherusers.moc"
