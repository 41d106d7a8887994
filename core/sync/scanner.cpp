#include "scanner.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lts {

using fsops::Entry;
using fsops::EntryType;

namespace {

std::int64_t countNonFolders(const std::vector<Entry> &entries, const QByteArray &folderPath,
                             const EntryFilter &filter)
{
    return std::count_if(entries.cbegin(), entries.cend(), [&](const Entry &e) {
        return e.stat.type != EntryType::Folder && e.stat.type != EntryType::Special
               && !isTemporary(e.name, e.stat.type) && filter.takesPart(folderPath, e.name, false);
    });
}

// How many target folders on a server are listed at once (the usual connections to it).
constexpr int foldersListedAhead = 4;

QByteArray joined(const QByteArray &folderPath, const QByteArray &name)
{
    return folderPath.isEmpty() ? name : folderPath + '/' + name;
}

bool attributesDiffer(const fsops::Stat &source, const fsops::Stat &target)
{
    return source.mode != target.mode || source.mtimeSec != target.mtimeSec;
}

// The actions that overwrite or delete a target entry, or rely on what the target holds (a
// Move removes the source's file because the target has it; a copy takes a name the target
// must not have).
bool changesTarget(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Copy:
    case ActionKind::Update:
    case ActionKind::Delete:
    case ActionKind::Replace:
    case ActionKind::RemoveFromSource:
    case ActionKind::SetPermissions:
        return true;
    default:
        return false;
    }
}

bool sameAsIndexed(const fsops::Stat &now, const fsops::Stat &indexed)
{
    return now.sameContentStamp(indexed) && now.mode == indexed.mode;
}

} // namespace

Scanner::Scanner(const SyncJob &job, const fsops::Folder &source, const fsops::Folder *target,
                 std::function<bool()> canceled, TargetIndex *index, bool trustIndex)
    : m_job(job)
    , m_source(source)
    , m_target(target)
    , m_filter(job.exclude, job.hidden, job.onlyPaths)
    , m_canceled(std::move(canceled))
    , m_index(index)
    , m_trustIndex(index && trustIndex)
{
    // What the two locations keep decides what counts as a difference.
    const fsops::Capabilities from = source.capabilities();
    const std::optional<fsops::Capabilities> to
            = target ? std::optional(target->capabilities()) : std::nullopt;
    m_ledger = index && to && to->uploadOnly;
    m_options = PlanOptions{ job.mode, to && to->timePrecisionNs >= 2'000'000'000, job.restore,
                             from.permissionBits && (!to || to->permissionBits) };
    // A disk lists one folder at a time best; a server answers several at once.
    m_listingPool.setMaxThreadCount(to && !to->cheapListing ? foldersListedAhead : 1);
}

void Scanner::limitTo(const QList<QByteArray> &folders)
{
    m_scope.emplace();
    for (const QByteArray &folder : folders) {
        m_scope->insert(folder);
        for (qsizetype slash = folder.indexOf('/'); slash > 0;
             slash = folder.indexOf('/', slash + 1))
            m_leadingToScope.insert(folder.left(slash));
    }
}

Plan Scanner::scan(const std::function<void(const Plan &)> &onFolderDone)
{
    Plan plan;
    PlanFolder root;
    if (Result<fsops::Stat> stat = m_source.statSelf())
        root.source = *stat;
    root.create = m_target == nullptr;
    // The root's own attributes follow the source's, as rsync -a does; a restore leaves the
    // folders it did not create as they are. As for any folder, a root on a disk already like
    // the source's is left alone (a run with nothing to do then writes nothing); a change
    // inside it touches it again below. A server's root is set every run, as before: a look
    // at it would cost a round trip.
    std::optional<fsops::Stat> targetRoot;
    if (m_target && m_target->capabilities().cheapListing) {
        if (Result<fsops::Stat> stat = m_target->statSelf())
            targetRoot = *stat;
    }
    root.touched = !m_options.onlyMissing
                   && (root.create || !targetRoot || attributesDiffer(root.source, *targetRoot));
    root.modeDiffers = root.create || !targetRoot
                       || (m_options.permissionBits && root.source.mode != targetRoot->mode);
    plan.folders.push_back(root);

    std::vector<std::uint32_t> pending{ 0 };
    while (!pending.empty() && !m_canceled()) {
        const std::uint32_t index = pending.back();
        pending.pop_back();
        scanFolder(plan, index, pending);
        if (onFolderDone)
            onFolderDone(plan);
    }
    return plan;
}

