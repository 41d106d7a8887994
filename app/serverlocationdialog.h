// ServerLocationDialog: a drive's source or target on a server, asked as FileZilla's site
// manager asks it. First the kind: SFTP, WebDAV (Nextcloud, a NAS), FTP / FTPS, an upload
// form, or a cloud service through rclone; then the fields that kind needs (rclone: a remote of
// the user's rclone configuration, RcloneRemoteChooser, and the folder in it; rclone keeps the
// logins, so no password is asked): the web address of a WebDAV folder (a pasted Nextcloud
// address fills the server, port and folder) or of an upload form with its fields (the one
// that takes the file, "file" unless named, and name/value pairs sent along), the encryption
// (HTTPS or
// HTTP; FTP's explicit or implicit TLS, or none), server and port (the kind's usual one shown),
// user, the folder on the server (typed, or chosen with Browse… in RemoteFolderDialog), SFTP's
// key file, and an optional password. A connection that is not encrypted is said under the
// fields. It makes the location string (ServerAddress); the password never goes into it: it is
// stored in the credential store (RemoteChecks::setPassword) when the connection is tested or
// OK is pressed. "Test connection" connects as a run would (RemoteChecks::testLocation) and says
// what it found, or why not: for an SSH server key not trusted yet, its fingerprint and how to
// trust it; for a kind this build cannot reach yet, that. Every look at the server is a future
// watched here: the dialog never waits for one.
#pragma once

#include "drive.h"
#include "fsops.h"
#include "remotechecks.h"
#include "serveraddress.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lts {

class RcloneRemoteChooser;
class SyncController;

class ServerLocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLocationDialog)

public:
    // Asks the user whether to trust `key` of `location` (the tray's trust dialog plugs in
    // here) and calls `done(true)` once it is trusted, `done(false)` when not.
    using TrustPrompt = std::function<void(QWidget *parent, const QString &location,
                                           const fsops::HostKey &key,
                                           std::function<void(bool trusted)> done)>;
    // For every dialog opened from now on; without one, the dialog shows the fingerprint and
    // the `letthatsyncin trust` command to run.
    static void setTrustPrompt(TrustPrompt prompt);

    // `location`: the server's location to edit, or empty for a new one (SFTP at first).
    ServerLocationDialog(SyncController &controller, const QString &location,
                         QWidget *parent = nullptr);

    // The location the fields make (the one given, as it was written, while no field changed).
    QString location() const;
    ServerAddress address() const;
    RemoteKind kind() const;
    // Picks the kind, as the kind chooser does.
    void setKind(RemoteKind kind);
    // An upload form's fields: what the drive's Upload says, and what the fields make (the
    // names trimmed; a file field left empty is the default one). Only an upload form has them.
    void setUploadForm(const UploadForm &form);
    UploadForm uploadForm() const;

    // Whether a test, a listing or the storing of the password is under way.
    bool isBusy() const { return m_test.isRunning() || m_storing.isRunning(); }

public Q_SLOTS:
    // Checks the fields, stores a password typed, then closes; on a problem it stays open and
    // says it.
    void accept() override;
    void testConnection();
    void browse();
    // A new row of the upload form's fields, its name being edited; and the rows selected gone.
    void addUploadField();
    void removeUploadFields();

Q_SIGNALS:
    // A test answered (shown in the status line).
    void tested(const lts::LocationTest &test);

private:
    enum class Then { Nothing, Test, Close };
    void load(const ServerAddress &address);
    // The kind's encryptions in the encryption chooser, the rows it needs shown, the usual
    // port and the folder's form as placeholders.
    void showKind(RemoteKind kind);
    void schemeChanged();
    // The rclone chooser's note, when the kind is rclone's and it says something.
    void showRcloneNote();
    void fieldEdited();
    // The web address typed: its parts into the fields (WebDAV, upload form).
    void webAddressEdited(const QString &text);
    void updateWebAddress();
    void updateWarning();
    // Clears what the last test said once the fields say another location.
    void forgetTest();
    // The scheme the kind and encryption choosers say: "sftp", "davs", "ftpes"...
    QString chosenScheme() const;
    // The location, or the reason it is not one (shown in the status line).
    std::optional<QString> checkedLocation();
    // Why the upload form's fields cannot be saved (a row without a name, a name twice), the
    // row's name selected; nullopt when they can.
    std::optional<QString> uploadFieldsProblem();
    // Whether a password was typed that is not stored yet (never for rclone).
    bool hasPasswordToStore() const;
    // Stores the password typed, then does `then`.
    void storePassword(const QString &location, Then then);
    void passwordStored();
    void startTest(const QString &location);
    void showTest();
    void askTrust();
    // Where the trust command must look (named in it when it is not the default one).
    QString configFolder() const;
    void chooseKey();
    void setStatus(const QString &text, bool error);
    void updateButtons();

    SyncController &m_controller;
    const QString m_original;
    bool m_changed = false; // a field was edited since the dialog opened
    bool m_filling = false; // the fields are being set from the web address or a location
    bool m_typingAddress = false; // the fields follow the web address typed, not it them
    bool m_passwordStored = false; // the password typed is the one stored
    QString m_scheme; // the one the encryption chooser said last (the port follows it)
    Then m_afterStoring = Then::Nothing;
    QString m_testedLocation;
    QString m_webAddressError; // why the web address typed is none, while it is not
    std::optional<fsops::HostKey> m_untrusted; // of the last test
    QString m_notice; // that the password went to a file, shown under what comes next

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    RcloneRemoteChooser *m_remote = nullptr;
    QLineEdit *m_webAddress = nullptr;
    QComboBox *m_encryption = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_chooseKey = nullptr;
    QLineEdit *m_fileField = nullptr;
    QTableWidget *m_uploadFields = nullptr;
    QPushButton *m_addUploadField = nullptr;
    QPushButton *m_removeUploadField = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_trustButton = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<LocationTest> m_test;
    QFutureWatcher<PasswordOutcome> m_storing;
};

} // namespace lts
