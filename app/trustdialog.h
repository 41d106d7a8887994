// TrustDialog: a server's host key or TLS certificate the user has not trusted (yet), as PuTTY's
// "Security Alert" and OpenSSH show it: the server, the key's type (a certificate: whom it names,
// who signed it, when it is valid) and SHA256 fingerprint, and the command that prints the same
// fingerprint on the server itself (ssh-keygen -lf, openssl); for a key that changed, the one
// trusted before too, and that it may be an attack. "Trust this key" adds it to
// <config dir>/known_hosts (a certificate to trusted_certificates) (RemoteChecks::trustHost, on a
// thread of its own: the dialog stays responsive), and the drives that waited on that server run.
// Cancel is the default button: Enter or Escape never trusts a key.
#pragma once

#include "fsops.h"
#include "result.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lts {

class SyncController;

class TrustDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustDialog)

public:
    // `key` is the one the server presented (with `previous` when it changed); `location` the
    // drive's source or target, as the config has it.
    TrustDialog(SyncController &controller, QString location, fsops::HostKey key,
                QWidget *parent = nullptr);

    QString location() const { return m_location; }
    fsops::HostKey key() const { return m_key; }
    QLineEdit *fingerprintField() const { return m_fingerprint; }
    QLineEdit *previousField() const { return m_previous; } // null unless the key changed
    QLineEdit *checkCommandField() const { return m_checkCommand; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Until the server has answered "Trust this key".
    bool isTrusting() const { return m_trusting; }

Q_SIGNALS:
    // The key is in known_hosts; the dialog closes.
    void trusted(const QString &location, const QString &fingerprint);
    // The server answered "Trust this key" with an error, now shown in the dialog.
    void failed(const QString &code);

private:
    void trust();
    void showAnswer(const Result<fsops::HostKey> &answer);
    QLineEdit *monospaceField(const QString &text, const QString &objectName);

    SyncController &m_controller;
    const QString m_location;
    const fsops::HostKey m_key;
    QFutureWatcher<Result<fsops::HostKey>> m_watcher;
    bool m_trusting = false; // a continuation's future is not "running" before it runs

    QLineEdit *m_fingerprint = nullptr;
    QLineEdit *m_previous = nullptr;
    QLineEdit *m_checkCommand = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lts
