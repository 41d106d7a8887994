#include "syncengine.h"

#include "executor.h"
#include "fsops.h"
#include "planner.h"
#include "progressreporter.h"
#include "scanner.h"
#include "volumeidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace lts {

namespace {

class Run final
{
    Q_DECLARE_TR_FUNCTIONS(lts::SyncEngine)

public:
    Run(const SyncJob &job, std::function<bool()> canceled)
        : m_job(job)
        , m_canceled(std::move(canceled))
        , m_progress(job.onProgress)
    { }

    SyncReport execute()
    {
        m_report.started = QDateTime::currentDateTimeUtc();
        m_startNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
        run();
        m_report.finished = QDateTime::currentDateTimeUtc();
        return std::move(m_report);
    }

private:
    void end(RunResult result, const QString &code, const QString &message)
    {
        m_report.result = result;
        m_report.code = code;
        m_report.message = message;
    }

    void run()
    {
        const QString sourcePath = QDir::cleanPath(m_job.source);
        const QString targetPath = QDir::cleanPath(m_job.target);

        // Rule 1: no source, no run, and no error storm: the drive is only unavailable.
        Result<fsops::Folder> source = fsops::Folder::openRoot(QFile::encodeName(sourcePath));
        Result<std::vector<fsops::Entry>> sourceRootListing
                = source ? source->list() : source.error();
        if (!sourceRootListing) {
            m_report.unavailable = true;
            return end(RunResult::Failure, SyncEngine::sourceUnavailable,
                       tr("Source Unavailable: %1").arg(sourceRootListing.error().message));
        }

        const VolumeIdentity identity(m_job.identityFile);
        const bool recorded = !m_job.identityFile.isEmpty() && identity.isRecorded();
        if (!QFileInfo(targetPath).isDir()) {
            if (recorded && !m_job.force) {
                // Rule 2: only a first run creates the target; later it means a missing disk.
                m_report.unavailable = true;
                return end(
                        RunResult::Failure, SyncEngine::targetUnavailable,
                        tr("Target Unavailable: %1 does not exist. Is the backup disk plugged in?")
                                .arg(QDir::toNativeSeparators(targetPath)));
            }
            if (!m_job.dryRun && !QDir().mkdir(targetPath)) {
                m_report.unavailable = !QFileInfo(QFileInfo(targetPath).absolutePath()).isDir();
                return end(RunResult::Failure, SyncEngine::targetUnavailable,
                           tr("Target Unavailable: cannot create %1.")
                                   .arg(QDir::toNativeSeparators(targetPath)));
            }
        }
        Result<fsops::Folder> target = fsops::Folder::openRoot(QFile::encodeName(targetPath));
        if (!target && !m_job.dryRun) {
            m_report.unavailable = true;
            return end(RunResult::Failure, SyncEngine::targetUnavailable,
                       tr("Target Unavailable: %1").arg(target.error().message));
        }
        const fsops::Folder *targetRoot = target ? &*target : nullptr;

        if (recorded && !m_job.force && targetRoot) {
            if (Result<void> same = identity.check(*source, *targetRoot); !same)
                return end(RunResult::Refused, same.error().code, same.error().message);
        }

        // Rule 7: one writer per target, across processes and machines.
        std::optional<QLockFile> lock;
        if (!m_job.dryRun) {
            if (Result<void> ready = prepareAppFolder(*targetRoot); !ready)
                return end(RunResult::Failure, ready.error().code, ready.error().message);
            lock.emplace(targetPath + u'/' + QFile::decodeName(EntryFilter::appFolderName)
                         + QStringLiteral("/lock"));
            lock->setStaleLockTime(0);
            if (!lock->tryLock(0)) {
                if (lock->error() != QLockFile::LockFailedError)
                    return end(RunResult::Failure, QStringLiteral("Target Not Writable"),
                               tr("Cannot write to the target %1: it is read-only or permission is "
                                  "denied.")
                                       .arg(QDir::toNativeSeparators(targetPath)));
                qint64 pid = 0;
                QString host, application;
                lock->getLockInfo(&pid, &host, &application);
                return end(RunResult::Failure, SyncEngine::targetBusy,
                           tr("Target Busy: another sync (process %1 on %2) is writing to %3.")
                                   .arg(pid)
                                   .arg(host, QDir::toNativeSeparators(targetPath)));
            }
        }

        Scanner scanner(m_job, *source, targetRoot, targetRoot && targetRoot->hasCoarseTimes(),
                        m_canceled);
        const Plan plan = scanner.scan([this](const Plan &soFar) {
            m_progress.setTotals(std::int64_t(soFar.copies.size() + soFar.deletions.size()),
                                 soFar.bytesToCopy, true);
        });
        if (m_canceled())
            return end(RunResult::Cancelled, {}, tr("Cancelled before any change."));
        for (const SyncEntry &problem : plan.problems) {
            ++(problem.action == SyncEntry::Action::Failed ? m_report.errors : m_report.skipped);
            m_report.entries.push_back(problem);
        }
        m_report.unchanged = plan.unchangedFiles;

        if (!m_job.force && refusedBySafetyRules(plan))
            return;
        m_progress.setTotals(std::int64_t(plan.copies.size() + plan.deletions.size()),
                             plan.bytesToCopy, false);

        if (m_job.dryRun)
            return describePlan(plan);
        if (m_job.onScanned)
            m_job.onScanned();

        Executor executor(m_job, plan, *source, *targetRoot, m_report.started, m_startNs, m_report,
                          m_progress, m_canceled);
        executor.run();
        if (executor.fatalError()) {
            return end(RunResult::Failure, executor.fatalError()->code,
                       tr("The run stopped: %1").arg(executor.fatalError()->message));
        }
        if (m_canceled())
            return end(RunResult::Cancelled, {},
                       tr("Cancelled; files copied so far are complete, none is half-written."));

        if (m_report.errors > 0 || plan.sourceReadError) {
            end(RunResult::Partial, QStringLiteral("Partial"),
                tr("%n entry(ies) could not be synced; the rest was.", nullptr,
                   int(m_report.errors)));
        } else if (m_report.skipped > 0) {
            end(RunResult::Partial, QStringLiteral("Partial"),
                tr("%n entry(ies) were skipped; the rest was synced.", nullptr,
                   int(m_report.skipped)));
        }
        if (!m_job.identityFile.isEmpty() && (!recorded || m_job.force)) {
            if (Result<void> recordedNow = identity.record(*source, *targetRoot); !recordedNow) {
                ++m_report.errors;
                m_report.entries.push_back(
                        { SyncEntry::Action::Failed, {}, recordedNow.error().message });
                end(RunResult::Partial, QStringLiteral("Partial"), recordedNow.error().message);
            }
        }
    }

