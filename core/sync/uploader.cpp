#include "uploader.h"

#include <memory>

namespace lts {

using fsops::EntryType;

namespace {

constexpr std::int64_t chunkBytes = 256 << 10;

// The errors after which no other file can be sent either: the server is gone or does not
// answer (after the backend's tries), or wants a login or a trust the user must give.
bool stopsTheRun(const Error &error)
{
    return fsops::isFatalForRun(error) || error.code == QStringView(fsops::authenticationFailedCode)
           || error.code == QStringView(fsops::certificateUnknownCode);
}

} // namespace

Uploader::Uploader(const SyncJob &job, const Plan &plan, const fsops::Folder &source,
                   const fsops::Folder &form, TargetIndex &ledger, SyncReport &report,
                   ProgressReporter &progress, std::function<bool()> canceled)
    : m_job(job)
    , m_plan(plan)
    , m_source(source)
    , m_form(form)
    , m_ledger(ledger)
    , m_report(report)
    , m_progress(progress)
    , m_canceled(std::move(canceled))
{ }

void Uploader::list(SyncEntry entry)
{
    if (!m_job.listEveryEntry)
        return;
    // As the Executor lists: up to maxListedEntries of each kind, the rest counted.
    std::int64_t &listed
            = entry.action == SyncEntry::Action::Added ? m_listedAdded : m_listedUpdated;
    if (m_job.maxListedEntries > 0 && listed >= m_job.maxListedEntries) {
        ++m_report.unlisted;
        return;
    }
    ++listed;
    m_report.entries.push_back(std::move(entry));
}

bool Uploader::stopping() const
{
    return m_fatalError.has_value() || (m_canceled && m_canceled());
}

void Uploader::fail(const QByteArray &path, const QString &reason)
{
    ++m_report.errors;
    m_report.entries.push_back({ SyncEntry::Action::Failed, path, reason });
}

void Uploader::run()
{
    // A form has no folders: a folder of the source is only in the ledger, so that the next
    // run finds what was sent from it.
    for (std::size_t i = 1; i < m_plan.folders.size(); ++i) {
        const PlanFolder &folder = m_plan.folders[i];
        if (!folder.create)
            continue;
        fsops::Stat stat = folder.source;
        stat.type = EntryType::Folder;
        m_ledger.recordEntry(m_plan.folders[folder.parent].path, { folder.name, stat, {} });
    }
    m_ledger.commit();

    for (const PlanItem &item : m_plan.copies) {
        if (stopping())
            break;
        const QByteArray path = m_plan.pathOf(item);
        if (item.source.type != EntryType::File) {
            ++m_report.skipped;
            m_report.entries.push_back(
                    { SyncEntry::Action::Skipped, path,
                      tr("a link: an upload form takes files only, and links are not sent") });
            continue;
        }
        send(item);
    }
    if (m_job.mode == SyncMode::Move && !stopping()) {
        // Already sent by an earlier run, as the ledger says, and unchanged since.
        for (const PlanItem &item : m_plan.sourceRemovals) {
            if (stopping())
                break;
            removeSource(item, item.source, tr("it changed during the run; kept in the source"));
        }
        removeEmptySourceFolders();
    }
    m_ledger.commit();
    m_progress.flush();
}

const fsops::Folder *Uploader::sourceFolder(std::uint32_t index)
{
    if (const auto it = m_sourceFolders.find(index); it != m_sourceFolders.end())
        return &it->second;
    const QByteArray &path = m_plan.folders[index].path;
    Result<fsops::Folder> opened = m_source.openPath(path.isEmpty() ? QByteArray(".") : path);
    if (!opened)
        return nullptr;
    return &m_sourceFolders.emplace(index, std::move(opened).value()).first->second;
}

void Uploader::send(const PlanItem &item)
{
    const QByteArray path = m_plan.pathOf(item);
    const QByteArray &folderPath = m_plan.folders[item.folder].path;
    const QByteArray name = m_plan.nameOf(item);
    m_progress.setCurrent(path);
    const fsops::Folder *from = sourceFolder(item.folder);
    if (!from) {
        fail(path, tr("Cannot open the source folder."));
        return;
    }
    Result<fsops::Folder> place
            = folderPath.isEmpty() ? m_form.openPath(".") : m_form.openPath(folderPath);
    Result<std::unique_ptr<fsops::FileWriter>> writer
            = place ? place->createFile(name)
                    : Result<std::unique_ptr<fsops::FileWriter>>(place.error());
    if (!writer) {
        fail(path, writer.error().message);
        return;
    }
    Result<fsops::Stat> read = spool(*from, name, **writer);
    if (!read) {
        if (fsops::kindOf(read.error()) == fsops::ErrorKind::Cancelled)
            return;
        if (read.error().code == u"EAGAIN") {
            ++m_report.skipped;
            m_report.entries.push_back({ SyncEntry::Action::Skipped, path, read.error().message });
        } else {
            fail(path, read.error().message);
        }
        return;
    }
    // On the disk before the form is asked: a run that stops now sends the file again.
    m_ledger.markPending(folderPath, name);
    m_ledger.commit();
    if (Result<void> sent = (*writer)->finish(*read, false, false); !sent) {
        if (fsops::kindOf(sent.error()) == fsops::ErrorKind::Cancelled)
            return;
        fail(path, sent.error().message);
        if (stopsTheRun(sent.error()))
            m_fatalError = sent.error();
        return;
    }
    m_ledger.recordEntry(folderPath, { name, *read, {} }, *read);
    m_ledger.commit();
    if (item.kind == ActionKind::Update) {
        ++m_report.updated;
        SyncEntry entry{ SyncEntry::Action::Updated, path, {} };
        entry.sourceSize = read->size;
        entry.sourceModified = read->mtimeSec;
        entry.targetSize = item.target.size;
        entry.targetModified = item.target.mtimeSec;
        list(std::move(entry));
    } else {
        ++m_report.added;
        SyncEntry entry{ SyncEntry::Action::Added, path, {} };
        entry.sourceSize = read->size;
        entry.sourceModified = read->mtimeSec;
        list(std::move(entry));
    }
    m_report.bytes += read->size;
    m_progress.fileDone(path);
    if (m_job.mode == SyncMode::Move)
        removeSource(item, *read, tr("it changed in the source after it was sent; kept there"));
}

Result<fsops::Stat> Uploader::spool(const fsops::Folder &from, const QByteArray &name,
                                    fsops::FileWriter &writer)
{
    // Read whole before anything is sent: a file that changes meanwhile is not sent (it is on
    // the next run), so the form never gets a mix of two versions.
    Result<std::unique_ptr<fsops::FileReader>> reader = from.openFile(name);
    if (!reader)
        return reader.error();
    Result<fsops::Stat> before = (*reader)->stat();
    if (!before)
        return before.error();
    const std::unique_ptr<char[]> buffer(new char[chunkBytes]);
    std::int64_t done = 0;
    for (;;) {
        if (stopping())
            return fsops::errorOf(fsops::ErrorKind::Cancelled, tr("Cancelled"));
        Result<std::int64_t> n = (*reader)->read(buffer.get(), chunkBytes);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        if (Result<void> kept = writer.write(buffer.get(), *n); !kept)
            return kept.error();
        done += *n;
        m_progress.addBytes(*n);
    }
    Result<fsops::Stat> after = (*reader)->stat();
    if (!after)
        return after.error();
    if (after->sameContentStamp(*before) && done == before->size)
        return *before;
    m_progress.addBytes(-done);
    return Error{ QStringLiteral("EAGAIN"),
                  tr("it changed while it was read; it is sent on the next run") };
}

void Uploader::removeSource(const PlanItem &item, const fsops::Stat &sent, const QString &changed)
{
    const QByteArray path = m_plan.pathOf(item);
    const fsops::Folder *from = sourceFolder(item.folder);
    if (!from)
        return;
    Result<fsops::Stat> now = from->stat(m_plan.nameOf(item));
    if (!now || !now->sameContentStamp(sent)) {
        ++m_report.skipped;
        m_report.entries.push_back({ SyncEntry::Action::Skipped, path, changed });
        return;
    }
    if (Result<void> removed = from->removeFile(m_plan.nameOf(item)); !removed)
        fail(path,
             tr("Sent, but cannot remove it from the source: %1").arg(removed.error().message));
}

void Uploader::removeEmptySourceFolders()
{
    // Deepest first: a folder comes after its parent in the plan. Never the source root.
    for (std::size_t index = m_plan.folders.size() - 1; index > 0 && !stopping(); --index) {
        const PlanFolder &folder = m_plan.folders[index];
        if (const fsops::Folder *parent = sourceFolder(folder.parent))
            (void)parent->removeEmptyFolder(folder.name); // a folder still holding something stays
    }
    m_sourceFolders.clear();
}

} // namespace lts
