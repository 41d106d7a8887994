#include "uploadserver.h"

#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lts::test {

namespace {

QString script()
{
    return QStringLiteral(LTS_TEST_SUPPORT_DIR "/uploadform.py");
}

} // namespace

UploadServer::UploadServer() = default;

UploadServer::~UploadServer()
{
    stop();
}

QString UploadServer::whyNot()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        return QStringLiteral("python3 is not installed (Debian: apt-get install python3)");
    return {};
}

void UploadServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // a request it hangs on would keep it from ending on its own
    m_process.waitForFinished(10000);
}

bool UploadServer::start()
{
    if (const QString why = whyNot(); !why.isEmpty()) {
        m_whyNot = why;
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(directory())) {
        m_whyNot = QStringLiteral("no temporary folder");
        return false;
    }
    QStringList arguments{ script(), QStringLiteral("--dir"), directory(), QStringLiteral("--log"),
                           m_dir.filePath(QStringLiteral("requests.log")) };
    if (m_tls) {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        if (const QString why = makeSelfSignedCertificate(cert, key); !why.isEmpty()) {
            m_whyNot = why;
            return false;
        }
        arguments << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
    }
    if (m_port != 0)
        arguments << QStringLiteral("--port") << QString::number(m_port); // started again
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("python3"), arguments + m_arguments);
    static const QRegularExpression listening(
            QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    m_port = waitUntilListening(m_process, listening, m_log, m_whyNot);
    return m_port != 0;
}

bool UploadServer::replaceCertificate()
{
    if (!m_tls) {
        m_whyNot = QStringLiteral("only a form over TLS has a certificate to replace");
        return false;
    }
    stop();
    m_process.readAll(); // the first server's log: its port must not be read again
    m_log.clear();
    return start(); // a certificate of its own each start
}

QString UploadServer::location() const
{
    return QStringLiteral("%1://127.0.0.1:%2/upload")
            .arg(m_tls ? QStringLiteral("post+https") : QStringLiteral("post+http"))
            .arg(m_port);
}

QString UploadServer::certificateFingerprint() const
{
    return test::certificateFingerprint(m_dir.filePath(QStringLiteral("cert.pem")));
}

QList<QJsonObject> UploadServer::requests() const
{
    QList<QJsonObject> found;
    QFile file(m_dir.filePath(QStringLiteral("requests.log")));
    if (!file.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            found.append(QJsonDocument::fromJson(line).object());
    }
    return found;
}

QStringList UploadServer::stored() const
{
    QStringList names;
    for (const QJsonObject &request : requests()) {
        const int status = request.value(QStringLiteral("status")).toInt();
        if (status >= 200 && status < 300)
            names.append(request.value(QStringLiteral("file")).toString());
    }
    return names;
}

QString UploadServer::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAll());
    return m_log;
}

} // namespace lts::test