void Scanner::scanFolder(Plan &plan, std::uint32_t index, std::vector<std::uint32_t> &pending)
{
    const QByteArray path = plan.folders[index].path;
    const bool targetExists = !plan.folders[index].create;
    auto problem = [&](SyncEntry::Action action, const QByteArray &name, const QString &reason) {
        plan.problems.push_back({ action, path.isEmpty() ? name : path + '/' + name, reason });
    };

    // The target folder is listed on another thread while this one lists the source; or,
    // through a trusted index, not listed, and only opened for a look at what would change.
    std::optional<fsops::Folder> targetFolder;
    auto openTarget = [&]() -> bool {
        if (targetFolder)
            return true;
        Result<fsops::Folder> opened
                = path.isEmpty() ? m_target->openPath(".") : m_target->openPath(path);
        if (!opened) {
            problem(SyncEntry::Action::Failed, {},
                    tr("Cannot open the target folder: %1").arg(opened.error().message));
            return false;
        }
        targetFolder.emplace(std::move(opened).value());
        return true;
    };
    std::optional<std::vector<Entry>> indexed;
    if (targetExists && m_target && m_ledger)
        indexed = m_index->ledger(path); // what was sent: a target that cannot be listed
    else if (targetExists && m_target && m_trustIndex)
        indexed = m_index->listing(path); // none when the index cannot vouch for this folder
    const bool fromIndex = indexed.has_value();
    const bool listsTarget = targetExists && m_target && !fromIndex;
    QFuture<TargetLook> targetLook;
    if (listsTarget)
        targetLook = lookAtTarget(index, path);

    Result<fsops::Folder> sourceFolder
            = path.isEmpty() ? m_source.openPath(".") : m_source.openPath(path);
    Result<std::vector<Entry>> source = sourceFolder
                                                ? sourceFolder->list()
                                                : Result<std::vector<Entry>>(sourceFolder.error());
    Result<std::vector<Entry>> target = std::vector<Entry>{};
    if (indexed) {
        target = std::move(*indexed);
    } else if (listsTarget) {
        TargetLook look = targetLook.takeResult();
        if (!look.folder) {
            problem(SyncEntry::Action::Failed, {},
                    tr("Cannot open the target folder: %1").arg(look.folder.error().message));
            return;
        }
        targetFolder.emplace(std::move(look.folder).value());
        target = std::move(look.entries);
    }
    if (!source) {
        plan.sourceReadError = true;
        plan.folders[index].touched
                = false; // what cannot be read is not mirrored, not even its mode
        problem(SyncEntry::Action::Failed, {},
                tr("Cannot read the source folder: %1").arg(source.error().message));
        return;
    }
    if (!target) {
        problem(SyncEntry::Action::Failed, {},
                tr("Cannot read the target folder: %1").arg(target.error().message));
        return;
    }

    if (m_index && listsTarget) {
        m_index->standIn(path, target.value());
        m_index->recordListing(path, *target);
    }

    FolderPlan folderPlan = planFolder(*source, *target, path, m_filter, m_options);
    if (fromIndex && !m_ledger) {
        // What the index says of an entry the run would change is looked at again first (an
        // upload form shows nothing to look at: its ledger is all there is).
        const bool anyChange = std::any_of(folderPlan.actions.cbegin(), folderPlan.actions.cend(),
                                           [](const Action &a) { return changesTarget(a.kind); });
        if (anyChange) {
            if (!openTarget())
                return;
            if (checkIndexed(path, *targetFolder, folderPlan, target.value()))
                folderPlan = planFolder(*source, *target, path, m_filter, m_options);
        }
    }
    plan.sourceFiles += countNonFolders(*source, path, m_filter);
    plan.targetFiles += countNonFolders(*target, path, m_filter);
    // Files inside deleted folders count as target files too (added with the deletions).
    plan.unchangedFiles += folderPlan.unchangedFiles;

    const bool deferred = plan.folders[index].deferred;
    std::vector<std::uint32_t> subfolders;
    auto addFolder = [&](const Action &action, bool create, bool replaces) {
        PlanFolder folder;
        folder.path = path.isEmpty() ? action.name : path + '/' + action.name;
        folder.parent = index;
        folder.name = action.name;
        folder.source = action.source;
        folder.create = create;
        folder.deferred = deferred || replaces;
        folder.touched
                = create
                  || (!m_options.onlyMissing && attributesDiffer(action.source, action.target));
        folder.modeDiffers
                = create || (m_options.permissionBits && action.source.mode != action.target.mode);
        plan.folders.push_back(std::move(folder));
        subfolders.push_back(std::uint32_t(plan.folders.size() - 1));
    };
    auto deleteTarget = [&](const Action &action) {
        PlanDeletion item;
        static_cast<PlanItem &>(item) = plan.add(index, action, false);
        if (action.target.type == EntryType::Folder) {
            item.firstListedInside = plan.filesInDeletedFolders.size();
            item.filesInside
                    = countTree(*targetFolder, action.name, joined(path, action.name),
                                m_job.listEveryEntry ? &plan.filesInDeletedFolders : nullptr);
            item.listedInside = plan.filesInDeletedFolders.size() - item.firstListedInside;
            plan.targetFiles += item.filesInside;
        }
        plan.filesToDelete += item.filesInside;
        plan.deletions.push_back(std::move(item));
    };

    bool changesHere = false;
    for (const Action &action : folderPlan.actions) {
        switch (action.kind) {
        case ActionKind::Copy:
        case ActionKind::Update:
            plan.copies.push_back(plan.add(index, action, deferred));
            plan.bytesToCopy += action.source.type == EntryType::File ? action.source.size : 0;
            changesHere = true;
            break;
        case ActionKind::CreateFolder:
            addFolder(action, true, false);
            changesHere = true;
            break;
        case ActionKind::EnterFolder:
            // A run of changed folders enters only those and the folders on the way to them.
            if (!m_scope || m_scope->contains(joined(path, action.name))
                || m_leadingToScope.contains(joined(path, action.name)))
                addFolder(action, false, false);
            break;
        case ActionKind::Delete:
            deleteTarget(action);
            changesHere = true;
            break;
        case ActionKind::Replace:
            deleteTarget(action);
            if (action.source.type == EntryType::Folder) {
                addFolder(action, true, true);
            } else {
                plan.copies.push_back(plan.add(index, action, true));
                plan.bytesToCopy += action.source.type == EntryType::File ? action.source.size : 0;
            }
            changesHere = true;
            break;
        case ActionKind::RemoveFromSource:
            plan.sourceRemovals.push_back(plan.add(index, action, false));
            break;
        case ActionKind::SetPermissions:
            plan.permissionFixes.push_back(plan.add(index, action, false));
            changesHere = true;
            break;
        case ActionKind::SkipSpecial:
            problem(SyncEntry::Action::Skipped, action.name,
                    tr("a socket, device or pipe: such special files are not copied"));
            break;
        case ActionKind::SkipConflict:
            problem(SyncEntry::Action::Skipped, action.name,
                    action.source.type == EntryType::Folder
                            ? tr("the target has a file or link where the source has a folder; in "
                                 "this mode it is not replaced")
                            : tr("the target has a folder where the source has a file; in this "
                                 "mode it is not replaced"));
            break;
        case ActionKind::RemoveTemporary:
            plan.temporaries.push_back(plan.add(index, action, false));
            changesHere = true; // its removal changes the folder's time, which is set again
            break;
        }
    }
    if (changesHere && !m_options.onlyMissing)
        plan.folders[index].touched = true;
    plan.folders[index].names.squeeze(); // complete: no room kept for more names

    // Subfolders are visited in name order: the last pushed is taken first.
    pending.insert(pending.end(), subfolders.rbegin(), subfolders.rend());
    prefetch(plan, pending);
}

