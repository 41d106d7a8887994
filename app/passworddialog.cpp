#include "passworddialog.h"

#include "credentialstore.h"
#include "remotelocation.h"
#include "secret.h"
#include "synccontroller.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lts {

PasswordDialog::PasswordDialog(SyncController &controller, QString location, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_location(std::move(location))
{
    setObjectName(QStringLiteral("passwordDialog"));
    const Result<RemoteLocation> remote = RemoteLocation::parse(m_location, {});
    const QString server = remote ? remote->host() : RemoteLocation::displayName(m_location);
    const QString user = remote ? remote->user() : QString();
    setWindowTitle(tr("Password for %1").arg(server));

    auto *explanation = new QLabel(
            user.isEmpty()
                    ? tr("The server %1 refused the login. Enter your password on it; the drives "
                         "that wait for it sync then.")
                              .arg(server)
                    : tr("The server %1 refused the login of %2. Enter the password of %2 on it; "
                         "the drives that wait for it sync then.")
                              .arg(server, user),
            this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    // Not offered to input methods' dictionaries and suggestions.
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoPredictiveText);
    auto *form = new QFormLayout;
    form->addRow(tr("Location:"), new QLabel(RemoteLocation::displayName(m_location), this));
    form->addRow(tr("&Password:"), m_password);

    auto *where = new QLabel(tr("It is kept in the system's keychain, or where there is none in a "
                                "file that only you can read; never in the configuration or a "
                                "log."),
                             this);
    where->setWordWrap(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("passwordStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save password"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true); // Enter in the field saves, as login dialogs do
    m_save->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.isEmpty() && !isSaving()); });
    connect(m_save, &QPushButton::clicked, this, &PasswordDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_saving = false;
        const QFuture<PasswordOutcome> done = m_watcher.future();
        if (done.resultCount() > 0)
            showOutcome(done.result());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
}

void PasswordDialog::save()
{
    if (isSaving() || m_password->text().isEmpty())
        return;
    m_saving = true;
    Secret password(m_password->text().toUtf8());
    // The field's copy goes at once: the store has its own.
    m_password->clear();
    m_password->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Saving the password…"));
    m_status->show();
    m_watcher.setFuture(m_controller.remoteChecks().setPassword(m_location, password));
    password.wipe();
}

void PasswordDialog::showOutcome(const PasswordOutcome &outcome)
{
    m_password->setEnabled(true);
    if (outcome.error) {
        m_status->setText(tr("The password was not saved: %1").arg(outcome.error->message));
        m_password->setFocus();
        return;
    }
    Q_EMIT saved();
    if (!outcome.storedInFile) {
        accept();
        return;
    }
    // The user should know that no keychain holds it: the file is theirs to protect.
    m_status->setText(
            tr("No keychain answered, so the password is stored in a file in %1, "
               "which only you can read.")
                    .arg(QDir::toNativeSeparators(m_controller.credentials().fileFolder())));
    m_password->setEnabled(false);
    m_save->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    // Closing now closes a dialog that did what it was for.
    disconnect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace lts
