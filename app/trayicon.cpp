#include "trayicon.h"

#include "synccontroller.h"
#include "windowactions.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>

namespace lts {

namespace {

constexpr int driveActionCount = int(DriveAction::LastRun) + 1;

QString iconFile(TrayIconKind kind)
{
    switch (kind) {
    case TrayIconKind::Syncing:
        return QStringLiteral(":/icons/tray-syncing.svg");
    case TrayIconKind::Paused:
        return QStringLiteral(":/icons/tray-paused.svg");
    case TrayIconKind::Error:
        return QStringLiteral(":/icons/tray-error.svg");
    case TrayIconKind::Unavailable:
        return QStringLiteral(":/icons/tray-unavailable.svg");
    case TrayIconKind::Neutral:
        return QStringLiteral(":/icons/tray-neutral.svg");
    case TrayIconKind::Idle:
        break;
    }
    return QStringLiteral(":/icons/tray-idle.svg");
}

// An orange disc with a white "!" in the top right corner, ringed in white so it stands
// apart from the icon beneath it on light and dark panels alike.
QPixmap withAttentionMark(QPixmap pixmap, int extent)
{
    if (pixmap.isNull()) { // the icon could not be drawn: the mark alone still tells
        pixmap = QPixmap(extent, extent);
        pixmap.fill(Qt::transparent);
    }
    const QSizeF size = pixmap.deviceIndependentSize();
    const qreal side = std::min(size.width(), size.height());
    const qreal diameter = side * 0.55;
    const qreal ring = std::max<qreal>(1.0, diameter / 10);
    const QRectF disc(size.width() - diameter, 0, diameter, diameter);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, ring));
    painter.setBrush(QColor(0xe6, 0x51, 0x00));
    painter.drawEllipse(disc.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));

    // Drawn, not typed: a font's "!" is unreadable or missing at 16 px.
    const qreal stroke = std::max<qreal>(1.0, diameter / 6);
    const qreal x = disc.center().x() - stroke / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(x, disc.top() + diameter * 0.2, stroke, diameter * 0.38));
    painter.drawRect(QRectF(x, disc.top() + diameter * 0.66, stroke, stroke));
    return pixmap;
}

// A drive named "R&D" would otherwise show as "RD" with an underlined D.
QString menuText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'&', QStringLiteral("&&"));
}

} // namespace

struct TrayIcon::DriveEntry
{
    QString name;
    std::unique_ptr<QMenu> menu;
    std::array<QAction *, driveActionCount> actions{};
    std::optional<TrayIconKind> icon; // the one on the submenu
};

TrayIcon::TrayIcon(SyncController &controller, WindowActions &actions, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_actions(actions)
{
    createMenu();
    m_tray.setContextMenu(m_menu.get());
    connect(&m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    m_actions.showDrives();
            });

    m_lookTimer.setSingleShot(true);
    m_lookTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_lookTimer, &QTimer::timeout, this, &TrayIcon::refresh);

    // The model carries every change the tray shows: a run starting, its progress, its end,
    // a drive added, changed or removed.
    const DriveListModel &model = m_controller.model();
    connect(&model, &QAbstractItemModel::dataChanged, this, &TrayIcon::refresh);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &TrayIcon::refresh);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::refresh);
    connect(&model, &QAbstractItemModel::rowsMoved, this, &TrayIcon::refresh);
    connect(&model, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &TrayIcon::refresh);
    // The busy icon setting.
    connect(&m_controller, &SyncController::settingsChanged, this, &TrayIcon::refresh);
    refresh();
}

TrayIcon::~TrayIcon()
{
    m_tray.setContextMenu(nullptr);
    m_drives.clear(); // their menus are children of m_menu
}

void TrayIcon::show()
{
    m_tray.show();
}

