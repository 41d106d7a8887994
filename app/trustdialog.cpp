#include "trustdialog.h"

#include "hosttrust.h"
#include "remotechecks.h"
#include "remotelocation.h"
#include "synccontroller.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lts {

namespace {

// The key's kind as people and ssh-keygen name it ("ED25519"), with libssh's name after it.
QString keyTypeText(const QString &type)
{
    QString kind = QStringLiteral("ED25519");
    if (type.startsWith(u"ecdsa"))
        kind = QStringLiteral("ECDSA");
    else if (type.contains(u"rsa"))
        kind = QStringLiteral("RSA");
    return type.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, type);
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

TrustDialog::TrustDialog(SyncController &controller, QString location, fsops::HostKey key,
                         QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_location(std::move(location))
    , m_key(std::move(key))
{
    const bool changed = !m_key.previous.isEmpty();
    const bool certificate = HostTrust::isCertificate(m_key.type);
    setObjectName(QStringLiteral("trustDialog"));
    if (certificate)
        setWindowTitle(changed ? tr("Server certificate changed")
                               : tr("Unknown server certificate"));
    else
        setWindowTitle(changed ? tr("Server key changed") : tr("Unknown server key"));

    // The server as people name it: its host, and its port when not the kind's own.
    const Result<RemoteLocation> remote = RemoteLocation::parse(m_location, {});
    QString server = m_location;
    if (remote) {
        server = remote->host();
        if (certificate ? remote->port().has_value() : remote->effectivePort() != 22)
            server = tr("%1 (port %2)").arg(server).arg(remote->effectivePort());
    }

    auto *icon = new QLabel(this);
    const int extent = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(changed ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning,
                                          nullptr, this)
                            .pixmap(extent, extent));
    icon->setAlignment(Qt::AlignTop);

    QString headingText;
    QString explanationText;
    if (certificate) {
        headingText
                = changed ? tr("WARNING: the certificate of the server %1 has changed").arg(server)
                          : tr("The certificate of the server %1 is not trusted yet").arg(server);
        explanationText
                = changed ? tr("The server presents another certificate than the one trusted "
                               "before. It may have been given a new one, but someone may also "
                               "be between you and the server, to read or change your files. "
                               "Trust the new certificate only if the server's administrator "
                               "confirms that it changed.")
                          : tr("None of this computer's certificate authorities vouches for this "
                               "certificate (a NAS or a server often makes its own), so "
                               "LetThatSyncIn cannot be sure that it is the server you mean and "
                               "not another one in its place. Compare the certificate's "
                               "fingerprint with the one the server itself shows.");
    } else {
        headingText = changed ? tr("WARNING: the key of the server %1 has changed").arg(server)
                              : tr("The key of the server %1 is not known yet").arg(server);
        explanationText
                = changed ? tr("The server presents another key than the one trusted before. It "
                               "may have been reinstalled or given a new key, but someone may "
                               "also be between you and the server, to read or change your "
                               "files. Trust the new key only if the server's administrator "
                               "confirms that it changed.")
                          : tr("LetThatSyncIn has not connected to this server before, so it "
                               "cannot be sure that it is the server you mean and not another "
                               "one in its place. Compare the key's fingerprint with the one the "
                               "server itself shows.");
    }
    auto *heading = wrappedLabel(headingText, this);
    heading->setObjectName(QStringLiteral("trustHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *explanation = wrappedLabel(explanationText, this);
    explanation->setObjectName(QStringLiteral("trustExplanation"));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *serverLabel = wrappedLabel(server, this);
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("Server:"), serverLabel);
    auto *locationLabel = wrappedLabel(RemoteLocation::displayName(m_location), this);
    locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("Location:"), locationLabel);
    if (!certificate) {
        facts->addRow(tr("Key type:"), wrappedLabel(keyTypeText(m_key.type), this));
    } else if (!m_key.subject.isEmpty() || !m_key.issuer.isEmpty()) {
        // What the certificate says of itself: a person recognises their NAS's name, and one
        // that expired or names another server is worth a question to its administrator.
        const auto fact = [&](const QString &label, const QString &text, const QString &name) {
            auto *value = wrappedLabel(text, this);
            value->setObjectName(name);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            facts->addRow(label, value);
        };
        const QLocale locale;
        fact(tr("Issued to:"), m_key.subject, QStringLiteral("certificateSubject"));
        fact(tr("Issued by:"), m_key.issuer, QStringLiteral("certificateIssuer"));
        fact(tr("Valid:"),
             tr("from %1 to %2")
                     .arg(locale.toString(m_key.validFrom.toLocalTime().date(),
                                          QLocale::ShortFormat),
                          locale.toString(m_key.validUntil.toLocalTime().date(),
                                          QLocale::ShortFormat)),
             QStringLiteral("certificateValidity"));
    }
    if (changed) {
        m_previous = monospaceField(m_key.previous, QStringLiteral("previousFingerprint"));
        facts->addRow(tr("Trusted before:"), m_previous);
    }
    m_fingerprint = monospaceField(m_key.fingerprint, QStringLiteral("fingerprint"));
    facts->addRow(changed ? tr("&Presented now:") : tr("&Fingerprint:"), m_fingerprint);

    auto *howTo = wrappedLabel(
            certificate ? tr("To check it, run this on the server with the file of its "
                             "certificate, or ask its administrator to; it must print the same "
                             "fingerprint (with a \"=\" at its end):")
                        : tr("To check it, run this on the server, or ask its administrator to; "
                             "it must print the same fingerprint:"),
            this);
    m_checkCommand
            = monospaceField(HostTrust::checkCommand(m_key.type), QStringLiteral("checkCommand"));
    m_checkCommand->setAccessibleName(tr("Command that prints the fingerprint on the server"));

    QString afterText;
    if (certificate)
        afterText = changed ? tr("Trust the new certificate only if the administrator confirms "
                                 "its fingerprint: LetThatSyncIn then syncs the drives that wait "
                                 "for it. Otherwise cancel, and sync nothing with this server.")
                            : tr("If the fingerprints are the same, trust the certificate: "
                                 "LetThatSyncIn remembers it for this server and syncs the "
                                 "drives that wait for it. If they differ, cancel.");
    else
        afterText = changed ? tr("Trust the new key only if the administrator confirms its "
                                 "fingerprint: LetThatSyncIn then syncs the drives that wait for "
                                 "it. Otherwise cancel, and sync nothing with this server.")
                            : tr("If the fingerprints are the same, trust the key: LetThatSyncIn "
                                 "remembers it and syncs the drives that wait for it. If they "
                                 "differ, cancel.");
    auto *after = wrappedLabel(afterText, this);

    m_status = wrappedLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("trustStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(certificate ? tr("&Trust this certificate")
                                             : tr("&Trust this key"),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must never trust a key: the default is Cancel, and Trust is not made the default
    // by the focus passing over it.
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_trust, &QPushButton::clicked, this, &TrustDialog::trust);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_trusting = false;
        const QFuture<Result<fsops::HostKey>> done = m_watcher.future();
        if (done.resultCount() > 0)
            showAnswer(done.result());
    });

    auto *texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(explanation);
    texts->addLayout(facts);
    texts->addWidget(howTo);
    texts->addWidget(m_checkCommand);
    texts->addWidget(after);
    texts->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch();
    layout->addWidget(buttons);

    // Wide enough for the fingerprint and the command on one line, narrow enough for a
    // 1024x600 screen.
    setMinimumWidth(std::min(
            640, qMax(m_checkCommand->minimumWidth(), m_fingerprint->minimumWidth()) + 3 * extent));
    m_cancel->setFocus();
}

