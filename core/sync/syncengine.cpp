#include "syncengine.h"

#include "detachedthreads.h"
#include "executor.h"
#include "fsops.h"
#include "location.h"
#include "planner.h"
#include "progressreporter.h"
#include "scanner.h"
#include "serverlease.h"
#include "targetindex.h"
#include "uploader.h"
#include "volumeidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QPromise>

#include <chrono>
#include <climits>

namespace lts {

namespace {

// The code of a run stopped by a full disk on a server (remote.md, "Protocol"); a local disk's
// keeps the system's ENOSPC.
const QString remoteFull = QStringLiteral("Remote Full");

// What decides which entries of a pair take part in a run: a mirror known with these filters
// is not known with others (rule 10).
QByteArray filtersOf(const SyncJob &job)
{
    QByteArray text = job.hidden ? "hidden\n" : "no-hidden\n";
    for (const QString &pattern : job.exclude)
        text += pattern.toUtf8() + '\n';
    return QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(16);
}

// Rule 7's lock of a run's target (Run::lockTarget): released lease first, then the file.
struct TargetLock
{
    std::optional<QLockFile> file;
    std::unique_ptr<ServerLease> lease; // declared after: destroyed first

    ~TargetLock() { lease.reset(); }
};

class Run final
{
    Q_DECLARE_TR_FUNCTIONS(lts::SyncEngine)

public:
    Run(const SyncJob &job, std::function<bool()> canceled)
        : m_job(job)
        , m_sourceAt(job.sourceAt())
        , m_targetAt(job.targetAt())
        , m_canceled(std::move(canceled))
        , m_progress(job.onProgress)
    {
        // A call waiting on a server returns at once when the run is cancelled.
        m_job.cancel.whenCanceled([source = m_sourceAt, target = m_targetAt] {
            source->cancel();
            target->cancel();
        });
        if (m_job.restore) {
            // Only what the source lacks goes back: never an overwrite, never a deletion.
            m_job.mode = SyncMode::Update;
            m_job.versions = 0;
        }
    }

