#include "sftplocationdialog.h"

#include "credentialstore.h"
#include "hosttrust.h"
#include "remotefolderdialog.h"
#include "remotelocation.h"
#include "synccontroller.h"
#include "textformat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace lts {

namespace {

SftpLocationDialog::TrustPrompt &trustPrompt()
{
    static SftpLocationDialog::TrustPrompt prompt;
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

void SftpLocationDialog::setTrustPrompt(TrustPrompt prompt)
{
    trustPrompt() = std::move(prompt);
}

SftpLocationDialog::SftpLocationDialog(SyncController &controller, const QString &location,
                                       QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_original(location.trimmed())
{
    setObjectName(QStringLiteral("sftpLocationDialog"));
    setWindowTitle(tr("SFTP server"));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("Name or address, such as logger.local"));
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setPlaceholderText(QStringLiteral("22"));
    m_port->setToolTip(tr("Empty: the port ~/.ssh/config gives this server, else 22."));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(u'0') * 8 + 16);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(localUserName());
    m_user->setToolTip(tr("Empty: the user ~/.ssh/config gives this server, else yours."));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("/srv/data, or ~/data in your home folder"));
    m_browse = new QPushButton(tr("B&rowse…"), this);
    m_browse->setObjectName(QStringLiteral("browseServerButton"));
    m_browse->setToolTip(tr("Choose a folder on the server"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("Optional: your usual keys and the SSH agent"));
    m_chooseKey = new QPushButton(tr("C&hoose…"), this);
    m_chooseKey->setObjectName(QStringLiteral("chooseKeyButton"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional"));
    auto *passwordNote = new QLabel(
            tr("Kept in the system's keychain, never in the drive; leave it empty to keep the "
               "one stored."),
            this);
    passwordNote->setWordWrap(true);
    // As wide as the fields: a label's own width hint would wrap it into a narrow column.
    passwordNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);
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
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("Ser&ver:"), m_host, this), server);
    form->addRow(buddyLabel(tr("&User:"), m_user, this), m_user);
    form->addRow(buddyLabel(tr("&Folder:"), m_folder, this), row({ m_folder, m_browse }));
    form->addRow(buddyLabel(tr("&Key file:"), m_key, this), row({ m_key, m_chooseKey }));
    form->addRow(buddyLabel(tr("Pass&word:"), m_password, this), m_password);
    form->addRow(QString(), passwordNote);
    auto *test = new QHBoxLayout;
    test->setContentsMargins(0, 0, 0, 0);
    test->addWidget(m_testButton);
    test->addWidget(m_trustButton);
    test->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(test);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // As the fields read, the port right after the server it belongs to.
    const QList<QWidget *> order{ m_host, m_port,      m_user,     m_folder,     m_browse,
                                  m_key,  m_chooseKey, m_password, m_testButton, m_trustButton };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setMinimumWidth(520);

    if (const std::optional<SftpAddress> address = SftpAddress::fromLocation(m_original))
        load(*address);
    for (QLineEdit *edit : { m_host, m_port, m_user, m_folder, m_key })
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_changed = true;
            updateButtons();
        });
    connect(m_password, &QLineEdit::textChanged, this, [this] { m_passwordStored = false; });
    connect(m_testButton, &QPushButton::clicked, this, &SftpLocationDialog::testConnection);
    connect(m_trustButton, &QPushButton::clicked, this, &SftpLocationDialog::askTrust);
    connect(m_browse, &QPushButton::clicked, this, &SftpLocationDialog::browse);
    connect(m_chooseKey, &QPushButton::clicked, this, &SftpLocationDialog::chooseKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SftpLocationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SftpLocationDialog::reject);
    connect(&m_test, &QFutureWatcherBase::finished, this, &SftpLocationDialog::showTest);
    connect(&m_storing, &QFutureWatcherBase::finished, this, &SftpLocationDialog::passwordStored);
    m_host->setFocus();
    updateButtons();
}

void SftpLocationDialog::load(const SftpAddress &address)
{
    m_host->setText(address.host);
    m_port->setText(address.port);
    m_user->setText(address.user);
    m_folder->setText(address.folder);
    m_key->setText(address.keyFile);
}

