#include "versionswindow.h"

#include "closekeys.h"
#include "synccontroller.h"
#include "textformat.h"
#include "windowactions.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lts {

namespace {

QString reasonText(VersionStore::Reason reason)
{
    return reason == VersionStore::Reason::Overwritten ? VersionsWindow::tr("Overwritten")
                                                       : VersionsWindow::tr("Deleted");
}

// Sorts paths naturally and the rest by value; filters by a piece of the path.
class VersionSortModel final : public QSortFilterProxyModel
{
public:
    explicit VersionSortModel(QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_collator(TextFormat::naturalOrder())
    {
        setSortRole(VersionTableModel::SortRole);
        setFilterKeyColumn(VersionTableModel::PathColumn);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.typeId() == QMetaType::QString)
            return m_collator.compare(a.toString(), b.toString()) < 0;
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    QCollator m_collator;
};

} // namespace

VersionTableModel::VersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VersionTableModel::setVersions(QList<VersionStore::Version> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("File");
    case KeptColumn:
        return tr("Kept");
    case SizeColumn:
        return tr("Size");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const VersionStore::Version &version = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PathColumn:
            return QDir::toNativeSeparators(QFile::decodeName(version.path));
        case KeptColumn:
            return TextFormat::dateTime(version.kept);
        case SizeColumn:
            return TextFormat::bytes(version.size);
        case ReasonColumn:
            return reasonText(version.reason);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case KeptColumn:
            return version.kept.toMSecsSinceEpoch();
        case SizeColumn:
            return qint64(version.size);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

VersionsWindow::VersionsWindow(SyncController &controller, const QString &drive,
                               WindowActions &actions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_controller(controller)
    , m_drive(drive)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("versionsWindow"));
    setWindowTitle(tr("Versions: %1").arg(drive));

    const std::optional<Drive> settings = controller.model().drive(drive);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    if (settings && settings->versions > 0)
        m_intro->setText(tr("The files that syncs of \"%1\" overwrote or deleted in its target "
                            "are kept for %2. Choose files and put them back; nothing is "
                            "overwritten: a file restored where another stands comes back "
                            "beside it.")
                                 .arg(drive, TextFormat::days(settings->versions)));
    else
        m_intro->setText(tr("\"%1\" keeps no versions now (Keep versions is off in its "
                            "settings); the ones kept before are listed here.")
                                 .arg(drive));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by name or folder"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_table = new VersionTableModel(this);
    m_sorted = new VersionSortModel(this);
    m_sorted->setSourceModel(m_table);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("versionsView"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VersionTableModel::KeptColumn, Qt::DescendingOrder); // newest first
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    // Rows of one height, as in the history: thousands of versions scroll quickly.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VersionTableModel::PathColumn, QHeaderView::Stretch);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_toSource = new QPushButton(tr("Restore into the &source"), this);
    m_toSource->setObjectName(QStringLiteral("restoreToSourceButton"));
    m_toSource->setToolTip(tr("Copy the chosen versions back into the source folder, where the "
                              "next sync takes them to the target again"));
    m_toTarget = new QPushButton(tr("Restore into the &target"), this);
    m_toTarget->setObjectName(QStringLiteral("restoreToTargetButton"));
    m_toTarget->setToolTip(tr("Copy the chosen versions back into the target folder"));
    m_openFolder = new QPushButton(tr("&Open folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setToolTip(tr("Show the chosen version in the file manager"));
    m_refresh = new QPushButton(tr("&Reload"), this);
    m_refresh->setObjectName(QStringLiteral("reloadButton"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toSource);
    buttons->addWidget(m_toTarget);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_sorted,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_toSource, &QPushButton::clicked, this, [this] { restoreSelected(true); });
    connect(m_toTarget, &QPushButton::clicked, this, [this] { restoreSelected(false); });
    connect(m_openFolder, &QPushButton::clicked, this, &VersionsWindow::openFolder);
    connect(m_refresh, &QPushButton::clicked, this, &VersionsWindow::reload);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VersionsWindow::updateButtons);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &VersionsWindow::updateButtons);
    closeOnKeys(this);

    connect(&m_listing, &QFutureWatcherBase::finished, this, [this] {
        setBusy(false);
        const QFuture<Result<QList<VersionStore::Version>>> done = m_listing.future();
        const Result<QList<VersionStore::Version>> versions
                = done.resultCount() > 0 ? done.result()
                                         : Result<QList<VersionStore::Version>>(Error{ {}, {} });
        if (!versions) {
            m_table->setVersions({});
            m_status->setText(tr("The versions cannot be read: %1").arg(versions.error().message));
        } else {
            m_table->setVersions(*versions);
            m_status->setText(versions->isEmpty()
                                      ? tr("No versions are kept: no sync of this drive has "
                                           "overwritten or deleted a file yet.")
                                      : tr("%n version(s) kept.", nullptr, int(versions->size())));
        }
        Q_EMIT ready();
    });
    connect(&m_restoring, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<Result<QString>> done = m_restoring.future();
        const Result<QString> restored
                = done.resultCount() > 0 ? done.result() : Result<QString>(Error{ {}, {} });
        if (restored)
            m_restored.append(*restored);
        else
            m_failed.append(restored.error().message);
        restoreNext();
    });
    // A sync of the drive may keep new versions.
    connect(&controller, &SyncController::syncFinished, this, [this](const QString &name) {
        if (name == m_drive && !m_busy)
            reload();
    });

