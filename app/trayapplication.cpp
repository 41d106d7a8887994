#include "trayapplication.h"

#include "driveeditordialog.h"
#include "driveswindow.h"
#include "exitcode.h"
#include "historywindow.h"
#include "loginquestionsrelay.h"
#include "notifier.h"
#include "passworddialog.h"
#include "previewdialog.h"
#include "remotelocation.h"
#include "serverlocationdialog.h"
#include "settingsdialog.h"
#include "trayicon.h"
#include "trustdialog.h"
#include "versionswindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QUrl>

namespace lts {

namespace {

constexpr std::chrono::milliseconds trayRetryInterval{ 1000 };

} // namespace

TrayApplication::TrayApplication(Options options, QTextStream &err)
    : m_options(std::move(options))
    , m_err(err)
    , m_lock(m_options.global.configDir)
    , m_instance(m_options.global.configDir)
{
    m_trayRetry.setInterval(trayRetryInterval);
    connect(&m_trayRetry, &QTimer::timeout, this, &TrayApplication::waitForSystemTray);
}

TrayApplication::~TrayApplication()
{
    // Windows first: they hold references to the controller. The filter goes before the
    // window: a window being destroyed is no longer a DrivesWindow to compare with.
    if (m_drivesWindow)
        m_drivesWindow->removeEventFilter(this);
    delete m_drivesWindow;
    delete m_historyWindow;
    delete m_settingsDialog;
    delete m_aboutBox;
    qDeleteAll(m_editors);
    qDeleteAll(m_reviews); // cancels their dry runs
    qDeleteAll(m_versionWindows);
    qDeleteAll(m_trustDialogs);
    qDeleteAll(m_passwordDialogs);
    ServerLocationDialog::setTrustPrompt({}); // it reaches this object's controller
    // Before the controller: its runs that wait for an answer give up, so they can end.
    m_loginQuestions.reset();
}

DrivesWindow *TrayApplication::drivesWindow() const
{
    return m_drivesWindow;
}

HistoryWindow *TrayApplication::historyWindow() const
{
    return m_historyWindow;
}

TrayApplication::StartOutcome TrayApplication::start()
{
    if (m_instance.activateRunningInstance())
        return StartOutcome::ShownOther;
    // Next, so that a SIGTERM while the config loads is caught too.
    m_interrupts = std::make_unique<InterruptWatcher>();
    if (Result<void> locked = m_lock.acquire(); !locked) {
        // Held by --headless (or a tray of another user session): two schedulers must never
        // run the same drives.
        return fail(tr("%1\n\nLetThatSyncIn may be running in the background as a service "
                       "(letthatsyncin --headless): its drives are synced by it, and scripts "
                       "reach it with \"letthatsyncin status\".")
                            .arg(locked.error().message));
    }
    if (Result<void> listening = m_instance.listen(); !listening)
        m_err << QCoreApplication::applicationName() << QStringLiteral(": ")
              << listening.error().message << u'\n';
    connect(&m_instance, &SingleInstance::activationRequested, this, &TrayApplication::showDrives);

    // A server's keyboard-interactive questions are asked in a dialog (remote.md).
    m_loginQuestions = std::make_unique<LoginQuestionsRelay>();
    SyncController::Environment environment;
    environment.configFolder = m_options.global.configDir;
    environment.dataFolder = m_options.global.dataDir;
    environment.adjustRemoteAccess
            = [relay = m_loginQuestions->relay()](RemoteAccess &access) { access.relay = relay; };
    m_controller = std::make_unique<SyncController>(std::move(environment));
    if (Result<void> loaded = m_controller->load(); !loaded)
        return fail(loaded.error().message);
    installLanguage(m_controller->settings().language);

    m_api = std::make_unique<ApiService>(*m_controller, m_options.global.configDir);
    m_api->start({ m_options.global.webSocketAddress, m_options.global.webSocketPort });

    m_tray = std::make_unique<TrayIcon>(*m_controller, *this);
    m_notifier = std::make_unique<Notifier>(*m_controller, m_tray->systemTrayIcon(), *this);

    // The session ends (logout, shutdown) or a signal arrives: stop cleanly.
    connect(m_interrupts.get(), &InterruptWatcher::interrupted, this, &TrayApplication::quit);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (!m_quitting)
            m_controller->stop(); // the state is saved; runs end as cancelled
    });
    connect(m_controller.get(), &SyncController::stopped, this, &TrayApplication::stopped);

    m_controller->log().writeMessage(
            tr("Started with %n drive(s) from %1.", nullptr, int(m_controller->drives().size()))
                    .arg(QDir::toNativeSeparators(m_options.global.configDir)));
    m_controller->start();
    waitForSystemTray();
    // "Test connection" of the drive editor's server dialog asks about an untrusted key with the
    // trust dialog the notifications open.
    ServerLocationDialog::setTrustPrompt([this](QWidget *parent, const QString &location,
                                                const fsops::HostKey &key,
                                                std::function<void(bool)> done) {
        auto *dialog = new TrustDialog(*m_controller, location, key, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TrustDialog::trusted, dialog, [done] { done(true); });
        connect(dialog, &QDialog::rejected, dialog, [done] { done(false); });
        dialog->open();
    });
    return StartOutcome::Running;
}