void TrayIcon::createMenu()
{
    m_menu = std::make_unique<QMenu>();
    // Opening the menu shows fresh times ("Last run: 5 minutes ago").
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::refresh);

    m_drivesEnd = m_menu->addSeparator();
    m_syncAll = m_menu->addAction(tr("Sync all now"));
    connect(m_syncAll, &QAction::triggered, this, [this] { m_controller.syncAllNow(); });
    m_pauseAll = m_menu->addAction(tr("Pause all"));
    connect(m_pauseAll, &QAction::triggered, this, &TrayIcon::pauseOrResumeAll);
    m_menu->addSeparator();

    const auto add = [this](const QString &text, auto call) {
        QAction *action = m_menu->addAction(text);
        connect(action, &QAction::triggered, this, call);
        return action;
    };
    add(tr("Add drive..."), [this] { m_actions.addDrive(); });
    add(tr("Drives..."), [this] { m_actions.showDrives(); });
    add(tr("History..."), [this] { m_actions.showHistory(); });
    add(tr("Settings..."), [this] { m_actions.showSettings(); });
    add(tr("About..."), [this] { m_actions.showAbout(); });
    m_menu->addSeparator();
    add(tr("Quit"), [this] { m_actions.quit(); });
}

void TrayIcon::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool busyIcon = m_controller.settings().busyIcon;
    const DriveListModel &model = m_controller.model();
    QList<DriveView> drives;
    for (const Drive &drive : model.drives())
        drives.append({ drive, model.runtime(drive.name) });

    // Only what changed is set: a new icon or tooltip makes some panels redraw or flicker.
    const TrayLook look = TrayView::look(drives, now, busyIcon);
    if (!m_lookShown || look.icon != m_look.icon || look.attention != m_look.attention)
        m_tray.setIcon(icon(look.icon, look.attention));
    if (!m_lookShown || look.toolTip != m_look.toolTip)
        m_tray.setToolTip(look.toolTip);
    m_look = look;
    m_lookShown = true;
    if (look.changesAt.isValid())
        m_lookTimer.start(int(std::clamp<qint64>(now.msecsTo(look.changesAt), 0, INT_MAX)));
    else
        m_lookTimer.stop();

    updateDrives(drives, now, busyIcon);
    m_syncAll->setEnabled(std::any_of(drives.cbegin(), drives.cend(),
                                      [](const DriveView &drive) { return drive.drive.enabled; }));
    m_pauseAll->setText(TrayView::pauseAllText(drives));
    m_pauseAll->setEnabled(!drives.isEmpty());
}

// The submenus are kept and changed in place, so an open menu stays open while a run
// reports its progress; only a drive added, removed or moved adds or removes one.
void TrayIcon::updateDrives(const QList<DriveView> &drives, const QDateTime &now, bool busyIcon)
{
    QStringList names;
    for (const DriveView &drive : drives)
        names.append(drive.drive.name);

    for (qsizetype i = 0; i < drives.size(); ++i) {
        const QString &name = names.at(i);
        const auto at = m_drives.begin() + i;
        if (at != m_drives.end() && (*at)->name == name) {
            // in its place already
        } else if (const auto found
                   = std::find_if(at, m_drives.end(),
                                  [&name](const auto &entry) { return entry->name == name; });
                   found != m_drives.end()) {
            std::rotate(at, found, found + 1);
            m_menu->insertAction(m_drives.at(i + 1)->menu->menuAction(), (*at)->menu->menuAction());
        } else if (at != m_drives.end() && !names.contains((*at)->name)) {
            (*at)->name = name; // renamed
        } else {
            QAction *before = at != m_drives.end() ? (*at)->menu->menuAction() : m_drivesEnd;
            auto entry = createEntry(name);
            m_menu->insertMenu(before, entry->menu.get());
            m_drives.insert(at, std::move(entry));
        }
        updateEntry(*m_drives.at(i), drives.at(i), now, busyIcon);
    }
    m_drives.erase(m_drives.begin() + drives.size(), m_drives.end());
}

std::unique_ptr<TrayIcon::DriveEntry> TrayIcon::createEntry(const QString &name)
{
    auto entry = std::make_unique<DriveEntry>();
    entry->name = name;
    entry->menu = std::make_unique<QMenu>(m_menu.get());
    DriveEntry *self = entry.get(); // lives as long as its menu, the context of the connects
    for (int i = 0; i < driveActionCount; ++i) {
        const auto action = DriveAction(i);
        if (action == DriveAction::Versions || action == DriveAction::LastRun)
            entry->menu->addSeparator();
        QAction *item = entry->menu->addAction(QString());
        connect(item, &QAction::triggered, entry->menu.get(),
                [this, self, action] { trigger(self->name, action); });
        entry->actions[i] = item;
    }
    return entry;
}

