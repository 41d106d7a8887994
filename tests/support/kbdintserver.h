// A real SSH server on loopback that logs in with keyboard-interactive only and completes it
// when the answers are right, serving SFTP from a folder of the test's own ("/" on the server
// is directory()): tests/support/kbdintsftpserver.py, on paramiko. OpenSSH's sshd asks
// keyboard-interactive questions only through PAM, which a test cannot set up without root.
// What it asks is the test's: rounds of questions, each shown or hidden as the answer is
// typed, and the answers it takes. It counts the sets of answers it got (never keeping the
// answers). Stopped when the object goes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lts::test {

struct KbdIntQuestion
{
    QString prompt; // as the server words it ("Verification code: ")
    bool echo = false; // whether the answer may be shown as it is typed
    QByteArray answer; // the one the server takes
};

class KbdIntServer
{
public:
    // The server lets `user` in once every round of `rounds` was answered right.
    KbdIntServer(QString user, QList<QList<KbdIntQuestion>> rounds);
    ~KbdIntServer();
    Q_DISABLE_COPY_MOVE(KbdIntServer)

    // Why no such server can run here (Debian's python3-paramiko is not installed), or
    // nothing: the one reason a test may skip for.
    static QString whyNoParamiko();
    // The server's title and words before the questions (before start()).
    void setWords(const QString &name, const QString &instruction);
    // Starts the server and waits until it listens; false with whyNot() when it cannot.
    bool start();
    QString whyNot() const { return m_whyNot; }

    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    // The folder served: "/" on the server.
    QString directory() const { return m_dir.filePath(QStringLiteral("served")); }
    // A known_hosts line that trusts this server.
    QByteArray knownHostsLine() const;
    // Each set of answers the server got, in order: "round R right" or "round R wrong".
    QStringList answered() const;
    // Stops (true) or resumes (false) the server, every connection with it: a server that
    // stops answering. Callable from any thread.
    void freeze(bool frozen);
    // What the server printed, for a failing test's message.
    QString log();

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_user;
    QList<QList<KbdIntQuestion>> m_rounds;
    QString m_name;
    QString m_instruction;
    QString m_whyNot;
    QString m_log;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

} // namespace lts::test
