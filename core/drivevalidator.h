// DriveValidator: the rules a drive must meet before it is added or changed (protocol.md,
// "The drive object"), shared by the config loader, the protocol and the drive editor.
#pragma once

#include "drive.h"
#include "drivechains.h"
#include "drivecodec.h"
#include "locationfacts.h"
#include "paths.h"
#include "remotelocation.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace lts {

struct DriveVerdict
{
    Drive drive; // normalised, with every default applied
    QList<Error> errors; // in the protocol's order; any error means the drive is refused
    QList<Error> warnings; // in the protocol's order: defaults that replaced what was given
    // The words for each of its folders that did not answer in time (also among the errors).
    QStringList notAnswering;

    bool accepted() const { return errors.isEmpty(); }
};

class DriveValidator final
{
    Q_DECLARE_TR_FUNCTIONS(lts::DriveValidator)

public:
    enum class Scope {
        // Only what the drive's fields say: types, ranges, names, how paths relate (through
        // links). Used for the config file at start-up, when a backup disk may simply not be
        // plugged in.
        Fields,
        // Also what the filesystem says now: the source is a readable folder, the target can
        // be written or created, links are followed. Used when the user adds or edits a drive.
        FieldsAndFileSystem,
    };

    // What is known of a location's disk (found beforehand, on a prober's thread); nullopt
    // when nothing is: a source or target without facts is judged by its fields alone, and
    // a path without facts is compared as written.
    using FactsLookup = std::function<std::optional<LocationFacts>(const QString &path)>;

    // `others`: the drives the new or edited one must not clash with (for an edit, every
    // drive but the one edited). With `facts`, the validator asks no disk at all; without,
    // it asks the disk itself (links, and in the FieldsAndFileSystem scope the folders), on
    // the calling thread: never the GUI's or the service's main thread.
    explicit DriveValidator(const QList<Drive> &others, Scope scope = Scope::FieldsAndFileSystem,
                            FactsLookup facts = {});

    // One more drive the next ones must not clash with: a list is checked drive by drive,
    // each against those before it, in one pass.
    void add(const Drive &accepted);

    // `position`: the 1-based place the drive takes in the list, for its default name.
    DriveVerdict validate(const DecodedDrive &decoded, qsizetype position) const;
    DriveVerdict validate(const Drive &drive) const;

    // The drive's position as text, or the next number no other drive uses as its name.
    QString defaultName(qsizetype position) const;
    // The name a person expects for a drive of `source`: the folder's own name ("Photos"),
    // made free with a number ("Photos 2") when taken; the protocol's default (the position)
    // when there is no folder name.
    QString nameForFolder(const QString &source, qsizetype position) const;

    // `text` without the spaces and the invisible characters (U+FEFF, zero-width spaces and
    // other format characters) at its ends: what a name or a pattern means to a person, and
    // what survives config.json (Qt's JSON parser drops a leading U+FEFF of any string).
    static QString trimmedText(const QString &text);

    // Which kinds of remote location drives may use: by default those this build reaches
    // (RemoteLocation::reachable). Tests give others, to check the rules of every kind.
    using Reachable = std::function<bool(RemoteKind)>;
    void setReachable(Reachable reachable);

    // For a list read from a file: a drive may run after one further down, so the chains are
    // judged once the whole list is known (DriveChains::repair), not drive by drive.
    void leaveChainsToRepair() { m_checkChains = false; }

    // Why `location` cannot be used when it is a remote one (sftp://, davs://, ftp://,
    // post+https://, rclone:...): it is malformed (the precise reason, see RemoteLocation), or
    // of a kind this build does not reach (the message names its scheme). nullopt for a path
    // of this computer and for a well-formed remote location of a reachable kind.
    static std::optional<QString> unreachableLocation(const QString &location,
                                                      const Reachable &reachable
                                                      = &RemoteLocation::reachable);

    // The warning Insecure Connection for a remote location that logs in without encryption
    // (plain dav://, ftp:// or post+http:// naming a user: the password crosses the network as
    // it is), in words naming it; nullopt for any other location.
    static std::optional<Error> insecureConnection(const QString &location);

    // Why `name` cannot be a field of an upload form whose file goes in `fileField`: it is
    // blank, holds a control character (a line break would end the part's header), or is the
    // file's own field (two parts of one name, and the server takes either); nullopt when it
    // can be one.
    static std::optional<QString> uploadFieldProblem(const QString &name, const QString &fileField);

    static constexpr int maxNameLength = 128;
    // The drive list's length: far beyond what a person keeps, small enough that every check
    // and save of the list stays quick ("Too Many Drives" past it).
    static constexpr qsizetype maxDrives = 1000;

private:
    void checkName(const Drive &drive, QList<Error> &issues) const;
    void checkSource(Drive &drive, QList<Error> &issues) const;
    void checkTarget(Drive &drive, QList<Error> &issues) const;
    void checkInterval(Drive &drive, QList<Error> &issues) const;
    // Invalid Upload for each part of the upload form that cannot be sent as it is, which is
    // then left out (a field) or replaced by its default (the file's field).
    static void checkUpload(Drive &drive, QList<Error> &issues);
    // The path with its links resolved, as far as what is known allows.
    // A remote location: its RemoteLocation::comparisonKey().
    QString resolve(const QString &path) const;
    std::optional<LocationFacts> factsOf(const QString &path) const;

    QSet<QString> m_names; // of the others
    paths::FolderIndex m_targets; // the others' targets, resolved once, by drive name
    QHash<QString, QString> m_targetOf; // the others' targets as written, by drive name
    qsizetype m_count = 0; // of the others
    Scope m_scope;
    FactsLookup m_facts;
    Reachable m_reachable = &RemoteLocation::reachable;
    DriveChains m_chains; // of the others
    bool m_checkChains = true;
};

} // namespace lts
