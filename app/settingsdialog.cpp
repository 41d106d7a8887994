#include "settingsdialog.h"

#include "apiservice.h"
#include "synccontroller.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lts {

namespace {

// The ranges SettingsCodec::decode accepts, so no value the dialog saves is refused at the
// next start.
constexpr int maxConcurrentRunsMin = 1;
constexpr int maxConcurrentRunsMax = 16;
constexpr int maxDeletePercentMax = 100;
constexpr int portMax = 65535;
constexpr int logMaxMiBMin = 1;
constexpr int logMaxMiBMax = 100 * 1024;
constexpr double watchDelayMin = 0.1;
constexpr double watchDelayMax = 3600;

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QSpinBox *spinBox(const QString &name, int min, int max)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(min, max);
    return box;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

bool isLoopback(const QString &address)
{
    const QString trimmed = address.trimmed();
    return trimmed.compare(u"localhost", Qt::CaseInsensitive) == 0
           || QHostAddress(trimmed).isLoopback();
}

} // namespace

SettingsDialog::SettingsDialog(SyncController &controller, ApiService *api,
                               const QStringList &startArguments, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_api(api)
    , m_autostart(Autostart::currentExecutable(), startArguments)
    , m_openFolder(
              [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setWindowTitle(tr("LetThatSyncIn Settings"));

    m_tabs = new QTabWidget;
    m_tabs->addTab(makeGeneralPage(), tr("General"));
    m_tabs->addTab(makeSchedulePage(), tr("Schedule"));
    m_tabs->addTab(makeNetworkPage(), tr("Network"));
    m_tabs->addTab(makeLogsPage(), tr("Logs"));

    m_message = note({});
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::Apply);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    load(m_controller.settings());
    // Not a setting: the entry itself says whether the system starts us.
    m_startOnLogin->setChecked(m_autostart.isEnabled());
    showToken();
    updateState();
}

void SettingsDialog::setOpenFolder(std::function<void(const QString &path)> openFolder)
{
    m_openFolder = std::move(openFolder);
}

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_startOnLogin = new QCheckBox(tr("Start LetThatSyncIn when I log in"));
    m_startOnLogin->setObjectName(QStringLiteral("startOnLogin"));
    form->addRow(m_startOnLogin);

    m_notifications = new QComboBox;
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->addItem(tr("Only errors"), int(Notifications::Errors));
    m_notifications->addItem(tr("After every run"), int(Notifications::EveryRun));
    m_notifications->addItem(tr("Never"), int(Notifications::Never));
    form->addRow(tr("Notifications:"), m_notifications);

    m_busyIcon = new QCheckBox(tr("Show the syncing icon while a drive syncs"));
    m_busyIcon->setObjectName(QStringLiteral("busyIcon"));
    form->addRow(m_busyIcon);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, as its speakers look for it: not translated.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(tr("Language:"), m_language);
    form->addRow(note(tr("Takes effect when LetThatSyncIn restarts.")));
    return page;
}

QWidget *SettingsDialog::makeSchedulePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_maxConcurrentRuns = spinBox(QStringLiteral("maxConcurrentRuns"), maxConcurrentRunsMin,
                                  maxConcurrentRunsMax);
    form->addRow(tr("Syncs at the same time:"), m_maxConcurrentRuns);
    form->addRow(note(tr("Two drives on the same disk never sync at the same time.")));

    m_maxDeletePercent = spinBox(QStringLiteral("maxDeletePercent"), 0, maxDeletePercentMax);
    m_maxDeletePercent->setSuffix(tr(" %"));
    form->addRow(tr("Deletion limit:"), m_maxDeletePercent);
    form->addRow(note(tr("A mirror run that would delete more than this share of the target's "
                         "files (and more than 10 files) waits for your confirmation.")));

    m_watchDelay = new QDoubleSpinBox;
    m_watchDelay->setObjectName(QStringLiteral("watchDelay"));
    m_watchDelay->setRange(watchDelayMin, watchDelayMax);
    m_watchDelay->setDecimals(1);
    m_watchDelay->setSingleStep(0.5);
    m_watchDelay->setSuffix(tr(" s"));
    form->addRow(tr("Wait after a change:"), m_watchDelay);
    form->addRow(note(tr("A drive that syncs as soon as files change waits until its source has "
                         "been quiet this long, so that a file still being written is not "
                         "copied half-way.")));
    return page;
}

