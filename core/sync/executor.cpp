#include "executor.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <climits>
#include <limits>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace lts {

using fsops::EntryType;

namespace {

constexpr std::size_t batchFiles = 1000;
constexpr std::int64_t batchBytes = 256LL << 20;
// Each open folder costs a file descriptor on each side: a batch spans as many folders as
// the descriptor limit allows, up to 1,000 (fewer folders means more, smaller batches).
std::size_t folderLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return std::clamp<std::size_t>((limit.rlim_cur - 128) / 4, 50, 1000);
#endif
    return 200;
}
const std::size_t batchFolders = folderLimit();
constexpr std::int64_t flushAloneBytes = 64LL << 20; // such a file gets its own fdatasync
// On a server, files up to this size are held whole in memory and sent in groups of up to
// `groupFiles` files and `groupBytes` bytes, each group's requests without a round trip each
// (Folder::writeFiles): about twice `groupBytes` in memory a copy thread (the data and its
// requests), which keeps the peak memory of 10,000 small files under issue 16's 48 MiB.
constexpr std::int64_t smallFileBytes = 64 << 10;
constexpr std::size_t groupFiles = 256;
constexpr std::int64_t groupBytes = 512 << 10;
// Room kept free beside the copies for the folders, notes and lock a run writes (less on a
// small disk: a 64th of it).
constexpr std::int64_t spaceMargin = 1LL << 20;

// The system names the temporary a copy was writing; the user knows the file by its own name.
Error namingTheFile(Error error, const QByteArray &temporary, const QByteArray &name)
{
    error.message.replace(QFile::decodeName(temporary), QFile::decodeName(name));
    return error;
}

// `tasks` in groups, at least one for each of `threads` (so that every connection works) and
// none larger than groupFiles or groupBytes.
template<typename T>
std::vector<std::vector<T *>> inGroups(const std::vector<T *> &tasks, int threads)
{
    const std::size_t perThread = (tasks.size() + std::size_t(std::max(threads, 1)) - 1)
                                  / std::size_t(std::max(threads, 1));
    const std::size_t most = std::clamp<std::size_t>(perThread, 1, groupFiles);
    std::vector<std::vector<T *>> groups;
    std::int64_t bytes = 0;
    for (T *task : tasks) {
        const std::int64_t size = task->item->source.size;
        if (groups.empty() || groups.back().size() >= most || bytes + size > groupBytes) {
            groups.emplace_back();
            bytes = 0;
        }
        groups.back().push_back(task);
        bytes += size;
    }
    return groups;
}

bool isLeftoverTemporary(const fsops::Entry &entry)
{
    return isTemporary(entry.name, entry.stat.type);
}

bool sameEntry(const fsops::Stat &now, const fsops::Stat &scanned)
{
    if (now.type != scanned.type)
        return false;
    return now.type == EntryType::Folder || now.sameContentStamp(scanned);
}

} // namespace

Executor::Executor(const SyncJob &job, const Plan &plan, const fsops::Folder &source,
                   const fsops::Folder &target, const QDateTime &runStart, std::int64_t runStartNs,
                   SyncReport &report, ProgressReporter &progress, std::function<bool()> canceled,
                   TargetIndex *index)
    : m_job(job)
    , m_plan(plan)
    , m_source(source)
    , m_target(target)
    , m_report(report)
    , m_progress(progress)
    , m_canceled(std::move(canceled))
    , m_versionStamp(VersionStore::stampOf(runStart))
    , m_runStartNs(runStartNs)
    , m_created(plan.folders.size(), false)
    , m_folderFailed(plan.folders.size(), false)
    , m_index(index)
{
    m_pool.setMaxThreadCount(std::max(1, job.copyThreads));
    // A restore writes into the source: no application folder is made there.
    if (!job.restore)
        m_journal.emplace(target, job.durability == Durability::Batch);
}

void Executor::run()
{
    removeTemporaries();
    // Expired versions go first: on a nearly full disk their room is what the copies need.
    if (m_job.versions > 0)
        pruneVersions();
    copy(false);
    createFolders(false);
    fixPermissions();
    if (!stopping()) {
        if (m_plan.sourceReadError) {
            // Rule 5: a folder of the source could not be read, so what looks deleted there
            // may only be unreadable. Nothing is deleted, nothing replaced; counted in files.
            const QString why = tr("not deleted: part of the source could not be read");
            for (const PlanDeletion &item : m_plan.deletions) {
                if (item.target.type != EntryType::Folder) {
                    skip(m_plan.pathOf(item), why);
                    continue;
                }
                m_report.skipped += item.filesInside;
                for (std::size_t i = 0; i < item.listedInside; ++i) {
                    SyncEntry inside = m_plan.filesInDeletedFolders[item.firstListedInside + i];
                    inside.action = SyncEntry::Action::Skipped;
                    inside.reason = why;
                    m_report.entries.push_back(std::move(inside));
                }
            }
        } else {
            deleteEntries();
            m_deletionsDone = true;
            copy(true);
            createFolders(true);
        }
    }
    if (!stopping() && m_job.mode == SyncMode::Move) {
        removeUnchangedSources();
        removeEmptySourceFolders();
    }
    if (!stopping())
        setFolderAttributes();
    noteKeptVersions(); // also after a cancel: what was kept so far stays explained
    closeFolders();
    if (!m_fatal && m_job.durability == Durability::Batch && changesTarget()) {
        if (Result<void> flushed = flushTarget(); !flushed)
            stopWith(flushed.error());
    }
    // Every temporary of this run took its name or was removed, also after a cancel or an
    // error that stopped the run: there is nothing left for the next run to look for.
    if (m_journal && !m_temporaryLeft)
        m_journal->clear();
    if (m_index)
        m_index->commit();
    m_progress.flush();
}

