// ProgressReporter: collects the progress of a run from the threads that copy, and passes
// it on to the job's callback at most ten times a second.
#pragma once

#include "syncjob.h"

#include <QElapsedTimer>

#include <atomic>
#include <mutex>

namespace lts {

class ProgressReporter final
{
public:
    explicit ProgressReporter(std::function<void(const SyncProgress &)> callback);

    void setTotals(std::int64_t files, std::int64_t bytes, bool scanning);
    void addBytes(std::int64_t bytes);
    void fileDone(const QByteArray &path);
    void setCurrent(const QByteArray &path);
    // Reports now, not only when enough time has passed (the end of a phase).
    void flush();

private:
    void maybeReport(bool force);

    std::function<void(const SyncProgress &)> m_callback;
    std::mutex m_mutex;
    SyncProgress m_progress;
    std::atomic<std::int64_t> m_bytesDone{ 0 };
    QElapsedTimer m_sinceReport;
};

} // namespace lts
