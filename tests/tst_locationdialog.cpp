// The drive editor's SFTP locations: the fields of the SFTP dialog make the location string
// (ports, users, IPv6 addresses in brackets, ?key=) and an existing location fills them; the
// password goes to the credential store, never into the drive or config.json; "Test
// connection" and the folder browser against a real OpenSSH sshd on loopback
// (support/sshdserver.h); the editor shows a drive's SFTP location in its friendly form. HOME is
// a folder of the test's own and no agent is asked; no keychain answers, so passwords go to the
// 0600 fallback file.
#include "credentialstore.h"
#include "driveeditordialog.h"
#include "files.h"
#include "folderfield.h"
#include "locationfield.h"
#include "nokeychain.h"
#include "remotefolderdialog.h"
#include "remotelocation.h"
#include "sftpaddress.h"
#include "sftplocationdialog.h"
#include "sshdserver.h"
#include "synccontroller.h"
#include "testmain.h"

#include <QApplication>
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
#include <QTemporaryDir>
#include <QTimer>
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
        SftpLocationDialog::setTrustPrompt({});
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
        SftpLocationDialog dialog(*m_controller, QString());
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
        const std::optional<SftpAddress> back = SftpAddress::fromLocation(location);
        QVERIFY(back);
        QCOMPARE(back->location(), location);
    }

    void anExistingLocationFillsTheFields()
    {
        const QString location = QStringLiteral(
                "sftp://pi@[2001:db8::7]:2222/srv/data?key=~/.ssh/id_ed25519&connections=2");
        SftpLocationDialog dialog(*m_controller, location);
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
        SftpLocationDialog relative(*m_controller, QStringLiteral("sftp://nas/~/data"));
        QCOMPARE(edit(&relative, QStringLiteral("folderEdit"))->text(), QStringLiteral("~/data"));
        QVERIFY(edit(&relative, QStringLiteral("userEdit"))->text().isEmpty());
        QVERIFY(edit(&relative, QStringLiteral("portEdit"))->text().isEmpty());
    }

    void aWrongLocationIsSaidInTheDialog()
    {
        SftpLocationDialog dialog(*m_controller, QString());
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
        QCOMPARE(source->kind(), LocationField::Kind::Sftp);
        QCOMPARE(source->kindCombo()->currentText(), QStringLiteral("SFTP server"));
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
        SftpLocationDialog *sftp = source->serverDialog();
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
        QCOMPARE(source->serverDialog()->windowTitle(), QStringLiteral("Source on an SFTP server"));
    }

    void pickingSftpServerAsksForItAndTheDriveIsSavedWithoutThePassword()
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
        QTest::keyClick(target->kindCombo(), Qt::Key_Down); // "SFTP server"
        SftpLocationDialog *sftp = target->serverDialog();
        QVERIFY(sftp);
        QCOMPARE(sftp->windowTitle(), QStringLiteral("Target on an SFTP server"));
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
        SftpLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillForServer(&dialog, folder);
        auto *test = child<QPushButton>(&dialog, QStringLiteral("testButton"));
        QSignalSpy tested(&dialog, &SftpLocationDialog::tested);
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
        SftpLocationDialog dialog(*m_controller, QString());
        dialog.show();
        fillForServer(&dialog, folder);
        QSignalSpy tested(&dialog, &SftpLocationDialog::tested);
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
        SftpLocationDialog::setTrustPrompt([&](QWidget *, const QString &location,
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
        SftpLocationDialog dialog(*m_controller, QString());
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
        SftpLocationDialog dialog(*m_controller, QString());
        fillForServer(&dialog, QStringLiteral("/"));
        RemoteFolderDialog browser(*m_controller, dialog.address());
        browser.show();
        QTRY_COMPARE_WITH_TIMEOUT(browser.pendingListings(), 0, 20000);
        const QString said = child<QLabel>(&browser, QStringLiteral("browseStatus"))->text();
        QVERIFY2(said.contains(QStringLiteral("key")), qPrintable(said));
        auto *model = qobject_cast<QStandardItemModel *>(browser.tree()->model());
        QCOMPARE(rowsUnder(model->item(1)), QStringList{ said });
    }

    void theDialogIsUsableByKeyboardAndFitsASmallScreen()
    {
        SftpLocationDialog dialog(*m_controller, QString());
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
