// VersionStore: the files that runs overwrote or deleted in a target, kept under
// TARGET/.letthatsyncin/versions/<run start>/<path>, with a note per run of why each was kept
// (versions/<run start>.kept). Lists them, puts one back without overwriting anything, and
// removes those older than the drive keeps them.
#pragma once

#include "fsops.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace lts {

class VersionStore final
{
    Q_DECLARE_TR_FUNCTIONS(lts::VersionStore)

public:
    enum class Reason : std::uint8_t { Overwritten, Deleted };

    struct Version
    {
        QByteArray path; // relative to the target root, as the disk spells it
        QDateTime kept; // the start of the run that kept it (UTC, to the millisecond)
        std::int64_t size = 0;
        std::int64_t modified = 0; // the file's own time, seconds since 1970
        Reason reason = Reason::Deleted;
        QByteArray folder; // the run's versions folder, relative to the target root

        // The same version: the folder only says where it is kept.
        friend bool operator==(const Version &a, const Version &b)
        {
            return a.path == b.path && a.kept == b.kept && a.size == b.size
                   && a.modified == b.modified && a.reason == b.reason;
        }
    };

    // What one run kept, and why: a path and, for a deleted folder, everything inside it.
    using KeptEntries = std::vector<std::pair<Reason, QByteArray>>;

    // ".letthatsyncin/versions", relative to the target root.
    static QByteArray folderPath();
    // "2026-12-06T101500.123Z": the name of a run's versions folder (those of the first
    // releases, to the second, are read too).
    static QByteArray stampOf(const QDateTime &runStart);
    static std::optional<QDateTime> timeOfStamp(const QByteArray &stamp);
    static QString reasonName(Reason reason); // "Overwritten", "Deleted" (the protocol's)
    static std::optional<Reason> parseReason(const QString &name);

    // Every version kept in the target, newest first, then by path; with `under`, only that
    // path and what is inside it (a path that leaves the drive fails with EINVAL). A target
    // without versions has none (no error).
    static Result<QList<Version>> list(const fsops::Folder &target, const QByteArray &under = {});

    // Notes why a run kept its entries (appended to what an earlier part of the run noted).
    static Result<void> noteReasons(const fsops::Folder &target, const QByteArray &stamp,
                                    const KeptEntries &kept);

    // Copies the version of `path` kept at `kept` into `destination` (the target or the
    // source root), creating the folders it needs. Nothing is overwritten: where another file
    // stands, the version comes back beside it as "name (restored 2026-12-06 101500).ext".
    // Returns the path it was restored to.
    static Result<QByteArray> restore(const fsops::Folder &target, const QByteArray &path,
                                      const QDateTime &kept, const fsops::Folder &destination);

    // Removes the runs' versions kept before `oldest`, and their notes.
    static void prune(const fsops::Folder &target, const QDateTime &oldest);
};

} // namespace lts
