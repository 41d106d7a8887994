#include "notifier.h"

#include "hosttrust.h"
#include "remotelocation.h"
#include "synccontroller.h"
#include "trayview.h"
#include "windowactions.h"

#include <QLocale>
#include <QStringList>
#include <QTimer>

#include <utility>

namespace lts {

namespace {

// The run's message as the end of a sentence: trimmed, and with its full stop.
QString sentence(const QString &message)
{
    QString text = message.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

} // namespace

Notifier::Notifier(SyncController &controller, QSystemTrayIcon &tray, WindowActions &actions,
                   QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_tray(tray)
    , m_actions(actions)
{
    connect(&m_controller, &SyncController::syncFinished, this, &Notifier::runFinished);
    connect(&m_controller, &SyncController::trustNeeded, this, &Notifier::trustNeeded);
    connect(&m_controller, &SyncController::statusChanged, this, &Notifier::statusChanged);
    connect(&m_controller, &SyncController::driveRemoved, this,
            [this](const QString &drive) { m_toldUnavailable.remove(drive); });
    connect(&m_controller, &SyncController::driveChanged, this,
            [this](const QString &previousName, const Drive &drive) {
                if (m_toldUnavailable.remove(previousName))
                    m_toldUnavailable.insert(drive.name);
            });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::clicked);
}

std::optional<Notification> Notifier::forRun(const QString &drive, const QJsonObject &run,
                                             Notifications setting)
{
    if (setting == Notifications::Never)
        return std::nullopt;
    const std::optional<RunResult> result
            = parseRunResult(run.value(QStringLiteral("Result")).toString());
    if (!result)
        return std::nullopt;
    // Told once: a refusal that repeats one already told adds nothing.
    if (run.value(QStringLiteral("Repeated")).toBool())
        return std::nullopt;
    const QString reason
            = sentence(SyncReport::wordsOf(run.value(QStringLiteral("Message")).toString()));
    switch (*result) {
    case RunResult::Failure:
        return Notification{ tr("Sync failed"),
                             reason.isEmpty() ? tr("%1 was not synced.").arg(drive)
                                              : tr("%1 was not synced: %2").arg(drive, reason),
                             QSystemTrayIcon::Critical };
    case RunResult::Refused:
        return Notification{
            tr("Sync refused"),
            reason.isEmpty() ? tr("%1 was not synced. Open the Drives window to review.").arg(drive)
                             : tr("%1 was not synced: %2 Open the Drives window to review.")
                                       .arg(drive, reason),
            QSystemTrayIcon::Warning
        };
    case RunResult::Partial:
        return Notification{ tr("Sync incomplete"),
                             reason.isEmpty()
                                     ? tr("%1 was only partly synced.").arg(drive)
                                     : tr("%1 was only partly synced: %2").arg(drive, reason),
                             QSystemTrayIcon::Warning };
    case RunResult::Success: {
        if (setting != Notifications::EveryRun)
            return std::nullopt;
        const QLocale locale;
        QStringList counts;
        const auto count = [&run](const QString &key) { return run.value(key).toInteger(); };
        if (const qint64 added = count(QStringLiteral("Added")); added > 0)
            counts.append(tr("%1 added").arg(locale.toString(added)));
        if (const qint64 updated = count(QStringLiteral("Updated")); updated > 0)
            counts.append(tr("%1 updated").arg(locale.toString(updated)));
        if (const qint64 deleted = count(QStringLiteral("Deleted")); deleted > 0)
            counts.append(tr("%1 deleted").arg(locale.toString(deleted)));
        return Notification{ tr("Sync finished"),
                             counts.isEmpty()
                                     ? tr("%1 synced: nothing had changed.").arg(drive)
                                     : tr("%1 synced: %2").arg(drive, counts.join(tr(", "))),
                             QSystemTrayIcon::Information };
    }
    case RunResult::Cancelled:
        break;
    }
    return std::nullopt;
}

std::optional<Notification> Notifier::forUnavailable(const QString &drive, const QString &reason,
                                                     Notifications setting)
{
    if (setting == Notifications::Never)
        return std::nullopt;
    const QString why = sentence(reason);
    return Notification{
        tr("Disk not available"),
        why.isEmpty() ? tr("%1 was not synced: its source or target folder is missing. It syncs "
                           "as soon as both are back.")
                                .arg(drive)
                      : tr("%1 was not synced: %2 It syncs as soon as its folders are back.")
                                .arg(drive, why),
        QSystemTrayIcon::Warning
    };
}

std::optional<Notification> Notifier::forTrust(const QString &drive, const TrustWanted &trust,
                                               Notifications setting)
{
    if (setting == Notifications::Never)
        return std::nullopt;
    const QString server = RemoteLocation::displayName(trust.location);
    if (HostTrust::isCertificate(trust.key.type)) {
        if (!trust.key.previous.isEmpty())
            return Notification{ tr("Server certificate changed"),
                                 tr("%1 waits: the certificate of %2 has changed, which may be an "
                                    "attack. Click to compare the certificates.")
                                         .arg(drive, server),
                                 QSystemTrayIcon::Critical };
        return Notification{ tr("Certificate not trusted"),
                             tr("%1 waits: the certificate of %2 is not one this computer "
                                "trusts. Click to check it and trust it.")
                                     .arg(drive, server),
                             QSystemTrayIcon::Warning };
    }
    if (!trust.key.previous.isEmpty())
        return Notification{ tr("Server key changed"),
                             tr("%1 waits: the key of %2 has changed, which may be an attack. "
                                "Click to compare the keys.")
                                     .arg(drive, server),
                             QSystemTrayIcon::Critical };
    return Notification{ tr("Server not trusted"),
                         tr("%1 waits: the key of %2 is not trusted yet. Click to check it and "
                            "trust it.")
                                 .arg(drive, server),
                         QSystemTrayIcon::Warning };
}

std::optional<Notification> Notifier::forLogin(const QString &drive, const QString &location,
                                               Notifications setting)
{
    if (setting == Notifications::Never)
        return std::nullopt;
    return Notification{ tr("Login refused"),
                         tr("%1 waits: %2 refused the login. Click to enter the password.")
                                 .arg(drive, RemoteLocation::displayName(location)),
                         QSystemTrayIcon::Warning };
}

void Notifier::runFinished(const QString &drive, const QJsonObject &run)
{
    const Notifications setting = m_controller.settings().notifications;
    // A login the server refused waits for the user's password, which the notification asks.
    if (run.value(QStringLiteral("Code")).toString()
        == QStringView(fsops::authenticationFailedCode)) {
        // The run as the drive's runtime will have it (it is published right after this).
        DriveRuntime runtime = m_controller.model().runtime(drive);
        runtime.code = QString::fromUtf16(fsops::authenticationFailedCode);
        runtime.message = run.value(QStringLiteral("Message")).toString();
        runtime.waitingForUser = true;
        const QString location = TrayView::refusedLogin(
                { m_controller.model().drive(drive).value_or(Drive{}), runtime });
        if (!location.isEmpty()) {
            if (const auto notification = forLogin(drive, location, setting))
                tellSoon(drive, { *notification,
                                  [this, location] { m_actions.enterPassword(location); } });
            return;
        }
    }
    const std::optional<Notification> notification = forRun(drive, run, setting);
    if (!notification)
        return;
    tellSoon(drive, { *notification, {} });
}

void Notifier::trustNeeded(const QString &drive, const TrustWanted &trust)
{
    // Comes right after the refused run's syncFinished: told instead of that refusal.
    m_pending.remove(drive);
    if (const auto notification = forTrust(drive, trust, m_controller.settings().notifications))
        tellSoon(drive, { *notification,
                          [this, trust] { m_actions.trustServer(trust.location, trust.key); } });
}

void Notifier::tellSoon(const QString &drive, Told told)
{
    // The drive's new status comes right after its run's signal: a run that found the disk
    // missing is told by statusChanged(), once, instead of once per run.
    m_pending.insert(drive, std::move(told));
    QTimer::singleShot(0, this, &Notifier::showPending);
}

void Notifier::showPending()
{
    const QHash<QString, Told> pending = std::exchange(m_pending, {});
    for (const Told &told : pending)
        show(told);
}

void Notifier::statusChanged(const QString &drive, DriveStatus status)
{
    switch (status) {
    case DriveStatus::Unavailable:
        m_pending.remove(drive);
        if (!m_toldUnavailable.contains(drive)) {
            m_toldUnavailable.insert(drive);
            if (const auto notification
                = forUnavailable(drive, m_controller.model().runtime(drive).message,
                                 m_controller.settings().notifications))
                show({ *notification, {} });
        }
        break;
    case DriveStatus::Syncing: // a run does not tell yet whether the disk is back
        break;
    case DriveStatus::Idle:
    case DriveStatus::Paused:
    case DriveStatus::Error:
        m_toldUnavailable.remove(drive);
        break;
    }
}

void Notifier::show(const Told &told)
{
    m_onClick = told.onClick;
    const Notification &notification = told.notification;
    m_tray.showMessage(notification.title, notification.message, notification.icon);
    Q_EMIT notified(notification.title, notification.message);
}

void Notifier::clicked()
{
    if (m_onClick)
        m_onClick();
    else
        m_actions.showDrives();
}

} // namespace lts
