// VersionsWindow: the versions browser of one drive: every file its runs overwrote or deleted
// in the target, when, its size and why, filtered by a piece of the path; the chosen ones are
// put back into the target or the source (never over another file), or shown in their folder.
// The versions are read and restored on the controller's worker threads.
#pragma once

#include "versionstore.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lts {

class SyncController;
class WindowActions;

// The versions as a table: Path, Kept, Size, Why.
class VersionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionTableModel)

public:
    enum Column { PathColumn, KeptColumn, SizeColumn, ReasonColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit VersionTableModel(QObject *parent = nullptr);

    void setVersions(QList<VersionStore::Version> versions);
    const QList<VersionStore::Version> &versions() const { return m_versions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<VersionStore::Version> m_versions;
};

class VersionsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsWindow)

public:
    VersionsWindow(SyncController &controller, const QString &drive, WindowActions &actions,
                   QWidget *parent = nullptr);

    QString drive() const { return m_drive; }
    QTableView *view() const { return m_view; }
    VersionTableModel *tableModel() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

    // Reads the versions again (after a run, or when asked).
    void reload();

Q_SIGNALS:
    // The list was read, or a restore ended: the window is ready again.
    void ready();

private:
    QList<VersionStore::Version> selectedVersions() const;
    void restoreSelected(bool intoSource);
    void restoreNext();
    void openFolder();
    void updateButtons();
    void setBusy(bool busy);

    SyncController &m_controller;
    QString m_drive;
    WindowActions &m_actions;
    VersionTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_toTarget = nullptr;
    QPushButton *m_toSource = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_refresh = nullptr;
    bool m_busy = false;

    QFutureWatcher<Result<QList<VersionStore::Version>>> m_listing;
    // The restores still to make, one after the other, and what came of them.
    QList<VersionStore::Version> m_toRestore;
    bool m_intoSource = false;
    QStringList m_restored;
    QStringList m_failed;
    QFutureWatcher<Result<QString>> m_restoring;
};

} // namespace lts
