#include "driveregistry.h"

#include "drivechains.h"
#include "remotelocation.h"

#include "driveissues.h"
#include "paths.h"

#include <QDir>

namespace lts {

DriveRegistry::DriveRegistry(const QString &configFolder, AvailabilityProber &prober, RunLog &log,
                             QObject *parent)
    : QObject(parent)
    , m_prober(prober)
    , m_log(log)
    , m_store(configFolder)
    , m_watcher(m_store.filePath())
{
    connect(&m_watcher, &ConfigWatcher::changed, this, &DriveRegistry::reload);
}

Result<void> DriveRegistry::load()
{
    Result<Config> config = m_store.load();
    if (!config)
        return config.error();
    m_watcher.noteOwnWrite();
    for (const Error &problem : m_store.problems())
        m_log.writeMessage(problem.message);
    m_config = *config;
    return {};
}

const Drive *DriveRegistry::find(const QString &name) const
{
    for (const Drive &drive : m_config.drives) {
        if (drive.name == name)
            return &drive;
    }
    return nullptr;
}

Error DriveRegistry::unknown(const QString &name)
{
    return Error{ unknownDrive, tr("There is no drive \"%1\".").arg(name) };
}

Result<void> DriveRegistry::save(const Config &config)
{
    const QString brokenBefore = m_store.brokenCopyPath();
    if (Result<void> saved = m_store.save(config); !saved)
        return Error{ configNotSaved, saved.error().message };
    m_watcher.noteOwnWrite();
    if (m_store.brokenCopyPath() != brokenBefore)
        m_log.writeMessage(tr("The configuration file could not be read whole; it was kept as %1.")
                                   .arg(QDir::toNativeSeparators(m_store.brokenCopyPath())));
    return {};
}

Result<void> DriveRegistry::changeSettings(const Settings &settings)
{
    Config changed = m_config;
    changed.settings = settings;
    if (Result<void> saved = save(changed); !saved)
        return saved;
    const bool differ = changed.settings != m_config.settings;
    m_config = std::move(changed);
    if (differ)
        Q_EMIT settingsChanged(m_config.settings);
    return {};
}

// ---- adding and editing drives

DriveValidator::FactsLookup DriveRegistry::Looks::lookup() const
{
    if (!prober)
        return {};
    // The folders looked at for this change, then what the prober last found of the others
    // (their links, for overlapping targets); a folder without an answer is taken as written.
    return [fresh = fresh, prober = prober](const QString &path) -> std::optional<LocationFacts> {
        if (const auto found = fresh.constFind(path); found != fresh.cend())
            return found->answered() ? std::optional(found->value) : std::nullopt;
        if (const std::optional<LocationProbe> known = prober->cached(path);
            known && known->answered())
            return known->value;
        return std::nullopt;
    };
}

void DriveRegistry::Looks::refuseUnanswered(DriveVerdict &verdict) const
{
    const struct
    {
        AvailabilityProber::Role role;
        QString path;
        QString code;
    } folders[] = {
        { AvailabilityProber::Role::Source, verdict.drive.source, issue::InvalidSourcePath },
        { AvailabilityProber::Role::Target, verdict.drive.target, issue::InvalidTargetPath }
    };
    for (const auto &folder : folders) {
        const auto found = fresh.constFind(folder.path);
        if (found == fresh.cend() || found->answered())
            continue;
        const QString words = prober->notAnswering(folder.role, folder.path);
        verdict.errors.append({ folder.code, words });
        verdict.notAnswering.append(words);
    }
    verdict.errors = issue::ordered(verdict.errors);
}

QFuture<QHash<QString, LocationProbe>> DriveRegistry::lookAt(const QStringList &locations)
{
    QList<QFuture<LocationProbe>> looks;
    for (const QString &location : locations)
        looks.append(m_prober.probe(location));
    return QtFuture::whenAll(looks.begin(), looks.end())
            .then([](const QList<QFuture<LocationProbe>> &done) {
                QHash<QString, LocationProbe> found;
                for (const QFuture<LocationProbe> &look : done) {
                    if (look.resultCount() > 0)
                        found.insert(look.result().location, look.result());
                }
                return found;
            });
}

namespace {

// The folders of a drive the prober is to look at: those given as paths of this computer, and
// those on servers of a kind this build reaches (the prober connects, within its deadline).
QStringList foldersOf(const Drive &drive)
{
    QStringList folders;
    for (const QString &location : { drive.source, drive.target }) {
        if (RemoteLocation::isRemote(location)) {
            if (!DriveValidator::unreachableLocation(location))
                folders.append(location.trimmed());
            continue;
        }
        const QString path = paths::normalized(location);
        if (!path.isEmpty() && !DriveValidator::unreachableLocation(location))
            folders.append(path);
    }
    return folders;
}

} // namespace

QList<DriveVerdict> DriveRegistry::add(const QList<DecodedDrive> &drives)
{
    return addChecked(drives, Looks{});
}

QList<DriveVerdict> DriveRegistry::add(const QList<DecodedDrive> &drives,
                                       const QHash<QString, LocationProbe> &looked)
{
    return addChecked(drives, Looks{ looked, &m_prober });
}

QFuture<QList<DriveVerdict>> DriveRegistry::addLater(const QList<DecodedDrive> &drives)
{
    QStringList locations;
    for (const DecodedDrive &decoded : drives) {
        for (const QString &folder : foldersOf(decoded.drive)) {
            if (!locations.contains(folder))
                locations.append(folder);
        }
    }
    return lookAt(locations).then(this, [this, drives](const QHash<QString, LocationProbe> &fresh) {
        return addChecked(drives, Looks{ fresh, &m_prober });
    });
}

QList<DriveVerdict> DriveRegistry::addChecked(const QList<DecodedDrive> &drives, const Looks &looks)
{
    DriveValidator validator(m_config.drives, DriveValidator::Scope::FieldsAndFileSystem,
                             looks.lookup());
    QList<DriveVerdict> verdicts;
    Config next = m_config;
    for (const DecodedDrive &decoded : drives) {
        DriveVerdict verdict = validator.validate(decoded, next.drives.size() + 1);
        if (looks.prober)
            looks.refuseUnanswered(verdict);
        if (verdict.accepted()) {
            validator.add(verdict.drive);
            next.drives.append(verdict.drive);
        }
        verdicts.append(std::move(verdict));
    }
    if (next.drives.size() == m_config.drives.size())
        return verdicts;
    if (Result<void> saved = save(next); !saved) {
        for (DriveVerdict &verdict : verdicts) {
            if (verdict.accepted())
                verdict.errors.append(saved.error());
        }
        return verdicts;
    }
    const qsizetype firstAdded = m_config.drives.size();
    m_config = std::move(next);
    for (qsizetype row = firstAdded; row < m_config.drives.size(); ++row) {
        const Drive added = m_config.drives.at(row);
        m_log.writeMessage(tr("Added the drive \"%1\".").arg(added.name));
        Q_EMIT driveAdded(added);
    }
    return verdicts;
}

DecodedDrive DriveRegistry::decodeEdit(const QString &name, const QJsonObject &changes) const
{
    const Drive *current = find(name);
    DecodedDrive decoded = DriveCodec::decode(changes, current ? *current : Drive{});
    decoded.hasName = true; // an edit keeps the drive's name unless it gives one
    return decoded;
}

DriveVerdict DriveRegistry::edit(const QString &name, const QJsonObject &changes)
{
    return applyEdit(name, decodeEdit(name, changes), Looks{});
}

DriveVerdict DriveRegistry::edit(const QString &name, const Drive &drive)
{
    return applyEdit(name, DecodedDrive{ drive, {}, true }, Looks{});
}

DriveVerdict DriveRegistry::edit(const QString &name, const Drive &drive,
                                 const QHash<QString, LocationProbe> &looked)
{
    return applyEdit(name, DecodedDrive{ drive, {}, true }, Looks{ looked, &m_prober });
}

QFuture<DriveVerdict> DriveRegistry::editLater(const QString &name, const QJsonObject &changes)
{
    return editAfterLooking(name, decodeEdit(name, changes));
}

QFuture<DriveVerdict> DriveRegistry::editLater(const QString &name, const Drive &drive)
{
    return editAfterLooking(name, DecodedDrive{ drive, {}, true });
}

QFuture<DriveVerdict> DriveRegistry::editAfterLooking(const QString &name, DecodedDrive decoded)
{
    const Drive *current = find(name);
    const bool foldersChanged = current
                                && (decoded.drive.source != current->source
                                    || decoded.drive.target != current->target);
    // Another interval or other options: no disk to wait for, whatever state it is in.
    if (!foldersChanged)
        return QtFuture::makeReadyFuture(
                applyEdit(name, std::move(decoded), Looks{ {}, &m_prober }));
    return lookAt(foldersOf(decoded.drive))
            .then(this, [this, name, decoded](const QHash<QString, LocationProbe> &fresh) {
                return applyEdit(name, decoded, Looks{ fresh, &m_prober });
            });
}

DriveVerdict DriveRegistry::applyEdit(const QString &name, DecodedDrive decoded, const Looks &looks)
{
    const Drive *current = find(name);
    if (!current)
        return { decoded.drive, { unknown(name) }, {}, {} };
    const Drive previous = *current;
    QList<Drive> others = m_config.drives;
    const qsizetype row = others.indexOf(previous);
    others.removeAt(row);
    // A new name is followed by the drives that ran after the old one: judged that way too,
    // so that a circle through them is seen.
    const QString renamed = DriveValidator::trimmedText(decoded.drive.name);
    if (decoded.hasName && renamed != previous.name)
        DriveChains::rename(others, previous.name, renamed);
    // The disk is asked only about folders that change: a drive whose backup disk is
    // unplugged can still get a new interval.
    const bool foldersChanged
            = decoded.drive.source != previous.source || decoded.drive.target != previous.target;
    const DriveValidator validator(std::move(others),
                                   foldersChanged ? DriveValidator::Scope::FieldsAndFileSystem
                                                  : DriveValidator::Scope::Fields,
                                   looks.lookup());
    DriveVerdict verdict = validator.validate(decoded, row + 1);
    if (foldersChanged && looks.prober)
        looks.refuseUnanswered(verdict);
    if (!verdict.accepted() || verdict.drive == previous)
        return verdict;
    Config next = m_config;
    next.drives[row] = verdict.drive;
    const QList<qsizetype> followers
            = DriveChains::rename(next.drives, previous.name, verdict.drive.name);
    if (Result<void> saved = save(next); !saved) {
        verdict.errors.append(saved.error());
        return verdict;
    }
    const Config before = std::exchange(m_config, std::move(next));
    Q_EMIT driveChanged(previous, verdict.drive);
    announceFollowers(before, followers);
    return verdict;
}

void DriveRegistry::announceFollowers(const Config &before, const QList<qsizetype> &rows)
{
    for (qsizetype row : rows)
        Q_EMIT driveChanged(before.drives.at(row), m_config.drives.at(row));
}

Result<void> DriveRegistry::setEnabled(const QString &name, bool enabled)
{
    const Drive *current = find(name);
    if (!current)
        return unknown(name);
    if (current->enabled == enabled)
        return {};
    const Drive previous = *current;
    Config next = m_config;
    const qsizetype row = next.drives.indexOf(previous);
    next.drives[row].enabled = enabled;
    if (Result<void> saved = save(next); !saved)
        return saved;
    m_config = std::move(next);
    Q_EMIT driveChanged(previous, m_config.drives.at(row));
    return {};
}

Result<void> DriveRegistry::remove(const QString &name)
{
    const Drive *current = find(name);
    if (!current)
        return unknown(name);
    const Drive removed = *current;
    Config next = m_config;
    next.drives.removeAt(next.drives.indexOf(removed));
    const QList<qsizetype> followers = DriveChains::forget(next.drives, name);
    if (Result<void> saved = save(next); !saved)
        return saved;
    Config before = std::exchange(m_config, std::move(next));
    before.drives.removeAt(before.drives.indexOf(removed)); // rows as in m_config
    m_log.writeMessage(tr("Removed the drive \"%1\"; no file was touched.").arg(name));
    for (qsizetype row : followers)
        m_log.writeMessage(tr("The drive \"%1\" ran after \"%2\", which was removed: it runs on "
                              "its own schedule now.")
                                   .arg(m_config.drives.at(row).name, name));
    Q_EMIT driveRemoved(removed);
    announceFollowers(before, followers);
    return {};
}

// ---- config.json changed by hand

void DriveRegistry::reload(bool exists)
{
    const QString file = QDir::toNativeSeparators(m_store.filePath());
    if (!exists) {
        m_log.writeMessage(tr("%1 was removed; the drives stay as they are and are written back "
                              "at the next change.")
                                   .arg(file));
        return;
    }
    Result<Config> loaded = m_store.load();
    if (!loaded) {
        m_log.writeMessage(
                tr("The changes to %1 were ignored: %2").arg(file, loaded.error().message));
        return;
    }
    if (!m_store.problems().isEmpty()) {
        for (const Error &problem : m_store.problems())
            m_log.writeMessage(problem.message);
        m_log.writeMessage(tr("The changes to %1 were ignored until the file is fixed; the drives "
                              "stay as they were.")
                                   .arg(file));
        return;
    }
    if (*loaded == m_config)
        return;
    const Config previous = std::exchange(m_config, *loaded);
    m_log.writeMessage(tr("Read the changes to %1.").arg(file));
    const auto named = [](const QList<Drive> &drives, const QString &name) {
        return std::find_if(drives.cbegin(), drives.cend(),
                            [&name](const Drive &d) { return d.name == name; });
    };
    for (const Drive &drive : previous.drives) {
        if (named(m_config.drives, drive.name) == m_config.drives.cend())
            Q_EMIT driveRemoved(drive);
    }
    for (const Drive &drive : m_config.drives) {
        const auto before = named(previous.drives, drive.name);
        if (before == previous.drives.cend())
            Q_EMIT driveAdded(drive);
        else if (*before != drive)
            Q_EMIT driveChanged(*before, drive);
    }
    Q_EMIT reloaded();
    if (m_config.settings != previous.settings)
        Q_EMIT settingsChanged(m_config.settings);
}

} // namespace lts
