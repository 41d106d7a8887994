// LocationField: a drive's source or target, a folder on this computer or a folder on a server
// (SFTP, WebDAV, FTP, an upload form) or in a cloud service through rclone, as the user picks in
// the combo box in front of it. A folder is a FolderField; a server's folder is shown in its
// friendly form ("pi@logger.local:/data (SFTP)", "dropbox:Lab (rclone)") and set in
// ServerLocationDialog, which opens when "Folder on a server" is picked and with "Change…". An
// upload form's fields (the drive's Upload) go in and out of that dialog with it.
#pragma once

#include "drive.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lts {

class FolderField;
class ServerLocationDialog;
class SyncController;

class LocationField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationField)

public:
    enum class Kind { Folder, Server };

    explicit LocationField(SyncController &controller, QWidget *parent = nullptr);

    // The folder's path, or the server's location string (which never holds a password).
    QString location() const;
    // A server's location that parses (SFTP, WebDAV, FTP, an upload form, an rclone remote)
    // opens as one; anything else goes into the folder field as it is written (where the
    // editor's checks say what is wrong with it).
    void setLocation(const QString &location);
    // The upload form's fields while the location is an upload form; nullopt for any other
    // (and for an upload form given none, until its dialog is accepted: the defaults).
    std::optional<UploadForm> uploadForm() const;
    // The fields the server's dialog opens with; set before setLocation.
    void setUploadForm(const std::optional<UploadForm> &form) { m_upload = form; }
    Kind kind() const;
    // The field's label, whose mnemonic goes to the folder's path or to Change….
    void setLabel(QLabel *label);
    // The field shown: the folder's path, or Change… of a server's folder.
    QWidget *focusTarget() const;
    // The title of the server's dialog ("Source on a server").
    void setServerDialogTitle(const QString &title) { m_serverTitle = title; }

    FolderField *folderField() const { return m_folder; }
    QComboBox *kindCombo() const { return m_kind; }
    // The friendly form of the server's location, read-only.
    QLineEdit *serverEdit() const { return m_server; }
    QPushButton *changeButton() const { return m_change; }
    // The server's dialog while it is open.
    ServerLocationDialog *serverDialog() const;

public Q_SLOTS:
    // Opens the server's dialog on the location (empty: a new one).
    void editServer();

Q_SIGNALS:
    void locationChanged(const QString &location);

private:
    void kindPicked(int index);
    void showKind(Kind kind);

    SyncController &m_controller;
    QComboBox *m_kind = nullptr;
    FolderField *m_folder = nullptr;
    QWidget *m_serverRow = nullptr;
    QLineEdit *m_server = nullptr;
    QPushButton *m_change = nullptr;
    QString m_serverLocation; // kept while the folder is shown, for going back to it
    QString m_serverTitle;
    std::optional<UploadForm> m_upload; // as the drive had it, or the dialog made it
    QPointer<ServerLocationDialog> m_dialog;
    QPointer<QLabel> m_label;
};

} // namespace lts
