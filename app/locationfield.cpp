#include "locationfield.h"

#include "folderfield.h"
#include "remotelocation.h"
#include "serveraddress.h"
#include "serverlocationdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lts {

LocationField::LocationField(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_kind(new QComboBox(this))
    , m_folder(new FolderField(this))
    , m_serverRow(new QWidget(this))
    , m_server(new QLineEdit(m_serverRow))
    , m_change(new QPushButton(tr("Change…"), m_serverRow))
{
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Folder on this computer"), int(Kind::Folder));
    m_kind->addItem(tr("Folder on a server"), int(Kind::Server));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setReadOnly(true);
    m_server->setFocusPolicy(Qt::ClickFocus); // Tab goes on to Change…
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_change->setToolTip(tr("Change the server, the login or the folder"));

    auto *serverLayout = new QHBoxLayout(m_serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addWidget(m_server, 1);
    serverLayout->addWidget(m_change);
    serverLayout->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 0, Qt::AlignTop);
    layout->addWidget(m_folder, 1);
    layout->addWidget(m_serverRow, 1);
    m_serverRow->hide();

    connect(m_kind, &QComboBox::activated, this, &LocationField::kindPicked);
    connect(m_change, &QPushButton::clicked, this, &LocationField::editServer);
    connect(m_folder, &FolderField::pathChanged, this, [this](const QString &path) {
        if (kind() == Kind::Folder)
            Q_EMIT locationChanged(path);
    });
}

QString LocationField::location() const
{
    return kind() == Kind::Server ? m_serverLocation : m_folder->path();
}

void LocationField::setLabel(QLabel *label)
{
    m_label = label;
    m_label->setBuddy(focusTarget());
}

QWidget *LocationField::focusTarget() const
{
    return kind() == Kind::Server ? static_cast<QWidget *>(m_change) : m_folder->lineEdit();
}

std::optional<UploadForm> LocationField::uploadForm() const
{
    const std::optional<ServerAddress> address = ServerAddress::fromLocation(location());
    if (kind() != Kind::Server || !address || address->kind() != RemoteKind::Upload)
        return std::nullopt;
    return m_upload;
}

ServerLocationDialog *LocationField::serverDialog() const
{
    return m_dialog;
}

LocationField::Kind LocationField::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void LocationField::setLocation(const QString &location)
{
    if (ServerAddress::fromLocation(location)) {
        m_serverLocation = location.trimmed();
        showKind(Kind::Server);
    } else {
        showKind(Kind::Folder);
        m_folder->setPath(location);
    }
    Q_EMIT locationChanged(this->location());
}

void LocationField::showKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    const bool server = kind == Kind::Server;
    m_server->setText(RemoteLocation::displayName(m_serverLocation));
    m_server->setToolTip(m_serverLocation);
    m_server->setCursorPosition(0);
    // The label's mnemonic goes to the field shown. (Not a focus proxy: Qt moves a proxy to the
    // front of the tab order, before the combo box.)
    if (m_label)
        m_label->setBuddy(focusTarget());
    m_folder->setVisible(!server);
    m_serverRow->setVisible(server);
}

void LocationField::kindPicked(int index)
{
    const Kind picked = Kind(m_kind->itemData(index).toInt());
    if (picked == Kind::Server && m_serverLocation.isEmpty()) {
        // Nothing to show yet: the dialog asks for it; cancelled, the folder stays.
        showKind(Kind::Folder);
        editServer();
        return;
    }
    const QString before = location();
    showKind(picked);
    if (location() != before)
        Q_EMIT locationChanged(location());
}

void LocationField::editServer()
{
    if (m_dialog)
        return;
    m_dialog = new ServerLocationDialog(m_controller, m_serverLocation, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_serverTitle.isEmpty())
        m_dialog->setWindowTitle(m_serverTitle);
    m_dialog->setUploadForm(m_upload.value_or(UploadForm{}));
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_serverLocation = m_dialog->location();
        if (m_dialog->kind() == RemoteKind::Upload)
            m_upload = m_dialog->uploadForm();
        showKind(Kind::Server);
        Q_EMIT locationChanged(m_serverLocation);
        m_change->setFocus();
    });
    m_dialog->open();
}

} // namespace lts
