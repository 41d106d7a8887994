#include "driveswindow.h"

#include "askfirst.h"
#include "drivetablemodel.h"
#include "hosttrust.h"
#include "progressdelegate.h"
#include "syncengine.h"
#include "trayview.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace lts {

DrivesWindow::DrivesWindow(SyncController &controller, WindowActions &actions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_actions(actions)
{
    setWindowTitle(tr("Drives"));

    m_table = new DriveTableModel(controller.model(), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_table);
    m_sorted->setSortRole(DriveTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drivesView"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // long paths keep both their ends
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(DriveTableModel::StatusColumn, new ProgressDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DriveTableModel::SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DriveTableModel::TargetColumn, QHeaderView::Stretch);
    // Unsorted at first: the drives in the order of the config, until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    // Mnemonics for the keyboard, and the shortcuts file managers use where there is one.
    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setShortcut(QKeySequence::New);
    m_addButton->setToolTip(
            tr("Add a folder to keep in sync (%1)")
                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(tr("Change the selected drive (Enter)"));
    m_removeButton = new QPushButton(tr("Re&move…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setShortcut(QKeySequence::Delete);
    m_syncButton = new QPushButton(tr("&Sync now"), this);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_pauseButton = new QPushButton(tr("&Pause"), this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_versionsButton = new QPushButton(tr("&Versions…"), this);
    m_versionsButton->setObjectName(QStringLiteral("versionsButton"));
    m_versionsButton->setToolTip(tr("The files the syncs overwrote or deleted, to put back"));
    m_historyButton = new QPushButton(tr("&History…"), this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyButton->setToolTip(
            tr("The runs of the selected drive (%1)")
                    .arg(m_historyButton->shortcut().toString(QKeySequence::NativeText)));

    // The first step, while there is no drive.
    m_emptyHint = new QLabel(tr("No drives yet. A drive keeps a folder in sync with another "
                                "one: your photos with a backup disk, say."),
                             this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_firstDriveButton = new QPushButton(tr("Add your first drive…"), this);
    m_firstDriveButton->setObjectName(QStringLiteral("firstDriveButton"));
    m_firstDriveButton->setAutoDefault(true); // Enter presses it, as in a dialog
    auto *firstStep = new QVBoxLayout;
    firstStep->addStretch();
    firstStep->addWidget(m_emptyHint);
    firstStep->addWidget(m_firstDriveButton, 0, Qt::AlignHCenter);
    firstStep->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(fontMetrics().averageCharWidth() * 3);
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_pauseButton);
    buttons->addStretch();
    buttons->addWidget(m_versionsButton);
    buttons->addWidget(m_historyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(makeBanner());
    layout->addWidget(m_view, 1);
    layout->addLayout(firstStep);

    // Tab leaves the table for the buttons; Enter edits the drive it is on; F5 syncs it.
    m_view->setTabKeyNavigation(false);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr,
                                Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &DrivesWindow::editSelected);
    auto *keypadEnter = new QShortcut(QKeySequence(Qt::Key_Enter), m_view, nullptr, nullptr,
                                      Qt::WidgetShortcut);
    connect(keypadEnter, &QShortcut::activated, this, &DrivesWindow::editSelected);
    auto *syncKey = new QShortcut(QKeySequence::Refresh, this);
    connect(syncKey, &QShortcut::activated, this, [this] {
        if (m_syncButton->isEnabled())
            syncOrCancel();
    });
    m_syncButton->setToolTip(
            tr("Sync this drive now (%1)")
                    .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));

    connect(m_addButton, &QPushButton::clicked, this, [this] { m_actions.addDrive(); });
    connect(m_firstDriveButton, &QPushButton::clicked, this, [this] { m_actions.addDrive(); });
    connect(m_editButton, &QPushButton::clicked, this, &DrivesWindow::editSelected);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString name = index.data(DriveTableModel::DriveNameRole).toString();
            !name.isEmpty())
            m_actions.editDrive(name);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &DrivesWindow::askToRemove);
    connect(m_syncButton, &QPushButton::clicked, this, &DrivesWindow::syncOrCancel);
    connect(m_pauseButton, &QPushButton::clicked, this, &DrivesWindow::togglePause);
    connect(m_historyButton, &QPushButton::clicked, this,
            [this] { m_actions.showHistory(selectedDrive()); });
    connect(m_versionsButton, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedDrive(); !name.isEmpty())
            m_actions.showVersions(name);
    });
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedDrive(); !name.isEmpty())
            m_actions.reviewDrive(name);
    });
    connect(m_restoreButton, &QPushButton::clicked, this, &DrivesWindow::askToRestore);
    connect(m_dismissButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedDrive();
        if (const Result<void> dismissed = m_controller.dismissRefusal(name); !dismissed)
            showError(tr("The message about \"%1\" could not be dismissed.").arg(name),
                      dismissed.error());
    });
    connect(m_showRefusedButton, &QPushButton::clicked, this,
            [this] { selectDrive(m_refusedElsewhere); });
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<TrustWanted> trust
            = m_controller.model().runtime(selectedDrive()).trust)
            m_actions.trustServer(trust->location, trust->key);
    });
    connect(m_passwordButton, &QPushButton::clicked, this, [this] {
        const QString name = selectedDrive();
        const std::optional<Drive> drive = m_controller.model().drive(name);
        if (!drive)
            return;
        if (const QString location
            = TrayView::refusedLogin({ *drive, m_controller.model().runtime(name) });
            !location.isEmpty())
            m_actions.enterPassword(location);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_selected = selectedDrive();
        updateState();
    });
    connect(m_sorted, &QAbstractItemModel::modelReset, this, [this] {
        selectDrive(m_selected);
        updateState();
    });
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, &DrivesWindow::updateState);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &DrivesWindow::updateState);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &DrivesWindow::updateState);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, &DrivesWindow::updateState);

    if (m_sorted->rowCount() > 0)
        selectDrive(m_sorted->index(0, 0).data(DriveTableModel::DriveNameRole).toString());
    updateState();
    // Its own size, not the one the layout's wrapped texts would choose for it.
    resize(sizeHint());
}

