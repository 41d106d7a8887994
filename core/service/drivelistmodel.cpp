#include "drivelistmodel.h"

#include <QJsonArray>

namespace lts {

QString statusName(DriveStatus status)
{
    switch (status) {
    case DriveStatus::Idle:
        return QStringLiteral("Idle");
    case DriveStatus::Syncing:
        return QStringLiteral("Syncing");
    case DriveStatus::Paused:
        return QStringLiteral("Paused");
    case DriveStatus::Unavailable:
        return QStringLiteral("Unavailable");
    case DriveStatus::Error:
        break;
    }
    return QStringLiteral("Error");
}

DriveListModel::DriveListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DriveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DriveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Drive &drive = row.drive;
    const DriveRuntime &runtime = row.runtime;
    const std::optional<SyncProgress> &progress = runtime.progress;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return drive.name;
    case SourceRole:
        return drive.source;
    case TargetRole:
        return drive.target;
    case SleepRole:
        return drive.sleep;
    case UnitsRole:
        return unitName(drive.units);
    case ModeRole:
        return modeName(drive.mode);
    case EnabledRole:
        return drive.enabled;
    case ExcludeRole:
        return drive.exclude;
    case HiddenRole:
        return drive.hidden;
    case VersionsRole:
        return drive.versions;
    case StatusRole:
        return statusName(runtime.status);
    case LastSyncRole:
        return runtime.lastSync;
    case LastResultRole:
        return runtime.lastResult ? QVariant(runResultName(*runtime.lastResult)) : QVariant();
    case NextSyncRole:
        return runtime.nextSync;
    case MessageRole:
        return runtime.message;
    case OverdueRole:
        return runtime.overdue;
    case QueuedRole:
        return runtime.queued;
    case FilesDoneRole:
        return progress ? QVariant(qint64(progress->filesDone)) : QVariant();
    case FilesTotalRole:
        return progress ? QVariant(qint64(progress->filesTotal)) : QVariant();
    case BytesDoneRole:
        return progress ? QVariant(qint64(progress->bytesDone)) : QVariant();
    case BytesTotalRole:
        return progress ? QVariant(qint64(progress->bytesTotal)) : QVariant();
    case CurrentFileRole:
        return progress ? QVariant(progress->currentFile) : QVariant();
    case DriveRole:
        return QVariant::fromValue(drive);
    case RuntimeRole:
        return QVariant::fromValue(runtime);
    default:
        return {};
    }
}

QHash<int, QByteArray> DriveListModel::roleNames() const
{
    return {
        { NameRole, "name" },
        { SourceRole, "source" },
        { TargetRole, "target" },
        { SleepRole, "sleep" },
        { UnitsRole, "units" },
        { ModeRole, "mode" },
        { EnabledRole, "enabled" },
        { ExcludeRole, "exclude" },
        { HiddenRole, "hidden" },
        { VersionsRole, "versions" },
        { StatusRole, "status" },
        { LastSyncRole, "lastSync" },
        { LastResultRole, "lastResult" },
        { NextSyncRole, "nextSync" },
        { MessageRole, "message" },
        { OverdueRole, "overdue" },
        { QueuedRole, "queued" },
        { FilesDoneRole, "filesDone" },
        { FilesTotalRole, "filesTotal" },
        { BytesDoneRole, "bytesDone" },
        { BytesTotalRole, "bytesTotal" },
        { CurrentFileRole, "currentFile" },
        { DriveRole, "drive" },
        { RuntimeRole, "runtime" },
    };
}

int DriveListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).drive.name == name)
            return int(i);
    }
    return -1;
}

QList<Drive> DriveListModel::drives() const
{
    QList<Drive> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.drive);
    return result;
}

std::optional<Drive> DriveListModel::drive(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row).drive);
}

DriveRuntime DriveListModel::runtime(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? DriveRuntime{} : m_rows.at(row).runtime;
}

void DriveListModel::reset(const QList<Drive> &drives)
{
    beginResetModel();
    m_rows.clear();
    for (const Drive &drive : drives)
        m_rows.append({ drive, {} });
    endResetModel();
}

void DriveListModel::append(const Drive &drive)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({ drive, {} });
    endInsertRows();
}

void DriveListModel::replace(const QString &name, const Drive &drive)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_rows[row].drive = drive;
    Q_EMIT dataChanged(index(row), index(row));
}

void DriveListModel::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void DriveListModel::setRuntime(const QString &name, const DriveRuntime &runtime)
{
    const int row = rowOf(name);
    if (row < 0 || m_rows.at(row).runtime == runtime)
        return;
    m_rows[row].runtime = runtime;
    Q_EMIT dataChanged(index(row), index(row));
}

} // namespace lts