fsops::Entry Executor::written(const CopyTask &task) const
{
    const Action action = m_plan.actionOf(*task.item);
    if (!m_target.capabilities().settableTimes && action.source.type == EntryType::File) {
        // The target dated the copy itself: the index keeps the time it gave, so that the file
        // is known as the one copied when a listing shows it (TargetIndex::standIn()).
        if (task.named)
            return { action.name, *task.named, {} };
        if (Result<fsops::Stat> now = m_targetFolders.at(task.item->folder).stat(action.name))
            return { action.name, *now, {} };
    }
    fsops::Entry entry{ action.name, task.sourceBefore, action.linkTarget };
    const std::int64_t precision = m_target.capabilities().timePrecisionNs;
    if (precision >= 1'000'000'000)
        entry.stat.mtimeNsec = 0;
    else if (precision > 1)
        entry.stat.mtimeNsec -= std::int32_t(entry.stat.mtimeNsec % precision);
    return entry;
}

void Executor::indexFolder(std::uint32_t index)
{
    if (!m_index || index == 0)
        return;
    const PlanFolder &folder = m_plan.folders[index];
    fsops::Stat stat = folder.source;
    stat.type = EntryType::Folder;
    m_index->recordEntry(m_plan.folders[folder.parent].path, { folder.name, stat, {} });
}

bool Executor::stopping() const
{
    return m_fatal || (m_canceled && m_canceled());
}

void Executor::record(SyncEntry::Action action, const QByteArray &path, const PlanItem &seen)
{
    SyncEntry entry{ action, path, {} };
    if (action != SyncEntry::Action::Deleted) {
        entry.sourceSize = seen.source.size;
        entry.sourceModified = seen.source.mtimeSec;
    }
    if (action != SyncEntry::Action::Added) {
        entry.targetSize = seen.target.size;
        entry.targetModified = seen.target.mtimeSec;
    }
    record(entry);
}

void Executor::record(const SyncEntry &entry)
{
    if (!m_job.listEveryEntry)
        return;
    // The limit holds for each kind of change, so a run that copies a million files still
    // lists the files it deleted.
    std::int64_t &listed = m_listed[std::size_t(entry.action)];
    if (m_job.maxListedEntries > 0 && listed >= m_job.maxListedEntries) {
        ++m_report.unlisted;
        return;
    }
    ++listed;
    m_report.entries.push_back(entry);
}

void Executor::fail(const QByteArray &path, const QString &reason)
{
    ++m_report.errors;
    m_report.entries.push_back({ SyncEntry::Action::Failed, path, reason });
}

void Executor::skip(const QByteArray &path, const QString &reason)
{
    ++m_report.skipped;
    m_report.entries.push_back({ SyncEntry::Action::Skipped, path, reason });
}

void Executor::stopWith(const Error &error)
{
    if (!m_fatal.exchange(true))
        m_fatalError = error;
}

void Executor::closeFolders()
{
    m_targetFolders.clear();
    m_sourceFolders.clear();
}

void Executor::limitOpenFolders()
{
    if (m_targetFolders.size() + m_sourceFolders.size() > 2 * batchFolders)
        closeFolders();
}

const fsops::Folder *Executor::targetAsScanned(const PlanItem &item, const QString &leftAlone,
                                               bool *gone)
{
    const fsops::Folder *folder = targetFolder(item.folder);
    if (!folder)
        return nullptr;
    Result<fsops::Stat> now = folder->stat(m_plan.nameOf(item));
    if (gone)
        *gone = !now && fsops::isMissing(now.error());
    if (gone && *gone)
        return nullptr;
    if (!now || !sameEntry(*now, item.target)) {
        skip(m_plan.pathOf(item), leftAlone);
        return nullptr;
    }
    return folder;
}

const fsops::Folder *Executor::targetFolder(std::uint32_t index)
{
    if (const auto it = m_targetFolders.find(index); it != m_targetFolders.end())
        return &it->second;
    if (m_folderFailed[index])
        return nullptr;
    const PlanFolder &folder = m_plan.folders[index];
    Result<fsops::Folder> opened = m_target.openPath(".");
    if (index != 0) {
        const fsops::Folder *parent = targetFolder(folder.parent);
        if (!parent) {
            m_folderFailed[index] = true;
            return nullptr;
        }
        if (folder.create && !m_created[index]) {
            // Made private first, so nothing can be put in it before it is ready; its own
            // permission bits are set at the end of the run.
            Result<void> made = parent->makeFolder(folder.name, 0700);
            if (!made && made.error().code != u"EEXIST") {
                if (fsops::isFatalForRun(made.error()))
                    stopFor(made.error(), folder.path);
                fail(folder.path, tr("Cannot create the folder: %1").arg(made.error().message));
                m_folderFailed[index] = true;
                return nullptr;
            }
            m_created[index] = true;
            if (m_index) {
                fsops::Stat made{ 0, 0, 0, 0700, EntryType::Folder };
                m_index->recordEntry(m_plan.folders[folder.parent].path, { folder.name, made, {} });
            }
        }
        opened = parent->open(folder.name); // never through a link
    }
    if (!opened) {
        fail(folder.path, tr("Cannot open the target folder: %1").arg(opened.error().message));
        m_folderFailed[index] = true;
        return nullptr;
    }
    return &m_targetFolders.emplace(index, std::move(opened).value()).first->second;
}

const fsops::Folder *Executor::sourceFolder(std::uint32_t index)
{
    if (const auto it = m_sourceFolders.find(index); it != m_sourceFolders.end())
        return &it->second;
    // Opened from its parent, which is usually open already: one call, not one per level.
    const fsops::Folder *parent = index == 0 ? nullptr : sourceFolder(m_plan.folders[index].parent);
    Result<fsops::Folder> opened
            = index == 0 ? m_source.openPath(".")
              : parent   ? parent->open(m_plan.folders[index].name)
                         : Result<fsops::Folder>(Error{ QStringLiteral("ENOENT"), {} });
    if (!opened)
        return nullptr;
    return &m_sourceFolders.emplace(index, std::move(opened).value()).first->second;
}

void Executor::removeTemporaries()
{
    // Rule 8: what an interrupted run left (a file, a link) goes, never followed. Only files
    // and links: the application never makes a folder of that name, so one is the user's.
    for (const PlanItem &item : m_plan.temporaries) {
        if (const fsops::Folder *folder = targetFolder(item.folder))
            (void)folder->removeFile(m_plan.nameOf(item)); // gone already is just as good
    }
    closeFolders();
    // And those in the folders the scan did not enter, which the runs noted. Their notes stay
    // for the next run while any is left.
    if (m_journal && !m_journal->removeLeftovers())
        m_temporaryLeft = true;
}

void Executor::dropTemporary(const fsops::Folder &folder, const QByteArray &name)
{
    if (Result<void> removed = folder.removeFile(name);
        !removed && !fsops::isMissing(removed.error()))
        m_temporaryLeft = true; // the journal keeps its note for the next run
}

void Executor::noteTemporaries(const std::vector<CopyTask> &tasks)
{
    if (!m_journal)
        return;
    std::vector<QByteArray> folders;
    for (const CopyTask &task : tasks) {
        if (task.state == CopyTask::State::Pending)
            folders.push_back(m_plan.folders[task.item->folder].path);
    }
    if (Result<void> noted = m_journal->note(folders);
        !noted && fsops::isFatalForRun(noted.error()))
        stopFor(noted.error(), EntryFilter::appFolderName + '/' + TemporaryJournal::fileName);
    // Any other failure leaves only the scan to find what a crash would leave: not a reason
    // to copy nothing.
}

void Executor::copy(bool deferred)
{
    std::vector<const PlanItem *> items;
    for (const PlanItem &item : m_plan.copies) {
        if (item.deferred == deferred)
            items.push_back(&item);
    }
    // A copy that did not fit may fit once the others are in place: an update without
    // versions frees its old file. One more pass tries those.
    std::vector<const PlanItem *> waiting = copyFitting(items);
    if (!waiting.empty() && !stopping())
        waiting = copyFitting(waiting);
    // The room a filesystem reports is not always what it can take: some mounts (FUSE, MTP,
    // network) report little or none, and a reflink copy (btrfs, XFS) needs none. What still
    // does not fit is tried one file at a time, and only the disk's own "full" stops the run
    // (before its deletions, with everything that fitted in place), so a run always gets on.
    const PlanItem *firstNotWritten = nullptr; // the one the disk refused
    std::size_t tried = 0;
    for (; tried < waiting.size() && !stopping(); ++tried) {
        std::vector<CopyTask> alone(1);
        alone.front().item = waiting[tried];
        alone.front().temporary = newTemporaryName(m_plan.nameOf(*waiting[tried]));
        runBatch(alone);
        if (m_diskFull)
            firstNotWritten = waiting[tried];
    }
    if (!firstNotWritten)
        return; // all copied, or the run stopped for another reason (said already)
    waiting.erase(waiting.begin(), waiting.begin() + std::ptrdiff_t(tried));
    if (m_canceled && m_canceled())
        return;
    const std::int64_t room = roomForCopies();
    for (const PlanItem *item : waiting) {
        fail(m_plan.pathOf(*item),
             tr("not enough space on the target's disk: it needs %1, and %2 are free")
                     .arg(QLocale().formattedDataSize(spaceFor(*item)),
                          QLocale().formattedDataSize(room)));
    }
    QString message
            = tr("No space left on device: the disk of %1 is full, and %n "
                 "file(s) did not fit, %2 the first.",
                 nullptr, int(std::min<std::size_t>(waiting.size() + 1, INT_MAX)))
                      .arg(targetFolderName(), QFile::decodeName(m_plan.pathOf(*firstNotWritten)));
    if (m_job.versions > 0)
        message += u' '
                   + tr("The files a run overwrites or deletes stay on that disk as versions, "
                        "and free no space before they expire.");
    // Said instead of the system's words for the file the disk refused (listed with it).
    m_fatalError = Error{ QStringLiteral("ENOSPC"), message };
}

std::vector<const PlanItem *> Executor::copyFitting(const std::vector<const PlanItem *> &items)
{
    std::vector<const PlanItem *> waiting;
    std::vector<CopyTask> batch;
    std::vector<std::uint32_t> folders;
    std::int64_t bytes = 0; // of the files flushed together at the end of the batch
    // Never more uncommitted data than the disk has room for, whatever the files' sizes: a
    // full disk then costs the files that did not fit, never those that did.
    std::int64_t uncommitted = 0;
    std::int64_t room = roomForCopies();
    auto commit = [&] {
        runBatch(batch);
        batch.clear();
        folders.clear();
        bytes = 0;
        uncommitted = 0;
        room = roomForCopies();
    };
    for (const PlanItem *item : items) {
        if (stopping())
            break;
        const std::int64_t needed = spaceFor(*item);
        if (uncommitted + needed > room && !batch.empty())
            commit();
        if (stopping())
            break;
        if (needed > room) {
            waiting.push_back(item);
            continue;
        }
        if (folders.empty() || folders.back() != item->folder)
            folders.push_back(item->folder);
        CopyTask task;
        task.item = item;
        task.temporary = newTemporaryName(m_plan.nameOf(*item));
        batch.push_back(std::move(task));
        uncommitted += needed;
        // A large file reaches the disk on its own (fdatasync), so it does not fill the
        // batch: several of them are copied, and flushed, side by side.
        if (item->source.size < flushAloneBytes)
            bytes += item->source.size;
        if (batch.size() >= batchFiles || bytes >= batchBytes || folders.size() >= batchFolders)
            commit();
    }
    if (!batch.empty() && !stopping())
        runBatch(batch);
    return waiting;
}

std::int64_t Executor::roomForCopies()
{
    const Result<fsops::Space> space = m_target.space();
    if (!space)
        return std::numeric_limits<std::int64_t>::max(); // unknown: the disk says when it is full
    m_blockSize = space->blockSize;
    std::int64_t available = space->available;
    if (m_job.testFaults.available) {
        if (const std::optional<std::int64_t> reported = m_job.testFaults.available())
            available = *reported;
    }
    // Beside the copies, a run writes folders, notes and its lock: a little is kept for them.
    const std::int64_t margin = std::min<std::int64_t>(spaceMargin, space->total / 64);
    return std::max<std::int64_t>(available - margin, 0);
}

std::int64_t Executor::spaceFor(const PlanItem &item) const
{
    // Whole blocks, and one more for what the filesystem keeps about the file.
    const std::int64_t size = item.source.type == EntryType::File ? item.source.size : 0;
    return (size + m_blockSize - 1) / m_blockSize * m_blockSize + m_blockSize;
}

bool Executor::changesTarget() const
{
    // A run with nothing to do leaves the disk as it was: flushing the whole filesystem then
    // only waits for the disk (and for whatever other programs wrote). Expired versions that
    // pruneVersions() removed need no flush: one back after a power cut goes at the next run.
    const bool folderChanged = std::any_of(m_plan.folders.cbegin(), m_plan.folders.cend(),
                                           [](const PlanFolder &f) { return f.touched; });
    return !m_plan.copies.empty() || !m_plan.deletions.empty() || !m_plan.permissionFixes.empty()
           || !m_plan.temporaries.empty() || folderChanged
           || (m_journal && m_journal->foundNotes());
}

Result<void> Executor::flushTarget() const
{
    if (m_job.testFaults.flush) {
        if (std::optional<Error> error = m_job.testFaults.flush())
            return *std::move(error);
    }
    return m_target.flushFileSystem();
}

QString Executor::targetFolderName() const
{
    // A restore writes into the source.
    return (m_job.restore ? m_job.sourceAt() : m_job.targetAt())->displayName();
}

void Executor::stopFor(const Error &error, const QByteArray &path)
{
    if (!fsops::isDiskFull(error))
        return stopWith(error);
    if (!m_fatal)
        m_diskFull = true;
    stopWith(Error{ error.code, tr("No space left on device: the disk of %1 is full; %2 could not "
                                   "be written.")
                                        .arg(targetFolderName(), QFile::decodeName(path)) });
}

void Executor::runBatch(std::vector<CopyTask> &tasks)
{
    // Folders are opened (and created) here, on one thread; the copies share them.
    for (CopyTask &task : tasks) {
        if (!targetFolder(task.item->folder) || !sourceFolder(task.item->folder))
            task.state = CopyTask::State::Done; // reported with the folder
    }
    noteTemporaries(tasks);
    if (m_index) {
        // On the disk before the copies begin: a run that stops now leaves them pending.
        for (const CopyTask &task : tasks) {
            if (task.state == CopyTask::State::Pending)
                m_index->markPending(m_plan.folders[task.item->folder].path,
                                     m_plan.nameOf(*task.item));
        }
        m_index->commit();
    }
    if (writesToServer())
        copySmallFiles(tasks);
    QtConcurrent::blockingMap(&m_pool, tasks, [this](CopyTask &task) {
        if (m_job.background)
            fsops::runInBackground();
        copyOne(task);
    });

    const bool anyCopied = std::any_of(tasks.cbegin(), tasks.cend(), [](const CopyTask &t) {
        return t.state == CopyTask::State::Copied;
    });
    const bool needFlush = m_job.durability == Durability::Batch
                           && std::any_of(tasks.cbegin(), tasks.cend(), [](const CopyTask &t) {
                                  return t.state == CopyTask::State::Copied && !t.flushed;
                              });
    // The data of the whole batch reaches the disk before any file takes its name. A flush
    // that fails (network and FUSE filesystems say ENOSPC or EIO only at writeback) leaves
    // the data unsure: no copy takes its name then, not even after a full disk, whose error
    // already stopped the run; the old files stay.
    std::optional<Error> flushError;
    if (needFlush && committing()) {
        if (Result<void> flushed = flushTarget(); !flushed) {
            flushError = flushed.error();
            stopWith(flushed.error());
        }
    }
    // On a server each name costs round trips, so the batch's copies are named at once; on a
    // disk of this computer a rename takes microseconds, and they are named one by one below.
    // The groups go to the copy threads; each group's renames go without a round trip each.
    if (writesToServer() && !flushError && committing()) {
        std::vector<CopyTask *> naming;
        for (CopyTask &task : tasks) {
            if (task.state == CopyTask::State::Copied && !keepsVersion(task))
                naming.push_back(&task);
        }
        std::vector<std::vector<CopyTask *>> groups = inGroups(naming, m_pool.maxThreadCount());
        QtConcurrent::blockingMap(&m_pool, groups, [this](const std::vector<CopyTask *> &group) {
            if (m_job.background)
                fsops::runInBackground();
            nameGroup(group);
        });
    }
    for (CopyTask &task : tasks) {
        const QByteArray path = m_plan.pathOf(*task.item);
        switch (task.state) {
        case CopyTask::State::Copied:
            if (task.naming != CopyTask::Naming::NotTried) {
                finish(task); // it has its name, whatever happened since: reported as done
            } else if (flushError) {
                dropTemporary(*targetFolder(task.item->folder), task.temporary);
                fail(path, flushError->message);
            } else if (!committing()) {
                dropTemporary(*targetFolder(task.item->folder), task.temporary);
            } else {
                finish(task);
            }
            break;
        case CopyTask::State::ChangedDuringCopy:
            skip(path, tr("it changed while it was copied, twice; it is copied on the next run"));
            break;
        case CopyTask::State::Failed:
            if (task.error.code != u"ECANCELED")
                fail(path, task.error.message);
            break;
        case CopyTask::State::Pending:
        case CopyTask::State::Done:
            break;
        }
    }
    if (anyCopied && m_job.mode == SyncMode::Move && !stopping())
        removeCopiedSources(tasks);
    closeFolders();
}

void Executor::copyOne(CopyTask &task)
{
    if (task.state != CopyTask::State::Pending || stopping())
        return;
    const Action action = m_plan.actionOf(*task.item);
    const fsops::Folder &from = m_sourceFolders.at(task.item->folder);
    const fsops::Folder &to = m_targetFolders.at(task.item->folder);
    m_progress.setCurrent(m_plan.pathOf(*task.item));

    if (action.source.type == EntryType::Link) {
        Result<void> made = to.makeLink(task.temporary, action.linkTarget);
        if (made)
            made = to.setAttributes(task.temporary, action.source, false);
        if (!made) {
            dropTemporary(to, task.temporary);
            task.error = namingTheFile(made.error(), task.temporary, action.name);
            task.state = CopyTask::State::Failed;
            if (fsops::isFatalForRun(task.error))
                stopFor(task.error, m_plan.pathOf(*task.item));
            return;
        }
        task.sourceBefore = action.source;
        task.state = CopyTask::State::Copied;
        return;
    }

    const bool flushAlone
            = m_job.durability == Durability::Batch && action.source.size >= flushAloneBytes;
    // A connection lost in the middle of the file (the network dropped for a moment): the
    // file is written again from its start, once, over a new connection and under a new name
    // (a lost connection may have left the old name's file, or still be writing to it); the
    // run stops only when that connection is lost too, or cannot be made.
    bool redone = false;
    QByteArray lostTemporary; // the first try's, removed once a connection answers again
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::int64_t copied = 0;
        auto counted = [this, &copied](std::int64_t bytes) {
            copied += bytes;
            m_progress.addBytes(bytes);
        };
        Result<fsops::Folder::CopyResult> result = from.copyFile(
                action.name, to, task.temporary, [this] { return stopping(); }, counted,
                flushAlone);
        if (result && m_job.testFaults.copied) {
            if (std::optional<Error> error = m_job.testFaults.copied(m_plan.pathOf(*task.item)))
                result = *std::move(error);
        }
        if (!lostTemporary.isEmpty())
            dropTemporary(to, std::exchange(lostTemporary, {}));
        if (!result) {
            m_progress.addBytes(-copied);
            if (!redone && fsops::kindOf(result.error()) == fsops::ErrorKind::Unreachable
                && !stopping()) {
                redone = true;
                lostTemporary = std::exchange(task.temporary, newTemporaryName(action.name));
                --attempt;
                continue;
            }
            // copyFile removes what it wrote; if it could not, the journal keeps its note.
            dropTemporary(to, task.temporary);
            task.error = namingTheFile(result.error(), task.temporary, action.name);
            task.state = CopyTask::State::Failed;
            if (fsops::isFatalForRun(task.error))
                stopFor(task.error, m_plan.pathOf(*task.item));
            return;
        }
        if (result->after.sameContentStamp(result->before)) {
            task.sourceBefore = result->before;
            task.flushed = flushAlone;
            task.state = CopyTask::State::Copied;
            return;
        }
        // The source moved under the copy: this copy may mix old and new data.
        m_progress.addBytes(-copied);
        dropTemporary(to, task.temporary);
    }
    task.state = CopyTask::State::ChangedDuringCopy;
}

