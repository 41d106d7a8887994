// SettingsDialog: the application-wide settings on four pages (General, Schedule, Network,
// Logs), saved to config.json through the controller, plus start on login and the API token.
#pragma once

#include "autostart.h"
#include "settings.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace lts {

class ApiService;
class SyncController;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `api`: null when the WebSocket server is off (then the token cannot be shown).
    // `startArguments`: the options the application was started with (--config-dir ...),
    // which a start on login repeats so it uses the same folders.
    SettingsDialog(SyncController &controller, ApiService *api, const QStringList &startArguments,
                   QWidget *parent = nullptr);

    // Opens a folder in the file manager: the log folder ("Open log folder"). By default
    // QDesktopServices; tests replace it.
    void setOpenFolder(std::function<void(const QString &path)> openFolder);

    // Saves what the pages show: the settings, then start on login. False, with the reason
    // shown in the dialog, when something could not be saved.
    bool apply();

    void accept() override;

private:
    QWidget *makeGeneralPage();
    QWidget *makeSchedulePage();
    QWidget *makeNetworkPage();
    QWidget *makeLogsPage();
    void load(const Settings &settings);
    Settings edited() const;
    // Why what the pages show cannot be saved; empty when it can.
    QString problem() const;
    void updateState();
    void showToken();
    void askToRegenerateToken();
    void regenerateToken();
    void addOrigin();

    SyncController &m_controller;
    ApiService *m_api;
    Autostart m_autostart;
    std::function<void(const QString &)> m_openFolder;
    QString m_failure; // what the last save or token change could not do, until the next one

    QTabWidget *m_tabs = nullptr;
    // General
    QCheckBox *m_startOnLogin = nullptr;
    QComboBox *m_notifications = nullptr;
    QCheckBox *m_busyIcon = nullptr;
    QComboBox *m_language = nullptr;
    // Schedule
    QSpinBox *m_maxConcurrentRuns = nullptr;
    QSpinBox *m_maxDeletePercent = nullptr;
    QDoubleSpinBox *m_watchDelay = nullptr;
    // Network
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_requireToken = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_showToken = nullptr;
    QPushButton *m_copyToken = nullptr;
    QPushButton *m_regenerateToken = nullptr;
    QListWidget *m_origins = nullptr;
    QPushButton *m_removeOrigin = nullptr;
    // Logs
    QComboBox *m_logLevel = nullptr;
    QSpinBox *m_logMaxMiB = nullptr;

    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lts
