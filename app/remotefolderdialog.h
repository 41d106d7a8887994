// RemoteFolderDialog: a folder picker for a folder on a server (SFTP, WebDAV, FTP) or in an
// rclone remote. It shows the folder the login lands in (SFTP's home folder, FTP's login folder)
// where the kind has one, or the rclone remote's top folder, and the server's top folder ("/"); a
// folder's subfolders are listed (RemoteChecks::listFolder, on a thread of its own, within the
// network timeout) when it is expanded, and the folder typed in the location dialog is opened down
// to it. Errors are shown in the dialog, at the folder they are about; nothing waits on this
// thread.
#pragma once

#include "serveraddress.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace lts {

class SyncController;

class RemoteFolderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteFolderDialog)

public:
    // `address`: the server and login to browse; its folder is the one opened at first.
    RemoteFolderDialog(SyncController &controller, const ServerAddress &address,
                       QWidget *parent = nullptr);

    // The chosen folder as the location dialog's Folder field takes it ("/srv/data",
    // "~/data", "~" for the home folder; for rclone "Lab/Site4", empty for the remote's top);
    // empty when none is selected.
    QString selectedFolder() const;
    // Whether a folder is selected (the remote's top folder of rclone too).
    bool hasSelection() const;
    QTreeView *tree() const { return m_tree; }
    // How many folder listings are still under way.
    int pendingListings() const { return m_pending; }

private:
    QStandardItem *addFolder(QStandardItem *parent, const QString &name, const QString &folder,
                             const QString &location, const QString &relative);
    void expand(QStandardItem *item);
    void listed(QStandardItem *item, const QList<QString> &folders, const QString &error);
    // Opens the next folder of the way to the folder typed, once its parent is listed.
    void followPath(QStandardItem *listed);
    void updateButtons();

    SyncController &m_controller;
    ServerAddress m_address;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStandardItem *m_home = nullptr; // none for WebDAV; rclone's remote's top folder
    QStandardItem *m_top = nullptr; // "/"; for rclone only when the folder typed starts there
    // The folders still to open on the way to the folder typed, below `m_pathAt`.
    QStringList m_path;
    QStandardItem *m_pathAt = nullptr;
    int m_pending = 0;
};

} // namespace lts
