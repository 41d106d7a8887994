#include "drivestate.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace lts {

namespace {

namespace key {
const QString Version = QStringLiteral("Version");
const QString Drives = QStringLiteral("Drives");
const QString FirstSeen = QStringLiteral("FirstSeen");
const QString LastStart = QStringLiteral("LastStart");
const QString LastFinish = QStringLiteral("LastFinish");
const QString LastSync = QStringLiteral("LastSync");
const QString LastSuccess = QStringLiteral("LastSuccess");
const QString LastResult = QStringLiteral("LastResult");
const QString Code = QStringLiteral("Code");
const QString Message = QStringLiteral("Message");
const QString Failures = QStringLiteral("Failures");
const QString Unavailable = QStringLiteral("Unavailable");
const QString Interrupted = QStringLiteral("Interrupted");
const QString DismissedRefusal = QStringLiteral("DismissedRefusal");
const QString Trust = QStringLiteral("Trust");
const QString WaitingForUser = QStringLiteral("WaitingForUser");
const QString Location = QStringLiteral("Location");
const QString KeyType = QStringLiteral("KeyType");
const QString Fingerprint = QStringLiteral("Fingerprint");
const QString Previous = QStringLiteral("Previous");
const QString Subject = QStringLiteral("Subject");
const QString Issuer = QStringLiteral("Issuer");
const QString ValidFrom = QStringLiteral("ValidFrom");
const QString ValidUntil = QStringLiteral("ValidUntil");
} // namespace key

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonObject &json, const QString &key)
{
    QDateTime time = QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QJsonObject trustJson(const TrustWanted &trust)
{
    QJsonObject json{
        { key::Location, trust.location },
        { key::KeyType, trust.key.type },
        { key::Fingerprint, trust.key.fingerprint },
    };
    if (!trust.key.previous.isEmpty())
        json.insert(key::Previous, trust.key.previous);
    // A certificate's own words, where the backend had them.
    if (!trust.key.subject.isEmpty())
        json.insert(key::Subject, trust.key.subject);
    if (!trust.key.issuer.isEmpty())
        json.insert(key::Issuer, trust.key.issuer);
    if (trust.key.validFrom.isValid())
        json.insert(key::ValidFrom, timeValue(trust.key.validFrom));
    if (trust.key.validUntil.isValid())
        json.insert(key::ValidUntil, timeValue(trust.key.validUntil));
    return json;
}

namespace {

QJsonObject encode(const DriveState &state)
{
    QJsonObject json{
        { key::FirstSeen, timeValue(state.firstSeen) },
        { key::LastStart, timeValue(state.lastStart) },
        { key::LastFinish, timeValue(state.lastFinish) },
        { key::LastSync, timeValue(state.lastSync) },
        { key::LastSuccess, timeValue(state.lastSuccess) },
        { key::LastResult,
          state.lastResult ? QJsonValue(runResultName(*state.lastResult)) : QJsonValue() },
        { key::Code, state.lastCode },
        { key::Message, state.message },
        { key::Failures, state.failures },
        { key::Unavailable, state.unavailable },
        { key::Interrupted, state.interrupted },
    };
    if (!state.dismissedRefusal.isEmpty())
        json.insert(key::DismissedRefusal, state.dismissedRefusal);
    if (state.trust)
        json.insert(key::Trust, trustJson(*state.trust));
    if (state.waitingForUser)
        json.insert(key::WaitingForUser, true);
    return json;
}

DriveState decode(const QJsonObject &json)
{
    DriveState state;
    state.firstSeen = timeFrom(json, key::FirstSeen);
    state.lastStart = timeFrom(json, key::LastStart);
    state.lastFinish = timeFrom(json, key::LastFinish);
    state.lastSync = timeFrom(json, key::LastSync);
    state.lastSuccess = timeFrom(json, key::LastSuccess);
    state.lastResult = parseRunResult(json.value(key::LastResult).toString());
    state.lastCode = json.value(key::Code).toString();
    state.message = json.value(key::Message).toString();
    state.failures = qBound(0, json.value(key::Failures).toInt(), 64);
    state.unavailable = json.value(key::Unavailable).toBool();
    state.interrupted = json.value(key::Interrupted).toBool();
    state.dismissedRefusal = json.value(key::DismissedRefusal).toString();
    state.waitingForUser = json.value(key::WaitingForUser).toBool();
    if (const QJsonObject trust = json.value(key::Trust).toObject();
        !trust.value(key::Location).toString().isEmpty()) {
        fsops::HostKey wanted{ trust.value(key::KeyType).toString(),
                               trust.value(key::Fingerprint).toString(),
                               trust.value(key::Previous).toString() };
        wanted.subject = trust.value(key::Subject).toString();
        wanted.issuer = trust.value(key::Issuer).toString();
        wanted.validFrom = timeFrom(trust, key::ValidFrom);
        wanted.validUntil = timeFrom(trust, key::ValidUntil);
        state.trust = TrustWanted{ trust.value(key::Location).toString(), std::move(wanted) };
    }
    // Started but never finished: the application stopped in the middle of the run.
    if (state.running()) {
        state.interrupted = true;
        state.lastFinish = state.lastStart;
    }
    return state;
}

} // namespace

StateStore::StateStore(QString dataFolder)
    : m_folder(std::move(dataFolder))
{ }

QString StateStore::filePath() const
{
    return QDir(m_folder).filePath(fileName);
}

void StateStore::load()
{
    m_states.clear();
    const Result<QByteArray> content = PrivateFiles::readOwnFile(filePath(), maxFileBytes);
    if (!content)
        return;
    const QJsonObject drives
            = QJsonDocument::fromJson(*content).object().value(key::Drives).toObject();
    for (auto it = drives.begin(); it != drives.end(); ++it)
        m_states.insert(it.key(), decode(it.value().toObject()));
}

Result<void> StateStore::save() const
{
    QJsonObject drives;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        drives.insert(it.key(), encode(it.value()));
    const QByteArray data
            = QJsonDocument(QJsonObject{ { key::Version, 1 }, { key::Drives, drives } })
                      .toJson(QJsonDocument::Indented);
    (void)PrivateFiles::makeFolder(m_folder);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)
        || file.write(data) != data.size() || !file.commit())
        return Error{ QStringLiteral("State Not Saved"),
                      tr("Cannot save the run state to %1: %2")
                              .arg(QDir::toNativeSeparators(filePath()), file.errorString()) };
    return {};
}

void StateStore::rename(const QString &from, const QString &to)
{
    if (from != to && m_states.contains(from))
        m_states.insert(to, m_states.take(from));
}

void StateStore::keepOnly(const QStringList &names)
{
    m_states.removeIf([&names](const auto &entry) { return !names.contains(entry.key()); });
}

} // namespace lts
