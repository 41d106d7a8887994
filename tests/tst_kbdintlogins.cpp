// Keyboard-interactive logins carried through to the end (issue 16), against a real SSH server
// that completes them (support/kbdintserver.h: OpenSSH's sshd asks such questions only through
// PAM, which a test cannot set up): `sync` on a terminal answers the server's questions (one
// shown, one hidden) and the files arrive; a wrong answer is refused once and not sent again;
// a drive run in the tray answers two rounds of questions through its dialog and completes,
// and Cancel there ends the run as a refused login. No answer is left in any file of the
// application's folders. And a server that is not OpenSSH's gets symlinks right.
#include "apprunner.h"
#include "drivecodec.h"
#include "kbdintserver.h"
#include "locationfactory.h"
#include "loginquestionsdialog.h"
#include "loginquestionsrelay.h"
#include "synccontroller.h"
#include "terminalrun.h"
#include "testmain.h"
#include "trayapplication.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace lts;
using namespace std::chrono_literals;
using lts::test::KbdIntQuestion;
using lts::test::KbdIntServer;
using lts::test::TerminalAnswer;
using lts::test::TerminalRun;

namespace {

const QByteArray code = "K7-QX-246"; // shown as it is typed
const QByteArray password = "Hidden-Pa55-kbd"; // hidden

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
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

// A server whose login asks, in one round, a code shown as typed and a password hidden.
std::unique_ptr<KbdIntServer> twoQuestionServer()
{
    auto server = std::make_unique<KbdIntServer>(
            QStringLiteral("lab"),
            QList<QList<KbdIntQuestion>>{ { { QStringLiteral("Verification code: "), true, code },
                                            { QStringLiteral("Password: "), false, password } } });
    server->setWords(QStringLiteral("Two-step login"),
                     QStringLiteral("The code is in the app on your phone."));
    return server;
}

// The texts of a dialog's labels, in one string.
QString labelTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace

class TestKbdIntLogins : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    QByteArray m_home;
    QString m_errText;
    std::optional<QTextStream> m_err;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString configDir() const { return path(QStringLiteral("config")); }
    QString dataDir() const { return path(QStringLiteral("data")); }

    static QString location(const KbdIntServer &server, const QString &folder)
    {
        return QStringLiteral("sftp://%1@127.0.0.1:%2/%3")
                .arg(server.user())
                .arg(server.port())
                .arg(folder);
    }

    bool trust(const KbdIntServer &server) const
    {
        return writeFile(knownHostsFile(configDir()), server.knownHostsLine());
    }

    // The files of the application's folders (and, for the command, its home) that hold
    // `secret`; none, as it should be.
    QStringList filesHoldingSecret(const QByteArray &secret) const
    {
        QStringList found;
        for (const QString &folder : { configDir(), dataDir(), path(QStringLiteral("home")) })
            found << filesHolding(folder, secret);
        return found;
    }

