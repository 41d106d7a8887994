#include "previewdialog.h"

#include "synccontroller.h"
#include "syncengine.h"
#include "textformat.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

namespace lts {

// The engine reports progress on its own threads, and may still do so while the dialog is
// being destroyed: it reaches the dialog only through this, under the lock.
struct PreviewDialog::ProgressRelay
{
    QMutex mutex;
    PreviewDialog *dialog = nullptr;
};

namespace {

QString number(std::int64_t n)
{
    return QLocale().toString(qlonglong(n));
}

} // namespace

PreviewDialog::PreviewDialog(SyncController &controller, const Drive &drive, Purpose purpose,
                             QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_drive(drive)
    , m_engine(std::make_unique<SyncEngine>())
    , m_engineKeeper(new QFutureWatcher<SyncReport>)
    , m_relay(std::make_shared<ProgressRelay>())
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(purpose == Purpose::Review ? tr("Review: %1").arg(drive.name)
                                              : tr("Preview: %1").arg(drive.name));

    auto *layout = new QVBoxLayout(this);
    if (purpose == Purpose::Review) {
        QString why = controller.model().runtime(drive.name).message.trimmed();
        while (why.endsWith(u'.'))
            why.chop(1);
        auto *review = new QLabel(this);
        review->setObjectName(QStringLiteral("reviewLabel"));
        review->setWordWrap(true);
        review->setTextFormat(Qt::PlainText);
        review->setText(why.isEmpty()
                                ? tr("Check the list, then run it anyway if it is what you want.")
                                : tr("This run was stopped by a safety rule: %1. Check the list, "
                                     "then run it anyway if it is what you want.")
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

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setHeaderLabels({ tr("Path"), tr("Reason") });
    // Lists of a hundred thousand paths stay quick: rows are not measured one by one.
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnWidth(0, 420);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (purpose == Purpose::Review) {
        m_runAnyway = buttons->addButton(tr("Run anyway"), QDialogButtonBox::AcceptRole);
        m_runAnyway->setObjectName(QStringLiteral("runAnywayButton"));
        m_runAnyway->setEnabled(false); // once the list is there to check
        // Enter closes: forcing a refused run takes a deliberate click.
        m_runAnyway->setAutoDefault(false);
        buttons->button(QDialogButtonBox::Close)->setDefault(true);
        connect(m_runAnyway, &QPushButton::clicked, this, &PreviewDialog::runAnyway);
    } else {
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 540);

    start();
}

PreviewDialog::~PreviewDialog()
{
    m_cancel.cancel();
    {
        const QMutexLocker lock(&m_relay->mutex);
        m_relay->dialog = nullptr;
    }
    const QFuture<SyncReport> future = m_watcher.future();
    if (future.isFinished()) {
        delete m_engineKeeper;
        return;
    }
    // The engine waits for its run when it is destroyed, and a run on a hanging network
    // folder may take a while to notice the cancel: it is destroyed once the run ends.
    QFutureWatcher<SyncReport> *keeper = m_engineKeeper;
    SyncEngine *engine = m_engine.release();
    connect(keeper, &QFutureWatcher<SyncReport>::finished, keeper, [keeper, engine] {
        delete engine;
        keeper->deleteLater();
    });
    keeper->setFuture(future);
}

void PreviewDialog::start()
{
    m_relay->dialog = this;
    SyncJob job = m_controller.previewJob(m_drive);
    job.cancel = m_cancel;
    job.onProgress = [relay = m_relay](const SyncProgress &progress) {
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
    m_watcher.setFuture(m_engine->run(std::move(job)));
}

void PreviewDialog::done(int result)
{
    m_cancel.cancel();
    QDialog::done(result);
}

void PreviewDialog::showProgress(const SyncProgress &progress)
{
    if (!isComparing() || !progress.scanning)
        return;
    m_status->setText(tr("Comparing the folders… %n change(s) found so far.", nullptr,
                         int(std::min<std::int64_t>(progress.filesTotal, INT_MAX))));
}

void PreviewDialog::showReport(const SyncReport &report)
{
    m_comparing = false;
    m_busy->hide();
    if (report.result == RunResult::Failure || report.result == RunResult::Cancelled
        || report.result == RunResult::Refused) {
        m_status->setText(report.message.isEmpty() ? tr("The folders could not be compared.")
                                                   : report.message);
        m_summary->clear();
        Q_EMIT compared(); // no list to check: no Run anyway
        return;
    }
    if (m_runAnyway)
        m_runAnyway->setEnabled(true);

    struct Group
    {
        QString title; // with %1 for the count
        std::vector<const SyncEntry *> entries;
    };
    enum { Copy, Update, Delete, Skip, Unreadable, GroupCount };
    std::array<Group, GroupCount> groups{ {
            { tr("Would copy (%1)"), {} },
            { tr("Would update (%1)"), {} },
            { tr("Would delete (%1)"), {} },
            { tr("Would skip (%1)"), {} },
            { tr("Could not be read (%1)"), {} },
    } };
    for (const SyncEntry &entry : report.entries) {
        switch (entry.action) {
        case SyncEntry::Action::Added:
        case SyncEntry::Action::Moved:
            groups[Copy].entries.push_back(&entry);
            break;
        case SyncEntry::Action::Updated:
            groups[Update].entries.push_back(&entry);
            break;
        case SyncEntry::Action::Deleted:
            groups[Delete].entries.push_back(&entry);
            break;
        case SyncEntry::Action::Skipped:
            groups[Skip].entries.push_back(&entry);
            break;
        case SyncEntry::Action::Failed:
            groups[Unreadable].entries.push_back(&entry);
            break;
        }
    }

    QList<QTreeWidgetItem *> top;
    for (int g = 0; g < GroupCount; ++g) {
        std::vector<const SyncEntry *> &entries = groups[g].entries;
        if (g == Unreadable && entries.empty())
            continue;
        std::sort(entries.begin(), entries.end(),
                  [](const SyncEntry *a, const SyncEntry *b) { return a->path < b->path; });
        auto *group = new QTreeWidgetItem(
                { groups[g].title.arg(number(std::int64_t(entries.size()))) });
        group->setData(0, Qt::UserRole, g);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        QList<QTreeWidgetItem *> children;
        children.reserve(qsizetype(entries.size()));
        for (const SyncEntry *entry : entries) {
            const QString path = entry->path.isEmpty() ? tr("(the whole drive)")
                                                       : QFile::decodeName(entry->path);
            children.append(new QTreeWidgetItem({ path, entry->reason }));
        }
        // Added in one go: one layout for the whole list, not one per path.
        group->addChildren(children);
        top.append(group);
    }
    m_tree->addTopLevelItems(top);
    for (QTreeWidgetItem *group : std::as_const(top))
        group->setExpanded(group->childCount() > 0);

    QString summary;
    if (report.added + report.updated + report.deleted + report.skipped + report.errors == 0) {
        summary = tr("Nothing to do: the target is up to date.");
    } else {
        summary = tr("%1 to copy, %2 to update, %3 to delete; %4 to transfer.")
                          .arg(number(report.added), number(report.updated), number(report.deleted),
                               TextFormat::bytes(report.bytes));
        if (report.skipped > 0)
            summary += u' ' + tr("%1 to skip.").arg(number(report.skipped));
        if (report.errors > 0)
            summary += u' ' + tr("%1 could not be read.").arg(number(report.errors));
    }
    m_summary->setText(summary);
    m_status->setText(report.message.isEmpty()
                              ? tr("Nothing has been changed: this is what a run would do now.")
                              : report.message);
    Q_EMIT compared();
}

void PreviewDialog::runAnyway()
{
    const Result<SyncController::StartOutcome> started = m_controller.syncNow(m_drive.name, true);
    if (!started) {
        m_status->setText(started.error().message);
        return;
    }
    accept();
}

} // namespace lts