SftpAddress SftpLocationDialog::address() const
{
    SftpAddress address = SftpAddress::fromLocation(m_original).value_or(SftpAddress{});
    address.host = m_host->text().trimmed();
    address.port = m_port->text().trimmed();
    address.user = m_user->text().trimmed();
    address.folder = m_folder->text().trimmed();
    address.keyFile = m_key->text().trimmed();
    return address;
}

QString SftpLocationDialog::location() const
{
    if (!m_changed && !m_original.isEmpty())
        return m_original;
    return address().location();
}

std::optional<QString> SftpLocationDialog::checkedLocation()
{
    if (m_host->text().trimmed().isEmpty()) {
        setStatus(tr("Type the server's name or address."), true);
        m_host->setFocus();
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

void SftpLocationDialog::accept()
{
    if (isBusy())
        return;
    const std::optional<QString> wanted = checkedLocation();
    if (!wanted)
        return;
    if (!m_password->text().isEmpty() && !m_passwordStored)
        return storePassword(*wanted, Then::Close);
    QDialog::accept();
}

void SftpLocationDialog::testConnection()
{
    if (isBusy())
        return;
    const std::optional<QString> wanted = checkedLocation();
    if (!wanted)
        return;
    // The test logs in as a run would: with the password stored, so a password typed is
    // stored first.
    if (!m_password->text().isEmpty() && !m_passwordStored)
        return storePassword(*wanted, Then::Test);
    startTest(*wanted);
}

void SftpLocationDialog::storePassword(const QString &location, Then then)
{
    m_afterStoring = then;
    m_testedLocation = location;
    setStatus(tr("Storing the password…"), false);
    m_storing.setFuture(
            m_controller.remoteChecks().setPassword(location, Secret(m_password->text().toUtf8())));
    updateButtons();
}

void SftpLocationDialog::passwordStored()
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

void SftpLocationDialog::startTest(const QString &location)
{
    m_testedLocation = location;
    m_untrusted.reset();
    m_trustButton->hide();
    setStatus(tr("Connecting to %1…").arg(RemoteLocation::displayName(location)), false);
    m_test.setFuture(m_controller.remoteChecks().testLocation(location));
    updateButtons();
}

void SftpLocationDialog::showTest()
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

QString SftpLocationDialog::configFolder() const
{
    // The credential files' folder is "<config dir>/credentials": a path, no disk asked.
    return QFileInfo(m_controller.credentials().fileFolder()).path();
}

void SftpLocationDialog::askTrust()
{
    if (!m_untrusted || !trustPrompt())
        return;
    const QPointer<SftpLocationDialog> self(this);
    const QString location = m_testedLocation;
    trustPrompt()(this, location, *m_untrusted, [self, location](bool trusted) {
        // Trusted: the test again, which now gets past the key.
        if (self && trusted && !self->isBusy())
            self->startTest(location);
    });
}

void SftpLocationDialog::browse()
{
    if (!checkedLocation())
        return;
    auto *dialog = new RemoteFolderDialog(m_controller, address(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const QString folder = dialog->selectedFolder(); !folder.isEmpty())
            m_folder->setText(folder == u"~" ? QString() : folder);
        m_folder->setFocus();
    });
    dialog->open();
}

void SftpLocationDialog::chooseKey()
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

void SftpLocationDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(m_notice.isEmpty() || text == m_notice ? text
                                                             : QString(text + u'\n' + m_notice));
    m_status->setProperty("severity", error ? QStringLiteral("error") : QString());
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette colors = m_status->palette();
    colors.setColor(QPalette::WindowText, !error ? palette().color(QPalette::WindowText)
                                          : dark ? QColor(0xff, 0x8a, 0x80)
                                                 : QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(colors);
}

void SftpLocationDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool host = !m_host->text().trimmed().isEmpty();
    m_testButton->setEnabled(!busy && host);
    m_browse->setEnabled(!busy && host);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && host);
}

} // namespace lts
