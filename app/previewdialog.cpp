#include "previewdialog.h"

#include "askfirst.h"
#include "plantreemodel.h"
#include "synccontroller.h"
#include "textformat.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <climits>

namespace lts {

// The engine reports progress on its own threads, and may still do so while the dialog is
// being destroyed: it reaches the dialog only through this, under the lock.
struct PreviewDialog::ProgressRelay
{
    QMutex mutex;
    PreviewDialog *dialog = nullptr;
};

namespace {

using Kind = PlanListing::Kind;

// A list this long opens whole; a longer one shows its groups, opened one level.
constexpr std::int64_t expandAllUpTo = 300;

QString number(std::int64_t n)
{
    return QLocale().toString(qlonglong(n));
}

int clamped(std::int64_t n)
{
    return int(std::min<std::int64_t>(n, INT_MAX));
}

// The run's message as a sentence of its own.
QString sentence(const QString &message)
{
    QString text = message.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
        text += u'.';
    return text;
}

} // namespace

PreviewDialog::PreviewDialog(SyncController &controller, const Drive &drive, Purpose purpose,
                             QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_drive(drive)
    , m_relay(std::make_shared<ProgressRelay>())
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(purpose == Purpose::Review ? tr("Review: %1").arg(drive.name)
                                              : tr("Preview: %1").arg(drive.name));

    auto *layout = new QVBoxLayout(this);
    if (purpose == Purpose::Review) {
        const QString why = sentence(controller.model().runtime(drive.name).message);
        auto *review = new QLabel(this);
        review->setObjectName(QStringLiteral("reviewLabel"));
        review->setWordWrap(true);
        review->setTextFormat(Qt::PlainText);
        review->setText(why.isEmpty()
                                ? tr("Check the list, then run it anyway if it is what you want.")
                                : tr("This sync was stopped to keep your files safe: %1 Check "
                                     "the list, then run it anyway if it is what you want.")
                                          .arg(why));
        layout->addWidget(review);
    }

    m_status = new QLabel(tr("Comparing the folders…"), this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0); // the totals grow while the trees are compared
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name or folder"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setEnabled(false); // once there is a list
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    layout->addLayout(filterRow);

    m_plan = new PlanTreeModel(this);
    m_filter = new PlanFilterModel(this);
    m_filter->setSourceModel(m_plan);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setModel(m_filter);
    // Lists of a hundred thousand paths stay quick: rows are not measured one by one.
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(PlanTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->resizeSection(PlanTreeModel::NameColumn, fontMetrics().averageCharWidth() * 40);
    // Room for a size and a date, and for the column's title in any language.
    const int sizeWidth = fontMetrics().horizontalAdvance(TextFormat::bytes(999'900'000)) + 16;
    const int dateWidth = fontMetrics().horizontalAdvance(TextFormat::dateTime(
                                  QDateTime(QDate(2026, 12, 28), QTime(23, 59))))
                          + 16;
    for (const auto &[column, width] :
         { std::pair(int(PlanTreeModel::SourceSizeColumn), sizeWidth),
           std::pair(int(PlanTreeModel::TargetSizeColumn), sizeWidth),
           std::pair(int(PlanTreeModel::SourceModifiedColumn), dateWidth),
           std::pair(int(PlanTreeModel::TargetModifiedColumn), dateWidth) })
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
    layout->addWidget(m_tree, 1);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &PreviewDialog::applyFilter);
    // The list is of the drive as it was: once its folders, mode or filters change, it no
    // longer says what a run would do.
    connect(&controller, &SyncController::driveChanged, this,
            [this](const QString &previousName, const Drive &now) {
                if (previousName != m_drive.name)
                    return; // another drive
                if (now.name != m_drive.name || now.source != m_drive.source
                    || now.target != m_drive.target || now.mode != m_drive.mode
                    || now.exclude != m_drive.exclude || now.hidden != m_drive.hidden)
                    outdate();
            });
    connect(&controller, &SyncController::driveRemoved, this, [this](const QString &name) {
        if (name == m_drive.name)
            outdate();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (purpose == Purpose::Review) {
        m_restore = buttons->addButton(tr("Restore the &source…"), QDialogButtonBox::ActionRole);
        m_restore->setObjectName(QStringLiteral("restoreButton"));
        m_restore->setToolTip(tr("Copy back into the source the files that the target has and "
                                 "the source lacks. Nothing is overwritten, nothing is deleted."));
        m_restore->setEnabled(false);
        m_restore->setAutoDefault(false);
        connect(m_restore, &QPushButton::clicked, this, &PreviewDialog::askToRestore);
        m_runAnyway = buttons->addButton(tr("&Run anyway…"), QDialogButtonBox::ActionRole);
        m_runAnyway->setObjectName(QStringLiteral("runAnywayButton"));
        m_runAnyway->setToolTip(tr("Sync now and let the sync make these changes, after you "
                                   "confirm"));
        m_runAnyway->setEnabled(false); // once the list is there to check
        // Enter closes: forcing a refused run takes a deliberate click, and a confirmation.
        m_runAnyway->setAutoDefault(false);
        connect(m_runAnyway, &QPushButton::clicked, this, &PreviewDialog::askToRunAnyway);
    }
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 560);

    start();
}

PreviewDialog::~PreviewDialog()
{
    // The dry run goes on, on the controller's preview engine, until it sees the cancel.
    m_cancel.cancel();
    const QMutexLocker lock(&m_relay->mutex);
    m_relay->dialog = nullptr;
}

QString PreviewDialog::confirmationText(std::int64_t deletions, const QString &drive)
{
    if (deletions > 0)
        return tr("Delete %n file(s) from the target of \"%1\"?", nullptr, clamped(deletions))
                .arg(drive);
    return tr("Sync \"%1\" anyway?").arg(drive);
}

void PreviewDialog::start()
{
    m_relay->dialog = this;
    const auto onProgress = [relay = m_relay](const SyncProgress &progress) {
        const QMutexLocker lock(&relay->mutex);
        if (PreviewDialog *dialog = relay->dialog) {
            QMetaObject::invokeMethod(
                    dialog, [dialog, progress] { dialog->showProgress(progress); },
                    Qt::QueuedConnection);
        }
    };
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, [this] {
        const QFuture<SyncReport> future = m_watcher.future();
        if (future.resultCount() > 0) {
            showReport(future.result());
        } else {
            SyncReport stopped;
            stopped.result = RunResult::Cancelled;
            stopped.message = tr("The comparison was stopped.");
            showReport(stopped);
        }
    });
    m_watcher.setFuture(m_controller.preview(m_drive, m_cancel, onProgress));
}

void PreviewDialog::done(int result)
{
    m_cancel.cancel();
    if (m_confirmation)
        m_confirmation->close();
    QDialog::done(result);
}

void PreviewDialog::showProgress(const SyncProgress &progress)
{
    if (!isComparing() || !progress.scanning)
        return;
    m_status->setText(tr("Comparing the folders… %n change(s) found so far.", nullptr,
                         clamped(progress.filesTotal)));
}

void PreviewDialog::showReport(const SyncReport &report)
{
    m_comparing = false;
    m_busy->hide();
    if (report.result == RunResult::Failure || report.result == RunResult::Cancelled) {
        m_status->setText(report.message.isEmpty() ? tr("The folders could not be compared.")
                                                   : report.message);
        m_summary->clear();
        Q_EMIT compared(); // no list to check: no Run anyway
        return;
    }
    const PlanListing listing = PlanListing::of(report);
    m_plan->setListing(listing);
    m_filterEdit->setEnabled(true);
    m_tree->expandToDepth(0);
    if (listing.items().size() <= expandAllUpTo)
        m_tree->expandAll();
    m_tree->resizeColumnToContents(PlanTreeModel::NameColumn);
    if (m_runAnyway)
        m_runAnyway->setEnabled(!m_outdated);
    if (m_restore && !m_outdated)
        m_restore->setEnabled(listing.count(Kind::Delete) > 0 && m_drive.mode == SyncMode::Mirror);

    const std::int64_t deletions = listing.count(Kind::Delete);
    const std::int64_t updates = listing.count(Kind::Update);
    const std::int64_t copies = listing.count(Kind::Copy);
    const std::int64_t skips = listing.count(Kind::Skip);
    QString summary;
    if (deletions + updates + copies + skips == 0) {
        summary = tr("Nothing to do: the target is up to date.");
    } else {
        summary = tr("Files: %1 to delete, %2 to update, %3 to copy; %4 to transfer.")
                          .arg(number(deletions), number(updates), number(copies),
                               TextFormat::bytes(listing.bytesToCopy()));
        if (skips > 0)
            summary += u' ' + tr("%1 to skip.").arg(number(skips));
    }
    m_summary->setText(summary);
    QString status = tr("Nothing has been changed: this is what a run would do now.");
    if (!listing.refusalMessage().isEmpty() && !m_runAnyway)
        status += u' '
                  + tr("A sync would stop before any change, to keep your files safe: %1")
                            .arg(sentence(listing.refusalMessage()));
    m_status->setText(m_outdated ? outdatedText() : status);
    Q_EMIT compared();
}

void PreviewDialog::outdate()
{
    if (m_runAnyway)
        m_runAnyway->setEnabled(false);
    if (m_restore)
        m_restore->setEnabled(false);
    if (m_confirmation)
        m_confirmation->close();
    m_outdated = true;
    m_status->setText(outdatedText());
}

QString PreviewDialog::outdatedText()
{
    return tr("The drive was changed or removed since this list was made: it no longer says "
              "what a sync would do. Close it, and review the drive again.");
}

void PreviewDialog::applyFilter()
{
    m_filter->setPathFilter(m_filterEdit->text());
    std::array<std::int64_t, PlanListing::kindCount> shown{ -1, -1, -1, -1 };
    std::int64_t matching = 0;
    if (!m_filter->pathFilter().isEmpty()) {
        shown.fill(0);
        for (const PlanListing::Item &item : m_plan->listing().items()) {
            if (m_filter->matches(item.path)) {
                ++shown[std::size_t(item.kind)];
                ++matching;
            }
        }
    }
    m_plan->setShownCounts(shown);
    m_tree->expandToDepth(0);
    if (!m_filter->pathFilter().isEmpty() && matching <= expandAllUpTo)
        m_tree->expandAll(); // what was looked for is in sight
}

void PreviewDialog::askToRunAnyway()
{
    const std::int64_t deletions = m_plan->listing().count(Kind::Delete);
    QString details;
    if (deletions == 0)
        details = tr("The sync goes ahead although a safety rule stopped it: %1")
                          .arg(sentence(m_controller.model().runtime(m_drive.name).message));
    else if (m_drive.versions > 0)
        details = tr("They are kept for %1 in the target's .letthatsyncin/versions folder, and "
                     "Versions… can put them back.")
                          .arg(TextFormat::days(m_drive.versions));
    else
        details = tr("Versions are off for this drive: once deleted, they cannot be put back.");
    m_confirmation
            = askFirst(this,
                       { QStringLiteral("runAnywayQuestion"), tr("Run anyway"),
                         confirmationText(deletions, m_drive.name), details,
                         deletions > 0 ? tr("&Delete %n file(s)", nullptr, clamped(deletions))
                                       : tr("&Sync anyway"),
                         QMessageBox::Warning, QMessageBox::DestructiveRole },
                       [this] { startForcedRun(); });
}

void PreviewDialog::startForcedRun()
{
    // The run may delete what the user saw, and no more: a plan that grew meanwhile is
    // refused again (Plan Changed).
    const Result<SyncController::StartOutcome> started
            = m_controller.syncNow(m_drive.name, true, m_plan->listing().count(Kind::Delete));
    if (!started) {
        m_status->setText(started.error().message);
        return;
    }
    // A drive syncing now gets the forced run next, when this sync ends (FollowsRun).
    accept();
}

void PreviewDialog::askToRestore()
{
    const std::int64_t missing = m_plan->listing().count(Kind::Delete);
    const QString details
            = m_drive.enabled
                      ? tr("These are the files the target has and the source lacks. Nothing in "
                           "the source is overwritten and nothing is deleted. Then the drive "
                           "syncs, and deletes nothing.")
                      : tr("These are the files the target has and the source lacks. Nothing in "
                           "the source is overwritten and nothing is deleted.");
    askFirst(this,
             { QStringLiteral("restoreQuestion"), tr("Restore the source"),
               tr("Copy %n file(s) back into the source of \"%1\"?", nullptr, clamped(missing))
                       .arg(m_drive.name),
               details, tr("&Restore") },
             [this] {
                 const auto started = m_controller.restore(m_drive.name);
                 if (!started) {
                     m_status->setText(started.error().message);
                     return;
                 }
                 if (*started == SyncController::StartOutcome::AlreadySyncing) {
                     m_status->setText(tr("\"%1\" is syncing now; nothing was restored. Try again "
                                          "once this sync has ended.")
                                               .arg(m_drive.name));
                     return;
                 }
                 accept();
             });
}

} // namespace lts