bool Executor::writesToServer() const
{
    return (m_job.restore ? m_job.sourceAt() : m_job.targetAt())->isRemote();
}

void Executor::copySmallFiles(std::vector<CopyTask> &tasks)
{
    std::vector<CopyTask *> small;
    for (CopyTask &task : tasks) {
        const fsops::Stat &source = task.item->source;
        if (task.state == CopyTask::State::Pending && source.type == EntryType::File
            && source.size <= smallFileBytes)
            small.push_back(&task);
    }
    std::vector<std::vector<CopyTask *>> groups = inGroups(small, m_pool.maxThreadCount());
    QtConcurrent::blockingMap(&m_pool, groups, [this](const std::vector<CopyTask *> &group) {
        if (m_job.background)
            fsops::runInBackground();
        copySmallGroup(group);
    });
}

void Executor::copySmallGroup(const std::vector<CopyTask *> &group)
{
    std::vector<fsops::NewFile> files;
    std::vector<CopyTask *> sent;
    for (CopyTask *task : group) {
        if (stopping())
            return; // the tasks left Pending: nothing of them was written
        m_progress.setCurrent(m_plan.pathOf(*task->item));
        std::optional<QByteArray> data = readSmallSource(*task);
        if (!data)
            continue;
        const fsops::Folder &to = m_targetFolders.at(task->item->folder);
        const bool setMode = m_sourceFolders.at(task->item->folder).capabilities().permissionBits
                             && to.capabilities().permissionBits;
        files.push_back({ &to, task->temporary, *std::move(data), task->sourceBefore, setMode });
        sent.push_back(task);
    }
    // A lost connection fails the files on their way: they are written once more, as
    // copyOne() does, over a new connection and under new names (the lost ones may be there).
    std::vector<std::pair<const fsops::Folder *, QByteArray>> lost;
    for (int attempt = 0; attempt < 2 && !files.empty(); ++attempt) {
        const std::vector<Result<void>> results
                = fsops::Folder::writeFiles(files, [this] { return stopping(); });
        for (const auto &[folder, temporary] : std::exchange(lost, {}))
            dropTemporary(*folder, temporary);
        std::vector<fsops::NewFile> again;
        std::vector<CopyTask *> redone;
        for (std::size_t i = 0; i < files.size(); ++i) {
            CopyTask &task = *sent[i];
            Result<void> written = results[i];
            if (written && m_job.testFaults.copied) {
                if (std::optional<Error> error = m_job.testFaults.copied(m_plan.pathOf(*task.item)))
                    written = *std::move(error);
            }
            if (written) {
                task.state = CopyTask::State::Copied;
                m_progress.addBytes(files[i].data.size());
                continue;
            }
            if (attempt == 0 && fsops::kindOf(written.error()) == fsops::ErrorKind::Unreachable
                && !stopping()) {
                lost.emplace_back(files[i].folder, task.temporary);
                task.temporary = newTemporaryName(m_plan.nameOf(*task.item));
                files[i].name = task.temporary;
                again.push_back(std::move(files[i]));
                redone.push_back(&task);
                continue;
            }
            dropTemporary(*files[i].folder, task.temporary);
            failCopy(task, written.error());
        }
        files = std::move(again);
        sent = std::move(redone);
    }
    for (const auto &[folder, temporary] : lost)
        dropTemporary(*folder, temporary);
}

