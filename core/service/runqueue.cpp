#include "runqueue.h"

#include "drivechains.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace lts {

RunQueue::RunQueue(Environment environment, QObject *parent)
    : QObject(parent)
    , m_env(std::move(environment))
{ }

RunQueue::~RunQueue()
{
    // The runs call back into this object from their threads: they are cut off first.
    for (auto &[id, run] : m_active) {
        run.cancel.cancel();
        run.watcher->disconnect(this);
        const std::lock_guard lock(run.relay->mutex);
        run.relay->open = false;
    }
    // A cancelled run ends within a moment, its temporary files removed; one stuck in a call
    // to a folder that does not answer is not waited for (DetachedThreads).
    const QDeadlineTimer deadline(SyncEngine::cancelGrace);
    for (auto &[id, run] : m_active) {
        while (!run.watcher->isFinished() && !deadline.hasExpired())
            QThread::msleep(10);
    }
}

RunQueue::ActiveRun *RunQueue::activeRun(const QString &name)
{
    for (auto &[id, run] : m_active) {
        if (run.name == name && !run.driveRemoved)
            return &run;
    }
    return nullptr;
}

const RunQueue::ActiveRun *RunQueue::activeRun(const QString &name) const
{
    return const_cast<RunQueue *>(this)->activeRun(name);
}

qsizetype RunQueue::queuePosition(const QString &name) const
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).request.name == name)
            return i;
    }
    return -1;
}

std::optional<RunQueue::Run> RunQueue::running(const QString &name) const
{
    const ActiveRun *run = activeRun(name);
    if (!run)
        return std::nullopt;
    return Run{ run->started, run->restore, run->progress, run->rate.bytesPerSecond() };
}

void RunQueue::enqueue(Request request)
{
    const QString name = request.name;
    if (m_stopping || !m_env.drives.find(name))
        return;
    // A drive that runs gets one follow-up run, queued: the requests that come meanwhile join
    // it. It is the one a forced request forces: the run already going was not confirmed.
    if (qsizetype queued = queuePosition(name); queued >= 0) {
        if (request.follower && queued > 0) {
            m_queue.move(queued, 0);
            queued = 0;
        }
        Request &waiting = m_queue[queued].request;
        // A forced request confirms what its user saw last: its bound is the one that holds.
        if (!waiting.restore && !request.restore && request.force) {
            waiting.force = true;
            waiting.maxDeletions = request.maxDeletions;
        }
        // The run that follows lists the target in full when any request asked for it.
        if (!waiting.restore && !request.restore && request.verify)
            waiting.verify = true;
        // It looks at every folder either of them would have looked at.
        if (waiting.changedFolders && request.changedFolders) {
            for (const QByteArray &folder : std::as_const(*request.changedFolders)) {
                if (!waiting.changedFolders->contains(folder))
                    waiting.changedFolders->append(folder);
            }
        } else if (!request.restore) {
            waiting.changedFolders.reset();
        }
        return;
    }
    if (request.follower)
        m_queue.prepend({ std::move(request), {} });
    else
        m_queue.append({ std::move(request), {} });
    findVolume(name);
    dispatch();
    Q_EMIT changed(name);
}

bool RunQueue::cancel(const QString &name)
{
    bool cancelled = false;
    // The follow-up too: a drive the user stops does not start again at once.
    if (const qsizetype queued = queuePosition(name); queued >= 0) {
        m_queue.removeAt(queued);
        cancelled = true;
    }
    if (ActiveRun *run = activeRun(name)) {
        cancelRun(*run);
        cancelled = true;
    }
    Q_EMIT changed(name);
    return cancelled;
}

void RunQueue::stop()
{
    m_stopping = true;
    const QList<QueuedRun> dropped = std::exchange(m_queue, {});
    for (const QueuedRun &queued : dropped)
        Q_EMIT changed(queued.request.name);
    for (auto &[id, run] : m_active) {
        run.stoppedByShutdown = true;
        cancelRun(run);
    }
    stopWhenIdle();
}

void RunQueue::stopWhenIdle()
{
    if (m_stopping && m_active.empty())
        QMetaObject::invokeMethod(this, &RunQueue::stopped, Qt::QueuedConnection);
}