    // The application's folder in the target must be a real folder, never a link elsewhere.
    Result<void> prepareAppFolder(const fsops::Folder &target)
    {
        Result<void> made = target.makeFolder(EntryFilter::appFolderName, 0755);
        if (!made && made.error().code != u"EEXIST")
            return Error{ made.error().code,
                          tr("Cannot write to the target: %1").arg(made.error().message) };
        Result<fsops::Folder> opened = target.open(EntryFilter::appFolderName);
        if (!opened)
            return Error{
                opened.error().code,
                tr("The target's .letthatsyncin is not a folder (%1); nothing was changed.")
                        .arg(opened.error().message)
            };
        return {};
    }

    bool refusedBySafetyRules(const Plan &plan)
    {
        if (m_job.mode != SyncMode::Mirror)
            return false;
        // Rule 3: an empty source is far more often an unmounted disk than a wish.
        if (plan.sourceFiles == 0 && plan.targetFiles > 0) {
            end(RunResult::Refused, SyncEngine::sourceEmpty,
                tr("Source Empty: the source has no files, so mirroring would delete all %n "
                   "file(s) of the "
                   "target. If that is what you want, run once with --force (or Run anyway).",
                   nullptr, int(plan.targetFiles)));
            return true;
        }
        // Rule 4: a deletion limit, counted in files.
        const std::int64_t limit = std::int64_t(plan.targetFiles) * m_job.maxDeletePercent;
        if (plan.filesToDelete > 10 && plan.filesToDelete * 100 > limit) {
            end(RunResult::Refused, SyncEngine::tooManyDeletions,
                tr("Too Many Deletions: %1 of %2 files")
                        .arg(plan.filesToDelete)
                        .arg(plan.targetFiles));
            return true;
        }
        return false;
    }

