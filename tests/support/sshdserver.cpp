#include "sshdserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lts::test {

namespace {

const QString sshd = QStringLiteral("/usr/sbin/sshd");

// A port nothing listens on right now: bound to 0 and let go again.
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

SshdServer::SshdServer() = default;

SshdServer::~SshdServer()
{
    stop();
}

QString SshdServer::user() const
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

bool SshdServer::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_whyNot = program + QStringLiteral(" failed: ")
                   + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    return true;
}

bool SshdServer::replaceHostKey()
{
    QFile::remove(m_dir.filePath(QStringLiteral("hostkey")));
    QFile::remove(m_dir.filePath(QStringLiteral("hostkey.pub")));
    return run(QStringLiteral("ssh-keygen"),
               { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                 QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                 m_dir.filePath(QStringLiteral("hostkey")) });
}

bool SshdServer::writeConfig()
{
    // UsePAM yes, not no: without PAM, sshd refuses every account whose password is locked
    // ("nobody", and root in containers), and the tests log in as one of them. An sshd that
    // does not run as root lets only its own user in, and needs no /run/sshd.
    QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    const QString text
            = QStringLiteral("ListenAddress 127.0.0.1\n"
                             "Port %1\n"
                             "HostKey %2\n"
                             "PidFile none\n"
                             "AuthorizedKeysFile %3\n"
                             "UsePAM yes\n"
                             "PrintMotd no\n"
                             "StrictModes no\n"
                             "PermitRootLogin prohibit-password\n"
                             "Subsystem sftp internal-sftp\n"
                             "%4\n")
                      .arg(m_port)
                      .arg(m_dir.filePath(QStringLiteral("hostkey")),
                           m_dir.filePath(QStringLiteral("authorized_keys")), m_extraConfig);
    return config.write(text.toUtf8()) > 0;
}

QString SshdServer::addClientKey(const QString &name, const QString &passphrase)
{
    const QString key = m_dir.filePath(name);
    if (!run(QStringLiteral("ssh-keygen"),
             { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
               QStringLiteral("-N"), passphrase, QStringLiteral("-f"), key }))
        return {};
    // sshd reads the authorized keys at each login: no restart.
    QFile publicKey(key + QStringLiteral(".pub"));
    QFile authorized(m_dir.filePath(QStringLiteral("authorized_keys")));
    if (!publicKey.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append)
        || authorized.write(publicKey.readAll()) <= 0) {
        m_whyNot = QStringLiteral("cannot authorize ") + key;
        return {};
    }
    return key;
}

QString SshdServer::whyNoSshd()
{
    if (!QFileInfo(sshd).isExecutable())
        return QStringLiteral("OpenSSH's sshd is not installed (Debian: apt-get install "
                              "openssh-server)");
    return {};
}

bool SshdServer::start()
{
    if (const QString why = whyNoSshd(); !why.isEmpty()) {
        m_whyNot = why;
        return false;
    }
    if (!m_dir.isValid()) {
        m_whyNot = QStringLiteral("no temporary folder");
        return false;
    }
    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation, as root
    if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("hostkey"))) && !replaceHostKey())
        return false;
    if (!QFileInfo::exists(clientKey())) {
        if (!run(QStringLiteral("ssh-keygen"),
                 { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                   QStringLiteral("-N"), QString(), QStringLiteral("-f"), clientKey() }))
            return false;
        QFile::copy(clientKey() + QStringLiteral(".pub"),
                    m_dir.filePath(QStringLiteral("authorized_keys")));
    }
    return restart();
}

bool SshdServer::restart(bool samePort)
{
    stop();
    if (!samePort || m_port == 0)
        m_port = freePort();
    if (m_port == 0 || !writeConfig()) {
        m_whyNot = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    m_log.clear();
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.setReadChannel(QProcess::StandardOutput); // sshd -e logs to stderr, merged into it
    m_sshd.start(sshd, { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                         m_dir.filePath(QStringLiteral("sshd_config")) });
    if (!m_sshd.waitForStarted(10000)) {
        m_whyNot = QStringLiteral("sshd did not start: ") + m_sshd.errorString();
        return false;
    }
    // Ready when it says so; it says so once it listens.
    const QDeadlineTimer deadline(10000);
    while (!log().contains(u"Server listening")) {
        if (m_sshd.state() != QProcess::Running || deadline.hasExpired()) {
            m_whyNot = QStringLiteral("sshd did not listen: ") + log();
            stop();
            return false;
        }
        m_sshd.waitForReadyRead(int(deadline.remainingTime()));
    }
    return true;
}

void SshdServer::stop()
{
    if (m_sshd.state() == QProcess::NotRunning)
        return;
    freezeConnections(false); // a stopped connection would not end with its listener
    m_sshd.terminate();
    if (!m_sshd.waitForFinished(10000)) {
        m_sshd.kill();
        m_sshd.waitForFinished(10000);
    }
}

QList<qint64> SshdServer::connectionProcesses() const
{
    if (m_sshd.state() != QProcess::Running)
        return {};
    // Every descendant of the listener, found through /proc's parent ids.
    QList<qint64> parents{ m_sshd.processId() };
    QList<qint64> found;
    for (bool more = true; more;) {
        more = false;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool isNumber = false;
            const qint64 pid = entry.toLongLong(&isNumber);
            if (!isNumber || found.contains(pid))
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (name) state ppid ...": the name may hold spaces, the last ')' ends it.
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && parents.contains(fields[1].toLongLong())) {
                found.append(pid);
                parents.append(pid);
                more = true;
            }
        }
    }
    return found;
}

void SshdServer::freezeConnections(bool frozen)
{
    for (const qint64 pid : connectionProcesses())
        ::kill(pid_t(pid), frozen ? SIGSTOP : SIGCONT);
}

void SshdServer::dropConnections()
{
    for (const qint64 pid : connectionProcesses())
        ::kill(pid_t(pid), SIGKILL);
}

QString SshdServer::log()
{
    m_log += QString::fromLocal8Bit(m_sshd.readAllStandardOutput());
    return m_log;
}

QByteArray SshdServer::hostPublicKey() const
{
    QFile key(m_dir.filePath(QStringLiteral("hostkey.pub")));
    if (!key.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = key.readAll().trimmed().split(' ');
    return parts.size() >= 2 ? parts[0] + ' ' + parts[1] : QByteArray();
}

QByteArray SshdServer::knownHostsLine() const
{
    return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + hostPublicKey() + '\n';
}

QString SshdServer::hostFingerprint() const
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                   QStringLiteral("-f"), m_dir.filePath(QStringLiteral("hostkey.pub")) });
    if (!keygen.waitForFinished(30000))
        return {};
    const QList<QByteArray> parts = keygen.readAllStandardOutput().split(' ');
    return parts.size() >= 2 ? QString::fromLatin1(parts[1]) : QString();
}

} // namespace lts::test
