// The commands of SFTP drives (remote.md, "Command line") as a person and a script use them,
// against a real OpenSSH sshd on loopback (and a WebDAV server over TLS for certificates): `sync`
// to and from a server, `trust` (with and without --fingerprint, on a terminal and without one), a
// changed host key, a server that is not there, a refused login, `password` (stored, never shown,
// forgotten; a key's passphrase too), a key's passphrase and a server's own questions asked on a
// terminal. A terminal is a real pseudo-terminal (terminalrun.h): the commands have no test hook to
// ask through.
#include "apprunner.h"
#include "davserver.h"
#include "ftpserver.h"
#include "sshdserver.h"
#include "terminalrun.h"
#include "testmain.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

#include <sys/stat.h>

using namespace lts;
using lts::test::AppRun;
using lts::test::TerminalAnswer;
using lts::test::TerminalRun;

namespace {

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

// Whether any file under `folder` holds `text`.
bool anyFileHolds(const QString &folder, const QByteArray &text)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (readAll(it.next()).contains(text))
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(lts::test::FtpServer::Tls)

class TestRemoteCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;

    QString path(const QString &name) const { return m_home->filePath(name); }
    QString configDir() const { return path(QStringLiteral("config")); }
    QString knownHosts() const { return configDir() + QStringLiteral("/known_hosts"); }
    QString remoteFolder() const { return m_server->directory() + QStringLiteral("/remote"); }

