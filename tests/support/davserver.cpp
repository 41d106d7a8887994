#include "davserver.h"

#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

namespace lts::test {

namespace {

const QString nginxDavModule = QStringLiteral("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so");

QString nginxPath()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                               { QStringLiteral("/usr/sbin") });
    return found;
}

} // namespace

DavServer::DavServer(Kind kind, QString user, QByteArray password)
    : m_kind(kind)
    , m_user(std::move(user))
    , m_password(std::move(password))
{ }

DavServer::~DavServer()
{
    stop();
}

void DavServer::stop()
{
    stopProcess(m_process);
}

QString DavServer::whyNot(Kind kind)
{
    if (kind == Kind::Rclone) {
        if (QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty())
            return QStringLiteral("rclone is not installed (Debian: apt-get install rclone)");
        return {};
    }
    if (nginxPath().isEmpty() || !QFileInfo::exists(nginxDavModule))
        return QStringLiteral("nginx with its WebDAV modules is not installed (Debian: apt-get "
                              "install nginx-light libnginx-mod-http-dav-ext)");
    return {};
}

QString DavServer::origin() const
{
    return QStringLiteral("%1://%2@127.0.0.1:%3")
            .arg(m_tls ? QStringLiteral("davs") : QStringLiteral("dav"), m_user)
            .arg(m_port);
}

QString DavServer::certificateFingerprint() const
{
    return test::certificateFingerprint(m_dir.filePath(QStringLiteral("cert.pem")));
}

bool DavServer::start()
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
    return m_kind == Kind::Rclone ? startRclone() : startNginx();
}

bool DavServer::startRclone()
{
    QStringList arguments{ QStringLiteral("serve"), QStringLiteral("webdav"), directory(),
                           QStringLiteral("--addr"),
                           // Port 0 the first time; the same port again on a restart.
                           QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--user"),
                           m_user, QStringLiteral("--pass"), QString::fromUtf8(m_password),
                           QStringLiteral("--config"), QStringLiteral("/dev/null"),
                           // The tests write the served folder behind its back too: nothing
                           // of it is cached.
                           QStringLiteral("--dir-cache-time"), QStringLiteral("0s") };
    if (m_tls) {
        if (!QFileInfo::exists(m_dir.filePath(QStringLiteral("cert.pem"))) && !makeCertificate())
            return false;
        arguments << QStringLiteral("--cert") << m_dir.filePath(QStringLiteral("cert.pem"))
                  << QStringLiteral("--key") << m_dir.filePath(QStringLiteral("key.pem"));
    }
    // Its cache and configuration in the temporary folder: it reads none of the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_process.setProcessEnvironment(env);
    // Port 0: the system picks a free one, and rclone logs the address it listens on.
    m_process.start(QStringLiteral("rclone"), arguments);
    static const QRegularExpression listening(
            QStringLiteral("started on \\[?https?://127\\.0\\.0\\.1:(\\d+)"));
    m_port = waitUntilListening(m_process, listening, m_log, m_whyNot);
    return m_port != 0;
}

bool DavServer::makeCertificate()
{
    m_whyNot = makeSelfSignedCertificate(m_dir.filePath(QStringLiteral("cert.pem")),
                                         m_dir.filePath(QStringLiteral("key.pem")));
    return m_whyNot.isEmpty();
}

bool DavServer::replaceCertificate()
{
    if (!m_tls || m_kind != Kind::Rclone) {
        m_whyNot = QStringLiteral("only rclone over TLS has a certificate to replace");
        return false;
    }
    stop();
    m_process.readAll(); // the first server's log: its port must not be read again
    m_log.clear();
    return makeCertificate() && startRclone();
}

bool DavServer::startNginx()
{
    // nginx takes no port 0: a free one is found first.
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_whyNot = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString dir = m_dir.path();
    QFile users(m_dir.filePath(QStringLiteral("htpasswd")));
    if (!users.open(QIODevice::WriteOnly)
        || users.write(m_user.toUtf8() + ":{PLAIN}" + m_password + '\n') <= 0) {
        m_whyNot = QStringLiteral("cannot write the password file");
        return false;
    }
    users.close();
    QDir().mkpath(m_dir.filePath(QStringLiteral("body")));
    const QString config
            = QStringLiteral("daemon off;\n"
                             "master_process off;\n"
                             "worker_processes 1;\n"
                             "pid %1/nginx.pid;\n"
                             "error_log %1/error.log info;\n"
                             "load_module %2;\n"
                             "events { worker_connections 64; }\n"
                             "http {\n"
                             "  access_log off;\n"
                             // Every temporary folder in the test's: the defaults are the system's.
                             "  client_body_temp_path %1/body;\n"
                             "  proxy_temp_path %1/proxy;\n"
                             "  fastcgi_temp_path %1/fastcgi;\n"
                             "  uwsgi_temp_path %1/uwsgi;\n"
                             "  scgi_temp_path %1/scgi;\n"
                             "  server {\n"
                             "    listen 127.0.0.1:%3;\n"
                             "    root %4;\n"
                             "    client_max_body_size 0;\n"
                             "    location / {\n"
                             "      dav_methods PUT DELETE MKCOL COPY MOVE;\n"
                             "      dav_ext_methods PROPFIND OPTIONS;\n"
                             "      create_full_put_path on;\n"
                             "      dav_access user:rw group:rw all:r;\n"
                             "      auth_basic \"LetThatSyncIn tests\";\n"
                             "      auth_basic_user_file %1/htpasswd;\n"
                             "    }\n"
                             "  }\n"
                             "}\n")
                      .arg(dir, nginxDavModule)
                      .arg(m_port)
                      .arg(directory());
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) <= 0) {
        m_whyNot = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    file.close();
    // nginx makes its pid file once it listens: that is what is waited for.
    const QString pidFile = m_dir.filePath(QStringLiteral("nginx.pid"));
    QFileSystemWatcher watcher({ dir });
    QEventLoop loop;
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_process.start(nginxPath(),
                    { QStringLiteral("-p"), dir, QStringLiteral("-c"),
                      m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                      m_dir.filePath(QStringLiteral("error.log")) });
    if (!m_process.waitForStarted(10000)) {
        m_whyNot = QStringLiteral("nginx did not start: ") + m_process.errorString();
        return false;
    }
    deadline.start(20000);
    while (!QFileInfo::exists(pidFile) && m_process.state() == QProcess::Running
           && deadline.isActive())
        loop.exec();
    if (!QFileInfo::exists(pidFile) || m_process.state() != QProcess::Running) {
        m_whyNot = QStringLiteral("nginx did not listen: ") + log();
        return false;
    }
    return true;
}

QString DavServer::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    if (m_kind == Kind::Nginx) {
        QFile errors(m_dir.filePath(QStringLiteral("error.log")));
        if (errors.open(QIODevice::ReadOnly))
            return m_log + QString::fromLocal8Bit(errors.readAll());
    }
    return m_log;
}

} // namespace lts::test
