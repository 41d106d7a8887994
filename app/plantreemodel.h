// PlanTreeModel: what a run would do, as a tree that opens: a group per kind of change (delete,
// update, copy, skip) with its count of files, and under it the folders and files, each with
// its size and time on both sides. PlanFilterModel sorts it naturally (file2 before file10,
// folders first) and filters it by a piece of the path, keeping the folders that lead there.
#pragma once

#include "planlisting.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QSortFilterProxyModel>

#include <array>
#include <vector>

namespace lts {

class PlanTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanTreeModel)

public:
    enum Column {
        NameColumn,
        SourceSizeColumn,
        SourceModifiedColumn,
        TargetSizeColumn,
        TargetModifiedColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for sizes and times, names for the rest
        PathRole, // the entry's path relative to the roots ("" for a group)
        IsGroupRole,
        IsFolderRole,
        KindRole, // the PlanListing::Kind of the entry's group, as an int
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setListing(PlanListing listing);
    const PlanListing &listing() const { return m_listing; }
    // How many files of each kind the filter lets through (-1: no filter); the groups' titles
    // say "12 of 280" then.
    void setShownCounts(const std::array<std::int64_t, PlanListing::kindCount> &shown);

    // "Would delete (280)": the title of a kind's group, with its count.
    QString groupTitle(PlanListing::Kind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        QString name;
        int parent = -1; // -1: a group at the top
        int row = 0; // among its parent's children
        std::vector<int> children;
        int item = -1; // a file: its index in the listing's items
        PlanListing::Kind kind = PlanListing::Kind::Copy;
        std::int64_t files = 0; // below a folder or group
        std::int64_t sourceBytes = 0;
        std::int64_t targetBytes = 0;
    };

    void build();
    int childNamed(int parent, const QString &name);
    const Node *nodeOf(const QModelIndex &index) const;

    PlanListing m_listing;
    std::vector<Node> m_nodes; // the groups first, one per kind, in display order
    std::array<std::int64_t, PlanListing::kindCount> m_shown{ -1, -1, -1, -1 };
};

class PlanFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFilterModel)

public:
    explicit PlanFilterModel(QObject *parent = nullptr);

    // Shows the files whose path holds `text` (any letter case), and the folders above them.
    void setPathFilter(const QString &text);
    const QString &pathFilter() const { return m_filter; }
    bool matches(const QString &path) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
    QCollator m_collator;
};

} // namespace lts
