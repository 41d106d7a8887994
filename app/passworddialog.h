// PasswordDialog: the password of a remote location's login, asked when its server refused
// the login (Authentication Failed): the field does not echo, and the password goes to the
// system's keychain, or where there is none to a file only the user can read (then the dialog
// says which), never into config.json or a log (RemoteChecks::setPassword). The drives whose
// login that server refused run at once.
#pragma once

#include "remotechecks.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lts {

class SyncController;

class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    PasswordDialog(SyncController &controller, QString location, QWidget *parent = nullptr);

    QString location() const { return m_location; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    // The store has the password (the dialog closes, or, when it went to a file, says where).
    void saved();

private:
    void save();
    void showOutcome(const PasswordOutcome &outcome);

    SyncController &m_controller;
    const QString m_location;
    QFutureWatcher<PasswordOutcome> m_watcher;
    bool m_saving = false; // a continuation's future is not "running" before it runs

    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lts