QSize DrivesWindow::sizeHint() const
{
    // Room for two paths beside the other columns, within the screen it opens on (a 1024x768
    // laptop, or a large screen at 200 %).
    const QSize wanted(1120, 460);
    const QScreen *on = screen();
    return on ? wanted.boundedTo(on->availableGeometry().size() * 9 / 10) : wanted;
}

QWidget *DrivesWindow::makeBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("refusedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    // The tooltip colours: a note that stands out in light and dark themes alike.
    QPalette colours = m_banner->palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    m_banner->setPalette(colours);
    m_banner->setAutoFillBackground(true);

    auto *icon = new QLabel(m_banner);
    const int extent = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                            .pixmap(extent, extent));
    icon->setAlignment(Qt::AlignTop);

    m_bannerTitle = new QLabel(m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("refusedTitle"));
    m_bannerTitle->setTextFormat(Qt::PlainText);
    m_bannerTitle->setWordWrap(true);
    QFont bold = m_bannerTitle->font();
    bold.setBold(true);
    m_bannerTitle->setFont(bold);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("refusedMessage"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reviewButton = new QPushButton(tr("&Review…"), m_banner);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setToolTip(tr("See every file a sync would copy and delete, without changing "
                                  "anything; run it from there if it is what you want"));
    m_restoreButton = new QPushButton(tr("Restore the &source…"), m_banner);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setToolTip(tr("Copy back into the source the files that the target has and "
                                   "the source lacks; nothing is overwritten or deleted"));
    m_dismissButton = new QPushButton(tr("&Dismiss"), m_banner);
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    m_dismissButton->setToolTip(tr("Hide this message; the drive stays unsynced until you review "
                                   "it or its folders change"));
    m_showRefusedButton = new QPushButton(tr("Sh&ow"), m_banner);
    m_showRefusedButton->setObjectName(QStringLiteral("showRefusedButton"));
    m_trustButton = new QPushButton(tr("&Trust the server…"), m_banner);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setToolTip(tr("See the server's key and how to check it, and trust it"));
    m_passwordButton = new QPushButton(tr("Enter the pass&word…"), m_banner);
    m_passwordButton->setObjectName(QStringLiteral("passwordButton"));

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_bannerTitle);
    texts->addWidget(m_bannerText);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_dismissButton);
    buttons->addWidget(m_showRefusedButton);
    buttons->addWidget(m_trustButton);
    buttons->addWidget(m_passwordButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(m_banner);
    layout->addWidget(icon);
    layout->addLayout(texts, 1);
    layout->addLayout(buttons);
    m_banner->hide();
    return m_banner;
}

