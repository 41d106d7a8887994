// TrayIcon: the system tray icon, its tooltip and its menu, kept up to date from the drive
// list; its actions ask the controller or the application's windows.
#pragma once

#include "trayview.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QMenu;

namespace lts {

class SyncController;
class WindowActions;
struct Error;

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(SyncController &controller, WindowActions &actions,
                      QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    QSystemTrayIcon &systemTrayIcon() { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }

    // What the icon shows now.
    TrayIconKind iconKind() const { return m_look.icon; }
    bool attention() const { return m_look.attention; }

    // Reads the drives and the settings again; the settings (the busy icon) have no signal of
    // their own, so whoever changes them calls this.
    void refresh();

Q_SIGNALS:
    // A message was shown at the icon (an action the controller refused), for tests.
    void messageShown(const QString &title, const QString &message);

private:
    struct DriveEntry;

    void createMenu();
    void updateDrives(const QList<DriveView> &drives, const QDateTime &now, bool busyIcon);
    std::unique_ptr<DriveEntry> createEntry(const QString &name);
    void updateEntry(DriveEntry &entry, const DriveView &drive, const QDateTime &now,
                     bool busyIcon);
    void trigger(QString name, DriveAction action);
    void pauseOrResumeAll();
    void showError(const QString &title, const Error &error);
    QIcon icon(TrayIconKind kind, bool attention);

    SyncController &m_controller;
    WindowActions &m_actions;
    QSystemTrayIcon m_tray;
    std::unique_ptr<QMenu> m_menu;
    std::vector<std::unique_ptr<DriveEntry>> m_drives; // in the order of the menu
    QAction *m_drivesEnd = nullptr; // the separator after the drives' submenus
    QAction *m_syncAll = nullptr;
    QAction *m_pauseAll = nullptr;
    TrayLook m_look;
    bool m_lookShown = false; // m_look is on the icon (false before the first update)
    QTimer m_lookTimer; // single shot, at m_look.changesAt
    QHash<int, QIcon> m_icons; // by kind * 2 + attention
};

} // namespace lts
