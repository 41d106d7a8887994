#include "rundetails.h"

#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace lts {

namespace {

const QString versionKey = QStringLiteral("Version");
const QString driveKey = QStringLiteral("Drive");
const QString startedKey = QStringLiteral("Started");
const QString entriesKey = QStringLiteral("Entries");
const QString omittedKey = QStringLiteral("Omitted");
const QString changesListedKey = QStringLiteral("ChangesListed");
const QString actionKey = QStringLiteral("Action");
const QString pathKey = QStringLiteral("Path");
const QString reasonKey = QStringLiteral("Reason");

// A file larger than this was not written by write(): reading it would only stall the window.
constexpr qint64 maxFileBytes = qint64(16) << 20;

// As the history writes it, so a history line finds its run.
QString startedText(const QDateTime &started)
{
    return started.toUTC().toString(Qt::ISODate);
}

std::optional<SyncEntry::Action> parseAction(const QString &name)
{
    for (SyncEntry::Action action :
         { SyncEntry::Action::Added, SyncEntry::Action::Updated, SyncEntry::Action::Deleted,
           SyncEntry::Action::Skipped, SyncEntry::Action::Failed }) {
        if (SyncEntry::actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

QJsonObject entryJson(const SyncEntry &entry)
{
    QJsonObject json{ { actionKey, SyncEntry::actionName(entry.action) },
                      { pathKey, QString::fromUtf8(entry.path) } };
    if (!entry.reason.isEmpty())
        json.insert(reasonKey, entry.reason);
    return json;
}

} // namespace

RunDetails::RunDetails(QString dataFolder)
    : m_folder(std::move(dataFolder))
{ }

QString RunDetails::folderPath() const
{
    return QDir(m_folder).filePath(folderName);
}

QString RunDetails::filePath(const QString &drive, const QDateTime &started) const
{
    // The start time first, so the names sort by age; the drive's name may hold any
    // character, so it goes in as a hash (the file itself names the drive).
    const QByteArray hash
            = QCryptographicHash::hash(drive.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(folderPath())
            .filePath(started.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'") + u'-'
                      + QString::fromLatin1(hash) + u".json");
}

Result<void> RunDetails::write(const QString &drive, const SyncReport &report) const
{
    if (!report.started.isValid())
        return {}; // nothing a history line could find it by

    // What the user looks for first: what went wrong, then what is gone, then the rest.
    const auto kindOf = [](SyncEntry::Action action) {
        switch (action) {
        case SyncEntry::Action::Failed:
        case SyncEntry::Action::Skipped:
            return 0;
        case SyncEntry::Action::Deleted:
            return 1;
        case SyncEntry::Action::Updated:
            return 2;
        case SyncEntry::Action::Added:
            break;
        }
        return 3;
    };
    QJsonArray entries;
    std::int64_t omitted = report.unlisted;
    const bool listsChanges
            = std::any_of(report.entries.cbegin(), report.entries.cend(),
                          [&kindOf](const SyncEntry &e) { return kindOf(e.action) > 0; });
    for (int kind = 0; kind < 4; ++kind) {
        qsizetype taken = 0;
        for (const SyncEntry &entry : report.entries) {
            if (kindOf(entry.action) != kind)
                continue;
            if (taken++ < maxEntries)
                entries.append(entryJson(entry));
            else
                ++omitted;
        }
    }
    const QJsonObject json{
        { versionKey, 1 },
        { driveKey, drive },
        { startedKey, startedText(report.started) },
        { entriesKey, entries },
        { omittedKey, qint64(omitted) },
        { changesListedKey, listsChanges || report.unlisted > 0 || !report.changedSomething() },
    };

    const QString path = filePath(drive, report.started);
    (void)PrivateFiles::makeFolder(folderPath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return Error{ QStringLiteral("Run Details Not Saved"),
                      tr("Cannot keep the list of files of this run in %1: %2")
                              .arg(QDir::toNativeSeparators(folderPath()), file.errorString()) };
    removeOldRuns(QFileInfo(path).fileName());
    return {};
}

void RunDetails::removeOldRuns(const QString &keep) const
{
    const QDir folder(folderPath());
    QStringList names = folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    // The run just written stays even when the clock was set back and it looks oldest.
    names.removeOne(keep);
    const qsizetype excess = names.size() + 1 - maxRuns;
    for (qsizetype i = 0; i < excess; ++i)
        QFile::remove(folder.filePath(names.at(i)));
}

std::optional<RunDetails::Details> RunDetails::read(const QString &drive,
                                                    const QDateTime &started) const
{
    if (!started.isValid())
        return std::nullopt;
    const Result<QByteArray> content
            = PrivateFiles::readOwnFile(filePath(drive, started), maxFileBytes);
    if (!content)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*content);
    const QJsonObject json = document.object();
    // The name holds a hash of the drive's name: the file says whose run it really is.
    if (!document.isObject() || json.value(driveKey).toString() != drive
        || json.value(startedKey).toString() != startedText(started)
        || !json.value(entriesKey).isArray())
        return std::nullopt;

    Details details;
    const QJsonArray entries = json.value(entriesKey).toArray();
    details.entries.reserve(std::min(entries.size(), 4 * maxEntries));
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const std::optional<SyncEntry::Action> action
                = parseAction(entry.value(actionKey).toString());
        if (!action || !entry.value(pathKey).isString())
            continue;
        details.entries.append(
                { *action, entry.value(pathKey).toString(), entry.value(reasonKey).toString() });
    }
    details.omitted = std::max<std::int64_t>(0, json.value(omittedKey).toInteger());
    details.changesListed = json.value(changesListedKey).toBool(true);
    return details;
}

} // namespace lts
