#include "historywindow.h"

#include "syncreport.h"

#include "closekeys.h"
#include "rundetails.h"
#include "runhistory.h"
#include "synccontroller.h"
#include "textformat.h"
#include "windowactions.h"

#include <QAbstractTableModel>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>

#include <algorithm>
#include <climits>
#include <optional>

namespace lts {

// The runs of the history as the table shows them. The history holds up to 10,000 runs: the
// rows are parsed once per filter and a finished run is put on top, so the table never
// rebuilds itself while it is open.
class RunTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTableModel)

public:
    enum Column {
        DriveColumn,
        StartedColumn,
        DurationColumn,
        ResultColumn,
        AddedColumn,
        UpdatedColumn,
        DeletedColumn,
        ErrorsColumn,
        CopiedColumn,
        MessageColumn,
        ColumnCount
    };

    struct Run
    {
        QString drive;
        QDateTime started;
        QDateTime finished;
        std::optional<RunResult> result;
        QString resultName; // as the history has it, for results of a newer version
        qint64 added = 0;
        qint64 updated = 0;
        qint64 deleted = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0;
        qint64 errors = 0;
        qint64 bytes = 0;
        QString message;
        bool forced = false; // a safety rule was overridden
        bool restore = false; // files put back into the source, not a sync
    };

    explicit RunTableModel(QObject *parent)
        : QAbstractTableModel(parent)
    { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Run &run(int row) const { return m_rows.at(row); }

    // Newest first, as RunHistory::runs gives them.
    void setRuns(const QList<QJsonObject> &runs)
    {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(runs.size());
        for (const QJsonObject &json : runs)
            m_rows.append(fromJson(json));
        endResetModel();
    }

    // A run that just ended; the oldest row goes when the history drops it too.
    void prepend(const QJsonObject &json, qsizetype maxRows)
    {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(fromJson(json));
        endInsertRows();
        if (m_rows.size() > maxRows) {
            const int first = int(maxRows);
            beginRemoveRows({}, first, int(m_rows.size()) - 1);
            m_rows.resize(maxRows);
            endRemoveRows();
        }
    }

    // "Synced", "Synced, forced", "Restored", "Refused"...
    static QString resultText(const Run &run);
    static QString durationText(const Run &run);

private:
    static Run fromJson(const QJsonObject &json);
    static QString plainResultText(const Run &run);

    QList<Run> m_rows;
};

RunTableModel::Run RunTableModel::fromJson(const QJsonObject &json)
{
    Run run;
    run.drive = json.value(QStringLiteral("Drive")).toString();
    run.started
            = QDateTime::fromString(json.value(QStringLiteral("Started")).toString(), Qt::ISODate);
    run.finished
            = QDateTime::fromString(json.value(QStringLiteral("Finished")).toString(), Qt::ISODate);
    run.resultName = json.value(QStringLiteral("Result")).toString();
    run.result = parseRunResult(run.resultName);
    run.added = json.value(QStringLiteral("Added")).toInteger();
    run.updated = json.value(QStringLiteral("Updated")).toInteger();
    run.deleted = json.value(QStringLiteral("Deleted")).toInteger();
    run.unchanged = json.value(QStringLiteral("Unchanged")).toInteger();
    run.skipped = json.value(QStringLiteral("Skipped")).toInteger();
    run.errors = json.value(QStringLiteral("Errors")).toInteger();
    run.bytes = json.value(QStringLiteral("Bytes")).toInteger();
    // In words: the protocol's code ("Too Many Deletions: ...") is for scripts.
    run.message = SyncReport::wordsOf(json.value(QStringLiteral("Message")).toString());
    run.forced = json.value(QStringLiteral("Forced")).toBool();
    run.restore = json.value(QStringLiteral("Restore")).toBool();
    return run;
}

QString RunTableModel::resultText(const Run &run)
{
    const QString result = plainResultText(run);
    if (run.restore)
        return run.result == RunResult::Success ? tr("Restored") : tr("Restore: %1").arg(result);
    // A run the user let past a safety rule stands out.
    return run.forced ? tr("%1, forced").arg(result) : result;
}

