#include "versionstore.h"

#include "planner.h"

#include <QFile>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <limits>

namespace lts {

using fsops::EntryType;

namespace {

// To the millisecond, so two runs within one second keep their versions apart; folders of the
// first releases are to the second (timeOfStamp reads both).
const QString stampFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss.zzz'Z'");
const QByteArray notesSuffix = QByteArrayLiteral(".kept");
constexpr std::int64_t maxNotesBytes = 256LL << 20;

QByteArray parentOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? QByteArray() : path.left(slash);
}

QByteArray nameOf(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

QByteArray joined(const QByteArray &folder, const QByteArray &name)
{
    return folder.isEmpty() ? name : folder + '/' + name;
}

// A path that stays inside a root: relative, no empty, "." or ".." part.
bool isInsidePath(const QByteArray &path)
{
    if (path.isEmpty() || path.startsWith('/'))
        return false;
    const QList<QByteArray> parts = path.split('/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QByteArray &part) {
        return part.isEmpty() || part == "." || part == "..";
    });
}

Result<fsops::Folder> openFolder(const fsops::Folder &root, const QByteArray &path)
{
    return path.isEmpty() ? root.openPath(".") : root.openPath(path);
}

// The folder `path` inside `root`, made where it is missing (never through a link).
Result<fsops::Folder> makeFolders(const fsops::Folder &root, const QByteArray &path)
{
    Result<fsops::Folder> folder = root.openPath(".");
    if (path.isEmpty())
        return folder;
    for (const QByteArray &part : path.split('/')) {
        if (!folder)
            return folder;
        Result<void> made = folder->makeFolder(part, 0755);
        if (!made && made.error().code != u"EEXIST")
            return made.error();
        folder = folder->open(part);
    }
    return folder;
}

// "photo.jpg" -> "photo (restored 2026-12-06 101500).jpg"; a second one gets " 2", and so on.
QByteArray besideName(const QByteArray &name, const QDateTime &kept, int attempt)
{
    const qsizetype dot = name.lastIndexOf('.');
    const bool hasExtension = dot > 0;
    const QByteArray stem = hasExtension ? name.left(dot) : name;
    const QByteArray extension = hasExtension ? name.mid(dot) : QByteArray();
    QByteArray note
            = " (restored " + kept.toUTC().toString(QStringLiteral("yyyy-MM-dd HHmmss")).toLatin1();
    if (attempt > 1)
        note += ' ' + QByteArray::number(attempt);
    return stem + note + ')' + extension;
}

// The versions folder of the run that started at `kept`.
std::optional<QByteArray> findStamp(const fsops::Folder &target, const QDateTime &kept)
{
    Result<fsops::Folder> versions = target.openPath(VersionStore::folderPath());
    Result<std::vector<fsops::Entry>> runs = versions ? versions->list() : versions.error();
    if (!runs)
        return std::nullopt;
    for (const fsops::Entry &run : *runs) {
        if (run.stat.type == EntryType::Folder && VersionStore::timeOfStamp(run.name) == kept)
            return run.name;
    }
    return std::nullopt;
}

// Why a run kept each entry, from its notes: path -> reason.
QHash<QByteArray, VersionStore::Reason> readNotes(const fsops::Folder &versions,
                                                  const QByteArray &stamp)
{
    QHash<QByteArray, VersionStore::Reason> notes;
    const Result<QByteArray> text = versions.readFile(stamp + notesSuffix, maxNotesBytes);
    if (!text)
        return notes;
    for (const QByteArray &line : text->split('\n')) {
        if (line.size() < 3 || line.at(1) != ' ')
            continue;
        const VersionStore::Reason reason = line.at(0) == 'O' ? VersionStore::Reason::Overwritten
                                                              : VersionStore::Reason::Deleted;
        notes.insert(QByteArray::fromPercentEncoding(line.mid(2)), reason);
    }
    return notes;
}

} // namespace

QByteArray VersionStore::folderPath()
{
    return EntryFilter::appFolderName + "/versions";
}

QByteArray VersionStore::stampOf(const QDateTime &runStart)
{
    return runStart.toUTC().toString(stampFormat).toLatin1();
}

