#include "plantreemodel.h"

#include "textformat.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <climits>

namespace lts {

namespace {

using Kind = PlanListing::Kind;

// Deletions first: what a run would take away is what the user must see.
constexpr std::array<Kind, PlanListing::kindCount> groupOrder{ Kind::Delete, Kind::Update,
                                                               Kind::Copy, Kind::Skip };

QString timeText(std::int64_t seconds)
{
    return TextFormat::dateTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

QString number(std::int64_t n)
{
    return QLocale().toString(qlonglong(n));
}

// Where a node sits in its parent's children, keyed by name while the tree is built.
using ChildIndex = QHash<QString, int>;

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    build();
}

void PlanTreeModel::setListing(PlanListing listing)
{
    beginResetModel();
    m_listing = std::move(listing);
    m_shown.fill(-1);
    build();
    endResetModel();
}

void PlanTreeModel::setShownCounts(const std::array<std::int64_t, PlanListing::kindCount> &shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    Q_EMIT dataChanged(index(0, NameColumn), index(int(groupOrder.size()) - 1, NameColumn),
                       { Qt::DisplayRole });
}

QString PlanTreeModel::groupTitle(Kind kind) const
{
    const std::int64_t all = m_listing.count(kind);
    const std::int64_t shown = m_shown[std::size_t(kind)];
    const QString count = shown < 0 ? number(all) : tr("%1 of %2").arg(number(shown), number(all));
    switch (kind) {
    case Kind::Delete:
        return tr("Would delete (%1)").arg(count);
    case Kind::Update:
        return tr("Would update (%1)").arg(count);
    case Kind::Copy:
        return tr("Would copy (%1)").arg(count);
    case Kind::Skip:
        break;
    }
    return tr("Would skip (%1)").arg(count);
}

int PlanTreeModel::childNamed(int parent, const QString &name)
{
    // Children are found by a linear look when few, which is the usual folder; the build keeps
    // it linear overall by looking at the last child first (the items come sorted by path).
    Node &folder = m_nodes[std::size_t(parent)];
    if (!folder.children.empty()) {
        const int last = folder.children.back();
        if (m_nodes[std::size_t(last)].name == name && m_nodes[std::size_t(last)].item < 0)
            return last;
    }
    const int created = int(m_nodes.size());
    Node node;
    node.name = name;
    node.parent = parent;
    node.row = int(folder.children.size());
    node.kind = folder.kind;
    m_nodes[std::size_t(parent)].children.push_back(created);
    m_nodes.push_back(std::move(node));
    return created;
}

void PlanTreeModel::build()
{
    m_nodes.clear();
    std::array<int, PlanListing::kindCount> groupOf{};
    for (std::size_t g = 0; g < groupOrder.size(); ++g) {
        Node group;
        group.row = int(g);
        group.kind = groupOrder[g];
        groupOf[std::size_t(groupOrder[g])] = int(g);
        m_nodes.push_back(std::move(group));
    }
    const QList<PlanListing::Item> &items = m_listing.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanListing::Item &item = items.at(i);
        const QStringList parts = item.path.split(u'/', Qt::SkipEmptyParts);
        int at = groupOf[std::size_t(item.kind)];
        for (qsizetype p = 0; p + 1 < parts.size(); ++p)
            at = childNamed(at, parts.at(p));
        const int leaf = int(m_nodes.size());
        Node file;
        file.name = parts.isEmpty() ? tr("(the whole drive)") : parts.constLast();
        file.parent = at;
        file.row = int(m_nodes[std::size_t(at)].children.size());
        file.item = int(i);
        file.kind = item.kind;
        m_nodes[std::size_t(at)].children.push_back(leaf);
        m_nodes.push_back(std::move(file));
        // Every folder above it, up to the group, counts it.
        for (int up = at; up >= 0; up = m_nodes[std::size_t(up)].parent) {
            Node &folder = m_nodes[std::size_t(up)];
            ++folder.files;
            folder.sourceBytes += std::max<std::int64_t>(item.sourceSize, 0);
            folder.targetBytes += std::max<std::int64_t>(item.targetSize, 0);
        }
    }
}

const PlanTreeModel::Node *PlanTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())];
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(groupOrder.size()) ? createIndex(row, column, quintptr(row))
                                            : QModelIndex();
    const Node *folder = nodeOf(parent);
    if (parent.column() != 0 || row >= int(folder->children.size()))
        return {};
    return createIndex(row, column, quintptr(folder->children[std::size_t(row)]));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    const Node &parent = m_nodes[std::size_t(node->parent)];
    return createIndex(parent.row, 0, quintptr(node->parent));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(groupOrder.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->item >= 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceSizeColumn:
        return tr("Source size");
    case SourceModifiedColumn:
        return tr("Source modified");
    case TargetSizeColumn:
        return tr("Target size");
    case TargetModifiedColumn:
        return tr("Target modified");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool group = node->parent < 0;
    const bool file = node->item >= 0;
    const PlanListing::Item *item = file ? &m_listing.items().at(node->item) : nullptr;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (group)
            return column == NameColumn ? groupTitle(node->kind) : QVariant();
        switch (column) {
        case NameColumn:
            if (role == Qt::ToolTipRole)
                return item ? item->path : data(index, PathRole);
            return file ? node->name
                        : tr("%1 (%n file(s))", nullptr,
                             int(std::min<std::int64_t>(node->files, INT_MAX)))
                                   .arg(node->name);
        case SourceSizeColumn:
            if (!file)
                return node->sourceBytes > 0 ? TextFormat::bytes(node->sourceBytes) : QString();
            return item->sourceSize >= 0 ? TextFormat::bytes(item->sourceSize) : QString();
        case SourceModifiedColumn:
            return item && item->sourceSize >= 0 ? timeText(item->sourceModified) : QString();
        case TargetSizeColumn:
            if (!file)
                return node->targetBytes > 0 ? TextFormat::bytes(node->targetBytes) : QString();
            return item->targetSize >= 0 ? TextFormat::bytes(item->targetSize) : QString();
        case TargetModifiedColumn:
            return item && item->targetSize >= 0 ? timeText(item->targetModified) : QString();
        case ReasonColumn:
            return item ? item->reason : QString();
        default:
            return {};
        }
    case Qt::FontRole:
        if (group && column == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == SourceSizeColumn || column == TargetSizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case SourceSizeColumn:
            return qint64(item ? item->sourceSize : node->sourceBytes);
        case SourceModifiedColumn:
            return qint64(item && item->sourceSize >= 0 ? item->sourceModified : 0);
        case TargetSizeColumn:
            return qint64(item ? item->targetSize : node->targetBytes);
        case TargetModifiedColumn:
            return qint64(item && item->targetSize >= 0 ? item->targetModified : 0);
        case ReasonColumn:
            return item ? item->reason : QString();
        default:
            return node->name;
        }
    case PathRole: {
        if (item)
            return item->path;
        QStringList parts;
        for (const Node *up = node; up->parent >= 0; up = &m_nodes[std::size_t(up->parent)])
            parts.prepend(up->name);
        return parts.join(u'/');
    }
    case IsGroupRole:
        return group;
    case IsFolderRole:
        return !group && !file;
    case KindRole:
        return int(node->kind);
    default:
        return {};
    }
}

