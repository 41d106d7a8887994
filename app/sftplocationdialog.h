// SftpLocationDialog: a drive's source or target on an SFTP server, asked as FileZilla's site
// manager asks it: server and port, user, the folder on the server (typed, or chosen with
// Browse… in RemoteFolderDialog), an optional key file and an optional password. It makes the
// location string (SftpAddress); the password never goes into it: it is stored in the
// credential store (RemoteChecks::setPassword) when the connection is tested or OK is
// pressed. "Test connection" connects as a run would (RemoteChecks::testLocation) and says what
// it found, or why not: for a server key not trusted yet, its fingerprint and how to trust it.
// Every look at the server is a future watched here: the dialog never waits for one.
#pragma once

#include "fsops.h"
#include "remotechecks.h"
#include "sftpaddress.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lts {

class SyncController;

class SftpLocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SftpLocationDialog)

public:
    // Asks the user whether to trust `key` of `location` (the tray's trust dialog plugs in
    // here) and calls `done(true)` once it is trusted, `done(false)` when not.
    using TrustPrompt = std::function<void(QWidget *parent, const QString &location,
                                           const fsops::HostKey &key,
                                           std::function<void(bool trusted)> done)>;
    // For every dialog opened from now on; without one, the dialog shows the fingerprint and
    // the `letthatsyncin trust` command to run.
    static void setTrustPrompt(TrustPrompt prompt);

    // `location`: the SFTP location to edit, or empty for a new one.
    SftpLocationDialog(SyncController &controller, const QString &location,
                       QWidget *parent = nullptr);

    // The location the fields make (the one given, as it was written, while no field changed).
    QString location() const;
    SftpAddress address() const;

    // Whether a test, a listing or the storing of the password is under way.
    bool isBusy() const { return m_test.isRunning() || m_storing.isRunning(); }

public Q_SLOTS:
    // Checks the fields, stores a password typed, then closes; on a problem it stays open and
    // says it.
    void accept() override;
    void testConnection();
    void browse();

Q_SIGNALS:
    // A test answered (shown in the status line).
    void tested(const lts::LocationTest &test);

private:
    enum class Then { Nothing, Test, Close };
    void load(const SftpAddress &address);
    // The location, or the reason it is not one (shown in the status line).
    std::optional<QString> checkedLocation();
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
    bool m_passwordStored = false; // the password typed is the one stored
    Then m_afterStoring = Then::Nothing;
    QString m_testedLocation;
    std::optional<fsops::HostKey> m_untrusted; // of the last test
    QString m_notice; // that the password went to a file, shown under what comes next

    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_chooseKey = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_trustButton = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<LocationTest> m_test;
    QFutureWatcher<PasswordOutcome> m_storing;
};

} // namespace lts
