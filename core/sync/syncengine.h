// SyncEngine: runs one sync of a source folder to a target folder on its own thread, with
// progress, cancellation and a report: the roots are checked, the trees scanned and
// compared, the safety rules applied, and only then is anything changed.
#pragma once

#include "syncjob.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QFuture>

#include <chrono>

namespace lts {

class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(lts::SyncEngine)

public:
    // job.cancel.cancel() stops the run between files, or inside a large one; it removes its
    // temporary files and reports Cancelled. future.cancel() stops it too, but a cancelled
    // QFuture carries no result.
    // Each run has a thread of its own that nobody waits for (DetachedThreads): a run stuck
    // in a call to a folder that does not answer holds only that thread, and its caller may
    // abandon it; the next runs, and the engine's destructor, never wait for it.
    QFuture<SyncReport> run(SyncJob job);

    // A cancelled run ends within this time unless it is stuck in such a call: past it, the
    // caller stops waiting and reports the run as cancelled itself.
    static constexpr std::chrono::milliseconds cancelGrace{ 1000 };

    // Whether a run could start now: the source is a readable folder, and the target exists
    // on the volume it was recorded on (or, before the first run, can be created). The cheap
    // check the scheduler repeats while a drive is unavailable.
    static bool rootsAvailable(const SyncJob &job);

    // The codes of SyncReport::code.
    static inline const QString sourceUnavailable = QStringLiteral("Source Unavailable");
    static inline const QString targetUnavailable = QStringLiteral("Target Unavailable");
    static inline const QString sourceEmpty = QStringLiteral("Source Empty");
    static inline const QString tooManyDeletions = QStringLiteral("Too Many Deletions");
    static inline const QString targetNotEmpty = QStringLiteral("Target Not Empty");
    static inline const QString planChanged = QStringLiteral("Plan Changed");
    static inline const QString targetBusy = QStringLiteral("Target Busy");
    static inline const QString targetNotWritable = QStringLiteral("Target Not Writable");
    // A remote source or target that cannot be reached: unavailable, looked for every minute.
    static inline const QString unreachable = QStringLiteral("Unreachable");
    static inline const QString notSupported = QStringLiteral("Not Supported");
};

// One run, synchronously on the calling thread (what SyncEngine::run starts).
SyncReport runSync(const SyncJob &job, const std::function<bool()> &canceled);

} // namespace lts
