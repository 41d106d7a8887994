#include "volumeidentity.h"

#include "paths.h"
#include "planner.h"
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace lts {

namespace {

const QString sourceKey = QStringLiteral("Source");
const QString targetKey = QStringLiteral("Target");
const QString markerKey = QStringLiteral("Marker");
const QString mirroredKey = QStringLiteral("Mirrored");
const QString filtersKey = QStringLiteral("MirroredFilters");
const QByteArray markersFolder = QByteArrayLiteral("markers");

QJsonObject readRecord(const QString &file)
{
    // A record is a few lines; anything bigger is not one.
    const Result<QByteArray> content = PrivateFiles::readOwnFile(file, 64 << 10);
    return content ? QJsonDocument::fromJson(*content).object() : QJsonObject();
}

} // namespace

QString VolumeIdentity::recordFileForDrive(const QString &dataFolder, const QString &driveName,
                                           const QString &source, const QString &target)
{
    return paths::keyedFile(dataFolder, QStringLiteral("identity"),
                            paths::driveKey(driveName, source, target), QStringLiteral(".json"));
}

QString VolumeIdentity::recordFileForPair(const QString &dataFolder, const QString &source,
                                          const QString &target)
{
    return paths::keyedFile(dataFolder, QStringLiteral("identity"), paths::pairKey(source, target),
                            QStringLiteral(".json"));
}

VolumeIdentity::VolumeIdentity(QString recordFile)
    : m_recordFile(std::move(recordFile))
{ }

bool VolumeIdentity::isRecorded() const
{
    return QFileInfo::exists(m_recordFile);
}

Result<void> VolumeIdentity::check(const fsops::Folder &source, const fsops::Folder &target) const
{
    const QJsonObject record = readRecord(m_recordFile);
    if (record.isEmpty())
        return {};
    const Result<QByteArray> sourceId = source.fileSystemId();
    const Result<QByteArray> targetId = target.fileSystemId();
    if (!sourceId || QString::fromLatin1(*sourceId) != record.value(sourceKey).toString())
        return Error{ volumeChanged,
                      tr("The source folder is not on the disk it was on at the last run.") };
    if (!targetId || QString::fromLatin1(*targetId) != record.value(targetKey).toString())
        return Error{
            volumeChanged,
            tr("The target folder is not on the disk it was on at the last run. Is the backup "
               "disk plugged in?")
        };
    const QByteArray marker = record.value(markerKey).toString().toLatin1();
    Result<fsops::Folder> markers
            = target.openPath(EntryFilter::appFolderName + '/' + markersFolder);
    if (marker.isEmpty() || !markers || !markers->stat(marker))
        return Error{
            volumeChanged,
            tr("The target folder is not the one synced before (its marker in .letthatsyncin is "
               "gone). Is the backup disk mounted?")
        };
    return {};
}

bool VolumeIdentity::hasMirrored(const QByteArray &filters) const
{
    const QJsonObject record = readRecord(m_recordFile);
    if (!record.contains(mirroredKey))
        return true; // written before rule 10: the drive has been syncing all along
    return record.value(mirroredKey).toBool()
           && record.value(filtersKey).toString() == QString::fromLatin1(filters);
}

Result<void> VolumeIdentity::record(const fsops::Folder &source, const fsops::Folder &target,
                                    bool mirrored, const QByteArray &filters) const
{
    const Result<QByteArray> sourceId = source.fileSystemId();
    if (!sourceId)
        return sourceId.error();
    const Result<QByteArray> targetId = target.fileSystemId();
    if (!targetId)
        return targetId.error();

    const QJsonObject before = readRecord(m_recordFile);
    QByteArray marker = before.value(markerKey).toString().toLatin1();
    if (marker.isEmpty())
        marker = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    Result<fsops::Folder> app = target.openPath(EntryFilter::appFolderName);
    if (!app)
        return app.error();
    Result<void> made = app->makeFolder(markersFolder, 0755);
    if (!made && made.error().code != u"EEXIST")
        return made.error();
    Result<fsops::Folder> markers = app->open(markersFolder);
    if (!markers)
        return markers.error();
    if (!markers->stat(marker)) {
        // The marker is a name, made with one call: there is no content to corrupt. An empty
        // folder, which every filesystem can hold (FAT and exFAT backup disks have no symbolic
        // links, nor has Windows without administrator rights); check() accepts any kind, so
        // the links of earlier versions still count.
        Result<void> made = markers->makeFolder(marker, 0755);
        if (!made && made.error().code != u"EEXIST")
            return made.error();
    }

    // A mirror with other filters does not make these ones known; an Update run changes
    // nothing of what was mirrored.
    const bool mirroredBefore = before.value(mirroredKey).toBool();
    QJsonObject record{ { sourceKey, QString::fromLatin1(*sourceId) },
                        { targetKey, QString::fromLatin1(*targetId) },
                        { markerKey, QString::fromLatin1(marker) },
                        { mirroredKey, mirrored || mirroredBefore } };
    record.insert(filtersKey,
                  mirrored ? QString::fromLatin1(filters) : before.value(filtersKey).toString());
    (void)PrivateFiles::makeFolder(QFileInfo(m_recordFile).absolutePath());
    QSaveFile file(m_recordFile);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)
        || file.write(QJsonDocument(record).toJson()) < 0 || !file.commit())
        return Error{ QStringLiteral("EIO"),
                      tr("Cannot record the volume identity in %1: %2")
                              .arg(QDir::toNativeSeparators(m_recordFile), file.errorString()) };
    return {};
}

} // namespace lts
