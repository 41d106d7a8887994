// The tray's answers to a drive that waits for the user (issue 16): the trust dialog (the
// fingerprints, the ssh-keygen line; a certificate's facts and openssl line, Cancel, Escape and
// Enter trusting nothing, "Trust this key" writing known_hosts and running the drive), the password
// dialog (stored in the credential store's file, never in config.json or a log), the notifications
// of a key not trusted and of a refused login, and the tray menu's entries. Against a real OpenSSH
// sshd on loopback (support/sshdserver.h) and a real SyncController; HOME is a folder of the test's
// own, no agent is asked, and no keychain answers.
#include "davserver.h"
#include "drivecodec.h"
#include "driveswindow.h"
#include "files.h"
#include "ftpserver.h"
#include "hosttrust.h"
#include "nokeychain.h"
#include "notifier.h"
#include "passworddialog.h"
#include "recordingactions.h"
#include "remotechecks.h"
#include "serverlocationdialog.h"
#include "sshdserver.h"
#include "synccontroller.h"
#include "testmain.h"
#include "trayapplication.h"
#include "trayicon.h"
#include "trustdialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace lts;
using test::NoKeychain;

namespace {

const fsops::HostKey unknownKey{ QStringLiteral("ssh-ed25519"),
                                 QStringLiteral("SHA256:AAAAC3NzaC1lZDI1NTE5AAAAIJt0ZGVzdGtleQ"),
                                 {} };

// The action of the drive's tray submenu with `text`.
QAction *menuAction(QMenu *menu, const QString &drive, const QString &text)
{
    for (QAction *entry : menu->actions()) {
        if (!entry->menu() || entry->menu()->title().remove(u'&') != drive)
            continue;
        for (QAction *action : entry->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestTrustDialog : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<test::SshdServer> m_server;
    std::unique_ptr<SyncController> m_controller;
    QByteArray m_home;
    QByteArray m_agent;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString configFolder() const { return path(QStringLiteral("config")); }
    QString dataFolder() const { return path(QStringLiteral("data")); }
    QString knownHosts() const { return configFolder() + QStringLiteral("/known_hosts"); }

    // The test's sshd, started on first use.
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
    // A folder on the server with one file, as an SFTP location (with the client's key unless
    // `withKey` is false: then no login the server takes is at hand).
    QString remoteFolder(const QString &name, bool withKey = true) const
    {
        const QString folder = m_server->directory() + u'/' + name;
        QDir().mkpath(folder);
        test::writeFile(folder + QStringLiteral("/logger.csv"), "1,2,3\n");
        QString location = QStringLiteral("sftp://%1@127.0.0.1:%2%3")
                                   .arg(m_server->user())
                                   .arg(m_server->port())
                                   .arg(folder);
        if (withKey)
            location += QStringLiteral("?key=") + m_server->clientKey();
        return location;
    }
    void addDrive(const QString &name, const QString &source)
    {
        const DriveVerdict verdict = m_controller->addDrive(DriveCodec::decode(
                QJsonObject{ { QStringLiteral("Name"), name },
                             { QStringLiteral("Source"), source },
                             { QStringLiteral("Target"), path(name + QStringLiteral("-target")) },
                             { QStringLiteral("Mode"), QStringLiteral("Update") },
                             { QStringLiteral("Sleep"), 1 },
                             { QStringLiteral("Units"), QStringLiteral("Days") } }));
        QVERIFY2(verdict.accepted(), qPrintable(verdict.errors.value(0).message));
    }
    // Runs the drive now; the run's object once it has ended.
    QJsonObject syncAndWait(const QString &name)
    {
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        [&] { QVERIFY(m_controller->syncNow(name)); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000); }();
        return finished.value(0).value(1).toJsonObject();
    }
    // The dialog shown as the tray shows it, its answer processed.
    static void close(QDialog &dialog, const std::function<void()> &how)
    {
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        how();
        QTRY_VERIFY(!dialog.isVisible());
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
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = dataFolder();
        env.volumeOf = [](const QString &folder) { return folder; };
        env.keychain = [] { return std::make_unique<NoKeychain>(); };
        QDir().mkpath(env.configFolder);
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
    }
    void cleanup()
    {
        m_controller.reset();
        m_server.reset();
        m_dir.reset();
    }

    void theDialogShowsTheKeyAndHowToCheckIt_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("command");
        QTest::newRow("ed25519") << QStringLiteral("ssh-ed25519")
                                 << QStringLiteral(
                                            "ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub");
        QTest::newRow("ecdsa") << QStringLiteral("ecdsa-sha2-nistp256")
                               << QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ecdsa_key.pub");
        QTest::newRow("rsa") << QStringLiteral("rsa-sha2-512")
                             << QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_rsa_key.pub");
    }
    void theDialogShowsTheKeyAndHowToCheckIt()
    {
        QFETCH(QString, type);
        QFETCH(QString, command);
        const fsops::HostKey key{ type, unknownKey.fingerprint, {} };
        TrustDialog dialog(*m_controller, QStringLiteral("sftp://pi@logger.example:2222/data"),
                           key);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Unknown server key"));
        QCOMPARE(dialog.fingerprintField()->text(), key.fingerprint);
        QVERIFY(dialog.fingerprintField()->isReadOnly());
        QVERIFY(QFontInfo(dialog.fingerprintField()->font()).fixedPitch());
        QVERIFY(!dialog.previousField());
        QCOMPARE(dialog.checkCommandField()->text(), command);
        QVERIFY(QFontInfo(dialog.checkCommandField()->font()).fixedPitch());
        // The server in its friendly form, its port apart.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("trustHeading"))
                        ->text()
                        .contains(QStringLiteral("server logger.example (port 2222)")));
        QCOMPARE(dialog.trustButton()->text().remove(u'&'), QStringLiteral("Trust this key"));
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.trustButton()->isDefault() && !dialog.trustButton()->autoDefault());
    }

    void aChangedKeyShowsBothFingerprintsAndAWarning()
    {
        const fsops::HostKey key{ QStringLiteral("ssh-ed25519"), unknownKey.fingerprint,
                                  QStringLiteral(
                                          "SHA256:oldoldoldoldoldoldoldoldoldoldoldoldoldold") };
        TrustDialog dialog(*m_controller, QStringLiteral("sftp://logger.example/data"), key);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Server key changed"));
        QVERIFY(dialog.previousField());
        QCOMPARE(dialog.previousField()->text(), key.previous);
        QCOMPARE(dialog.fingerprintField()->text(), key.fingerprint);
        const QString heading = dialog.findChild<QLabel *>(QStringLiteral("trustHeading"))->text();
        QVERIFY2(heading.startsWith(QStringLiteral("WARNING")), qPrintable(heading));
        const QString explanation
                = dialog.findChild<QLabel *>(QStringLiteral("trustExplanation"))->text();
        QVERIFY(explanation.contains(QStringLiteral("administrator confirms")));
        QVERIFY(dialog.cancelButton()->isDefault());
    }

    // A certificate is shown in words for a certificate, with whom it names, who signed it and
    // when it is valid, and the openssl line that prints its fingerprint on the server.
    void aCertificateIsShownWithItsFacts()
    {
        fsops::HostKey key{ QString::fromUtf16(fsops::certificateKeyType),
                            QStringLiteral("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0"),
                            {} };
        key.subject = QStringLiteral("nas.example");
        key.issuer = QStringLiteral("Example NAS Authority");
        key.validFrom = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
        key.validUntil = QDateTime(QDate(2028, 1, 2), QTime(10, 0), Qt::UTC);
        TrustDialog dialog(*m_controller, QStringLiteral("davs://me@nas.example:5006/photos"), key);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Unknown server certificate"));
        const QString heading = dialog.findChild<QLabel *>(QStringLiteral("trustHeading"))->text();
        QCOMPARE(heading, QStringLiteral("The certificate of the server nas.example (port 5006) is "
                                         "not trusted yet"));
        const QString explanation
                = dialog.findChild<QLabel *>(QStringLiteral("trustExplanation"))->text();
        QVERIFY2(explanation.contains(QStringLiteral("certificate authorities")),
                 qPrintable(explanation));
        QVERIFY(!explanation.contains(QStringLiteral("key")));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("certificateSubject"))->text(),
                 key.subject);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("certificateIssuer"))->text(),
                 key.issuer);
        const QString validity
                = dialog.findChild<QLabel *>(QStringLiteral("certificateValidity"))->text();
        QVERIFY2(validity.contains(QLocale().toString(QDate(2028, 1, 2), QLocale::ShortFormat)),
                 qPrintable(validity));
        QCOMPARE(dialog.fingerprintField()->text(), key.fingerprint);
        QVERIFY(!dialog.previousField());
        QVERIFY2(dialog.checkCommandField()->text().startsWith(QStringLiteral("openssl x509")),
                 qPrintable(dialog.checkCommandField()->text()));
        QCOMPARE(dialog.trustButton()->text().remove(u'&'),
                 QStringLiteral("Trust this certificate"));
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(dialog.sizeHint().width() <= 1024 && dialog.sizeHint().height() <= 560);
        // Nothing of a host key's words.
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("Key type")),
                     qPrintable(label->text()));

        key.previous = QStringLiteral("SHA256:oldoldoldoldoldoldoldoldoldoldoldoldoldold");
        TrustDialog changed(*m_controller, QStringLiteral("davs://nas.example/photos"), key);
        QCOMPARE(changed.windowTitle(), QStringLiteral("Server certificate changed"));
        QCOMPARE(changed.previousField()->text(), key.previous);
        QCOMPARE(changed.findChild<QLabel *>(QStringLiteral("trustHeading"))->text(),
                 QStringLiteral("WARNING: the certificate of the server nas.example has changed"));
    }

    // A drive refused for a davs:// server's certificate is told in words for a certificate;
    // the dialog trusts (pins) it and the drive runs.
    void aRefusedCertificateIsToldAndTrustingItRunsTheDrive()
    {
        using test::DavServer;
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        DavServer dav(DavServer::Kind::Rclone);
        dav.useTls();
        QVERIFY2(dav.start(), qPrintable(dav.whyNot()));
        QDir().mkpath(dav.directory() + QStringLiteral("/photos"));
        test::writeFile(dav.directory() + QStringLiteral("/photos/a.jpg"), "jpeg");
        const QString location = dav.origin() + QStringLiteral("/photos");
        const QFuture<PasswordOutcome> stored
                = m_controller->remoteChecks().setPassword(location, Secret(QByteArray("p")));
        QTRY_VERIFY(stored.isFinished());
        QVERIFY(!stored.result().error);
        addDrive(QStringLiteral("Photos"), location);
        QSystemTrayIcon tray;
        test::RecordingActions actions;
        Notifier notifier(*m_controller, tray, actions);
        QSignalSpy notified(&notifier, &Notifier::notified);

        QCOMPARE(syncAndWait(QStringLiteral("Photos"))[u"Result"].toString(),
                 QStringLiteral("Refused"));
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(0).toString(), QStringLiteral("Certificate not trusted"));
        QCOMPARE(notified.constFirst().at(1).toString(),
                 QStringLiteral("Photos waits: the certificate of %1 is not one this computer "
                                "trusts. Click to check it and trust it.")
                         .arg(RemoteLocation::displayName(location)));
        DrivesWindow window(*m_controller, actions);
        window.show();
        window.selectDrive(QStringLiteral("Photos"));
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("refusedTitle"))->text(),
                     QStringLiteral("\"Photos\" waits: the server's certificate is not trusted "
                                    "yet."));

        const std::optional<TrustWanted> wanted
                = m_controller->model().runtime(QStringLiteral("Photos")).trust;
        QVERIFY(wanted);
        QCOMPARE(wanted->key.fingerprint, dav.certificateFingerprint());
        TrustDialog dialog(*m_controller, wanted->location, wanted->key);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("certificateSubject"))->text(),
                 QStringLiteral("127.0.0.1"));
        QSignalSpy trusted(&dialog, &TrustDialog::trusted);
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(trusted.size(), 1, 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(test::readFile(configFolder() + QStringLiteral("/trusted_certificates"))
                        .contains(dav.certificateFingerprint().toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.constFirst().at(1).toJsonObject()[u"Result"].toString(),
                 QStringLiteral("Success"));
        QCOMPARE(test::readFile(path(QStringLiteral("Photos-target/a.jpg"))), QByteArray("jpeg"));
    }

    // The same for an FTPS server's own certificate (vsftpd's): the tray's dialog shows it and
    // pins it, and the drive that waited runs.
    void anFtpsCertificateIsTrustedInTheDialog()
    {
        using test::FtpServer;
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer ftp(FtpServer::Kind::Vsftpd, FtpServer::Tls::Explicit);
        QVERIFY2(ftp.start(), qPrintable(ftp.whyNot()));
        QVERIFY(test::writeFile(ftp.directory() + QStringLiteral("/photos/a.jpg"), "jpeg"));
        const QString location = ftp.origin() + QStringLiteral("/photos");
        addDrive(QStringLiteral("Photos"), location);

        QCOMPARE(syncAndWait(QStringLiteral("Photos"))[u"Result"].toString(),
                 QStringLiteral("Refused"));
        const std::optional<TrustWanted> wanted
                = m_controller->model().runtime(QStringLiteral("Photos")).trust;
        QVERIFY(wanted);
        QCOMPARE(wanted->key.fingerprint, ftp.certificateFingerprint());
        TrustDialog dialog(*m_controller, wanted->location, wanted->key);
        const auto *subject = dialog.findChild<QLabel *>(QStringLiteral("certificateSubject"));
        QVERIFY(subject); // shown only for a certificate that names whom it is issued to
        QCOMPARE(subject->text(), QStringLiteral("127.0.0.1"));
        QSignalSpy trusted(&dialog, &TrustDialog::trusted);
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(trusted.size(), 1, 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(test::readFile(configFolder() + QStringLiteral("/trusted_certificates")),
                 QStringLiteral("127.0.0.1:%1 %2\n")
                         .arg(ftp.port())
                         .arg(ftp.certificateFingerprint())
                         .toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.constFirst().at(1).toJsonObject()[u"Result"].toString(),
                 QStringLiteral("Success"));
        QCOMPARE(test::readFile(path(QStringLiteral("Photos-target/a.jpg"))), QByteArray("jpeg"));
    }

    void theDialogFitsASmallScreen()
    {
        const fsops::HostKey key{ QStringLiteral("ssh-ed25519"), unknownKey.fingerprint,
                                  QStringLiteral(
                                          "SHA256:oldoldoldoldoldoldoldoldoldoldoldoldoldold") };
        TrustDialog trust(*m_controller, QStringLiteral("sftp://pi@logger.example/data"), key);
        QVERIFY(trust.sizeHint().width() <= 1024 && trust.sizeHint().height() <= 560);
        PasswordDialog password(*m_controller, QStringLiteral("sftp://pi@logger.example/data"));
        QVERIFY(password.sizeHint().width() <= 1024 && password.sizeHint().height() <= 560);
    }

    void cancelEscapeAndEnterTrustNothing()
    {
        if (!startServer())
            return;
        const QString location = remoteFolder(QStringLiteral("data"));
        const fsops::HostKey key{ QStringLiteral("ssh-ed25519"), m_server->hostFingerprint(), {} };
        const std::vector<std::pair<const char *, std::function<void(TrustDialog &)>>> ways{
            { "Cancel", [](TrustDialog &d) { d.cancelButton()->click(); } },
            { "Escape", [](TrustDialog &d) { QTest::keyClick(&d, Qt::Key_Escape); } },
            { "Enter", [](TrustDialog &d) { QTest::keyClick(&d, Qt::Key_Return); } },
            // The focus on "Trust this key" does not make Enter press it.
            { "Enter on Trust",
              [](TrustDialog &d) {
                  d.trustButton()->setFocus();
                  QTest::keyClick(d.trustButton(), Qt::Key_Return);
              } },
        };
        for (const auto &[name, how] : ways) {
            TrustDialog dialog(*m_controller, location, key);
            QSignalSpy trusted(&dialog, &TrustDialog::trusted);
            close(dialog, [&dialog, how = how] { how(dialog); });
            QVERIFY2(dialog.result() == QDialog::Rejected, name);
            QVERIFY2(!dialog.isTrusting(), name);
            QVERIFY2(trusted.isEmpty(), name);
            QVERIFY2(!QFile::exists(knownHosts()), name);
        }
    }

    void aRefusedRunIsToldOnceAndTrustingRunsTheDrive()
    {
        if (!startServer())
            return;
        const QString location = remoteFolder(QStringLiteral("logger"));
        addDrive(QStringLiteral("Logger"), location);
        QSystemTrayIcon tray;
        test::RecordingActions actions;
        Notifier notifier(*m_controller, tray, actions);
        QSignalSpy notified(&notifier, &Notifier::notified);
        TrayIcon icon(*m_controller, actions);

        QCOMPARE(syncAndWait(QStringLiteral("Logger"))[u"Result"].toString(),
                 QStringLiteral("Refused"));
        // One notification, about the key rather than a refusal to review.
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(0).toString(), QStringLiteral("Server not trusted"));
        QCOMPARE(notified.constFirst().at(1).toString(),
                 QStringLiteral("Logger waits: the key of %1 is not trusted yet. Click to check "
                                "it and trust it.")
                         .arg(RemoteLocation::displayName(location)));
        // A second refused run tells no one again.
        syncAndWait(QStringLiteral("Logger"));
        QCoreApplication::processEvents(); // a notification would be queued by now
        QCOMPARE(notified.size(), 1);

        // Clicking it, or the tray menu's entry, opens the trust dialog for that key.
        const QString fingerprint = m_server->hostFingerprint();
        Q_EMIT tray.messageClicked();
        QCOMPARE(actions.calls, QStringList(u"trustServer " + location + u' ' + fingerprint));
        QAction *entry = menuAction(icon.menu(), QStringLiteral("Logger"),
                                    QStringLiteral("Trust the server..."));
        QVERIFY(entry && entry->isVisible() && entry->isEnabled());
        entry->trigger();
        QCOMPARE(actions.calls.size(), 2);
        QCOMPARE(actions.calls.constLast(), actions.calls.constFirst());
        // The Drives window says what the drive waits for, and leads to the same dialog
        // (not to a review, which would meet the same key).
        DrivesWindow window(*m_controller, actions);
        window.show();
        window.selectDrive(QStringLiteral("Logger"));
        auto *trustButton = window.findChild<QPushButton *>(QStringLiteral("trustButton"));
        QTRY_VERIFY(trustButton->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("reviewButton"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("refusedTitle"))->text(),
                 QStringLiteral("\"Logger\" waits: the server's key is not trusted yet."));
        trustButton->click();
        QCOMPARE(actions.calls.size(), 3);
        QCOMPARE(actions.calls.constLast(), actions.calls.constFirst());

        const std::optional<TrustWanted> wanted
                = m_controller->model().runtime(QStringLiteral("Logger")).trust;
        QVERIFY(wanted);
        TrustDialog dialog(*m_controller, wanted->location, wanted->key);
        QSignalSpy trusted(&dialog, &TrustDialog::trusted);
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.trustButton()->click();
        QVERIFY(dialog.isTrusting() || !trusted.isEmpty()); // answered off the GUI thread
        QTRY_COMPARE_WITH_TIMEOUT(trusted.size(), 1, 20000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(test::readFile(knownHosts())
                        .contains(m_server->hostPublicKey().split(' ').value(1)));
        // The drive that waited runs at once, and succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.constFirst().at(1).toJsonObject()[u"Result"].toString(),
                 QStringLiteral("Success"));
        QCOMPARE(test::readFile(path(QStringLiteral("Logger-target/logger.csv"))),
                 QByteArray("1,2,3\n"));
        QTRY_VERIFY(!entry->isVisible());
        QTRY_VERIFY(!trustButton->isVisible());
    }

    // In the tray, the drive editor's SFTP dialog asks about an untrusted server with this
    // dialog, and tests the connection again once the key is trusted.
    void theSftpDialogOfTheTrayAsksWithTheTrustDialog()
    {
        if (!startServer())
            return;
        QString errors;
        QTextStream err(&errors);
        TrayApplication::Options options;
        options.global.configDir = path(QStringLiteral("tray-config"));
        options.global.dataDir = path(QStringLiteral("tray-data"));
        options.global.webSocketPort = 0;
        options.trayWait = std::chrono::milliseconds(0);
        TrayApplication app(options, err);
        QCOMPARE(app.start(), TrayApplication::StartOutcome::Running);

        ServerLocationDialog dialog(*app.controller(), remoteFolder(QStringLiteral("editor")));
        dialog.show();
        QSignalSpy tested(&dialog, &ServerLocationDialog::tested);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        auto *trustButton = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(trustButton && trustButton->isVisible());
        trustButton->click();
        QTRY_VERIFY(dialog.findChild<TrustDialog *>());
        auto *trust = dialog.findChild<TrustDialog *>();
        QCOMPARE(trust->fingerprintField()->text(), m_server->hostFingerprint());
        trust->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        const QString status = dialog.findChild<QLabel *>(QStringLiteral("testStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Connected: ")), qPrintable(status));
        QVERIFY(test::readFile(options.global.configDir + QStringLiteral("/known_hosts"))
                        .contains(m_server->hostPublicKey().split(' ').value(1)));
    }

    void aKeyThatChangedAgainIsToldInWords()
    {
        if (!startServer())
            return;
        const QString location = remoteFolder(QStringLiteral("data"));
        TrustDialog dialog(*m_controller, location, unknownKey); // not the server's key
        QSignalSpy failed(&dialog, &TrustDialog::failed);
        dialog.open();
        dialog.trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.constFirst().at(0).toString(), QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(dialog.isVisible());
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.startsWith(QStringLiteral("Nothing was trusted: the server now presents "
                                                  "another key than the one shown here")),
                 qPrintable(status));
        QVERIFY2(status.contains(m_server->hostFingerprint()), qPrintable(status));
        QVERIFY(!dialog.trustButton()->isEnabled());
        QVERIFY(!QFile::exists(knownHosts()));
    }

    void aRefusedLoginIsToldAndAsksForThePassword()
    {
        if (!startServer())
            return;
        // The key is trusted; the login has nothing the server takes (no key, no agent).
        QFuture<Result<fsops::HostKey>> trusted = m_controller->remoteChecks().trustHost(
                remoteFolder(QStringLiteral("data")), m_server->hostFingerprint());
        QTRY_VERIFY_WITH_TIMEOUT(trusted.isFinished(), 20000);
        QVERIFY(trusted.result());
        const QString location = remoteFolder(QStringLiteral("logger"), false);
        addDrive(QStringLiteral("Logger"), location);
        QSystemTrayIcon tray;
        test::RecordingActions actions;
        Notifier notifier(*m_controller, tray, actions);
        QSignalSpy notified(&notifier, &Notifier::notified);
        TrayIcon icon(*m_controller, actions);

        const QJsonObject run = syncAndWait(QStringLiteral("Logger"));
        QCOMPARE(run[u"Code"].toString(), QStringLiteral("Authentication Failed"));
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().at(0).toString(), QStringLiteral("Login refused"));
        QCOMPARE(notified.constFirst().at(1).toString(),
                 QStringLiteral("Logger waits: %1 refused the login. Click to enter the "
                                "password.")
                         .arg(RemoteLocation::displayName(location)));
        Q_EMIT tray.messageClicked();
        QCOMPARE(actions.calls, QStringList(u"enterPassword " + location));
        QAction *entry = menuAction(icon.menu(), QStringLiteral("Logger"),
                                    QStringLiteral("Enter the password..."));
        QVERIFY(entry && entry->isVisible());
        entry->trigger();
        QCOMPARE(actions.calls.constLast(), u"enterPassword " + location);
        DrivesWindow window(*m_controller, actions);
        window.show();
        window.selectDrive(QStringLiteral("Logger"));
        auto *passwordButton = window.findChild<QPushButton *>(QStringLiteral("passwordButton"));
        QTRY_VERIFY(passwordButton->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("trustButton"))->isVisible());
        passwordButton->click();
        QCOMPARE(actions.calls.size(), 3);
        QCOMPARE(actions.calls.constLast(), u"enterPassword " + location);
        QVERIFY(!menuAction(icon.menu(), QStringLiteral("Logger"),
                            QStringLiteral("Trust the server..."))
                         ->isVisible());
    }

    void thePasswordIsStoredAndNeverWrittenElsewhere()
    {
        const QString secret
                = QStringLiteral("s3cret-Pa55word-%1").arg(QCoreApplication::applicationPid());
        const QString location = QStringLiteral("sftp://pi@logger.example:2222/data");
        {
            // Cancel stores nothing.
            PasswordDialog dialog(*m_controller, location);
            dialog.open();
            QTest::keyClicks(dialog.passwordField(), secret);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
            const QFuture<CredentialAnswer> none = m_controller->credentials().read(
                    QStringLiteral("sftp://pi@logger.example:2222"));
            QTRY_VERIFY(none.isFinished());
            QVERIFY(!none.result().secret);
        }
        PasswordDialog dialog(*m_controller, location);
        QSignalSpy saved(&dialog, &PasswordDialog::saved);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.passwordField()->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.passwordField()->hasFocus());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QTest::keyClicks(dialog.passwordField(), secret);
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(dialog.passwordField()->text().isEmpty());
        // No keychain answered: the dialog says where it is instead, and stays until closed.
        const QString folder = QDir::toNativeSeparators(m_controller->credentials().fileFolder());
        QVERIFY2(dialog.statusLabel()->text().contains(folder),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QFuture<CredentialAnswer> read
                = m_controller->credentials().read(QStringLiteral("sftp://pi@logger.example:2222"));
        QTRY_VERIFY(read.isFinished());
        QVERIFY(read.result().secret);
        QCOMPARE(read.result().secret->bytes(), secret.toUtf8());
        // Nowhere else: not config.json, not the logs, not the state.
        m_controller->log().writeMessage(QStringLiteral("flush"));
        const QString credentials = m_controller->credentials().fileFolder();
        for (const QString &base : { configFolder(), dataFolder() }) {
            QDirIterator files(base, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                if (file.startsWith(credentials + u'/'))
                    continue;
                QVERIFY2(!test::readFile(file).contains(secret.toUtf8()), qPrintable(file));
            }
        }
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestTrustDialog)
#include "tst_trustdialog.moc"
