#include "drivevalidator.h"

#include "driveissues.h"
#include "paths.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>

namespace lts {

namespace {

using namespace std::chrono_literals;
constexpr std::chrono::milliseconds shortestInterval = 1s;
constexpr std::chrono::milliseconds longestInterval = 366 * 24h;

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Characters that show nothing and join nothing: inside a name they only make two names
// that look the same differ. (Joiners, U+200C and U+200D, are left alone: scripts and emoji
// need them.)
bool isInvisible(QChar c)
{
    return c == QChar(0xFEFF) || c == QChar(0x200B) || c == QChar(0x2060);
}

bool isSpaceOrFormat(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format;
}

} // namespace

DriveValidator::DriveValidator(const QList<Drive> &others, Scope scope, FactsLookup facts)
    : m_scope(scope)
    , m_facts(std::move(facts))
{
    for (const Drive &other : others)
        add(other);
}

void DriveValidator::add(const Drive &accepted)
{
    m_names.insert(accepted.name);
    m_chains.add(accepted);
    if (!accepted.target.isEmpty()) {
        m_targets.add(resolve(accepted.target), accepted.name);
        m_targetOf.insert(accepted.name, accepted.target);
    }
    ++m_count;
}

DriveVerdict DriveValidator::validate(const DecodedDrive &decoded, qsizetype position) const
{
    DriveVerdict verdict{ decoded.drive, {}, {}, {} };
    QList<Error> issues = decoded.issues;
    const bool notAnObject = std::any_of(issues.cbegin(), issues.cend(), [](const Error &e) {
        return e.code == issue::InvalidDrive;
    });
    if (notAnObject) {
        verdict.errors = issue::ordered(issues);
        return verdict;
    }
    if (m_count >= maxDrives) {
        verdict.errors = {
            { issue::TooManyDrives,
              tr("There are %1 drives already, as many as LetThatSyncIn keeps.").arg(maxDrives) }
        };
        return verdict;
    }

    Drive &drive = verdict.drive;
    drive.name = trimmedText(drive.name);
    QStringList patterns;
    for (const QString &pattern : std::as_const(drive.exclude)) {
        const QString trimmed = trimmedText(pattern);
        if (!trimmed.isEmpty() && !patterns.contains(trimmed))
            patterns.append(trimmed);
    }
    drive.exclude = patterns;
    if (!decoded.hasName)
        drive.name = defaultName(position);
    const bool nameWasText = std::none_of(issues.cbegin(), issues.cend(), [](const Error &e) {
        return e.code == issue::InvalidName;
    });
    if (nameWasText)
        checkName(drive, issues);
    drive.after = trimmedText(drive.after);
    if (m_checkChains) {
        if (std::optional<Error> chain = m_chains.problem(drive))
            issues.append(*chain);
    }
    checkSource(drive, issues);
    checkTarget(drive, issues);
    checkInterval(drive, issues);
    checkUpload(drive, issues);
    for (const QString &side : { drive.source, drive.target }) {
        if (std::optional<Error> insecure = insecureConnection(side))
            issues.append(*insecure);
    }

    for (const Error &e : issue::ordered(issues))
        (issue::isError(e.code) ? verdict.errors : verdict.warnings).append(e);
    return verdict;
}

DriveVerdict DriveValidator::validate(const Drive &drive) const
{
    return validate(DecodedDrive{ drive, {}, true }, m_count + 1);
}

QString DriveValidator::trimmedText(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpaceOrFormat(text.at(begin)))
        ++begin;
    while (end > begin && isSpaceOrFormat(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

std::optional<Error> DriveValidator::insecureConnection(const QString &location)
{
    if (!RemoteLocation::isRemote(location))
        return std::nullopt;
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote || remote->encrypted() || remote->user().isEmpty())
        return std::nullopt;
    return Error{ issue::InsecureConnection,
                  tr("%1 is not encrypted: its password crosses the network as it is, and anyone "
                     "on the way can read it and your files. Use it only inside a network you "
                     "trust, or choose the encrypted kind (davs://, ftpes://) if the server "
                     "offers it.")
                          .arg(remote->friendlyName()) };
}

void DriveValidator::setReachable(Reachable reachable)
{
    m_reachable = std::move(reachable);
}

std::optional<QString> DriveValidator::unreachableLocation(const QString &location,
                                                           const Reachable &reachable)
{
    if (!RemoteLocation::isRemote(location))
        return std::nullopt;
    // The caller gives the code (source or target); only the words are needed here.
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote)
        return remote.error().message;
    if (reachable(remote->kind()))
        return std::nullopt;
    const QString scheme = paths::remoteScheme(location);
    return tr("%1 is a location of the kind \"%2\", which this version of LetThatSyncIn cannot "
              "reach yet; choose a folder of this computer (a network share mounted here is "
              "one).")
            .arg(location.trimmed(), scheme);
}

QString DriveValidator::defaultName(qsizetype position) const
{
    qsizetype number = std::max<qsizetype>(position, 1);
    while (m_names.contains(QString::number(number)))
        ++number;
    return QString::number(number);
}

QString DriveValidator::nameForFolder(const QString &source, qsizetype position) const
{
    const QString folder = trimmedText(QFileInfo(QDir::cleanPath(source.trimmed())).fileName());
    const bool usable = !folder.isEmpty() && folder.size() <= 120 && !hasControlCharacter(folder)
                        && std::none_of(folder.cbegin(), folder.cend(), isInvisible);
    if (!usable)
        return defaultName(position);
    QString name = folder;
    for (int number = 2; m_names.contains(name); ++number)
        name = QStringLiteral("%1 %2").arg(folder).arg(number);
    return name;
}

void DriveValidator::checkName(const Drive &drive, QList<Error> &issues) const
{
    if (drive.name.isEmpty())
        issues.append({ issue::InvalidName, tr("The drive needs a name.") });
    else if (drive.name.toUcs4().size() > maxNameLength)
        issues.append({ issue::InvalidName,
                        tr("The name is too long: at most %1 characters.").arg(maxNameLength) });
    else if (hasControlCharacter(drive.name))
        issues.append(
                { issue::InvalidName,
                  tr("The name must not contain control characters (such as a line break).") });
    else if (std::any_of(drive.name.cbegin(), drive.name.cend(), isInvisible))
        issues.append({ issue::InvalidName,
                        tr("The name must not contain invisible characters (such as a "
                           "zero-width space).") });

    if (m_names.contains(drive.name))
        issues.append({ issue::DuplicateName,
                        tr("Another drive is already called \"%1\".").arg(drive.name) });
}

void DriveValidator::checkSource(Drive &drive, QList<Error> &issues) const
{
    auto refuse = [&issues](const QString &message) {
        issues.append({ issue::InvalidSourcePath, message });
    };
    if (drive.source.trimmed().isEmpty())
        return refuse(tr("Choose the folder to copy from."));
    if (const std::optional<QString> remote = unreachableLocation(drive.source, m_reachable))
        return refuse(*remote);
    QString path;
    if (RemoteLocation::isRemote(drive.source)) {
        path = drive.source.trimmed(); // kept as written: the server decides what it means
        if (RemoteLocation::parse(path, {})->kind() == RemoteKind::Upload)
            return refuse(tr("%1 is an upload form, which can only be a target: files are sent "
                             "to it, never read from it.")
                                  .arg(RemoteLocation::displayName(path)));
    } else {
        path = paths::normalized(drive.source);
        if (path.isEmpty())
            return refuse(tr("The source must be a full path, such as /home/you/Pictures; \"%1\" "
                             "is not.")
                                  .arg(drive.source));
    }
    drive.source = path;
    if (m_scope == Scope::Fields)
        return;
    const std::optional<LocationFacts> facts = factsOf(path);
    if (!facts)
        return;
    const QString shown = RemoteLocation::displayName(path);
    if (!facts->exists)
        return refuse(tr("The source folder %1 does not exist.").arg(shown));
    if (!facts->isFolder)
        return refuse(tr("The source %1 is not a folder.").arg(shown));
    if (!facts->readable)
        return refuse(tr("The source folder %1 cannot be read: permission denied.").arg(shown));
}

void DriveValidator::checkTarget(Drive &drive, QList<Error> &issues) const
{
    auto refuse = [&issues](const QString &message) {
        issues.append({ issue::InvalidTargetPath, message });
    };
    if (drive.target.trimmed().isEmpty())
        return refuse(tr("Choose the folder to copy to."));
    if (const std::optional<QString> remote = unreachableLocation(drive.target, m_reachable))
        return refuse(*remote);
    QString path;
    if (RemoteLocation::isRemote(drive.target)) {
        path = drive.target.trimmed(); // kept as written: the server decides what it means
        if (RemoteLocation::parse(path, {})->kind() == RemoteKind::Upload
            && drive.mode == SyncMode::Mirror)
            return refuse(tr("%1 is an upload form, which cannot delete files: choose the mode "
                             "Update or Move, not Mirror.")
                                  .arg(RemoteLocation::displayName(path)));
    } else {
        path = paths::normalized(drive.target);
        if (path.isEmpty())
            return refuse(tr("The target must be a full path, such as /media/backup/Pictures; "
                             "\"%1\" is not.")
                                  .arg(drive.target));
    }
    drive.target = path;

    const QString source = RemoteLocation::isRemote(drive.source) ? drive.source.trimmed()
                                                                  : paths::normalized(drive.source);
    if (!source.isEmpty()) {
        switch (paths::relateResolved(resolve(path), resolve(source))) {
        case paths::Relation::Same:
            return refuse(tr("The target is the source folder itself."));
        case paths::Relation::FirstInsideSecond:
            return refuse(tr("The target is inside the source folder, so it would copy itself into "
                             "itself."));
        case paths::Relation::SecondInsideFirst:
            return refuse(tr("The target contains the source folder; mirroring would overwrite the "
                             "source."));
        case paths::Relation::Unrelated:
            break;
        }
    }

    if (const std::optional<QString> other = m_targets.overlapping(resolve(path)))
        issues.append(
                { issue::OverlappingTarget,
                  tr("The target overlaps the target of drive \"%1\" (%2): two drives writing "
                     "into one folder tree would delete each other's files.")
                          .arg(*other, m_targetOf.value(*other)) });

    if (m_scope == Scope::Fields)
        return;
    const std::optional<LocationFacts> facts = factsOf(path);
    if (!facts)
        return;
    const QString shown = RemoteLocation::displayName(path);
    if (facts->exists) {
        if (!facts->isFolder)
            return refuse(tr("The target %1 exists and is not a folder.").arg(shown));
        if (!facts->writable)
            return refuse(
                    tr("The target folder %1 cannot be written to: permission denied.").arg(shown));
        return;
    }
    const QString parent = QDir::toNativeSeparators(facts->parent);
    if (!facts->parentIsFolder)
        return refuse(tr("The target %1 cannot be created because %2 does not exist.")
                              .arg(shown, parent));
    if (!facts->parentWritable)
        return refuse(
                tr("The target %1 cannot be created: %2 is not writable.").arg(shown, parent));
}

QString DriveValidator::resolve(const QString &path) const
{
    // Two remote folders are compared by what their strings say (the server and the path);
    // only a disk of this computer has links to follow.
    if (RemoteLocation::isRemote(path)) {
        const Result<RemoteLocation> remote = RemoteLocation::parse(path, {});
        return remote ? remote->comparisonKey() : path.trimmed();
    }
    if (m_facts) {
        const std::optional<LocationFacts> facts = m_facts(path);
        return facts && !facts->resolved.isEmpty() ? facts->resolved : paths::cleaned(path);
    }
    return paths::resolved(path);
}

std::optional<LocationFacts> DriveValidator::factsOf(const QString &path) const
{
    if (m_facts) {
        std::optional<LocationFacts> facts = m_facts(path);
        if (facts && !facts->looked)
            return std::nullopt;
        return facts;
    }
    if (RemoteLocation::isRemote(path))
        return std::nullopt; // a server is asked by its backend's prober, never from here
    return LocationFacts::ofFolder(path);
}

void DriveValidator::checkInterval(Drive &drive, QList<Error> &issues) const
{
    const std::chrono::milliseconds interval = drive.interval();
    if (interval >= shortestInterval && interval <= longestInterval)
        return;
    issues.append({ issue::InvalidTime,
                    tr("Every %1 is outside 1 second to 366 days; the drive runs every 1 day.")
                            .arg(describeInterval(drive.sleep, drive.units)) });
    const Drive defaults;
    drive.sleep = defaults.sleep;
    drive.units = defaults.units;
}

std::optional<QString> DriveValidator::uploadFieldProblem(const QString &name,
                                                          const QString &fileField)
{
    if (trimmedText(name).isEmpty())
        return tr("A field of the upload form has no name.");
    if (hasControlCharacter(name))
        return tr("The upload form's field name \"%1\" holds a line break or another control "
                  "character.")
                .arg(name.simplified());
    if (name == fileField)
        return tr("The upload form's field \"%1\" is the one that takes the file: give the other "
                  "field another name.")
                .arg(name);
    return std::nullopt;
}

void DriveValidator::checkUpload(Drive &drive, QList<Error> &issues)
{
    if (!drive.upload)
        return;
    UploadForm &form = *drive.upload;
    if (trimmedText(form.fileField).isEmpty() || hasControlCharacter(form.fileField)) {
        issues.append({ issue::InvalidUpload,
                        tr("The upload form's file field needs a name without line breaks; "
                           "using \"file\".") });
        form.fileField = UploadForm{}.fileField;
    }
    for (auto field = form.fields.begin(); field != form.fields.end();) {
        if (const std::optional<QString> problem
            = uploadFieldProblem(field.key(), form.fileField)) {
            issues.append({ issue::InvalidUpload, tr("%1 It is not sent.").arg(*problem) });
            field = form.fields.erase(field);
        } else {
            ++field;
        }
    }
}

} // namespace lts
