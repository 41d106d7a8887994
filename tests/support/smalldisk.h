// Helpers of the tests that start the real executable under adversity: signals to it, and
// small filesystems of the test's own (a tmpfs in a user namespace, no root needed).
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <csignal>
#include <sys/statvfs.h>

namespace lts::test {

// Never kill(0, ...): that would signal the test's own process group.
inline void sendSignal(const QProcess &process, int signal)
{
    if (process.state() == QProcess::Running && process.processId() > 0)
        ::kill(pid_t(process.processId()), signal);
}

// Why small filesystems of the test's own cannot be mounted here (user namespaces and tmpfs,
// with util-linux's unshare), or nothing when they can.
inline QString whyNoSmallDisks()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return QStringLiteral("unshare (util-linux) is not installed");
    QProcess probe;
    probe.start(unshare, { QStringLiteral("-Urm"), QStringLiteral("true") });
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
        return QStringLiteral("this system allows no user namespaces, so the test cannot mount a "
                              "small filesystem");
    return {};
}

// A tmpfs of `size` mounted in a user namespace of its own, no root needed, and reached from
// outside it through /proc/PID/root, for as long as the object lives.
class SmallDisk
{
public:
    SmallDisk(const QString &mountPoint, const QString &size)
        : m_mountPoint(mountPoint)
    {
        QDir().mkpath(mountPoint);
        m_holder.setProgram(QStandardPaths::findExecutable(QStringLiteral("unshare")));
        m_holder.setArguments(
                { QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("mount -t tmpfs -o size=%1 tmpfs \"$1\" && echo mounted && read "
                                 "line")
                          .arg(size),
                  QStringLiteral("sh"), mountPoint });
        m_holder.start();
    }
    ~SmallDisk()
    {
        m_holder.closeWriteChannel();
        if (!m_holder.waitForFinished(10000))
            m_holder.kill();
    }

    bool waitUntilMounted()
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_out.contains("mounted") && waited.elapsed() < 30000
               && m_holder.state() != QProcess::NotRunning) {
            m_holder.waitForReadyRead(100);
            m_out += m_holder.readAllStandardOutput();
        }
        return m_out.contains("mounted");
    }
    // The mount point as this process reaches it.
    QString path() const
    {
        return QStringLiteral("/proc/%1/root%2").arg(m_holder.processId()).arg(m_mountPoint);
    }
    qint64 available() const
    {
        struct statvfs fs;
        if (::statvfs(QFile::encodeName(path()).constData(), &fs) != 0)
            return -1;
        return qint64(fs.f_bavail) * qint64(fs.f_frsize);
    }

private:
    QString m_mountPoint;
    QProcess m_holder;
    QByteArray m_out;
};

} // namespace lts::test