PlanFilterModel::PlanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(TextFormat::naturalOrder())
{
    setRecursiveFilteringEnabled(true);
    setSortRole(PlanTreeModel::SortRole);
}

void PlanFilterModel::setPathFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
}

bool PlanFilterModel::matches(const QString &path) const
{
    return m_filter.isEmpty() || path.contains(m_filter, Qt::CaseInsensitive);
}

bool PlanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !sourceParent.isValid())
        return true; // the groups always show, with their counts
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A folder shows when something inside matches (recursive filtering); a file, when its
    // path does.
    if (index.data(PlanTreeModel::IsFolderRole).toBool())
        return false;
    return matches(index.data(PlanTreeModel::PathRole).toString());
}

bool PlanFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // The groups keep their order, whichever way the column sorts.
    if (left.data(PlanTreeModel::IsGroupRole).toBool())
        return ascending ? left.row() < right.row() : left.row() > right.row();
    // Folders before files, whichever way the column sorts.
    const bool leftFolder = left.data(PlanTreeModel::IsFolderRole).toBool();
    const bool rightFolder = right.data(PlanTreeModel::IsFolderRole).toBool();
    if (leftFolder != rightFolder)
        return ascending ? leftFolder : rightFolder;
    const QVariant a = left.data(PlanTreeModel::SortRole);
    const QVariant b = right.data(PlanTreeModel::SortRole);
    if (a.typeId() == QMetaType::LongLong && a.toLongLong() != b.toLongLong())
        return a.toLongLong() < b.toLongLong();
    const int byText = m_collator.compare(a.toString(), b.toString());
    if (byText != 0)
        return byText < 0;
    // Equal sizes or times: by name, naturally.
    return m_collator.compare(left.siblingAtColumn(0).data(PlanTreeModel::SortRole).toString(),
                              right.siblingAtColumn(0).data(PlanTreeModel::SortRole).toString())
           < 0;
}

} // namespace lts
