// A real OpenSSH sshd on loopback for the tests of the SFTP backend, every file of it in a
// temporary folder of the test's own: a host key, a client key pair whose public half is
// authorized (addClientKey() authorizes more), and a configuration that listens on 127.0.0.1 at
// a free port. sshd runs as the user running the test (nobody, when the test dropped root: see
// testmain.h), and such an sshd can only let that same user log in; it logs in through PAM, so
// it also offers keyboard-interactive, whose "Password:" that user (who has none) never passes.
// Stopped when the object goes.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace lts::test {

class SshdServer
{
public:
    SshdServer();
    ~SshdServer();
    Q_DISABLE_COPY_MOVE(SshdServer)

    // Why no sshd can run here (OpenSSH's server is not installed), or nothing: the one
    // reason a test may skip for. Any other failure to start is a failure.
    static QString whyNoSshd();
    // Starts sshd and waits until it listens; false with whyNot() when it cannot.
    bool start();
    QString whyNot() const { return m_whyNot; }
    void stop();

    quint16 port() const { return m_port; }
    // The user sshd runs as, the only one it lets in.
    QString user() const;
    // The client's private key (no passphrase), which sshd accepts.
    QString clientKey() const { return m_dir.filePath(QStringLiteral("client")); }
    // A new client key pair named `name` (with `passphrase`, unless empty) that sshd accepts
    // too: its private key's path, or an empty string with whyNot().
    QString addClientKey(const QString &name, const QString &passphrase);
    // Lines added to sshd_config from the next start() or restart() on, such as
    // "PasswordAuthentication no" for a server that logs in through keyboard-interactive only.
    void setExtraConfig(const QString &lines) { m_extraConfig = lines; }
    // The host's public key in OpenSSH's one-line form ("ssh-ed25519 AAAA...").
    QByteArray hostPublicKey() const;
    // A known_hosts line that trusts this server.
    QByteArray knownHostsLine() const;
    // The host key's fingerprint as ssh-keygen -l prints it ("SHA256:...").
    QString hostFingerprint() const;
    // A folder the server's user owns, for the tests' files.
    QString directory() const { return m_dir.path(); }
    // Replaces the host key by a new one (a reinstalled server); restart() to serve it.
    bool replaceHostKey();
    // Starts sshd again, on a new free port or (`samePort`) on the one it had: a server that
    // was restarted.
    bool restart(bool samePort = false);
    // Stops (true) or resumes (false) every connection being served, as a server that stops
    // answering mid-session: the connections' processes are stopped, the listener is not.
    void freezeConnections(bool frozen);
    // Kills every connection being served (a network that dropped, a server that crashed):
    // the clients find their sockets closed. The listener stays.
    void dropConnections();
    // sshd's own log (stderr), for a failing test's message.
    QString log();

private:
    bool run(const QString &program, const QStringList &arguments);
    // The processes of the connections being served: every descendant of the listener.
    QList<qint64> connectionProcesses() const;
    bool writeConfig();

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_whyNot;
    QString m_log;
    quint16 m_port = 0;
    QString m_extraConfig;
};

} // namespace lts::test