void DrivesWindow::selectDrive(const QString &name)
{
    const int row = m_controller.model().rowOf(name);
    if (name.isEmpty() || row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_table->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QString DrivesWindow::selectedDrive() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(DriveTableModel::DriveNameRole).toString();
}

void DrivesWindow::closeEvent(QCloseEvent *event)
{
    // The application lives in the tray: closing its window must not end it (an accepted close
    // of the last window would quit the application).
    event->ignore();
    hide();
}

void DrivesWindow::showEvent(QShowEvent *event)
{
    m_table->setTimesShown(true);
    if (m_sorted->rowCount() == 0)
        m_firstDriveButton->setFocus(); // Enter adds the first drive
    QWidget::showEvent(event);
}

void DrivesWindow::hideEvent(QHideEvent *event)
{
    m_table->setTimesShown(false);
    QWidget::hideEvent(event);
}

void DrivesWindow::updateState()
{
    const QString name = selectedDrive();
    if (!name.isEmpty())
        m_selected = name; // follows a rename
    const std::optional<Drive> drive = m_controller.model().drive(name);
    const DriveRuntime runtime = m_controller.model().runtime(name);
    const bool selected = drive.has_value();
    const bool busy = runtime.status == DriveStatus::Syncing || runtime.queued;
    const bool paused = selected && !drive->enabled;

    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_syncButton->setEnabled(selected);
    m_pauseButton->setEnabled(selected);
    m_historyButton->setEnabled(selected);
    m_versionsButton->setEnabled(selected);
    m_syncButton->setText(busy ? tr("&Cancel") : tr("&Sync now"));
    m_pauseButton->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_pauseButton->setToolTip(paused ? tr("Sync this drive on its schedule again")
                                     : tr("Stop syncing this drive on its schedule"));
    const bool noDrives = m_sorted->rowCount() == 0;
    m_emptyHint->setVisible(noDrives);
    m_firstDriveButton->setVisible(noDrives);
    m_view->setVisible(!noDrives);
    if (noDrives)
        m_firstDriveButton->setFocus(); // Enter adds the first drive
    updateBanner(selected ? name : QString());
}

namespace {

// A refusal the user can answer here, rather than only by review.
bool waitsForReview(const DriveRuntime &runtime)
{
    return DriveTableModel::needsReview(runtime) && !runtime.refusalDismissed;
}

// Refusals that hold back deletions: the files the target has and the source lacks can be
// put back into the source instead.
bool holdsBackDeletions(const DriveRuntime &runtime)
{
    return runtime.code == SyncEngine::tooManyDeletions || runtime.code == SyncEngine::sourceEmpty
           || runtime.code == SyncEngine::targetNotEmpty || runtime.code == SyncEngine::planChanged;
}

} // namespace

void DrivesWindow::updateBanner(const QString &selected)
{
    const DriveRuntime runtime = m_controller.model().runtime(selected);
    // A server's key or a password only the user can give: a review would meet the same wall.
    const std::optional<Drive> drive = m_controller.model().drive(selected);
    const bool wantsPassword = drive && !TrayView::refusedLogin({ *drive, runtime }).isEmpty();
    m_trustButton->hide();
    m_passwordButton->hide();
    if (drive && (runtime.trust || wantsPassword)) {
        m_bannerTitle->setText(
                !runtime.trust ? tr("\"%1\" waits: the server refused the login.").arg(selected)
                : HostTrust::isCertificate(runtime.trust->key.type)
                        ? tr("\"%1\" waits: the server's certificate is not trusted yet.")
                                  .arg(selected)
                        : tr("\"%1\" waits: the server's key is not trusted yet.").arg(selected));
        m_bannerText->setText(runtime.message);
        m_bannerText->setVisible(!runtime.message.isEmpty());
        m_trustButton->setVisible(runtime.trust.has_value());
        m_passwordButton->setVisible(!runtime.trust && wantsPassword);
        m_reviewButton->hide();
        m_restoreButton->hide();
        m_dismissButton->hide();
        m_showRefusedButton->hide();
        m_refusedElsewhere.clear();
        m_banner->show();
        return;
    }
    if (!selected.isEmpty() && waitsForReview(runtime)) {
        m_bannerTitle->setText(tr("\"%1\" was not synced, to keep your files safe.").arg(selected));
        const QString hint
                = holdsBackDeletions(runtime)
                          ? tr("Review shows every file a sync would delete, and runs it if you "
                               "confirm. Restore the source copies them back into the source "
                               "instead.")
                          : tr("Review shows what a sync would change, and runs it if you "
                               "confirm.");
        m_bannerText->setText(runtime.message.isEmpty() ? hint : runtime.message + u'\n' + hint);
        m_bannerText->show();
        m_reviewButton->show();
        m_restoreButton->setVisible(holdsBackDeletions(runtime));
        m_dismissButton->show();
        m_showRefusedButton->hide();
        m_refusedElsewhere.clear();
        m_banner->show();
        return;
    }
    // Another drive waits for the user: say so, and lead to it.
    QStringList refused;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (waitsForReview(index.data(DriveTableModel::RuntimeRole).value<DriveRuntime>()))
            refused.append(index.data(DriveTableModel::DriveNameRole).toString());
    }
    if (refused.isEmpty()) {
        m_refusedElsewhere.clear();
        m_banner->hide();
        return;
    }
    m_refusedElsewhere = refused.constFirst();
    m_bannerTitle->setText(tr("Not synced, waiting for your review: %1")
                                   .arg(QLocale().createSeparatedList(refused)));
    m_bannerText->hide();
    m_reviewButton->hide();
    m_restoreButton->hide();
    m_dismissButton->hide();
    m_showRefusedButton->show();
    m_banner->show();
}