void TrayIcon::updateEntry(DriveEntry &entry, const DriveView &drive, const QDateTime &now,
                           bool busyIcon)
{
    const QString title = menuText(drive.drive.name);
    if (entry.menu->title() != title)
        entry.menu->setTitle(title);
    const TrayIconKind kind = TrayView::driveIcon(drive, now, busyIcon);
    if (entry.icon != kind) {
        entry.menu->menuAction()->setIcon(icon(kind, false));
        entry.icon = kind;
    }
    // QAction's setters do nothing when the value is the same, so an open menu does not move.
    for (const DriveMenuItem &item : TrayView::driveMenu(drive, now)) {
        QAction *action = entry.actions.at(int(item.action));
        action->setText(menuText(item.text));
        action->setEnabled(item.enabled);
        action->setVisible(item.visible);
    }
}

void TrayIcon::trigger(QString name, DriveAction action)
{
    const std::optional<Drive> drive = m_controller.model().drive(name);
    if (!drive)
        return; // removed since the menu was drawn
    switch (action) {
    case DriveAction::SyncNow:
        if (const auto started = m_controller.syncNow(name); !started)
            showError(name, started.error());
        break;
    case DriveAction::PauseResume:
        if (const Result<void> changed = m_controller.setEnabled(name, !drive->enabled); !changed)
            showError(name, changed.error());
        break;
    case DriveAction::Cancel:
        if (const Result<bool> cancelled = m_controller.cancel(name); !cancelled)
            showError(name, cancelled.error());
        break;
    case DriveAction::TrustServer:
        if (const std::optional<TrustWanted> trust = m_controller.model().runtime(name).trust)
            m_actions.trustServer(trust->location, trust->key);
        break;
    case DriveAction::EnterPassword:
        if (const QString location
            = TrayView::refusedLogin({ *drive, m_controller.model().runtime(name) });
            !location.isEmpty())
            m_actions.enterPassword(location);
        break;
    case DriveAction::Review:
        m_actions.reviewDrive(name);
        break;
    case DriveAction::Versions:
        m_actions.showVersions(name);
        break;
    case DriveAction::OpenSource:
        m_actions.openFolder(drive->source);
        break;
    case DriveAction::OpenTarget:
        m_actions.openFolder(drive->target);
        break;
    case DriveAction::Edit:
        m_actions.editDrive(name);
        break;
    case DriveAction::LastRun:
        break;
    }
}

void TrayIcon::pauseOrResumeAll()
{
    const QList<Drive> drives = m_controller.model().drives();
    const bool resume = std::none_of(drives.cbegin(), drives.cend(),
                                     [](const Drive &drive) { return drive.enabled; });
    for (const Drive &drive : drives) {
        if (drive.enabled != resume) {
            // One message is enough: the next drive would fail for the same reason.
            if (const Result<void> changed = m_controller.setEnabled(drive.name, resume);
                !changed) {
                showError(drive.name, changed.error());
                return;
            }
        }
    }
}

void TrayIcon::showError(const QString &title, const Error &error)
{
    m_tray.showMessage(title, error.message, QSystemTrayIcon::Warning);
    Q_EMIT messageShown(title, error.message);
}

QIcon TrayIcon::icon(TrayIconKind kind, bool attention)
{
    const int key = int(kind) * 2 + (attention ? 1 : 0);
    if (const auto found = m_icons.constFind(key); found != m_icons.cend())
        return *found;
    QIcon result(iconFile(kind));
    if (attention) {
        const QIcon plain = result;
        result = QIcon();
        for (const int size : { 16, 22, 24, 32, 48, 64 })
            result.addPixmap(withAttentionMark(plain.pixmap(size), size));
    }
    m_icons.insert(key, result);
    return result;
}

} // namespace lts