std::optional<QByteArray> Executor::readSmallSource(CopyTask &task)
{
    const fsops::Folder &from = m_sourceFolders.at(task.item->folder);
    const QByteArray name = m_plan.nameOf(*task.item);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result<std::unique_ptr<fsops::FileReader>> reader = from.openFile(name);
        Result<fsops::Stat> before
                = reader ? (*reader)->stat() : Result<fsops::Stat>(reader.error());
        if (!before) {
            failCopy(task, before.error());
            return std::nullopt;
        }
        if (before->size > smallFileBytes)
            return std::nullopt; // grown since the scan: left Pending, streamed by copyOne()
        // One byte more than the file had: a file that grew meanwhile is told by its size.
        QByteArray data(qsizetype(before->size + 1), Qt::Uninitialized);
        qsizetype done = 0;
        while (done < data.size()) {
            Result<std::int64_t> n = (*reader)->read(data.data() + done, data.size() - done);
            if (!n) {
                failCopy(task, n.error());
                return std::nullopt;
            }
            if (*n == 0)
                break;
            done += qsizetype(*n);
        }
        data.resize(done);
        Result<fsops::Stat> after = (*reader)->stat();
        if (!after) {
            failCopy(task, after.error());
            return std::nullopt;
        }
        if (after->sameContentStamp(*before) && done == before->size) {
            task.sourceBefore = *before;
            return data;
        }
    }
    // The source moved under the read, twice.
    task.state = CopyTask::State::ChangedDuringCopy;
    return std::nullopt;
}

