// TrayApplication: `letthatsyncin` with no command: one instance per config folder, the
// drives on their schedule, the WebSocket API, and the tray icon with its windows. It is the
// one place that opens windows and dialogs (WindowActions), so the tray and the windows
// open them the same way.
#pragma once

#include "apiservice.h"
#include "commandline.h"
#include "instancelock.h"
#include "interruptwatcher.h"
#include "singleinstance.h"
#include "synccontroller.h"
#include "windowactions.h"

#include <QObject>
#include <QPointer>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <chrono>
#include <memory>

class QWidget;

namespace lts {

class DrivesWindow;
class HistoryWindow;
class LoginQuestionsRelay;
class Notifier;
class TrayIcon;

class TrayApplication final : public QObject, public WindowActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayApplication)

public:
    struct Options
    {
        GlobalOptions global;
        // The arguments a start on login repeats (--config-dir ...), so it uses the same folders.
        QStringList startArguments;
        // How long to wait for a system tray (a desktop that starts its panel after its
        // autostart programs) before showing the Drives window instead.
        std::chrono::milliseconds trayWait{ 30000 };
    };

    enum class StartOutcome {
        Running, // this is the instance: the event loop may run
        ShownOther, // another instance of the folder was asked to show its window
        Failed, // the reason was shown to the user
    };

    TrayApplication(Options options, QTextStream &err);
    ~TrayApplication() override;

    StartOutcome start();
    // start(), then the event loop; returns the process's exit code.
    int run();

    SyncController *controller() { return m_controller.get(); }
    ApiService *api() { return m_api.get(); }
    TrayIcon *trayIcon() { return m_tray.get(); }
    DrivesWindow *drivesWindow() const; // null until first shown
    HistoryWindow *historyWindow() const;
    // Asks the person the questions of keyboard-interactive logins (the runs' and the checks').
    LoginQuestionsRelay *loginQuestions() { return m_loginQuestions.get(); }
    // Why start() failed, in words.
    QString failure() const { return m_failure; }

    // WindowActions
    void showDrives() override;
    void addDrive() override;
    void editDrive(const QString &name) override;
    void reviewDrive(const QString &name) override;
    void showHistory(const QString &drive = {}) override;
    void showVersions(const QString &drive) override;
    void trustServer(const QString &location, const fsops::HostKey &key) override;
    void enterPassword(const QString &location) override;
    void showSettings() override;
    void showAbout() override;
    void openFolder(const QString &location, const QString &inside = {}) override;
    void quit() override;

Q_SIGNALS:
    // Every run has ended and the state is saved: the event loop may end.
    void stopped();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartOutcome fail(const QString &message);
    void installLanguage(const QString &language);
    void waitForSystemTray();
    void showTray();
    DrivesWindow &ensureDrivesWindow();
    void showWindow(QWidget *window);
    void openServerFolder(const QString &location, const QString &inside);
    void tellUser(const QString &message);

    Options m_options;
    QTextStream &m_err;
    QString m_failure;
    std::unique_ptr<InterruptWatcher> m_interrupts; // only in the instance that runs
    InstanceLock m_lock;
    SingleInstance m_instance;
    QTranslator m_translator; // the Language setting's, over the system's
    QTranslator m_qtTranslator; // Qt's own texts (OK, Cancel) in that language
    std::unique_ptr<SyncController> m_controller;
    // After the controller, so it goes first: a run that waits for an answer is answered
    // (none) before the controller waits for its runs.
    std::unique_ptr<LoginQuestionsRelay> m_loginQuestions;
    std::unique_ptr<ApiService> m_api;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    QPointer<DrivesWindow> m_drivesWindow;
    QPointer<HistoryWindow> m_historyWindow;
    QPointer<QWidget> m_settingsDialog;
    QPointer<QWidget> m_aboutBox;
    QHash<QString, QPointer<QWidget>> m_editors; // by drive name; "" for a new drive
    QHash<QString, QPointer<QWidget>> m_reviews; // by drive name
    QHash<QString, QPointer<QWidget>> m_versionWindows; // by drive name
    QHash<QString, QPointer<QWidget>> m_trustDialogs; // by location
    QHash<QString, QPointer<QWidget>> m_passwordDialogs; // by location
    QTimer m_trayRetry;
    std::chrono::milliseconds m_trayWaited{ 0 };
    bool m_quitting = false;
};

} // namespace lts
