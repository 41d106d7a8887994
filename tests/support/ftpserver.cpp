#include "ftpserver.h"

#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace lts::test {

namespace {

// Debian's own Python, where python3-pyftpdlib installs (not whichever python3 comes first on
// the PATH).
const QString python = QStringLiteral("/usr/bin/python3");
const QString vsftpd = QStringLiteral("/usr/sbin/vsftpd");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

FtpServer::FtpServer(Kind kind, Tls tls)
    : m_kind(kind)
    , m_tls(kind == Kind::Vsftpd ? tls : Tls::None)
{ }

FtpServer::~FtpServer()
{
    stop();
}

void FtpServer::stop()
{
    stopProcess(m_process);
}

bool FtpServer::replaceCertificate()
{
    if (m_kind != Kind::Vsftpd || m_tls == Tls::None) {
        m_whyNot = QStringLiteral("only vsftpd over TLS has a certificate to replace");
        return false;
    }
    stop();
    // startVsftpd() makes a certificate where there is none.
    if (!QFile::remove(m_dir.filePath(QStringLiteral("cert.pem")))) {
        m_whyNot = QStringLiteral("cannot remove the old certificate");
        return false;
    }
    return start();
}

QString FtpServer::whyNot(Kind kind)
{
    if (kind == Kind::Vsftpd) {
        if (!QFileInfo(vsftpd).isExecutable())
            return QStringLiteral("vsftpd is not installed (Debian: apt-get install vsftpd)");
        return {};
    }
    QProcess check;
    check.start(python, { QStringLiteral("-c"), QStringLiteral("import pyftpdlib") });
    if (!check.waitForFinished(30000) || check.exitStatus() != QProcess::NormalExit
        || check.exitCode() != 0)
        return QStringLiteral("pyftpdlib is not installed (Debian: apt-get install "
                              "python3-pyftpdlib)");
    return {};
}

QString FtpServer::user() const
{
    return m_kind == Kind::Pyftpdlib ? QStringLiteral("u") : QString();
}

QByteArray FtpServer::password() const
{
    return m_kind == Kind::Pyftpdlib ? QByteArray("p") : QByteArray();
}

QString FtpServer::origin() const
{
    const QString scheme = m_tls == Tls::Explicit   ? QStringLiteral("ftpes")
                           : m_tls == Tls::Implicit ? QStringLiteral("ftps")
                                                    : QStringLiteral("ftp");
    const QString login = user().isEmpty() ? QString() : user() + u'@';
    return scheme + QStringLiteral("://") + login + QStringLiteral("127.0.0.1:")
           + QString::number(m_port);
}

QString FtpServer::certificateFingerprint() const
{
    return test::certificateFingerprint(m_dir.filePath(QStringLiteral("cert.pem")));
}

bool FtpServer::start()
{
    if (const QString why = whyNot(m_kind); !why.isEmpty()) {
        m_whyNot = why;
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(directory())) {
        m_whyNot = QStringLiteral("no temporary folder");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    return m_kind == Kind::Pyftpdlib ? startPyftpdlib() : startVsftpd();
}

bool FtpServer::startPyftpdlib()
{
    QStringList arguments{ QStringLiteral(LTS_PYFTPDLIB_SERVER_SCRIPT), directory(), user(),
                           QString::fromUtf8(password()),
                           m_dir.filePath(QStringLiteral("pyftpdlib.log")) };
    if (m_port != 0)
        arguments << QString::number(m_port); // started again: where the client knows it
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_logCommands)
        environment.insert(QStringLiteral("LTS_PYFTPDLIB_LOG_COMMANDS"), QStringLiteral("1"));
    m_process.setProcessEnvironment(environment);
    m_process.start(python, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_whyNot = QStringLiteral("pyftpdlib did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (\\d+)"));
    m_log.clear();
    const std::optional<QRegularExpressionMatch> found = waitForLog(m_process, listening, m_log);
    if (!found) {
        m_whyNot = QStringLiteral("pyftpdlib did not listen: ") + log();
        return false;
    }
    m_port = quint16(found->captured(1).toUInt());
    return m_port != 0;
}

bool FtpServer::startVsftpd()
{
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    if (m_tls != Tls::None && !QFileInfo::exists(cert)) {
        if (const QString why = makeSelfSignedCertificate(cert, key, m_certificateKey);
            !why.isEmpty()) {
            m_whyNot = why;
            return false;
        }
    }
    // vsftpd takes no port 0: a free one is found first (kept when it is started again).
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0) {
        m_whyNot = QStringLiteral("no free port");
        return false;
    }
    QString config = QStringLiteral("listen=YES\n"
                                    "listen_ipv6=NO\n"
                                    "listen_address=127.0.0.1\n"
                                    "listen_port=%1\n"
                                    "background=NO\n"
                                    // As the user who starts it, without its privileged helper
                                    // or seccomp sandbox (which some containers refuse).
                                    "run_as_launching_user=YES\n"
                                    "seccomp_sandbox=NO\n"
                                    "local_enable=NO\n"
                                    "anonymous_enable=YES\n"
                                    "no_anon_password=YES\n"
                                    "anon_root=%2\n"
                                    "write_enable=YES\n"
                                    "anon_upload_enable=YES\n"
                                    "anon_mkdir_write_enable=YES\n"
                                    "anon_other_write_enable=YES\n"
                                    "anon_world_readable_only=NO\n"
                                    "anon_umask=022\n"
                                    "pasv_enable=YES\n"
                                    "pasv_address=127.0.0.1\n"
                                    "max_per_ip=0\n"
                                    "max_clients=0\n"
                                    "xferlog_enable=NO\n"
                                    "vsftpd_log_file=%3\n"
                                    "utf8_filesystem=YES\n")
                             .arg(m_port)
                             .arg(directory())
                             .arg(m_dir.filePath(QStringLiteral("vsftpd.log")));
    if (m_logCommands) {
        // vsftpd writes its log file only with xferlog_enable.
        config.replace(QStringLiteral("xferlog_enable=NO\n"),
                       QStringLiteral("xferlog_enable=YES\n"));
        config += QStringLiteral("log_ftp_protocol=YES\n");
    }
    if (m_tls != Tls::None) {
        config += QStringLiteral("ssl_enable=YES\n"
                                 "allow_anon_ssl=YES\n"
                                 "force_anon_logins_ssl=YES\n"
                                 "force_anon_data_ssl=YES\n"
                                 // The data connection must resume the control connection's
                                 // TLS session (what a stolen data connection cannot).
                                 "require_ssl_reuse=YES\n"
                                 "rsa_cert_file=%1\n"
                                 "rsa_private_key_file=%2\n")
                          .arg(cert, key);
        if (m_tls == Tls::Implicit)
            config += QStringLiteral("implicit_ssl=YES\n");
    }
    const QString configFile = m_dir.filePath(QStringLiteral("vsftpd.conf"));
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) <= 0) {
        m_whyNot = QStringLiteral("cannot write vsftpd.conf");
        return false;
    }
    file.close();
    m_process.start(vsftpd, { configFile });
    if (!m_process.waitForStarted(10000)) {
        m_whyNot = QStringLiteral("vsftpd did not start: ") + m_process.errorString();
        return false;
    }
    // It says nothing when it listens: the port is asked until it answers, as QTRY_VERIFY asks
    // a condition. Over implicit TLS its "220" comes only after a handshake: a connection it
    // takes is enough then.
    const QDeadlineTimer deadline(20000);
    while (m_process.state() == QProcess::Running && !deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(int(deadline.remainingTime())))
            return true;
        QTest::qWait(10); // events go on meanwhile, as in QTRY_VERIFY
    }
    m_whyNot = QStringLiteral("vsftpd did not listen: ") + log();
    return false;
}

int FtpServer::commandsSent(const QString &command)
{
    // pyftpdlib: `... <- STOR /t/a`; vsftpd: `... FTP command: Client "127.0.0.1", "STOR /t/a"`.
    const bool vsftpd = m_kind == Kind::Vsftpd;
    QFile file(m_dir.filePath(vsftpd ? QStringLiteral("vsftpd.log")
                                     : QStringLiteral("pyftpdlib.log")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray sent
            = (vsftpd ? QByteArray("FTP command: Client \"127.0.0.1\", \"") : QByteArray("<- "))
              + command.toUtf8();
    int count = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype at = line.indexOf(sent);
        const qsizetype after = at + sent.size();
        if (at >= 0
            && (after == line.size() || line.at(after) == ' ' || line.at(after) == '\r'
                || line.at(after) == '"'))
            ++count;
    }
    return count;
}

QString FtpServer::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    {
        QFile file(m_dir.filePath(m_kind == Kind::Vsftpd ? QStringLiteral("vsftpd.log")
                                                         : QStringLiteral("pyftpdlib.log")));
        if (file.open(QIODevice::ReadOnly))
            return m_log + QString::fromLocal8Bit(file.readAll());
    }
    return m_log;
}

} // namespace lts::test
