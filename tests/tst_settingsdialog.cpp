// The Settings dialog as a user works it: every page shows what config.json holds, OK saves
// what was changed (and keeps what the dialog does not show), a wrong address cannot be saved,
// Cancel saves nothing, the token is shown, copied and regenerated after a question, and
// "Start on login" writes the autostart entry.
#include "apiservice.h"
#include "apitoken.h"
#include "autostart.h"
#include "controllerfixture.h"
#include "files.h"
#include "settingsdialog.h"
#include "testmain.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace lts;
using lts::test::ControllerFixture;

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Settings unlike the defaults in every field the dialog shows, and some it does not.
QJsonObject customSettings()
{
    return { { text("WebSocketAddress"), text("::1") },
             { text("WebSocketPort"), 4321 },
             { text("RequireToken"), true },
             { text("AllowedOrigins"),
               QJsonArray{ text("https://a.example"), text("https://b.example") } },
             { text("MaxDeletePercent"), 20 },
             { text("MaxConcurrentRuns"), 5 },
             { text("WatchDelay"), 0.5 },
             { text("LogLevel"), text("Verbose") },
             { text("LogMaxMiB"), 7 },
             { text("Notifications"), text("EveryRun") },
             { text("BusyIcon"), false },
             { text("Language"), text("de") },
             { text("CopyThreads"), 8 },
             { text("FutureSetting"), QJsonObject{ { text("x"), 1 } } } };
}

