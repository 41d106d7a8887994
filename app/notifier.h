// Notifier: the desktop notifications of finished runs (failures, refusals, partial runs, and
// every run when the user asks for it), of a drive whose folders went missing, once, and of a
// drive that waits for the user: a server's key to trust, a password a server wants. Clicking
// a notification opens what it is about: the trust dialog, the password dialog, else the
// Drives window.
#pragma once

#include "drivelistmodel.h"
#include "settings.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QSystemTrayIcon>

#include <functional>
#include <optional>

namespace lts {

class SyncController;
class WindowActions;

struct Notification
{
    QString title;
    QString message;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;

    friend bool operator==(const Notification &, const Notification &) = default;
};

class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    // Clicking a notification opens what it is about through `actions`.
    explicit Notifier(SyncController &controller, QSystemTrayIcon &tray, WindowActions &actions,
                      QObject *parent = nullptr);

    // What to tell about a finished run of `drive`; `run` is the protocol's run object
    // (SyncController::syncFinished). Failures, refusals and partial runs under Errors and
    // EveryRun, successes under EveryRun only, cancellations (the user's own doing) and
    // anything under Never: nothing.
    static std::optional<Notification> forRun(const QString &drive, const QJsonObject &run,
                                              Notifications setting);
    // What to tell when `drive`'s folders are missing; `reason` is the last run's message.
    static std::optional<Notification> forUnavailable(const QString &drive, const QString &reason,
                                                      Notifications setting);
    // What to tell when a run of `drive` was refused for the key of a server not trusted yet
    // (SyncController::trustNeeded): instead of the refusal, once.
    static std::optional<Notification> forTrust(const QString &drive, const TrustWanted &trust,
                                                Notifications setting);
    // What to tell when the server of `location` refused the login of `drive`'s run.
    static std::optional<Notification> forLogin(const QString &drive, const QString &location,
                                                Notifications setting);

Q_SIGNALS:
    // A notification was handed to the system, for tests.
    void notified(const QString &title, const QString &message);

private:
    // A notification and what clicking it opens (empty: the Drives window).
    struct Told
    {
        Notification notification;
        std::function<void()> onClick;
    };

    void runFinished(const QString &drive, const QJsonObject &run);
    void trustNeeded(const QString &drive, const TrustWanted &trust);
    void statusChanged(const QString &drive, DriveStatus status);
    void tellSoon(const QString &drive, Told told);
    void showPending();
    void show(const Told &told);
    void clicked();

    SyncController &m_controller;
    QSystemTrayIcon &m_tray;
    WindowActions &m_actions;
    // What the latest notification opens: the system tells a click, not on which message.
    std::function<void()> m_onClick;
    // Drives whose missing folders were told; a drive leaves when it is back (or paused), so
    // the probes and runs that find the disk still missing stay quiet.
    QSet<QString> m_toldUnavailable;
    QHash<QString, Told> m_pending; // runs just finished, told once their status is known
};

} // namespace lts