    resize(QSize(820, 480).boundedTo(screen() ? screen()->availableGeometry().size() * 9 / 10
                                              : QSize(820, 480)));
    reload();
}

void VersionsWindow::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void VersionsWindow::updateButtons()
{
    const bool chosen = !m_view->selectionModel()->selectedRows().isEmpty();
    m_toSource->setEnabled(chosen && !m_busy);
    m_toTarget->setEnabled(chosen && !m_busy);
    m_openFolder->setEnabled(m_view->selectionModel()->selectedRows().size() == 1);
    m_refresh->setEnabled(!m_busy);
}

void VersionsWindow::reload()
{
    const auto listing = m_controller.listVersions(m_drive);
    if (!listing) {
        m_status->setText(listing.error().message);
        return;
    }
    m_status->setText(tr("Reading the versions…"));
    setBusy(true);
    m_listing.setFuture(*listing);
}

QList<VersionStore::Version> VersionsWindow::selectedVersions() const
{
    QList<VersionStore::Version> chosen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        chosen.append(m_table->versions().at(m_sorted->mapToSource(row).row()));
    return chosen;
}

void VersionsWindow::restoreSelected(bool intoSource)
{
    m_toRestore = selectedVersions();
    if (m_toRestore.isEmpty())
        return;
    m_intoSource = intoSource;
    m_restored.clear();
    m_failed.clear();
    setBusy(true);
    restoreNext();
}

void VersionsWindow::restoreNext()
{
    if (!m_toRestore.isEmpty()) {
        const VersionStore::Version version = m_toRestore.takeFirst();
        m_status->setText(tr("Restoring %1…").arg(QFile::decodeName(version.path)));
        const auto restoring = m_controller.restoreVersion(m_drive, QFile::decodeName(version.path),
                                                           version.kept, m_intoSource);
        if (restoring) {
            m_restoring.setFuture(*restoring);
            return;
        }
        m_failed.append(restoring.error().message);
        m_toRestore.clear();
    }
    setBusy(false);
    QStringList lines;
    if (!m_restored.isEmpty())
        lines.append(m_intoSource ? tr("Restored into the source: %1")
                                            .arg(QLocale().createSeparatedList(m_restored))
                                  : tr("Restored into the target: %1")
                                            .arg(QLocale().createSeparatedList(m_restored)));
    if (!m_failed.isEmpty())
        lines.append(tr("Not restored: %1").arg(m_failed.join(u' ')));
    const std::optional<Drive> drive = m_controller.model().drive(m_drive);
    if (!m_restored.isEmpty() && !m_intoSource && drive && drive->mode == SyncMode::Mirror)
        lines.append(tr("A mirror keeps the target like the source: the next sync takes these "
                        "files away again (and keeps them as versions). Restore into the source "
                        "to keep them."));
    m_status->setText(lines.join(u'\n'));
    Q_EMIT ready();
}

void VersionsWindow::openFolder()
{
    const QList<VersionStore::Version> chosen = selectedVersions();
    const std::optional<Drive> drive = m_controller.model().drive(m_drive);
    if (chosen.size() != 1 || !drive)
        return;
    const QString inside = QFile::decodeName(chosen.constFirst().folder) + u'/'
                           + QFile::decodeName(chosen.constFirst().path);
    m_actions.openFolder(drive->target, QDir::cleanPath(inside + QStringLiteral("/..")));
}

} // namespace lts
