// The drive editor's SFTP locations: the fields of the SFTP dialog make the location string
// (ports, users, IPv6 addresses in brackets, ?key=) and an existing location fills them; the
// password goes to the credential store, never into the drive or config.json; "Test
// connection" and the folder browser against a real OpenSSH sshd on loopback
// (support/sshdserver.h); the editor shows a drive's SFTP location in its friendly form. HOME is
// a folder of the test's own and no agent is asked; no keychain answers, so passwords go to the
// 0600 fallback file.
#include "credentialstore.h"
#include "davserver.h"
#include "driveeditordialog.h"
#include "files.h"
#include "folderfield.h"
#include "locationfield.h"
#include "nokeychain.h"
#include "remotefolderdialog.h"
#include "remotelocation.h"
#include "serveraddress.h"
#include "serverlocationdialog.h"
#include "sshdserver.h"
#include "synccontroller.h"
#include "testmain.h"
#include "uploadserver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace lts;
using test::NoKeychain;

namespace {

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QLineEdit *edit(const QObject *dialog, const QString &name)
{
    return child<QLineEdit>(dialog, name);
}

QString status(const QObject *dialog)
{
    return child<QLabel>(dialog, QStringLiteral("testStatus"))->text();
}

QPushButton *okButton(const QObject *dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
}

QComboBox *kindCombo(const QObject *dialog)
{
    return child<QComboBox>(dialog, QStringLiteral("serverKindCombo"));
}

QComboBox *encryptionCombo(const QObject *dialog)
{
    return child<QComboBox>(dialog, QStringLiteral("encryptionCombo"));
}

// Picks the item of `combo` whose data is `data` with the arrow keys, as a user would.
void choose(QComboBox *combo, const QVariant &data)
{
    const int wanted = combo->findData(data);
    if (wanted < 0)
        qFatal("no item %s in %s", qPrintable(data.toString()), qPrintable(combo->objectName()));
    while (combo->currentIndex() < wanted)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > wanted)
        QTest::keyClick(combo, Qt::Key_Up);
}

QTableWidget *uploadFields(const QObject *dialog)
{
    return child<QTableWidget>(dialog, QStringLiteral("uploadFieldsTable"));
}

// The upload form's fields as the table shows them, "name=value" a row.
QStringList rowsOf(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QTableWidgetItem *value = table->item(row, 1);
        rows.append((name ? name->text() : QString()) + u'=' + (value ? value->text() : QString()));
    }
    return rows;
}

// The names of the rows under `parent` in the folder browser.
QStringList rowsUnder(const QStandardItem *parent)
{
    QStringList names;
    for (int row = 0; row < parent->rowCount(); ++row)
        names.append(parent->child(row)->text());
    return names;
}

} // namespace