QWidget *SettingsDialog::makeNetworkPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(note(tr("Scripts control LetThatSyncIn through a WebSocket server.")));

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    connect(m_address, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    form->addRow(tr("Address:"), m_address);

    m_port = spinBox(QStringLiteral("port"), 0, portMax);
    m_port->setSpecialValueText(tr("Off"));
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    form->addRow(tr("Port:"), m_port);

    m_requireToken = new QCheckBox(tr("Require the token"));
    m_requireToken->setObjectName(QStringLiteral("requireToken"));
    m_requireToken->setToolTip(tr("Without it, only scripts of other users or other computers "
                                  "need the token."));
    connect(m_requireToken, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    form->addRow(m_requireToken);

    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_showToken = new QPushButton(tr("Show"));
    m_showToken->setObjectName(QStringLiteral("showToken"));
    m_showToken->setCheckable(true);
    connect(m_showToken, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_copyToken = new QPushButton(tr("Copy"));
    m_copyToken->setObjectName(QStringLiteral("copyToken"));
    connect(m_copyToken, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_token->text()); });
    m_regenerateToken = new QPushButton(tr("Regenerate…"));
    m_regenerateToken->setObjectName(QStringLiteral("regenerateToken"));
    connect(m_regenerateToken, &QPushButton::clicked, this, &SettingsDialog::askToRegenerateToken);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(m_copyToken);
    tokenRow->addWidget(m_regenerateToken);
    form->addRow(tr("Token:"), tokenRow);

    m_origins = new QListWidget;
    m_origins->setObjectName(QStringLiteral("origins"));
    auto *addOrigin = new QPushButton(tr("Add"));
    addOrigin->setObjectName(QStringLiteral("addOrigin"));
    connect(addOrigin, &QPushButton::clicked, this, &SettingsDialog::addOrigin);
    m_removeOrigin = new QPushButton(tr("Remove"));
    m_removeOrigin->setObjectName(QStringLiteral("removeOrigin"));
    connect(m_removeOrigin, &QPushButton::clicked, this,
            [this] { delete m_origins->currentItem(); });
    connect(m_origins, &QListWidget::currentItemChanged, this,
            [this](const QListWidgetItem *current) {
                m_removeOrigin->setEnabled(current != nullptr);
            });
    m_removeOrigin->setEnabled(false);
    auto *originButtons = new QVBoxLayout;
    originButtons->addWidget(addOrigin);
    originButtons->addWidget(m_removeOrigin);
    originButtons->addStretch();
    auto *originRow = new QHBoxLayout;
    originRow->addWidget(m_origins, 1);
    originRow->addLayout(originButtons);
    form->addRow(tr("Allowed origins:"), originRow);
    form->addRow(note(tr("Web pages from these origins may connect, for example "
                         "https://example.org. Scripts need no origin.")));

    form->addRow(note(tr("Address, port, “Require the token” and allowed origins take "
                         "effect when LetThatSyncIn restarts. A new token takes effect at "
                         "once.")));
    return page;
}

QWidget *SettingsDialog::makeLogsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_logLevel = new QComboBox;
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevel->addItem(tr("Summary: a line per run"), int(LogLevel::Summary));
    m_logLevel->addItem(tr("Verbose: also a line per file"), int(LogLevel::Verbose));
    form->addRow(tr("Level:"), m_logLevel);

    m_logMaxMiB = spinBox(QStringLiteral("logMaxMiB"), logMaxMiBMin, logMaxMiBMax);
    m_logMaxMiB->setSuffix(tr(" MiB"));
    form->addRow(tr("Size limit:"), m_logMaxMiB);
    form->addRow(note(tr("When the log folder grows past the limit, its oldest files are "
                         "removed.")));

    auto *open = new QPushButton(tr("Open log folder"));
    open->setObjectName(QStringLiteral("openLogFolder"));
    connect(open, &QPushButton::clicked, this, [this] {
        // Before the first run there is no folder yet, and a file manager cannot show it.
        const QString folder = m_controller.log().folderPath();
        QDir().mkpath(folder);
        m_openFolder(folder);
    });
    form->addRow(QString(), open);
    return page;
}

void SettingsDialog::load(const Settings &settings)
{
    selectData(m_notifications, int(settings.notifications));
    m_busyIcon->setChecked(settings.busyIcon);
    if (m_language->findData(settings.language) < 0) {
        // A language written into config.json by hand stays chosen.
        const QString name = QLocale(settings.language).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? settings.language : name, settings.language);
    }
    selectData(m_language, settings.language);

    m_maxConcurrentRuns->setValue(settings.maxConcurrentRuns);
    m_maxDeletePercent->setValue(settings.maxDeletePercent);
    m_watchDelay->setValue(settings.watchDelaySeconds);

    m_address->setText(settings.webSocketAddress);
    m_port->setValue(settings.webSocketPort);
    m_requireToken->setChecked(settings.requireToken);
    m_origins->clear();
    for (const QString &origin : settings.allowedOrigins) {
        auto *item = new QListWidgetItem(origin, m_origins);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }

    selectData(m_logLevel, int(settings.logLevel));
    m_logMaxMiB->setValue(settings.logMaxMiB);
}

