#include "drivestats.h"

#include "planner.h"
#include "syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lts {

namespace {

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    const double seconds = std::max<double>(double(nanoseconds), 1.0) / 1e9;
    return std::round(double(bytes) / double(1 << 20) / seconds * 10.0) / 10.0;
}

// Tells the system the file's cached pages are not needed, so the read that follows comes
// from the disk and measures it, not the memory.
void dropFromCache(QFile &file)
{
#if defined(Q_OS_LINUX)
    ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED);
#else
    Q_UNUSED(file);
#endif
}

Result<QJsonObject> measureIn(const QString &folder, const QString &targetFolder, qint64 bytes,
                              const CancelToken &cancel)
{
    QTemporaryFile file(QDir(folder).filePath(QStringLiteral("speedtest-XXXXXX")));
    if (!file.open())
        return Error{ QStringLiteral("Target Not Writable"),
                      DriveStats::tr("Cannot write the speed test file in %1: %2")
                              .arg(QDir::toNativeSeparators(targetFolder), file.errorString()) };
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < block.size(); ++i)
        block[i] = char(i * 131 + 7); // not all zeros: no filesystem compresses it away
    QElapsedTimer timer;
    timer.start();
    for (qint64 written = 0; written < bytes;) {
        if (cancel.isCanceled())
            return Error{ QStringLiteral("Cancelled"),
                          DriveStats::tr("The speed test was cancelled.") };
        const qint64 size = std::min<qint64>(block.size(), bytes - written);
        if (file.write(block.constData(), size) != size)
            return Error{ QStringLiteral("Disk Full"),
                          DriveStats::tr("The speed test could not write to %1: %2")
                                  .arg(QDir::toNativeSeparators(targetFolder),
                                       file.errorString()) };
        written += size;
    }
    if (!file.flush())
        return Error{ QStringLiteral("Disk Full"), file.errorString() };
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#endif
    const qint64 writeNs = timer.nsecsElapsed();

    dropFromCache(file);
    file.seek(0);
    timer.restart();
    qint64 read = 0;
    while (!file.atEnd()) {
        const qint64 n = file.read(block.data(), block.size());
        if (n <= 0)
            break;
        read += n;
    }
    const qint64 readNs = timer.nsecsElapsed();
    return QJsonObject{ { QStringLiteral("WriteMBps"), megabytesPerSecond(bytes, writeNs) },
                        { QStringLiteral("ReadMBps"), megabytesPerSecond(read, readNs) } };
}

Result<QJsonObject> measure(const QString &targetFolder, qint64 bytes, const CancelToken &cancel)
{
    // Only a drive's first run creates its target: made here, it could be the empty mount
    // point of a disk that is not plugged in, and the test would measure the wrong disk.
    if (!QFileInfo(targetFolder).isDir())
        return Error{ SyncEngine::targetUnavailable,
                      DriveStats::tr("The target folder %1 does not exist yet; the drive's first "
                                     "run creates it.")
                              .arg(QDir::toNativeSeparators(targetFolder)) };
    // In the application's own folder of the target, which runs never sync or delete. A
    // folder made for the test alone goes with its file: the test leaves nothing behind.
    const QString folder
            = QDir(targetFolder).filePath(QFile::decodeName(EntryFilter::appFolderName));
    const bool madeFolder = !QFileInfo::exists(folder) && QDir().mkdir(folder);
    Result<QJsonObject> measured = measureIn(folder, targetFolder, bytes, cancel);
    if (madeFolder)
        QDir().rmdir(folder);
    return measured;
}

} // namespace

QJsonObject DriveStats::volume(const LocationFacts &facts)
{
    return { { QStringLiteral("Available"), facts.bytesAvailable },
             { QStringLiteral("Total"), facts.bytesTotal },
             { QStringLiteral("FileSystem"), facts.fileSystem },
             { QStringLiteral("ReadOnly"), facts.readOnly } };
}

std::optional<QFuture<Result<QJsonObject>>> SpeedTests::start(const QString &targetFolder,
                                                              const CancelToken &cancel)
{
    {
        const QMutexLocker lock(&m_running->mutex);
        if (m_running->folders.contains(targetFolder))
            return std::nullopt;
        m_running->folders.insert(targetFolder);
    }
    // The folder is free again when the task goes, which a future cancelled before the task
    // started leaves without calling the function at all.
    struct Claim
    {
        Claim(std::shared_ptr<Running> r, QString f)
            : running(std::move(r))
            , folder(std::move(f))
        { }
        Q_DISABLE_COPY_MOVE(Claim)
        std::shared_ptr<Running> running;
        QString folder;
        ~Claim()
        {
            const QMutexLocker lock(&running->mutex);
            running->folders.remove(folder);
        }
    };
    auto claim = std::make_shared<Claim>(m_running, targetFolder);
    return QtConcurrent::run(
            [claim, cancel] { return measure(claim->folder, DriveStats::speedTestBytes, cancel); });
}

} // namespace lts
