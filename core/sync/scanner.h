// Scanner: walks the source and the target folder by folder, lists each folder of both at
// the same time, and turns what the Planner says into the run's Plan.
#pragma once

#include "fsops.h"
#include "plan.h"
#include "syncjob.h"
#include "targetindex.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <unordered_map>

namespace lts {

class Scanner final
{
    Q_DECLARE_TR_FUNCTIONS(lts::Scanner)

public:
    // With `index`, the folders of the target listed are recorded in it; with `trustIndex`,
    // the target's listings come from it instead (TargetIndex), and only an entry the plan
    // would change is looked at in the target.
    Scanner(const SyncJob &job, const fsops::Folder &source, const fsops::Folder *target,
            std::function<bool()> canceled, TargetIndex *index = nullptr, bool trustIndex = false);

    // `target` may be null when the target root does not exist yet (a dry run of a first
    // run): everything is then new.
    Plan scan(const std::function<void(const Plan &)> &onFolderDone);
    // Lists only `folders` (SyncJob::ChangedFolders), the folders leading to them, and the
    // folders the run creates.
    void limitTo(const QList<QByteArray> &folders);

private:
    // A target folder opened and listed on the listing pool.
    struct TargetLook
    {
        Result<fsops::Folder> folder;
        Result<std::vector<fsops::Entry>> entries;
    };

    void scanFolder(Plan &plan, std::uint32_t index, std::vector<std::uint32_t> &pending);
    // The look at the target folder of plan folder `index` (`path`): the one started ahead
    // (prefetch()), or one started now.
    QFuture<TargetLook> lookAtTarget(std::uint32_t index, const QByteArray &path);
    // On a server, the target folders scanned next are listed ahead, a few at once over the
    // location's connections, so a full listing waits about one round trip per few folders.
    void prefetch(const Plan &plan, const std::vector<std::uint32_t> &pending);
    // Looks again, in the target, at each entry of `target` (a folder's listing from the index)
    // that `folderPlan` would overwrite, delete or rely on, and puts what the target has now
    // in its place (rule 6); true when one differed.
    bool checkIndexed(const QByteArray &path, const fsops::Folder &folder,
                      const FolderPlan &folderPlan, std::vector<fsops::Entry> &target);
    // The files and links a target folder holds, however deep; with `listed`, also each of
    // them, up to the job's listing limit.
    std::int64_t countTree(const fsops::Folder &parent, const QByteArray &name,
                           const QByteArray &path, std::deque<SyncEntry> *listed) const;

    const SyncJob &m_job;
    const fsops::Folder &m_source;
    const fsops::Folder *m_target;
    EntryFilter m_filter;
    PlanOptions m_options;
    std::function<bool()> m_canceled;
    TargetIndex *m_index;
    bool m_trustIndex;
    std::unordered_map<std::uint32_t, QFuture<TargetLook>> m_ahead; // by plan folder
    // The target cannot be listed (an upload form): its listings are the index's ledger.
    bool m_ledger = false;
    // With limitTo(): the folders listed, and those that lead to them (listed too).
    std::optional<QSet<QByteArray>> m_scope;
    QSet<QByteArray> m_leadingToScope;
    QThreadPool m_listingPool; // its own, so listing never waits for busy shared threads
};

} // namespace lts
