// EventLog: the events of protocol.md ("Events"), numbered with Seq and stamped with Time,
// built from the controller's signals. The last 1000 are kept so a client that reconnects
// can ask for what it missed; SyncProgress is thinned to 4 a second per drive.
#pragma once

#include "synccontroller.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <deque>

namespace lts {

class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    static constexpr qsizetype capacity = 1000;
    static constexpr qint64 progressIntervalMs = 250;

    explicit EventLog(SyncController &controller, QObject *parent = nullptr);

    qint64 lastSeq() const { return m_nextSeq - 1; }

    struct Replay
    {
        QList<QJsonObject> events; // every kept event with a larger Seq, oldest first
        bool lost = false; // some of the events asked for are no longer kept
    };
    // A `seq` larger than lastSeq() came from an earlier run of the application: every kept
    // event is replayed, and `lost` is set.
    Replay since(qint64 seq) const;

    // Adds an event: Seq and Time are set here.
    void append(const QString &name, QJsonObject fields);
    // StatusChanged's fields: the drive, its status, and Watching for a drive with Watch on.
    static QJsonObject statusFields(const QString &name, DriveStatus status,
                                    const DriveRuntime &runtime);

Q_SIGNALS:
    void appended(const QJsonObject &event);

private:
    std::deque<QJsonObject> m_events;
    qint64 m_nextSeq = 1;
    QHash<QString, QElapsedTimer> m_lastProgress; // per drive
};

} // namespace lts