QFuture<Scanner::TargetLook> Scanner::lookAtTarget(std::uint32_t index, const QByteArray &path)
{
    if (const auto ahead = m_ahead.find(index); ahead != m_ahead.end()) {
        QFuture<TargetLook> look = std::move(ahead->second);
        m_ahead.erase(ahead);
        return look;
    }
    return QtConcurrent::run(
            &m_listingPool, [target = m_target, path, background = m_job.background] {
                if (background)
                    fsops::runInBackground();
                TargetLook look{ path.isEmpty() ? target->openPath(".") : target->openPath(path),
                                 std::vector<Entry>{} };
                look.entries = look.folder ? look.folder->list()
                                           : Result<std::vector<Entry>>(look.folder.error());
                return look;
            });
}

void Scanner::prefetch(const Plan &plan, const std::vector<std::uint32_t> &pending)
{
    // Through a trusted index no folder is listed; on a disk, ahead of time is no faster.
    if (!m_target || m_trustIndex || m_listingPool.maxThreadCount() < 2)
        return;
    const int ahead = m_listingPool.maxThreadCount();
    for (auto next = pending.rbegin(); next != pending.rend() && next - pending.rbegin() < ahead;
         ++next) {
        const PlanFolder &folder = plan.folders[*next];
        if (!folder.create && !m_ahead.contains(*next))
            m_ahead.emplace(*next, lookAtTarget(*next, folder.path));
    }
}

