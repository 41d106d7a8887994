#include "configstore.h"

#include "drivecodec.h"
#include "driveissues.h"
#include "drivevalidator.h"
#include "privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace lts {

namespace {

namespace key {
const QString Version = QStringLiteral("Version");
const QString Settings = QStringLiteral("Settings");
const QString Drives = QStringLiteral("Drives");
} // namespace key

const QString InvalidConfig = QStringLiteral("Invalid Config");

QString messages(const QList<Error> &issues)
{
    QStringList list;
    for (const Error &e : issues)
        list.append(e.message);
    return list.join(u' ');
}

} // namespace

ConfigStore::ConfigStore(QString folder)
    : m_folder(std::move(folder))
{ }

QString ConfigStore::filePath() const
{
    return QDir(m_folder).filePath(fileName);
}

Result<Config> ConfigStore::load()
{
    m_problems.clear();
    m_refusal.reset();
    m_setAsideBeforeSave = false;
    m_unknownTopLevel = {};
    m_unknownDriveFields.clear();

    // A folder an earlier umask left open to others is closed before anything is read from
    // it: another user could have put drives of theirs in it.
    if (QFileInfo(m_folder).isDir())
        (void)PrivateFiles::makeFolder(m_folder);
    const Result<QByteArray> content = PrivateFiles::readOwnFile(filePath(), maxFileBytes);
    if (!content && content.error().code == PrivateFiles::missing)
        return Config{};
    if (!content) {
        m_refusal = Error{ InvalidConfig, tr("Cannot read the configuration file %1: %2.")
                                                  .arg(QDir::toNativeSeparators(filePath()),
                                                       content.error().message) };
        return *m_refusal;
    }
    Config config = parse(*content);
    if (m_refusal)
        return *m_refusal;
    m_setAsideBeforeSave = !m_problems.isEmpty();
    return config;
}

Config ConfigStore::parse(const QByteArray &data)
{
    const QString path = QDir::toNativeSeparators(filePath());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reportProblem(InvalidConfig,
                      tr("The configuration file %1 is not valid JSON (%2 at character %3); "
                         "no drive could be read from it.")
                              .arg(path, parseError.errorString())
                              .arg(parseError.offset));
        return {};
    }
    if (!document.isObject()) {
        reportProblem(InvalidConfig,
                      tr("The configuration file %1 must hold a JSON object; no drive could be "
                         "read from it.")
                              .arg(path));
        return {};
    }

    const QJsonObject top = document.object();
    const QJsonValue version = top.value(key::Version);
    if (version.isDouble() && version.toDouble() > formatVersion) {
        m_refusal = Error{ InvalidConfig,
                           tr("The configuration file %1 was written by a newer version of "
                              "LetThatSyncIn (format %2; this version reads format %3). It was "
                              "left untouched: update LetThatSyncIn to use it.")
                                   .arg(path)
                                   .arg(version.toDouble())
                                   .arg(formatVersion) };
        return {};
    }
    if (!version.isUndefined() && version.toDouble() != formatVersion)
        reportProblem(InvalidConfig,
                      tr("The configuration file's Version must be %1; reading it as version %1.")
                              .arg(formatVersion));

    for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
        if (it.key() != key::Version && it.key() != key::Settings && it.key() != key::Drives)
            m_unknownTopLevel.insert(it.key(), it.value());
    }

    Config config;
    const QJsonValue settings = top.value(key::Settings);
    if (settings.isObject()) {
        DecodedSettings decoded = SettingsCodec::decode(settings.toObject());
        config.settings = decoded.settings;
        for (const Error &problem : decoded.problems)
            reportProblem(problem.code, problem.message);
    } else if (!settings.isUndefined()) {
        reportProblem(InvalidConfig, tr("Settings must be a JSON object; using the defaults."));
    }
    config.drives = parseDrives(top.value(key::Drives));
    return config;
}

