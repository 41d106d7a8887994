// The ways to log in to an SFTP server that remote.md lists beyond a plain key, against real
// servers on loopback: a key with a passphrase (opened with the one stored for it, refused
// clearly with a wrong one or none) and keyboard-interactive (a PAM prompt relayed to a person,
// the stored password for a lone password prompt), against OpenSSH's sshd; a person who takes
// longer than the network timeout to answer, against a server that completes the login
// (kbdintserver.h), on a clock the test moves on; a stored password
// (a whole run through the service, and a wrong one that leaves the drive waiting for the
// user), against `rclone serve sftp`, since the tests' sshd runs as a user who has no password.
// After a run with a password, no file the application wrote holds it.
#include "controllerfixture.h"
#include "credentialkey.h"
#include "kbdintserver.h"
#include "locationfactory.h"
#include "rclonesftpserver.h"
#include "recorded.h"
#include "sftpplace.h"
#include "sshdserver.h"
#include "syncengine.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>
#include <mutex>
#include <thread>

using namespace lts;
using test::write;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file below `folder` that holds `text`.
QStringList filesHolding(const QString &folder, const QByteArray &text)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readAll(path).contains(text))
            found << path;
    }
    return found;
}

using RecordedQuestions = test::Recorded<fsops::LoginQuestions>;
using RecordedKeys = test::Recorded<QString>;

} // namespace

