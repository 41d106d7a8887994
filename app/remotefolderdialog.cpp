#include "remotefolderdialog.h"

#include "remotechecks.h"
#include "synccontroller.h"
#include "textformat.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace lts {

namespace {

enum Role {
    FolderRole = Qt::UserRole + 1, // as the Folder field takes it
    LocationRole, // the location listed: the home folder's or the top folder's
    RelativeRole, // the path below that location
    StateRole,
};
enum State { Unlisted, BeingListed, Listed };

using Entries = Result<std::vector<fsops::Entry>>;

// The row under a folder not listed yet: it gives the folder its expand arrow, and says
// "Listing…" or why the folder could not be listed.
QStandardItem *noteItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::NoItemFlags);
    return item;
}

} // namespace

RemoteFolderDialog::RemoteFolderDialog(SyncController &controller, const ServerAddress &address,
                                       QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_address(address)
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("remoteFolderDialog"));
    setWindowTitle((address.kind() == RemoteKind::Rclone ? tr("Choose a folder in %1")
                                                         : tr("Choose a folder on %1"))
                           .arg(address.host.trimmed()));
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setObjectName(QStringLiteral("browseStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hoose"));

    auto *folders = new QLabel(
            (address.kind() == RemoteKind::Rclone ? tr("&Folders in %1:") : tr("&Folders on %1:"))
                    .arg(address.host.trimmed()),
            this);
    folders->setBuddy(m_tree);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(folders);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(480, 420);

    // The folder the login lands in, where a relative folder starts, and the server's top
    // folder. WebDAV has only the top: its folders are always written from there. An rclone
    // remote has its own top ("dropbox:"), where its folders start; "/" only for a folder
    // typed from there (a local or SFTP remote's machine), which a cloud service's remote
    // does not have apart from its top.
    const QString typed = address.folder.trimmed();
    const bool rclone = address.kind() == RemoteKind::Rclone;
    if (rclone)
        m_home = addFolder(m_model->invisibleRootItem(),
                           tr("Top folder of %1").arg(address.host.trimmed()), QString(),
                           address.locationOf(QString()), QString());
    else if (address.hasLoginFolder())
        m_home = addFolder(m_model->invisibleRootItem(),
                           address.kind() == RemoteKind::Sftp ? tr("Home folder (~)")
                                                              : tr("Login folder (~)"),
                           QStringLiteral("~"), address.locationOf(QString()), QString());
    if (!rclone || typed.startsWith(u'/'))
        m_top = addFolder(m_model->invisibleRootItem(), QStringLiteral("/"), QStringLiteral("/"),
                          address.locationOf(QStringLiteral("/")), QString());

    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { expand(m_model->itemFromIndex(index)); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RemoteFolderDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Opened down to the folder typed: "/srv/data" from the top, "~/data" or "data" from home.
    m_path = typed.split(u'/', Qt::SkipEmptyParts);
    m_pathAt = typed.startsWith(u'/') || !m_home ? m_top : m_home;
    if (!m_path.isEmpty() && m_path.constFirst() == u"~")
        m_path.removeFirst();
    m_tree->setCurrentIndex(m_pathAt->index());
    m_tree->expand(m_pathAt->index());
    updateButtons();
}

QString RemoteFolderDialog::selectedFolder() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(FolderRole).toString() : QString();
}

bool RemoteFolderDialog::hasSelection() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() && current.flags().testFlag(Qt::ItemIsSelectable);
}

QStandardItem *RemoteFolderDialog::addFolder(QStandardItem *parent, const QString &name,
                                             const QString &folder, const QString &location,
                                             const QString &relative)
{
    auto *item = new QStandardItem(name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(folder, FolderRole);
    item->setData(location, LocationRole);
    item->setData(relative, RelativeRole);
    item->setData(Unlisted, StateRole);
    item->setIcon(style()->standardIcon(QStyle::SP_DirIcon));
    item->appendRow(noteItem(tr("Listing…")));
    parent->appendRow(item);
    return item;
}

void RemoteFolderDialog::expand(QStandardItem *item)
{
    if (!item || item->data(StateRole).toInt() != Unlisted)
        return;
    item->setData(BeingListed, StateRole);
    if (item->rowCount() > 0)
        item->child(0)->setText(tr("Listing…"));
    ++m_pending;
    const QPersistentModelIndex where(item->index());
    auto *watcher = new QFutureWatcher<Entries>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, where] {
        watcher->deleteLater();
        --m_pending;
        QStandardItem *item = where.isValid() ? m_model->itemFromIndex(where) : nullptr;
        const QFuture<Entries> done = watcher->future();
        if (!item)
            return;
        if (done.resultCount() == 0)
            return listed(item, {}, tr("The listing was cancelled."));
        const Entries answer = done.result();
        if (!answer)
            return listed(item, {}, answer.error().message);
        QList<QString> folders;
        for (const fsops::Entry &entry : *answer) {
            if (entry.stat.type == fsops::EntryType::Folder)
                folders.append(QString::fromUtf8(entry.name));
        }
        listed(item, folders, QString());
    });
    watcher->setFuture(m_controller.remoteChecks().listFolder(item->data(LocationRole).toString(),
                                                              item->data(RelativeRole).toString()));
}

void RemoteFolderDialog::listed(QStandardItem *item, const QList<QString> &folders,
                                const QString &error)
{
    if (!error.isEmpty()) {
        // Said at the folder and under the tree; expanding it again tries again.
        item->setData(Unlisted, StateRole);
        if (item->rowCount() > 0) {
            item->child(0)->setText(error);
            item->child(0)->setToolTip(error);
        }
        m_status->setText(error);
        m_path.clear();
        return;
    }
    item->setData(Listed, StateRole);
    item->removeRows(0, item->rowCount());
    QList<QString> sorted = folders;
    const QCollator order = TextFormat::naturalOrder();
    std::sort(sorted.begin(), sorted.end(),
              [&order](const QString &a, const QString &b) { return order.compare(a, b) < 0; });
    const QString folder = item->data(FolderRole).toString();
    const QString relative = item->data(RelativeRole).toString();
    const QString location = item->data(LocationRole).toString();
    for (const QString &name : sorted) {
        const QString below = folder.isEmpty() || folder.endsWith(u'/') ? QString(folder + name)
                                                                        : folder + u'/' + name;
        addFolder(item, name, below, location,
                  relative.isEmpty() ? name : QString(relative + u'/' + name));
    }
    if (sorted.isEmpty())
        item->appendRow(noteItem(tr("No folders")));
    m_status->clear();
    followPath(item);
}

void RemoteFolderDialog::followPath(QStandardItem *listed)
{
    if (listed != m_pathAt || m_path.isEmpty())
        return;
    const QString next = m_path.takeFirst();
    QStandardItem *found = nullptr;
    for (int row = 0; row < listed->rowCount() && !found; ++row) {
        if (listed->child(row)->text() == next && listed->child(row)->isSelectable())
            found = listed->child(row);
    }
    if (!found) {
        m_path.clear(); // gone, or never there: the nearest folder stays selected
        return;
    }
    m_pathAt = found;
    m_tree->setCurrentIndex(found->index());
    m_tree->scrollTo(found->index());
    m_tree->expand(found->index()); // the folder typed, too: its subfolders are what is chosen
}

void RemoteFolderDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasSelection());
}

} // namespace lts