QList<Drive> ConfigStore::parseDrives(const QJsonValue &drives)
{
    QList<Drive> accepted;
    if (drives.isUndefined() || drives.isNull())
        return accepted;
    if (!drives.isArray() && !drives.isObject()) {
        reportProblem(issue::InvalidDrive,
                      tr("Drives must be a list of drives; no drive could be read."));
        return accepted;
    }
    const Result<QList<QJsonValue>> entries = DriveCodec::entries(drives);
    if (!entries)
        return accepted; // an empty list: no drives yet
    qsizetype number = 0;
    // One validator for the whole list, which learns each drive it accepts: the list is
    // checked in one pass. The folders are compared as written, without following links:
    // the file is read on the service's main thread, at start-up and at every edit, and a
    // network mount that does not answer must not hold either (links were followed when the
    // drive was added).
    DriveValidator validator({}, DriveValidator::Scope::Fields,
                             [](const QString &) { return std::optional<LocationFacts>(); });
    validator.leaveChainsToRepair();
    for (const QJsonValue &entry : *entries) {
        ++number;
        const DecodedDrive decoded = DriveCodec::decode(entry);
        const DriveVerdict verdict = validator.validate(decoded, accepted.size() + 1);
        const QString label = decoded.hasName && !decoded.drive.name.trimmed().isEmpty()
                                      ? QStringLiteral("\"%1\"").arg(decoded.drive.name.trimmed())
                                      : tr("number %1").arg(number);
        if (!verdict.accepted()) {
            reportProblem(verdict.errors.constFirst().code,
                          tr("Drive %1 was left out: %2").arg(label, messages(verdict.errors)));
            continue;
        }
        for (const Error &warning : verdict.warnings) {
            // Told when the drive was added or edited, not again at each start.
            if (warning.code != issue::InsecureConnection)
                reportProblem(warning.code, tr("Drive %1: %2").arg(label, warning.message));
        }

        QJsonObject unknown;
        const QJsonObject object = entry.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!DriveCodec::isDriveField(it.key()) && !DriveCodec::isRuntimeField(it.key()))
                unknown.insert(it.key(), it.value());
        }
        if (!unknown.isEmpty())
            m_unknownDriveFields.insert(verdict.drive.name, unknown);
        validator.add(verdict.drive);
        accepted.append(verdict.drive);
    }
    for (const Error &problem : DriveChains::repair(accepted))
        reportProblem(problem.code, problem.message);
    return accepted;
}

void ConfigStore::reportProblem(const QString &code, const QString &message)
{
    m_problems.append({ code, message });
}

Result<void> ConfigStore::save(const Config &config)
{
    if (m_refusal)
        return *m_refusal;
    if (Result<void> made = PrivateFiles::makeFolder(m_folder); !made)
        return Error{ InvalidConfig, made.error().message };
    if (m_setAsideBeforeSave) {
        if (Result<void> kept = setBrokenFileAside(); !kept)
            return kept;
    }

    QJsonObject top = m_unknownTopLevel;
    top.insert(key::Version, formatVersion);
    top.insert(key::Settings, SettingsCodec::encode(config.settings));
    QJsonArray drives;
    for (const Drive &drive : config.drives) {
        QJsonObject object = m_unknownDriveFields.value(drive.name);
        const QJsonObject fields = DriveCodec::encode(drive);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            object.insert(it.key(), it.value());
        drives.append(object);
    }
    top.insert(key::Drives, drives);

    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)
        || file.write(QJsonDocument(top).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return Error{ InvalidConfig,
                      tr("Cannot save the configuration to %1: %2. The previous file is unchanged.")
                              .arg(QDir::toNativeSeparators(filePath()), file.errorString()) };
    }
    return {};
}

Result<void> ConfigStore::setBrokenFileAside()
{
    if (!QFile::exists(filePath())) {
        m_setAsideBeforeSave = false;
        return {};
    }
    const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString copy = filePath() + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFile::exists(copy); ++n)
        copy = filePath() + QStringLiteral(".broken-") + stamp + u'-' + QString::number(n);
    if (!QFile::copy(filePath(), copy))
        return Error{ InvalidConfig,
                      tr("Cannot keep a copy of the unusable configuration file as %1, so it was "
                         "not overwritten.")
                              .arg(QDir::toNativeSeparators(copy)) };
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_brokenCopyPath = copy;
    m_setAsideBeforeSave = false;
    return {};
}

} // namespace lts