    void describePlan(const Plan &plan)
    {
        for (const PlanItem &item : plan.copies) {
            const bool update = item.action.kind == ActionKind::Update;
            ++(update ? m_report.updated : m_report.added);
            m_report.bytes += item.action.source.type == fsops::EntryType::File
                                      ? item.action.source.size
                                      : 0;
            m_report.entries.push_back(
                    { update ? SyncEntry::Action::Updated : SyncEntry::Action::Added,
                      plan.pathOf(item),
                      {} });
        }
        for (const PlanItem &item : plan.permissionFixes) {
            ++m_report.updated;
            m_report.entries.push_back({ SyncEntry::Action::Updated, plan.pathOf(item), {} });
        }
        for (std::size_t i = 1; i < plan.folders.size(); ++i) {
            if (plan.folders[i].create) {
                m_report.entries.push_back(
                        { SyncEntry::Action::Added, plan.folders[i].path + '/', {} });
            }
        }
        if (!plan.sourceReadError) {
            for (const PlanItem &item : plan.deletions) {
                m_report.deleted += item.filesInside;
                const bool folder = item.action.target.type == fsops::EntryType::Folder;
                m_report.entries.push_back({ SyncEntry::Action::Deleted,
                                             plan.pathOf(item) + (folder ? "/" : ""),
                                             {} });
            }
        }
        if (m_report.errors > 0)
            end(RunResult::Partial, QStringLiteral("Partial"),
                tr("%n entry(ies) could not be read.", nullptr, int(m_report.errors)));
    }

    const SyncJob &m_job;
    std::function<bool()> m_canceled;
    ProgressReporter m_progress;
    SyncReport m_report;
    std::int64_t m_startNs = 0; // files changed after this are never deleted
};

} // namespace

SyncEngine::SyncEngine()
{
    m_pool.setMaxThreadCount(16);
}

QFuture<SyncReport> SyncEngine::run(SyncJob job)
{
    return QtConcurrent::run(&m_pool, [job = std::move(job)](QPromise<SyncReport> &promise) {
        if (job.background)
            fsops::runInBackground();
        promise.addResult(runSync(
                job, [&promise, &job] { return promise.isCanceled() || job.cancel.isCanceled(); }));
    });
}

bool SyncEngine::rootsAvailable(const SyncJob &job)
{
    const QString targetPath = QDir::cleanPath(job.target);
    Result<fsops::Folder> source
            = fsops::Folder::openRoot(QFile::encodeName(QDir::cleanPath(job.source)));
    if (!source)
        return false;
    const VolumeIdentity identity(job.identityFile);
    const bool recorded = !job.identityFile.isEmpty() && identity.isRecorded();
    if (!QFileInfo(targetPath).isDir())
        return !recorded && QFileInfo(QFileInfo(targetPath).absolutePath()).isDir();
    if (!recorded)
        return true;
    Result<fsops::Folder> target = fsops::Folder::openRoot(QFile::encodeName(targetPath));
    return target && identity.check(*source, *target);
}

SyncReport runSync(const SyncJob &job, const std::function<bool()> &canceled)
{
    return Run(job, canceled).execute();
}

} // namespace lts
