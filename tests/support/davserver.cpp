#include "davserver.h"

#include "serverprocess.h"

#include <QCryptographicHash>
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

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace lts::test {

namespace {

const QString nginxDavModule = QStringLiteral("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so");

const QString apachePath = QStringLiteral("/usr/sbin/apache2");
const QString apacheModules = QStringLiteral("/usr/lib/apache2/modules");

// An executable looked for in PATH, and in /usr/sbin, which a normal user's PATH may lack.
QString systemExecutable(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
                name, { QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin") });
    return found;
}

bool runsAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString setprivPath()
{
    return systemExecutable(QStringLiteral("setpriv"));
}

QString nginxPath()
{
    return systemExecutable(QStringLiteral("nginx"));
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
    if (kind == Kind::Apache) {
        if (!QFileInfo::exists(apachePath)
            || !QFileInfo::exists(apacheModules + QStringLiteral("/mod_dav_fs.so")))
            return QStringLiteral("Apache is not installed (Debian: apt-get install apache2-bin)");
        if (runsAsRoot() && setprivPath().isEmpty())
            return QStringLiteral("setpriv, which starts Apache as root, is not installed "
                                  "(Debian: apt-get install util-linux)");
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
    if ((m_tls && m_kind != Kind::Rclone) || (m_digest && m_kind != Kind::Apache)) {
        m_whyNot = QStringLiteral("TLS is rclone's here, and Digest Apache's");
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(directory())) {
        m_whyNot = QStringLiteral("no temporary folder");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    switch (m_kind) {
    case Kind::Rclone:
        return startRclone();
    case Kind::Nginx:
        return startNginx();
    case Kind::Apache:
        return startApache();
    }
    return false;
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
    if (!pickPort())
        return false;
    const QString dir = m_dir.path();
    if (!writeFile(QStringLiteral("htpasswd"), m_user.toUtf8() + ":{PLAIN}" + m_password + '\n'))
        return false;
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
    if (!writeFile(QStringLiteral("nginx.conf"), config.toUtf8()))
        return false;
    m_process.setProgram(nginxPath());
    m_process.setArguments({ QStringLiteral("-p"), dir, QStringLiteral("-c"),
                             m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                             m_dir.filePath(QStringLiteral("error.log")) });
    return startUntilPidFile(QStringLiteral("nginx.pid"));
}

bool DavServer::startApache()
{
    if (!pickPort())
        return false;
    const QString dir = m_dir.path();
    // The password as the server keeps it: Apache reads no plain passwords on Unix. For Basic
    // its SHA-1 ({SHA}), for Digest the hash of user, realm and password (what htdigest writes).
    const QByteArray realm = "LetThatSyncIn tests";
    const QByteArray user = m_user.toUtf8();
    QByteArray users;
    if (m_digest) {
        const QByteArray secret = user + ':' + realm + ':' + m_password;
        users = user + ':' + realm + ':'
                + QCryptographicHash::hash(secret, QCryptographicHash::Md5).toHex();
    } else {
        users = user + ":{SHA}"
                + QCryptographicHash::hash(m_password, QCryptographicHash::Sha1).toBase64();
    }
    if (!writeFile(QStringLiteral("users"), users + '\n'))
        return false;
    const QString login = m_digest ? QStringLiteral("    AuthType Digest\n"
                                                    "    AuthDigestProvider file\n"
                                                    "    AuthDigestDomain /\n")
                                   : QStringLiteral("    AuthType Basic\n"
                                                    "    AuthBasicProvider file\n");
    const QString config
            = QStringLiteral("ServerRoot \"%1\"\n"
                             "ServerName 127.0.0.1\n"
                             "Listen 127.0.0.1:%2\n"
                             // Everything it keeps in the test's folder: the defaults are the
                             // system's (/var/run/apache2, /var/lock/apache2).
                             "PidFile \"%1/httpd.pid\"\n"
                             "DefaultRuntimeDir \"%1\"\n"
                             "ErrorLog \"%1/error.log\"\n"
                             "LogLevel info\n"
                             "LoadModule mpm_event_module %3/mod_mpm_event.so\n"
                             // Few threads: the tests' connections are a few dozens at most.
                             "StartServers 1\n"
                             "ServerLimit 4\n"
                             "ThreadsPerChild 16\n"
                             "MaxRequestWorkers 64\n"
                             "MinSpareThreads 16\n"
                             "MaxSpareThreads 64\n"
                             "LoadModule authn_core_module %3/mod_authn_core.so\n"
                             "LoadModule authn_file_module %3/mod_authn_file.so\n"
                             "LoadModule authz_core_module %3/mod_authz_core.so\n"
                             "LoadModule authz_user_module %3/mod_authz_user.so\n"
                             "LoadModule auth_basic_module %3/mod_auth_basic.so\n"
                             "LoadModule auth_digest_module %3/mod_auth_digest.so\n"
                             // As Debian has it on: a folder's name without '/' is redirected.
                             "LoadModule dir_module %3/mod_dir.so\n"
                             "LoadModule dav_module %3/mod_dav.so\n"
                             "LoadModule dav_fs_module %3/mod_dav_fs.so\n"
                             "DavLockDB \"%1/davlock\"\n"
                             "DocumentRoot \"%4\"\n"
                             "<Directory />\n"
                             "    AllowOverride None\n"
                             "    Require all denied\n"
                             "</Directory>\n"
                             "<Directory \"%4\">\n"
                             "    Dav On\n"
                             "    AuthName \"%5\"\n"
                             "%6"
                             "    AuthUserFile \"%1/users\"\n"
                             "    Require valid-user\n"
                             "</Directory>\n")
                      .arg(dir)
                      .arg(m_port)
                      .arg(apacheModules, directory(), QString::fromUtf8(realm), login);
    if (!writeFile(QStringLiteral("httpd.conf"), config.toUtf8()))
        return false;
    const QStringList apache{ apachePath, QStringLiteral("-f"),
                              m_dir.filePath(QStringLiteral("httpd.conf")),
                              QStringLiteral("-DFOREGROUND") };
    if (!runsAsRoot()) {
        m_process.setProgram(apache.constFirst());
        m_process.setArguments(apache.mid(1));
    } else {
        // Apache refuses to serve as root (`User root` and `User #0` are errors, and without
        // `User` its children become uid -1 and fail). A test that stayed root (its build
        // folder is closed to nobody, support/testmain.h) starts it as nobody, keeping only the
        // right to read and write every file: the test's folder is root's (0700), and so are
        // the files a test writes there behind the server's back.
        m_process.setProgram(setprivPath());
        m_process.setArguments(QStringList{ QStringLiteral("--reuid=65534"),
                                            QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"),
                                            QStringLiteral("--inh-caps=+dac_override,+fowner"),
                                            QStringLiteral("--ambient-caps=+dac_override,+fowner"),
                                            QStringLiteral("--") }
                               + apache);
    }
    return startUntilPidFile(QStringLiteral("httpd.pid"));
}

bool DavServer::pickPort()
{
    // nginx and Apache take no port 0: a free one is found first.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_whyNot = QStringLiteral("no free port");
        return false;
    }
    m_port = probe.serverPort();
    return true;
}

bool DavServer::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        m_whyNot = QStringLiteral("cannot write ") + file.fileName();
        return false;
    }
    return true;
}

bool DavServer::startUntilPidFile(const QString &pidName)
{
    // nginx and Apache make their pid files once they listen: that is what is waited for.
    const QString name = QFileInfo(m_process.program()).fileName();
    const QString pidFile = m_dir.filePath(pidName);
    QFileSystemWatcher watcher({ m_dir.path() });
    QEventLoop loop;
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_whyNot = name + QStringLiteral(" did not start: ") + m_process.errorString();
        return false;
    }
    deadline.start(20000);
    while (!QFileInfo::exists(pidFile) && m_process.state() == QProcess::Running
           && deadline.isActive())
        loop.exec();
    if (!QFileInfo::exists(pidFile) || m_process.state() != QProcess::Running) {
        m_whyNot = name + QStringLiteral(" did not listen: ") + log();
        return false;
    }
    return true;
}

QString DavServer::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    if (m_kind != Kind::Rclone) {
        QFile errors(m_dir.filePath(QStringLiteral("error.log")));
        if (errors.open(QIODevice::ReadOnly))
            return m_log + QString::fromLocal8Bit(errors.readAll());
    }
    return m_log;
}

} // namespace lts::test
