// VolumeIdentity: remembers which filesystems a drive's source and target were on, and
// leaves a marker in the target, so a run into the empty mount point of an unplugged backup
// disk, or from the wrong disk, is refused instead of mirrored (safety rule 2).
#pragma once

#include "fsops.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lts {

class VolumeIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(lts::VolumeIdentity)

public:
    // `recordFile`: the JSON file in the data folder that holds this pair's identity.
    explicit VolumeIdentity(QString recordFile);

    bool isRecorded() const;
    // Whether a Mirror run of this pair, with these filters (`filters`: what decides which
    // entries take part), has made all its deletions: until one has, a Mirror run is a first
    // one (rule 10), even after runs in Update or Move mode or with other filters. A record of
    // the first releases, which did not say, counts as mirrored.
    bool hasMirrored(const QByteArray &filters) const;
    // Fails with "Volume Changed" when a filesystem is not the recorded one or the marker
    // in the target is gone.
    Result<void> check(const fsops::Folder &source, const fsops::Folder &target) const;
    // Records the filesystems of both roots and writes the marker (after a successful run);
    // `mirrored`: that run was a Mirror run that made all its deletions, with `filters`.
    Result<void> record(const fsops::Folder &source, const fsops::Folder &target, bool mirrored,
                        const QByteArray &filters) const;

    static inline const QString volumeChanged = QStringLiteral("Volume Changed");

    // Where the identity of a configured drive, or of a source and target pair given on the
    // command line, is recorded in the data folder. A drive and `sync --drive` share theirs;
    // a drive given another source or target starts afresh, as a new pair.
    static QString recordFileForDrive(const QString &dataFolder, const QString &driveName,
                                      const QString &source, const QString &target);
    static QString recordFileForPair(const QString &dataFolder, const QString &source,
                                     const QString &target);

private:
    QString m_recordFile;
};

} // namespace lts