    SyncReport execute()
    {
        m_report.started = QDateTime::currentDateTimeUtc();
        m_report.restore = m_job.restore;
        m_startNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
        if (m_job.restore)
            restore();
        else
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

    // The code of an error that stopped a run once it was under way, in remote.md's words
    // where a server is involved: its full disk is Remote Full, and a server that went away or
    // stopped answering (after the reconnects) is Unreachable, the drive then unavailable and
    // looked for every minute, as before the run. Any other error keeps its code.
    QString stopCode(const Error &error)
    {
        const Location &written = m_job.restore ? *m_sourceAt : *m_targetAt;
        if (fsops::isDiskFull(error))
            return written.isRemote() ? remoteFull : error.code;
        const fsops::ErrorKind kind = fsops::kindOf(error);
        if ((kind == fsops::ErrorKind::Unreachable || kind == fsops::ErrorKind::Timeout)
            && (m_sourceAt->isRemote() || m_targetAt->isRemote())) {
            m_report.unavailable = true;
            return SyncEngine::unreachable;
        }
        return error.code;
    }

    // A remote root that refused the run or cannot be reached ends it with the codes of
    // remote.md: an untrusted key is a refusal that waits for the user (and says which key), a
    // refused login a failure nothing retries, a server that does not answer leaves the drive
    // unavailable. False for the errors any folder may have (missing, denied).
    bool endForRemoteRoot(const Location &at, const QString &location, const Error &error)
    {
        if (!at.isRemote())
            return false;
        // Cancelled while it connected (a login question waiting for a person, a server that
        // does not answer): the run ends as the cancel it is, not as the closed socket's error.
        if (m_canceled()) {
            end(RunResult::Cancelled, {}, tr("Cancelled before any change."));
            return true;
        }
        if (error.code == QStringView(fsops::hostKeyUnknownCode)
            || error.code == QStringView(fsops::hostKeyChangedCode)
            || error.code == QStringView(fsops::certificateUnknownCode)) {
            m_report.untrustedLocation = location;
            m_report.untrustedKey = at.refusedHostKey();
            end(RunResult::Refused, error.code, error.message);
            return true;
        }
        if (error.code == QStringView(fsops::authenticationFailedCode)) {
            end(RunResult::Failure, error.code, error.message);
            return true;
        }
        switch (fsops::kindOf(error)) {
        case fsops::ErrorKind::Unreachable:
        case fsops::ErrorKind::Timeout:
            m_report.unavailable = true;
            end(RunResult::Failure, SyncEngine::unreachable, error.message);
            return true;
        case fsops::ErrorKind::NotSupported:
            end(RunResult::Failure, SyncEngine::notSupported, error.message);
            return true;
        default:
            return false;
        }
    }

    void run()
    {
        // Rule 1: no source, no run, and no error storm: the drive is only unavailable.
        Result<fsops::Folder> source = m_sourceAt->openRoot();
        Result<std::vector<fsops::Entry>> sourceRootListing
                = source ? source->list() : source.error();
        if (!sourceRootListing) {
            if (endForRemoteRoot(*m_sourceAt, m_job.source, sourceRootListing.error()))
                return;
            m_report.unavailable = true;
            return end(RunResult::Failure, SyncEngine::sourceUnavailable,
                       tr("The source folder cannot be read: %1")
                               .arg(sourceRootListing.error().message));
        }

        const VolumeIdentity identity(m_job.identityFile);
        const bool recorded = !m_job.identityFile.isEmpty() && identity.isRecorded();
        const bool mirroredBefore = recorded && identity.hasMirrored(filtersOf(m_job));
        const bool mirror = m_job.mode == SyncMode::Mirror;
        const QString targetName = m_targetAt->displayName();
        Result<fsops::Folder> target = m_targetAt->openRoot();
        if (!target && endForRemoteRoot(*m_targetAt, m_job.target, target.error()))
            return;
        if (!target && fsops::isMissing(target.error())) {
            if (recorded && m_job.force && m_job.dryRun) {
                // A preview shows what a forced run would copy, and what a plain one meets.
                m_report.overriddenCode = SyncEngine::targetUnavailable;
                m_report.overriddenMessage
                        = tr("%1 does not exist. Is the backup disk plugged in?").arg(targetName);
            }
            if (recorded && !m_job.force) {
                // Rule 2: only a first run creates the target; later it means a missing disk.
                m_report.unavailable = true;
                return end(RunResult::Failure, SyncEngine::targetUnavailable,
                           tr("%1 does not exist. Is the backup disk plugged in?").arg(targetName));
            }
            if (!m_job.dryRun) {
                if (Result<void> made = m_targetAt->makeRoot(); !made) {
                    if (fsops::isDiskFull(made.error())) {
                        const Error full = diskFull(targetName);
                        return end(RunResult::Failure, stopCode(full), full.message);
                    }
                    m_report.unavailable = fsops::isMissing(made.error());
                    return end(RunResult::Failure, SyncEngine::targetUnavailable,
                               tr("The target folder %1 cannot be created.").arg(targetName));
                }
                target = m_targetAt->openRoot();
            }
        }
        if (!target && !m_job.dryRun) {
            m_report.unavailable = true;
            return end(RunResult::Failure, SyncEngine::targetUnavailable,
                       tr("The target folder cannot be opened: %1").arg(target.error().message));
        }
        const fsops::Folder *targetRoot = target ? &*target : nullptr;
        if (targetRoot && targetRoot->capabilities().uploadOnly)
            return sendToForm(*source, *targetRoot);

        std::optional<Error> refusal;
        if (recorded && targetRoot) {
            if (Result<void> same = identity.check(*source, *targetRoot); !same)
                refusal = same.error();
        }
        if (refusal && !m_job.force)
            return end(RunResult::Refused, refusal->code, refusal->message);

        // A target with an index (a remote one) is not listed while the index is trusted and
        // the probe of its root finds the application's folder the runs left there.
        std::optional<TargetIndex> index;
        if (!m_job.indexFile.isEmpty() && targetRoot && m_job.onlyPaths.isEmpty())
            index.emplace(m_job.indexFile);
        const bool trustIndex = index && !m_job.verify
                                && index->isTrusted(filtersOf(m_job), m_job.verifyDays,
                                                    QDateTime::currentDateTimeUtc())
                                && appFolderThere(*targetRoot);
        if (index && m_job.dryRun) {
            // A preview changes nothing, not even the index: without trust it lists.
            index->setReadOnly(true);
            if (!trustIndex)
                index.reset();
        }

        // Rule 7: one writer per target, across processes and machines. A run that trusts its
        // index plans from it (reading of the target only the probe above and what the index
        // cannot vouch for): it takes the server's lease once its plan has something to write
        // there, and then plans again under it. So a run with nothing to do is the local scan
        // and that probe (remote.md), and another computer writing to the target meanwhile
        // keeps out only runs that would write too.
        TargetLock lock;
        if (!m_job.dryRun) {
            if (Result<void> locked = trustIndex ? lockOnThisComputer(*targetRoot, lock)
                                                 : lockTarget(*targetRoot, lock);
                !locked)
                return end(RunResult::Failure, stopCode(locked.error()), locked.error().message);
        }
        if (index && !trustIndex)
            index->beginRun(true, filtersOf(m_job)); // made again from the full listing

        Scanner scanner(m_job, *source, targetRoot, m_canceled, index ? &*index : nullptr,
                        trustIndex);
        // An index is rebuilt from full listings: its target is listed, or read, in full.
        m_report.changedFoldersOnly = m_job.changedOnly && !index;
        if (m_report.changedFoldersOnly)
            scanner.limitTo(m_job.changedOnly->folders);
        Plan plan = scan(scanner);
        // Mirrored: the run made every deletion it had to (none held back by a source folder
        // that could not be read).
        const auto identityToRecord = [&](const Plan &planned) {
            const bool mirrored = mirror && !planned.sourceReadError;
            return !m_job.identityFile.isEmpty()
                   && (!recorded || m_job.force || (mirrored && !mirroredBefore));
        };
        if (trustIndex && !m_job.dryRun && !m_canceled()) {
            if (!identityToRecord(plan) && leavesTargetAlone(plan, *index, mirroredBefore))
                return endWithoutWriting(plan, *index);
            if (Result<void> leased = leaseOnServer(*targetRoot, lock); !leased)
                return end(RunResult::Failure, stopCode(leased.error()), leased.error().message);
            // Under the lease: what another computer wrote there since the scan (in a folder
            // this run deletes, say) is in the plan, and in the checks below.
            Scanner underLease(m_job, *source, targetRoot, m_canceled, &*index, true);
            plan = scan(underLease);
        }
        m_report.targetFiles = fileCounts(plan).target;
        if (m_canceled()) {
            leaveAsFound(lock, targetRoot);
            return end(RunResult::Cancelled, {}, tr("Cancelled before any change."));
        }
        takeProblems(plan);

        if (!refusal)
            refusal = refusalOf(plan, mirroredBefore);
        // The user confirmed what the review showed; a plan that deletes more is not that.
        const bool moreThanConfirmed = m_job.force && m_job.maxForcedDeletions >= 0
                                       && plan.filesToDelete > m_job.maxForcedDeletions
                                       && !plan.sourceReadError;
        if (moreThanConfirmed) {
            refusal = Error{ SyncEngine::planChanged,
                             tr("A sync now would delete %n file(s), more than the %1 you "
                                "confirmed: the folders changed since the review. Nothing was "
                                "changed; review the drive again.",
                                nullptr, int(std::min<std::int64_t>(plan.filesToDelete, INT_MAX)))
                                     .arg(m_job.maxForcedDeletions) };
        }
        const bool refused = refusal && (!m_job.force || moreThanConfirmed);
        if (refused)
            leaveAsFound(lock, targetRoot); // not even the lock stays behind
        if (m_job.dryRun) {
            // A dry run lists what a forced run would do, and says whether a plain one may.
            describePlan(plan);
            if (refused)
                end(RunResult::Refused, refusal->code, refusal->message);
            if (refusal && !refused) {
                m_report.forced = true;
                m_report.overriddenCode = refusal->code;
                m_report.overriddenMessage = refusal->message;
            }
            return;
        }
        if (refused)
            return end(RunResult::Refused, refusal->code, refusal->message);
        m_report.forced = refusal.has_value();

        if (m_job.onScanned)
            m_job.onScanned();
        const bool mirrored = mirror && !plan.sourceReadError;
        const bool recordIdentity = identityToRecord(plan);
        // Not clean until the run succeeds: one that stops lists the target in full next time.
        if (index && trustIndex)
            index->beginRun(false, filtersOf(m_job));
        const QDateTime started = QDateTime::currentDateTimeUtc();
        if (!execute(plan, *source, *targetRoot, index ? &*index : nullptr))
            return;
        if (index && m_job.versions > 0)
            index->setVersionsPruned(started); // Executor::run() began with that
        if (recordIdentity) {
            if (Result<void> recordedNow
                = identity.record(*source, *targetRoot, mirrored, filtersOf(m_job));
                !recordedNow) {
                ++m_report.errors;
                m_report.entries.push_back(
                        { SyncEntry::Action::Failed, {}, recordedNow.error().message });
                end(RunResult::Partial, QStringLiteral("Partial"), recordedNow.error().message);
            }
        }
        // A temporary this run could not remove is in its journal on the target: the next run
        // lists the target in full, takes the lease and removes it.
        if (index && m_report.result == RunResult::Success && !m_temporaryLeft)
            index->finishRun(!trustIndex, QDateTime::currentDateTimeUtc());
    }

    // Whether a run through the index may end without the lease: its plan changes nothing in
    // the target (a server's root, whose attributes every applied plan sets again since a look
    // at them costs a round trip, counts only where something inside it changes) and nothing
    // is refused, no expired versions are due, and it is no Move (which also tidies the
    // source's emptied folders whatever the plan holds).
    bool leavesTargetAlone(const Plan &plan, const TargetIndex &index, bool mirroredBefore) const
    {
        const bool folderChanges
                = plan.folders.front().create
                  || std::any_of(plan.folders.cbegin() + 1, plan.folders.cend(),
                                 [](const PlanFolder &f) { return f.create || f.touched; });
        return m_job.mode != SyncMode::Move && plan.copies.empty() && plan.deletions.empty()
               && plan.permissionFixes.empty() && plan.sourceRemovals.empty()
               && plan.temporaries.empty() && !folderChanges && !refusalOf(plan, mirroredBefore)
               && !versionsPruningDue(index, QDateTime::currentDateTimeUtc());
    }

    // Expired versions go in every run that writes; a drive whose runs have nothing to write
    // for days has a run remove them once a day.
    bool versionsPruningDue(const TargetIndex &index, const QDateTime &now) const
    {
        if (m_job.versions <= 0)
            return false;
        const QDateTime pruned = index.lastVersionsPruned();
        return !pruned.isValid() || pruned > now || pruned.secsTo(now) >= 24 * 60 * 60;
    }

    // The end of a run that leaves the target alone. One that met a problem while scanning
    // (a folder of the target that could not be opened, a file of the source unreadable) is
    // Partial, and its index no longer clean: the next run lists the target in full, as
    // after any run that did not succeed.
    void endWithoutWriting(const Plan &plan, TargetIndex &index)
    {
        m_report.targetFiles = fileCounts(plan).target;
        takeProblems(plan);
        if (m_job.onScanned)
            m_job.onScanned();
        m_progress.setTotals(0, 0, false);
        m_progress.flush();
        concluded(plan, std::nullopt);
        if (m_report.result != RunResult::Success) {
            index.beginRun(false, filtersOf(m_job));
            index.commit();
        }
    }

    // An upload form (Capabilities::uploadOnly) cannot be listed, nor anything in it changed:
    // the run plans against the ledger of what was sent (the target's index, whatever its age
    // and --verify), and the Uploader sends each new or changed file once. Nothing of the
    // application is kept on the server: no lease, no volume marker; the lock is this
    // computer's.
    void sendToForm(const fsops::Folder &source, const fsops::Folder &form)
    {
        const QString targetName = m_targetAt->displayName();
        if (m_job.mode == SyncMode::Mirror)
            return end(RunResult::Failure, SyncEngine::notSupported,
                       tr("%1 is an upload form, which cannot delete files: choose the mode "
                          "Update or Move, not Mirror.")
                               .arg(targetName));
        std::optional<TargetIndex> ledger;
        if (!m_job.indexFile.isEmpty())
            ledger.emplace(m_job.indexFile);
        if (!ledger || !ledger->isOpen())
            return end(RunResult::Failure, SyncEngine::targetNotWritable,
                       tr("The record of what was sent to %1 cannot be opened (%2): nothing was "
                          "sent, so that no file is sent twice.")
                               .arg(targetName, QDir::toNativeSeparators(m_job.indexFile)));
        ledger->setReadOnly(m_job.dryRun);
        TargetLock lock;
        if (!m_job.dryRun && !m_job.remoteLockFile.isEmpty()) {
            QDir().mkpath(QFileInfo(m_job.remoteLockFile).absolutePath());
            lock.file.emplace(m_job.remoteLockFile);
            if (Result<void> locked = lockFile(form, *lock.file, targetName); !locked) {
                lock.file.reset();
                return end(RunResult::Failure, locked.error().code, locked.error().message);
            }
        }
        Scanner scanner(m_job, source, &form, m_canceled, &*ledger, true);
        const Plan plan = scan(scanner);
        if (m_canceled())
            return end(RunResult::Cancelled, {}, tr("Cancelled before any change."));
        takeProblems(plan);
        if (m_job.dryRun)
            return describePlan(plan);
        if (m_job.onScanned)
            m_job.onScanned();
        ledger->beginRun(false, filtersOf(m_job));
        m_progress.setTotals(std::int64_t(plan.copies.size()), plan.bytesToCopy, false);
        Uploader uploader(m_job, plan, source, form, *ledger, m_report, m_progress, m_canceled);
        uploader.run();
        // A login or a certificate refused: the first file met it, and the run waits for the
        // user as a refused root does.
        if (const std::optional<Error> &stop = uploader.fatalError();
            stop && !fsops::isFatalForRun(*stop)
            && endForRemoteRoot(*m_targetAt, m_job.target, *stop))
            return;
        if (concluded(plan, uploader.fatalError()) && m_report.result == RunResult::Success)
            ledger->finishRun(false, QDateTime::currentDateTimeUtc());
    }

    // The cheap probe of a target known through its index: its root is there (opened) and
    // so is the application's folder that every run leaves in it.
    static bool appFolderThere(const fsops::Folder &target)
    {
        const Result<fsops::Stat> app = target.stat(EntryFilter::appFolderName);
        return app && app->type == fsops::EntryType::Folder;
    }

    // The target's files that the source lacks go back into the source (SyncJob::restore).
    // The roots swap places: the target is read, the source written; the lock stays in the
    // target, whose drive must not sync meanwhile.
    void restore()
    {
        Result<fsops::Folder> source = m_sourceAt->openRoot();
        if (!source) {
            if (endForRemoteRoot(*m_sourceAt, m_job.source, source.error()))
                return;
            m_report.unavailable = true;
            return end(RunResult::Failure, SyncEngine::sourceUnavailable,
                       tr("The source folder cannot be opened: %1").arg(source.error().message));
        }
        Result<fsops::Folder> target = m_targetAt->openRoot();
        if (!target) {
            if (endForRemoteRoot(*m_targetAt, m_job.target, target.error()))
                return;
            m_report.unavailable = true;
            return end(RunResult::Failure, SyncEngine::targetUnavailable,
                       tr("The target folder cannot be opened: %1").arg(target.error().message));
        }
        // Restoring from another disk would fill the source with that disk's files.
        const VolumeIdentity identity(m_job.identityFile);
        if (!m_job.identityFile.isEmpty() && identity.isRecorded() && !m_job.force) {
            if (Result<void> same = identity.check(*source, *target); !same)
                return end(RunResult::Refused, same.error().code, same.error().message);
        }
        // A restore writes nothing in the target: a backup disk mounted read-only is read
        // without a lock; only a sync writing to it now stops the restore.
        TargetLock lock;
        if (!m_job.dryRun) {
            if (Result<void> locked = lockTarget(*target, lock);
                !locked && locked.error().code == SyncEngine::targetBusy)
                return end(RunResult::Failure, locked.error().code, locked.error().message);
        }

        Scanner scanner(m_job, *target, &*source, m_canceled);
        const Plan plan = scan(scanner);
        if (m_canceled())
            return end(RunResult::Cancelled, {}, tr("Cancelled before any change."));
        takeProblems(plan);
        if (m_job.dryRun)
            return describePlan(plan);
        execute(plan, *target, *source);
    }

    Plan scan(Scanner &scanner)
    {
        return scanner.scan([this](const Plan &soFar) {
            m_progress.setTotals(std::int64_t(soFar.copies.size() + soFar.deletions.size()),
                                 soFar.bytesToCopy, true);
        });
    }

    void takeProblems(const Plan &plan)
    {
        for (const SyncEntry &problem : plan.problems) {
            ++(problem.action == SyncEntry::Action::Failed ? m_report.errors : m_report.skipped);
            m_report.entries.push_back(problem);
        }
        m_report.unchanged = plan.unchangedFiles;
    }

    // Applies the plan; false when the run ended without finishing (failure, cancel).
    bool execute(const Plan &plan, const fsops::Folder &from, const fsops::Folder &to,
                 TargetIndex *index = nullptr)
    {
        m_progress.setTotals(std::int64_t(plan.copies.size() + plan.deletions.size()),
                             plan.bytesToCopy, false);
        Executor executor(m_job, plan, from, to, m_report.started, m_startNs, m_report, m_progress,
                          m_canceled, index);
        executor.run();
        m_temporaryLeft = executor.temporaryLeft();
        return concluded(plan, executor.fatalError());
    }

    // The result of a run that applied `plan`; false when it ended without finishing (failure,
    // cancel).
    bool concluded(const Plan &plan, const std::optional<Error> &fatalError)
    {
        if (fatalError) {
            end(RunResult::Failure, stopCode(*fatalError),
                tr("The run stopped: %1").arg(fatalError->message));
            return false;
        }
        if (m_canceled()) {
            end(RunResult::Cancelled, {},
                tr("Cancelled; files copied so far are complete, none is half-written."));
            return false;
        }
        if (m_report.errors > 0 || plan.sourceReadError) {
            end(RunResult::Partial, QStringLiteral("Partial"),
                tr("%n entry(ies) could not be synced; the rest was.", nullptr,
                   int(m_report.errors)));
        } else if (m_report.skipped > 0) {
            end(RunResult::Partial, QStringLiteral("Partial"),
                tr("%n entry(ies) were skipped; the rest was synced.", nullptr,
                   int(m_report.skipped)));
        }
        return true;
    }

    // A refused or cancelled run changes nothing in the target: the lock goes, and so does the
    // application's folder when this run made it.
    void leaveAsFound(TargetLock &lock, const fsops::Folder *target)
    {
        if (!lock.file || !lock.file->isLocked())
            return;
        lock.lease.reset();
        lock.file.reset();
        if (m_madeAppFolder && target)
            (void)target->removeEmptyFolder(EntryFilter::appFolderName);
    }

    // The lock is a QLockFile in the target's .letthatsyncin folder where the target is a local
    // folder (across processes and machines). For a folder on a server it is a QLockFile in
    // the data folder (across the processes of this computer, before the server is asked) and
    // a lease on the server (across computers: ServerLease).
    Result<void> lockTarget(const fsops::Folder &target, TargetLock &lock)
    {
        if (Result<void> locked = lockOnThisComputer(target, lock); !locked)
            return locked;
        if (m_targetAt->localPath())
            return {};
        return leaseOnServer(target, lock);
    }

    // The QLockFile of the lock: all of it for a local folder, this computer's part for a
    // server (nothing asked of the server).
    Result<void> lockOnThisComputer(const fsops::Folder &target, TargetLock &lock)
    {
        const QString targetName = m_targetAt->displayName();
        const std::optional<QString> targetPath = m_targetAt->localPath();
        if (targetPath) {
            if (Result<fsops::Folder> ready = prepareAppFolder(target, targetName); !ready)
                return ready.error();
            lock.file.emplace(*targetPath + u'/' + QFile::decodeName(EntryFilter::appFolderName)
                              + QStringLiteral("/lock"));
        } else if (!m_job.remoteLockFile.isEmpty()) {
            QDir().mkpath(QFileInfo(m_job.remoteLockFile).absolutePath());
            lock.file.emplace(m_job.remoteLockFile);
        }
        if (lock.file) {
            if (Result<void> locked = lockFile(target, *lock.file, targetName); !locked) {
                lock.file.reset();
                return locked;
            }
        }
        return {};
    }

    // The lease on the server, in the application's folder there (made when missing).
    Result<void> leaseOnServer(const fsops::Folder &target, TargetLock &lock)
    {
        const QString targetName = m_targetAt->displayName();
        Result<fsops::Folder> appFolder = prepareAppFolder(target, targetName);
        if (!appFolder)
            return appFolder.error();
        Result<std::unique_ptr<ServerLease>> lease
                = ServerLease::take(std::move(appFolder).value(), targetName, m_job.leaseTiming);
        if (!lease) {
            lock.file.reset();
            return lease.error();
        }
        lock.lease = std::move(lease).value();
        return {};
    }

    Result<void> lockFile(const fsops::Folder &target, QLockFile &lock, const QString &targetName)
    {
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            return {};
        // QLockFile tells a full disk (its file could not be made or written) only as an
        // unknown error: the disk says whether it is full.
        if (lock.error() == QLockFile::UnknownError && isFull(target))
            return diskFull(targetName);
        if (lock.error() != QLockFile::LockFailedError)
            return Error{ SyncEngine::targetNotWritable,
                          tr("Cannot write to the target %1: it is read-only or permission is "
                             "denied.")
                                  .arg(targetName) };
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        return Error{
            SyncEngine::targetBusy,
            tr("Another sync (process %1 on %2) is writing to %3.").arg(pid).arg(host, targetName)
        };
    }

    // Whether the disk of `folder` has no room left for one more block.
    static bool isFull(const fsops::Folder &folder)
    {
        const Result<fsops::Space> space = folder.space();
        return space && space->available < space->blockSize;
    }

    static Error diskFull(const QString &targetName)
    {
        return Error{ QStringLiteral("ENOSPC"),
                      tr("No space left on device: the disk of %1 is full.").arg(targetName) };
    }

    // The application's folder in the target, opened; it must be a real folder, never a link
    // elsewhere.
    Result<fsops::Folder> prepareAppFolder(const fsops::Folder &target, const QString &targetName)
    {
        Result<void> made = target.makeFolder(EntryFilter::appFolderName, 0755);
        m_madeAppFolder = made.ok();
        if (!made && fsops::isDiskFull(made.error()))
            return diskFull(targetName);
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
        return opened;
    }

    struct FileCounts
    {
        std::int64_t source = 0;
        std::int64_t target = 0;
    };
    // The files of the two trees, for the safety rules. A run of changed folders only counts
    // the rest as the last run left the target, where the source had as many files then.
    FileCounts fileCounts(const Plan &plan) const
    {
        if (!m_report.changedFoldersOnly)
            return { plan.sourceFiles, plan.targetFiles };
        const std::int64_t target = std::max(m_job.changedOnly->targetFiles, plan.targetFiles);
        return { target - plan.targetFiles + plan.sourceFiles, target };
    }

    // The safety rule this Mirror plan meets, if any (rules 3, 10 and 4). `mirroredBefore`: a
    // Mirror run of this pair has succeeded, so this is not a first one.
    std::optional<Error> refusalOf(const Plan &plan, bool mirroredBefore) const
    {
        // Update and Move never delete; nor does a run that could not read all of the source
        // (rule 5): it is partial, and the next run that can read it is asked again.
        if (m_job.mode != SyncMode::Mirror || plan.sourceReadError)
            return std::nullopt;
        const FileCounts files = fileCounts(plan);
        // Rule 3: an empty source is far more often an unmounted disk than a wish.
        if (files.source == 0 && files.target > 0) {
            return Error{ SyncEngine::sourceEmpty,
                          tr("The source has no files, so a mirror would delete all %n file(s) "
                             "of the target.",
                             nullptr, int(std::min<std::int64_t>(files.target, INT_MAX))) };
        }
        // Rule 10: a first mirror into a folder that already holds other files would delete
        // them before anyone has seen them.
        if (!mirroredBefore && plan.filesToDelete > 0) {
            return Error{ SyncEngine::targetNotEmpty,
                          tr("The target holds %n file(s) that the source does not have: a "
                             "first mirror would delete them.",
                             nullptr, int(std::min<std::int64_t>(plan.filesToDelete, INT_MAX))) };
        }
        // Rule 4: a deletion limit, counted in files.
        const std::int64_t limit = files.target * m_job.maxDeletePercent;
        if (plan.filesToDelete > 10 && plan.filesToDelete * 100 > limit) {
            return Error{ SyncEngine::tooManyDeletions,
                          tr("A mirror would delete %1 of the %2 files in the target (limit %3 %).")
                                  .arg(QLocale().toString(qint64(plan.filesToDelete)),
                                       QLocale().toString(qint64(files.target)))
                                  .arg(m_job.maxDeletePercent) };
        }
        return std::nullopt;
    }

    static SyncEntry listed(SyncEntry::Action action, const QByteArray &path, const PlanItem &seen)
    {
        SyncEntry entry{ action, path, {} };
        if (seen.source.type != fsops::EntryType::Special) {
            entry.sourceSize = seen.source.size;
            entry.sourceModified = seen.source.mtimeSec;
        }
        if (seen.target.type != fsops::EntryType::Special) {
            entry.targetSize = seen.target.size;
            entry.targetModified = seen.target.mtimeSec;
        }
        return entry;
    }

    void describePlan(const Plan &plan)
    {
        for (const PlanItem &item : plan.copies) {
            const bool update = item.kind == ActionKind::Update;
            ++(update ? m_report.updated : m_report.added);
            m_report.bytes += item.source.type == fsops::EntryType::File ? item.source.size : 0;
            SyncEntry entry = listed(update ? SyncEntry::Action::Updated : SyncEntry::Action::Added,
                                     plan.pathOf(item), item);
            if (item.kind != ActionKind::Update) {
                entry.targetSize = -1; // a Replace: the entry it replaces is listed as deleted
                entry.targetModified = 0;
            }
            m_report.entries.push_back(std::move(entry));
        }
        for (const PlanItem &item : plan.permissionFixes) {
            ++m_report.updated;
            SyncEntry entry = listed(SyncEntry::Action::Updated, plan.pathOf(item), item);
            entry.reason = tr("only its permissions differ");
            m_report.entries.push_back(std::move(entry));
        }
        for (std::size_t i = 1; i < plan.folders.size(); ++i) {
            if (plan.folders[i].create) {
                m_report.entries.push_back(
                        { SyncEntry::Action::Added, plan.folders[i].path + '/', {} });
            }
        }
        for (const PlanDeletion &item : plan.deletions) {
            const bool folder = item.target.type == fsops::EntryType::Folder;
            const QByteArray path = plan.pathOf(item) + (folder ? "/" : "");
            if (plan.sourceReadError) {
                // Counted in files, as the deletions they stand for would be.
                const QString why = tr("not deleted: part of the source could not be read");
                m_report.skipped += item.filesInside;
                if (!folder)
                    m_report.entries.push_back({ SyncEntry::Action::Skipped, path, why });
                for (std::size_t i = 0; i < item.listedInside; ++i) {
                    SyncEntry inside = plan.filesInDeletedFolders[item.firstListedInside + i];
                    inside.action = SyncEntry::Action::Skipped;
                    inside.reason = why;
                    m_report.entries.push_back(std::move(inside));
                }
                continue;
            }
            m_report.deleted += item.filesInside;
            SyncEntry entry = listed(SyncEntry::Action::Deleted, path, item);
            entry.sourceSize = -1; // a Replace: its new entry is listed as copied
            entry.sourceModified = 0;
            m_report.entries.push_back(std::move(entry));
            for (std::size_t i = 0; i < item.listedInside; ++i)
                m_report.entries.push_back(plan.filesInDeletedFolders[item.firstListedInside + i]);
        }
        if (m_report.errors > 0)
            end(RunResult::Partial, QStringLiteral("Partial"),
                tr("%n entry(ies) could not be read.", nullptr, int(m_report.errors)));
    }

    SyncJob m_job;
    std::shared_ptr<const Location> m_sourceAt;
    std::shared_ptr<const Location> m_targetAt;
    std::function<bool()> m_canceled;
    ProgressReporter m_progress;
    SyncReport m_report;
    std::int64_t m_startNs = 0; // files changed after this are never deleted
    bool m_madeAppFolder = false; // this run made TARGET/.letthatsyncin
    bool m_temporaryLeft = false; // a temporary of this run could not be removed
};

} // namespace

QFuture<SyncReport> SyncEngine::run(SyncJob job)
{
    // Not a thread pool: a pool's threads held by runs stuck in the kernel would leave none
    // for the next runs, and its destructor would wait for them for ever.
    auto promise = std::make_shared<QPromise<SyncReport>>();
    promise->start();
    QFuture<SyncReport> future = promise->future();
    DetachedThreads::start([promise, job = std::move(job)] {
        if (job.background)
            fsops::runInBackground();
        promise->addResult(runSync(job, [&promise, &job] {
            return promise->isCanceled() || job.cancel.isCanceled();
        }));
        promise->finish();
    });
    return future;
}

bool SyncEngine::rootsAvailable(const SyncJob &job)
{
    Result<fsops::Folder> source = job.sourceAt()->openRoot();
    if (!source)
        return false;
    const VolumeIdentity identity(job.identityFile);
    const bool recorded = !job.identityFile.isEmpty() && identity.isRecorded();
    const std::shared_ptr<const Location> targetAt = job.targetAt();
    Result<fsops::Folder> target = targetAt->openRoot();
    if (!target) {
        // A first run makes the target, when the folder above it is there.
        if (recorded || !fsops::isMissing(target.error()))
            return false;
        if (targetAt->isRemote())
            return true; // the server answered; the run makes the folder or says why not
        const std::optional<QString> path = targetAt->localPath();
        return path && QFileInfo(QFileInfo(*path).absolutePath()).isDir();
    }
    return !recorded || identity.check(*source, *target);
}

SyncReport runSync(const SyncJob &job, const std::function<bool()> &canceled)
{
    return Run(job, canceled).execute();
}

} // namespace lts
