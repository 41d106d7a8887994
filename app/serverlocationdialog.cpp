#include "serverlocationdialog.h"

#include "credentialstore.h"
#include "hosttrust.h"
#include "rcloneremotechooser.h"
#include "remotefolderdialog.h"
#include "remotelocation.h"
#include "synccontroller.h"
#include "textformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lts {

namespace {

ServerLocationDialog::TrustPrompt &trustPrompt()
{
    static ServerLocationDialog::TrustPrompt prompt;
    return prompt;
}

// The name a login without a user takes when ~/.ssh/config names none: the local user's.
QString localUserName()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return {};
}

// "~/.ssh/id_ed25519" for a file of the home folder, as ssh's own files are written.
QString withTilde(const QString &path)
{
    const QString home = QDir::homePath();
    return path.startsWith(home + u'/') ? QString(u'~' + path.mid(home.size())) : path;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// The kinds of the kind chooser, in its order.
struct KindChoice
{
    RemoteKind kind;
    const char *name;
};
const KindChoice kindChoices[] = {
    { RemoteKind::Sftp, QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "SFTP (SSH)") },
    { RemoteKind::WebDav,
      QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "WebDAV (Nextcloud, NAS)") },
    { RemoteKind::Ftp, QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "FTP / FTPS") },
    { RemoteKind::Upload, QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "Upload form") },
    { RemoteKind::Rclone, QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "Cloud (rclone)") },
};

// A kind's encryptions, the first its default, with the scheme each makes.
struct Encryption
{
    const char *scheme;
    const char *name;
};
QList<Encryption> encryptionsOf(RemoteKind kind)
{
    switch (kind) {
    case RemoteKind::WebDav:
        return { { "davs", QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "HTTPS (encrypted)") },
                 { "dav",
                   QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "HTTP (not encrypted)") } };
    case RemoteKind::Ftp:
        return { { "ftpes",
                   QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "Explicit TLS (FTPES)") },
                 { "ftps", QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "Implicit TLS (FTPS)") },
                 { "ftp", QT_TRANSLATE_NOOP("lts::ServerLocationDialog",
                                            "None (plain FTP, not encrypted)") } };
    case RemoteKind::Upload:
        return { { "post+https",
                   QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "HTTPS (encrypted)") },
                 { "post+http",
                   QT_TRANSLATE_NOOP("lts::ServerLocationDialog", "HTTP (not encrypted)") } };
    case RemoteKind::Sftp:
    case RemoteKind::Rclone:
        break;
    }
    return {};
}

int usualPort(const QString &scheme)
{
    ServerAddress address;
    address.scheme = scheme;
    return address.defaultPort();
}

// The rows of the form, shown as the kind needs them.
enum Row {
    KindRow,
    RemoteRow,
    AddressRow,
    EncryptionRow,
    FileFieldRow,
    UploadFieldsRow,
    ServerRow,
    UserRow,
    FolderRow,
    KeyRow,
    PasswordRow,
    PasswordNoteRow,
    WarningRow,
};

bool hasWebAddress(RemoteKind kind)
{
    return kind == RemoteKind::WebDav || kind == RemoteKind::Upload;
}

// The text in the colour of an error (or a warning), readable on a light and a dark window.
void showAsError(QLabel *label, bool error, const QWidget *window)
{
    label->setProperty("severity", error ? QStringLiteral("error") : QString());
    const bool dark = window->palette().color(QPalette::Window).lightness() < 128;
    QPalette colors = label->palette();
    colors.setColor(QPalette::WindowText, !error ? window->palette().color(QPalette::WindowText)
                                          : dark ? QColor(0xff, 0x8a, 0x80)
                                                 : QColor(0xc6, 0x28, 0x28));
    label->setPalette(colors);
}

// The columns of the upload form's fields.
enum UploadFieldColumn { NameColumn, ValueColumn };

QHBoxLayout *row(std::initializer_list<QWidget *> widgets)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    bool first = true;
    for (QWidget *widget : widgets) {
        layout->addWidget(widget, first ? 1 : 0);
        first = false;
    }
    return layout;
}

} // namespace

