#include "drivetablemodel.h"

#include "remotelocation.h"
#include "textformat.h"

#include <QDir>

#include <algorithm>
#include <chrono>
#include <limits>

namespace lts {

namespace {

using namespace std::chrono_literals;

// What the Status column says, in the order it sorts: what needs the user first.
enum class State {
    Refused,
    Failed,
    SomeFailed,
    Unavailable,
    Syncing,
    Waiting,
    NeverSynced,
    Cancelled,
    Synced,
    Paused,
};

State stateOf(const DriveRuntime &runtime)
{
    if (runtime.status == DriveStatus::Syncing)
        return State::Syncing;
    if (runtime.queued)
        return State::Waiting;
    if (runtime.status == DriveStatus::Paused)
        return State::Paused;
    // Before Unavailable: a changed volume is refused, and only the user can let it through.
    if (runtime.lastResult == RunResult::Refused)
        return State::Refused;
    if (runtime.status == DriveStatus::Unavailable)
        return State::Unavailable;
    if (!runtime.lastResult)
        return State::NeverSynced;
    switch (*runtime.lastResult) {
    case RunResult::Failure:
        return State::Failed;
    case RunResult::Partial:
        return State::SomeFailed;
    case RunResult::Cancelled:
        return State::Cancelled;
    case RunResult::Success:
    case RunResult::Refused:
        break;
    }
    return State::Synced;
}

qint64 timeSortKey(const QDateTime &time, qint64 whenInvalid)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : whenInvalid;
}

} // namespace

std::optional<int> progressPercent(const SyncProgress &progress)
{
    if (progress.scanning)
        return std::nullopt;
    std::int64_t done = progress.bytesDone;
    std::int64_t total = progress.bytesTotal;
    if (total <= 0) {
        done = progress.filesDone;
        total = progress.filesTotal;
    }
    if (total <= 0)
        return std::nullopt;
    // Rounded down: 100% only once everything is done.
    return int(std::clamp<std::int64_t>(done * 100 / total, 0, 100));
}

DriveTableModel::DriveTableModel(const DriveListModel &drives, QObject *parent)
    : DriveTableModel(drives, {}, parent)
{ }

DriveTableModel::DriveTableModel(const DriveListModel &drives, std::function<QDateTime()> now,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_drives(drives)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); })
{
    forwardChanges();
    m_clockTick.setInterval(30s);
    connect(&m_clockTick, &QTimer::timeout, this, &DriveTableModel::refreshTimes);
}

void DriveTableModel::setTimesShown(bool shown)
{
    if (shown == m_clockTick.isActive())
        return;
    if (shown) {
        refreshTimes();
        m_clockTick.start();
    } else {
        m_clockTick.stop();
    }
}

void DriveTableModel::forwardChanges()
{
    const DriveListModel *source = &m_drives;
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    // The list model neither moves rows nor changes its layout today; should it start to, a
    // reset keeps the views right without mapping every persistent index.
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::rowsMoved, this, [this] { endResetModel(); });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { endResetModel(); });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!topLeft.isValid() || !bottomRight.isValid())
                    return;
                Q_EMIT dataChanged(index(topLeft.row(), 0),
                                   index(bottomRight.row(), ColumnCount - 1));
            });
}

void DriveTableModel::refreshTimes()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, LastSyncColumn), index(rows - 1, NextSyncColumn),
                       { Qt::DisplayRole, Qt::ToolTipRole });
}

int DriveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_drives.rowCount();
}

int DriveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DriveTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DriveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case EveryColumn:
        return tr("Every");
    case ModeColumn:
        return tr("Mode");
    case StatusColumn:
        return tr("Status");
    case LastSyncColumn:
        return tr("Last sync");
    case NextSyncColumn:
        return tr("Next sync");
    default:
        return {};
    }
}