int TrayApplication::run()
{
    QApplication::setQuitOnLastWindowClosed(false);
    switch (start()) {
    case StartOutcome::ShownOther:
        m_err << tr("LetThatSyncIn is already running; its Drives window is shown.") << u'\n';
        return ExitSuccess;
    case StartOutcome::Failed:
        // The message box is the only window: the event loop ends when it is closed.
        QApplication::setQuitOnLastWindowClosed(true);
        connect(m_interrupts.get(), &InterruptWatcher::interrupted, qApp, &QCoreApplication::quit);
        QApplication::exec();
        return ExitFailure;
    case StartOutcome::Running:
        break;
    }
    connect(this, &TrayApplication::stopped, qApp, &QCoreApplication::quit);
    return QApplication::exec() == 0 ? ExitSuccess : ExitFailure;
}

TrayApplication::StartOutcome TrayApplication::fail(const QString &message)
{
    m_failure = message;
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << u'\n';
    m_err.flush();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LetThatSyncIn"), message,
                                QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return StartOutcome::Failed;
}

void TrayApplication::installLanguage(const QString &language)
{
    if (language.isEmpty())
        return; // main() has installed the system's language
    if (m_translator.load(QStringLiteral(":/i18n/letthatsyncin_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(&m_translator);
        // Dates and numbers in the same language as the words around them.
        if (QLocale().language() != QLocale(language).language())
            QLocale::setDefault(QLocale(language));
        if (m_qtTranslator.load(QStringLiteral("qtbase_") + language,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
    } else
        m_controller->log().writeMessage(
                tr("There is no translation for the language \"%1\"; the system's is used.")
                        .arg(language));
}

void TrayApplication::waitForSystemTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayRetry.stop();
        showTray();
        return;
    }
    if (m_trayWaited >= m_options.trayWait) {
        // No tray to live in: the Drives window is the application, and closing it quits.
        m_trayRetry.stop();
        m_controller->log().writeMessage(
                tr("No system tray was found: the Drives window is shown instead."));
        showDrives();
        return;
    }
    m_trayWaited += trayRetryInterval;
    m_trayRetry.start();
}

void TrayApplication::showTray()
{
    m_tray->show();
    // The first start: the window with its first step, rather than an icon alone.
    if (m_controller->drives().isEmpty())
        showDrives();
}

DrivesWindow &TrayApplication::ensureDrivesWindow()
{
    if (!m_drivesWindow) {
        m_drivesWindow = new DrivesWindow(*m_controller, *this);
        m_drivesWindow->installEventFilter(this);
    }
    return *m_drivesWindow;
}

bool TrayApplication::eventFilter(QObject *watched, QEvent *event)
{
    // Without a tray icon, the Drives window is the only way in: closing it quits.
    if (watched == m_drivesWindow && event->type() == QEvent::Close
        && !m_tray->systemTrayIcon().isVisible() && !m_trayRetry.isActive())
        quit();
    return QObject::eventFilter(watched, event);
}

void TrayApplication::showWindow(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

void TrayApplication::showDrives()
{
    showWindow(&ensureDrivesWindow());
}

void TrayApplication::addDrive()
{
    editDrive({});
}

void TrayApplication::editDrive(const QString &name)
{
    if (QPointer<QWidget> open = m_editors.value(name)) {
        showWindow(open);
        return;
    }
    auto *editor = new DriveEditorDialog(*m_controller, name);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editors.insert(name, editor);
    connect(editor, &QDialog::accepted, this,
            [this, editor] { ensureDrivesWindow().selectDrive(editor->driveName()); });
    editor->open();
}

void TrayApplication::reviewDrive(const QString &name)
{
    if (QPointer<QWidget> open = m_reviews.value(name)) {
        showWindow(open); // one comparison of the folders at a time is enough
        return;
    }
    const std::optional<Drive> drive = m_controller->model().drive(name);
    if (!drive)
        return;
    auto *preview = new PreviewDialog(*m_controller, *drive, PreviewDialog::Purpose::Review);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    m_reviews.insert(name, preview);
    preview->open();
}

void TrayApplication::showHistory(const QString &drive)
{
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(*m_controller, *this);
    m_historyWindow->showDrive(drive);
    showWindow(m_historyWindow);
}

void TrayApplication::showVersions(const QString &drive)
{
    QPointer<QWidget> &window = m_versionWindows[drive];
    if (!window) {
        auto *versions = new VersionsWindow(*m_controller, drive, *this);
        versions->setAttribute(Qt::WA_DeleteOnClose);
        window = versions;
    }
    showWindow(window);
}

void TrayApplication::trustServer(const QString &location, const fsops::HostKey &key)
{
    // One question about a server's key at a time; a key other than the one asked about (it
    // changed again) replaces that question.
    QPointer<QWidget> &open = m_trustDialogs[location];
    if (auto *asked = qobject_cast<TrustDialog *>(open.data()); asked && asked->key() == key) {
        showWindow(asked);
        return;
    }
    delete open;
    auto *dialog = new TrustDialog(*m_controller, location, key);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    open = dialog;
    dialog->open();
    showWindow(dialog);
}

void TrayApplication::enterPassword(const QString &location)
{
    QPointer<QWidget> &open = m_passwordDialogs[location];
    if (!open) {
        auto *dialog = new PasswordDialog(*m_controller, location);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        open = dialog;
        dialog->open();
    }
    showWindow(open);
}

void TrayApplication::showSettings()
{
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(*m_controller, m_api.get(), m_options.startArguments);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOpenFolder([this](const QString &path) { openFolder(path); });
        m_settingsDialog = dialog;
        dialog->open();
    }
    showWindow(m_settingsDialog);
}

void TrayApplication::showAbout()
{
    if (!m_aboutBox) {
        const ApiServer &server = m_api->server();
        const QString endpoint = server.isListening() ? QStringLiteral("ws://%1:%2")
                                                                .arg(server.address().toString())
                                                                .arg(server.port())
                                                      : tr("off");
        auto *box = new QMessageBox(
                QMessageBox::NoIcon, tr("About LetThatSyncIn"),
                tr("<h3>LetThatSyncIn %1</h3>"
                   "<p>Keeps your folders in sync on a schedule, safely.</p>"
                   "<p>License: GNU General Public License, version 3 or later.</p>"
                   "<p>WebSocket API for scripts: %2</p>"
                   "<p>Configuration: %3<br>Logs: %4</p>")
                        .arg(QCoreApplication::applicationVersion(), endpoint.toHtmlEscaped(),
                             QDir::toNativeSeparators(m_options.global.configDir).toHtmlEscaped(),
                             QDir::toNativeSeparators(m_controller->log().folderPath())
                                     .toHtmlEscaped()),
                QMessageBox::Close);
        box->setIconPixmap(QIcon(QStringLiteral(":/icons/letthatsyncin.svg")).pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_aboutBox = box;
        box->open();
    }
    showWindow(m_aboutBox);
}

void TrayApplication::openFolder(const QString &location, const QString &inside)
{
    if (RemoteLocation::isRemote(location))
        return openServerFolder(location, inside);
    const QString path = QDir::cleanPath(inside.isEmpty() ? location : location + u'/' + inside);
    // Looked at on the prober: a folder on a network mount that does not answer is said so
    // at the deadline, and the tray stays responsive meanwhile.
    auto *watcher = new QFutureWatcher<LocationProbe>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QFuture<LocationProbe> done = watcher->future();
        if (done.resultCount() == 0)
            return;
        const LocationProbe look = done.result();
        if (!look.answered()) {
            tellUser(m_controller->prober().notAnswering(AvailabilityProber::Role::Folder, path));
            return;
        }
        if (!look.value.isFolder) {
            tellUser(tr("The folder %1 does not exist (is its disk plugged in?).")
                             .arg(QDir::toNativeSeparators(path)));
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            tellUser(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(path)));
    });
    watcher->setFuture(m_controller->prober().probe(QDir::cleanPath(path)));
}

void TrayApplication::openServerFolder(const QString &location, const QString &inside)
{
    // The file manager connects by itself (gvfs, KIO) and says what it meets; nothing here
    // waits for the server.
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    const std::optional<QUrl> url = remote ? remote->fileManagerUrl(inside) : std::nullopt;
    const QString shown = RemoteLocation::displayName(location);
    if (!url) {
        tellUser(tr("%1 is on a server that the file manager cannot open by its address; use "
                    "the server's own tools to look at it.")
                         .arg(shown));
        return;
    }
    if (!QDesktopServices::openUrl(*url))
        tellUser(tr("No file manager could open %1.").arg(shown));
}

void TrayApplication::tellUser(const QString &message)
{
    if (m_tray && m_tray->systemTrayIcon().isVisible()) {
        m_tray->systemTrayIcon().showMessage(tr("LetThatSyncIn"), message,
                                             QSystemTrayIcon::Warning);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LetThatSyncIn"), message,
                                QMessageBox::Close, m_drivesWindow);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrayApplication::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_controller->log().writeMessage(tr("Quitting: running syncs are cancelled."));
    if (m_tray)
        m_tray->systemTrayIcon().hide();
    for (QWidget *window :
         { static_cast<QWidget *>(m_drivesWindow), static_cast<QWidget *>(m_historyWindow) })
        if (window)
            window->hide();
    m_controller->stop();
}

} // namespace lts
