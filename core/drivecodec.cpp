#include "drivecodec.h"

#include "driveissues.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lts {

namespace {

namespace key {
const QString Name = QStringLiteral("Name");
const QString Source = QStringLiteral("Source");
const QString Target = QStringLiteral("Target");
const QString Sleep = QStringLiteral("Sleep");
const QString Units = QStringLiteral("Units");
const QString Mode = QStringLiteral("Mode");
const QString Enabled = QStringLiteral("Enabled");
const QString Exclude = QStringLiteral("Exclude");
const QString Hidden = QStringLiteral("Hidden");
const QString Versions = QStringLiteral("Versions");
const QString Upload = QStringLiteral("Upload");
const QString After = QStringLiteral("After");
const QString Watch = QStringLiteral("Watch");
const QString FileField = QStringLiteral("FileField");
const QString Fields = QStringLiteral("Fields");
} // namespace key

constexpr double maxVersionDays = 3650;

// A field that is absent or null keeps its current value.
bool given(const QJsonObject &object, const QString &name)
{
    const auto it = object.constFind(name);
    return it != object.constEnd() && !it->isNull();
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

QJsonObject encodeUpload(const UploadForm &form)
{
    QJsonObject fields;
    for (auto it = form.fields.constBegin(); it != form.fields.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject{ { key::FileField, form.fileField }, { key::Fields, fields } };
}

} // namespace

QJsonObject DriveCodec::encode(const Drive &drive, NameField name)
{
    QJsonObject object;
    if (name == NameField::Include)
        object.insert(key::Name, drive.name);
    object.insert(key::Source, drive.source);
    object.insert(key::Target, drive.target);
    object.insert(key::Sleep, drive.sleep);
    object.insert(key::Units, unitName(drive.units));
    object.insert(key::Mode, modeName(drive.mode));
    object.insert(key::Enabled, drive.enabled);
    object.insert(key::Exclude, QJsonArray::fromStringList(drive.exclude));
    object.insert(key::Hidden, drive.hidden);
    object.insert(key::Versions, drive.versions);
    if (drive.upload)
        object.insert(key::Upload, encodeUpload(*drive.upload));
    if (!drive.after.isEmpty())
        object.insert(key::After, drive.after);
    // Like After: only when set, so drives that do not watch read as before protocol 2.
    if (drive.watch)
        object.insert(key::Watch, true);
    return object;
}

DecodedDrive DriveCodec::decode(const QJsonValue &json, const Drive &base)
{
    DecodedDrive result{ base, {}, !base.name.isEmpty() };
    if (!json.isObject()) {
        result.issues.append({ issue::InvalidDrive, tr("A drive must be a JSON object.") });
        return result;
    }
    const QJsonObject object = json.toObject();
    const Drive defaults;
    Drive &drive = result.drive;
    auto warn = [&result](const QString &code, const QString &message) {
        result.issues.append({ code, message });
    };

    if (given(object, key::Name)) {
        result.hasName = true;
        if (object.value(key::Name).isString())
            drive.name = object.value(key::Name).toString();
        else
            warn(issue::InvalidName, tr("The name must be text."));
    }
    if (given(object, key::Source)) {
        if (object.value(key::Source).isString())
            drive.source = object.value(key::Source).toString();
        else
            warn(issue::InvalidSourcePath, tr("The source must be a folder path, as text."));
    }
    if (given(object, key::Target)) {
        if (object.value(key::Target).isString())
            drive.target = object.value(key::Target).toString();
        else
            warn(issue::InvalidTargetPath, tr("The target must be a folder path, as text."));
    }

    bool intervalValid = true;
    if (given(object, key::Sleep)) {
        const QJsonValue sleep = object.value(key::Sleep);
        if (sleep.isDouble() && std::isfinite(sleep.toDouble()) && sleep.toDouble() > 0) {
            drive.sleep = sleep.toDouble();
        } else {
            intervalValid = false;
            warn(issue::InvalidTime,
                 tr("Sleep must be a positive number; the drive runs every 1 day."));
        }
    }
    if (given(object, key::Units)) {
        const QJsonValue units = object.value(key::Units);
        const auto unit = units.isString() ? parseUnit(units.toString()) : std::nullopt;
        if (unit) {
            drive.units = *unit;
        } else {
            intervalValid = false;
            warn(issue::InvalidUnits,
                 tr("Units must be Seconds, Minutes, Hours or Days; the drive runs every 1 day."));
        }
    }
    if (!intervalValid) {
        drive.sleep = defaults.sleep;
        drive.units = defaults.units;
    }

    if (given(object, key::Mode)) {
        const QJsonValue mode = object.value(key::Mode);
        const auto parsed = mode.isString() ? parseMode(mode.toString()) : std::nullopt;
        drive.mode = parsed.value_or(defaults.mode);
        if (!parsed)
            warn(issue::InvalidMode, tr("Mode must be Mirror, Update or Move; using Mirror."));
    }
    if (given(object, key::Enabled)) {
        const QJsonValue enabled = object.value(key::Enabled);
        drive.enabled = enabled.isBool() ? enabled.toBool() : defaults.enabled;
        if (!enabled.isBool())
            warn(issue::InvalidEnabled, tr("Enabled must be true or false; using true."));
    }
    if (given(object, key::Exclude)) {
        const auto exclude = stringList(object.value(key::Exclude));
        drive.exclude = exclude.value_or(defaults.exclude);
        if (!exclude)
            warn(issue::InvalidExclude,
                 tr("Exclude must be a list of patterns, as text; nothing is excluded."));
    }
    if (given(object, key::Hidden)) {
        const QJsonValue hidden = object.value(key::Hidden);
        drive.hidden = hidden.isBool() ? hidden.toBool() : defaults.hidden;
        if (!hidden.isBool())
            warn(issue::InvalidHidden,
                 tr("Hidden must be true or false; hidden files are synced."));
    }
    if (given(object, key::Versions)) {
        const QJsonValue versions = object.value(key::Versions);
        const double days = versions.toDouble(-1);
        const bool valid = versions.isDouble() && days >= 0 && days <= maxVersionDays;
        drive.versions = valid ? days : defaults.versions;
        if (!valid)
            warn(issue::InvalidVersions,
                 tr("Versions must be a number of days from 0 to 3650; old versions are kept for "
                    "30 days."));
    }
    if (given(object, key::Watch)) {
        const QJsonValue watch = object.value(key::Watch);
        drive.watch = watch.isBool() ? watch.toBool() : defaults.watch;
        if (!watch.isBool())
            warn(issue::InvalidWatch,
                 tr("Watch must be true or false; the drive runs at its interval only."));
    }
    if (given(object, key::Upload))
        drive.upload = decodeUpload(object.value(key::Upload), result.issues);
    // Unlike the other fields, a null After means something: no drive before this one (an
    // edit that sends it ends the chain).
    if (object.contains(key::After)) {
        const QJsonValue after = object.value(key::After);
        if (after.isNull() || after.isString())
            drive.after = after.toString();
        else
            warn(issue::InvalidChain,
                 tr("After must be the name of another drive, as text, or null."));
    }
    return result;
}

UploadForm DriveCodec::decodeUpload(const QJsonValue &json, QList<Error> &issues)
{
    UploadForm form;
    if (!json.isObject()) {
        issues.append({ issue::InvalidUpload,
                        tr("Upload must be an object such as {\"FileField\": \"file\", "
                           "\"Fields\": {\"email\": \"me@example.org\"}}; the form gets the "
                           "file in the field \"file\" and no other field.") });
        return form;
    }
    const QJsonObject object = json.toObject();
    if (given(object, key::FileField)) {
        const QJsonValue field = object.value(key::FileField);
        if (field.isString() && !field.toString().trimmed().isEmpty())
            form.fileField = field.toString();
        else
            issues.append({ issue::InvalidUpload,
                            tr("Upload's FileField must be the name of the form's file field, as "
                               "text; using \"file\".") });
    }
    if (given(object, key::Fields)) {
        const QJsonValue fields = object.value(key::Fields);
        const QJsonObject named = fields.toObject();
        const bool valid = fields.isObject()
                           && std::all_of(named.constBegin(), named.constEnd(),
                                          [](const QJsonValue &value) { return value.isString(); });
        if (valid) {
            for (auto it = named.constBegin(); it != named.constEnd(); ++it)
                form.fields.insert(it.key(), it.value().toString());
        } else {
            issues.append({ issue::InvalidUpload,
                            tr("Upload's Fields must be an object of text values, such as "
                               "{\"email\": \"me@example.org\"}; no other field is sent.") });
        }
    }
    return form;
}

Result<QList<QJsonValue>> DriveCodec::entries(const QJsonValue &drives)
{
    QList<QJsonValue> list;
    if (drives.isObject()) {
        const QJsonObject byLabel = drives.toObject();
        for (auto it = byLabel.constBegin(); it != byLabel.constEnd(); ++it)
            list.append(it.value());
    } else if (drives.isArray()) {
        for (const QJsonValue item : drives.toArray()) {
            // [{"1": {...}}]: a one-key object whose only value is an object is a labelled
            // drive; a drive object itself always has more than one field (Source, Target).
            const QJsonObject object = item.toObject();
            const bool labelled = object.size() == 1 && object.constBegin()->isObject()
                                  && !isDriveField(object.constBegin().key());
            list.append(labelled ? *object.constBegin() : item);
        }
    }
    if (list.isEmpty())
        return Error{ issue::InvalidDrive, tr("No drive was given.") };
    return list;
}

bool DriveCodec::isDriveField(const QString &key)
{
    static const QStringList fields{ key::Name,   key::Source,   key::Target,  key::Sleep,
                                     key::Units,  key::Mode,     key::Enabled, key::Exclude,
                                     key::Hidden, key::Versions, key::Upload,  key::After,
                                     key::Watch };
    return fields.contains(key);
}

bool DriveCodec::isRuntimeField(const QString &key)
{
    static const QStringList fields{
        QStringLiteral("Status"),     QStringLiteral("LastSync"), QStringLiteral("LastSuccess"),
        QStringLiteral("LastResult"), QStringLiteral("NextSync"), QStringLiteral("Message"),
        QStringLiteral("Progress"),   QStringLiteral("Watching"),
    };
    return fields.contains(key);
}

} // namespace lts