QMessageBox *visibleMessageBox(const QString &name)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        auto *box = qobject_cast<QMessageBox *>(window);
        if (box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

QAbstractButton *buttonWithText(const QMessageBox &box, const QString &label)
{
    const QList<QAbstractButton *> buttons = box.buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text() == label)
            return button;
    }
    return nullptr;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // XDG_CONFIG_HOME: the autostart folder
    std::optional<ControllerFixture> m_fixture;
    std::unique_ptr<ApiService> m_api;
    std::unique_ptr<SettingsDialog> m_dialog;
    QStringList m_openedFolders;

    SyncController &controller() { return m_fixture->controller(); }
    QStringList startArguments() const
    {
        return { text("--config-dir"), m_fixture->configFolder(), text("--data-dir"),
                 m_fixture->dataFolder() };
    }

    // config.json as a user wrote it, then read by the controller.
    void writeConfig(const QJsonObject &settings)
    {
        const QJsonObject config{ { text("Version"), 1 },
                                  { text("Comment"), text("my notes") },
                                  { text("Settings"), settings },
                                  { text("Drives"), QJsonArray() } };
        QVERIFY(test::writeFile(m_fixture->configFile(), QJsonDocument(config).toJson()));
        QVERIFY(controller().load());
        QVERIFY(controller().configProblems().isEmpty());
    }

    QJsonObject savedConfig() const
    {
        return QJsonDocument::fromJson(test::readFile(m_fixture->configFile())).object();
    }
    QJsonObject savedSettings() const { return savedConfig().value(text("Settings")).toObject(); }

    // An API service as the tray has one, its server on a free loopback port.
    void startApi()
    {
        m_api = std::make_unique<ApiService>(controller(), m_fixture->configFolder());
        ApiServer::Options options;
        options.port = 0;
        const Result<quint16> port = m_api->server().start(options);
        QVERIFY2(port && *port != 0, port ? "" : qPrintable(port.error().message));
    }

    // The dialog, opened as the tray opens it.
    void openDialog()
    {
        m_dialog = std::make_unique<SettingsDialog>(controller(), m_api.get(), startArguments());
        m_dialog->setOpenFolder([this](const QString &path) { m_openedFolders.append(path); });
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    template<typename Widget>
    Widget *find(const char *name) const
    {
        auto *widget = m_dialog->findChild<Widget *>(text(name));
        if (!widget)
            qWarning("no %s named %s", Widget::staticMetaObject.className(), name);
        return widget;
    }
    QPushButton *button(QDialogButtonBox::StandardButton which) const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(which);
    }
    QLabel *message() const { return find<QLabel>("message"); }

    // Brings the page of `widget` to the front, as a user does before using it.
    template<typename Widget>
    Widget *onPage(Widget *widget) const
    {
        auto *tabs = m_dialog->findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(widget))
                tabs->setCurrentIndex(i);
        }
        if (!widget->isVisible())
            qWarning("%s cannot be seen", qPrintable(widget->objectName()));
        return widget;
    }
    void click(QAbstractButton *button) const { QTest::mouseClick(onPage(button), Qt::LeftButton); }
    // On the box itself: a check box in a form row is wider than what toggles it.
    void toggle(QCheckBox *box) const
    {
        QTest::mouseClick(onPage(box), Qt::LeftButton, {},
                          QPoint(box->height() / 2, box->height() / 2));
    }
    static void choose(QComboBox *box, const QVariant &data)
    {
        QVERIFY(box->findData(data) >= 0);
        box->setCurrentIndex(box->findData(data));
    }
    void retype(QLineEdit *edit, const QString &text) const
    {
        onPage(edit)->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    QStringList origins() const
    {
        QStringList list;
        const QListWidget *widget = find<QListWidget>("origins");
        for (int row = 0; row < widget->count(); ++row)
            list.append(widget->item(row)->text());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before anything reads it: the user's own autostart folder is never touched.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(text("config"))));
        qunsetenv("APPIMAGE");
        QVERIFY(Autostart::location().startsWith(m_home.path()));
    }

    void init()
    {
        QDir(QFileInfo(Autostart::location()).absolutePath()).removeRecursively();
        m_fixture.emplace();
        m_openedFolders.clear();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_api.reset();
        QFile::setPermissions(m_fixture->configFolder(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_fixture.reset();
    }

    void everyPageShowsTheCurrentSettings()
    {
        writeConfig(customSettings());
        startApi();
        openDialog();

        const auto *tabs = m_dialog->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList pages;
        for (int i = 0; i < tabs->count(); ++i)
            pages.append(tabs->tabText(i));
        QCOMPARE(pages,
                 (QStringList{ text("General"), text("Schedule"), text("Network"), text("Logs") }));

        // General
        QVERIFY(!find<QCheckBox>("startOnLogin")->isChecked()); // no autostart entry
        QCOMPARE(find<QComboBox>("notifications")->currentText(), text("After every run"));
        QVERIFY(!find<QCheckBox>("busyIcon")->isChecked());
        QCOMPARE(find<QComboBox>("language")->currentText(), text("Deutsch"));
        // Schedule
        QCOMPARE(find<QSpinBox>("maxConcurrentRuns")->value(), 5);
        QCOMPARE(find<QSpinBox>("maxDeletePercent")->value(), 20);
        QCOMPARE(find<QSpinBox>("maxDeletePercent")->text(), text("20 %"));
        QCOMPARE(find<QDoubleSpinBox>("watchDelay")->value(), 0.5);
        // Network
        QCOMPARE(find<QLineEdit>("address")->text(), text("::1"));
        QCOMPARE(find<QSpinBox>("port")->value(), 4321);
        QVERIFY(find<QCheckBox>("requireToken")->isChecked());
        QCOMPARE(origins(), (QStringList{ text("https://a.example"), text("https://b.example") }));
        const auto *token = find<QLineEdit>("token");
        QCOMPARE(token->text().toLatin1(), m_api->token());
        QCOMPARE(token->text().toLatin1(),
                 test::readFile(ApiToken::filePath(m_fixture->configFolder())).trimmed());
        QCOMPARE(token->echoMode(), QLineEdit::Password); // hidden until asked for
        QVERIFY(token->isReadOnly());
        // Logs
        QCOMPARE(find<QComboBox>("logLevel")->currentData().toInt(), int(LogLevel::Verbose));
        QCOMPARE(find<QSpinBox>("logMaxMiB")->value(), 7);
        QCOMPARE(find<QSpinBox>("logMaxMiB")->text(), text("7 MiB"));

        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!message()->isVisible());
    }

    void okSavesEveryChangedFieldAndKeepsTheRest()
    {
        writeConfig(customSettings());
        startApi();
        openDialog();

        choose(find<QComboBox>("notifications"), int(Notifications::Never));
        toggle(find<QCheckBox>("busyIcon"));
        choose(find<QComboBox>("language"), text("fr"));
        find<QSpinBox>("maxConcurrentRuns")->setValue(3);
        find<QSpinBox>("maxDeletePercent")->setValue(75);
        find<QDoubleSpinBox>("watchDelay")->setValue(10);
        retype(find<QLineEdit>("address"), text("127.0.0.1"));
        find<QSpinBox>("port")->setValue(2345);
        toggle(find<QCheckBox>("requireToken"));
        // One origin removed, one added and typed in place.
        auto *list = onPage(find<QListWidget>("origins"));
        list->setCurrentRow(0);
        click(find<QPushButton>("removeOrigin"));
        click(find<QPushButton>("addOrigin"));
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = list->viewport()->findChild<QLineEdit *>()) != nullptr);
        QTest::keyClicks(editor, text(" https://c.example "));
        QTest::keyClick(editor, Qt::Key_Return);
        // The item view takes the text when the event loop runs.
        QTRY_COMPARE(origins(),
                     (QStringList{ text("https://b.example"), text(" https://c.example ") }));
        choose(find<QComboBox>("logLevel"), int(LogLevel::Summary));
        find<QSpinBox>("logMaxMiB")->setValue(99);

        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        const QJsonObject saved = savedSettings();
        QCOMPARE(saved.value(text("Notifications")).toString(), text("Never"));
        QCOMPARE(saved.value(text("BusyIcon")), QJsonValue(true));
        QCOMPARE(saved.value(text("Language")).toString(), text("fr"));
        QCOMPARE(saved.value(text("MaxConcurrentRuns")).toInt(), 3);
        QCOMPARE(saved.value(text("MaxDeletePercent")).toInt(), 75);
        QCOMPARE(saved.value(text("WatchDelay")).toDouble(), 10.0);
        QCOMPARE(saved.value(text("WebSocketAddress")).toString(), text("127.0.0.1"));
        QCOMPARE(saved.value(text("WebSocketPort")).toInt(), 2345);
        QCOMPARE(saved.value(text("RequireToken")), QJsonValue(false));
        QCOMPARE(saved.value(text("AllowedOrigins")),
                 QJsonValue(QJsonArray{ text("https://b.example"), text("https://c.example") }));
        QCOMPARE(saved.value(text("LogLevel")).toString(), text("Summary"));
        QCOMPARE(saved.value(text("LogMaxMiB")).toInt(), 99);
        // What the dialog does not show is kept, known or not.
        QCOMPARE(saved.value(text("CopyThreads")).toInt(), 8);
        QCOMPARE(saved.value(text("FutureSetting")), QJsonValue(QJsonObject{ { text("x"), 1 } }));
        QCOMPARE(savedConfig().value(text("Comment")).toString(), text("my notes"));

        // And the running application has them.
        const Settings &settings = controller().settings();
        QCOMPARE(settings.notifications, Notifications::Never);
        QCOMPARE(settings.busyIcon, true);
        QCOMPARE(settings.language, text("fr"));
        QCOMPARE(settings.maxConcurrentRuns, 3);
        QCOMPARE(settings.maxDeletePercent, 75);
        QCOMPARE(settings.watchDelaySeconds, 10.0);
        QCOMPARE(settings.webSocketAddress, text("127.0.0.1"));
        QCOMPARE(settings.webSocketPort, 2345);
        QCOMPARE(settings.requireToken, false);
        QCOMPARE(settings.allowedOrigins,
                 (QStringList{ text("https://b.example"), text("https://c.example") }));
        QCOMPARE(settings.logLevel, LogLevel::Summary);
        QCOMPARE(settings.logMaxMiB, 99);
        QCOMPARE(settings.copyThreads, 8);
        QVERIFY(!QFile::exists(Autostart::location())); // start on login was not asked for
    }

    void anOriginStillBeingTypedIsSaved()
    {
        openDialog();
        auto *list = onPage(find<QListWidget>("origins"));
        click(find<QPushButton>("addOrigin"));
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = list->viewport()->findChild<QLineEdit *>()) != nullptr);
        QTest::keyClicks(editor, text("https://typed.example"));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(controller().settings().allowedOrigins,
                 QStringList{ text("https://typed.example") });
    }

    void applySavesAndTheDialogStaysOpen()
    {
        openDialog();
        find<QSpinBox>("maxConcurrentRuns")->setValue(4);
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(savedSettings().value(text("MaxConcurrentRuns")).toInt(), 4);
        QCOMPARE(controller().settings().maxConcurrentRuns, 4);
        QVERIFY(m_dialog->isVisible());
    }

    void okWithoutChangesWritesNothing()
    {
        writeConfig(customSettings());
        const QByteArray before = test::readFile(m_fixture->configFile());
        openDialog();
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(test::readFile(m_fixture->configFile()), before); // the user's own layout
    }

    void aWrongAddressDisablesOkWithAMessage()
    {
        openDialog();
        auto *address = find<QLineEdit>("address");
        retype(address, text("my.server"));
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(message()->isVisible());
        QCOMPARE(message()->text(),
                 QStringLiteral("“my.server” is not an address the WebSocket server can listen "
                                "on. Enter an IP address such as 127.0.0.1, or localhost."));
        QTest::keyClick(address, Qt::Key_Return); // the default button cannot save it either
        QVERIFY(m_dialog->isVisible());

        retype(address, QString());
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());

        // Reachable from other computers: only with the token.
        retype(address, text("0.0.0.0"));
        QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(message()->text().contains(text("Require the token")));
        toggle(find<QCheckBox>("requireToken"));
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!message()->isVisible());

        retype(address, text("localhost"));
        toggle(find<QCheckBox>("requireToken"));
        QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(savedSettings().value(text("WebSocketAddress")).toString(), text("localhost"));
    }

    void cancelSavesNothing()
    {
        writeConfig(customSettings());
        const QByteArray before = test::readFile(m_fixture->configFile());
        const Settings settingsBefore = controller().settings();
        openDialog();
        find<QSpinBox>("maxConcurrentRuns")->setValue(1);
        choose(find<QComboBox>("language"), QString());
        toggle(find<QCheckBox>("startOnLogin"));
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton); // then changed again
        find<QSpinBox>("logMaxMiB")->setValue(1000);
        const QByteArray applied = test::readFile(m_fixture->configFile());
        QVERIFY(applied != before);

        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(test::readFile(m_fixture->configFile()), applied);
        QCOMPARE(controller().settings().logMaxMiB, settingsBefore.logMaxMiB);

        // Without Apply, nothing at all.
        openDialog();
        find<QSpinBox>("maxConcurrentRuns")->setValue(9);
        toggle(find<QCheckBox>("startOnLogin"));
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(test::readFile(m_fixture->configFile()), applied);
        QCOMPARE(controller().settings().maxConcurrentRuns, 1);
        QVERIFY(QFile::exists(Autostart::location())); // as Apply left it
    }

    void aSaveErrorIsShownAndTheDialogStaysOpen()
    {
        LTS_SKIP_IF_ROOT();
        writeConfig(customSettings());
        openDialog();
        QVERIFY(QFile::setPermissions(m_fixture->configFolder(),
                                      QFile::ReadOwner | QFile::ExeOwner));
        find<QSpinBox>("maxConcurrentRuns")->setValue(2);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(message()->isVisible());
        QVERIFY2(message()->text().startsWith(
                         text("Cannot save the configuration to %1")
                                 .arg(QDir::toNativeSeparators(m_fixture->configFile()))),
                 qPrintable(message()->text()));
        QCOMPARE(controller().settings().maxConcurrentRuns, 5);

        // Once the folder can be written again, OK saves.
        QVERIFY(QFile::setPermissions(m_fixture->configFolder(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(savedSettings().value(text("MaxConcurrentRuns")).toInt(), 2);
    }

    void theTokenIsShownAndCopiedOnRequest()
    {
        startApi();
        openDialog();
        auto *token = find<QLineEdit>("token");
        auto *show = find<QPushButton>("showToken");
        click(show);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QCOMPARE(show->text(), text("Hide"));
        click(show);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(show->text(), text("Show"));

        QGuiApplication::clipboard()->clear();
        click(find<QPushButton>("copyToken"));
        QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), m_api->token());
    }

    void regeneratingTheTokenAsksFirst()
    {
        startApi();
        openDialog();
        const QString file = ApiToken::filePath(m_fixture->configFolder());
        const QByteArray before = test::readFile(file).trimmed();
        QVERIFY(!before.isEmpty());
        auto *token = find<QLineEdit>("token");
        QCOMPARE(token->text().toLatin1(), before);

        // No: nothing changes.
        click(find<QPushButton>("regenerateToken"));
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = visibleMessageBox(text("regenerateTokenQuestion"))) != nullptr);
        QCOMPARE(question->informativeText(),
                 text("Scripts using the old token will be refused until they use the new one."));
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!visibleMessageBox(text("regenerateTokenQuestion")));
        QCOMPARE(test::readFile(file).trimmed(), before);
        QCOMPARE(token->text().toLatin1(), before);
        QCOMPARE(m_api->token(), before);

        // Yes: a new token, in the file, in the server and on the page.
        click(find<QPushButton>("regenerateToken"));
        QTRY_VERIFY((question = visibleMessageBox(text("regenerateTokenQuestion"))) != nullptr);
        QAbstractButton *regenerate = buttonWithText(*question, text("Regenerate"));
        QVERIFY(regenerate);
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QTRY_VERIFY(test::readFile(file).trimmed() != before);
        const QByteArray after = test::readFile(file).trimmed();
        QCOMPARE(after.size(), 2 * ApiToken::randomBytes);
        QCOMPARE(m_api->token(), after);
        QCOMPARE(token->text().toLatin1(), after);
        QVERIFY(!message()->isVisible());