    // The server's folder as a location, logging in with the server's client key (`withKey`)
    // or with nothing but what the (empty) home folder and a password give.
    QString location(bool withKey = true) const
    {
        QString text = QStringLiteral("sftp://%1@127.0.0.1:%2%3")
                               .arg(m_server->user())
                               .arg(m_server->port())
                               .arg(remoteFolder());
        if (withKey)
            text += QStringLiteral("?key=") + m_server->clientKey();
        return text;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = test::AppRunner(m_home->path()).environment();
        // Never the tester's own agent, keys or keychain.
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + path(QStringLiteral("no-session-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    QStringList withFolders(QStringList arguments) const
    {
        return arguments << QStringLiteral("--config-dir") << configDir()
                         << QStringLiteral("--data-dir") << path(QStringLiteral("data"));
    }

    // The command without a terminal (pipes, as in a script), `input` on its standard input.
    AppRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        test::AppRunner(m_home->path()).prepare(process, withFolders(arguments));
        process.setProcessEnvironment(environment());
        process.start();
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("letthatsyncin did not finish");
        return test::AppRunner::finished(process);
    }

    TerminalRun onTerminal(const QStringList &arguments,
                           const QList<TerminalAnswer> &answers = {}) const
    {
        return test::runOnTerminal(QStringLiteral(LTS_APP_PATH), withFolders(arguments),
                                   environment(), m_home->path(), answers);
    }

    AppRun sync(const QString &source, const QString &target) const
    {
        return run({ QStringLiteral("sync"), source, target });
    }

    void trustTheServer()
    {
        const AppRun r = run({ QStringLiteral("trust"), location(), QStringLiteral("--fingerprint"),
                               m_server->hostFingerprint() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + m_server->log()));
    }

    // The command a refused run printed to trust the key, run as the person would paste it.
    AppRun runPrintedTrustCommand(const QString &err) const
    {
        const qsizetype at = err.indexOf(QStringLiteral("letthatsyncin trust "));
        if (at < 0)
            return {};
        // As the person pastes it into a shell: the shell reads its quotes.
        const QString line = err.mid(at, err.indexOf(u'\n', at) - at);
        QProcess process;
        test::AppRunner(m_home->path()).prepare(process, {});
        process.setProcessEnvironment(environment());
        process.setProgram(QStringLiteral("/bin/sh"));
        process.setArguments(
                { QStringLiteral("-c"),
                  QStringLiteral("'%1'%2").arg(QStringLiteral(LTS_APP_PATH),
                                               line.mid(QStringLiteral("letthatsyncin").size())) });
        process.start();
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qFatal("letthatsyncin did not finish");
        return test::AppRunner::finished(process);
    }

private Q_SLOTS:
    void init()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        m_server = std::make_unique<test::SshdServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->whyNot()));
    }

    void cleanup()
    {
        m_server.reset();
        m_home.reset();
    }

    void anUnknownKeyWithoutTerminalPrintsTheTrustCommand()
    {
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const AppRun refused = sync(path(QStringLiteral("local")), location());
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("Host Key Unknown")), qPrintable(refused.err));
        const QString command = QStringLiteral("letthatsyncin trust '%1' --fingerprint %2 "
                                               "--config-dir %3")
                                        .arg(location(), m_server->hostFingerprint(), configDir());
        QVERIFY2(refused.err.contains(command + u'\n'), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(
                         QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(remoteFolder() + QStringLiteral("/a.txt")));
        QVERIFY(!QFileInfo::exists(knownHosts()));

        const AppRun trusted = runPrintedTrustCommand(refused.err);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
        QVERIFY(trusted.out.contains(m_server->hostFingerprint()));
        QVERIFY(QFileInfo::exists(knownHosts()));

        const AppRun synced = sync(path(QStringLiteral("local")), location());
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(readAll(remoteFolder() + QStringLiteral("/a.txt")), QByteArray("alpha"));
    }

    void syncsFromAndToTheServer()
    {
        trustTheServer();
        QVERIFY(writeFile(remoteFolder() + QStringLiteral("/logs/day1.csv"), "1,2,3"));
        QVERIFY(writeFile(remoteFolder() + QStringLiteral("/top.txt"), "top"));
        const AppRun down = sync(location(), path(QStringLiteral("pulled")));
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QVERIFY2(down.out.startsWith(QStringLiteral("Success: 2 added")), qPrintable(down.out));
        QCOMPARE(readAll(path(QStringLiteral("pulled/logs/day1.csv"))), QByteArray("1,2,3"));
        QCOMPARE(readAll(path(QStringLiteral("pulled/top.txt"))), QByteArray("top"));

        QVERIFY(writeFile(path(QStringLiteral("photos/p1.jpg")), "jpeg"));
        const QString upTarget
                = location().replace(QStringLiteral("/remote?"), QStringLiteral("/photos?"));
        const AppRun up = sync(path(QStringLiteral("photos")), upTarget);
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QCOMPARE(readAll(m_server->directory() + QStringLiteral("/photos/p1.jpg")),
                 QByteArray("jpeg"));
    }

    void aWrongFingerprintTrustsNothing()
    {
        const AppRun r
                = run({ QStringLiteral("trust"), location(), QStringLiteral("--fingerprint"),
                        QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Fingerprint Mismatch")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_server->hostFingerprint()), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(knownHosts()));

        // And with a key trusted before, the file stays as it was.
        trustTheServer();
        const QByteArray before = readAll(knownHosts());
        const AppRun again
                = run({ QStringLiteral("trust"), location(), QStringLiteral("--fingerprint"),
                        QStringLiteral("SHA256:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB") });
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(readAll(knownHosts()), before);
    }

    void trustWithoutFingerprintShowsTheKey()
    {
        const AppRun r = run({ QStringLiteral("trust"), location() });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("ssh-ed25519 fingerprint is ")
                                + m_server->hostFingerprint()),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")));
        QVERIFY(r.err.contains(QStringLiteral("--fingerprint ") + m_server->hostFingerprint()));
        QVERIFY(!r.err.contains(QStringLiteral("[y/N]")));
        QVERIFY(!QFileInfo::exists(knownHosts()));

        const TerminalRun no = onTerminal({ QStringLiteral("trust"), location() },
                                          { { QStringLiteral("Trust it? [y/N]"), "n" } });
        QCOMPARE(no.exitCode, 3);
        QVERIFY(!QFileInfo::exists(knownHosts()));

        const TerminalRun yes = onTerminal({ QStringLiteral("trust"), location() },
                                           { { QStringLiteral("Trust it? [y/N]"), "y" } });
        QVERIFY2(yes.exitCode == 0, qPrintable(yes.screen));
        QVERIFY(QFileInfo::exists(knownHosts()));

        const AppRun known = run({ QStringLiteral("trust"), location() });
        QCOMPARE(known.exitCode, 0);
        QVERIFY2(known.out.contains(QStringLiteral("trusted already")), qPrintable(known.out));
    }

    void aTerminalIsAskedAboutAnUnknownKey()
    {
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QStringList arguments{ QStringLiteral("sync"), path(QStringLiteral("local")),
                                     location() };
        const TerminalRun no
                = onTerminal(arguments, { { QStringLiteral("Trust it? [y/N]"), "n" } });
        QCOMPARE(no.exitCode, 3);
        QVERIFY2(no.screen.contains(QStringLiteral("The server's host key for %1 is not known. "
                                                   "Its ssh-ed25519 fingerprint is %2.")
                                            .arg(location(), m_server->hostFingerprint())),
                 qPrintable(no.screen));
        QVERIFY(!QFileInfo::exists(remoteFolder() + QStringLiteral("/a.txt")));
        QVERIFY(!QFileInfo::exists(knownHosts()));

        const TerminalRun yes
                = onTerminal(arguments, { { QStringLiteral("Trust it? [y/N]"), "y" } });
        QVERIFY2(yes.exitCode == 0, qPrintable(yes.screen));
        QVERIFY2(yes.screen.contains(QStringLiteral("Success: 1 added")), qPrintable(yes.screen));
        QCOMPARE(readAll(remoteFolder() + QStringLiteral("/a.txt")), QByteArray("alpha"));
        QVERIFY(QFileInfo::exists(knownHosts()));
    }

    void aChangedKeyIsRefusedWithBothFingerprints()
    {
        trustTheServer();
        const QString before = m_server->hostFingerprint();
        QVERIFY(m_server->replaceHostKey());
        QVERIFY2(m_server->restart(true), qPrintable(m_server->whyNot()));
        const QString after = m_server->hostFingerprint();
        QVERIFY(before != after);
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));

        const AppRun r = sync(path(QStringLiteral("local")), location());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Host Key Changed")), qPrintable(r.err));
        QVERIFY(r.err.contains(before));
        QVERIFY(r.err.contains(QStringLiteral("--fingerprint ") + after));
        QVERIFY(!QFileInfo::exists(remoteFolder() + QStringLiteral("/a.txt")));

        // Never asked on the spot, not even on a terminal.
        const TerminalRun asked
                = onTerminal({ QStringLiteral("sync"), path(QStringLiteral("local")), location() },
                             { { QStringLiteral("[y/N]"), "y" } });
        QCOMPARE(asked.exitCode, 3);
        QVERIFY2(!asked.screen.contains(QStringLiteral("[y/N]")), qPrintable(asked.screen));
        QVERIFY(!QFileInfo::exists(remoteFolder() + QStringLiteral("/a.txt")));

        // Only the new fingerprint, given on purpose, clears it.
        const AppRun trusted = runPrintedTrustCommand(r.err);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        const AppRun synced = sync(path(QStringLiteral("local")), location());
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    }

    // A davs:// server whose certificate nothing vouches for, as the commands meet it: refused
    // without a terminal with the exact trust command, asked about on a terminal as a host key
    // is, trusted by `trust` only for the fingerprint it presents; a changed certificate is
    // refused with both fingerprints and never asked about.
    void aCertificateIsTrustedAsAHostKeyIs()
    {
        using test::DavServer;
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        DavServer dav(DavServer::Kind::Rclone);
        dav.useTls();
        QVERIFY2(dav.start(), qPrintable(dav.whyNot()));
        QVERIFY(QDir().mkpath(dav.directory() + QStringLiteral("/photos")));
        const QString davs = dav.origin() + QStringLiteral("/photos");
        const QString fingerprint = dav.certificateFingerprint();
        const QString pins = configDir() + QStringLiteral("/trusted_certificates");
        const AppRun stored = run({ QStringLiteral("password"), davs }, "p\n");
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QStringList syncArguments{ QStringLiteral("sync"), path(QStringLiteral("local")),
                                         davs };

        const AppRun refused = run(syncArguments);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("Certificate Unknown: ")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(
                         QStringLiteral("letthatsyncin trust %1 --fingerprint %2 --config-dir %3\n")
                                 .arg(davs, fingerprint, configDir())),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("trust the certificate with:")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("openssl x509")));
        QVERIFY(!QFileInfo::exists(dav.directory() + QStringLiteral("/photos/a.txt")));
        QVERIFY(!QFileInfo::exists(pins));

        const AppRun wrong
                = run({ QStringLiteral("trust"), davs, QStringLiteral("--fingerprint"),
                        QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") });
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("Fingerprint Mismatch")), qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(fingerprint), qPrintable(wrong.err));
        QVERIFY(!QFileInfo::exists(pins));
        const AppRun shown = run({ QStringLiteral("trust"), davs });
        QCOMPARE(shown.exitCode, 3);
        QVERIFY2(shown.err.contains(QStringLiteral("Its fingerprint is ") + fingerprint),
                 qPrintable(shown.err));
        QVERIFY(shown.err.contains(QStringLiteral("issued to 127.0.0.1")));
        QVERIFY(!shown.err.contains(QStringLiteral("[y/N]")));
        QVERIFY(!QFileInfo::exists(pins));

        const TerminalRun no
                = onTerminal(syncArguments, { { QStringLiteral("Trust it? [y/N]"), "n" } });
        QCOMPARE(no.exitCode, 3);
        QVERIFY2(no.screen.contains(QStringLiteral("The server's certificate for %1 is not one "
                                                   "this computer's certificate authorities "
                                                   "vouch for. Its fingerprint is %2.")
                                            .arg(davs, fingerprint)),
                 qPrintable(no.screen));
        QVERIFY(!QFileInfo::exists(dav.directory() + QStringLiteral("/photos/a.txt")));
        QVERIFY(!QFileInfo::exists(pins));

        const TerminalRun yes
                = onTerminal(syncArguments, { { QStringLiteral("Trust it? [y/N]"), "y" } });
        QVERIFY2(yes.exitCode == 0, qPrintable(yes.screen));
        QVERIFY2(yes.screen.contains(QStringLiteral("Trusted the certificate of %1 (%2).")
                                             .arg(davs, fingerprint)),
                 qPrintable(yes.screen));
        QVERIFY2(yes.screen.contains(QStringLiteral("Success: 1 added")), qPrintable(yes.screen));
        QCOMPARE(readAll(dav.directory() + QStringLiteral("/photos/a.txt")), QByteArray("alpha"));
        QVERIFY(readAll(pins).contains(fingerprint.toUtf8()));
        const AppRun known = run({ QStringLiteral("trust"), davs });
        QCOMPARE(known.exitCode, 0);
        QVERIFY2(known.out.contains(QStringLiteral("trusted already")), qPrintable(known.out));

        // Another certificate now: refused with both, never asked about, and only the printed
        // command with the new fingerprint clears it.
        QVERIFY2(dav.replaceCertificate(), qPrintable(dav.whyNot()));
        const QString changed = dav.certificateFingerprint();
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "changed"));
        const AppRun again = run(syncArguments);
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(fingerprint) && again.err.contains(changed),
                 qPrintable(again.err));
        const TerminalRun asked = onTerminal(syncArguments, { { QStringLiteral("[y/N]"), "y" } });
        QCOMPARE(asked.exitCode, 3);
        QVERIFY2(!asked.screen.contains(QStringLiteral("[y/N]")), qPrintable(asked.screen));
        QCOMPARE(readAll(dav.directory() + QStringLiteral("/photos/a.txt")), QByteArray("alpha"));
        const AppRun trusted = runPrintedTrustCommand(again.err);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
        QVERIFY2(trusted.out.contains(QStringLiteral("Trusted the certificate of")),
                 qPrintable(trusted.out));
        const AppRun synced = run(syncArguments);
        // The run's own report is on stdout: a Partial run (exit 1) says there which file failed.
        QVERIFY2(synced.exitCode == 0, qPrintable(QStringLiteral("exit %1\n").arg(synced.exitCode)
                                                  + synced.out + synced.err));
        QCOMPARE(readAll(dav.directory() + QStringLiteral("/photos/a.txt")), QByteArray("changed"));
    }

    // An FTPS server's certificate, as the commands meet it: refused with the exact trust
    // command, shown by `trust`, trusted only for the fingerprint it presents; then runs go
    // through, and a certificate that changes is refused with both fingerprints.
    void anFtpsCertificateIsTrustedAsADavsOneIs_data()
    {
        QTest::addColumn<test::FtpServer::Tls>("tls");
        QTest::newRow("ftpes") << test::FtpServer::Tls::Explicit;
        QTest::newRow("ftps") << test::FtpServer::Tls::Implicit;
    }
    void anFtpsCertificateIsTrustedAsADavsOneIs()
    {
        QFETCH(test::FtpServer::Tls, tls);
        using test::FtpServer;
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer ftp(FtpServer::Kind::Vsftpd, tls);
        QVERIFY2(ftp.start(), qPrintable(ftp.whyNot()));
        QVERIFY(QDir().mkpath(ftp.directory() + QStringLiteral("/t")));
        const QString ftps = ftp.origin() + QStringLiteral("/t");
        const QString fingerprint = ftp.certificateFingerprint();
        const QString pins = configDir() + QStringLiteral("/trusted_certificates");
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QStringList syncArguments{ QStringLiteral("sync"), path(QStringLiteral("local")),
                                         ftps };

        const AppRun refused = run(syncArguments);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("Certificate Unknown: ")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(
                         QStringLiteral("letthatsyncin trust %1 --fingerprint %2 --config-dir %3\n")
                                 .arg(ftps, fingerprint, configDir())),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(ftp.directory() + QStringLiteral("/t/a.txt")));

        const AppRun shown = run({ QStringLiteral("trust"), ftps });
        QCOMPARE(shown.exitCode, 3);
        QVERIFY2(shown.err.contains(QStringLiteral("Its fingerprint is ") + fingerprint),
                 qPrintable(shown.err));
        QVERIFY(shown.err.contains(QStringLiteral("issued to 127.0.0.1")));
        const AppRun wrong
                = run({ QStringLiteral("trust"), ftps, QStringLiteral("--fingerprint"),
                        QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") });
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("Fingerprint Mismatch")), qPrintable(wrong.err));
        QVERIFY(!QFileInfo::exists(pins));

        const AppRun trusted = runPrintedTrustCommand(refused.err);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
        QVERIFY2(trusted.out.contains(QStringLiteral("Trusted the certificate of")),
                 qPrintable(trusted.out));
        QVERIFY(readAll(pins).contains(fingerprint.toUtf8()));
        const AppRun known = run({ QStringLiteral("trust"), ftps });
        QCOMPARE(known.exitCode, 0);
        QVERIFY2(known.out.contains(QStringLiteral("trusted already")), qPrintable(known.out));
        const AppRun synced = run(syncArguments);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(readAll(ftp.directory() + QStringLiteral("/t/a.txt")), QByteArray("alpha"));

        QVERIFY2(ftp.replaceCertificate(), qPrintable(ftp.whyNot()));
        const QString changed = ftp.certificateFingerprint();
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "changed"));
        const AppRun again = run(syncArguments);
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(fingerprint) && again.err.contains(changed),
                 qPrintable(again.err));
        QCOMPARE(readAll(ftp.directory() + QStringLiteral("/t/a.txt")), QByteArray("alpha"));
        const AppRun retrusted = runPrintedTrustCommand(again.err);
        QVERIFY2(retrusted.exitCode == 0, qPrintable(retrusted.out + retrusted.err));
        const AppRun resynced = run(syncArguments);
        QVERIFY2(resynced.exitCode == 0, qPrintable(resynced.err));
        QCOMPARE(readAll(ftp.directory() + QStringLiteral("/t/a.txt")), QByteArray("changed"));
    }

    void anUnreachableServerFails()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString nowhere = QStringLiteral("sftp://%1@127.0.0.1:%2/data?key=%3")
                                        .arg(m_server->user())
                                        .arg(port)
                                        .arg(m_server->clientKey());
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const AppRun r = sync(path(QStringLiteral("local")), nowhere);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unreachable")), qPrintable(r.err));

        const AppRun trust = run({ QStringLiteral("trust"), nowhere });
        QCOMPARE(trust.exitCode, 2);
        QVERIFY2(trust.err.contains(QStringLiteral("Unreachable")), qPrintable(trust.err));
    }

    void aRefusedLoginFails()
    {
        trustTheServer();
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const AppRun r = sync(path(QStringLiteral("local")), location(false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Authentication Failed")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(remoteFolder() + QStringLiteral("/a.txt")));
    }

    void aTerminalIsAskedForAPasswordWithoutEcho()
    {
        trustTheServer();
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QByteArray typed = "not-the-Pa55word";
        const TerminalRun r = onTerminal(
                { QStringLiteral("sync"), path(QStringLiteral("local")), location(false) },
                { { QStringLiteral("Password for sftp://"), typed } });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.screen.contains(QStringLiteral("Authentication Failed")), qPrintable(r.screen));
        QVERIFY2(!r.screen.contains(QString::fromUtf8(typed)), qPrintable(r.screen));
        QVERIFY2(r.screen.contains(QStringLiteral("letthatsyncin password sftp://%1@127.0.0.1:%2 "
                                                  "--config-dir %3)")
                                           .arg(m_server->user())
                                           .arg(m_server->port())
                                           .arg(configDir())),
                 qPrintable(r.screen));
        QVERIFY(!anyFileHolds(m_home->path(), typed));
    }

    void aPasswordIsStoredAndForgotten()
    {
        const QByteArray secret = "s3cret-Pa55-of-the-test";
        const QString where = QStringLiteral("sftp://%1@127.0.0.1:%2/data")
                                      .arg(m_server->user())
                                      .arg(m_server->port());
        const AppRun stored = run({ QStringLiteral("password"), where }, secret + '\n');
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.out + stored.err));
        const QDir credentials(configDir() + QStringLiteral("/credentials"));
        const QStringList files = credentials.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString file = credentials.filePath(files.constFirst());
        QCOMPARE(readAll(file), secret);
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QVERIFY2(stored.out.contains(file), qPrintable(stored.out));
        QVERIFY2(stored.err.contains(QStringLiteral("no keychain answered")),
                 qPrintable(stored.err));
        QVERIFY(!stored.out.contains(QString::fromUtf8(secret)));
        QVERIFY(!stored.err.contains(QString::fromUtf8(secret)));
        QVERIFY(!anyFileHolds(path(QStringLiteral("data")), secret));
        QVERIFY(!readAll(configDir() + QStringLiteral("/config.json")).contains(secret));

        const AppRun forgotten
                = run({ QStringLiteral("password"), where, QStringLiteral("--forget") });
        QVERIFY2(forgotten.exitCode == 0, qPrintable(forgotten.err));
        QVERIFY(!QFileInfo::exists(file));
    }

    void aKeysPassphraseIsStoredAndOpensIt()
    {
        trustTheServer();
        const QByteArray passphrase = "the key's own pass phrase";
        const QString key
                = m_server->addClientKey(QStringLiteral("locked"), QString::fromUtf8(passphrase));
        QVERIFY2(!key.isEmpty(), qPrintable(m_server->whyNot()));
        const AppRun stored = run({ QStringLiteral("password"), QStringLiteral("--key-file"), key },
                                  passphrase + '\n');
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.out + stored.err));
        QVERIFY2(stored.out.contains(
                         QStringLiteral("Stored the passphrase of the key %1 in ").arg(key)),
                 qPrintable(stored.out));
        QVERIFY(!stored.out.contains(QString::fromUtf8(passphrase)));
        QVERIFY(!stored.err.contains(QString::fromUtf8(passphrase)));

        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QString target = location(false) + QStringLiteral("?key=") + key;
        const AppRun synced = sync(path(QStringLiteral("local")), target);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
        QCOMPARE(readAll(remoteFolder() + QStringLiteral("/a.txt")), QByteArray("alpha"));
        QVERIFY(!anyFileHolds(path(QStringLiteral("data")), passphrase));
        QVERIFY(!synced.err.contains(QString::fromUtf8(passphrase)));

        const AppRun forgotten = run({ QStringLiteral("password"), QStringLiteral("--key-file"),
                                       key, QStringLiteral("--forget") });
        QVERIFY2(forgotten.exitCode == 0, qPrintable(forgotten.err));
        QVERIFY2(forgotten.out.contains(key), qPrintable(forgotten.out));
        // Without it the key stays shut, and the refusal says why.
        const AppRun refused = sync(path(QStringLiteral("local")), target);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("The key %1 has a passphrase, and none is "
                                                     "stored for it.")
                                              .arg(key)),
                 qPrintable(refused.err));
    }

    void aTerminalIsAskedForAKeysPassphraseWithoutEcho()
    {
        trustTheServer();
        const QByteArray passphrase = "typed pass phrase 42";
        const QString key
                = m_server->addClientKey(QStringLiteral("locked"), QString::fromUtf8(passphrase));
        QVERIFY2(!key.isEmpty(), qPrintable(m_server->whyNot()));
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const TerminalRun r = onTerminal(
                { QStringLiteral("sync"), path(QStringLiteral("local")),
                  location(false) + QStringLiteral("?key=") + key },
                { { QStringLiteral("Passphrase for key %1: ").arg(key), passphrase } });
        QVERIFY2(r.exitCode == 0, qPrintable(r.screen));
        QCOMPARE(readAll(remoteFolder() + QStringLiteral("/a.txt")), QByteArray("alpha"));
        QVERIFY2(!r.screen.contains(QString::fromUtf8(passphrase)), qPrintable(r.screen));
        QVERIFY2(r.screen.contains(QStringLiteral("letthatsyncin password --key-file %1 "
                                                  "--config-dir %2)")
                                           .arg(key, configDir())),
                 qPrintable(r.screen));
        QVERIFY(!anyFileHolds(m_home->path(), passphrase));
    }

    // A server that logs in with keyboard-interactive only (sshd through PAM): with no password
    // given, its own question is put to the person, without echo as it says. The tests' user
    // has no password, so the answer is refused.
    void aTerminalAnswersTheServersOwnQuestions()
    {
        m_server->setExtraConfig(QStringLiteral("PasswordAuthentication no\n"
                                                "KbdInteractiveAuthentication yes"));
        QVERIFY2(m_server->restart(), qPrintable(m_server->whyNot()));
        trustTheServer();
        QVERIFY(writeFile(path(QStringLiteral("local/a.txt")), "alpha"));
        const QByteArray typed = "answer-for-PAM-7";
        const TerminalRun r = onTerminal(
                { QStringLiteral("sync"), path(QStringLiteral("local")), location(false) },
                { { QStringLiteral("Password for sftp://"), QByteArray() },
                  { QStringLiteral("Password: "), typed },
                  { QStringLiteral("Password: "), typed },
                  { QStringLiteral("Password: "), typed } });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.screen.contains(QStringLiteral("sftp://%1@127.0.0.1:%2 asks:")
                                           .arg(m_server->user())
                                           .arg(m_server->port())),
                 qPrintable(r.screen));
        QVERIFY2(r.screen.contains(QStringLiteral("Authentication Failed")), qPrintable(r.screen));
        QVERIFY2(!r.screen.contains(QString::fromUtf8(typed)), qPrintable(r.screen));
        QVERIFY(!QFileInfo::exists(remoteFolder() + QStringLiteral("/a.txt")));
    }

    // Locations with nothing to trust: plain dav:// (no TLS) and rclone's remotes (rclone's own
    // business); davs:// has its certificate (aCertificateIsTrustedAsAHostKeyIs).
    void kindsWithNothingToTrustAreRefused()
    {
        for (const QString &location : { QStringLiteral("dav://me@cloud.example.org/x"),
                                         QStringLiteral("rclone:dropbox:Lab") }) {
            const AppRun r = run({ QStringLiteral("trust"), location,
                                   QStringLiteral("--fingerprint"), QStringLiteral("SHA256:x") });
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(QStringLiteral("has no key or certificate to trust")),
                     qPrintable(r.err));
        }
        const AppRun local = run({ QStringLiteral("trust"), path(QStringLiteral("local")) });
        QCOMPARE(local.exitCode, 4);
        const AppRun rclone
                = run({ QStringLiteral("password"), QStringLiteral("rclone:dropbox:Lab") }, "x\n");
        QCOMPARE(rclone.exitCode, 4);
    }
};

LTS_TEST_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