std::optional<QDateTime> VersionStore::timeOfStamp(const QByteArray &stamp)
{
    // Read as UTC from the start: read as local time first, a stamp in the hour a clock skips
    // in spring would not exist.
    const QString text = QString::fromLatin1(stamp);
    if (text.size() < 12 || text.at(10) != u'T' || !text.endsWith(u'Z'))
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QString clock = text.mid(11, text.size() - 12);
    QTime time = QTime::fromString(clock, QStringLiteral("HHmmss.zzz"));
    if (!time.isValid())
        time = QTime::fromString(clock, QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString VersionStore::reasonName(Reason reason)
{
    return reason == Reason::Overwritten ? QStringLiteral("Overwritten")
                                         : QStringLiteral("Deleted");
}

std::optional<VersionStore::Reason> VersionStore::parseReason(const QString &name)
{
    if (name == u"Overwritten")
        return Reason::Overwritten;
    if (name == u"Deleted")
        return Reason::Deleted;
    return std::nullopt;
}

Result<QList<VersionStore::Version>> VersionStore::list(const fsops::Folder &target,
                                                        const QByteArray &under)
{
    QList<Version> versions;
    if (!under.isEmpty() && !isInsidePath(under))
        return Error{ QStringLiteral("EINVAL"),
                      tr("\"%1\" is not a path inside the drive.").arg(QFile::decodeName(under)) };
    Result<fsops::Folder> folder = target.openPath(folderPath());
    if (!folder)
        return fsops::isMissing(folder.error()) ? Result<QList<Version>>(versions)
                                                : Result<QList<Version>>(folder.error());
    Result<std::vector<fsops::Entry>> runs = folder->list();
    if (!runs)
        return runs.error();

    for (const fsops::Entry &run : *runs) {
        const std::optional<QDateTime> kept = timeOfStamp(run.name);
        if (run.stat.type != EntryType::Folder || !kept)
            continue; // the notes, or not one of ours
        const QHash<QByteArray, Reason> notes = readNotes(*folder, run.name);
        Result<fsops::Folder> runFolder = folder->open(run.name);
        if (!runFolder)
            continue;
        // Why the entry was kept: its own note, or the note of a deleted folder holding it;
        // without a note (a run stopped before writing them), what the target has now says.
        const auto reasonOf = [&](const QByteArray &path) {
            for (QByteArray at = path; !at.isEmpty(); at = parentOf(at)) {
                if (const auto note = notes.constFind(at); note != notes.cend())
                    return *note;
            }
            Result<fsops::Folder> parent = openFolder(target, parentOf(path));
            return parent && parent->stat(nameOf(path)) ? Reason::Overwritten : Reason::Deleted;
        };
        const auto add = [&](const QByteArray &path, const fsops::Stat &stat) {
            versions.append({ path, *kept, stat.size, stat.mtimeSec, reasonOf(path),
                              folderPath() + '/' + run.name });
        };
        // Every file and link in a folder of this run's versions, however deep.
        std::function<void(const fsops::Folder &, const QByteArray &)> walk
                = [&](const fsops::Folder &at, const QByteArray &path) {
                      Result<std::vector<fsops::Entry>> entries = at.list();
                      if (!entries)
                          return;
                      for (const fsops::Entry &entry : *entries) {
                          const QByteArray entryPath = joined(path, entry.name);
                          if (entry.stat.type != EntryType::Folder) {
                              add(entryPath, entry.stat);
                          } else if (Result<fsops::Folder> inner = at.open(entry.name)) {
                              walk(*inner, entryPath);
                          }
                      }
                  };
        if (under.isEmpty()) {
            walk(*runFolder, {});
            continue;
        }
        Result<fsops::Folder> parent = openFolder(*runFolder, parentOf(under));
        const Result<fsops::Stat> stat = parent ? parent->stat(nameOf(under)) : parent.error();
        if (!stat)
            continue;
        if (stat->type != EntryType::Folder)
            add(under, *stat);
        else if (Result<fsops::Folder> inner = parent->open(nameOf(under)))
            walk(*inner, under);
    }
    std::sort(versions.begin(), versions.end(), [](const Version &a, const Version &b) {
        return a.kept != b.kept ? a.kept > b.kept : a.path < b.path;
    });
    return versions;
}

Result<void> VersionStore::noteReasons(const fsops::Folder &target, const QByteArray &stamp,
                                       const KeptEntries &kept)
{
    if (kept.empty())
        return {};
    QByteArray text;
    for (const auto &[reason, path] : kept)
        text += (reason == Reason::Overwritten ? "O " : "D ") + path.toPercentEncoding("/") + '\n';
    Result<fsops::Folder> folder = target.openPath(folderPath());
    if (!folder)
        return folder.error();
    return folder->appendToFile(stamp + notesSuffix, text);
}

Result<QByteArray> VersionStore::restore(const fsops::Folder &target, const QByteArray &path,
                                         const QDateTime &kept, const fsops::Folder &destination)
{
    if (!isInsidePath(path))
        return Error{ QStringLiteral("EINVAL"),
                      tr("\"%1\" is not a path inside the drive.").arg(QFile::decodeName(path)) };
    const QByteArray name = nameOf(path);
    Result<fsops::Folder> from = Error{ QStringLiteral("ENOENT"), {} };
    if (const std::optional<QByteArray> stamp = findStamp(target, kept))
        from = target.openPath(folderPath() + '/' + *stamp
                               + (parentOf(path).isEmpty() ? QByteArray() : '/' + parentOf(path)));
    const Result<fsops::Stat> version = from ? from->stat(name) : from.error();
    if (!version || version->type == EntryType::Folder || version->type == EntryType::Special)
        return Error{ QStringLiteral("ENOENT"),
                      tr("There is no version of %1 kept at %2.")
                              .arg(QFile::decodeName(path),
                                   QLocale().toString(kept.toLocalTime(), QLocale::ShortFormat)) };

    Result<fsops::Folder> to = makeFolders(destination, parentOf(path));
    if (!to)
        return Error{ to.error().code,
                      tr("Cannot make the folder to restore into: %1").arg(to.error().message) };
    // Nothing is overwritten: the same file already there is done; another one stays, and
    // the version comes back beside it.
    QByteArray restoredName = name;
    for (int attempt = 1;; ++attempt) {
        const Result<fsops::Stat> there = to->stat(restoredName);
        if (!there)
            break;
        if (attempt == 1 && there->type == version->type && there->size == version->size
            && there->mtimeSec == version->mtimeSec)
            return joined(parentOf(path), restoredName);
        restoredName = besideName(name, kept, attempt);
    }

    const QByteArray temporary = newTemporaryName(restoredName);
    Result<void> copied;
    if (version->type == EntryType::Link) {
        const Result<QByteArray> linkTarget = from->readLink(name);
        copied = linkTarget ? to->makeLink(temporary, *linkTarget) : linkTarget.error();
        if (copied)
            copied = to->setAttributes(temporary, *version, false);
    } else {
        const auto result = from->copyFile(
                name, *to, temporary, [] { return false; }, [](std::int64_t) {}, true);
        copied = result ? Result<void>() : Result<void>(result.error());
    }
    if (copied)
        copied = to->renameNoReplace(temporary, restoredName);
    if (!copied) {
        (void)to->removeFile(temporary);
        return Error{
            copied.error().code,
            tr("Cannot restore %1: %2").arg(QFile::decodeName(path), copied.error().message)
        };
    }
    return joined(parentOf(path), restoredName);
}

void VersionStore::prune(const fsops::Folder &target, const QDateTime &oldest)
{
    Result<fsops::Folder> versions = target.openPath(folderPath());
    if (!versions)
        return;
    Result<std::vector<fsops::Entry>> entries = versions->list();
    if (!entries)
        return;
    for (const fsops::Entry &entry : *entries) {
        const bool notes = entry.stat.type == EntryType::File && entry.name.endsWith(notesSuffix);
        const QByteArray stamp = notes ? entry.name.chopped(notesSuffix.size()) : entry.name;
        const std::optional<QDateTime> kept = timeOfStamp(stamp);
        if (!kept || (!notes && entry.stat.type != EntryType::Folder) || *kept >= oldest)
            continue; // not one of ours, or still kept
        if (notes)
            (void)versions->removeFile(entry.name);
        else
            (void)versions->removeTreeKeepingNewer(entry.name,
                                                   std::numeric_limits<std::int64_t>::max());
    }
}

} // namespace lts
