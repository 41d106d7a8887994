// DriveTableModel: the drives of a DriveListModel as a table for the Drives window, one row per
// drive and one column per thing the user reads (name, folders, interval, mode, status, times).
#pragma once

#include "drivelistmodel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include <functional>
#include <optional>

namespace lts {

// How far a run is, 0 to 100; nothing while the totals are unknown (still comparing) or when
// the run has nothing to copy.
std::optional<int> progressPercent(const SyncProgress &progress);

class DriveTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveTableModel)

public:
    enum Column {
        NameColumn,
        SourceColumn,
        TargetColumn,
        EveryColumn,
        ModeColumn,
        StatusColumn,
        LastSyncColumn,
        NextSyncColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // What the column sorts by: times and intervals by value, statuses by urgency.
        SortRole = Qt::UserRole,
        DriveNameRole, // the drive's name, in every column
        RuntimeRole, // the whole DriveRuntime, in every column (the progress delegate draws it)
    };
    Q_ENUM(Role)

    // Relative times ("5 minutes ago") are read against `now`; the current time when empty.
    explicit DriveTableModel(const DriveListModel &drives, QObject *parent = nullptr);
    DriveTableModel(const DriveListModel &drives, std::function<QDateTime()> now,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The Status column in words: "Synced", "Syncing 45%", "Refused — review" ...
    static QString statusText(const DriveRuntime &runtime);
    static QString modeText(SyncMode mode);
    // A refused run waits for the user: nothing runs it again until they say so. Not while the
    // drive is paused (the user chose that) or already running again.
    static bool needsReview(const DriveRuntime &runtime);

    // While someone looks: the relative times ("5 minutes ago") are brought up to date at
    // once and then every 30 s; off, nothing wakes up for them.
    void setTimesShown(bool shown);
    bool timesShown() const { return m_clockTick.isActive(); }

private:
    void forwardChanges();
    // The relative times age without any change in the drives.
    void refreshTimes();
    QString lastSyncText(const DriveRuntime &runtime) const;
    QString nextSyncText(const Drive &drive, const DriveRuntime &runtime) const;

    const DriveListModel &m_drives;
    std::function<QDateTime()> m_now;
    QTimer m_clockTick;
};

} // namespace lts