QVariant DriveTableModel::data(const QModelIndex &index, int role) const
{
    // Views and the model tester ask for the root: no data, and nothing to warn about.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex row = m_drives.index(index.row());
    const Drive drive = row.data(DriveListModel::DriveRole).value<Drive>();
    const DriveRuntime runtime = row.data(DriveListModel::RuntimeRole).value<DriveRuntime>();
    const int column = index.column();

    switch (role) {
    case DriveNameRole:
        return drive.name;
    case RuntimeRole:
        return QVariant::fromValue(runtime);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return drive.name;
        // A remote location in its friendly form ("pi@logger.local:/data (SFTP)").
        case SourceColumn:
            return RemoteLocation::displayName(drive.source);
        case TargetColumn:
            return RemoteLocation::displayName(drive.target);
        case EveryColumn: {
            // A chain shows where it is read: "1 minute, and after Logger".
            const QString every = drive.after.isEmpty()
                                          ? describeInterval(drive.sleep, drive.units)
                                          : tr("%1, and after %2")
                                                    .arg(describeInterval(drive.sleep, drive.units),
                                                         drive.after);
            // A watched drive: "1 day, and on changes".
            return drive.watch ? tr("%1, and on changes").arg(every) : every;
        }
        case ModeColumn:
            return modeText(drive.mode);
        case StatusColumn:
            return statusText(runtime);
        case LastSyncColumn:
            return lastSyncText(runtime);
        case NextSyncColumn:
            return nextSyncText(drive, runtime);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
        case SourceColumn:
        case TargetColumn: // whole, where the column may cut it short
            return data(index, Qt::DisplayRole);
        case EveryColumn:
            // Why a watched drive keeps to its interval (a network share, the watch limit).
            if (drive.watch && !runtime.watchingReason.isEmpty())
                return runtime.watchingReason;
            if (!drive.after.isEmpty())
                return tr("Runs every %1, and right after each run of \"%2\" that went "
                          "through.")
                        .arg(describeInterval(drive.sleep, drive.units), drive.after);
            return data(index, Qt::DisplayRole);
        case StatusColumn:
            if (runtime.status == DriveStatus::Syncing && runtime.progress
                && !runtime.progress->currentFile.isEmpty())
                return tr("Copying %1").arg(runtime.progress->currentFile);
            if (!runtime.message.isEmpty())
                return runtime.message;
            if (runtime.overdue)
                return tr("No successful sync for three intervals.");
            return statusText(runtime);
        case LastSyncColumn: // the last run, when it is not the last sync that succeeded
            if (runtime.lastSync.isValid() && runtime.lastSync != runtime.lastSuccess)
                return tr("Last run %1: %2")
                        .arg(TextFormat::dateTime(runtime.lastSync), statusText(runtime));
            return TextFormat::dateTime(runtime.lastSuccess);
        case NextSyncColumn:
            return TextFormat::dateTime(runtime.nextSync);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case EveryColumn:
            return qint64(drive.interval().count());
        case StatusColumn:
            return int(stateOf(runtime));
        case LastSyncColumn:
            // Never synced comes first: it is the oldest of all.
            return timeSortKey(runtime.lastSuccess, std::numeric_limits<qint64>::min());
        case NextSyncColumn:
            // Not scheduled comes last: it never comes.
            return timeSortKey(runtime.nextSync, std::numeric_limits<qint64>::max());
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QString DriveTableModel::statusText(const DriveRuntime &runtime)
{
    switch (stateOf(runtime)) {
    case State::Syncing:
        if (runtime.progress && runtime.progress->scanning)
            return tr("Comparing…");
        if (const std::optional<int> percent
            = runtime.progress ? progressPercent(*runtime.progress) : std::nullopt)
            return tr("Syncing %1%").arg(*percent);
        return tr("Syncing");
    case State::Waiting:
        return tr("Waiting");
    case State::Paused:
        return tr("Paused");
    case State::Refused:
        return tr("Refused — review");
    case State::Unavailable:
        return tr("Disk not available");
    case State::Failed:
        return tr("Failed");
    case State::SomeFailed:
        return tr("Some files failed");
    case State::NeverSynced:
        return tr("Not synced yet");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Synced:
        break;
    }
    return tr("Synced");
}

QString DriveTableModel::modeText(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Mirror:
        return tr("Mirror");
    case SyncMode::Update:
        return tr("Update");
    case SyncMode::Move:
        break;
    }
    return tr("Move");
}

bool DriveTableModel::needsReview(const DriveRuntime &runtime)
{
    return stateOf(runtime) == State::Refused;
}

QString DriveTableModel::lastSyncText(const DriveRuntime &runtime) const
{
    // The last sync that succeeded: a failed or cancelled run synced nothing for sure.
    if (!runtime.lastSuccess.isValid())
        return tr("Never");
    return TextFormat::ago(runtime.lastSuccess, m_now());
}

QString DriveTableModel::nextSyncText(const Drive &drive, const DriveRuntime &runtime) const
{
    if (!drive.enabled)
        return tr("Not scheduled");
    if (!runtime.nextSync.isValid())
        return {};
    return TextFormat::in(runtime.nextSync, m_now());
}

} // namespace lts