void Executor::failCopy(CopyTask &task, const Error &error)
{
    task.error = namingTheFile(error, task.temporary, m_plan.nameOf(*task.item));
    task.state = CopyTask::State::Failed;
    if (fsops::isFatalForRun(task.error))
        stopFor(task.error, m_plan.pathOf(*task.item));
}

void Executor::nameGroup(const std::vector<CopyTask *> &group)
{
    if (!committing())
        return; // left NotTried: finish() drops the temporaries
    std::vector<fsops::Renaming> renamings;
    for (const CopyTask *task : group) {
        const Action action = m_plan.actionOf(*task->item);
        renamings.push_back({ &m_targetFolders.at(task->item->folder), task->temporary, action.name,
                              action.kind == ActionKind::Update ? std::optional(action.target)
                                                                : std::nullopt });
    }
    const std::vector<Result<void>> results = fsops::Folder::renameFiles(renamings);
    std::vector<std::pair<const fsops::Folder *, QByteArray>> named;
    std::vector<CopyTask *> dated;
    for (std::size_t i = 0; i < group.size(); ++i) {
        CopyTask &task = *group[i];
        if (results[i]) {
            task.naming = CopyTask::Naming::Named;
            named.emplace_back(renamings[i].folder, renamings[i].to);
            dated.push_back(&task);
            continue;
        }
        dropTemporary(*renamings[i].folder, task.temporary);
        task.naming = results[i].error().code == u"EEXIST" ? CopyTask::Naming::ChangedInTarget
                                                           : CopyTask::Naming::Failed;
        task.error = results[i].error();
    }
    // The times the target gave the copies, for the index (written()), looked at together.
    if (!m_target.capabilities().settableTimes) {
        const std::vector<Result<fsops::Stat>> looks = fsops::Folder::statFiles(named);
        for (std::size_t i = 0; i < dated.size(); ++i) {
            if (looks[i])
                dated[i]->named = *looks[i];
        }
    }
}