QLineEdit *TrustDialog::monospaceField(const QString &text, const QString &objectName)
{
    // A line the user can select and copy, but not change: what they compare and what they run.
    auto *field = new QLineEdit(text, this);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Whole on one line, up to what the dialog's width (at most 640) leaves it: a longer line
    // (openssl's command) scrolls rather than cut the dialog off.
    field->setMinimumWidth(std::min(560, field->fontMetrics().horizontalAdvance(text)
                                                 + 4 * field->fontMetrics().averageCharWidth()));
    field->setCursorPosition(0);
    return field;
}

void TrustDialog::trust()
{
    if (isTrusting())
        return;
    m_trusting = true;
    m_trust->setEnabled(false);
    m_status->setText(HostTrust::isCertificate(m_key.type)
                              ? tr("Asking the server for its certificate…")
                              : tr("Asking the server for its key…"));
    m_status->show();
    // Only this fingerprint is trusted: a server that presents another one now is refused.
    m_watcher.setFuture(m_controller.remoteChecks().trustHost(m_location, m_key.fingerprint));
}

void TrustDialog::showAnswer(const Result<fsops::HostKey> &answer)
{
    if (answer) {
        Q_EMIT trusted(m_location, answer->fingerprint);
        accept();
        return;
    }
    const Error &error = answer.error();
    if (error.code == RemoteChecks::fingerprintMismatch)
        m_status->setText(
                (HostTrust::isCertificate(m_key.type)
                         ? tr("Nothing was trusted: the server now presents another certificate "
                              "than the one shown here (%1). Sync the drive again to see the one "
                              "it presents now, and check that one.")
                         : tr("Nothing was trusted: the server now presents another key than the "
                              "one shown here (%1). Sync the drive again to see the key it "
                              "presents now, and check that one."))
                        .arg(error.message));
    else
        m_status->setText(tr("Nothing was trusted: %1").arg(error.message));
    m_status->show();
    // Another try can only trust the same key again: worth it after the server was unreachable.
    m_trust->setEnabled(error.code != RemoteChecks::fingerprintMismatch);
    m_cancel->setText(tr("Close"));
    m_cancel->setFocus();
    Q_EMIT failed(error.code);
}

} // namespace lts