void DrivesWindow::askToRemove()
{
    const QString name = selectedDrive();
    if (name.isEmpty())
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Remove drive"),
                                     tr("Remove the drive \"%1\"?").arg(name),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("removeQuestion"));
    question->setInformativeText(tr("LetThatSyncIn stops syncing it. No file is deleted, neither "
                                    "in the source nor in the target."));
    question->button(QMessageBox::Yes)->setText(tr("Remove"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, question, name](QAbstractButton *button) {
                if (question->standardButton(button) != QMessageBox::Yes)
                    return;
                if (const Result<void> removed = m_controller.removeDrive(name); !removed)
                    showError(tr("The drive \"%1\" could not be removed.").arg(name),
                              removed.error());
            });
    question->open();
}

void DrivesWindow::syncOrCancel()
{
    const QString name = selectedDrive();
    if (name.isEmpty())
        return;
    const DriveRuntime runtime = m_controller.model().runtime(name);
    if (runtime.status == DriveStatus::Syncing || runtime.queued) {
        if (const Result<bool> cancelled = m_controller.cancel(name); !cancelled)
            showError(tr("The sync of \"%1\" could not be cancelled.").arg(name),
                      cancelled.error());
        return;
    }
    if (const auto started = m_controller.syncNow(name); !started)
        showError(tr("\"%1\" could not be synced.").arg(name), started.error());
}

void DrivesWindow::togglePause()
{
    const QString name = selectedDrive();
    const std::optional<Drive> drive = m_controller.model().drive(name);
    if (!drive)
        return;
    const bool resume = !drive->enabled;
    if (const Result<void> changed = m_controller.setEnabled(name, resume); !changed)
        showError(resume ? tr("The drive \"%1\" could not be resumed.").arg(name)
                         : tr("The drive \"%1\" could not be paused.").arg(name),
                  changed.error());
}

void DrivesWindow::editSelected()
{
    if (const QString name = selectedDrive(); !name.isEmpty())
        m_actions.editDrive(name);
}

void DrivesWindow::askToRestore()
{
    const QString name = selectedDrive();
    if (name.isEmpty())
        return;
    askFirst(this,
             { QStringLiteral("restoreQuestion"), tr("Restore the source"),
               tr("Copy back into the source of \"%1\" the files that its target has and the "
                  "source lacks?")
                       .arg(name),
               tr("Nothing in the source is overwritten and nothing is deleted. Review first to "
                  "see every file."),
               tr("&Restore") },
             [this, name] {
                 const auto started = m_controller.restore(name);
                 if (!started)
                     showError(tr("\"%1\" could not be restored.").arg(name), started.error());
                 else if (*started == SyncController::StartOutcome::AlreadySyncing)
                     showError(tr("\"%1\" could not be restored.").arg(name),
                               Error{ SyncController::alreadySyncing,
                                      tr("It is syncing now; try again once this sync has "
                                         "ended.") });
             });
}

void DrivesWindow::showError(const QString &what, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lts