void RunQueue::driveChanged(const Drive &previous, const Drive &drive)
{
    // A forced run waiting for its turn was confirmed for the drive as it was: with other
    // folders, another mode or other filters, what it would delete is not what was seen.
    const bool otherRun = previous.source != drive.source || previous.target != drive.target
                          || previous.mode != drive.mode || previous.exclude != drive.exclude
                          || previous.hidden != drive.hidden;
    const qsizetype queued = queuePosition(previous.name);
    if (queued >= 0) {
        Request &waiting = m_queue[queued].request;
        if (otherRun) {
            waiting.force = false;
            waiting.maxDeletions = -1;
        }
        waiting.name = drive.name;
    }
    if (ActiveRun *run = activeRun(previous.name))
        run->name = drive.name;
    if (queued >= 0 && previous.target != drive.target)
        findVolume(drive.name);
}

void RunQueue::driveRemoved(const QString &name)
{
    if (ActiveRun *run = activeRun(name)) {
        run->driveRemoved = true;
        cancelRun(*run);
    }
    if (const qsizetype queued = queuePosition(name); queued >= 0)
        m_queue.removeAt(queued);
}

void RunQueue::findVolume(const QString &name)
{
    const qsizetype queued = queuePosition(name);
    const Drive *drive = m_env.drives.find(name);
    if (queued < 0 || !drive)
        return;
    const QString target = drive->target;
    if (m_env.volumeOf) {
        m_queue[queued].volume = m_env.volumeOf(target);
        return;
    }
    m_queue[queued].volume.reset();
    m_env.prober.probe(target).then(this, [this, name, target](const LocationProbe &found) {
        const Drive *now = m_env.drives.find(name);
        if (!now || now->target != target)
            return;
        // A target that does not answer shares its volume with no other: its run is not held
        // back by the others, nor they by it (the run itself meets the silent disk).
        const QString volume = found.answered() ? found.value.volume : target;
        if (const qsizetype waiting = queuePosition(name);
            waiting >= 0 && !m_queue.at(waiting).volume)
            m_queue[waiting].volume = volume;
        else if (ActiveRun *run = activeRun(name); run && !run->volume)
            run->volume = volume; // it started meanwhile, with nothing else running
        dispatch();
    });
}

void RunQueue::dispatch()
{
    for (qsizetype i = 0; i < m_queue.size();) {
        if (qsizetype(m_active.size()) >= m_env.drives.settings().maxConcurrentRuns)
            return;
        const QueuedRun queued = m_queue.at(i);
        const Drive *drive = m_env.drives.find(queued.request.name);
        if (!drive) {
            m_queue.removeAt(i);
            continue;
        }
        if (activeRun(queued.request.name)) { // a follow-up waits for its drive's run to end
            ++i;
            continue;
        }
        // The drives of a chain run one at a time: the drive after another takes what that
        // one left (transit/), and must not see files the one before it has not handled yet.
        const bool chainBusy
                = std::any_of(m_active.cbegin(), m_active.cend(), [this, &queued](const auto &r) {
                      return DriveChains::sameChain(m_env.drives.drives(), r.second.name,
                                                    queued.request.name);
                  });
        if (chainBusy) {
            ++i;
            continue;
        }
        // Never two runs on one volume: while the prober looks for a volume, its run starts
        // only when nothing else runs, and no other starts beside it.
        const bool volumeBusy = std::any_of(
                m_active.cbegin(), m_active.cend(), [&queued](const auto &r) {
                    return !r.second.volume || !queued.volume || *r.second.volume == *queued.volume;
                });
        if (volumeBusy) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        startRun(*drive, queued);
    }
}