bool Executor::committing() const
{
    // A full disk stops the run, but the files copied whole before it filled up take their
    // names: they need no more room, and throwing them away would leave a nearly full disk
    // where it was, run after run.
    return !stopping() || (m_diskFull && !(m_canceled && m_canceled()));
}

bool Executor::keepsVersion(const CopyTask &task) const
{
    return task.item->kind == ActionKind::Update && m_job.versions > 0;
}

void Executor::name(CopyTask &task)
{
    if (!committing())
        return; // left NotTried: finish() drops the temporary
    const PlanItem &item = *task.item;
    const fsops::Folder &folder = m_targetFolders.at(item.folder);
    Result<void> done;
    if (item.kind == ActionKind::Update) {
        // Rule 6: the target entry must be as the scan saw it.
        const Result<fsops::Stat> now = folder.stat(m_plan.nameOf(item));
        if (!now || !sameEntry(*now, item.target)) {
            dropTemporary(folder, task.temporary);
            task.naming = CopyTask::Naming::ChangedInTarget;
            return;
        }
        if (keepsVersion(task)) {
            const Result<std::int64_t> kept = keepVersion(item.folder, m_plan.actionOf(item), true);
            done = kept ? Result<void>() : Result<void>(kept.error());
        }
        if (done)
            done = folder.rename(task.temporary, folder, m_plan.nameOf(item));
    } else {
        // A new entry: the rename refuses a name taken since the scan (EEXIST), so rule 6
        // costs no look first.
        done = folder.renameNoReplace(task.temporary, m_plan.nameOf(item));
    }
    if (done) {
        task.naming = CopyTask::Naming::Named;
        return;
    }
    dropTemporary(folder, task.temporary);
    task.naming = done.error().code == u"EEXIST" ? CopyTask::Naming::ChangedInTarget
                                                 : CopyTask::Naming::Failed;
    task.error = done.error();
}

void Executor::finish(CopyTask &task)
{
    if (task.naming == CopyTask::Naming::NotTried)
        name(task);
    const PlanItem &item = *task.item;
    const QByteArray path = m_plan.pathOf(item);
    const bool replacing = item.kind == ActionKind::Update;
    switch (task.naming) {
    case CopyTask::Naming::NotTried: // the run stopped before
        dropTemporary(m_targetFolders.at(item.folder), task.temporary);
        return;
    case CopyTask::Naming::ChangedInTarget:
        skip(path, tr("it changed in the target since the run looked at it; left as it is"));
        return;
    case CopyTask::Naming::Failed:
        fail(path, task.error.message);
        if (fsops::isFatalForRun(task.error))
            stopFor(task.error, path);
        return;
    case CopyTask::Naming::Named:
        break;
    }
    task.state = CopyTask::State::Done;
    if (m_index)
        m_index->recordEntry(m_plan.folders[item.folder].path, written(task), task.sourceBefore);
    if (replacing) {
        ++m_report.updated;
        record(SyncEntry::Action::Updated, path, item);
    } else {
        ++m_report.added;
        record(SyncEntry::Action::Added, path, item);
    }
    if (item.source.type == EntryType::File)
        m_report.bytes += item.source.size;
    m_progress.fileDone(path);
}

