// The SSH connection of SFTP locations against a real OpenSSH sshd on loopback: host keys
// checked (unknown, trusted, changed, a wrong fingerprint), logins refused, servers that are
// not there or never answer, and a cancel that ends a call at once.
#include "memoryfs.h"
#include "sftpfs.h"
#include "smalldisk.h"
#include "sockets.h"
#include "sshconfig.h"
#include "sshdserver.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace lts;
using test::socketOption;
using test::socketsTo;
using namespace lts::fsops;

namespace {

// A thread's state as the kernel tells it ('R' running, 'S' sleeping in a wait).
char threadState(pid_t thread)
{
    QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(thread));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray text = stat.readAll();
    const qsizetype end = text.lastIndexOf(')');
    return end > 0 && end + 2 < text.size() ? text.at(end + 2) : '?';
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;

    SshEndpoint endpoint() const
    {
        SshEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = m_server->port();
        endpoint.user = m_server->user();
        endpoint.identityFile = m_server->clientKey();
        endpoint.knownHostsFile = m_config->filePath(QStringLiteral("known_hosts"));
        endpoint.userKnownHostsFile = m_config->filePath(QStringLiteral("user_known_hosts"));
        // Never the real user's ~/.ssh/config: the test's own, which none writes unless asked.
        endpoint.configFile = m_config->filePath(QStringLiteral("ssh_config"));
        endpoint.useAgent = false;
        endpoint.useDefaultKeys = false;
        return endpoint;
    }

    void writeSshConfig(const QByteArray &text)
    {
        QFile file(m_config->filePath(QStringLiteral("ssh_config")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    void writeUserKnownHosts(const QByteArray &text)
    {
        QFile file(m_config->filePath(QStringLiteral("user_known_hosts")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        m_server = std::make_unique<test::SshdServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->whyNot()));
    }

    void cleanup()
    {
        m_server.reset();
        m_config.reset();
    }

    void anUnknownHostKeyIsRefusedWithItsFingerprint()
    {
        HostKey key;
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(endpoint(), {}, &key);
        QVERIFY(!session);
        QCOMPARE(session.error().code, QStringLiteral("Host Key Unknown"));
        QCOMPARE(kindOf(session.error()), ErrorKind::Denied);
        const QString fingerprint = m_server->hostFingerprint();
        QVERIFY(fingerprint.startsWith(u"SHA256:"));
        QCOMPARE(key.fingerprint, fingerprint);
        QCOMPARE(key.type, QStringLiteral("ssh-ed25519"));
        QVERIFY2(session.error().message.contains(fingerprint),
                 qPrintable(session.error().message));
        QVERIFY2(session.error().message.contains(u"127.0.0.1"),
                 qPrintable(session.error().message));
        // Nothing was written anywhere: never trusted silently.
        QVERIFY(!QFile::exists(endpoint().knownHostsFile));

        // A location tells which key it was refused for, for the drive's Trust field.
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()));
        QVERIFY(!location.refusedHostKey());
        Result<Folder> root = location.openRoot();
        QVERIFY(!root);
        QCOMPARE(root.error().code, QStringLiteral("Host Key Unknown"));
        QVERIFY(location.refusedHostKey());
        QCOMPARE(location.refusedHostKey()->fingerprint, fingerprint);
        QCOMPARE(location.refusedHostKey()->type, QStringLiteral("ssh-ed25519"));
        QVERIFY(SshSession::trust(endpoint(), fingerprint));
        QVERIFY(location.openRoot());
        QVERIFY(!location.refusedHostKey());
    }

    // A server that goes away without a word (a cable pulled) is found by keepalive probes
    // within a minute, also while the session waits unused in its pool, not after the kernel's
    // two hours: the session's socket asks for them.
    void theSessionsSocketFindsASilentServerWithinAMinute()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(endpoint());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        // Every connection this process has to the server (the look at its key made for
        // trust() may be one more).
        const QList<int> sockets = socketsTo(m_server->port());
        QVERIFY(!sockets.isEmpty());
        for (const int fd : sockets) {
            QCOMPARE(socketOption(fd, SOL_SOCKET, SO_KEEPALIVE), 1);
            const int idle = socketOption(fd, IPPROTO_TCP, TCP_KEEPIDLE);
            const int interval = socketOption(fd, IPPROTO_TCP, TCP_KEEPINTVL);
            const int probes = socketOption(fd, IPPROTO_TCP, TCP_KEEPCNT);
            QCOMPARE(idle, 30);
            QCOMPARE(interval, 10);
            QCOMPARE(probes, 3);
            QVERIFY(idle + interval * probes <= 60);
        }
    }

