#include "rcloneremotechooser.h"

#include "textformat.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace lts {

namespace {

// docs/remote.md's walk-through, as the project's site publishes the documentation.
QString walkThroughAddress()
{
    return QStringLiteral(LTS_HOMEPAGE_URL "/docs/remote.md#dropbox-step-by-step");
}

} // namespace

RcloneRemoteChooser::RcloneRemoteChooser(RemoteChecks &checks, QWidget *parent)
    : QWidget(parent)
    , m_checks(checks)
    , m_combo(new QComboBox(this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_note(new QLabel(parent)) // placed by the dialog
{
    m_combo->setObjectName(QStringLiteral("remoteCombo"));
    m_combo->setToolTip(tr("A remote of your rclone configuration: rclone config makes them"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reload->setObjectName(QStringLiteral("reloadRemotesButton"));
    m_reload->setToolTip(tr("List the remotes again, after rclone config"));
    m_reload->setAutoDefault(false);
    m_note->setObjectName(QStringLiteral("rcloneNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    // The link is reached with Tab and opened with Enter, as with the mouse.
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setOpenExternalLinks(true);
    // As wide as the fields (a label's own width hint would wrap it into a narrow column), and
    // as high as its lines at that width.
    QSizePolicy wide(QSizePolicy::Expanding, QSizePolicy::Preferred);
    wide.setHeightForWidth(true);
    m_note->setSizePolicy(wide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_reload);

    connect(m_combo, &QComboBox::activated, this, [this] {
        m_wanted = m_combo->currentData().toString();
        updateNote();
        Q_EMIT remoteChosen();
    });
    connect(m_reload, &QPushButton::clicked, this, &RcloneRemoteChooser::reload);
    fill();
}

QString RcloneRemoteChooser::remote() const
{
    if (rcloneMissing())
        return {};
    return m_listed ? m_combo->currentData().toString() : m_wanted;
}

void RcloneRemoteChooser::setRemote(const QString &name)
{
    m_wanted = name;
    fill();
    updateNote();
}

void RcloneRemoteChooser::listOnce()
{
    if (!m_listed && !m_listing)
        reload();
}

void RcloneRemoteChooser::reload()
{
    const quint64 listing = ++m_listings;
    m_listing = true;
    fill();
    updateNote();
    Q_EMIT listingChanged();
    m_checks.rcloneRemotes().then(
            this, [this, listing](const RcloneRemoteList &list) { listed(listing, list); });
}

void RcloneRemoteChooser::listed(quint64 listing, const RcloneRemoteList &list)
{
    if (listing != m_listings)
        return; // a Reload came after it
    m_list = list;
    const QCollator order = TextFormat::naturalOrder();
    std::sort(m_list.names.begin(), m_list.names.end(),
              [&order](const QString &a, const QString &b) { return order.compare(a, b) < 0; });
    m_listed = true;
    m_listing = false;
    // A new location takes the first remote: with one remote, there is nothing to choose.
    if (m_wanted.isEmpty() && !m_list.names.isEmpty())
        m_wanted = m_list.names.constFirst();
    fill();
    updateNote();
    Q_EMIT listingChanged();
}

void RcloneRemoteChooser::fill()
{
    const QSignalBlocker quiet(m_combo);
    m_combo->clear();
    if (!m_listed) {
        // Before the first answer: the drive's remote, or that they are being listed.
        m_combo->addItem(m_wanted.isEmpty() ? tr("Loading remotes…") : m_wanted, m_wanted);
    } else {
        for (const QString &name : std::as_const(m_list.names))
            m_combo->addItem(name, name);
        if (!m_wanted.isEmpty() && !m_list.names.contains(m_wanted)) {
            const bool known = m_list.installed && !m_list.error;
            m_combo->addItem(known ? tr("%1 (not in your rclone configuration)").arg(m_wanted)
                                   : m_wanted,
                             m_wanted);
        }
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_wanted)));
    }
    m_combo->setEnabled(m_listed && !m_listing && m_combo->count() > 0 && !rcloneMissing());
    m_reload->setEnabled(!m_listing);
}

QString RcloneRemoteChooser::whyNone() const
{
    if (!m_listed && m_wanted.isEmpty())
        return tr("The remotes of your rclone configuration are being listed…");
    if (rcloneMissing())
        return tr("rclone is not installed: install the package rclone, then press Reload.");
    if (!remote().isEmpty())
        return {};
    if (m_list.error)
        return m_list.error->message;
    if (m_list.names.isEmpty())
        return tr("Your rclone configuration has no remote yet: make one with rclone config in a "
                  "terminal, then press Reload.");
    return tr("Choose a remote of your rclone configuration.");
}

void RcloneRemoteChooser::updateNote()
{
    QString text;
    if (!m_listed) {
        text.clear();
    } else if (rcloneMissing()) {
        text = tr("rclone is not installed. LetThatSyncIn reaches Dropbox, Google Drive, S3 and "
                  "the other cloud services through rclone: install the package <b>rclone</b> "
                  "(Debian, Ubuntu: <tt>sudo apt install rclone</tt>), then press Reload.");
    } else if (m_list.error) {
        text = m_list.error->message.toHtmlEscaped();
    } else if (m_list.names.isEmpty()) {
        text = tr("Your rclone configuration has no remote yet: rclone needs one for each cloud "
                  "account. Run <tt>rclone config</tt> in a terminal, make a new remote "
                  "(<tt>n</tt>) and log in, then press Reload. <a href=\"%1\">Dropbox, step by "
                  "step</a>")
                       .arg(walkThroughAddress());
    } else if (!m_wanted.isEmpty() && !m_list.names.contains(m_wanted)) {
        text = tr("Your rclone configuration has no remote \"%1\": choose another, or make it "
                  "again with <tt>rclone config</tt> and press Reload.")
                       .arg(m_wanted.toHtmlEscaped());
    }
    if (text == m_note->text())
        return;
    m_note->setText(text);
    Q_EMIT noteChanged();
}

} // namespace lts
