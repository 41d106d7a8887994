#include "rcloneconfig.h"

#include "davserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace lts::test {

RcloneConfig &RcloneConfig::shared()
{
    static RcloneConfig config;
    return config;
}

RcloneConfig::RcloneConfig()
{
    static QTemporaryDir dir; // removed when the test process ends
    m_file = dir.filePath(QStringLiteral("rclone.conf"));
    qputenv("RCLONE_CONFIG", QFile::encodeName(m_file));
    append("[disk]\ntype = local\n");
    append("[foldingdisk]\ntype = local\ncase_insensitive = true\n");
}

bool RcloneConfig::append(const QByteArray &section)
{
    QFile file(m_file);
    if (!file.open(QIODevice::Append))
        return false;
    return file.write("\n" + section) == section.size() + 1;
}

QString RcloneConfig::addWebDav(const DavServer &server, quint16 port)
{
    QProcess obscure;
    obscure.start(QStringLiteral("rclone"),
                  { QStringLiteral("obscure"), QString::fromUtf8(server.password()) });
    if (!obscure.waitForFinished(20000) || obscure.exitCode() != 0)
        return {};
    if (port == 0)
        port = server.port();
    const QString name = QStringLiteral("dav%1").arg(port);
    const QByteArray section = "[" + name.toUtf8() + "]\ntype = webdav\nurl = http://127.0.0.1:"
                               + QByteArray::number(port)
                               + "\nvendor = other\nuser = " + server.user().toUtf8()
                               + "\npass = " + obscure.readAllStandardOutput().trimmed() + "\n";
    return append(section) ? name : QString();
}

} // namespace lts::test