class TestLocationDialog : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<test::SshdServer> m_server;
    std::unique_ptr<SyncController> m_controller;
    QByteArray m_home;
    QByteArray m_agent;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString configFolder() const { return path(QStringLiteral("config")); }
    QString configFile() const { return configFolder() + QStringLiteral("/config.json"); }
    QString knownHosts() const { return configFolder() + QStringLiteral("/known_hosts"); }

    void makeController()
    {
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = path(QStringLiteral("data"));
        env.volumeOf = [](const QString &folder) { return folder; };
        env.keychain = [] { return std::make_unique<NoKeychain>(); };
        QDir().mkpath(env.configFolder);
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
    }
    // The test's sshd, started; false (with a skip or a failure) when it cannot run.
    bool startServer()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty()) {
            QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
            return false;
        }
        m_server = std::make_unique<test::SshdServer>();
        if (!m_server->start()) {
            QTest::qFail(qPrintable(m_server->whyNot()), __FILE__, __LINE__);
            return false;
        }
        return true;
    }
    void trustServer() { QVERIFY(test::writeFile(knownHosts(), m_server->knownHostsLine())); }
    // A folder on the server (the server's user owns its directory).
    QString serverFolder(const QString &name) const
    {
        const QString folder = m_server->directory() + u'/' + name;
        QDir().mkpath(folder);
        return folder;
    }
    // The SFTP dialog's fields for a folder of the test's server, logging in with its key.
    void fillForServer(QDialog *dialog, const QString &folder)
    {
        edit(dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
        edit(dialog, QStringLiteral("portEdit"))->setText(QString::number(m_server->port()));
        edit(dialog, QStringLiteral("userEdit"))->setText(m_server->user());
        edit(dialog, QStringLiteral("folderEdit"))->setText(folder);
        edit(dialog, QStringLiteral("keyEdit"))->setText(m_server->clientKey());
    }
    QString serverLocation(const QString &folder) const
    {
        return QStringLiteral("sftp://%1@127.0.0.1:%2%3?key=%4")
                .arg(m_server->user())
                .arg(m_server->port())
                .arg(folder, m_server->clientKey());
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
        makeController();
    }
    void cleanup()
    {
        ServerLocationDialog::setTrustPrompt({});
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            delete window;
        m_controller.reset();
        m_server.reset();
        m_dir.reset();
    }

    void theFieldsMakeTheLocation_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("friendly");
        const QString home = QDir::homePath();
        QTest::newRow("user, server, folder") << "logger.local"
                                              << ""
                                              << "pi"
                                              << "/data"
                                              << ""
                                              << "sftp://pi@logger.local/data"
                                              << "pi@logger.local:/data (SFTP)";
        QTest::newRow("port 22 is not written") << "logger.local"
                                                << "22"
                                                << "pi"
                                                << "/data"
                                                << ""
                                                << "sftp://pi@logger.local/data"
                                                << "pi@logger.local:/data (SFTP)";
        QTest::newRow("another port") << "logger.local"
                                      << "2222"
                                      << "pi"
                                      << "/data"
                                      << ""
                                      << "sftp://pi@logger.local:2222/data"
                                      << "pi@logger.local:/data (SFTP, port 2222)";
        QTest::newRow("no user") << "nas"
                                 << ""
                                 << ""
                                 << "/srv/backup"
                                 << ""
                                 << "sftp://nas/srv/backup"
                                 << "nas:/srv/backup (SFTP)";
        QTest::newRow("home folder") << "nas"
                                     << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "sftp://nas/~"
                                     << "nas:~ (SFTP)";
        QTest::newRow("top folder") << "nas"
                                    << ""
                                    << ""
                                    << "/"
                                    << ""
                                    << "sftp://nas/"
                                    << "nas:/ (SFTP)";
        QTest::newRow("in the home folder") << "nas"
                                            << ""
                                            << ""
                                            << "~/data"
                                            << ""
                                            << "sftp://nas/~/data"
                                            << "nas:~/data (SFTP)";
        QTest::newRow("relative folder") << "nas"
                                         << ""
                                         << ""
                                         << "data/2026"
                                         << ""
                                         << "sftp://nas/~/data/2026"
                                         << "nas:~/data/2026 (SFTP)";
        QTest::newRow("IPv6") << "::1"
                              << "2222"
                              << "pi"
                              << "/srv"
                              << ""
                              << "sftp://pi@[::1]:2222/srv"
                              << "pi@[::1]:/srv (SFTP, port 2222)";
        QTest::newRow("IPv6 typed in brackets") << "[2001:db8::7]"
                                                << ""
                                                << ""
                                                << "/srv"
                                                << ""
                                                << "sftp://[2001:db8::7]/srv"
                                                << "[2001:db8::7]:/srv (SFTP)";
        QTest::newRow("IPv6 with a zone") << "fe80::1%eth0"
                                          << ""
                                          << ""
                                          << "/srv"
                                          << ""
                                          << "sftp://[fe80::1%25eth0]/srv"
                                          << "[fe80::1%eth0]:/srv (SFTP)";
        QTest::newRow("a user with @ and :") << "host"
                                             << ""
                                             << "first.last@corp:x"
                                             << "/d"
                                             << ""
                                             << "sftp://first.last%40corp%3Ax@host/d"
                                             << "first.last@corp:x@host:/d (SFTP)";
        QTest::newRow("a folder with spaces and #") << "host"
                                                    << ""
                                                    << ""
                                                    << "/srv/my data/#1"
                                                    << ""
                                                    << "sftp://host/srv/my%20data/%231"
                                                    << "host:/srv/my data/#1 (SFTP)";
        QTest::newRow("key") << "host"
                             << ""
                             << "pi"
                             << "/d"
                             << "~/.ssh/id_ed25519"
                             << "sftp://pi@host/d?key=~/.ssh/id_ed25519"
                             << "pi@host:/d (SFTP)";
        QTest::newRow("key with a full path") << "host"
                                              << ""
                                              << "pi"
                                              << "/d"
                                              << "/keys/lab key"
                                              << "sftp://pi@host/d?key=/keys/lab%20key"
                                              << "pi@host:/d (SFTP)";
        Q_UNUSED(home);
    }
    void theFieldsMakeTheLocation()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, user);
        QFETCH(QString, folder);
        QFETCH(QString, key);
        QFETCH(QString, location);
        QFETCH(QString, friendly);
        ServerLocationDialog dialog(*m_controller, QString());
        edit(&dialog, QStringLiteral("hostEdit"))->setText(host);
        edit(&dialog, QStringLiteral("portEdit"))->setText(port);
        edit(&dialog, QStringLiteral("userEdit"))->setText(user);
        edit(&dialog, QStringLiteral("folderEdit"))->setText(folder);
        edit(&dialog, QStringLiteral("keyEdit"))->setText(key);
        QCOMPARE(dialog.location(), location);
        // The location is one a drive takes, and says what the fields said.
        const Result<RemoteLocation> parsed = RemoteLocation::parse(location, {});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->friendlyName(), friendly);
        QCOMPARE(parsed->user(), user);
        QCOMPARE(parsed->effectivePort(), port.isEmpty() ? 22 : port.toInt());
        // And it fills the fields again as they were (the folder as it is read back).
        const std::optional<ServerAddress> back = ServerAddress::fromLocation(location);
        QVERIFY(back);
        QCOMPARE(back->location(), location);
    }

    void anExistingLocationFillsTheFields()
    {
        const QString location = QStringLiteral(
                "sftp://pi@[2001:db8::7]:2222/srv/data?key=~/.ssh/id_ed25519&connections=2");
        ServerLocationDialog dialog(*m_controller, location);
        QCOMPARE(edit(&dialog, QStringLiteral("hostEdit"))->text(), QStringLiteral("2001:db8::7"));
        QCOMPARE(edit(&dialog, QStringLiteral("portEdit"))->text(), QStringLiteral("2222"));
        QCOMPARE(edit(&dialog, QStringLiteral("userEdit"))->text(), QStringLiteral("pi"));
        QCOMPARE(edit(&dialog, QStringLiteral("folderEdit"))->text(), QStringLiteral("/srv/data"));
        QCOMPARE(edit(&dialog, QStringLiteral("keyEdit"))->text(),
                 QStringLiteral("~/.ssh/id_ed25519"));
        QVERIFY(edit(&dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
        QCOMPARE(dialog.location(), location); // unchanged: as it was written
        // A change keeps what the dialog does not show (connections).
        edit(&dialog, QStringLiteral("folderEdit"))->setText(QStringLiteral("~/logs"));
        QCOMPARE(dialog.location(),
                 QStringLiteral("sftp://pi@[2001:db8::7]:2222/~/logs?key=~/.ssh/id_ed25519"
                                "&connections=2"));
        // A relative folder is shown from the home folder.
        ServerLocationDialog relative(*m_controller, QStringLiteral("sftp://nas/~/data"));
        QCOMPARE(edit(&relative, QStringLiteral("folderEdit"))->text(), QStringLiteral("~/data"));
        QVERIFY(edit(&relative, QStringLiteral("userEdit"))->text().isEmpty());
        QVERIFY(edit(&relative, QStringLiteral("portEdit"))->text().isEmpty());
    }

    void aWrongLocationIsSaidInTheDialog()
    {
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QVERIFY(!okButton(&dialog)->isEnabled()); // no server yet
        edit(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("nas"));
        edit(&dialog, QStringLiteral("folderEdit"))->setText(QStringLiteral("/srv/../etc"));
        okButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(status(&dialog).contains(QStringLiteral("\"..\"")), qPrintable(status(&dialog)));
        edit(&dialog, QStringLiteral("folderEdit"))->setText(QStringLiteral("/srv"));
        edit(&dialog, QStringLiteral("keyEdit"))->setText(QStringLiteral("id_ed25519"));
        okButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(status(&dialog).contains(QStringLiteral("full path of a key file")),
                 qPrintable(status(&dialog)));
    }

    void theEditorShowsAnSftpLocationInItsFriendlyForm()
    {
        const QJsonObject drive{ { QStringLiteral("Name"), QStringLiteral("Logger") },
                                 { QStringLiteral("Source"),
                                   QStringLiteral("sftp://pi@logger.local/data") },
                                 { QStringLiteral("Target"), path(QStringLiteral("backup")) },
                                 { QStringLiteral("Sleep"), 1 },
                                 { QStringLiteral("Units"), QStringLiteral("Hours") },
                                 { QStringLiteral("Mode"), QStringLiteral("Update") } };
        const QJsonObject config{ { QStringLiteral("Version"), 1 },
                                  { QStringLiteral("Drives"), QJsonArray{ drive } } };
        QVERIFY(test::writeFile(configFile(), QJsonDocument(config).toJson()));
        makeController();
        DriveEditorDialog dialog(*m_controller, QStringLiteral("Logger"));
        auto *source = child<LocationField>(&dialog, QStringLiteral("sourceLocation"));
        QCOMPARE(source->kind(), LocationField::Kind::Server);
        QCOMPARE(source->kindCombo()->currentText(), QStringLiteral("Folder on a server"));
        QCOMPARE(source->serverEdit()->text(), QStringLiteral("pi@logger.local:/data (SFTP)"));
        QVERIFY(source->serverEdit()->isReadOnly());
        QVERIFY(!source->folderField()->isVisibleTo(&dialog));
        auto *target = child<LocationField>(&dialog, QStringLiteral("targetLocation"));
        QCOMPARE(target->kind(), LocationField::Kind::Folder);
        QCOMPARE(target->folderField()->path(), path(QStringLiteral("backup")));
        // The drive keeps its location as it was written.
        QCOMPARE(dialog.drive().source, QStringLiteral("sftp://pi@logger.local/data"));

        // Change… opens the dialog filled in from it.
        source->changeButton()->click();
        ServerLocationDialog *sftp = source->serverDialog();
        QVERIFY(sftp);
        QCOMPARE(edit(sftp, QStringLiteral("hostEdit"))->text(), QStringLiteral("logger.local"));
        QCOMPARE(edit(sftp, QStringLiteral("userEdit"))->text(), QStringLiteral("pi"));
        QCOMPARE(edit(sftp, QStringLiteral("folderEdit"))->text(), QStringLiteral("/data"));
        edit(sftp, QStringLiteral("portEdit"))->setText(QStringLiteral("2200"));
        okButton(sftp)->click();
        QTRY_VERIFY(!source->serverDialog());
        QCOMPARE(dialog.drive().source, QStringLiteral("sftp://pi@logger.local:2200/data"));
        QCOMPARE(source->serverEdit()->text(),
                 QStringLiteral("pi@logger.local:/data (SFTP, port 2200)"));

        // Back to a folder of this computer: the folder field, with its Browse….
        source->kindCombo()->setFocus();
        QTest::keyClick(source->kindCombo(), Qt::Key_Up);
        QCOMPARE(source->kind(), LocationField::Kind::Folder);
        QVERIFY(source->folderField()->isVisibleTo(&dialog));
        QVERIFY(dialog.drive().source.isEmpty());
    }

    void theEditorShowsAWebDavLocationAndOpensItsDialog()
    {
        const QString location
                = QStringLiteral("davs://me@cloud.example.org/remote.php/dav/files/me");
        const QJsonObject drive{ { QStringLiteral("Name"), QStringLiteral("Cloud") },
                                 { QStringLiteral("Source"), path(QStringLiteral("Photos")) },
                                 { QStringLiteral("Target"), location },
                                 { QStringLiteral("Sleep"), 1 },
                                 { QStringLiteral("Units"), QStringLiteral("Hours") },
                                 { QStringLiteral("Mode"), QStringLiteral("Update") } };
        const QJsonObject config{ { QStringLiteral("Version"), 1 },
                                  { QStringLiteral("Drives"), QJsonArray{ drive } } };
        QVERIFY(QDir().mkpath(path(QStringLiteral("Photos"))));
        QVERIFY(test::writeFile(configFile(), QJsonDocument(config).toJson()));
        makeController();
        DriveEditorDialog dialog(*m_controller, QStringLiteral("Cloud"));
        auto *target = child<LocationField>(&dialog, QStringLiteral("targetLocation"));
        QCOMPARE(target->kind(), LocationField::Kind::Server);
        QCOMPARE(target->serverEdit()->text(),
                 QStringLiteral("me@cloud.example.org/remote.php/dav/files/me (WebDAV)"));
        target->changeButton()->click();
        ServerLocationDialog *server = target->serverDialog();
        QVERIFY(server);
        QCOMPARE(server->kind(), RemoteKind::WebDav);
        QCOMPARE(edit(server, QStringLiteral("webAddressEdit"))->text(),
                 QStringLiteral("https://cloud.example.org/remote.php/dav/files/me"));
        // Another folder, by the address: the drive takes the location it makes.
        QLineEdit *address = edit(server, QStringLiteral("webAddressEdit"));
        address->selectAll();
        QTest::keyClicks(address,
                         QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/Lab"));
        okButton(server)->click();
        QTRY_VERIFY(!target->serverDialog());
        QCOMPARE(dialog.drive().target,
                 QStringLiteral("davs://me@cloud.example.org/remote.php/dav/files/me/Lab"));
    }

    void theEditorsLocationsAreReachedByKeyboard()
    {
        DriveEditorDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *source = child<LocationField>(&dialog, QStringLiteral("sourceLocation"));
        auto *target = child<LocationField>(&dialog, QStringLiteral("targetLocation"));
        // Tab from the name: the source's kind, its folder, Browse…, then the target's.
        child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->setFocus();
        const QList<QWidget *> order{ source->kindCombo(), source->folderField()->lineEdit(),
                                      source->folderField()->browseButton(), target->kindCombo(),
                                      target->folderField()->lineEdit() };
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        // Alt+S goes to the source's folder; for a server's folder, to Change….
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), source->folderField()->lineEdit());
        source->setLocation(QStringLiteral("sftp://pi@logger.local/data"));
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), target->folderField()->lineEdit());
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), source->changeButton());
        QTest::keyClick(source->changeButton(), Qt::Key_Space);
        QTRY_VERIFY(source->serverDialog());
        QTRY_VERIFY(source->serverDialog()->isVisible());
        QCOMPARE(source->serverDialog()->windowTitle(), QStringLiteral("Source on a server"));
    }

    void pickingFolderOnAServerAsksForItAndTheDriveIsSavedWithoutThePassword()
    {
        if (!startServer())
            return;
        trustServer();
        const QString folder = serverFolder(QStringLiteral("backup"));
        DriveEditorDialog editor(*m_controller, QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString source = path(QStringLiteral("Photos"));
        QVERIFY(QDir().mkpath(source));
        child<FolderField>(&editor, QStringLiteral("sourceField"))->setPath(source);

        auto *target = child<LocationField>(&editor, QStringLiteral("targetLocation"));
        target->kindCombo()->setFocus();
        QTest::keyClick(target->kindCombo(), Qt::Key_Down); // "Folder on a server"
        ServerLocationDialog *sftp = target->serverDialog();
        QVERIFY(sftp);
        QCOMPARE(sftp->windowTitle(), QStringLiteral("Target on a server"));
        // Cancelled: the target stays a folder.
        QTest::keyClick(sftp, Qt::Key_Escape);
        QTRY_VERIFY(!target->serverDialog());
        QCOMPARE(target->kind(), LocationField::Kind::Folder);

        QTest::keyClick(target->kindCombo(), Qt::Key_Down);
        sftp = target->serverDialog();
        QVERIFY(sftp);
        fillForServer(sftp, folder);
        const QString password = QStringLiteral("pässw0rd-do-not-save");
        edit(sftp, QStringLiteral("passwordEdit"))->setText(password);
        QTest::keyClick(edit(sftp, QStringLiteral("passwordEdit")), Qt::Key_Return); // OK
        // No keychain here: the first password in the file is said, and the dialog stays open
        // until it is read; OK again closes it.
        QTRY_VERIFY2_WITH_TIMEOUT(status(sftp).contains(QStringLiteral("kept in a file")),
                                  qPrintable(status(sftp)), 20000);
        QVERIFY(target->serverDialog());
        QTest::keyClick(edit(sftp, QStringLiteral("passwordEdit")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!target->serverDialog(), 20000);
        const QString location = serverLocation(folder);
        QCOMPARE(editor.drive().target, location);
        QCOMPARE(target->serverEdit()->text(), RemoteLocation::displayName(location));

        // The password is in the credential store, under the location's login.
        const QString key = RemoteLocation::parse(location, {})->credentialKey();
        QFuture<CredentialAnswer> read = m_controller->credentials().read(key);
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 20000);
        QVERIFY(read.result().secret);
        QCOMPARE(read.result().secret->bytes(), password.toUtf8());

        // Saved: the drive and config.json have the location, never the password.
        QTRY_VERIFY_WITH_TIMEOUT(okButton(&editor)->isEnabled(), 20000);
        okButton(&editor)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isVisible(), 20000);
        const std::optional<Drive> saved = m_controller->model().drive(editor.driveName());
        QVERIFY(saved);
        QCOMPARE(saved->target, location);
        QFile config(configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray json = config.readAll();
        QVERIFY(json.contains(QJsonValue(location).toString().toUtf8().replace("/", "\\/"))
                || json.contains(location.toUtf8()));
        QVERIFY(!json.contains(password.toUtf8()));
        QVERIFY(!json.contains("do-not-save"));
    }

    void testConnectionSaysWhatItFound()
    {
        if (!startServer())
            return;
        trustServer();
        const QString folder = serverFolder(QStringLiteral("logger"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/a.csv"), "1\n"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/b.csv"), "2\n"));
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillForServer(&dialog, folder);
        auto *test = child<QPushButton>(&dialog, QStringLiteral("testButton"));
        QSignalSpy tested(&dialog, &ServerLocationDialog::tested);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // &Test connection
        // A mnemonic clicks as the button is seen pressed, a moment later.
        QTRY_VERIFY(!test->isEnabled()); // one test at a time; the dialog goes on answering
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY(test->isEnabled());
        static const QRegularExpression connected(QStringLiteral(
                "^Connected: 2 entries in the folder, [0-9.,]+ [KMGT]?i?B free\\.$"));
        QVERIFY2(connected.match(status(&dialog)).hasMatch(), qPrintable(status(&dialog)));

        // A folder that is not there is said in words, naming it.
        edit(&dialog, QStringLiteral("folderEdit"))->setText(folder + QStringLiteral("-missing"));
        // What the test found was about the folder tested, not this one.
        QCOMPARE(status(&dialog), QString());
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        QVERIFY2(status(&dialog).contains(QStringLiteral("logger-missing")),
                 qPrintable(status(&dialog)));
        QVERIFY(!status(&dialog).startsWith(QStringLiteral("Connected")));
    }

    void anUntrustedServerShowsItsFingerprintAndCanBeTrusted()
    {
        if (!startServer())
            return;
        const QString folder = serverFolder(QStringLiteral("logger"));
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        fillForServer(&dialog, folder);
        QSignalSpy tested(&dialog, &ServerLocationDialog::tested);
        child<QPushButton>(&dialog, QStringLiteral("testButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        const QString shown = status(&dialog);
        QVERIFY2(shown.contains(m_server->hostFingerprint()), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("letthatsyncin trust ")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("--fingerprint ") + m_server->hostFingerprint()),
                 qPrintable(shown));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("trustButton"))->isVisible());

        // With the tray's trust dialog plugged in, "Trust this server…" asks it; trusted, the
        // test runs again and gets in.
        QString askedLocation;
        QString askedFingerprint;
        ServerLocationDialog::setTrustPrompt([&](QWidget *, const QString &location,
                                                 const fsops::HostKey &key,
                                                 std::function<void(bool)> done) {
            askedLocation = location;
            askedFingerprint = key.fingerprint;
            auto *watcher = new QFutureWatcher<Result<fsops::HostKey>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
                watcher->deleteLater();
                done(bool(watcher->future().result()));
            });
            watcher->setFuture(m_controller->remoteChecks().trustHost(location, key.fingerprint));
        });
        child<QPushButton>(&dialog, QStringLiteral("testButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        auto *trust = child<QPushButton>(&dialog, QStringLiteral("trustButton"));
        QVERIFY(trust->isVisible());
        QVERIFY(!status(&dialog).contains(QStringLiteral("letthatsyncin trust ")));
        trust->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 20000);
        QCOMPARE(askedLocation, dialog.location());
        QCOMPARE(askedFingerprint, m_server->hostFingerprint());
        QVERIFY2(status(&dialog).startsWith(QStringLiteral("Connected: ")),
                 qPrintable(status(&dialog)));
    }

    void theFolderBrowserListsTheServersFolders()
    {
        if (!startServer())
            return;
        trustServer();
        const QString folder = serverFolder(QStringLiteral("lab"));
        serverFolder(QStringLiteral("lab/site 10"));
        serverFolder(QStringLiteral("lab/site 2"));
        serverFolder(QStringLiteral("lab/site 2/day 1"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/notes.txt"), "not a folder\n"));
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillForServer(&dialog, folder);
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier); // B&rowse…
        QTRY_VERIFY(dialog.findChild<RemoteFolderDialog *>());
        auto *browser = dialog.findChild<RemoteFolderDialog *>();
        // Opened down to the folder typed, listed lazily: folders only, in natural order.
        QTRY_COMPARE_WITH_TIMEOUT(browser->selectedFolder(), folder, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(browser->pendingListings(), 0, 20000);
        auto *model = qobject_cast<QStandardItemModel *>(browser->tree()->model());
        QVERIFY(model);
        QStandardItem *lab = model->itemFromIndex(browser->tree()->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(
                rowsUnder(lab),
                (QStringList{ QStringLiteral("site 2"), QStringLiteral("site 10") }), 20000);
        QCOMPARE(rowsUnder(lab->child(0)),
                 QStringList{ QStringLiteral("Listing…") }); // not listed yet
        browser->tree()->expand(lab->child(0)->index());
        QTRY_COMPARE_WITH_TIMEOUT(rowsUnder(lab->child(0)), QStringList{ QStringLiteral("day 1") },
                                  20000);
        browser->tree()->expand(lab->child(1)->index());
        QTRY_COMPARE_WITH_TIMEOUT(rowsUnder(lab->child(1)),
                                  QStringList{ QStringLiteral("No folders") }, 20000);
        // Picked by keyboard: Down to "site 2", Enter chooses it.
        browser->tree()->setFocus();
        QTest::keyClick(browser->tree(), Qt::Key_Down);
        QCOMPARE(browser->selectedFolder(), folder + QStringLiteral("/site 2"));
        QTest::keyClick(browser, Qt::Key_Return);
        QTRY_COMPARE(edit(&dialog, QStringLiteral("folderEdit"))->text(),
                     folder + QStringLiteral("/site 2"));
        QCOMPARE(dialog.location(), serverLocation(folder + QStringLiteral("/site%202")));
    }

    void theBrowserSaysWhyAFolderCannotBeListed()
    {
        if (!startServer())
            return;
        // Not trusted: the listing is refused, and the browser says why at the folder.
        ServerLocationDialog dialog(*m_controller, QString());
        fillForServer(&dialog, QStringLiteral("/"));
        RemoteFolderDialog browser(*m_controller, dialog.address());
        browser.show();
        QTRY_COMPARE_WITH_TIMEOUT(browser.pendingListings(), 0, 20000);
        const QString said = child<QLabel>(&browser, QStringLiteral("browseStatus"))->text();
        QVERIFY2(said.contains(QStringLiteral("key")), qPrintable(said));
        auto *model = qobject_cast<QStandardItemModel *>(browser.tree()->model());
        QCOMPARE(rowsUnder(model->item(1)), QStringList{ said });
    }

    // Every kind of server: the kind and encryption chosen by keyboard, the fields typed, the
    // location they make; and that location opens the dialog with the same fields.
    void eachKindMakesItsLocation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("friendly");
        const int dav = int(RemoteKind::WebDav);
        const int ftp = int(RemoteKind::Ftp);
        QTest::newRow("WebDAV over HTTPS")
                << dav << "davs"
                << "cloud.example.org"
                << ""
                << "me"
                << "/remote.php/dav/files/me/Photos"
                << "davs://me@cloud.example.org/remote.php/dav/files/me/Photos"
                << "me@cloud.example.org/remote.php/dav/files/me/Photos (WebDAV)";
        QTest::newRow("WebDAV over HTTP, another port") << dav << "dav"
                                                        << "nas"
                                                        << "5005"
                                                        << ""
                                                        << "share"
                                                        << "dav://nas:5005/share"
                                                        << "nas:5005/share (WebDAV, not encrypted)";
        QTest::newRow("FTP, explicit TLS") << ftp << "ftpes"
                                           << "ftp.example.org"
                                           << ""
                                           << "me"
                                           << "logs"
                                           << "ftpes://me@ftp.example.org/logs"
                                           << "me@ftp.example.org:logs (FTPS)";
        QTest::newRow("FTP, implicit TLS, from the top") << ftp << "ftps"
                                                         << "ftp.example.org"
                                                         << ""
                                                         << "me"
                                                         << "/srv/logs"
                                                         << "ftps://me@ftp.example.org/%2Fsrv/logs"
                                                         << "me@ftp.example.org:/srv/logs (FTPS)";
        QTest::newRow("FTP, not encrypted, port 2121") << ftp << "ftp"
                                                       << "lab"
                                                       << "2121"
                                                       << ""
                                                       << ""
                                                       << "ftp://lab:2121/"
                                                       << "lab (FTP, port 2121, not encrypted)";
    }
    void eachKindMakesItsLocation()
    {
        QFETCH(int, kind);
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, user);
        QFETCH(QString, folder);
        QFETCH(QString, location);
        QFETCH(QString, friendly);
        ServerLocationDialog dialog(*m_controller, QString());
        choose(kindCombo(&dialog), kind);
        QCOMPARE(int(dialog.kind()), kind);
        choose(encryptionCombo(&dialog), scheme);
        edit(&dialog, QStringLiteral("hostEdit"))->setText(host);
        edit(&dialog, QStringLiteral("portEdit"))->setText(port);
        edit(&dialog, QStringLiteral("userEdit"))->setText(user);
        edit(&dialog, QStringLiteral("folderEdit"))->setText(folder);
        QCOMPARE(dialog.location(), location);
        const Result<RemoteLocation> parsed = RemoteLocation::parse(location, {});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->friendlyName(), friendly);
        QCOMPARE(parsed->user(), user);

        ServerLocationDialog again(*m_controller, location);
        QCOMPARE(int(again.kind()), kind);
        QCOMPARE(encryptionCombo(&again)->currentData().toString(), scheme);
        QCOMPARE(edit(&again, QStringLiteral("hostEdit"))->text(), host);
        QCOMPARE(edit(&again, QStringLiteral("portEdit"))->text(), port);
        QCOMPARE(edit(&again, QStringLiteral("userEdit"))->text(), user);
        QCOMPARE(again.address().location(), location);
        QCOMPARE(again.location(), location);
    }

    void anExistingLocationOfAnyKindFillsTheFields()
    {
        const QString location = QStringLiteral(
                "webdavs://me@cloud.example.org:8443/remote.php/webdav/Lab?connections=2");
        ServerLocationDialog dialog(*m_controller, location);
        QCOMPARE(dialog.kind(), RemoteKind::WebDav);
        QCOMPARE(kindCombo(&dialog)->currentText(), QStringLiteral("WebDAV (Nextcloud, NAS)"));
        QCOMPARE(encryptionCombo(&dialog)->currentText(), QStringLiteral("HTTPS (encrypted)"));
        QCOMPARE(edit(&dialog, QStringLiteral("hostEdit"))->text(),
                 QStringLiteral("cloud.example.org"));
        QCOMPARE(edit(&dialog, QStringLiteral("portEdit"))->text(), QStringLiteral("8443"));
        QCOMPARE(edit(&dialog, QStringLiteral("userEdit"))->text(), QStringLiteral("me"));
        QCOMPARE(edit(&dialog, QStringLiteral("folderEdit"))->text(),
                 QStringLiteral("/remote.php/webdav/Lab"));
        QCOMPARE(edit(&dialog, QStringLiteral("webAddressEdit"))->text(),
                 QStringLiteral("https://cloud.example.org:8443/remote.php/webdav/Lab"));
        QCOMPARE(dialog.location(), location); // unchanged: as it was written
        // A change keeps what the dialog does not show (connections), in the canonical scheme.
        edit(&dialog, QStringLiteral("folderEdit"))->setText(QStringLiteral("/remote.php/webdav"));
        QCOMPARE(dialog.location(), QStringLiteral("davs://me@cloud.example.org:8443/remote.php/"
                                                   "webdav?connections=2"));
        QCOMPARE(edit(&dialog, QStringLiteral("webAddressEdit"))->text(),
                 QStringLiteral("https://cloud.example.org:8443/remote.php/webdav"));
        // Another kind starts afresh: SFTP's connections are not the FTP server's.
        ServerLocationDialog sftp(*m_controller,
                                  QStringLiteral("sftp://pi@nas:22/srv?connections=3"));
        choose(kindCombo(&sftp), int(RemoteKind::Ftp));
        QCOMPARE(edit(&sftp, QStringLiteral("portEdit"))->text(), QString()); // 22 was SFTP's
        QCOMPARE(sftp.location(), QStringLiteral("ftpes://pi@nas/%2Fsrv"));

        // An upload form: its web address only.
        ServerLocationDialog upload(*m_controller,
                                    QStringLiteral("post+https://logs.px4.io/upload"));
        QCOMPARE(upload.kind(), RemoteKind::Upload);
        QCOMPARE(edit(&upload, QStringLiteral("webAddressEdit"))->text(),
                 QStringLiteral("https://logs.px4.io/upload"));
        upload.show();
        QVERIFY(!edit(&upload, QStringLiteral("hostEdit"))->isVisible());
        QVERIFY(!edit(&upload, QStringLiteral("passwordEdit"))->isVisible());
        QVERIFY(!child<QPushButton>(&upload, QStringLiteral("browseServerButton"))->isVisible());
        QVERIFY(!edit(&upload, QStringLiteral("keyEdit"))->isVisible());
    }

    void aPastedNextcloudAddressFillsTheFields()
    {
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        choose(kindCombo(&dialog), int(RemoteKind::WebDav));
        QLineEdit *address = edit(&dialog, QStringLiteral("webAddressEdit"));
        QCOMPARE(address->placeholderText(),
                 QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/Photos"));
        // Typed key by key: the fields follow, the address stays as typed.
        address->setFocus();
        QTest::keyClicks(address, QStringLiteral("https://cloud.example.org:8443/remote.php/dav/"
                                                 "files/me/Photos"));
        QCOMPARE(address->text(), QStringLiteral("https://cloud.example.org:8443/remote.php/dav/"
                                                 "files/me/Photos"));
        QCOMPARE(edit(&dialog, QStringLiteral("hostEdit"))->text(),
                 QStringLiteral("cloud.example.org"));
        QCOMPARE(edit(&dialog, QStringLiteral("portEdit"))->text(), QStringLiteral("8443"));
        QCOMPARE(edit(&dialog, QStringLiteral("folderEdit"))->text(),
                 QStringLiteral("/remote.php/dav/files/me/Photos"));
        QCOMPARE(dialog.location(),
                 QStringLiteral("davs://cloud.example.org:8443/remote.php/dav/files/me/Photos"));
        // The fields change the address.
        edit(&dialog, QStringLiteral("portEdit"))->clear();
        QCOMPARE(address->text(),
                 QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/Photos"));
        // Pasted with a user and a password: the password goes to its field, never into the
        // address or the location.
        address->selectAll();
        QApplication::clipboard()->setText(
                QStringLiteral("http://me:top-secret@nas.local:5005/home/Lab"));
        QTest::keySequence(address, QKeySequence::Paste);
        QCOMPARE(edit(&dialog, QStringLiteral("userEdit"))->text(), QStringLiteral("me"));
        QCOMPARE(edit(&dialog, QStringLiteral("passwordEdit"))->text(),
                 QStringLiteral("top-secret"));
        QCOMPARE(encryptionCombo(&dialog)->currentData().toString(), QStringLiteral("dav"));
        QCOMPARE(address->text(), QStringLiteral("http://nas.local:5005/home/Lab"));
        QCOMPARE(dialog.location(), QStringLiteral("dav://me@nas.local:5005/home/Lab"));
        // A wrong address is said when it is used, naming it.
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("sftp://nas/data"));
        okButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(status(&dialog).contains(QStringLiteral("sftp://nas/data is not the web address "
                                                         "of a WebDAV folder")),
                 qPrintable(status(&dialog)));
        QCOMPARE(QApplication::focusWidget(), address);
    }

    void aConnectionThatIsNotEncryptedIsSaid()
    {
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLabel *warning = child<QLabel>(&dialog, QStringLiteral("insecureWarning"));
        edit(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("nas"));
        QVERIFY(!warning->isVisible()); // SFTP
        choose(kindCombo(&dialog), int(RemoteKind::WebDav));
        QVERIFY(!warning->isVisible()); // HTTPS, the default
        choose(encryptionCombo(&dialog), QStringLiteral("dav"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(QStringLiteral("Not encrypted: the files")),
                 qPrintable(warning->text()));
        // With a user, the password goes unencrypted too: said.
        edit(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("me"));
        QVERIFY2(warning->text().contains(QStringLiteral("the password")),
                 qPrintable(warning->text()));
        QCOMPARE(dialog.location(), QStringLiteral("dav://me@nas/"));
        // Allowed: OK takes it.
        okButton(&dialog)->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        ServerLocationDialog ftp(*m_controller, QStringLiteral("ftpes://nas/"));
        ftp.show();
        QLabel *ftpWarning = child<QLabel>(&ftp, QStringLiteral("insecureWarning"));
        QVERIFY(!ftpWarning->isVisible());
        choose(encryptionCombo(&ftp), QStringLiteral("ftp"));
        QVERIFY(ftpWarning->isVisible());
        edit(&ftp, QStringLiteral("passwordEdit"))->setText(QStringLiteral("x"));
        QVERIFY(ftpWarning->text().contains(QStringLiteral("the password")));
        choose(encryptionCombo(&ftp), QStringLiteral("ftps"));
        QVERIFY(!ftpWarning->isVisible());
    }

    void ftpsPortFollowsTheEncryption()
    {
        ServerLocationDialog dialog(*m_controller, QString());
        choose(kindCombo(&dialog), int(RemoteKind::Ftp));
        QLineEdit *port = edit(&dialog, QStringLiteral("portEdit"));
        QCOMPARE(encryptionCombo(&dialog)->currentData().toString(), QStringLiteral("ftpes"));
        QCOMPARE(port->placeholderText(), QStringLiteral("21"));
        choose(encryptionCombo(&dialog), QStringLiteral("ftps"));
        QCOMPARE(port->placeholderText(), QStringLiteral("990"));
        edit(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("h"));
        QCOMPARE(dialog.location(), QStringLiteral("ftps://h/"));
        // The usual port typed follows the encryption; another one stays.
        port->setText(QStringLiteral("990"));
        choose(encryptionCombo(&dialog), QStringLiteral("ftpes"));
        QCOMPARE(port->text(), QString());
        QCOMPARE(port->placeholderText(), QStringLiteral("21"));
        QCOMPARE(dialog.location(), QStringLiteral("ftpes://h/"));
        port->setText(QStringLiteral("2121"));
        choose(encryptionCombo(&dialog), QStringLiteral("ftps"));
        QCOMPARE(port->text(), QStringLiteral("2121"));
        QCOMPARE(dialog.location(), QStringLiteral("ftps://h:2121/"));
        // WebDAV's too: 443 and 80.
        choose(kindCombo(&dialog), int(RemoteKind::WebDav));
        QCOMPARE(port->placeholderText(), QStringLiteral("443"));
        choose(encryptionCombo(&dialog), QStringLiteral("dav"));
        QCOMPARE(port->placeholderText(), QStringLiteral("80"));
    }

    // Today FTP cannot be reached by this build: its test says so in words. Once its backend
    // is built, the same test reaches a port where nothing listens, and says that.
    void aTestOfAKindNotReachableYetIsSaidInWords()
    {
        quint16 closedPort = 0;
        {
            QTcpServer listener;
            QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
            closedPort = listener.serverPort();
        }
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        choose(kindCombo(&dialog), int(RemoteKind::Ftp));
        edit(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
        edit(&dialog, QStringLiteral("portEdit"))->setText(QString::number(closedPort));
        edit(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("me"));
        QSignalSpy tested(&dialog, &ServerLocationDialog::tested);
        auto *test = child<QPushButton>(&dialog, QStringLiteral("testButton"));
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        const LocationTest answer = tested.at(0).at(0).value<LocationTest>();
        QVERIFY(answer.error);
        QCOMPARE(status(&dialog), answer.error->message);
        if (!RemoteLocation::reachable(RemoteKind::Ftp))
            QVERIFY2(status(&dialog).contains(QStringLiteral("cannot reach yet")),
                     qPrintable(status(&dialog)));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("testStatus"))->property("severity"),
                 QVariant(QStringLiteral("error")));
        QVERIFY(test->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("trustButton"))->isVisible());
        // The location is still one a drive takes: OK keeps it.
        okButton(&dialog)->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.location(), QStringLiteral("ftpes://me@127.0.0.1:%1/").arg(closedPort));
    }

    void aWebDavFolderIsTestedAndBrowsed()
    {
        if (const QString why = test::DavServer::whyNot(test::DavServer::Kind::Rclone);
            !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::DavServer server(test::DavServer::Kind::Rclone);
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        QDir().mkpath(server.directory() + QStringLiteral("/Lab/site 10"));
        QDir().mkpath(server.directory() + QStringLiteral("/Lab/site 2"));
        QVERIFY(test::writeFile(server.directory() + QStringLiteral("/Lab/notes.txt"), "n\n"));
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        choose(kindCombo(&dialog), int(RemoteKind::WebDav));
        QLineEdit *address = edit(&dialog, QStringLiteral("webAddressEdit"));
        address->setFocus();
        QTest::keyClicks(address, QStringLiteral("http://127.0.0.1:%1/Lab").arg(server.port()));
        edit(&dialog, QStringLiteral("userEdit"))->setText(server.user());
        edit(&dialog, QStringLiteral("passwordEdit"))
                ->setText(QString::fromUtf8(server.password()));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("insecureWarning"))->isVisible());
        QSignalSpy tested(&dialog, &ServerLocationDialog::tested);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // &Test connection
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(status(&dialog).startsWith(QStringLiteral("Connected: 3 entries in the folder")),
                 qPrintable(status(&dialog) + u'\n' + server.log()));
        const QString location = QStringLiteral("dav://u@127.0.0.1:%1/Lab").arg(server.port());
        QCOMPARE(dialog.location(), location);
        // The password is in the credential store under the location's login, not in it.
        const QString key = RemoteLocation::parse(location, {})->credentialKey();
        QFuture<CredentialAnswer> read = m_controller->credentials().read(key);
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 20000);
        QVERIFY(read.result().secret);
        QCOMPARE(read.result().secret->bytes(), server.password());

        // Browse: WebDAV has no login folder, only the top; opened down to the folder typed.
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier); // B&rowse…
        QTRY_VERIFY(dialog.findChild<RemoteFolderDialog *>());
        auto *browser = dialog.findChild<RemoteFolderDialog *>();
        auto *model = qobject_cast<QStandardItemModel *>(browser->tree()->model());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->item(0)->text(), QStringLiteral("/"));
        QTRY_COMPARE_WITH_TIMEOUT(browser->selectedFolder(), QStringLiteral("/Lab"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(browser->pendingListings(), 0, 20000);
        QStandardItem *lab = model->itemFromIndex(browser->tree()->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(
                rowsUnder(lab),
                (QStringList{ QStringLiteral("site 2"), QStringLiteral("site 10") }), 20000);
        browser->tree()->setFocus();
        QTest::keyClick(browser->tree(), Qt::Key_Down);
        QTest::keyClick(browser, Qt::Key_Return);
        QTRY_COMPARE(edit(&dialog, QStringLiteral("folderEdit"))->text(),
                     QStringLiteral("/Lab/site 2"));
        QCOMPARE(dialog.location(),
                 QStringLiteral("dav://u@127.0.0.1:%1/Lab/site%202").arg(server.port()));
        QCOMPARE(address->text(),
                 QStringLiteral("http://127.0.0.1:%1/Lab/site%202").arg(server.port()));
    }

    // An HTTPS server whose certificate nothing vouches for: the test shows its fingerprint
    // and, with the tray's trust dialog plugged in, "Trust this server…" as for an SSH key;
    // trusted, the test gets in.
    void aWebDavCertificateNotTrustedYetCanBeTrustedFromTheDialog()
    {
        if (const QString why = test::DavServer::whyNot(test::DavServer::Kind::Rclone);
            !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::DavServer server(test::DavServer::Kind::Rclone);
        server.useTls();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        QString askedFingerprint;
        ServerLocationDialog::setTrustPrompt([&](QWidget *, const QString &location,
                                                 const fsops::HostKey &key,
                                                 std::function<void(bool)> done) {
            askedFingerprint = key.fingerprint;
            auto *watcher = new QFutureWatcher<Result<fsops::HostKey>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
                watcher->deleteLater();
                done(bool(watcher->future().result()));
            });
            watcher->setFuture(m_controller->remoteChecks().trustHost(location, key.fingerprint));
        });
        ServerLocationDialog dialog(*m_controller, server.origin() + u'/');
        QCOMPARE(dialog.kind(), RemoteKind::WebDav);
        dialog.show();
        edit(&dialog, QStringLiteral("passwordEdit"))
                ->setText(QString::fromUtf8(server.password()));
        QSignalSpy tested(&dialog, &ServerLocationDialog::tested);
        child<QPushButton>(&dialog, QStringLiteral("testButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY2(status(&dialog).contains(server.certificateFingerprint()),
                 qPrintable(status(&dialog)));
        auto *trust = child<QPushButton>(&dialog, QStringLiteral("trustButton"));
        QVERIFY(trust->isVisible());
        trust->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        QCOMPARE(askedFingerprint, server.certificateFingerprint());
        QVERIFY2(status(&dialog).startsWith(QStringLiteral("Connected: ")),
                 qPrintable(status(&dialog) + u'\n' + server.log()));
    }

    // An upload form's fields: the file's field (its default shown), and name/value pairs
    // added, edited and removed by keyboard; what the drive gives goes in, what they say out.
    void anUploadFormsFieldsGoInAndOut()
    {
        ServerLocationDialog dialog(*m_controller,
                                    QStringLiteral("post+https://logs.example.org/upload"));
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The defaults: the file in "file", no other field.
        QLineEdit *fileField = edit(&dialog, QStringLiteral("fileFieldEdit"));
        QTableWidget *fields = uploadFields(&dialog);
        QVERIFY(fileField->isVisible());
        QVERIFY(fields->isVisible());
        QCOMPARE(fileField->text(), QString());
        QCOMPARE(fileField->placeholderText(), QStringLiteral("file"));
        QCOMPARE(fields->rowCount(), 0);
        QCOMPARE(dialog.uploadForm(), UploadForm{});

        UploadForm form;
        form.fileField = QStringLiteral("filearg");
        form.fields = { { QStringLiteral("email"), QStringLiteral("me@example.org") },
                        { QStringLiteral("public"), QStringLiteral("true") } };
        dialog.setUploadForm(form);
        QCOMPARE(fileField->text(), QStringLiteral("filearg"));
        QCOMPARE(rowsOf(fields), QStringList({ QStringLiteral("email=me@example.org"),
                                               QStringLiteral("public=true") }));
        QCOMPARE(dialog.uploadForm(), form);

        // Alt+D adds a field and edits its name; Tab goes on to its value, Enter ends it.
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(fields->rowCount(), 3); // the button's click is animated
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" description "));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(fields->currentColumn(), 1);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lab 4, site 2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), fields);
        // The second row selected, Alt+M removes it.
        fields->selectRow(1);
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(rowsOf(fields),
                     QStringList({ QStringLiteral("email=me@example.org"),
                                   QStringLiteral(" description =Lab 4, site 2") }));
        // The file field typed over; empty, it is the default again.
        fileField->clear();
        QTest::keyClicks(fileField, QStringLiteral("upload"));

        UploadForm wanted;
        wanted.fileField = QStringLiteral("upload");
        wanted.fields = { { QStringLiteral("email"), QStringLiteral("me@example.org") },
                          { QStringLiteral("description"), QStringLiteral("Lab 4, site 2") } };
        QCOMPARE(dialog.uploadForm(), wanted);
        fileField->setText(QStringLiteral("  "));
        QCOMPARE(dialog.uploadForm().fileField, QStringLiteral("file"));
        okButton(&dialog)->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), QStringLiteral("post+https://logs.example.org/upload"));

        // Another kind shows none of it.
        ServerLocationDialog sftp(*m_controller, QString());
        sftp.show();
        QVERIFY(!edit(&sftp, QStringLiteral("fileFieldEdit"))->isVisible());
        QVERIFY(!uploadFields(&sftp)->isVisible());
    }

    // A field with a value but no name, or a name twice, keeps the dialog open and says which;
    // a row left empty is no field.
    void anUploadFieldWithoutANameOrTwiceIsRefused()
    {
        ServerLocationDialog dialog(*m_controller,
                                    QStringLiteral("post+https://logs.example.org/upload"));
        UploadForm form;
        form.fields = { { QStringLiteral("email"), QStringLiteral("me@example.org") } };
        dialog.setUploadForm(form);
        dialog.show();
        QTableWidget *fields = uploadFields(&dialog);
        child<QPushButton>(&dialog, QStringLiteral("addUploadFieldButton"))->click();
        QTRY_COMPARE(fields->rowCount(), 2);
        fields->item(1, 1)->setText(QStringLiteral("Lab 4"));
        okButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(status(&dialog).contains(QStringLiteral("\"Lab 4\" has no name")),
                 qPrintable(status(&dialog)));
        QCOMPARE(fields->currentRow(), 1);
        QCOMPARE(dialog.focusWidget(), fields);

        fields->item(1, 0)->setText(QStringLiteral(" email"));
        okButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(status(&dialog).contains(QStringLiteral("\"email\" is there twice")),
                 qPrintable(status(&dialog)));

        fields->item(1, 0)->setText(QStringLiteral("site"));
        child<QPushButton>(&dialog, QStringLiteral("addUploadFieldButton"))->click();
        QTRY_COMPARE(fields->rowCount(), 3); // left empty
        okButton(&dialog)->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        form.fields.insert(QStringLiteral("site"), QStringLiteral("Lab 4"));
        QCOMPARE(dialog.uploadForm(), form);
    }

    // The editor: an upload form picked as the target with its fields; Mirror refused there
    // with the reason under the target; the drive saved carries the fields, and opens with
    // them; a field the service refuses is said in its words.
    void anUploadTargetsFieldsAreSavedWithTheDrive()
    {
        if (const QString why = test::UploadServer::whyNot(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::UploadServer server;
        QVERIFY2(server.start(), qPrintable(server.whyNotStarted()));
        const QString source = path(QStringLiteral("Logs"));
        QVERIFY(QDir().mkpath(source));
        DriveEditorDialog editor(*m_controller, QString());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        child<FolderField>(&editor, QStringLiteral("sourceField"))->setPath(source);
        auto *target = child<LocationField>(&editor, QStringLiteral("targetLocation"));
        target->kindCombo()->setFocus();
        QTest::keyClick(target->kindCombo(), Qt::Key_Down); // "Folder on a server"
        ServerLocationDialog *form = target->serverDialog();
        QVERIFY(form);
        choose(kindCombo(form), int(RemoteKind::Upload));
        QTest::keyClicks(edit(form, QStringLiteral("webAddressEdit")),
                         QStringLiteral("http://127.0.0.1:%1/upload").arg(server.port()));
        QTest::keyClicks(edit(form, QStringLiteral("fileFieldEdit")), QStringLiteral("filearg"));
        child<QPushButton>(form, QStringLiteral("addUploadFieldButton"))->click();
        QTableWidget *fields = uploadFields(form);
        QTRY_COMPARE(fields->rowCount(), 1);
        fields->item(0, 0)->setText(QStringLiteral("email"));
        fields->item(0, 1)->setText(QStringLiteral("me@example.org"));
        okButton(form)->click();
        QTRY_VERIFY(!target->serverDialog());
        const QString location = server.location();
        QCOMPARE(editor.drive().target, location);
        UploadForm wanted;
        wanted.fileField = QStringLiteral("filearg");
        wanted.fields = { { QStringLiteral("email"), QStringLiteral("me@example.org") } };
        QCOMPARE(editor.drive().upload, std::optional(wanted));

        // A new drive is a Mirror: refused for a form, the reason under the target.
        auto *targetMessage = child<QLabel>(&editor, QStringLiteral("targetMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(targetMessage->text().contains(QStringLiteral("cannot delete")),
                                  qPrintable(targetMessage->text()), 20000);
        QCOMPARE(targetMessage->property("severity").toString(), QStringLiteral("error"));
        QVERIFY(!okButton(&editor)->isEnabled());
        auto *mode = child<QComboBox>(&editor, QStringLiteral("modeCombo"));
        choose(mode, int(SyncMode::Update));
        QTRY_VERIFY_WITH_TIMEOUT(okButton(&editor)->isEnabled(), 20000);
        QVERIFY2(!targetMessage->text().contains(QStringLiteral("cannot delete")),
                 qPrintable(targetMessage->text()));
        okButton(&editor)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isVisible(), 20000);
        const QString name = editor.driveName();
        const std::optional<Drive> saved = m_controller->model().drive(name);
        QVERIFY(saved);
        QCOMPARE(saved->target, location);
        QCOMPARE(saved->upload, std::optional(wanted));
        QFile config(configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonArray drives
                = QJsonDocument::fromJson(config.readAll()).object().value(u"Drives").toArray();
        QCOMPARE(drives.size(), 1);
        QCOMPARE(drives.first().toObject().value(u"Upload").toObject(),
                 QJsonObject({ { QStringLiteral("FileField"), QStringLiteral("filearg") },
                               { QStringLiteral("Fields"),
                                 QJsonObject{ { QStringLiteral("email"),
                                                QStringLiteral("me@example.org") } } } }));

        // Opened again: its dialog has the fields.
        DriveEditorDialog again(*m_controller, name);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *savedTarget = child<LocationField>(&again, QStringLiteral("targetLocation"));
        QCOMPARE(savedTarget->kind(), LocationField::Kind::Server);
        savedTarget->changeButton()->click();
        form = savedTarget->serverDialog();
        QVERIFY(form);
        QCOMPARE(form->kind(), RemoteKind::Upload);
        QCOMPARE(edit(form, QStringLiteral("fileFieldEdit"))->text(), QStringLiteral("filearg"));
        QCOMPARE(rowsOf(uploadFields(form)), QStringList{ QStringLiteral("email=me@example.org") });

        // A field named as the file's: the service's words under the target, and no save.
        fields = uploadFields(form);
        child<QPushButton>(form, QStringLiteral("addUploadFieldButton"))->click();
        QTRY_COMPARE(fields->rowCount(), 2);
        fields->item(1, 0)->setText(QStringLiteral("filearg"));
        fields->item(1, 1)->setText(QStringLiteral("x"));
        okButton(form)->click();
        QTRY_VERIFY(!savedTarget->serverDialog());
        auto *againMessage = child<QLabel>(&again, QStringLiteral("targetMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(againMessage->text().contains(
                                          QStringLiteral("\"filearg\" is the one that takes the "
                                                         "file")),
                                  qPrintable(againMessage->text()), 20000);
        QCOMPARE(againMessage->property("severity").toString(), QStringLiteral("error"));
        QVERIFY(!okButton(&again)->isEnabled());
        okButton(&again)->click(); // disabled: nothing happens
        QCOMPARE(m_controller->model().drive(name)->upload, std::optional(wanted));
    }

    // Tab goes through the fields of each kind as they read, the hidden ones left out.
    void eachKindIsUsableByKeyboard_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("order");
        const auto names = [](std::initializer_list<const char *> list) {
            QStringList all;
            for (const char *name : list)
                all.append(QLatin1StringView(name));
            return all;
        };
        QTest::newRow("SFTP") << int(RemoteKind::Sftp)
                              << names({ "hostEdit", "portEdit", "userEdit", "folderEdit",
                                         "browseServerButton", "keyEdit", "chooseKeyButton",
                                         "passwordEdit", "testButton" });
        QTest::newRow("WebDAV") << int(RemoteKind::WebDav)
                                << names({ "webAddressEdit", "encryptionCombo", "hostEdit",
                                           "portEdit", "userEdit", "folderEdit",
                                           "browseServerButton", "passwordEdit", "testButton" });
        QTest::newRow("FTP") << int(RemoteKind::Ftp)
                             << names({ "encryptionCombo", "hostEdit", "portEdit", "userEdit",
                                        "folderEdit", "browseServerButton", "passwordEdit",
                                        "testButton" });
        QTest::newRow("upload form")
                << int(RemoteKind::Upload)
                << names({ "webAddressEdit", "encryptionCombo", "fileFieldEdit",
                           "uploadFieldsTable", "addUploadFieldButton", "testButton" });
    }
    void eachKindIsUsableByKeyboard()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, order);
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Alt+I goes to the kind chooser; the arrow keys choose.
        QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), kindCombo(&dialog));
        choose(kindCombo(&dialog), kind);
        edit(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("nas"));
        if (RemoteKind(kind) == RemoteKind::Upload)
            edit(&dialog, QStringLiteral("webAddressEdit"))
                    ->setText(QStringLiteral("https://nas/u"));
        for (const QString &name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        // Each field's label has its key.
        if (RemoteKind(kind) == RemoteKind::WebDav || RemoteKind(kind) == RemoteKind::Upload) {
            QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("webAddressEdit"));
        }
        if (RemoteKind(kind) != RemoteKind::Sftp) {
            QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), encryptionCombo(&dialog));
        }
        if (RemoteKind(kind) == RemoteKind::Upload) {
            QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fileFieldEdit"));
            QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), uploadFields(&dialog));
            QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier); // no password for a form
            QCOMPARE(QApplication::focusWidget(), uploadFields(&dialog));
            edit(&dialog, QStringLiteral("fileFieldEdit"))->setFocus();
        }
        // Enter is OK.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Each kind fits the screen it opens on (the small screens of tests/CMakeLists.txt too), in
    // English, German and French, and no label or button is cut.
    void everyKindFitsTheScreenInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void everyKindFitsTheScreenInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/letthatsyncin_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        for (const RemoteKind kind :
             { RemoteKind::Sftp, RemoteKind::WebDav, RemoteKind::Ftp, RemoteKind::Upload }) {
            ServerLocationDialog dialog(*m_controller, QString());
            dialog.setKind(kind);
            // The longest it shows: the warning of a connection that is not encrypted.
            if (kind != RemoteKind::Sftp) {
                QComboBox *encryption = encryptionCombo(&dialog);
                choose(encryption, encryption->itemData(encryption->count() - 1));
            }
            edit(&dialog, QStringLiteral("userEdit"))->setText(QStringLiteral("me"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QString where = QStringLiteral("kind %1: ").arg(int(kind));
            const QSize screen = dialog.screen()->availableGeometry().size();
            QVERIFY2(dialog.frameGeometry().width() <= screen.width()
                             && dialog.frameGeometry().height() <= screen.height(),
                     qPrintable(where
                                + QStringLiteral("%1x%2 on %3x%4")
                                          .arg(dialog.frameGeometry().width())
                                          .arg(dialog.frameGeometry().height())
                                          .arg(screen.width())
                                          .arg(screen.height())));
            for (QLabel *text : dialog.findChildren<QLabel *>()) {
                if (!text->isVisible() || text->text().isEmpty())
                    continue;
                if (text->wordWrap())
                    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                             qPrintable(where + text->text()));
                else
                    QVERIFY2(text->width() >= text->sizeHint().width(),
                             qPrintable(where + text->text()));
            }
            for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(),
                             qPrintable(where + button->text()));
            }
            for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
                if (combo->isVisible())
                    QVERIFY2(combo->width() >= combo->sizeHint().width(),
                             qPrintable(where + combo->currentText()));
            }
        }
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }

    void theDialogIsUsableByKeyboardAndFitsASmallScreen()
    {
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // At 1024x600 with room for the panel and the title bar.
        QVERIFY2(dialog.frameGeometry().width() <= 1024 && dialog.frameGeometry().height() <= 560,
                 qPrintable(QStringLiteral("%1x%2")
                                    .arg(dialog.frameGeometry().width())
                                    .arg(dialog.frameGeometry().height())));
        QCOMPARE(QApplication::focusWidget(), edit(&dialog, QStringLiteral("hostEdit")));
        const QStringList order{
            QStringLiteral("portEdit"),     QStringLiteral("userEdit"),
            QStringLiteral("folderEdit"),   QStringLiteral("browseServerButton"),
            QStringLiteral("keyEdit"),      QStringLiteral("chooseKeyButton"),
            QStringLiteral("passwordEdit"), QStringLiteral("testButton")
        };
        edit(&dialog, QStringLiteral("hostEdit"))->setText(QStringLiteral("nas"));
        for (const QString &name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), edit(&dialog, QStringLiteral("userEdit")));
        // Enter in a field is OK.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), QStringLiteral("sftp://nas/~")); // the home folder
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestLocationDialog)

#include "tst_locationdialog.moc"
