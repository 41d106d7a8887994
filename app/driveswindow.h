// DrivesWindow: the tray application's window: the drives in a sortable table, the buttons that
// act on them (each with a shortcut), and a banner that turns a refused run into a question:
// review what a sync would do, put the missing files back into the source, or dismiss it.
#pragma once

#include "synccontroller.h"
#include "windowactions.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lts {

class DriveTableModel;

class DrivesWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrivesWindow)

public:
    explicit DrivesWindow(SyncController &controller, WindowActions &actions,
                          QWidget *parent = nullptr);

    // Selects the drive's row and scrolls to it; nothing happens for an unknown name.
    void selectDrive(const QString &name);
    // The drive the buttons act on; empty when no row is selected.
    QString selectedDrive() const;

    QTableView *view() const { return m_view; }
    QSize sizeHint() const override;
    DriveTableModel *tableModel() const { return m_table; }
    QSortFilterProxyModel *sortModel() const { return m_sorted; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makeBanner();
    void updateState();
    void updateBanner(const QString &selected);
    void askToRemove();
    void syncOrCancel();
    void togglePause();
    void askToRestore();
    void editSelected();
    // A QMessageBox warning that does not block: the controller's `error`, under `what`.
    void showError(const QString &what, const Error &error);

    SyncController &m_controller;
    WindowActions &m_actions;
    DriveTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_versionsButton = nullptr;
    QPushButton *m_firstDriveButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QPushButton *m_showRefusedButton = nullptr;
    QPushButton *m_trustButton = nullptr; // a server's key waits for the user
    QPushButton *m_passwordButton = nullptr; // a server refused the drive's login
    // The selection by name, so it survives a reload of the drives (a reset of the model).
    QString m_selected;
    QString m_refusedElsewhere; // the drive "Show" selects
};

} // namespace lts