bool Scanner::checkIndexed(const QByteArray &path, const fsops::Folder &folder,
                           const FolderPlan &folderPlan, std::vector<Entry> &target)
{
    bool differed = false;
    for (const Action &action : folderPlan.actions) {
        if (!changesTarget(action.kind))
            continue;
        const auto at = std::lower_bound(
                target.begin(), target.end(), action.name,
                [](const Entry &entry, const QByteArray &name) { return entry.name < name; });
        const bool known = at != target.end() && at->name == action.name;
        Result<fsops::Stat> now = folder.stat(action.name);
        if (!now && !fsops::isMissing(now.error()))
            continue; // the run's own look, before it changes the entry, meets it again
        if (!now) {
            if (!known)
                continue;
            target.erase(at);
            m_index->remove(path, action.name);
            differed = true;
            continue;
        }
        if (known && sameAsIndexed(*now, at->stat))
            continue;
        Entry entry{ action.name, *now, {} };
        if (now->type == EntryType::Link) {
            if (Result<QByteArray> link = folder.readLink(action.name))
                entry.linkTarget = *link;
        }
        m_index->recordEntry(path, entry);
        if (known)
            *at = std::move(entry);
        else
            target.insert(at, std::move(entry));
        differed = true;
    }
    return differed;
}

std::int64_t Scanner::countTree(const fsops::Folder &parent, const QByteArray &name,
                                const QByteArray &path, std::deque<SyncEntry> *listed) const
{
    Result<fsops::Folder> folder = parent.open(name);
    Result<std::vector<Entry>> entries
            = folder ? folder->list() : Result<std::vector<Entry>>(folder.error());
    if (!entries)
        return 0;
    std::int64_t files = 0;
    for (const Entry &entry : *entries) {
        if (isTemporary(entry.name, entry.stat.type))
            continue; // the run removes it, it does not delete a file of the user's
        const QByteArray entryPath = path + '/' + entry.name;
        if (entry.stat.type == EntryType::Folder) {
            files += countTree(*folder, entry.name, entryPath, listed);
            continue;
        }
        ++files;
        if (listed
            && (m_job.maxListedEntries <= 0
                || std::int64_t(listed->size()) < m_job.maxListedEntries)) {
            SyncEntry file{ SyncEntry::Action::Deleted, entryPath, {} };
            file.targetSize = entry.stat.size;
            file.targetModified = entry.stat.mtimeSec;
            listed->push_back(std::move(file));
        }
    }
    return files;
}

} // namespace lts