void RunQueue::startRun(const Drive &drive, const QueuedRun &queued)
{
    const Request &request = queued.request;
    const quint64 id = m_nextRunId++;
    ActiveRun &run = m_active[id];
    run.id = id;
    run.name = drive.name;
    run.restore = request.restore;
    run.wholeRestore = request.restore && request.paths.isEmpty();
    run.volume = queued.volume;
    run.started = m_env.clock.now();

    SyncJob job = m_env.jobFor(drive);
    job.force = request.force;
    job.maxForcedDeletions = request.maxDeletions;
    job.verify = request.verify;
    job.restore = request.restore;
    job.onlyPaths = request.paths;
    if (request.changedFolders && !request.restore && m_env.targetFiles) {
        if (const std::optional<std::int64_t> files = m_env.targetFiles(drive.name))
            job.changedOnly = SyncJob::ChangedFolders{ *request.changedFolders, *files };
    }
    job.cancel = run.cancel;
    run.relay = std::make_shared<Relay>();
    // Called on the engine's threads; the queue's state is only touched on its own.
    job.onProgress = [this, id, relay = run.relay](const SyncProgress &progress) {
        const std::lock_guard lock(relay->mutex);
        if (relay->open)
            QMetaObject::invokeMethod(
                    this, [this, id, progress] { onProgress(id, progress); }, Qt::QueuedConnection);
    };

    run.stall = std::make_unique<StallWatch>(
            drive.source, drive.target,
            std::chrono::seconds(m_env.drives.settings().networkTimeoutSeconds), m_env.clock,
            m_env.lookAt);
    connect(run.stall.get(), &StallWatch::stalled, this,
            [this, id](const QString &code, const QString &message) {
                // Like a disk that is not there: told once, looked for every minute, and
                // synced as soon as it answers again (not retried, and told, at each back-off).
                abandonRun(id, RunResult::Failure, code, message, true);
            });
    run.watcher = std::make_unique<QFutureWatcher<SyncReport>>();
    connect(run.watcher.get(), &QFutureWatcherBase::finished, this, [this, id] { runEnded(id); });
    run.watcher->setFuture(m_env.runSync(std::move(job)));
    Q_EMIT started(drive.name, run.restore, run.started);
    Q_EMIT changed(drive.name);
}

void RunQueue::onProgress(quint64 id, const SyncProgress &progress)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    ActiveRun &run = found->second;
    // Any progress counts, even of a run whose drive was removed: it moves.
    run.stall->progressed();
    if (run.driveRemoved)
        return;
    run.progress = progress;
    run.rate.add(progress.bytesDone, m_env.clock.monotonic());
    Q_EMIT progressed(run.name, progress);
}

void RunQueue::runEnded(quint64 id)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    const QFuture<SyncReport> future = found->second.watcher->future();
    SyncReport report;
    if (future.resultCount() > 0) {
        report = future.result();
    } else {
        report.result = RunResult::Cancelled;
        report.started = found->second.started;
        report.finished = m_env.clock.now();
    }
    if (found->second.stoppedByShutdown && report.result == RunResult::Cancelled)
        report.message = tr("Stopped because LetThatSyncIn was closing; the run is made again "
                            "after the next start.");
    closeRun(id, std::move(report));
}

void RunQueue::cancelRun(ActiveRun &run)
{
    run.cancel.cancel();
    QTimer::singleShot(SyncEngine::cancelGrace, this, [this, id = run.id] {
        const auto found = m_active.find(id);
        if (found == m_active.end())
            return;
        abandonRun(id, RunResult::Cancelled, {},
                   found->second.stoppedByShutdown
                           ? tr("Stopped because LetThatSyncIn was closing, while the run waited "
                                "for a folder that does not answer; the run is made again after "
                                "the next start.")
                           : tr("Cancelled while the run waited for a folder that does not "
                                "answer. Every file in the target is whole; a temporary file "
                                "left behind is removed by the next run."));
    });
}

void RunQueue::abandonRun(quint64 id, RunResult result, const QString &code, const QString &message,
                          bool unavailable)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    // Should its thread ever wake up, it stops at its next look at the token; its lock in the
    // target keeps it from writing beside a later run of the same target (rule 7).
    found->second.cancel.cancel();
    SyncReport report;
    report.result = result;
    report.code = code;
    report.message = message;
    report.unavailable = unavailable;
    report.restore = found->second.restore;
    report.started = found->second.started;
    report.finished = std::max(m_env.clock.now(), found->second.started);
    closeRun(id, std::move(report));
}

void RunQueue::closeRun(quint64 id, SyncReport report)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    ActiveRun run = std::move(found->second);
    m_active.erase(found);
    {
        const std::lock_guard lock(run.relay->mutex);
        run.relay->open = false;
    }
    run.watcher->disconnect(this);
    // Either may be emitting the signal that brought us here.
    run.watcher.release()->deleteLater();
    run.stall.release()->deleteLater();
    const bool driveKnown = !run.driveRemoved && m_env.drives.find(run.name);
    Q_EMIT ended({ run.name, run.started, run.restore, run.stoppedByShutdown, !driveKnown },
                 report);

    if (driveKnown) {
        Q_EMIT changed(run.name);
        // Everything the target had is back in the source: the sync that follows deletes
        // nothing, and clears the refusal that led here.
        if (run.wholeRestore && report.result == RunResult::Success
            && m_env.drives.find(run.name)->enabled)
            enqueue({ run.name, false, -1, false, {} });
    }
    dispatch();
    stopWhenIdle();
}

} // namespace lts
