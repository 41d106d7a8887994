#include "progressreporter.h"

#include <QFile>

namespace lts {

namespace {
constexpr qint64 reportEveryMs = 100;
}

ProgressReporter::ProgressReporter(std::function<void(const SyncProgress &)> callback)
    : m_callback(std::move(callback))
{
    m_sinceReport.start();
}

void ProgressReporter::setTotals(std::int64_t files, std::int64_t bytes, bool scanning)
{
    {
        const std::lock_guard lock(m_mutex);
        m_progress.filesTotal = files;
        m_progress.bytesTotal = bytes;
        m_progress.scanning = scanning;
    }
    maybeReport(false);
}

void ProgressReporter::addBytes(std::int64_t bytes)
{
    m_bytesDone += bytes;
    maybeReport(false);
}

void ProgressReporter::fileDone(const QByteArray &path)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_progress.filesDone;
        if (!path.isEmpty())
            m_progress.currentFile = QFile::decodeName(path);
    }
    maybeReport(false);
}

void ProgressReporter::setCurrent(const QByteArray &path)
{
    const std::lock_guard lock(m_mutex);
    m_progress.currentFile = QFile::decodeName(path);
}

void ProgressReporter::flush()
{
    maybeReport(true);
}

void ProgressReporter::maybeReport(bool force)
{
    if (!m_callback)
        return;
    // Under the lock: the callback is never called from two threads at once.
    const std::lock_guard lock(m_mutex);
    if (!force && m_sinceReport.elapsed() < reportEveryMs)
        return;
    m_sinceReport.restart();
    m_progress.bytesDone = m_bytesDone;
    m_callback(m_progress);
}

} // namespace lts