class TestSftpLogins : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    QTemporaryDir m_home; // HOME: the real ~/.ssh is never read
    int m_serial = 0;

    using Place = test::SftpPlace;

    QString nextFolder() { return QStringLiteral("f%1").arg(++m_serial); }

    static QString sftp(const test::SshdServer &server, const QString &folder,
                        const QString &key = {})
    {
        QString location = QStringLiteral("sftp://%1@127.0.0.1:%2%3")
                                   .arg(server.user())
                                   .arg(server.port())
                                   .arg(server.directory() + u'/' + folder);
        if (!key.isEmpty())
            location += QStringLiteral("?key=") + key;
        return location;
    }

    static QString sftp(const test::KbdIntServer &server, const QString &folder)
    {
        return QStringLiteral("sftp://%1@127.0.0.1:%2/%3")
                .arg(server.user())
                .arg(server.port())
                .arg(folder);
    }

    static test::KbdIntQuestion codeQuestion()
    {
        return { QStringLiteral("Verification code: "), true, "135-790" };
    }

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         RemoteAccess access)
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        access.configFolder = place.config();
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    // A run from a local folder holding one file to `target`, trusted.
    SyncReport runTo(const Place &place, const QByteArray &knownHosts, const QString &target,
                     const RemoteAccess &access)
    {
        write(knownHostsFile(place.config()), knownHosts);
        const QString source = place.local(QStringLiteral("source"));
        write(source + QStringLiteral("/a.txt"), "alpha");
        return runSync(jobOf(place, source, target, access), [] { return false; });
    }

    // An sshd that logs in with keyboard-interactive (through PAM) and keys only.
    static std::unique_ptr<test::SshdServer> keyboardServer()
    {
        auto server = std::make_unique<test::SshdServer>();
        server->setExtraConfig(QStringLiteral("PasswordAuthentication no\n"
                                              "KbdInteractiveAuthentication yes"));
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("CREDENTIALS_DIRECTORY");
    }

    void init()
    {
        // The tests of sshd skip without it (skipIfNoSshd); rclone's do not need it.
        if (!m_server && test::SshdServer::whyNoSshd().isEmpty()) {
            m_server = std::make_unique<test::SshdServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->whyNot()));
        }
    }

    void aKeyWithAPassphraseOpensWithTheStoredOne()
    {
        if (!m_server)
            LTS_SKIP_WITHOUT_SERVER(test::SshdServer::whyNoSshd());
        const QString key = m_server->addClientKey(QStringLiteral("locked"),
                                                   QStringLiteral("correct horse battery"));
        QVERIFY2(!key.isEmpty(), qPrintable(m_server->whyNot()));
        Place place;
        RemoteAccess access;
        auto asked = std::make_shared<RecordedKeys>();
        access.password = [asked, key](const QString &credentialKey) -> std::optional<QByteArray> {
            asked->add(credentialKey);
            if (credentialKey == credentialkey::forKeyFile(key))
                return QByteArray("correct horse battery");
            return std::nullopt;
        };
        const QString folder = nextFolder();
        const SyncReport report
                = runTo(place, m_server->knownHostsLine(), sftp(*m_server, folder, key), access);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(readAll(m_server->directory() + u'/' + folder + QStringLiteral("/a.txt")),
                 QByteArray("alpha"));
        // Asked under the key file's own name, and nothing else was needed.
        QVERIFY(!asked->all().isEmpty());
        for (const QString &credentialKey : asked->all())
            QCOMPARE(credentialKey, QStringLiteral("ssh-key:") + key);
    }

    void aWrongOrMissingPassphraseFailsClearly_data()
    {
        QTest::addColumn<std::optional<QByteArray>>("stored");
        QTest::addColumn<QString>("why");
        QTest::newRow("wrong") << std::optional<QByteArray>("not-the-passphrase")
                               << QStringLiteral("The passphrase given for the key %1 does not "
                                                 "open it.");
        QTest::newRow("none") << std::optional<QByteArray>()
                              << QStringLiteral("The key %1 has a passphrase, and none is "
                                                "stored for it.");
    }
    void aWrongOrMissingPassphraseFailsClearly()
    {
        if (!m_server)
            LTS_SKIP_WITHOUT_SERVER(test::SshdServer::whyNoSshd());
        QFETCH(std::optional<QByteArray>, stored);
        QFETCH(QString, why);
        const QString key = m_server->addClientKey(QStringLiteral("locked-") + nextFolder(),
                                                   QStringLiteral("the right one"));
        QVERIFY2(!key.isEmpty(), qPrintable(m_server->whyNot()));
        Place place;
        RemoteAccess access;
        access.password = [stored](const QString &) { return stored; };
        const QString folder = nextFolder();
        const SyncReport report
                = runTo(place, m_server->knownHostsLine(), sftp(*m_server, folder, key), access);
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        QVERIFY2(report.message.contains(why.arg(key)), qPrintable(report.message));
        QVERIFY(!report.message.contains(u"not-the-passphrase"));
        QVERIFY(!QFileInfo::exists(m_server->directory() + u'/' + folder));
    }

    // sshd as the tests' user logs in with PAM, which asks "Password:" through
    // keyboard-interactive; that user has no password, so every answer is refused: what is
    // checked is who was asked what.
    void keyboardInteractiveQuestionsGoToTheRelay()
    {
        if (!m_server)
            LTS_SKIP_WITHOUT_SERVER(test::SshdServer::whyNoSshd());
        const std::unique_ptr<test::SshdServer> server = keyboardServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        Place place;
        RemoteAccess access; // no password store: a person answers
        auto questions = std::make_shared<RecordedQuestions>();
        access.relay = [questions](const fsops::LoginQuestions &asked) {
            questions->add(asked);
            return std::optional<QList<QByteArray>>({ QByteArray("typed-by-a-person") });
        };
        const SyncReport report
                = runTo(place, server->knownHostsLine(), sftp(*server, nextFolder()), access);
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        QVERIFY(!report.message.contains(u"typed-by-a-person"));
        const QList<fsops::LoginQuestions> asked = questions->all();
        QVERIFY2(!asked.isEmpty(), qPrintable(server->log()));
        const fsops::LoginQuestions &first = asked.constFirst();
        QCOMPARE(first.location,
                 QStringLiteral("sftp://%1@127.0.0.1:%2").arg(server->user()).arg(server->port()));
        QCOMPARE(first.questions.size(), 1);
        QVERIFY2(first.questions.constFirst().prompt.contains(u"Password"),
                 qPrintable(first.questions.constFirst().prompt));
        QVERIFY(!first.questions.constFirst().echo);
        QVERIFY(!first.again);
        QVERIFY(first.cancelled && !first.cancelled());
        // The server asked again after the refused answer: never more than ssh's three tries.
        QVERIFY(asked.size() <= 3);
        for (qsizetype i = 1; i < asked.size(); ++i)
            QVERIFY(asked.at(i).again);
    }

    // A person may take longer than the network timeout to answer: the login's deadline
    // waits for them (only the server's own limit ends a login nobody finishes). The session's
    // clock moves on past the timeout while the question is open, and the login completes
    // once the person answers.
    void aPersonMayTakeLongerThanTheNetworkTimeout()
    {
        if (const QString why = test::KbdIntServer::whyNoParamiko(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::KbdIntServer server(QStringLiteral("lab"), { { codeQuestion() } });
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        RemoteAccess access;
        access.clock = std::make_shared<fsops::SessionClock>();
        auto questions = std::make_shared<RecordedQuestions>();
        access.relay = [questions, clock = access.clock,
                        timeout = access.networkTimeout](const fsops::LoginQuestions &asked) {
            // The person reads and types for longer than the timeout (at the first question:
            // the run's other connections, logged in by then, wait on the server meanwhile).
            if (questions->all().isEmpty())
                clock->advance(timeout + std::chrono::seconds(1));
            questions->add(asked);
            return std::optional<QList<QByteArray>>({ codeQuestion().answer });
        };
        const QString folder = nextFolder();
        const SyncReport report
                = runTo(place, server.knownHostsLine(), sftp(server, folder), access);
        QVERIFY2(report.result == RunResult::Success,
                 qPrintable(report.code + u": " + report.message + u'\n' + server.log()));
        QCOMPARE(readAll(server.directory() + u'/' + folder + QStringLiteral("/a.txt")),
                 QByteArray("alpha"));
        QVERIFY(!questions->all().isEmpty());
        QVERIFY(!server.answered().isEmpty());
    }

    // The same time passed while the login waits on the server, not on a person: the call
    // is given up at once, as the watchdog sees the clock move.
    void theSameTimeSpentWaitingOnTheServerTimesOut()
    {
        if (const QString why = test::KbdIntServer::whyNoParamiko(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::KbdIntServer server(QStringLiteral("lab"), { { codeQuestion() } });
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        RemoteAccess access;
        access.clock = std::make_shared<fsops::SessionClock>();
        auto answered = std::make_shared<std::atomic_bool>(false);
        access.relay = [answered, &server](const fsops::LoginQuestions &) {
            // The answer is given at once; the server then stops answering.
            server.freeze(true);
            answered->store(true);
            return std::optional<QList<QByteArray>>({ codeQuestion().answer });
        };
        SyncReport report;
        std::atomic_bool finished = false;
        std::thread run([&] {
            report = runTo(place, server.knownHostsLine(), sftp(server, nextFolder()), access);
            finished = true;
        });
        const auto join = qScopeGuard([&] {
            server.freeze(false);
            run.join();
        });
        // Once the answers wait for the server's word with a deadline running:
        QTRY_VERIFY_WITH_TIMEOUT(*answered && access.clock->deadlinesRunning() > 0, 20000);
        QVERIFY(!finished);
        access.clock->advance(access.networkTimeout + std::chrono::seconds(1));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY2(report.message.contains(QStringLiteral("The server did not answer in time")),
                 qPrintable(report.code + u": " + report.message));
    }

    void aLonePasswordPromptTakesTheStoredPassword()
    {
        if (!m_server)
            LTS_SKIP_WITHOUT_SERVER(test::SshdServer::whyNoSshd());
        const std::unique_ptr<test::SshdServer> server = keyboardServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        Place place;
        RemoteAccess access;
        auto asked = std::make_shared<RecordedKeys>();
        access.password = [asked](const QString &key) {
            asked->add(key);
            return std::optional<QByteArray>("the-stored-one");
        };
        auto questions = std::make_shared<RecordedQuestions>();
        access.relay = [questions](const fsops::LoginQuestions &q) {
            questions->add(q);
            return std::optional<QList<QByteArray>>();
        };
        const SyncReport report
                = runTo(place, server->knownHostsLine(), sftp(*server, nextFolder()), access);
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        // The server offers no other way to log in with a password: the stored one answered its
        // prompt; once the server refused it, nobody was asked the same question again.
        QVERIFY2(!asked->all().isEmpty(), qPrintable(server->log()));
        QCOMPARE(asked->all().constFirst(),
                 credentialkey::make(QStringLiteral("sftp"), server->user(),
                                     QStringLiteral("127.0.0.1"), server->port()));
        QVERIFY(questions->all().isEmpty());
    }

    void withNobodyToAskTheLoginFailsAndSaysWhy()
    {
        if (!m_server)
            LTS_SKIP_WITHOUT_SERVER(test::SshdServer::whyNoSshd());
        const std::unique_ptr<test::SshdServer> server = keyboardServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        Place place;
        RemoteAccess access; // the headless service: a store with nothing in it, no relay
        access.password = [](const QString &) { return std::optional<QByteArray>(); };
        const SyncReport report
                = runTo(place, server->knownHostsLine(), sftp(*server, nextFolder()), access);
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        QVERIFY2(report.message.contains(
                         QStringLiteral("No password is stored for sftp://%1@127.0.0.1:%2.")
                                 .arg(server->user())
                                 .arg(server->port())),
                 qPrintable(report.message));
    }

    // Through the service, as a drive runs: the password from the credential store (here
    // systemd's $CREDENTIALS_DIRECTORY, so that no file of the application's folders holds it
    // by design), a whole run, and then no file the application wrote holds the password.
    void aStoredPasswordLogsInAndNoFileHoldsIt()
    {
        if (const QString why = test::RcloneSftpServer::whyNoRclone(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        const QByteArray password = "Lab-Pa55word-only-rclone-knows";
        test::RcloneSftpServer server(QStringLiteral("lab"), password);
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        write(server.directory() + QStringLiteral("/pi-data/log1.csv"), "1,2,3\n");
        write(server.directory() + QStringLiteral("/pi-data/sub/log2.csv"), "4,5,6\n");

        QTemporaryDir credentials;
        const QString key = credentialkey::make(QStringLiteral("sftp"), server.user(),
                                                QStringLiteral("127.0.0.1"), server.port());
        const QString secretFile = credentials.filePath(credentialkey::fileName(key));
        write(secretFile, password);
        QVERIFY(QFile::setPermissions(secretFile, QFile::ReadOwner | QFile::WriteOwner));
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        const auto unset = qScopeGuard([] { qunsetenv("CREDENTIALS_DIRECTORY"); });

        test::ControllerFixture fixture(test::ControllerFixture::Engine::Real);
        SyncController &controller = fixture.controller();
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        write(knownHostsFile(fixture.configFolder()), server.knownHostsLine());
        const QString source = QStringLiteral("sftp://lab@127.0.0.1:%1/pi-data").arg(server.port());
        fixture.addDrive(QStringLiteral("pi"), { { QStringLiteral("Source"), source } });
        QVERIFY(controller.syncNow(QStringLiteral("pi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const DriveRuntime runtime = controller.model().runtime(QStringLiteral("pi"));
        QVERIFY2(runtime.lastResult == RunResult::Success,
                 qPrintable(runtime.code + u": " + runtime.message + u'\n' + server.log()));
        const QString target = fixture.folder(QStringLiteral("pi-target"));
        QCOMPARE(readAll(target + QStringLiteral("/log1.csv")), QByteArray("1,2,3\n"));
        QCOMPARE(readAll(target + QStringLiteral("/sub/log2.csv")), QByteArray("4,5,6\n"));

        // The config (config.json, known_hosts), the data (state, history, logs, indexes)
        // and the target's own folder: not one holds the password.
        QVERIFY(!QDir(fixture.configFolder()).isEmpty());
        QVERIFY(!QDir(fixture.dataFolder()).isEmpty());
        for (const QString &folder : { fixture.configFolder(), fixture.dataFolder(), target })
            QVERIFY2(filesHolding(folder, password).isEmpty(),
                     qPrintable(filesHolding(folder, password).join(u' ')));
    }

    void aWrongStoredPasswordFailsAndTheDriveWaits()
    {
        if (const QString why = test::RcloneSftpServer::whyNoRclone(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::RcloneSftpServer server(QStringLiteral("lab"), "the-right-Pa55word");
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        write(server.directory() + QStringLiteral("/pi-data/log1.csv"), "1,2,3\n");

        const QByteArray wrong = "a-wrong-Pa55word-stored";
        QTemporaryDir credentials;
        const QString key = credentialkey::make(QStringLiteral("sftp"), server.user(),
                                                QStringLiteral("127.0.0.1"), server.port());
        const QString secretFile = credentials.filePath(credentialkey::fileName(key));
        write(secretFile, wrong);
        QVERIFY(QFile::setPermissions(secretFile, QFile::ReadOwner | QFile::WriteOwner));
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        const auto unset = qScopeGuard([] { qunsetenv("CREDENTIALS_DIRECTORY"); });

        test::ControllerFixture fixture(test::ControllerFixture::Engine::Real);
        SyncController &controller = fixture.controller();
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        write(knownHostsFile(fixture.configFolder()), server.knownHostsLine());
        fixture.addDrive(
                QStringLiteral("pi"),
                { { QStringLiteral("Source"),
                    QStringLiteral("sftp://lab@127.0.0.1:%1/pi-data").arg(server.port()) } });
        QVERIFY(controller.syncNow(QStringLiteral("pi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const DriveRuntime runtime = controller.model().runtime(QStringLiteral("pi"));
        QCOMPARE(runtime.lastResult, RunResult::Failure);
        QCOMPARE(runtime.code, QStringLiteral("Authentication Failed"));
        QVERIFY(!runtime.message.contains(QString::fromUtf8(wrong)));
        // It waits for the user: no run of the schedule's (fail2ban locks accounts).
        QVERIFY(runtime.waitingForUser);
        QVERIFY(!controller.scheduler().nextRun(QStringLiteral("pi")).isValid());
        QVERIFY(!QFileInfo::exists(fixture.folder(QStringLiteral("pi-target"))
                                   + QStringLiteral("/log1.csv")));
        for (const QString &folder : { fixture.configFolder(), fixture.dataFolder() })
            QVERIFY(filesHolding(folder, wrong).isEmpty());
    }
};

LTS_TEST_MAIN(TestSftpLogins)
#include "tst_sftplogins.moc"
