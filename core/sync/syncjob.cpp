#include "syncjob.h"

#include "remotelocation.h"
#include "targetindex.h"
#include "volumeidentity.h"

namespace lts {

SyncJob syncJobFor(const Drive &drive, const Settings &settings, const QString &dataFolder)
{
    SyncJob job;
    job.source = drive.source;
    job.target = drive.target;
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
    }
    job.verifyDays = settings.verifyDays;
    return job;
}

} // namespace lts
