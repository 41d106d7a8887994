// DriveListModel: the drives and their runtime state (status, progress, last and next run),
// one row per drive in the order of the config. The tray, the drives window and the protocol
// read it; only StatusPublisher (of SyncController) writes it.
#pragma once

#include "drive.h"
#include "drivestate.h"
#include "syncjob.h"
#include "syncreport.h"
#include "transferrate.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace lts {

enum class DriveStatus { Idle, Syncing, Paused, Unavailable, Error };

QString statusName(DriveStatus status);

struct DriveRuntime
{
    DriveStatus status = DriveStatus::Idle;
    std::optional<SyncProgress> progress; // while it syncs
    QDateTime runStarted; // while it syncs: when the run started
    std::optional<double> bytesPerSecond; // while it copies, once a second has been seen
    QDateTime lastSync; // start of the last finished run
    QDateTime lastSuccess; // start of the last run that ended in Success
    std::optional<RunResult> lastResult;
    QDateTime nextSync; // invalid when the drive is disabled
    QString code; // the last run's code, for scripts ("Too Many Deletions")
    QString message; // why the last run was not a success, in words
    bool refusalDismissed = false; // the user has seen the last refusal and put it aside
    bool restoring = false; // the run going on puts files back into the source
    bool overdue = false; // no successful run for three intervals
    bool queued = false; // waiting for a free slot or for its target's volume
    std::optional<TrustWanted> trust; // a server's key waits for the user (the Trust field)
    bool waitingForUser = false; // DriveState::waitingForUser: no run but the user's
    // Watch: the source is watched (a change runs the drive), or why not, in words; told
    // (Watching) only for a drive with Watch on (`watchWanted`).
    bool watchWanted = false;
    bool watching = false;
    QString watchingReason;
    // The protocol's Watching: true, false, or the reason in words.
    QJsonValue watchingJson() const
    {
        return watchingReason.isEmpty() ? QJsonValue(watching) : QJsonValue(watchingReason);
    }

    friend bool operator==(const DriveRuntime &, const DriveRuntime &) = default;
};

class DriveListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveListModel)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        SourceRole,
        TargetRole,
        SleepRole,
        UnitsRole, // the canonical name, "Hours"
        ModeRole, // "Mirror", "Update", "Move"
        EnabledRole,
        ExcludeRole,
        HiddenRole,
        VersionsRole,
        StatusRole, // "Idle", "Syncing" ... (protocol names)
        LastSyncRole,
        LastResultRole, // a RunResult name, or an invalid QVariant
        NextSyncRole,
        MessageRole,
        OverdueRole,
        QueuedRole,
        FilesDoneRole, // the progress roles are invalid unless the drive syncs
        FilesTotalRole,
        BytesDoneRole,
        BytesTotalRole,
        CurrentFileRole,
        DriveRole, // the whole Drive
        RuntimeRole, // the whole DriveRuntime
    };
    Q_ENUM(Role)

    explicit DriveListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &name) const; // -1 when there is no such drive
    QList<Drive> drives() const;
    std::optional<Drive> drive(const QString &name) const;
    DriveRuntime runtime(const QString &name) const;

private:
    friend class StatusPublisher; // the only one that changes it

    struct Row
    {
        Drive drive;
        DriveRuntime runtime;
    };

    void reset(const QList<Drive> &drives);
    void append(const Drive &drive);
    void replace(const QString &name, const Drive &drive);
    void remove(const QString &name);
    void setRuntime(const QString &name, const DriveRuntime &runtime);

    QList<Row> m_rows;
};

} // namespace lts

Q_DECLARE_METATYPE(lts::Drive)
Q_DECLARE_METATYPE(lts::DriveRuntime)
