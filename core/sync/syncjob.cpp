#include "syncjob.h"

#include "paths.h"
#include "remotelocation.h"
#include "targetindex.h"
#include "volumeidentity.h"

namespace lts {

void CancelToken::cancel() const
{
    m_state->canceled.store(true);
    std::vector<std::function<void()>> closers;
    {
        const std::lock_guard lock(m_state->mutex);
        closers.swap(m_state->closers);
    }
    for (const std::function<void()> &close : closers)
        close();
}

void CancelToken::whenCanceled(std::function<void()> close) const
{
    {
        const std::lock_guard lock(m_state->mutex);
        if (!m_state->canceled.load()) {
            m_state->closers.push_back(std::move(close));
            return;
        }
    }
    close();
}

QString remoteLockFileFor(const QString &dataFolder, const QString &target)
{
    // One lock per folder on a server, whichever drive or command writes to it.
    const Result<RemoteLocation> remote = RemoteLocation::parse(target, {});
    const QString key = remote ? remote->comparisonKey() : target;
    return paths::keyedFile(dataFolder, QStringLiteral("locks"), key.toUtf8(),
                            QStringLiteral(".lock"));
}

SyncJob syncJobFor(const Drive &drive, const Settings &settings, const QString &dataFolder,
                   const RemoteAccess &access)
{
    SyncJob job;
    job.source = drive.source;
    job.target = drive.target;
    if (RemoteLocation::isRemote(drive.source))
        job.sourceLocation = locationFor(drive.source, access);
    if (RemoteLocation::isRemote(drive.target))
        job.targetLocation = locationFor(drive.target, access, drive.upload.value_or(UploadForm{}));
    job.mode = drive.mode;
    job.exclude = drive.exclude;
    job.hidden = drive.hidden;
    job.versions = drive.versions;
    job.maxDeletePercent = settings.maxDeletePercent;
    job.copyThreads = settings.copyThreads;
    job.durability = settings.durability;
    job.identityFile = VolumeIdentity::recordFileForDrive(dataFolder, drive.name, drive.source,
                                                          drive.target);
    // Listing a remote folder costs a round trip each: a remote target keeps an index.
    if (RemoteLocation::isRemote(drive.target)) {
        job.indexFile
                = TargetIndex::fileForDrive(dataFolder, drive.name, drive.source, drive.target);
        job.remoteLockFile = remoteLockFileFor(dataFolder, drive.target);
    }
    job.verifyDays = settings.verifyDays;
    return job;
}

} // namespace lts
