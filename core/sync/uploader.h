// Uploader: applies a plan to an upload form (Capabilities::uploadOnly), where the Executor's
// way (temporary names, renames, versions, a look at the target before each change) has
// nothing to stand on. Each new or changed file of the source is sent once, under its own
// name, one after the other; the target's index is the ledger of what the form has: a file's
// row is pending before it is sent and done once the form took it (a 2xx answer), so the next
// run sends a file again only when it changed, or when its sending may not have ended.
//
// The one case where a form gets a file twice: the run stops (killed, the machine off) after
// the form took the file and before its row is done. The row is written within milliseconds of
// the answer, but no client can make "the server stored it" and "I know it did" one step; a
// form cannot be asked what it has, so the file is sent again rather than maybe never.
#pragma once

#include "fsops.h"
#include "plan.h"
#include "progressreporter.h"
#include "syncjob.h"
#include "syncreport.h"
#include "targetindex.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <unordered_map>

namespace lts {

class Uploader final
{
    Q_DECLARE_TR_FUNCTIONS(lts::Uploader)

public:
    Uploader(const SyncJob &job, const Plan &plan, const fsops::Folder &source,
             const fsops::Folder &form, TargetIndex &ledger, SyncReport &report,
             ProgressReporter &progress, std::function<bool()> canceled);

    void run();

    // The error that stopped the run (the server gone, a login or certificate refused).
    const std::optional<Error> &fatalError() const { return m_fatalError; }

private:
    // Sends one file; once the form took it, it is in the ledger (and, for Move, gone from
    // the source).
    void send(const PlanItem &item);
    // Reads the file whole into `writer` and checks that it did not change meanwhile.
    Result<fsops::Stat> spool(const fsops::Folder &from, const QByteArray &name,
                              fsops::FileWriter &writer);
    // Move: the source's file goes, if it is still what was sent.
    void removeSource(const PlanItem &item, const fsops::Stat &sent, const QString &changed);
    void removeEmptySourceFolders();
    const fsops::Folder *sourceFolder(std::uint32_t index);
    void fail(const QByteArray &path, const QString &reason);
    // A file sent, in the report's list (SyncJob::listEveryEntry, maxListedEntries).
    void list(SyncEntry entry);
    bool stopping() const;

    const SyncJob &m_job;
    const Plan &m_plan;
    const fsops::Folder &m_source;
    const fsops::Folder &m_form;
    TargetIndex &m_ledger;
    SyncReport &m_report;
    ProgressReporter &m_progress;
    std::function<bool()> m_canceled;
    std::unordered_map<std::uint32_t, fsops::Folder> m_sourceFolders;
    std::optional<Error> m_fatalError;
    std::int64_t m_listedAdded = 0;
    std::int64_t m_listedUpdated = 0;
};

} // namespace lts
