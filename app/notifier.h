// Notifier: the desktop notifications of finished runs (failures, refusals, partial runs, and
// every run when the user asks for it) and of a drive whose folders went missing, once.
#pragma once

#include "drivelistmodel.h"
#include "settings.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QSystemTrayIcon>

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
    // Clicking a notification shows the Drives window (`actions`).
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

Q_SIGNALS:
    // A notification was handed to the system, for tests.
    void notified(const QString &title, const QString &message);

private:
    void runFinished(const QString &drive, const QJsonObject &run);
    void statusChanged(const QString &drive, DriveStatus status);
    void showPending();
    void show(const Notification &notification);

    SyncController &m_controller;
    QSystemTrayIcon &m_tray;
    // Drives whose missing folders were told; a drive leaves when it is back (or paused), so
    // the probes and runs that find the disk still missing stay quiet.
    QSet<QString> m_toldUnavailable;
    QHash<QString, Notification> m_pending; // runs just finished, told once their status is known
};

} // namespace lts
