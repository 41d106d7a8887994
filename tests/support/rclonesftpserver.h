// A real SFTP server with a password login for the tests: `rclone serve sftp` on loopback,
// serving a folder of the test's own, with a user and a password (the tests' sshd runs as a
// user who has no password, so it cannot test password logins). Its host key is made with
// ssh-keygen, so the tests can trust it; it reads no key of the user running it. Stopped when
// the object goes.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace lts::test {

class RcloneSftpServer
{
public:
    RcloneSftpServer(QString user, QByteArray password);
    ~RcloneSftpServer();
    Q_DISABLE_COPY_MOVE(RcloneSftpServer)

    // Why no rclone can run here (it is not installed), or nothing: the one reason a test may
    // skip for.
    static QString whyNoRclone();
    // Starts the server and waits until it listens; false with whyNot() when it cannot.
    bool start();
    QString whyNot() const { return m_whyNot; }

    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    // The folder served: "/" on the server is this folder.
    QString directory() const { return m_dir.filePath(QStringLiteral("served")); }
    // A known_hosts line that trusts this server.
    QByteArray knownHostsLine() const;
    // What the server said (its log), for a failing test's message.
    QString log();

private:
    QTemporaryDir m_dir;
    QProcess m_rclone;
    QString m_user;
    QByteArray m_password;
    QString m_whyNot;
    QString m_log;
    quint16 m_port = 0;
};

} // namespace lts::test
