// The tray's answer to a server's keyboard-interactive questions (issue 16): the dialog (the
// server's words, one field per question, hidden where the server says, OK, Cancel, Escape),
// the relay that a run's thread waits on while the GUI thread asks (one set at a time, the
// same set answered once, a cancelled run that stops waiting, the tray going away), and a
// drive run in the tray against a real OpenSSH sshd that asks "Password:" through PAM.
#include "drivecodec.h"
#include "locationfactory.h"
#include "loginquestionsdialog.h"
#include "loginquestionsrelay.h"
#include "sshdserver.h"
#include "synccontroller.h"
#include "testmain.h"
#include "trayapplication.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>
#include <mutex>
#include <thread>

using namespace lts;
using namespace std::chrono_literals;

namespace {

fsops::LoginQuestions twoQuestions()
{
    fsops::LoginQuestions asked;
    asked.location = QStringLiteral("sftp://pi@logger.example:2222");
    asked.name = QStringLiteral("Two-step login");
    asked.instruction = QStringLiteral("Open the app on your phone for the code.");
    asked.questions = { { QStringLiteral("Password: "), false },
                        { QStringLiteral("Verification code: "), true } };
    return asked;
}

fsops::LoginQuestions oneQuestion(const QString &prompt)
{
    fsops::LoginQuestions asked;
    asked.location = QStringLiteral("sftp://pi@logger.example");
    asked.questions = { { prompt, false } };
    return asked;
}

// The texts of the dialog's labels, in one string.
QString labelTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

// A relay called on a thread of its own, as a run's thread calls it.
class AskOnThread
{
public:
    AskOnThread(const fsops::LoginRelay &relay, fsops::LoginQuestions questions)
        : m_thread([this, relay, questions = std::move(questions)] {
            std::optional<QList<QByteArray>> answers = relay(questions);
            const std::lock_guard lock(m_mutex);
            m_answers = std::move(answers);
            m_finished = true;
        })
    { }
    // Returns once the relay has answered: tests make the relay go before it (it then answers
    // nothing), so a failed test does not hang here.
    ~AskOnThread() { m_thread.join(); }
    Q_DISABLE_COPY_MOVE(AskOnThread)

    bool finished()
    {
        const std::lock_guard lock(m_mutex);
        return m_finished;
    }
    std::optional<QList<QByteArray>> answers()
    {
        const std::lock_guard lock(m_mutex);
        return m_answers;
    }

private:
    std::mutex m_mutex;
    bool m_finished = false;
    std::optional<QList<QByteArray>> m_answers;
    std::thread m_thread; // last: started once the members it writes exist
};

} // namespace

