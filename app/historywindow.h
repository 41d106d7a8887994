// HistoryWindow: the finished runs of every drive or of one, newest first (or only those that
// changed files), kept up to date as runs end, with the files of the selected run and a way to
// the log folder. Escape and Ctrl+W close it.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace lts {

class RunTableModel;
class SyncController;
class WindowActions;

class HistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    explicit HistoryWindow(SyncController &controller, WindowActions &actions,
                           QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // An empty `drive` shows the runs of every drive, also of drives removed since.
    void showDrive(const QString &drive);
    QString drive() const { return m_drive; }

private:
    void updateDriveFilter();
    void setFilter(const QString &drive);
    void reload();
    void addRun(const QString &drive, const QJsonObject &run);
    void showSelectedRun();
    void openLogFolder();

    SyncController &m_controller;
    WindowActions &m_actions;
    QString m_drive; // the filter; empty: every drive
    RunTableModel *m_runs = nullptr;
    QComboBox *m_driveFilter = nullptr;
    QCheckBox *m_changedOnly = nullptr;
    QTableView *m_runsView = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_detailsView = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_openLogFolder = nullptr;
};

} // namespace lts