    // The command on a terminal of its own, as a person runs it.
    TerminalRun onTerminal(const QStringList &arguments, const QList<TerminalAnswer> &answers) const
    {
        QProcessEnvironment env = test::AppRunner(m_dir->path()).environment();
        // Never the tester's own agent, keys or keychain.
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + path(QStringLiteral("no-session-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return test::runOnTerminal(QStringLiteral(LTS_APP_PATH),
                                   QStringList(arguments)
                                           << QStringLiteral("--config-dir") << configDir()
                                           << QStringLiteral("--data-dir") << dataDir(),
                                   env, m_dir->path(), answers);
    }

    // The tray started on the test's folders with a drive "Logger" from `server`'s folder
    // "logger" to a local folder; the server's key trusted, no password stored.
    std::unique_ptr<TrayApplication> trayWith(const KbdIntServer &server)
    {
        if (!trust(server))
            return nullptr;
        TrayApplication::Options options;
        options.global.configDir = configDir();
        options.global.dataDir = dataDir();
        options.global.webSocketPort = 0; // the server off: tests never take the real port
        options.trayWait = 0ms;
        auto app = std::make_unique<TrayApplication>(options, *m_err);
        if (app->start() != TrayApplication::StartOutcome::Running)
            return nullptr;
        const DriveVerdict verdict = app->controller()->addDrive(DriveCodec::decode(QJsonObject{
                { QStringLiteral("Name"), QStringLiteral("Logger") },
                { QStringLiteral("Source"), location(server, QStringLiteral("logger")) },
                { QStringLiteral("Target"), path(QStringLiteral("target")) },
                { QStringLiteral("Mode"), QStringLiteral("Update") },
                { QStringLiteral("Sleep"), 1 },
                { QStringLiteral("Units"), QStringLiteral("Days") } }));
        if (!verdict.accepted()) {
            qWarning("%s", qPrintable(verdict.errors.value(0).message));
            return nullptr;
        }
        return app;
    }

    // The dialog the relay shows for the `count`th time.
    static LoginQuestionsDialog *shownDialog(const LoginQuestionsRelay &relay, QSignalSpy &shown,
                                             int count)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                    shown.size() >= count && relay.dialog() && relay.dialog()->isVisible(), 20000);
        }();
        return shown.size() >= count ? relay.dialog() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qgetenv("HOME");
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("CREDENTIALS_DIRECTORY");
    }
    void cleanupTestCase() { qputenv("HOME", m_home); }

    void init()
    {
        if (const QString why = KbdIntServer::whyNoParamiko(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        // No ~/.ssh of the developer's: its config, known_hosts and keys stay out of the test.
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        qputenv("HOME", QFile::encodeName(path(QStringLiteral("home"))));
        m_errText.clear();
        m_err.emplace(&m_errText);
    }
    void cleanup()
    {
        m_err.reset();
        m_dir.reset();
    }

    void aTerminalAnswersTheQuestionsAndTheFilesArrive()
    {
        const std::unique_ptr<KbdIntServer> server = twoQuestionServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        QVERIFY(trust(*server));
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        QVERIFY(writeFile(path(QStringLiteral("local/sub/b.txt")), "beta"));

        const TerminalRun r = onTerminal({ QStringLiteral("sync"), path(QStringLiteral("local")),
                                           location(*server, QStringLiteral("remote")) },
                                         { { QStringLiteral("Verification code: "), code },
                                           { QStringLiteral("Password: "), password } });
        QVERIFY2(r.exitCode == 0, qPrintable(r.screen + server->log()));
        QVERIFY2(r.screen.contains(QStringLiteral("Success: 2 added")), qPrintable(r.screen));
        QCOMPARE(readAll(server->directory() + QStringLiteral("/remote/a.txt")),
                 QByteArray("alpha"));
        QCOMPARE(readAll(server->directory() + QStringLiteral("/remote/sub/b.txt")),
                 QByteArray("beta"));
        // The server's words, as it sends them; the code shown as typed, the password not.
        QVERIFY2(r.screen.contains(QStringLiteral("sftp://lab@127.0.0.1:%1 asks:\r\n"
                                                  "Two-step login\r\n"
                                                  "The code is in the app on your phone.")
                                           .arg(server->port())),
                 qPrintable(r.screen));
        QVERIFY2(r.screen.contains(QStringLiteral("Verification code: ") + QString::fromUtf8(code)),
                 qPrintable(r.screen));
        QVERIFY2(!r.screen.contains(QString::fromUtf8(password)), qPrintable(r.screen));
        // Every connection of the run logged in with the answers given once.
        QVERIFY(!server->answered().isEmpty());
        for (const QString &answered : server->answered())
            QCOMPARE(answered, QStringLiteral("round 0 right"));
        QVERIFY(!QDir(configDir()).isEmpty() && !QDir(dataDir()).isEmpty());
        QVERIFY2(filesHoldingSecret(code).isEmpty(),
                 qPrintable(filesHoldingSecret(code).join(u' ')));
        QVERIFY2(filesHoldingSecret(password).isEmpty(),
                 qPrintable(filesHoldingSecret(password).join(u' ')));
    }

    // A person who mistypes is asked again, as ssh asks again; giving up there (the end of
    // the input) ends the run: the login refused, said so, and the wrong answer sent once.
    void aWrongAnswerIsRefusedOnceAndNotSentAgain()
    {
        const std::unique_ptr<KbdIntServer> server = twoQuestionServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        QVERIFY(trust(*server));
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QByteArray wrong = "Wrong-Pa55-kbd";

        const TerminalRun r = onTerminal(
                { QStringLiteral("sync"), path(QStringLiteral("local")),
                  location(*server, QStringLiteral("remote")) },
                { { QStringLiteral("Verification code: "), code },
                  { QStringLiteral("Password: "), wrong },
                  { QStringLiteral("Verification code: "), "\x04" } }); // Ctrl+D: no more
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.screen.contains(QStringLiteral("The server refused the answers given before.\r\n"
                                                  "sftp://lab@127.0.0.1:%1 asks:")
                                           .arg(server->port())),
                 qPrintable(r.screen));
        QVERIFY2(r.screen.contains(QStringLiteral("Authentication Failed")), qPrintable(r.screen));
        QVERIFY2(r.screen.contains(
                         QStringLiteral("The server refused the answers given to its questions.")),
                 qPrintable(r.screen));
        QVERIFY2(!r.screen.contains(QString::fromUtf8(wrong)), qPrintable(r.screen));
        QVERIFY(!QFileInfo::exists(server->directory() + QStringLiteral("/remote")));
        QCOMPARE(server->answered(), QStringList{ QStringLiteral("round 0 wrong") });
        QVERIFY2(filesHoldingSecret(code).isEmpty(),
                 qPrintable(filesHoldingSecret(code).join(u' ')));
        QVERIFY2(filesHoldingSecret(wrong).isEmpty(),
                 qPrintable(filesHoldingSecret(wrong).join(u' ')));
    }

    // paramiko's server, like OpenSSH's, takes a symlink's target before its name, and libssh
    // sends them the other way round to any server but OpenSSH's: the links arrive as they
    // are all the same, and nothing lands elsewhere on the server.
    void symlinksArriveOnAServerOfAnotherKind()
    {
        const std::unique_ptr<KbdIntServer> server = twoQuestionServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        QVERIFY(trust(*server));
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("local/d"))));
        QVERIFY(QFile::link(QStringLiteral("a.txt"), path(QStringLiteral("local/link"))));
        QVERIFY(QFile::link(QStringLiteral("../a.txt"), path(QStringLiteral("local/d/up"))));

        const TerminalRun r = onTerminal({ QStringLiteral("sync"), path(QStringLiteral("local")),
                                           location(*server, QStringLiteral("remote")) },
                                         { { QStringLiteral("Verification code: "), code },
                                           { QStringLiteral("Password: "), password } });
        QVERIFY2(r.exitCode == 0, qPrintable(r.screen + server->log()));
        const QString remote = server->directory() + QStringLiteral("/remote");
        QCOMPARE(QFileInfo(remote + QStringLiteral("/link")).symLinkTarget(),
                 remote + QStringLiteral("/a.txt"));
        QCOMPARE(QFile::symLinkTarget(remote + QStringLiteral("/d/up")),
                 remote + QStringLiteral("/a.txt"));
        QCOMPARE(QDir(server->directory())
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                    | QDir::NoDotAndDotDot),
                 QStringList{ QStringLiteral("remote") });
        QCOMPARE(QDir(remote).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                        | QDir::NoDotAndDotDot),
                 (QStringList{ QStringLiteral(".letthatsyncin"), QStringLiteral("a.txt"),
                               QStringLiteral("d"), QStringLiteral("link") }));
        QCOMPARE(QDir(remote + QStringLiteral("/d"))
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                    | QDir::NoDotAndDotDot),
                 QStringList{ QStringLiteral("up") });
    }

    // A drive run in the tray: the server asks twice (a hidden PIN, then a code shown as
    // typed), each answered in the tray's dialog, and the run completes.
    void aDriveRunInTheTrayLogsInWithTheDialogsAnswers()
    {
        const QByteArray pin = "4711-tray-PIN";
        KbdIntServer server(QStringLiteral("lab"),
                            { { { QStringLiteral("PIN: "), false, pin } },
                              { { QStringLiteral("Verification code: "), true, code } } });
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        QVERIFY(writeFile(server.directory() + QStringLiteral("/logger/log1.csv"), "1,2,3\n"));
        const std::unique_ptr<TrayApplication> app = trayWith(server);
        QVERIFY2(app, qPrintable(m_errText));
        LoginQuestionsRelay &relay = *app->loginQuestions();
        QSignalSpy shown(&relay, &LoginQuestionsRelay::dialogShown);
        QSignalSpy finished(app->controller(), &SyncController::syncFinished);
        QVERIFY(app->controller()->syncNow(QStringLiteral("Logger")));

        LoginQuestionsDialog *dialog = shownDialog(relay, shown, 1);
        QVERIFY2(dialog, qPrintable(server.log()));
        QVERIFY2(labelTexts(dialog).contains(u"PIN:"), qPrintable(labelTexts(dialog)));
        QCOMPARE(dialog->answerFields().size(), 1);
        QCOMPARE(dialog->answerFields().constFirst()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog->answerFields().constFirst(), QString::fromUtf8(pin));
        QTest::keyClick(dialog->answerFields().constFirst(), Qt::Key_Return);

        dialog = shownDialog(relay, shown, 2);
        QVERIFY2(dialog, qPrintable(server.log()));
        QVERIFY2(labelTexts(dialog).contains(u"Verification code:"),
                 qPrintable(labelTexts(dialog)));
        QCOMPARE(dialog->answerFields().constFirst()->echoMode(), QLineEdit::Normal);
        QTest::keyClicks(dialog->answerFields().constFirst(), QString::fromUtf8(code));
        QTest::keyClick(dialog->answerFields().constFirst(), Qt::Key_Return);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const QJsonObject run = finished.constFirst().value(1).toJsonObject();
        QVERIFY2(run[u"Result"].toString() == QStringLiteral("Success"),
                 qPrintable(QString::fromUtf8(QJsonDocument(run).toJson()) + server.log()));
        QCOMPARE(readAll(path(QStringLiteral("target/log1.csv"))), QByteArray("1,2,3\n"));
        QCOMPARE(server.answered().first(2),
                 (QStringList{ QStringLiteral("round 0 right"), QStringLiteral("round 1 right") }));
        QVERIFY(!QDir(configDir()).isEmpty() && !QDir(dataDir()).isEmpty());
        QVERIFY2(filesHoldingSecret(pin).isEmpty(), qPrintable(filesHoldingSecret(pin).join(u' ')));
        QVERIFY2(filesHoldingSecret(code).isEmpty(),
                 qPrintable(filesHoldingSecret(code).join(u' ')));
    }

    void cancelInTheTraysDialogEndsTheRunAsARefusedLogin()
    {
        const std::unique_ptr<KbdIntServer> server = twoQuestionServer();
        QVERIFY2(server->start(), qPrintable(server->whyNot()));
        QVERIFY(writeFile(server->directory() + QStringLiteral("/logger/log1.csv"), "1,2,3\n"));
        const std::unique_ptr<TrayApplication> app = trayWith(*server);
        QVERIFY2(app, qPrintable(m_errText));
        LoginQuestionsRelay &relay = *app->loginQuestions();
        QSignalSpy shown(&relay, &LoginQuestionsRelay::dialogShown);
        QSignalSpy finished(app->controller(), &SyncController::syncFinished);
        QVERIFY(app->controller()->syncNow(QStringLiteral("Logger")));

        LoginQuestionsDialog *dialog = shownDialog(relay, shown, 1);
        QVERIFY2(dialog, qPrintable(server->log()));
        QCOMPARE(dialog->answerFields().size(), 2);
        QTest::keyClicks(dialog->answerFields().constFirst(), QString::fromUtf8(code));
        dialog->cancelButton()->click();

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QJsonObject run = finished.constFirst().value(1).toJsonObject();
        QVERIFY2(run[u"Result"].toString() == QStringLiteral("Failure"),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(run[u"Code"].toString(), QStringLiteral("Authentication Failed"));
        QVERIFY2(run[u"Message"].toString().contains(u"Nobody answered the server's questions."),
                 QJsonDocument(run).toJson().constData());
        QCOMPARE(shown.size(), 1);
        QVERIFY(!relay.dialog());
        QVERIFY(server->answered().isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("target/log1.csv"))));
        QVERIFY(!QDir(configDir()).isEmpty() && !QDir(dataDir()).isEmpty());
        QVERIFY2(filesHoldingSecret(code).isEmpty(),
                 qPrintable(filesHoldingSecret(code).join(u' ')));
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestKbdIntLogins)
#include "tst_kbdintlogins.moc"
