#include "planner.h"

#include <algorithm>
#include <cstdlib>

namespace lts {

using fsops::Entry;
using fsops::EntryType;

namespace {

QByteArray joined(const QByteArray &folderPath, const QByteArray &name)
{
    return folderPath.isEmpty() ? name : folderPath + '/' + name;
}

} // namespace

EntryFilter::EntryFilter(const QStringList &exclude, bool hidden, const QStringList &onlyPaths)
    : m_exclude(exclude)
    , m_hidden(hidden)
{
    for (const QString &chosen : onlyPaths) {
        QByteArray path = chosen.toUtf8();
        while (path.endsWith('/'))
            path.chop(1);
        if (path.isEmpty())
            continue;
        m_chosen.insert(path);
        for (qsizetype slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1))
            m_leadingFolders.insert(path.left(slash));
    }
}

bool EntryFilter::chosen(const QByteArray &path, bool isFolder) const
{
    if (m_chosen.isEmpty() || m_chosen.contains(path))
        return true;
    if (isFolder && m_leadingFolders.contains(path))
        return true;
    // Inside a chosen folder.
    for (qsizetype slash = path.lastIndexOf('/'); slash > 0;
         slash = path.lastIndexOf('/', slash - 1)) {
        if (m_chosen.contains(path.left(slash)))
            return true;
    }
    return false;
}

bool EntryFilter::takesPart(const QByteArray &folderPath, const QByteArray &name,
                            bool isFolder) const
{
    if (folderPath.isEmpty() && name == appFolderName)
        return false;
    if (!m_hidden && name.startsWith('.'))
        return false;
    if (m_chosen.isEmpty() && m_exclude.isEmpty())
        return true; // the usual case: no path is built
    const QByteArray path = joined(folderPath, name);
    return chosen(path, isFolder) && (m_exclude.isEmpty() || !m_exclude.matches(path, isFolder));
}

bool sameFile(const fsops::Stat &source, const fsops::Stat &target, bool coarseTimes)
{
    if (source.size != target.size)
        return false;
    const std::int64_t difference = std::llabs(source.mtimeSec - target.mtimeSec);
    return coarseTimes ? difference <= 2 : difference == 0;
}

namespace {

// A target file as the source is compared with: its own stamp, or the source's time at the
// copy where the target keeps a time of its own and the index vouches that the file is the one
// the run copied.
fsops::Stat comparedStat(const Entry &target)
{
    fsops::Stat stat = target.stat;
    if (target.sourceMtimeAtCopy) {
        stat.mtimeSec = *target.sourceMtimeAtCopy;
        stat.mtimeNsec = 0;
    }
    return stat;
}

} // namespace

FolderPlan planFolder(const std::vector<Entry> &source, const std::vector<Entry> &target,
                      const QByteArray &folderPath, const EntryFilter &filter,
                      const PlanOptions &options)
{
    FolderPlan plan;
    const bool mirror = options.mode == SyncMode::Mirror;
    auto add = [&plan](ActionKind kind, const Entry *s, const Entry *t) {
        plan.actions.push_back(Action{ s ? s->name : t->name, s ? s->linkTarget : QByteArray(),
                                       s ? s->stat : fsops::Stat{}, t ? t->stat : fsops::Stat{},
                                       kind });
    };

    auto compare = [&](const Entry *s, const Entry *t) {
        if (s && s->stat.type == EntryType::Special) {
            add(ActionKind::SkipSpecial, s, t);
            return;
        }
        if (!t) {
            add(s->stat.type == EntryType::Folder ? ActionKind::CreateFolder : ActionKind::Copy, s,
                t);
            return;
        }
        if (!s) {
            if (mirror)
                add(ActionKind::Delete, s, t);
            return;
        }
        const bool sourceIsFolder = s->stat.type == EntryType::Folder;
        const bool targetIsFolder = t->stat.type == EntryType::Folder;
        if (sourceIsFolder && targetIsFolder) {
            add(ActionKind::EnterFolder, s, t);
            return;
        }
        if (sourceIsFolder || targetIsFolder) {
            // Never write through a link or into a file where a folder belongs.
            add(mirror ? ActionKind::Replace : ActionKind::SkipConflict, s, t);
            return;
        }
        const bool unchanged
                = s->stat.type == EntryType::File
                          ? t->stat.type == EntryType::File
                                    && sameFile(s->stat, comparedStat(*t), options.coarseTimes)
                          : t->stat.type == EntryType::Link && s->linkTarget == t->linkTarget;
        if (!unchanged) {
            if (options.onlyMissing)
                ++plan.unchangedFiles; // the target (a restore's source) keeps its own
            else
                add(ActionKind::Update, s, t);
        } else if (options.mode == SyncMode::Move) {
            add(ActionKind::RemoveFromSource, s, t);
        } else if (s->stat.type == EntryType::File && s->stat.mode != t->stat.mode
                   && !options.onlyMissing && options.permissionBits) {
            add(ActionKind::SetPermissions, s, t);
        } else if (s->stat.type == EntryType::File) {
            ++plan.unchangedFiles;
            plan.unchangedBytes += s->stat.size;
        } else {
            ++plan.unchangedFiles;
        }
    };

    // A temporary (a file or a link of the pattern) is never a file of the user's on either
    // side: one in the target is what an interrupted run left, one in the source what an
    // interrupted restore left there. A folder of such a name is the user's: no run makes one.
    auto takesPart = [&](const Entry &e) {
        return !isTemporary(e.name, e.stat.type)
               && filter.takesPart(folderPath, e.name, e.stat.type == EntryType::Folder);
    };

    auto s = source.cbegin();
    auto t = target.cbegin();
    while (s != source.cend() || t != target.cend()) {
        const bool takeSource = t == target.cend() || (s != source.cend() && s->name <= t->name);
        const bool takeTarget = s == source.cend() || (t != target.cend() && t->name <= s->name);
        const Entry *se = takeSource && takesPart(*s) ? &*s : nullptr;
        const Entry *te = takeTarget && takesPart(*t) ? &*t : nullptr;
        if (takeTarget && isTemporary(t->name, t->stat.type))
            add(ActionKind::RemoveTemporary, nullptr, &*t);
        if (se || te)
            compare(se, te);
        if (takeSource)
            ++s;
        if (takeTarget)
            ++t;
    }
    return plan;
}

} // namespace lts