void ServerLocationDialog::setTrustPrompt(TrustPrompt prompt)
{
    trustPrompt() = std::move(prompt);
}

ServerLocationDialog::ServerLocationDialog(SyncController &controller, const QString &location,
                                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_original(location.trimmed())
{
    setObjectName(QStringLiteral("serverLocationDialog"));
    setWindowTitle(tr("Folder on a server"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("serverKindCombo"));
    for (const KindChoice &choice : kindChoices)
        m_kind->addItem(tr(choice.name), int(choice.kind));
    m_webAddress = new QLineEdit(this);
    m_webAddress->setObjectName(QStringLiteral("webAddressEdit"));
    m_webAddress->setToolTip(
            tr("Paste the address the server shows, or fill in the fields below."));
    m_remote = new RcloneRemoteChooser(controller.remoteChecks(), this);
    m_remote->setObjectName(QStringLiteral("remoteChooser"));
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("encryptionCombo"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(u'0') * 8 + 16);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_browse = new QPushButton(tr("B&rowse…"), this);
    m_browse->setObjectName(QStringLiteral("browseServerButton"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("Optional: your usual keys and the SSH agent"));
    m_chooseKey = new QPushButton(tr("C&hoose…"), this);
    m_chooseKey->setObjectName(QStringLiteral("chooseKeyButton"));
    m_fileField = new QLineEdit(this);
    m_fileField->setObjectName(QStringLiteral("fileFieldEdit"));
    m_fileField->setPlaceholderText(UploadForm{}.fileField);
    m_fileField->setToolTip(tr("The name of the form's field that takes the file, as its web "
                               "page names it (<input type=\"file\" name=\"…\">). Empty: %1.")
                                    .arg(UploadForm{}.fileField));
    m_uploadFields = new QTableWidget(0, 2, this);
    m_uploadFields->setObjectName(QStringLiteral("uploadFieldsTable"));
    m_uploadFields->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_uploadFields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_uploadFields->verticalHeader()->hide();
    m_uploadFields->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table for the next field; the arrow keys go from cell to cell.
    m_uploadFields->setTabKeyNavigation(false);
    m_uploadFields->setToolTip(tr("Sent with every file, such as email = me@example.org. F2 "
                                  "edits a cell."));
    // Room for four fields (a form rarely wants more; more scroll), and no more: the dialog
    // fits a small screen.
    m_uploadFields->setFixedHeight(m_uploadFields->horizontalHeader()->sizeHint().height()
                                   + m_uploadFields->verticalHeader()->defaultSectionSize() * 4
                                   + m_uploadFields->frameWidth() * 2);
    m_addUploadField = new QPushButton(tr("A&dd"), this);
    m_addUploadField->setObjectName(QStringLiteral("addUploadFieldButton"));
    m_addUploadField->setToolTip(tr("Add a field sent with every file"));
    m_addUploadField->setAutoDefault(false);
    m_removeUploadField = new QPushButton(tr("Re&move"), this);
    m_removeUploadField->setObjectName(QStringLiteral("removeUploadFieldButton"));
    m_removeUploadField->setAutoDefault(false);
    m_removeUploadField->setEnabled(false);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional"));
    m_passwordNote = new QLabel(
            tr("Kept in the system's keychain, never in the drive; leave it empty to keep the "
               "one stored."),
            this);
    m_passwordNote->setWordWrap(true);
    // As wide as the fields: a label's own width hint would wrap it into a narrow column.
    m_passwordNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("insecureWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_trustButton = new QPushButton(tr("Trust this &server…"), this);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAutoDefault(false);
    m_trustButton->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the longest it says (a key not trusted, with the command), so the dialog does
    // not jump when it comes.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 6);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_browse->setAutoDefault(false);
    m_chooseKey->setAutoDefault(false);

    auto *server = new QHBoxLayout;
    server->setContentsMargins(0, 0, 0, 0);
    server->addWidget(m_host, 1);
    server->addWidget(buddyLabel(tr("&Port:"), m_port, this));
    server->addWidget(m_port);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // In the order of the Row constants.
    m_form->addRow(buddyLabel(tr("K&ind:"), m_kind, this), m_kind);
    m_form->addRow(buddyLabel(tr("R&emote:"), m_remote->combo(), this), m_remote);
    m_form->addRow(buddyLabel(tr("&Address:"), m_webAddress, this), m_webAddress);
    m_form->addRow(buddyLabel(tr("&Encryption:"), m_encryption, this), m_encryption);
    m_form->addRow(buddyLabel(tr("Fi&le field:"), m_fileField, this), m_fileField);
    auto *uploadButtons = new QVBoxLayout;
    uploadButtons->setContentsMargins(0, 0, 0, 0);
    uploadButtons->addWidget(m_addUploadField);
    uploadButtons->addWidget(m_removeUploadField);
    uploadButtons->addStretch(1);
    auto *uploadFields = new QHBoxLayout;
    uploadFields->setContentsMargins(0, 0, 0, 0);
    uploadFields->addWidget(m_uploadFields, 1);
    uploadFields->addLayout(uploadButtons);
    m_form->addRow(buddyLabel(tr("&Other fields:"), m_uploadFields, this), uploadFields);
    m_form->addRow(buddyLabel(tr("Ser&ver:"), m_host, this), server);
    m_form->addRow(buddyLabel(tr("&User:"), m_user, this), m_user);
    m_form->addRow(buddyLabel(tr("&Folder:"), m_folder, this), row({ m_folder, m_browse }));
    m_form->addRow(buddyLabel(tr("&Key file:"), m_key, this), row({ m_key, m_chooseKey }));
    m_form->addRow(buddyLabel(tr("Pass&word:"), m_password, this), m_password);
    m_form->addRow(QString(), m_passwordNote);
    m_form->addRow(QString(), m_warning);
    auto *test = new QHBoxLayout;
    test->setContentsMargins(0, 0, 0, 0);
    test->addWidget(m_testButton);
    test->addWidget(m_trustButton);
    test->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    // Under the fields, not in the form: QFormLayout (Qt 6.4) leaves no room for a wrapped
    // label whose text comes after it was laid out.
    layout->addWidget(m_remote->note());
    layout->addLayout(test);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // As the fields read, the port right after the server it belongs to.
    const QList<QWidget *> order{ m_kind,
                                  m_remote->combo(),
                                  m_remote->reloadButton(),
                                  m_webAddress,
                                  m_encryption,
                                  m_fileField,
                                  m_uploadFields,
                                  m_addUploadField,
                                  m_removeUploadField,
                                  m_host,
                                  m_port,
                                  m_user,
                                  m_folder,
                                  m_browse,
                                  m_key,
                                  m_chooseKey,
                                  m_password,
                                  m_remote->note(), // its link
                                  m_testButton,
                                  m_trustButton };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setMinimumWidth(520);

    const std::optional<ServerAddress> address = ServerAddress::fromLocation(m_original);
    load(address.value_or(ServerAddress{}));
    for (QLineEdit *edit : { m_host, m_port, m_user, m_folder, m_key })
        connect(edit, &QLineEdit::textChanged, this, &ServerLocationDialog::fieldEdited);
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_passwordStored = false;
        updateWarning();
    });
    connect(m_remote, &RcloneRemoteChooser::remoteChosen, this, &ServerLocationDialog::fieldEdited);
    connect(m_remote, &RcloneRemoteChooser::listingChanged, this, [this] {
        forgetTest();
        updateButtons();
    });
    connect(m_remote, &RcloneRemoteChooser::noteChanged, this, [this] {
        showRcloneNote();
        // A note that comes after the dialog is shown wraps into lines the window's minimum
        // size does not count (a window's layout takes no height for its width): grown to
        // them, nothing is cut.
        this->layout()->activate();
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
    });
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { setKind(RemoteKind(m_kind->itemData(index).toInt())); });
    connect(m_encryption, &QComboBox::activated, this, [this] {
        m_changed = true;
        forgetTest();
        schemeChanged();
    });
    connect(m_webAddress, &QLineEdit::textEdited, this, &ServerLocationDialog::webAddressEdited);
    connect(m_testButton, &QPushButton::clicked, this, &ServerLocationDialog::testConnection);
    connect(m_trustButton, &QPushButton::clicked, this, &ServerLocationDialog::askTrust);
    connect(m_browse, &QPushButton::clicked, this, &ServerLocationDialog::browse);
    connect(m_chooseKey, &QPushButton::clicked, this, &ServerLocationDialog::chooseKey);
    connect(m_addUploadField, &QPushButton::clicked, this, &ServerLocationDialog::addUploadField);
    connect(m_removeUploadField, &QPushButton::clicked, this,
            &ServerLocationDialog::removeUploadFields);
    connect(m_uploadFields, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeUploadField->setEnabled(!m_uploadFields->selectedItems().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerLocationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerLocationDialog::reject);
    connect(&m_test, &QFutureWatcherBase::finished, this, &ServerLocationDialog::showTest);
    connect(&m_storing, &QFutureWatcherBase::finished, this, &ServerLocationDialog::passwordStored);
    (hasWebAddress(kind())          ? static_cast<QWidget *>(m_webAddress)
     : kind() == RemoteKind::Rclone ? m_folder
                                    : m_host)
            ->setFocus();
    updateButtons();
}

void ServerLocationDialog::load(const ServerAddress &address)
{
    m_filling = true;
    m_kind->setCurrentIndex(m_kind->findData(int(address.kind())));
    if (address.kind() == RemoteKind::Rclone)
        m_remote->setRemote(address.host);
    showKind(address.kind());
    if (const int encryption = m_encryption->findData(address.scheme); encryption >= 0)
        m_encryption->setCurrentIndex(encryption);
    m_host->setText(address.host);
    m_port->setText(address.port);
    m_user->setText(address.user);
    m_folder->setText(address.folder);
    m_key->setText(address.keyFile);
    m_filling = false;
    schemeChanged();
}

RemoteKind ServerLocationDialog::kind() const
{
    return RemoteKind(m_kind->currentData().toInt());
}

void ServerLocationDialog::setKind(RemoteKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    showKind(kind);
    m_changed = true;
    forgetTest();
    schemeChanged();
}

void ServerLocationDialog::showKind(RemoteKind kind)
{
    const QList<Encryption> encryptions = encryptionsOf(kind);
    m_encryption->clear();
    for (const Encryption &encryption : encryptions)
        m_encryption->addItem(tr(encryption.name), QString::fromLatin1(encryption.scheme));

    const bool sftp = kind == RemoteKind::Sftp;
    const bool upload = kind == RemoteKind::Upload;
    // rclone owns the logins of its remotes (rclone config): a remote and a folder in it.
    const bool rclone = kind == RemoteKind::Rclone;
    if (rclone)
        m_remote->listOnce();
    m_form->setRowVisible(RemoteRow, rclone);
    showRcloneNote();
    m_form->setRowVisible(AddressRow, hasWebAddress(kind));
    m_form->setRowVisible(EncryptionRow, !encryptions.isEmpty());
    // An upload form is its web address: no login, no folders to browse.
    m_form->setRowVisible(ServerRow, !upload && !rclone);
    m_form->setRowVisible(UserRow, !upload && !rclone);
    m_form->setRowVisible(FolderRow, !upload);
    m_form->setRowVisible(KeyRow, sftp);
    m_form->setRowVisible(FileFieldRow, upload);
    m_form->setRowVisible(UploadFieldsRow, upload);
    m_form->setRowVisible(PasswordRow, !upload && !rclone);
    m_form->setRowVisible(PasswordNoteRow, !upload && !rclone);

    m_host->setPlaceholderText(tr("Name or address, such as %1")
                                       .arg(sftp                         ? u"logger.local"
                                            : kind == RemoteKind::WebDav ? u"cloud.example.org"
                                                                         : u"ftp.example.org"));
    m_port->setToolTip(sftp ? tr("Empty: the port ~/.ssh/config gives this server, else 22.")
                            : tr("Empty: the usual port of the encryption chosen."));
    m_user->setPlaceholderText(sftp                      ? localUserName()
                               : kind == RemoteKind::Ftp ? tr("Empty: anonymous")
                                                         : tr("Optional"));
    m_user->setToolTip(sftp ? tr("Empty: the user ~/.ssh/config gives this server, else yours.")
                            : QString());
    m_folder->setPlaceholderText(sftp ? tr("/srv/data, or ~/data in your home folder")
                                 : kind == RemoteKind::Ftp
                                         ? tr("~/data in the login folder, or /srv/data")
                                 : rclone ? tr("Lab/Site4 in the remote; empty: its top folder")
                                          : QStringLiteral("/remote.php/dav/files/me/Photos"));
    m_browse->setToolTip(rclone ? tr("Choose a folder in the remote")
                                : tr("Choose a folder on the server"));
    m_webAddress->setPlaceholderText(upload ? QStringLiteral("https://logs.example.org/upload")
                                            : QStringLiteral("https://cloud.example.org/remote.php/"
                                                             "dav/files/me/Photos"));
}

void ServerLocationDialog::showRcloneNote()
{
    m_remote->note()->setVisible(kind() == RemoteKind::Rclone
                                 && !m_remote->note()->text().isEmpty());
}

QString ServerLocationDialog::chosenScheme() const
{
    if (kind() == RemoteKind::Rclone)
        return QStringLiteral("rclone");
    const QString chosen = m_encryption->currentData().toString();
    return kind() == RemoteKind::Sftp || chosen.isEmpty() ? QStringLiteral("sftp") : chosen;
}

void ServerLocationDialog::schemeChanged()
{
    // The port follows the encryption (FTP's 21 and 990) unless another one was typed.
    const QString before = std::exchange(m_scheme, chosenScheme());
    if (!before.isEmpty() && before != m_scheme
        && m_port->text().trimmed() == QString::number(usualPort(before)))
        m_port->clear();
    m_port->setPlaceholderText(QString::number(usualPort(m_scheme)));
    updateWebAddress();
    updateWarning();
    updateButtons();
}

void ServerLocationDialog::fieldEdited()
{
    if (m_filling)
        return;
    m_changed = true;
    forgetTest();
    updateWebAddress();
    updateWarning();
    updateButtons();
}

void ServerLocationDialog::webAddressEdited(const QString &text)
{
    QString password;
    const Result<ServerAddress> typed = ServerAddress::fromWebAddress(text, kind(), &password);
    m_changed = true;
    forgetTest();
    if (!typed) {
        m_webAddressError = text.trimmed().isEmpty() ? QString() : typed.error().message;
        updateButtons();
        return;
    }
    m_webAddressError.clear();
    m_filling = true;
    if (const int encryption = m_encryption->findData(typed->scheme); encryption >= 0)
        m_encryption->setCurrentIndex(encryption);
    m_host->setText(typed->host);
    m_port->setText(typed->port);
    if (!typed->user.isEmpty())
        m_user->setText(typed->user);
    m_folder->setText(typed->folder);
    m_filling = false;
    // The address stays as it is typed (no rewriting under the cursor)...
    m_typingAddress = true;
    schemeChanged();
    m_typingAddress = false;
    if (!password.isEmpty()) {
        // ...unless it came with a password: that goes to the password field, out of sight.
        m_password->setText(password);
        updateWebAddress();
    }
}

void ServerLocationDialog::forgetTest()
{
    // What a test found is about the location tested; another one has not been tested yet.
    if (isBusy() || m_testedLocation.isEmpty() || location() == m_testedLocation)
        return;
    m_testedLocation.clear();
    m_untrusted.reset();
    m_trustButton->hide();
    setStatus(m_notice, false);
}

void ServerLocationDialog::updateWebAddress()
{
    if (m_filling || m_typingAddress || !hasWebAddress(kind()))
        return;
    m_webAddressError.clear();
    m_webAddress->setText(m_host->text().trimmed().isEmpty() ? QString() : address().webAddress());
}

void ServerLocationDialog::updateWarning()
{
    const bool login = kind() != RemoteKind::Upload
                       && (!m_user->text().trimmed().isEmpty() || !m_password->text().isEmpty());
    const bool plain = kind() != RemoteKind::Sftp && !address().encrypted();
    m_warning->setText(
            login ? tr("Not encrypted: the password and the files cross the network readable by "
                       "anyone on the way. Use it only on a network you trust.")
                  : tr("Not encrypted: the files cross the network readable by anyone on the "
                       "way."));
    m_form->setRowVisible(WarningRow, plain);
    showAsError(m_warning, true, this);
}

ServerAddress ServerLocationDialog::address() const
{
    ServerAddress address = ServerAddress::fromLocation(m_original).value_or(ServerAddress{});
    if (address.kind() != kind())
        address = ServerAddress{}; // what another kind kept (connections) is not this one's
    address.scheme = chosenScheme();
    if (kind() == RemoteKind::Rclone) {
        address.host = m_remote->remote();
        address.folder = m_folder->text().trimmed();
        return address;
    }
    address.host = m_host->text().trimmed();
    address.port = m_port->text().trimmed();
    address.user = kind() == RemoteKind::Upload ? QString() : m_user->text().trimmed();
    address.folder = m_folder->text().trimmed();
    address.keyFile = kind() == RemoteKind::Sftp ? m_key->text().trimmed() : QString();
    return address;
}

QString ServerLocationDialog::location() const
{
    if (!m_changed && !m_original.isEmpty())
        return m_original;
    return address().location();
}

std::optional<QString> ServerLocationDialog::checkedLocation()
{
    if (hasWebAddress(kind()) && !m_webAddressError.isEmpty()) {
        setStatus(m_webAddressError, true);
        m_webAddress->setFocus();
        return std::nullopt;
    }
    if (kind() == RemoteKind::Rclone) {
        if (const QString why = m_remote->whyNone(); !why.isEmpty()) {
            setStatus(why, true);
            return std::nullopt;
        }
    } else if (m_host->text().trimmed().isEmpty()) {
        if (kind() == RemoteKind::Upload) {
            setStatus(tr("Type the web address of the upload form."), true);
            m_webAddress->setFocus();
        } else {
            setStatus(tr("Type the server's name or address."), true);
            m_host->setFocus();
        }
        return std::nullopt;
    }
    const QString wanted = location();
    const Result<RemoteLocation> parsed = RemoteLocation::parse(wanted, {});
    if (!parsed) {
        setStatus(parsed.error().message, true);
        return std::nullopt;
    }
    return wanted;
}

void ServerLocationDialog::accept()
{
    if (isBusy())
        return;
    const std::optional<QString> wanted = checkedLocation();
    if (!wanted)
        return;
    if (kind() == RemoteKind::Upload) {
        if (const std::optional<QString> problem = uploadFieldsProblem())
            return setStatus(*problem, true);
    }
    if (hasPasswordToStore())
        return storePassword(*wanted, Then::Close);
    QDialog::accept();
}

void ServerLocationDialog::setUploadForm(const UploadForm &form)
{
    // The default file field is shown as the placeholder, so a name typed stands out.
    m_fileField->setText(form.fileField == UploadForm{}.fileField ? QString() : form.fileField);
    m_uploadFields->setRowCount(0);
    for (auto field = form.fields.constBegin(); field != form.fields.constEnd(); ++field) {
        const int row = m_uploadFields->rowCount();
        m_uploadFields->insertRow(row);
        m_uploadFields->setItem(row, NameColumn, new QTableWidgetItem(field.key()));
        m_uploadFields->setItem(row, ValueColumn, new QTableWidgetItem(field.value()));
    }
}

UploadForm ServerLocationDialog::uploadForm() const
{
    UploadForm form;
    if (const QString named = m_fileField->text().trimmed(); !named.isEmpty())
        form.fileField = named;
    for (int row = 0; row < m_uploadFields->rowCount(); ++row) {
        const QTableWidgetItem *name = m_uploadFields->item(row, NameColumn);
        const QTableWidgetItem *value = m_uploadFields->item(row, ValueColumn);
        const QString named = name ? name->text().trimmed() : QString();
        if (!named.isEmpty())
            form.fields.insert(named, value ? value->text() : QString());
    }
    return form;
}

std::optional<QString> ServerLocationDialog::uploadFieldsProblem()
{
    QStringList names;
    for (int row = 0; row < m_uploadFields->rowCount(); ++row) {
        const QTableWidgetItem *name = m_uploadFields->item(row, NameColumn);
        const QTableWidgetItem *value = m_uploadFields->item(row, ValueColumn);
        const QString named = name ? name->text().trimmed() : QString();
        const bool hasValue = value && !value->text().isEmpty();
        std::optional<QString> problem;
        if (named.isEmpty() && hasValue)
            problem = tr("The field with the value \"%1\" has no name: type its name, or "
                         "remove it.")
                              .arg(value->text());
        else if (!named.isEmpty() && names.contains(named))
            problem = tr("The field \"%1\" is there twice: a form takes each name once.")
                              .arg(named);
        if (problem) {
            m_uploadFields->setCurrentCell(row, NameColumn);
            m_uploadFields->setFocus();
            return problem;
        }
        names.append(named);
    }
    return std::nullopt;
}

void ServerLocationDialog::addUploadField()
{
    const int row = m_uploadFields->rowCount();
    m_uploadFields->insertRow(row);
    m_uploadFields->setItem(row, NameColumn, new QTableWidgetItem);
    m_uploadFields->setItem(row, ValueColumn, new QTableWidgetItem);
    m_uploadFields->setFocus();
    m_uploadFields->setCurrentCell(row, NameColumn);
    m_uploadFields->editItem(m_uploadFields->item(row, NameColumn));
}

void ServerLocationDialog::removeUploadFields()
{
    QList<int> rows;
    for (const QModelIndex &index : m_uploadFields->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_uploadFields->removeRow(row);
    // The next row stays at hand for another Remove.
    if (m_uploadFields->rowCount() > 0 && !rows.isEmpty())
        m_uploadFields->selectRow(std::min(rows.constLast(), m_uploadFields->rowCount() - 1));
    else
        m_uploadFields->setFocus();
}

void ServerLocationDialog::testConnection()
{
    if (isBusy())
        return;
    const std::optional<QString> wanted = checkedLocation();
    if (!wanted)
        return;
    // The test logs in as a run would: with the password stored, so a password typed is
    // stored first.
    if (hasPasswordToStore())
        return storePassword(*wanted, Then::Test);
    startTest(*wanted);
}

bool ServerLocationDialog::hasPasswordToStore() const
{
    // rclone keeps its remotes' logins itself: a password typed for another kind stays out.
    return kind() != RemoteKind::Rclone && !m_password->text().isEmpty() && !m_passwordStored;
}

void ServerLocationDialog::storePassword(const QString &location, Then then)
{
    m_afterStoring = then;
    m_testedLocation = location;
    setStatus(tr("Storing the password…"), false);
    m_storing.setFuture(
            m_controller.remoteChecks().setPassword(location, Secret(m_password->text().toUtf8())));
    updateButtons();
}

void ServerLocationDialog::passwordStored()
{
    const QFuture<PasswordOutcome> done = m_storing.future();
    const Then then = std::exchange(m_afterStoring, Then::Nothing);
    updateButtons();
    if (done.resultCount() == 0)
        return setStatus(tr("The password was not stored."), true);
    const PasswordOutcome outcome = done.result();
    if (outcome.error)
        return setStatus(outcome.error->message, true);
    m_passwordStored = true;
    m_notice.clear();
    if (outcome.storedInFile) {
        // Said once (the first password in the file): the dialog stays open for it to be read,
        // and shows it again under the test's answer.
        m_notice = tr("No keychain answered, so the password is kept in a file that only you "
                      "can read, in %1.")
                           .arg(QDir::toNativeSeparators(m_controller.credentials().fileFolder()));
        setStatus(m_notice, false);
        if (then == Then::Close)
            return;
    } else {
        setStatus(QString(), false);
    }
    if (then == Then::Test)
        startTest(m_testedLocation);
    else if (then == Then::Close)
        QDialog::accept();
}

void ServerLocationDialog::startTest(const QString &location)
{
    m_testedLocation = location;
    m_untrusted.reset();
    m_trustButton->hide();
    setStatus(tr("Connecting to %1…").arg(RemoteLocation::displayName(location)), false);
    m_test.setFuture(m_controller.remoteChecks().testLocation(location));
    updateButtons();
}

void ServerLocationDialog::showTest()
{
    updateButtons();
    const QFuture<LocationTest> done = m_test.future();
    if (done.resultCount() == 0)
        return setStatus(tr("The test was cancelled."), true);
    const LocationTest test = done.result();
    Q_EMIT tested(test);
    if (!test.error) {
        const QString entries = tr("Connected: %n entries in the folder", nullptr,
                                   int(std::min<qsizetype>(test.entries, INT_MAX)));
        return setStatus(
                test.space
                        ? tr("%1, %2 free.").arg(entries, TextFormat::bytes(test.space->available))
                        : entries + u'.',
                false);
    }
    if (!test.hostKey)
        return setStatus(test.error->message, true);
    m_untrusted = test.hostKey;
    const QString shown = RemoteLocation::displayName(m_testedLocation);
    QString text = HostTrust::describe(shown, *test.hostKey);
    if (trustPrompt()) {
        m_trustButton->show();
    } else {
        text += u'\n'
                + tr("To trust it, run: %1")
                          .arg(HostTrust::trustCommand(m_testedLocation, test.hostKey->fingerprint,
                                                       configFolder()));
    }
    setStatus(text, true);
}

QString ServerLocationDialog::configFolder() const
{
    // The credential files' folder is "<config dir>/credentials": a path, no disk asked.
    return QFileInfo(m_controller.credentials().fileFolder()).path();
}

void ServerLocationDialog::askTrust()
{
    if (!m_untrusted || !trustPrompt())
        return;
    const QPointer<ServerLocationDialog> self(this);
    const QString location = m_testedLocation;
    trustPrompt()(this, location, *m_untrusted, [self, location](bool trusted) {
        // Trusted: the test again, which now gets past the key.
        if (self && trusted && !self->isBusy())
            self->startTest(location);
    });
}

void ServerLocationDialog::browse()
{
    if (!checkedLocation())
        return;
    auto *dialog = new RemoteFolderDialog(m_controller, address(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const QString folder = dialog->selectedFolder(); dialog->hasSelection())
            m_folder->setText(folder == u"~" ? QString() : folder);
        m_folder->setFocus();
    });
    dialog->open();
}

void ServerLocationDialog::chooseKey()
{
    auto *dialog = new QFileDialog(this, tr("Choose the key file"),
                                   QDir::homePath() + QStringLiteral("/.ssh"));
    dialog->setObjectName(QStringLiteral("keyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (!file.isEmpty())
            m_key->setText(withTilde(QDir::cleanPath(file)));
    });
    dialog->open();
}

void ServerLocationDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(m_notice.isEmpty() || text == m_notice ? text
                                                             : QString(text + u'\n' + m_notice));
    showAsError(m_status, error, this);
}

void ServerLocationDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool host = kind() == RemoteKind::Rclone
                              ? !m_remote->isListing() && !m_remote->remote().isEmpty()
                              : !m_host->text().trimmed().isEmpty()
                                        || (hasWebAddress(kind())
                                            && !m_webAddress->text().trimmed().isEmpty());
    m_testButton->setEnabled(!busy && host);
    m_browse->setEnabled(!busy && host);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && host);
}

} // namespace lts