QString RunTableModel::plainResultText(const Run &run)
{
    if (!run.result)
        return run.resultName;
    switch (*run.result) {
    case RunResult::Success:
        return tr("Synced");
    case RunResult::Partial:
        return tr("Partly synced");
    case RunResult::Failure:
        return tr("Failed");
    case RunResult::Refused:
        return tr("Refused");
    case RunResult::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString RunTableModel::durationText(const Run &run)
{
    if (!run.started.isValid() || !run.finished.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, run.started.secsTo(run.finished));
    if (seconds < 1)
        return tr("< 1 s");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Run &run = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case DriveColumn:
            return run.drive;
        case StartedColumn:
            return TextFormat::dateTime(run.started);
        case DurationColumn:
            return durationText(run);
        case ResultColumn:
            return resultText(run);
        case AddedColumn:
            return locale.toString(run.added);
        case UpdatedColumn:
            return locale.toString(run.updated);
        case DeletedColumn:
            return locale.toString(run.deleted);
        case ErrorsColumn:
            return locale.toString(run.errors);
        case CopiedColumn:
            return TextFormat::bytes(run.bytes);
        case MessageColumn:
            // One line in the table; the whole message is in the tooltip and the details.
            return run.message.section(u'\n', 0, 0);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole
        && (index.column() == MessageColumn || index.column() == ResultColumn)
        && !run.message.isEmpty())
        return run.message;
    if (role == Qt::TextAlignmentRole && index.column() >= DurationColumn
        && index.column() != ResultColumn && index.column() != MessageColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DriveColumn:
        return tr("Drive");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case AddedColumn:
        return tr("Added");
    case UpdatedColumn:
        return tr("Updated");
    case DeletedColumn:
        return tr("Deleted");
    case ErrorsColumn:
        return tr("Errors");
    case CopiedColumn:
        return tr("Copied");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

namespace {

QString actionText(SyncEntry::Action action)
{
    switch (action) {
    case SyncEntry::Action::Added:
        return HistoryWindow::tr("Added");
    case SyncEntry::Action::Updated:
        return HistoryWindow::tr("Updated");
    case SyncEntry::Action::Deleted:
        return HistoryWindow::tr("Deleted");
    case SyncEntry::Action::Skipped:
        return HistoryWindow::tr("Skipped");
    case SyncEntry::Action::Failed:
        break;
    }
    return HistoryWindow::tr("Failed");
}

} // namespace

HistoryWindow::HistoryWindow(SyncController &controller, WindowActions &actions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_actions(actions)
{
    setWindowTitle(tr("History"));

    m_driveFilter = new QComboBox(this);
    m_driveFilter->setObjectName(QStringLiteral("driveFilter"));
    m_driveFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filterLabel = new QLabel(tr("&Drive:"), this);
    filterLabel->setBuddy(m_driveFilter);
    m_changedOnly = new QCheckBox(tr("&Only runs that changed files"), this);
    m_changedOnly->setObjectName(QStringLiteral("changedOnlyCheck"));
    m_changedOnly->setToolTip(tr("Hide the runs that found nothing to copy, update or delete"));
    m_openLogFolder = new QPushButton(tr("Open &log folder"), this);
    m_openLogFolder->setObjectName(QStringLiteral("openLogFolderButton"));
    m_openLogFolder->setToolTip(tr("The log lists every run and, at the Verbose log level, every "
                                   "file."));

    m_runs = new RunTableModel(this);
    m_runsView = new QTableView(this);
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setModel(m_runs);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->setWordWrap(false);
    m_runsView->setShowGrid(false);
    m_runsView->verticalHeader()->hide();
    // Rows of one height: the view never measures 10,000 rows.
    m_runsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->horizontalHeader()->setHighlightSections(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_summary->setTextFormat(Qt::PlainText); // drive names and messages are not markup
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsView = new QTreeWidget(this);
    m_detailsView->setObjectName(QStringLiteral("detailsView"));
    m_detailsView->setHeaderLabels({ tr("Action"), tr("File"), tr("Reason") });
    m_detailsView->setRootIsDecorated(false);
    m_detailsView->setUniformRowHeights(true);
    m_detailsView->setAlternatingRowColors(true);
    m_detailsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("detailsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_driveFilter);
    top->addWidget(m_changedOnly);
    top->addStretch();
    top->addWidget(m_openLogFolder);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_detailsView, 1);
    detailsLayout->addWidget(m_note);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runsView);
    splitter->addWidget(details);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    resize(QSize(960, 640).boundedTo(screen() ? screen()->availableGeometry().size() * 9 / 10
                                              : QSize(960, 640)));

    const DriveListModel *drives = &m_controller.model();
    connect(drives, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateDriveFilter);
    connect(drives, &QAbstractItemModel::rowsRemoved, this, &HistoryWindow::updateDriveFilter);
    connect(drives, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateDriveFilter);
    // Renames come as a change of a row; progress does too, and leaves the names as they are.
    connect(drives, &QAbstractItemModel::dataChanged, this, &HistoryWindow::updateDriveFilter);
    connect(m_driveFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { setFilter(m_driveFilter->itemData(index).toString()); });
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::showSelectedRun);
    connect(&m_controller, &SyncController::syncFinished, this, &HistoryWindow::addRun);
    connect(m_openLogFolder, &QPushButton::clicked, this, &HistoryWindow::openLogFolder);
    connect(m_changedOnly, &QCheckBox::toggled, this, &HistoryWindow::reload);
    closeOnKeys(this);

    updateDriveFilter();
    reload();
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::showDrive(const QString &drive)
{
    setFilter(drive);
}

void HistoryWindow::setFilter(const QString &drive)
{
    if (drive == m_drive)
        return;
    m_drive = drive;
    updateDriveFilter(); // a removed drive's entry goes once it is no longer shown
    reload();
}

void HistoryWindow::updateDriveFilter()
{
    const DriveListModel &drives = m_controller.model();
    QStringList names;
    for (int row = 0; row < drives.rowCount(); ++row)
        names.append(drives.data(drives.index(row), DriveListModel::NameRole).toString());
    // The runs of a removed or renamed drive are still in the history.
    if (!m_drive.isEmpty() && !names.contains(m_drive))
        names.append(m_drive);

    const QSignalBlocker blocker(m_driveFilter);
    QStringList shown;
    for (int i = 1; i < m_driveFilter->count(); ++i)
        shown.append(m_driveFilter->itemData(i).toString());
    if (shown != names || m_driveFilter->count() == 0) {
        m_driveFilter->clear();
        m_driveFilter->addItem(tr("All drives"), QString());
        for (const QString &name : std::as_const(names))
            m_driveFilter->addItem(name, name);
    }
    m_driveFilter->setCurrentIndex(m_drive.isEmpty() ? 0 : int(names.indexOf(m_drive)) + 1);
}

void HistoryWindow::reload()
{
    m_runs->setRuns(m_controller.history().runs(m_drive, 0, m_changedOnly->isChecked()));
    for (int column = 0; column < RunTableModel::MessageColumn; ++column)
        m_runsView->resizeColumnToContents(column);
    if (m_runs->rowCount() > 0)
        m_runsView->selectRow(0);
    else
        showSelectedRun();
}

void HistoryWindow::addRun(const QString &drive, const QJsonObject &run)
{
    if ((!m_drive.isEmpty() && drive != m_drive)
        || (m_changedOnly->isChecked() && !RunHistory::changedSomething(run)))
        return;
    // A refusal that repeats the last one is not in the history either.
    if (run.value(QStringLiteral("Repeated")).toBool())
        return;
    m_runs->prepend(run, RunHistory::maxRuns);
    // The run the user looks at stays selected; with none, the new one is shown.
    if (!m_runsView->selectionModel()->hasSelection())
        m_runsView->selectRow(0);
}

void HistoryWindow::showSelectedRun()
{
    m_detailsView->clear();
    const QModelIndexList selected = m_runsView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_summary->setText(m_runs->rowCount() == 0 ? tr("No run yet.")
                                                   : tr("Choose a run to see its files."));
        m_note->clear();
        m_note->hide();
        return;
    }

    const RunTableModel::Run &run = m_runs->run(selected.constFirst().row());
    const QLocale locale;
    QString summary
            = tr("%1, started %2: %3.")
                      .arg(run.drive, TextFormat::dateTime(run.started),
                           RunTableModel::resultText(run))
              + u' '
              + tr("%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 "
                   "failed; %7 copied in %8.")
                        .arg(locale.toString(run.added), locale.toString(run.updated),
                             locale.toString(run.deleted), locale.toString(run.unchanged),
                             locale.toString(run.skipped), locale.toString(run.errors),
                             TextFormat::bytes(run.bytes), RunTableModel::durationText(run));
    if (!run.message.isEmpty())
        summary += u'\n' + run.message;
    m_summary->setText(summary);

    const std::optional<RunDetails::Details> details
            = m_controller.runDetails().read(run.drive, run.started);
    QStringList notes;
    if (!details) {
        notes.append(tr("The list of files of this run is no longer kept."));
    } else {
        QList<QTreeWidgetItem *> items;
        items.reserve(details->entries.size());
        for (const RunDetails::Entry &entry : details->entries) {
            auto *item = new QTreeWidgetItem(QStringList{
                    actionText(entry.action), QDir::toNativeSeparators(entry.path), entry.reason });
            item->setToolTip(1, item->text(1));
            item->setToolTip(2, entry.reason);
            items.append(item);
        }
        m_detailsView->addTopLevelItems(items);
        if (!details->changesListed)
            notes.append(tr("Only failed and skipped files are listed; choose the Verbose log "
                            "level in Settings to list every file."));
        if (details->omitted > 0)
            notes.append(tr("%n more file(s) not listed here.", nullptr,
                            int(std::min<std::int64_t>(details->omitted, INT_MAX))));
        if (details->entries.isEmpty() && details->changesListed && details->omitted == 0)
            notes.append(tr("No file was changed."));
    }
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
}

void HistoryWindow::openLogFolder()
{
    const QString folder = m_controller.log().folderPath();
    // The log folder appears with the first line written; the file manager needs it now.
    QDir().mkpath(folder);
    m_actions.openFolder(folder);
}

} // namespace lts

#include "historywindow.moc"