void Executor::removeCopiedSources(const std::vector<CopyTask> &tasks)
{
    // The copies must be on the disk, under their names, before the originals go.
    if (m_job.durability == Durability::Batch) {
        if (Result<void> flushed = flushTarget(); !flushed) {
            stopWith(flushed.error());
            return;
        }
    }
    for (const CopyTask &task : tasks) {
        if (task.state != CopyTask::State::Done || !m_sourceFolders.count(task.item->folder))
            continue;
        const fsops::Folder &from = m_sourceFolders.at(task.item->folder);
        Result<fsops::Stat> now = from.stat(m_plan.nameOf(*task.item));
        if (!now || !now->sameContentStamp(task.sourceBefore)) {
            skip(m_plan.pathOf(*task.item),
                 tr("it changed in the source after it was copied; kept in the source"));
            continue;
        }
        if (Result<void> removed = from.removeFile(m_plan.nameOf(*task.item)); !removed)
            fail(m_plan.pathOf(*task.item), tr("Copied, but cannot remove it from the source: %1")
                                                    .arg(removed.error().message));
    }
}

void Executor::removeUnchangedSources()
{
    if (m_job.durability == Durability::Batch && !m_plan.sourceRemovals.empty()) {
        if (Result<void> flushed = flushTarget(); !flushed)
            return stopWith(flushed.error());
    }
    for (const PlanItem &item : m_plan.sourceRemovals) {
        if (stopping())
            return;
        limitOpenFolders();
        const fsops::Folder *from = sourceFolder(item.folder);
        const fsops::Folder *to = targetFolder(item.folder);
        if (!from || !to)
            continue;
        Result<fsops::Stat> source = from->stat(m_plan.nameOf(item));
        Result<fsops::Stat> target = to->stat(m_plan.nameOf(item));
        if (!source || !target || !source->sameContentStamp(item.source)
            || !target->sameContentStamp(item.target)) {
            skip(m_plan.pathOf(item), tr("it changed during the run; kept in the source"));
            continue;
        }
        if (Result<void> removed = from->removeFile(m_plan.nameOf(item)); !removed)
            fail(m_plan.pathOf(item),
                 tr("Cannot remove it from the source: %1").arg(removed.error().message));
    }
    closeFolders();
}

void Executor::removeEmptySourceFolders()
{
    // Deepest first: a folder comes after its parent in the plan. Never the source root.
    for (std::size_t index = m_plan.folders.size() - 1; index > 0 && !stopping(); --index) {
        const PlanFolder &folder = m_plan.folders[index];
        if (const fsops::Folder *parent = sourceFolder(folder.parent))
            (void)parent->removeEmptyFolder(folder.name); // a folder still holding something stays
        limitOpenFolders();
    }
    closeFolders();
}

void Executor::fixPermissions()
{
    for (const PlanItem &item : m_plan.permissionFixes) {
        if (stopping())
            return;
        const QByteArray path = m_plan.pathOf(item);
        const fsops::Folder *folder = targetAsScanned(
                item, tr("it changed in the target since the run looked at it; left as it is"));
        if (!folder)
            continue;
        if (Result<void> set = folder->setAttributes(m_plan.nameOf(item), item.source, true);
            !set) {
            fail(path, tr("Cannot set its permissions: %1").arg(set.error().message));
            continue;
        }
        if (m_index) {
            fsops::Stat now = item.target;
            now.mode = item.source.mode;
            m_index->recordEntry(m_plan.folders[item.folder].path,
                                 { m_plan.nameOf(item), now, {} });
        }
        ++m_report.updated;
        record(SyncEntry::Action::Updated, path, item);
        limitOpenFolders();
    }
    closeFolders();
}

void Executor::deleteEntries()
{
    if (m_index) {
        for (const PlanDeletion &item : m_plan.deletions)
            m_index->markPending(m_plan.folders[item.folder].path, m_plan.nameOf(item));
        m_index->commit();
    }
    for (const PlanDeletion &item : m_plan.deletions) {
        if (stopping())
            return;
        const QByteArray path = m_plan.pathOf(item);
        bool gone = false;
        const fsops::Folder *folder = targetAsScanned(
                item, tr("it changed in the target since the run looked at it; not deleted"),
                &gone);
        if (gone && m_index)
            m_index->remove(m_plan.folders[item.folder].path, m_plan.nameOf(item));
        if (!folder)
            continue; // changed (reported), or gone already
        Result<void> removed;
        std::int64_t kept = 0;
        if (m_job.versions > 0) {
            Result<std::int64_t> result = keepVersion(item.folder, m_plan.actionOf(item), false);
            removed = result ? Result<void>() : Result<void>(result.error());
            kept = result ? *result : 0;
        } else if (item.target.type == EntryType::Folder) {
            Result<std::int64_t> result = folder->removeTreeKeepingNewer(
                    m_plan.nameOf(item), m_runStartNs, isLeftoverTemporary);
            removed = result ? Result<void>() : Result<void>(result.error());
            kept = result ? *result : 0;
        } else {
            removed = folder->removeFile(m_plan.nameOf(item));
        }
        if (!removed) {
            fail(path, tr("Cannot delete it: %1").arg(removed.error().message));
            if (fsops::isFatalForRun(removed.error()))
                stopFor(removed.error(), path);
            continue;
        }
        if (m_index)
            m_index->remove(m_plan.folders[item.folder].path, m_plan.nameOf(item));
        if (kept > 0)
            skip(path,
                 tr("%n file(s) in it changed during the run and were kept", nullptr, int(kept)));
        m_report.deleted += std::max<std::int64_t>(item.filesInside - kept, 0);
        if (item.target.type == EntryType::Folder) {
            // The files that went with it, so the run's history shows each of them; those
            // that changed during the run stayed (rule 6) and are not said to be gone.
            for (std::size_t i = 0; i < item.listedInside; ++i) {
                const SyncEntry &inside = m_plan.filesInDeletedFolders[item.firstListedInside + i];
                if (kept == 0 || !stillThere(inside.path))
                    record(inside);
            }
            if (m_job.listEveryEntry)
                m_report.unlisted += item.filesInside - std::int64_t(item.listedInside);
        } else {
            record(SyncEntry::Action::Deleted, path, item);
        }
        m_progress.fileDone(path);
        limitOpenFolders();
    }
    closeFolders();
}

