#include "eventlog.h"

#include "drivecodec.h"

namespace lts {

EventLog::EventLog(SyncController &controller, QObject *parent)
    : QObject(parent)
{
    const QString drive = QStringLiteral("Drive");
    connect(&controller, &SyncController::syncStarted, this, [this, drive](const QString &name) {
        append(QStringLiteral("SyncStarted"), { { drive, name } });
    });
    connect(&controller, &SyncController::syncProgress, this,
            [this, drive](const QString &name, const SyncProgress &progress) {
                QElapsedTimer &last = m_lastProgress[name];
                if (last.isValid() && last.elapsed() < progressIntervalMs)
                    return;
                last.start();
                append(QStringLiteral("SyncProgress"),
                       { { drive, name },
                         { QStringLiteral("FilesDone"), qint64(progress.filesDone) },
                         { QStringLiteral("FilesTotal"), qint64(progress.filesTotal) },
                         { QStringLiteral("BytesDone"), qint64(progress.bytesDone) },
                         { QStringLiteral("BytesTotal"), qint64(progress.bytesTotal) },
                         { QStringLiteral("CurrentFile"), progress.currentFile } });
            });
    connect(&controller, &SyncController::syncFinished, this,
            [this](const QString &name, const QJsonObject &run) {
                m_lastProgress.remove(name);
                append(QStringLiteral("SyncFinished"), run);
            });
    connect(&controller, &SyncController::driveAdded, this, [this, drive](const Drive &added) {
        QJsonObject fields = DriveCodec::encode(added, DriveCodec::NameField::Omit);
        fields.insert(drive, added.name);
        append(QStringLiteral("DriveAdded"), fields);
    });
    connect(&controller, &SyncController::driveChanged, this,
            [this, drive](const QString &previousName, const Drive &changed) {
                QJsonObject fields = DriveCodec::encode(changed, DriveCodec::NameField::Omit);
                fields.insert(drive, changed.name);
                if (previousName != changed.name)
                    fields.insert(QStringLiteral("PreviousName"), previousName);
                append(QStringLiteral("DriveChanged"), fields);
            });
    connect(&controller, &SyncController::driveRemoved, this, [this, drive](const QString &name) {
        append(QStringLiteral("DriveRemoved"), { { drive, name } });
    });
    connect(&controller, &SyncController::statusChanged, this,
            [this, &controller](const QString &name, DriveStatus status) {
                append(QStringLiteral("StatusChanged"),
                       statusFields(name, status, controller.model().runtime(name)));
            });
    // Watching is part of the drive's status: a change of it alone is told the same way.
    connect(&controller, &SyncController::watchingChanged, this,
            [this, &controller](const QString &name) {
                const DriveRuntime runtime = controller.model().runtime(name);
                append(QStringLiteral("StatusChanged"),
                       statusFields(name, runtime.status, runtime));
            });
    connect(&controller, &SyncController::trustNeeded, this,
            [this, drive](const QString &name, const TrustWanted &trust) {
                QJsonObject fields = trustJson(trust);
                fields.insert(drive, name);
                append(QStringLiteral("TrustNeeded"), fields);
            });
}

QJsonObject EventLog::statusFields(const QString &name, DriveStatus status,
                                   const DriveRuntime &runtime)
{
    QJsonObject fields{ { QStringLiteral("Drive"), name },
                        { QStringLiteral("Status"), statusName(status) } };
    if (runtime.watchWanted)
        fields.insert(QStringLiteral("Watching"), runtime.watchingJson());
    return fields;
}

void EventLog::append(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    fields.insert(QStringLiteral("Seq"), m_nextSeq++);
    fields.insert(QStringLiteral("Time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_events.push_back(fields);
    if (qsizetype(m_events.size()) > capacity)
        m_events.pop_front();
    Q_EMIT appended(fields);
}

EventLog::Replay EventLog::since(qint64 seq) const
{
    Replay replay;
    // A number this run has not reached was given by an earlier run of the application (Seq
    // starts again at 1): what happened in between is gone, and every event of this run is
    // new to the client.
    const bool earlierRun = seq > lastSeq();
    const qint64 after = earlierRun ? 0 : std::max<qint64>(seq, 0);
    const qint64 oldestKept = m_events.empty()
                                      ? m_nextSeq
                                      : m_events.front().value(QStringLiteral("Seq")).toInteger();
    replay.lost = earlierRun || after + 1 < oldestKept;
    for (const QJsonObject &event : m_events) {
        if (event.value(QStringLiteral("Seq")).toInteger() > after)
            replay.events.append(event);
    }
    return replay;
}

} // namespace lts
