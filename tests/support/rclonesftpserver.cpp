#include "rclonesftpserver.h"

#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lts::test {

RcloneSftpServer::RcloneSftpServer(QString user, QByteArray password)
    : m_user(std::move(user))
    , m_password(std::move(password))
{ }

RcloneSftpServer::~RcloneSftpServer()
{
    stopProcess(m_rclone);
}

QString RcloneSftpServer::whyNoRclone()
{
    if (QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty())
        return QStringLiteral("rclone is not installed (Debian: apt-get install rclone)");
    return {};
}

bool RcloneSftpServer::start()
{
    if (const QString why = whyNoRclone(); !why.isEmpty()) {
        m_whyNot = why;
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(directory())) {
        m_whyNot = QStringLiteral("no temporary folder");
        return false;
    }
    const QString hostKey = m_dir.filePath(QStringLiteral("hostkey"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                   QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey });
    if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
        m_whyNot = QStringLiteral("ssh-keygen failed: ")
                   + QString::fromLocal8Bit(keygen.readAllStandardError());
        return false;
    }
    // Its home, cache and configuration in the temporary folder: it reads none of the user's
    // (an empty list of authorized keys: a login is the password's).
    const QString noKeys = m_dir.filePath(QStringLiteral("authorized_keys"));
    if (QFile empty(noKeys); !empty.open(QIODevice::WriteOnly)) {
        m_whyNot = QStringLiteral("cannot write ") + noKeys;
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_rclone.setProcessEnvironment(env);
    m_rclone.setProcessChannelMode(QProcess::MergedChannels);
    // Port 0: the system picks a free one, and rclone logs the address it listens on.
    m_rclone.start(QStringLiteral("rclone"),
                   { QStringLiteral("serve"), QStringLiteral("sftp"), directory(),
                     QStringLiteral("--addr"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--user"), m_user, QStringLiteral("--pass"),
                     QString::fromUtf8(m_password), QStringLiteral("--key"), hostKey,
                     QStringLiteral("--authorized-keys"), noKeys, QStringLiteral("--config"),
                     QStringLiteral("/dev/null") });
    static const QRegularExpression listening(
            QStringLiteral("SFTP server listening on 127\\.0\\.0\\.1:(\\d+)"));
    m_port = waitUntilListening(m_rclone, listening, m_log, m_whyNot);
    return m_port != 0;
}

QString RcloneSftpServer::log()
{
    m_log += QString::fromLocal8Bit(m_rclone.readAll());
    return m_log;
}

QByteArray RcloneSftpServer::knownHostsLine() const
{
    QFile key(m_dir.filePath(QStringLiteral("hostkey.pub")));
    if (!key.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = key.readAll().trimmed().split(' ');
    if (parts.size() < 2)
        return {};
    return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts[0] + ' ' + parts[1] + '\n';
}

} // namespace lts::test
