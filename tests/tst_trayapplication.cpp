// TrayApplication, the tray start of letthatsyncin, put together offscreen: one instance per
// config folder, the Drives window when there is no tray, the windows the tray and the Drives
// window open, a drive added through them, and a clean quit.
#include "apiserver.h"
#include "driveswindow.h"
#include "files.h"
#include "historywindow.h"
#include "instancelock.h"
#include "testmain.h"
#include "trayapplication.h"
#include "trayicon.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lts;
using namespace std::chrono_literals;

// Stands for the system's file manager: QDesktopServices hands it the addresses it opens.
class FileManager : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestTrayApplication : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_errText;
    std::optional<QTextStream> m_err;

    QString path(const char *relative) const
    {
        return m_dir->filePath(QString::fromUtf8(relative));
    }
    QString configFolder() const { return path("config"); }

    TrayApplication::Options options(std::chrono::milliseconds trayWait = 0ms) const
    {
        TrayApplication::Options o;
        o.global.configDir = configFolder();
        o.global.dataDir = path("data");
        o.global.webSocketPort = 0; // the server off: tests never take the real port 1800
        o.startArguments = { QStringLiteral("--config-dir"), configFolder() };
        o.trayWait = trayWait;
        return o;
    }

    std::unique_ptr<TrayApplication> startApp(std::chrono::milliseconds trayWait = 0ms)
    {
        auto app = std::make_unique<TrayApplication>(options(trayWait), *m_err);
        const TrayApplication::StartOutcome outcome = app->start();
        if (outcome != TrayApplication::StartOutcome::Running)
            qWarning("not started: %s", qPrintable(app->failure()));
        return outcome == TrayApplication::StartOutcome::Running ? std::move(app) : nullptr;
    }

    static QWidget *modalDialog() { return QApplication::activeModalWidget(); }

    static void closeDialogs()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
    }

    void writeConfig(const QJsonObject &settings, const QJsonArray &drives = {}) const
    {
        QVERIFY(test::writeFile(configFolder() + QStringLiteral("/config.json"),
                                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                                           { QStringLiteral("Settings"), settings },
                                                           { QStringLiteral("Drives"), drives } })
                                        .toJson()));
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral(LTS_VERSION)); }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_errText.clear();
        m_err.emplace(&m_errText);
    }

    void cleanup()
    {
        closeDialogs();
        m_err.reset();
        m_dir.reset();
    }

    void withoutASystemTrayTheDrivesWindowOpens()
    {
        // Offscreen there is no system tray: after the wait, the window is the application.
        auto app = startApp(0ms);
        QVERIFY(app);
        QTRY_VERIFY(app->drivesWindow() && app->drivesWindow()->isVisible());
        QVERIFY(!app->trayIcon()->systemTrayIcon().isVisible());
    }

    void theWindowWaitsWhileTheTrayMayStillAppear()
    {
        auto app = startApp(1h);
        QVERIFY(app);
        QCoreApplication::processEvents();
        QVERIFY(!app->drivesWindow() || !app->drivesWindow()->isVisible());
    }

    void aSecondStartShowsTheFirstOnesWindow()
    {
        auto first = startApp(1h);
        QVERIFY(first);
        TrayApplication second(options(), *m_err);
        QCOMPARE(second.start(), TrayApplication::StartOutcome::ShownOther);
        QTRY_VERIFY(first->drivesWindow() && first->drivesWindow()->isVisible());
    }

    void aRunningServiceOnTheFolderKeepsTheTrayFromStarting()
    {
        InstanceLock service(configFolder()); // what --headless holds
        QVERIFY(service.acquire());
        TrayApplication app(options(), *m_err);
        QCOMPARE(app.start(), TrayApplication::StartOutcome::Failed);
        QVERIFY2(app.failure().contains(QStringLiteral("--headless")), qPrintable(app.failure()));
        QVERIFY(m_errText.contains(QStringLiteral("already running")));
        // The user who started it from a menu sees it too.
        QTRY_VERIFY(qobject_cast<QMessageBox *>(modalDialog()));
        QVERIFY(qobject_cast<QMessageBox *>(modalDialog())
                        ->text()
                        .contains(QStringLiteral("already running")));
    }

    void aConfigFromANewerVersionIsSaidAndNothingIsOverwritten()
    {
        const QByteArray newer = R"({"Version": 99, "Drives": []})";
        QVERIFY(test::writeFile(configFolder() + QStringLiteral("/config.json"), newer));
        TrayApplication app(options(), *m_err);
        QCOMPARE(app.start(), TrayApplication::StartOutcome::Failed);
        QVERIFY(!app.failure().isEmpty());
        QCOMPARE(test::readFile(configFolder() + QStringLiteral("/config.json")), newer);
    }

    void theWebSocketServerRunsForScripts()
    {
        auto app = startApp(1h);
        QVERIFY(app);
        QVERIFY(app->api());
        // The application's own server, listening on any free port (never the real 1800, so
        // tests run side by side); the port is the server's answer.
        ApiServer::Options any;
        any.port = 0;
        const Result<quint16> port = app->api()->server().start(any);
        QVERIFY(port);
        QVERIFY(*port != 0);
        QVERIFY(QFile::exists(ApiServer::serverFilePath(configFolder())));
        app->showAbout();
        QTRY_VERIFY(qobject_cast<QMessageBox *>(modalDialog()));
        const QString about = qobject_cast<QMessageBox *>(modalDialog())->text();
        QVERIFY2(about.contains(QStringLiteral("ws://127.0.0.1:%1").arg(*port)), qPrintable(about));
    }

    void aDriveAddedThroughTheDrivesWindowIsSavedAndShown()
    {
        auto app = startApp(0ms);
        QVERIFY(app);
        QTRY_VERIFY(app->drivesWindow() && app->drivesWindow()->isVisible());
        QDir().mkpath(path("photos"));
        auto *add = app->drivesWindow()->findChild<QAbstractButton *>(QStringLiteral("addButton"));
        QVERIFY(add);
        add->click();
        QTRY_VERIFY(modalDialog() && modalDialog()->objectName() == u"driveEditor");
        QWidget *editor = modalDialog();
        editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                ->setText(QStringLiteral("Photos"));
        editor->findChild<QWidget *>(QStringLiteral("sourceField"))
                ->findChild<QLineEdit *>(QStringLiteral("pathEdit"))
                ->setText(path("photos"));
        editor->findChild<QWidget *>(QStringLiteral("targetField"))
                ->findChild<QLineEdit *>(QStringLiteral("pathEdit"))
                ->setText(path("backup"));
        QPushButton *ok = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled()); // once the live validation has run
        ok->click();
        QTRY_COMPARE(app->controller()->model().rowCount(), 1);
        QVERIFY(test::readFile(configFolder() + QStringLiteral("/config.json"))
                        .contains("\"Photos\""));
        QTRY_VERIFY(!modalDialog());

        // Edit, through the same window: the new drive is selected.
        app->drivesWindow()->findChild<QAbstractButton *>(QStringLiteral("editButton"))->click();
        QTRY_VERIFY(modalDialog() && modalDialog()->objectName() == u"driveEditor");
        editor = modalDialog();
        editor->findChild<QDoubleSpinBox *>(QStringLiteral("sleepSpin"))->setValue(6);
        ok = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                     ->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE(app->controller()->model().drive(QStringLiteral("Photos"))->sleep, 6.0);
        const QJsonObject saved
                = QJsonDocument::fromJson(
                          test::readFile(configFolder() + QStringLiteral("/config.json")))
                          .object();
        QCOMPARE(saved.value(QStringLiteral("Drives"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("Sleep")),
                 QJsonValue(6));
    }

    void theTrayMenuOpensTheHistoryWindow()
    {
        auto app = startApp(1h);
        QVERIFY(app);
        app->showHistory();
        QTRY_VERIFY(app->historyWindow() && app->historyWindow()->isVisible());
        // Closing hides it: a second request shows the same window again.
        HistoryWindow *window = app->historyWindow();
        window->close();
        QVERIFY(!window->isVisible());
        app->showHistory();
        QCOMPARE(app->historyWindow(), window);
        QVERIFY(window->isVisible());
    }

    void settingsAndAboutOpenOnceEach()
    {
        auto app = startApp(1h);
        QVERIFY(app);
        app->showSettings();
        QTRY_VERIFY(modalDialog());
        QWidget *settings = modalDialog();
        app->showSettings();
        QCOMPARE(modalDialog(), settings);
        settings->close();
        app->showAbout();
        QTRY_VERIFY(qobject_cast<QMessageBox *>(modalDialog()));
        const QString about = qobject_cast<QMessageBox *>(modalDialog())->text();
        QVERIFY2(about.contains(QStringLiteral(LTS_VERSION)), qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("General Public License")));
        QVERIFY2(about.contains(QStringLiteral("WebSocket API for scripts: off")),
                 qPrintable(about));
    }

    void aFolderOnAServerOpensInTheFileManagerByItsAddress()
    {
        auto app = startApp(1h);
        QVERIFY(app);
        FileManager fileManager;
        QDesktopServices::setUrlHandler(QStringLiteral("sftp"), &fileManager, "open");
        // The Versions window's "Open folder" on a drive whose target is on a server.
        app->openFolder(QStringLiteral("sftp://pi@nas:2222/srv/backup?key=/k"),
                        QStringLiteral(".letthatsyncin/versions/2026-12-07/album"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("sftp"));
        QCOMPARE(fileManager.opened,
                 QList<QUrl>{ QUrl(QStringLiteral("sftp://pi@nas:2222/srv/backup/.letthatsyncin/"
                                                  "versions/2026-12-07/album")) });

        // A folder no file manager reaches by its address is said so, not opened elsewhere.
        app->openFolder(QStringLiteral("rclone:dropbox:Lab"));
        QTRY_VERIFY(qobject_cast<QMessageBox *>(modalDialog()));
        const QString said = qobject_cast<QMessageBox *>(modalDialog())->text();
        QVERIFY2(said.contains(QStringLiteral("dropbox:Lab (rclone) is on a server")),
                 qPrintable(said));
    }

    void quitStopsTheRunsAndEnds()
    {
        auto app = startApp(1h);
        QVERIFY(app);
        QSignalSpy stopped(app.get(), &TrayApplication::stopped);
        app->quit();
        QTRY_COMPARE(stopped.count(), 1);
        QVERIFY(!app->trayIcon()->systemTrayIcon().isVisible());
    }

    void theLanguageSettingChoosesTheTranslation()
    {
        writeConfig({ { QStringLiteral("Language"), QStringLiteral("de") } });
        auto app = startApp(1h);
        QVERIFY(app);
        QCOMPARE(QCoreApplication::translate("lts::TrayIcon", "Quit"), QStringLiteral("Beenden"));
        // Qt's own buttons follow (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        app.reset();
        // Each instance installs its own translator and removes it with itself.
        QCOMPARE(QCoreApplication::translate("lts::TrayIcon", "Quit"), QStringLiteral("Quit"));
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestTrayApplication)
#include "tst_trayapplication.moc"