    // A session that ends closes its socket: libssh (0.10 on) leaves the one it was given
    // open, and a tray that runs its drives for weeks would run out of descriptors.
    void aSessionThatEndsClosesItsSocket()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        QCOMPARE(socketsTo(m_server->port()).size(), 0); // trust()'s own look is closed
        {
            Result<std::shared_ptr<SshSession>> session = SshSession::connect(endpoint());
            QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
            QCOMPARE(socketsTo(m_server->port()).size(), 1);
        }
        QCOMPARE(socketsTo(m_server->port()).size(), 0);
    }

    void aTrustedKeyLetsTheSessionListTheServer()
    {
        Result<HostKey> wrong = SshSession::trust(endpoint(), QStringLiteral("SHA256:nope"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(!QFile::exists(endpoint().knownHostsFile));

        Result<HostKey> trusted = SshSession::trust(endpoint(), m_server->hostFingerprint());
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
        QFile written(endpoint().knownHostsFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains(m_server->hostPublicKey().split(' ').at(1)));

        QFile::copy(m_server->clientKey(), m_server->directory() + QStringLiteral("/listed"));
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()));
        Result<Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        Result<std::vector<Entry>> entries = root->list();
        QVERIFY(entries);
        bool found = false;
        for (const Entry &entry : *entries)
            found = found || entry.name == "listed";
        QVERIFY(found);
    }

    void theUsersKnownHostsIsReadNeverWritten()
    {
        writeUserKnownHosts(m_server->knownHostsLine());
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(endpoint());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QVERIFY(!QFile::exists(endpoint().knownHostsFile));
    }

    void aChangedHostKeyIsRefusedWithBothFingerprints()
    {
        const QByteArray oldKey = m_server->hostPublicKey();
        const QString before = m_server->hostFingerprint();
        QVERIFY(m_server->replaceHostKey());
        QVERIFY(m_server->restart());
        const QString after = m_server->hostFingerprint();
        QVERIFY(before != after);
        // The user knew the server (this address and port) with its old key.
        writeUserKnownHosts("[127.0.0.1]:" + QByteArray::number(m_server->port()) + ' ' + oldKey
                            + '\n');
        HostKey key;
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(endpoint(), {}, &key);
        QVERIFY(!session);
        QCOMPARE(session.error().code, QStringLiteral("Host Key Changed"));
        QCOMPARE(key.fingerprint, after);
        QCOMPARE(key.previous, before);
        QVERIFY2(session.error().message.contains(before)
                         && session.error().message.contains(after),
                 qPrintable(session.error().message));
        // Only an explicit trust of the new key clears it.
        QVERIFY(SshSession::trust(endpoint(), after));
        Result<std::shared_ptr<SshSession>> again = SshSession::connect(endpoint());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    }

    void theAgentsKeysAndTheDefaultKeysLogIn()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        SshEndpoint keyless = endpoint();
        keyless.identityFile.clear();
        keyless.useAgent = true;
        const QByteArray home = qgetenv("HOME");
        const QByteArray agentSocket = qgetenv("SSH_AUTH_SOCK");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", home);
            if (agentSocket.isEmpty())
                qunsetenv("SSH_AUTH_SOCK");
            else
                qputenv("SSH_AUTH_SOCK", agentSocket);
        });
        qputenv("HOME", QFile::encodeName(m_config->path()));
        qunsetenv("SSH_AUTH_SOCK");
        QCOMPARE(SshSession::connect(keyless).error().code,
                 QStringLiteral("Authentication Failed"));

        // An agent that holds the key.
        const QString socket = m_config->filePath(QStringLiteral("agent"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"),
                    { QStringLiteral("-D"), QStringLiteral("-a"), socket });
        QVERIFY(agent.waitForStarted(10000));
        const auto stopAgent = qScopeGuard([&] {
            agent.kill();
            agent.waitForFinished(10000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
        QProcess add;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral("ssh-add"), { QStringLiteral("-q"), m_server->clientKey() });
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
        Result<std::shared_ptr<SshSession>> byAgent = SshSession::connect(keyless);
        QVERIFY2(byAgent, qPrintable(byAgent ? QString() : byAgent.error().message));
        keyless.useAgent = false;
        QVERIFY(!SshSession::connect(keyless));

        // ~/.ssh/id_ed25519.
        QVERIFY(QDir().mkpath(m_config->filePath(QStringLiteral(".ssh"))));
        QVERIFY(QFile::copy(m_server->clientKey(),
                            m_config->filePath(QStringLiteral(".ssh/id_ed25519"))));
        keyless.useDefaultKeys = true;
        Result<std::shared_ptr<SshSession>> byDefaultKey = SshSession::connect(keyless);
        QVERIFY2(byDefaultKey, qPrintable(byDefaultKey ? QString() : byDefaultKey.error().message));
    }

    void aRefusedLoginSaysAuthenticationFailed()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        SshEndpoint other = endpoint();
        other.identityFile = m_config->filePath(QStringLiteral("stranger"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                       QStringLiteral("-N"), QString(), QStringLiteral("-f"), other.identityFile });
        QVERIFY(keygen.waitForFinished(30000));
        bool asked = false;
        Result<std::shared_ptr<SshSession>> session
                = SshSession::connect(other, [&](const SshEndpoint &) {
                      asked = true;
                      return std::optional<QByteArray>("not-the-password-4711");
                  });
        QVERIFY(!session);
        QCOMPARE(session.error().code, QStringLiteral("Authentication Failed"));
        QCOMPARE(kindOf(session.error()), ErrorKind::Denied);
        QVERIFY(!session.error().message.contains(u"4711"));
        QVERIFY(session.error().message.contains(u"127.0.0.1"));
        Q_UNUSED(asked) // the server may not offer passwords at all
    }

    void aHostAliasOfTheSshConfigLeadsToItsServer()
    {
        // "sftp://logger/..." with ~/.ssh/config saying where logger is, as whom, with which key.
        writeSshConfig("Host elsewhere\n    HostName 192.0.2.1\n"
                       "Host logger\n    HostName 127.0.0.1\n    Port "
                       + QByteArray::number(m_server->port()) + "\n    User "
                       + m_server->user().toUtf8() + "\n    IdentityFile "
                       + QFile::encodeName(m_server->clientKey()) + "\n");
        SshEndpoint alias = endpoint();
        alias.host = QStringLiteral("logger");
        alias.port = 22;
        alias.portGiven = false;
        alias.user.clear();
        alias.identityFile.clear();

        const SshEndpoint resolved = resolveSshEndpoint(alias, alias.configFile);
        QCOMPARE(resolved.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(resolved.port, m_server->port());
        QCOMPARE(resolved.user, m_server->user());
        QCOMPARE(resolved.identityFile, m_server->clientKey());

        // The host key is the real server's: trusted and known under its address, as OpenSSH
        // keeps it, and messages name the location as the user wrote it.
        HostKey key;
        Result<std::shared_ptr<SshSession>> unknown = SshSession::connect(alias, {}, &key);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("Host Key Unknown"));
        QCOMPARE(key.fingerprint, m_server->hostFingerprint());
        QVERIFY2(unknown.error().message.contains(u"sftp://logger"),
                 qPrintable(unknown.error().message));
        QVERIFY(SshSession::trust(alias, m_server->hostFingerprint()));
        QFile known(endpoint().knownHostsFile);
        QVERIFY(known.open(QIODevice::ReadOnly));
        QVERIFY(known.readAll().startsWith(
                QByteArray("[127.0.0.1]:" + QByteArray::number(m_server->port()))));

        QFile::copy(m_server->clientKey(), m_server->directory() + QStringLiteral("/listed"));
        SftpLocation location(alias, QFile::encodeName(m_server->directory()));
        Result<Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        Result<Stat> listed = root->stat("listed");
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    }

    void whatTheLocationSaysWinsOverTheSshConfig()
    {
        // The file's port is closed, its user and key are strangers: the string's are used.
        writeSshConfig("Host 127.0.0.1\n    Port 1\n    User someone-else\n"
                       "    IdentityFile ~/.ssh/id_nobody\n");
        const SshEndpoint given = endpoint();
        const SshEndpoint resolved = resolveSshEndpoint(given, given.configFile);
        QCOMPARE(resolved.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(resolved.port, m_server->port());
        QCOMPARE(resolved.user, m_server->user());
        QCOMPARE(resolved.identityFile, m_server->clientKey());
        QVERIFY(SshSession::trust(given, m_server->hostFingerprint()));
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(given);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));

        // What the string leaves open comes from the file; "~" there is the home folder.
        SshEndpoint open = given;
        open.user.clear();
        open.identityFile.clear();
        open.port = 22; // as a location string without a port says it
        open.portGiven = false;
        const SshEndpoint filled = resolveSshEndpoint(open, open.configFile);
        QCOMPARE(filled.port, quint16(1));
        QCOMPARE(filled.user, QStringLiteral("someone-else"));
        QCOMPARE(filled.identityFile, QDir::homePath() + QStringLiteral("/.ssh/id_nobody"));

        // No file, or a host it does not name: the location as it is.
        QFile::remove(given.configFile);
        QCOMPARE(resolveSshEndpoint(open, open.configFile).port, quint16(22));
        writeSshConfig("Host other\n    User someone-else\n");
        const SshEndpoint untouched = resolveSshEndpoint(open, open.configFile);
        QCOMPARE(untouched.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(untouched.port, quint16(22));
        QVERIFY(untouched.user.isEmpty());
        QVERIFY(untouched.identityFile.isEmpty());
    }

    void aServerThatIsNotThereIsUnreachable()
    {
        SshEndpoint gone = endpoint();
        m_server->stop();
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(gone);
        QVERIFY(!session);
        QCOMPARE(kindOf(session.error()), ErrorKind::Unreachable);
        QVERIFY2(session.error().message.contains(u"sftp://"), qPrintable(session.error().message));
    }

    void aLargeFileKeepsEveryByteInOrder()
    {
        // Many requests in flight each way: any answer put in the wrong place shows here.
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()));
        Result<Folder> remote = location.openRoot();
        QVERIFY(remote);
        QByteArray data(5 * 1024 * 1024 + 12345, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 7919) >> 3);
        MemoryFileSystem memory;
        memory.putFile("/source", data, 1'600'000'000);
        Result<Folder> inMemory = memory.openRoot("/");
        Result<CopyResult> up = inMemory->copyFile("source", *remote, "uploaded", {}, {}, false);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QFile uploaded(m_server->directory() + QStringLiteral("/uploaded"));
        QVERIFY(uploaded.open(QIODevice::ReadOnly));
        QVERIFY(uploaded.readAll() == data);
        Result<CopyResult> down = remote->copyFile("uploaded", *inMemory, "back", {}, {}, false);
        QVERIFY2(down, qPrintable(down ? QString() : down.error().message));
        QVERIFY(*memory.fileContent("/back") == data);
        QCOMPARE(remote->stat("uploaded")->mtimeSec, 1'600'000'000);
    }

    void aFullServerDiskSaysNoSpaceAndKeepsNoHalfFile()
    {
        if (const QString why = test::whyNoSmallDisks(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::SmallDisk disk(m_config->filePath(QStringLiteral("small")), QStringLiteral("1m"));
        QVERIFY(disk.waitUntilMounted());
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        // sshd runs as this test's user, so it reaches the small disk where this test does.
        SftpLocation location(endpoint(), QFile::encodeName(disk.path()));
        Result<Folder> remote = location.openRoot();
        QVERIFY2(remote, qPrintable(remote ? QString() : remote.error().message));
        MemoryFileSystem memory;
        memory.putFile("/big", QByteArray(3 * 1024 * 1024, 'b'), 1'600'000'000);
        Result<Folder> inMemory = memory.openRoot("/");
        Result<CopyResult> copied = inMemory->copyFile("big", *remote, "big", {}, {}, false);
        QVERIFY(!copied);
        QCOMPARE(kindOf(copied.error()), ErrorKind::NoSpace);
        QVERIFY2(copied.error().message.contains(u"sftp://")
                         && copied.error().message.contains(u"/big"),
                 qPrintable(copied.error().message));
        Result<std::vector<Entry>> left = remote->list();
        QVERIFY(left);
        QVERIFY(left->empty());
    }

    void aServerThatStopsAnsweringTimesOutOrIsCancelled()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        SshEndpoint quick = endpoint();
        quick.operationTimeout = std::chrono::seconds(1);
        SftpLocation location(quick, QFile::encodeName(m_server->directory()));
        Result<Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QVERIFY(root->list());

        m_server->freezeConnections(true);
        QElapsedTimer timer;
        timer.start();
        Result<std::vector<Entry>> listed = root->list();
        QVERIFY(!listed);
        QCOMPARE(kindOf(listed.error()), ErrorKind::Timeout);
        QVERIFY2(listed.error().message.contains(m_server->directory()),
                 qPrintable(listed.error().message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        m_server->freezeConnections(false);

        // With a long deadline, cancel() ends the wait at once.
        SftpLocation patient(endpoint(), QFile::encodeName(m_server->directory()));
        Result<Folder> other = patient.openRoot();
        QVERIFY(other);
        m_server->freezeConnections(true);
        std::optional<Result<Folder>> opened;
        std::atomic<pid_t> caller = 0;
        std::thread waiting([&] {
            caller = ::gettid();
            opened.emplace(other->open("."));
        });
        const auto release = qScopeGuard([&] {
            patient.cancel();
            if (waiting.joinable())
                waiting.join();
            m_server->freezeConnections(false);
        });
        // Until the call sleeps, waiting for the server's answer.
        QTRY_VERIFY_WITH_TIMEOUT(caller != 0 && threadState(caller) == 'S', 5000);
        timer.restart();
        patient.cancel();
        waiting.join();
        QVERIFY(opened.has_value() && !*opened);
        QCOMPARE(kindOf(opened->error()), ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        m_server->freezeConnections(false);
    }

    void callsDoNotWaitBehindACallStuckOnTheServer()
    {
        // A root's folders share a pool of connections: while one call waits on a connection
        // the server no longer serves, another takes a connection of its own.
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()), {}, 2);
        Result<Folder> root = location.openRoot();
        QVERIFY(root);
        QVERIFY(root->list());
        m_server->freezeConnections(true);
        std::optional<Result<std::vector<Entry>>> stuck;
        std::atomic<pid_t> caller = 0;
        std::thread waiting([&] {
            caller = ::gettid();
            stuck.emplace(root->list());
        });
        const auto release = qScopeGuard([&] {
            location.cancel();
            waiting.join();
            m_server->freezeConnections(false);
        });
        QTRY_VERIFY_WITH_TIMEOUT(caller != 0 && threadState(caller) == 'S', 5000);
        QElapsedTimer timer;
        timer.start();
        Result<Stat> other = root->statSelf();
        QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
        QCOMPARE(other->type, EntryType::Folder);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!stuck.has_value());
    }

    void aNameLookupThatNeverAnswersTimesOutOrIsCancelled()
    {
        // A resolver that hangs (a DNS server gone): let go at the end, so its thread ends.
        auto letGo = std::make_shared<std::promise<void>>();
        const std::shared_future<void> released = letGo->get_future().share();
        const auto release = qScopeGuard([&] { letGo->set_value(); });
        const auto lookups = std::make_shared<std::atomic<int>>(0);
        SshEndpoint hung = endpoint();
        hung.host = QStringLiteral("logger.invalid");
        hung.connectTimeout = std::chrono::seconds(1);
        hung.lookUp
                = [released, lookups](const char *, const char *, const addrinfo *, addrinfo **) {
                      ++*lookups;
                      released.wait();
                      return EAI_AGAIN;
                  };
        QElapsedTimer timer;
        timer.start();
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(hung);
        QVERIFY(!session);
        QCOMPARE(kindOf(session.error()), ErrorKind::Timeout);
        QVERIFY2(session.error().message.contains(u"sftp://")
                         && session.error().message.contains(u"logger.invalid"),
                 qPrintable(session.error().message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(lookups->load(), 1);

        // With a long deadline, cancel() ends the wait at once.
        hung.connectTimeout = std::chrono::seconds(60);
        SftpLocation location(hung, "/");
        std::optional<Result<Folder>> opened;
        std::thread waiting([&] { opened.emplace(location.openRoot()); });
        QTRY_COMPARE_WITH_TIMEOUT(lookups->load(), 2, 5000);
        timer.restart();
        location.cancel();
        waiting.join();
        QVERIFY(opened.has_value() && !*opened);
        QCOMPARE(kindOf(opened->error()), ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void aLostConnectionIsMadeAgainAndTheRunGoesOn()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        ReconnectPolicy quick;
        quick.firstDelay = std::chrono::milliseconds(50);
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()), {}, 2, quick);
        Result<Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QVERIFY(root->makeFolder("kept", 0755));
        QVERIFY(root->list());

        // The connections drop (the network went away for a moment): the next calls find them
        // closed, connect again and go on.
        m_server->dropConnections();
        Result<std::vector<Entry>> listed = root->list();
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        QVERIFY(std::any_of(listed->begin(), listed->end(),
                            [](const Entry &entry) { return entry.name == "kept"; }));

        // The server restarts on its port, while the run goes on: a copy and a folder made.
        MemoryFileSystem memory;
        memory.putFile("/source", QByteArray(300 * 1024, 'x'), 1'600'000'000);
        Result<Folder> inMemory = memory.openRoot("/");
        m_server->dropConnections();
        QVERIFY2(m_server->restart(true), qPrintable(m_server->whyNot()));
        Result<CopyResult> copied = inMemory->copyFile("source", *root, "copied", {}, {}, false);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        QCOMPARE(QFileInfo(m_server->directory() + QStringLiteral("/copied")).size(), 300 * 1024);
        m_server->dropConnections();
        Result<void> made = root->makeFolder("after", 0755);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QVERIFY(QFileInfo(m_server->directory() + QStringLiteral("/after")).isDir());
        m_server->dropConnections();
        Result<void> renamed = root->renameNoReplace("after", "renamed");
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message));
        QVERIFY(QFileInfo(m_server->directory() + QStringLiteral("/renamed")).isDir());
    }

    void aServerGoneForGoodIsUnreachableAfterThreeReconnects()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        ReconnectPolicy quick;
        quick.firstDelay = std::chrono::milliseconds(100);
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()), {}, 2, quick);
        Result<Folder> root = location.openRoot();
        QVERIFY(root);
        QVERIFY(root->list());
        m_server->dropConnections();
        m_server->stop();
        QElapsedTimer timer;
        timer.start();
        Result<std::vector<Entry>> listed = root->list();
        QVERIFY(!listed);
        QCOMPARE(kindOf(listed.error()), ErrorKind::Unreachable);
        QVERIFY2(listed.error().message.startsWith(u"sftp://")
                         && listed.error().message.contains(u"127.0.0.1"),
                 qPrintable(listed.error().message));
        // Three reconnects after 100, 200 and 400 ms.
        QVERIFY2(timer.elapsed() >= 700, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        // cancel() ends a wait between reconnects at once, and nothing connects after it.
        quick.firstDelay = std::chrono::seconds(60);
        QVERIFY(m_server->restart(true));
        SftpLocation patient(endpoint(), QFile::encodeName(m_server->directory()), {}, 2, quick);
        Result<Folder> other = patient.openRoot();
        QVERIFY(other);
        m_server->dropConnections();
        std::optional<Result<std::vector<Entry>>> waited;
        std::atomic<pid_t> caller = 0;
        std::thread waiting([&] {
            caller = ::gettid();
            waited.emplace(other->list());
        });
        QTRY_VERIFY_WITH_TIMEOUT(caller != 0 && threadState(caller) == 'S', 5000);
        timer.restart();
        patient.cancel();
        waiting.join();
        QVERIFY(waited.has_value() && !*waited);
        QCOMPARE(kindOf(waited->error()), ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(kindOf(other->list().error()), ErrorKind::Cancelled);
    }

    void aChangedHostKeyIsNeverRetriedByAReconnect()
    {
        QVERIFY(SshSession::trust(endpoint(), m_server->hostFingerprint()));
        ReconnectPolicy slow;
        slow.firstDelay = std::chrono::milliseconds(500);
        SftpLocation location(endpoint(), QFile::encodeName(m_server->directory()), {}, 2, slow);
        Result<Folder> root = location.openRoot();
        QVERIFY(root);
        QVERIFY(root->list());
        // Another machine answers at the address now.
        m_server->dropConnections();
        QVERIFY(m_server->replaceHostKey());
        QVERIFY(m_server->restart(true));
        QElapsedTimer timer;
        timer.start();
        Result<std::vector<Entry>> listed = root->list();
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, QStringLiteral("Host Key Changed"));
        // One attempt (after 500 ms), not three (3.5 s).
        QVERIFY2(timer.elapsed() < 1400, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(location.refusedHostKey());
    }

    void aServerThatNeverAnswersTimesOutAndCancelEndsTheWait()
    {
        // A listening socket nobody accepts from: the connection is made, the greeting never
        // comes.
        const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QCOMPARE(::bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(silent, 4), 0);
        QCOMPARE(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length), 0);
        SshEndpoint mute = endpoint();
        mute.port = ntohs(address.sin_port);
        mute.connectTimeout = std::chrono::seconds(1);
        QElapsedTimer timer;
        timer.start();
        Result<std::shared_ptr<SshSession>> session = SshSession::connect(mute);
        QVERIFY(!session);
        QCOMPARE(kindOf(session.error()), ErrorKind::Timeout);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        mute.connectTimeout = std::chrono::seconds(60);
        SftpLocation location(mute, "/");
        std::optional<Result<Folder>> opened;
        std::thread waiting([&] { opened.emplace(location.openRoot()); });
        // The connection is there once the listening socket has it in its queue.
        const int accepted = [&] {
            QElapsedTimer waited;
            waited.start();
            int fd = -1;
            while (fd < 0 && waited.elapsed() < 10000)
                fd = ::accept(silent, nullptr, nullptr);
            return fd;
        }();
        QVERIFY(accepted >= 0);
        timer.restart();
        // The session registers with the location right after connect() returns: cancel
        // until the wait ends.
        while (!opened.has_value() && timer.elapsed() < 10000) {
            location.cancel();
            QTest::qWait(10);
        }
        waiting.join();
        QVERIFY(opened.has_value());
        QVERIFY(!*opened);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        ::close(accepted);
        ::close(silent);
    }
};

LTS_TEST_MAIN(TestSshSession)
#include "tst_sshsession.moc"