#ifdef Q_OS_UNIX
        struct stat status = {};
        QCOMPARE(stat(QFile::encodeName(file).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
#endif
        QVERIFY(m_dialog->isVisible()); // the question closed, not the dialog
    }

    void withoutTheServerTheTokenIsNotShown()
    {
        openDialog(); // no ApiService
        QVERIFY(find<QLineEdit>("token")->text().isEmpty());
        QCOMPARE(find<QLineEdit>("token")->placeholderText(), text("The WebSocket server is off."));
        QVERIFY(!find<QPushButton>("showToken")->isEnabled());
        QVERIFY(!find<QPushButton>("copyToken")->isEnabled());
        QVERIFY(!find<QPushButton>("regenerateToken")->isEnabled());
    }

    void startOnLoginWritesTheAutostartEntry()
    {
        openDialog();
        QVERIFY(!find<QCheckBox>("startOnLogin")->isChecked());
        toggle(find<QCheckBox>("startOnLogin"));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        // This program, with the folders it was started with.
        QCOMPARE(test::readFile(Autostart::location()),
                 Autostart(QCoreApplication::applicationFilePath(), startArguments()).entry());
        QVERIFY(test::readFile(Autostart::location())
                        .contains(QFile::encodeName(m_fixture->configFolder())));
        QVERIFY(!savedConfig().value(text("Settings")).toObject().contains(text("Autostart")));

        openDialog();
        QVERIFY(find<QCheckBox>("startOnLogin")->isChecked());
        toggle(find<QCheckBox>("startOnLogin"));
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!QFile::exists(Autostart::location()));
    }

    void openLogFolderOpensTheLogFolder()
    {
        openDialog();
        click(find<QPushButton>("openLogFolder"));
        QCOMPARE(m_openedFolders, QStringList{ controller().log().folderPath() });
        QVERIFY(QFileInfo(controller().log().folderPath()).isDir());
    }

    void aLanguageWrittenByHandStaysChosen()
    {
        QJsonObject settings = customSettings();
        settings.insert(text("Language"), text("pt_BR"));
        writeConfig(settings);
        openDialog();
        QCOMPARE(find<QComboBox>("language")->currentData().toString(), text("pt_BR"));
        find<QSpinBox>("logMaxMiB")->setValue(8);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(savedSettings().value(text("Language")).toString(), text("pt_BR"));
        QCOMPARE(savedSettings().value(text("LogMaxMiB")).toInt(), 8);
    }

    void aWatchDelayWrittenByHandKeepsItsDigits()
    {
        QJsonObject settings = customSettings();
        settings.insert(text("WatchDelay"), 0.25);
        writeConfig(settings);
        openDialog();
        find<QSpinBox>("logMaxMiB")->setValue(8);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(savedSettings().value(text("WatchDelay")).toDouble(), 0.25);
        QCOMPARE(controller().settings().watchDelaySeconds, 0.25);
    }

    void theWatchDelayTakesOnlyWhatTheConfigAccepts()
    {
        openDialog();
        const auto *box = find<QDoubleSpinBox>("watchDelay");
        const auto accepted = [](double value) {
            return SettingsCodec::decode(QJsonObject{ { text("WatchDelay"), value } })
                    .problems.isEmpty();
        };
        QVERIFY(accepted(box->minimum()));
        QVERIFY(accepted(box->maximum()));
        QVERIFY(!accepted(box->minimum() - 0.01));
        QVERIFY(!accepted(box->maximum() + 0.1));
    }

    void noValueOutsideWhatTheConfigAcceptsCanBeEntered_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("key");
        QTest::newRow("runs") << text("maxConcurrentRuns") << text("MaxConcurrentRuns");
        QTest::newRow("deletions") << text("maxDeletePercent") << text("MaxDeletePercent");
        QTest::newRow("port") << text("port") << text("WebSocketPort");
        QTest::newRow("log size") << text("logMaxMiB") << text("LogMaxMiB");
    }

    void noValueOutsideWhatTheConfigAcceptsCanBeEntered()
    {
        QFETCH(QString, widget);
        QFETCH(QString, key);
        openDialog();
        auto *box = m_dialog->findChild<QSpinBox *>(widget);
        QVERIFY(box);
        const auto accepted = [&key](int value) {
            return SettingsCodec::decode(QJsonObject{ { key, value } }).problems.isEmpty();
        };
        QVERIFY(accepted(box->minimum()));
        QVERIFY(accepted(box->maximum()));
        QVERIFY(!accepted(box->minimum() - 1));
        QVERIFY(!accepted(box->maximum() + 1));
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestSettingsDialog)
#include "tst_settingsdialog.moc"