class TestLoginQuestions : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    QByteArray m_home;
    QByteArray m_agent;
    QString m_errText;
    std::optional<QTextStream> m_err;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    // The dialog the relay shows, once it shows one.
    static LoginQuestionsDialog *shownDialog(const LoginQuestionsRelay &relay)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(relay.dialog() && relay.dialog()->isVisible(), 10000); }();
        return relay.dialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qgetenv("HOME");
        m_agent = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("CREDENTIALS_DIRECTORY");
    }
    void cleanupTestCase()
    {
        qputenv("HOME", m_home);
        if (!m_agent.isEmpty())
            qputenv("SSH_AUTH_SOCK", m_agent);
    }
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        // No ~/.ssh of the developer's: its config, known_hosts and keys stay out of the test.
        QDir().mkpath(path(QStringLiteral("home")));
        qputenv("HOME", QFile::encodeName(path(QStringLiteral("home"))));
        m_errText.clear();
        m_err.emplace(&m_errText);
    }
    void cleanup()
    {
        m_err.reset();
        m_dir.reset();
    }

    void theDialogShowsTheServersQuestions()
    {
        LoginQuestionsDialog dialog(twoQuestions());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.windowTitle().contains(u"logger.example"),
                 qPrintable(dialog.windowTitle()));
        const QString texts = labelTexts(&dialog);
        QVERIFY2(dialog.headingLabel()->text().contains(u"logger.example (port 2222)"),
                 qPrintable(dialog.headingLabel()->text()));
        QVERIFY2(dialog.headingLabel()->text().contains(u"pi"),
                 qPrintable(dialog.headingLabel()->text()));
        QVERIFY2(texts.contains(u"Two-step login"), qPrintable(texts));
        QVERIFY2(texts.contains(u"Open the app on your phone for the code."), qPrintable(texts));
        QVERIFY2(texts.contains(u"Password:"), qPrintable(texts));
        QVERIFY2(texts.contains(u"Verification code:"), qPrintable(texts));
        // The password hidden, the code shown, as the server says.
        QCOMPARE(dialog.answerFields().size(), 2);
        QCOMPARE(dialog.answerFields().at(0)->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.answerFields().at(1)->echoMode(), QLineEdit::Normal);
        QCOMPARE(QApplication::focusWidget(), dialog.answerFields().at(0));
        // Fits a 1024x600 screen.
        QVERIFY(dialog.sizeHint().width() <= 1024);
        QVERIFY(dialog.sizeHint().height() <= 600);
        // A server's text is never taken as markup.
        fsops::LoginQuestions marked = oneQuestion(QStringLiteral("<b>Code</b>: "));
        LoginQuestionsDialog plain(marked);
        QVERIFY(labelTexts(&plain).contains(u"<b>Code</b>:"));
        // Nor is its '&' taken for a shortcut.
        LoginQuestionsDialog ampersand(oneQuestion(QStringLiteral("PIN & code: ")));
        QVERIFY(labelTexts(&ampersand).contains(u"PIN && code:"));
        for (const QLabel *label : plain.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void answersTypedInTheDialogReachTheRunsThread()
    {
        std::optional<AskOnThread> ask;
        LoginQuestionsRelay relay; // after them: it goes first
        ask.emplace(relay.relay(), twoQuestions());
        LoginQuestionsDialog *dialog = shownDialog(relay);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->answerFields().at(0), QStringLiteral("secret"));
        QTest::keyClick(dialog->answerFields().at(0), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("123456"));
        QCOMPARE(dialog->answerFields().at(1)->text(), QStringLiteral("123456"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(ask->finished());
        QCOMPARE(ask->answers().value_or(QList<QByteArray>{ "-" }),
                 (QList<QByteArray>{ "secret", "123456" }));
        QTRY_VERIFY(!relay.dialog());
    }

    void cancelOrEscapeAnswersNothing_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Cancel") << false;
        QTest::newRow("Escape") << true;
    }
    void cancelOrEscapeAnswersNothing()
    {
        QFETCH(bool, escape);
        std::optional<AskOnThread> ask;
        LoginQuestionsRelay relay; // after them: it goes first
        ask.emplace(relay.relay(), twoQuestions());
        LoginQuestionsDialog *dialog = shownDialog(relay);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->answerFields().at(0), QStringLiteral("typed"));
        if (escape)
            QTest::keyClick(dialog->answerFields().at(0), Qt::Key_Escape);
        else
            dialog->cancelButton()->click();
        QTRY_VERIFY(ask->finished());
        QVERIFY(!ask->answers());
        QTRY_VERIFY(!relay.dialog());
    }

    void aCancelledRunStopsWaitingAndItsDialogCloses()
    {
        std::optional<AskOnThread> ask;
        LoginQuestionsRelay relay; // after them: it goes first
        auto cancelled = std::make_shared<std::atomic<bool>>(false);
        fsops::LoginQuestions asked = twoQuestions();
        asked.cancelled = [cancelled] { return cancelled->load(); };
        ask.emplace(relay.relay(), asked);
        QPointer<LoginQuestionsDialog> dialog = shownDialog(relay);
        QVERIFY(dialog);
        cancelled->store(true);
        QTRY_VERIFY_WITH_TIMEOUT(ask->finished(), 5000);
        QVERIFY(!ask->answers());
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(!relay.dialog());
    }

    void aDialogClosedByOthersAnswersNothing()
    {
        std::optional<AskOnThread> ask;
        LoginQuestionsRelay relay; // after them: it goes first
        ask.emplace(relay.relay(), twoQuestions());
        LoginQuestionsDialog *dialog = shownDialog(relay);
        QVERIFY(dialog);
        delete dialog; // as when the windows of the session are torn down
        QTRY_VERIFY(ask->finished());
        QVERIFY(!ask->answers());
        QCOMPARE(relay.waiting(), 0);
    }

    void oneSetOfQuestionsIsShownAtATime()
    {
        std::optional<AskOnThread> first;
        std::optional<AskOnThread> second;
        LoginQuestionsRelay relay; // after them: it goes first
        QSignalSpy shown(&relay, &LoginQuestionsRelay::dialogShown);
        first.emplace(relay.relay(), oneQuestion(QStringLiteral("First code: ")));
        LoginQuestionsDialog *dialog = shownDialog(relay);
        QVERIFY(dialog);
        second.emplace(relay.relay(), oneQuestion(QStringLiteral("Second code: ")));
        // The second waits while the first is asked.
        QTRY_COMPARE(relay.waiting(), 2);
        QCOMPARE(shown.size(), 1);
        QVERIFY(labelTexts(dialog).contains(u"First code:"));
        QTest::keyClicks(dialog->answerFields().at(0), QStringLiteral("111"));
        QTest::keyClick(dialog->answerFields().at(0), Qt::Key_Return);
        QTRY_VERIFY(first->finished());
        QTRY_COMPARE(shown.size(), 2);
        dialog = shownDialog(relay);
        QVERIFY(labelTexts(dialog).contains(u"Second code:"));
        QVERIFY(!second->finished());
        QTest::keyClicks(dialog->answerFields().at(0), QStringLiteral("222"));
        QTest::keyClick(dialog->answerFields().at(0), Qt::Key_Return);
        QTRY_VERIFY(second->finished());
        QCOMPARE(first->answers().value_or(QList<QByteArray>{ "-" }), (QList<QByteArray>{ "111" }));
        QCOMPARE(second->answers().value_or(QList<QByteArray>{ "-" }),
                 (QList<QByteArray>{ "222" }));
    }

    void theSameQuestionsAreAnsweredOnceUnlessRefused()
    {
        std::optional<AskOnThread> first;
        std::optional<AskOnThread> same;
        std::optional<AskOnThread> again;
        LoginQuestionsRelay relay; // after them: it goes first
        QSignalSpy shown(&relay, &LoginQuestionsRelay::dialogShown);
        const fsops::LoginQuestions asked = oneQuestion(QStringLiteral("Password: "));
        first.emplace(relay.relay(), asked);
        LoginQuestionsDialog *dialog = shownDialog(relay);
        QVERIFY(dialog);
        // The run's other connection, asked the same, and one whose answers were refused.
        same.emplace(relay.relay(), asked);
        fsops::LoginQuestions refused = asked;
        refused.again = true;
        again.emplace(relay.relay(), refused);
        QTRY_COMPARE(relay.waiting(), 3);
        QTest::keyClicks(dialog->answerFields().at(0), QStringLiteral("pw"));
        QTest::keyClick(dialog->answerFields().at(0), Qt::Key_Return);
        QTRY_VERIFY(first->finished());
        QTRY_VERIFY(same->finished());
        QCOMPARE(same->answers().value_or(QList<QByteArray>{ "-" }), (QList<QByteArray>{ "pw" }));
        // The one asked again is asked.
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(!again->finished());
        dialog = shownDialog(relay);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("loginRefused")));
        dialog->cancelButton()->click();
        QTRY_VERIFY(again->finished());
        QVERIFY(!again->answers());
    }

    void theTrayGoingAwayAnswersEveryWaitingRun()
    {
        auto relay = std::make_unique<LoginQuestionsRelay>();
        const fsops::LoginRelay ask = relay->relay();
        AskOnThread first(ask, oneQuestion(QStringLiteral("First code: ")));
        QVERIFY(shownDialog(*relay));
        AskOnThread second(ask, oneQuestion(QStringLiteral("Second code: ")));
        QTRY_COMPARE(relay->waiting(), 2);
        relay.reset();
        QTRY_VERIFY_WITH_TIMEOUT(first.finished() && second.finished(), 5000);
        QVERIFY(!first.answers());
        QVERIFY(!second.answers());
        // Asked later: no one to ask.
        QVERIFY(!ask(oneQuestion(QStringLiteral("Third code: "))));
    }

    // An sshd that logs in with keyboard-interactive (through PAM) only, its key trusted in the
    // config folder, and the tray started on it with a drive "Logger" from it with no key:
    // nothing but a person's answers logs in.
    std::unique_ptr<TrayApplication> trayWithKeyboardServer(test::SshdServer &server)
    {
        server.setExtraConfig(QStringLiteral("PasswordAuthentication no\n"
                                             "KbdInteractiveAuthentication yes"));
        if (!server.start()) {
            qWarning("%s", qPrintable(server.whyNot()));
            return nullptr;
        }
        const QString config = path(QStringLiteral("config"));
        QDir().mkpath(config);
        QFile known(knownHostsFile(config));
        if (!known.open(QIODevice::WriteOnly) || known.write(server.knownHostsLine()) < 0)
            return nullptr;
        known.close();
        const QString folder = server.directory() + QStringLiteral("/logger");
        QDir().mkpath(folder);
        TrayApplication::Options options;
        options.global.configDir = config;
        options.global.dataDir = path(QStringLiteral("data"));
        options.global.webSocketPort = 0; // the server off: tests never take the real port
        options.trayWait = 0ms;
        auto app = std::make_unique<TrayApplication>(options, *m_err);
        if (app->start() != TrayApplication::StartOutcome::Running)
            return nullptr;
        const DriveVerdict verdict = app->controller()->addDrive(DriveCodec::decode(
                QJsonObject{ { QStringLiteral("Name"), QStringLiteral("Logger") },
                             { QStringLiteral("Source"), QStringLiteral("sftp://%1@127.0.0.1:%2%3")
                                                                 .arg(server.user())
                                                                 .arg(server.port())
                                                                 .arg(folder) },
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

    // sshd as the test's user logs in with PAM, which asks "Password:" through
    // keyboard-interactive; that user has no password, so the server refuses whatever is
    // answered: what is checked is that the tray's dialog asked the server's question.
    void aDriveRunInTheTrayAsksTheServersQuestions()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::SshdServer server;
        const std::unique_ptr<TrayApplication> app = trayWithKeyboardServer(server);
        QVERIFY(app);
        QSignalSpy finished(app->controller(), &SyncController::syncFinished);
        QVERIFY(app->controller()->syncNow(QStringLiteral("Logger")));

        LoginQuestionsDialog *dialog = shownDialog(*app->loginQuestions());
        QVERIFY2(dialog, qPrintable(server.log()));
        QVERIFY2(labelTexts(dialog).contains(u"Password:"), qPrintable(labelTexts(dialog)));
        QCOMPARE(dialog->answerFields().size(), 1);
        QCOMPARE(dialog->answerFields().constFirst()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->headingLabel()->text().contains(server.user()));
        dialog->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QJsonObject run = finished.constFirst().value(1).toJsonObject();
        QCOMPARE(run[u"Code"].toString(), QStringLiteral("Authentication Failed"));
    }

    // Nobody at the computer: the run is cancelled (or the tray quits), and the question waits
    // no more.
    void aCancelledRunInTheTrayClosesItsDialog()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::SshdServer server;
        const std::unique_ptr<TrayApplication> app = trayWithKeyboardServer(server);
        QVERIFY(app);
        QSignalSpy finished(app->controller(), &SyncController::syncFinished);
        QVERIFY(app->controller()->syncNow(QStringLiteral("Logger")));
        QPointer<LoginQuestionsDialog> dialog = shownDialog(*app->loginQuestions());
        QVERIFY2(dialog, qPrintable(server.log()));
        QCOMPARE(app->controller()->cancel(QStringLiteral("Logger")).valueOr(false), true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        // The run ends as cancelled, not as a failed login or an unreadable source.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QJsonObject run = finished.constFirst().value(1).toJsonObject();
        QVERIFY2(run[u"Result"].toString() == QStringLiteral("Cancelled"),
                 QJsonDocument(run).toJson().constData());
        QVERIFY(!app->loginQuestions()->dialog());
    }

    void quittingTheTrayEndsTheRunThatWaitsForAnAnswer()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::SshdServer server;
        const std::unique_ptr<TrayApplication> app = trayWithKeyboardServer(server);
        QVERIFY(app);
        QSignalSpy stopped(app.get(), &TrayApplication::stopped);
        QVERIFY(app->controller()->syncNow(QStringLiteral("Logger")));
        QPointer<LoginQuestionsDialog> dialog = shownDialog(*app->loginQuestions());
        QVERIFY2(dialog, qPrintable(server.log()));
        app->quit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestLoginQuestions)
#include "tst_loginquestions.moc"