void Executor::createFolders(bool deferred)
{
    // Folders without files are created here; the others were created with their files.
    for (std::uint32_t index = 1; index < m_plan.folders.size() && !stopping(); ++index) {
        const PlanFolder &folder = m_plan.folders[index];
        if (folder.create && folder.deferred == deferred && !m_created[index])
            (void)targetFolder(index);
        limitOpenFolders();
    }
    closeFolders();
}

void Executor::setFolderAttributes()
{
    // Deepest first, so setting a folder's time is the last change made inside its parent.
    for (std::size_t i = m_plan.folders.size(); i-- > 0 && !stopping();) {
        const PlanFolder &folder = m_plan.folders[i];
        if (!folder.touched || m_folderFailed[i] || (folder.deferred && !m_deletionsDone))
            continue;
        const fsops::Folder *parent = i == 0 ? &m_target : targetFolder(folder.parent);
        const QByteArray name = i == 0 ? QByteArray(".") : folder.name;
        if (!parent)
            continue;
        if (Result<void> set = parent->setAttributes(name, folder.source, folder.modeDiffers); !set)
            fail(folder.path,
                 tr("Cannot set the folder's permissions and time: %1").arg(set.error().message));
        else
            indexFolder(std::uint32_t(i));
        limitOpenFolders();
    }
    closeFolders();
}

Result<const fsops::Folder *> Executor::versionFolder(const QByteArray &folderPath)
{
    // The run's versions folder and the last folder made in it are kept open: each step of
    // the walk is a round trip on a server, and a plan's files come folder by folder.
    if (m_lastVersionFolder && m_lastVersionFolder->first == folderPath)
        return &m_lastVersionFolder->second;
    if (!m_versionRoot) {
        Result<fsops::Folder> root = m_target.openPath(".");
        const QByteArray path = EntryFilter::appFolderName + "/versions/" + m_versionStamp;
        for (const QByteArray &part : path.split('/')) {
            if (!root)
                return root.error();
            Result<void> made = root->makeFolder(part, 0700);
            if (!made && made.error().code != u"EEXIST")
                return made.error();
            root = root->open(part);
        }
        if (!root)
            return root.error();
        m_versionRoot = std::move(root).value();
    }
    if (folderPath.isEmpty())
        return &*m_versionRoot;
    Result<fsops::Folder> folder = m_versionRoot->openPath(".");
    for (const QByteArray &part : folderPath.split('/')) {
        if (!folder)
            break;
        Result<void> made = folder->makeFolder(part, 0700);
        if (!made && made.error().code != u"EEXIST")
            return made.error();
        folder = folder->open(part);
    }
    if (!folder)
        return folder.error();
    m_lastVersionFolder.emplace(folderPath, std::move(folder).value());
    return &m_lastVersionFolder->second;
}

Result<std::int64_t> Executor::keepVersion(std::uint32_t folderIndex, const Action &entry,
                                           bool replacing)
{
    const fsops::Folder *folder = targetFolder(folderIndex);
    const Result<const fsops::Folder *> versions = versionFolder(m_plan.folders[folderIndex].path);
    if (!folder || !versions)
        return versions ? Error{ QStringLiteral("ENOENT"),
                                 tr("The target folder cannot be opened.") }
                        : versions.error();
    const QByteArray &name = entry.name;
    const QByteArray path = m_plan.folders[folderIndex].path.isEmpty()
                                    ? name
                                    : m_plan.folders[folderIndex].path + '/' + name;
    std::int64_t kept = 0;
    Result<void> moved;
    if (entry.target.type == EntryType::Folder) {
        // Entry by entry: a file written into it during the run stays where it is (rule 6).
        // A leftover temporary inside goes, never kept as a version of the user's.
        Result<std::int64_t> result
                = folder->moveTreeKeepingNewer(name, **versions, m_runStartNs, isLeftoverTemporary);
        moved = result ? Result<void>() : Result<void>(result.error());
        kept = result ? *result : 0;
    } else {
        // A file about to be replaced keeps its name until the new one takes it: a hard link
        // keeps the old data as the version. Where there are no hard links (FAT), it moves.
        moved = replacing ? folder->hardLink(name, **versions, name) : Result<void>(Error{});
        if (!moved)
            moved = folder->rename(name, **versions, name);
    }
    if (!moved)
        return moved.error();
    m_keptVersions.emplace_back(
            replacing ? VersionStore::Reason::Overwritten : VersionStore::Reason::Deleted, path);
    return kept;
}

bool Executor::stillThere(const QByteArray &path) const
{
    const qsizetype slash = path.lastIndexOf('/');
    Result<fsops::Folder> folder
            = slash < 0 ? m_target.openPath(".") : m_target.openPath(path.left(slash));
    return folder && folder->stat(path.mid(slash + 1)).ok();
}

void Executor::noteKeptVersions()
{
    if (Result<void> noted = VersionStore::noteReasons(m_target, m_versionStamp, m_keptVersions);
        !noted)
        fail({}, tr("Cannot note why the versions were kept: %1").arg(noted.error().message));
    m_keptVersions.clear();
}

void Executor::pruneVersions()
{
    VersionStore::prune(
            m_target, QDateTime::currentDateTimeUtc().addSecs(-qint64(m_job.versions * 24 * 3600)));
}

} // namespace lts
