#include "folderfield.h"

#include "paths.h"
#include "textformat.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <chrono>

namespace lts {

namespace {

using namespace std::chrono_literals;

constexpr auto freeSpaceDelay = 250ms;

// A drop is taken as a copy of the folder's path: never as a move, which some file managers
// propose and would then carry out on the folder itself.
bool acceptAsCopy(QDropEvent *event)
{
    if (event->possibleActions() & Qt::CopyAction)
        event->setDropAction(Qt::CopyAction);
    else if (event->possibleActions() & Qt::LinkAction)
        event->setDropAction(Qt::LinkAction);
    else
        return false;
    event->accept();
    return true;
}

} // namespace

FolderField::FolderField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_freeSpace(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("pathEdit"));
    m_edit->setClearButtonEnabled(true);
    // Drops on the line edit go to the field, which takes folders only (not any text).
    m_edit->setAcceptDrops(false);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_freeSpace->setObjectName(QStringLiteral("freeSpaceLabel"));
    m_freeSpace->setForegroundRole(QPalette::PlaceholderText);
    m_freeSpace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAcceptDrops(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_freeSpace);

    m_freeSpaceDelay.setSingleShot(true);
    m_freeSpaceDelay.setInterval(freeSpaceDelay);
    connect(&m_freeSpaceDelay, &QTimer::timeout, this, &FolderField::lookUpFreeSpace);
    connect(&m_freeSpaceWatcher, &QFutureWatcher<LocationProbe>::finished, this,
            &FolderField::showFreeSpace);
    connect(m_browse, &QPushButton::clicked, this, &FolderField::browse);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_freeSpaceDelay.start();
        Q_EMIT pathChanged(text);
    });
}

QString FolderField::path() const
{
    return m_edit->text();
}

void FolderField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FolderField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void FolderField::setDialogTitle(const QString &title)
{
    m_dialogTitle = title;
}

void FolderField::setProber(AvailabilityProber *prober)
{
    m_prober = prober;
    lookUpFreeSpace();
}

QString FolderField::droppedPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    return QDir::toNativeSeparators(QDir::cleanPath(urls.constFirst().toLocalFile()));
}

bool FolderField::isKnownNotFolder(const QString &path) const
{
    if (path != m_dragged || !m_draggedLook.isFinished() || m_draggedLook.resultCount() == 0)
        return false;
    const LocationProbe look = m_draggedLook.result();
    return look.answered() && !look.value.isFolder;
}

void FolderField::dragEnterEvent(QDragEnterEvent *event)
{
    const QString dragged = droppedPath(event->mimeData());
    if (dragged.isEmpty() || !acceptAsCopy(event)) {
        event->ignore();
        return;
    }
    // Whether it is a folder is asked of the prober: the dragged folder may be on a network
    // mount that does not answer. A local disk answers while the pointer is still moving.
    m_dragged = dragged;
    m_draggedLook
            = m_prober ? m_prober->probe(paths::normalized(dragged)) : QFuture<LocationProbe>();
}

void FolderField::dragMoveEvent(QDragMoveEvent *event)
{
    const QString dragged = droppedPath(event->mimeData());
    if (dragged.isEmpty() || isKnownNotFolder(dragged) || !acceptAsCopy(event))
        event->ignore();
}

void FolderField::dropEvent(QDropEvent *event)
{
    const QString dropped = droppedPath(event->mimeData());
    if (dropped.isEmpty() || isKnownNotFolder(dropped) || !acceptAsCopy(event)) {
        event->ignore();
        return;
    }
    // Not answered yet (or never: a mount that does not answer): the path goes in as if
    // typed, and the owner's check, on the prober with its deadline, says what it is.
    setPath(dropped);
    m_edit->setFocus();
}

QString FolderField::browseStart() const
{
    // Asks no disk here: what the prober last found of the typed folder (or of its parent,
    // for one not there yet) decides, and a folder it has no answer for opens the home
    // folder instead: one that does not answer would freeze the dialog, and the tray.
    const QString typed = paths::normalized(path());
    const std::optional<LocationProbe> known
            = typed.isEmpty() || !m_prober ? std::nullopt : m_prober->cached(typed);
    if (!known || !known->answered())
        return QDir::homePath();
    if (known->value.isFolder)
        return typed;
    return known->value.parentIsFolder ? known->value.parent : QDir::homePath();
}

void FolderField::browse()
{
    const QString start = browseStart();
    auto *dialog = new QFileDialog(this, m_dialogTitle, start);
    dialog->setObjectName(QStringLiteral("folderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        if (!folder.isEmpty())
            setPath(QDir::toNativeSeparators(folder));
    });
    dialog->open();
}

void FolderField::lookUpFreeSpace()
{
    const QString typed = paths::normalized(path());
    if (typed.isEmpty() || !m_prober) {
        m_freeSpaceWatcher.setFuture(QFuture<LocationProbe>()); // a late answer is not shown
        m_freeSpace->clear();
        return;
    }
    // Even finding the nearest existing folder touches the disk: all of it on the prober.
    m_freeSpaceWatcher.setFuture(m_prober->probe(typed));
}

void FolderField::showFreeSpace()
{
    const QFuture<LocationProbe> future = m_freeSpaceWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const LocationProbe look = future.result();
    if (!look.answered() || look.value.bytesAvailable < 0 || look.value.bytesTotal <= 0) {
        m_freeSpace->clear();
        return;
    }
    m_freeSpace->setText(tr("%1 free of %2")
                                 .arg(TextFormat::bytes(look.value.bytesAvailable),
                                      TextFormat::bytes(look.value.bytesTotal)));
}

} // namespace lts