Settings SettingsDialog::edited() const
{
    // What the dialog does not show (CopyThreads, unknown keys ...) stays as it is.
    Settings settings = m_controller.settings();
    settings.notifications = Notifications(m_notifications->currentData().toInt());
    settings.busyIcon = m_busyIcon->isChecked();
    settings.language = m_language->currentData().toString();

    settings.maxConcurrentRuns = m_maxConcurrentRuns->value();
    settings.maxDeletePercent = m_maxDeletePercent->value();
    // The box shows tenths: a delay written by hand with more digits is kept unless changed here.
    if (qAbs(m_watchDelay->value() - settings.watchDelaySeconds) >= 0.05)
        settings.watchDelaySeconds = m_watchDelay->value();

    settings.webSocketAddress = m_address->text().trimmed();
    settings.webSocketPort = m_port->value();
    settings.requireToken = m_requireToken->isChecked();
    settings.allowedOrigins.clear();
    for (int row = 0; row < m_origins->count(); ++row) {
        const QString origin = m_origins->item(row)->text().trimmed();
        if (!origin.isEmpty() && !settings.allowedOrigins.contains(origin))
            settings.allowedOrigins.append(origin);
    }

    settings.logLevel = LogLevel(m_logLevel->currentData().toInt());
    settings.logMaxMiB = m_logMaxMiB->value();
    return settings;
}

QString SettingsDialog::problem() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return tr("Enter the address the WebSocket server listens on, such as 127.0.0.1.");
    if (!SettingsCodec::isListenAddress(address)) {
        return tr("“%1” is not an address the WebSocket server can listen on. Enter an "
                  "IP address such as 127.0.0.1, or localhost.")
                .arg(address);
    }
    // The server refuses to start so; better said here than found out at the next start.
    if (m_port->value() != 0 && !isLoopback(address) && !m_requireToken->isChecked()) {
        return tr("Listening on %1 lets other computers connect, which needs “Require the "
                  "token” on.")
                .arg(address);
    }
    return {};
}

void SettingsDialog::updateState()
{
    const QString problem = this->problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty());
    const QString message = problem.isEmpty() ? m_failure : problem;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool SettingsDialog::apply()
{
    if (!problem().isEmpty())
        return false;
    // An origin still being typed counts, as the user sees it in the list.
    const QModelIndex editing = m_origins->currentIndex();
    if (QWidget *editor = m_origins->indexWidget(editing))
        m_origins->itemDelegate()->setModelData(editor, m_origins->model(), editing);
    m_failure.clear();
    // Unchanged settings are not written: a config.json written by hand keeps its form.
    if (const Settings settings = edited(); settings != m_controller.settings()) {
        if (const Result<void> saved = m_controller.changeSettings(settings); !saved)
            m_failure = saved.error().message;
    }
    if (m_failure.isEmpty() && m_startOnLogin->isChecked() != m_autostart.isEnabled()) {
        if (const Result<void> changed = m_autostart.setEnabled(m_startOnLogin->isChecked());
            !changed)
            m_failure = changed.error().message;
    }
    updateState();
    return m_failure.isEmpty();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showToken()
{
    const QByteArray token = m_api ? m_api->token() : QByteArray();
    m_token->setText(QString::fromLatin1(token));
    if (!m_api)
        m_token->setPlaceholderText(tr("The WebSocket server is off."));
    else if (token.isEmpty())
        m_token->setPlaceholderText(tr("The token cannot be read (the log says why). "
                                       "Regenerate makes a new one."));
    m_showToken->setEnabled(!token.isEmpty());
    m_copyToken->setEnabled(!token.isEmpty());
    m_regenerateToken->setEnabled(m_api != nullptr);
}

void SettingsDialog::askToRegenerateToken()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Regenerate the Token"),
                                tr("Replace the token with a new one?"), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("regenerateTokenQuestion"));
    box->setInformativeText(
            tr("Scripts using the old token will be refused until they use the new one."));
    QPushButton *regenerate = box->addButton(tr("Regenerate"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, regenerate] {
        if (box->clickedButton() == regenerate)
            regenerateToken();
    });
    box->open();
}

void SettingsDialog::regenerateToken()
{
    if (!m_api)
        return;
    m_failure.clear();
    if (const Result<QByteArray> token = m_api->regenerateToken(); !token)
        m_failure = token.error().message;
    showToken();
    updateState();
}

void SettingsDialog::addOrigin()
{
    auto *item = new QListWidgetItem(m_origins);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_origins->setCurrentItem(item);
    m_origins->editItem(item);
}

} // namespace lts
