// FolderField: a folder path to type, pick with "Browse…" or drop from a file manager, with the
// free space of its disk, looked up on the prober (a network mount may hang).
#pragma once

#include "availabilityprober.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;

namespace lts {

class FolderField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderField)

public:
    explicit FolderField(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setPlaceholderText(const QString &text);
    // The title of the folder picker ("Choose the folder to copy from").
    void setDialogTitle(const QString &title);
    // Where the free space is looked up; without one, none is shown.
    void setProber(AvailabilityProber *prober);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *freeSpaceLabel() const { return m_freeSpace; }

    // The local path `mime` carries, when it carries exactly one and nothing else; empty
    // otherwise (several items, a web address). Asks no disk: it may be a file.
    static QString droppedPath(const QMimeData *mime);

Q_SIGNALS:
    // Typed, picked, dropped or set.
    void pathChanged(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    // Where the folder dialog opens.
    QString browseStart() const;
    // Whether the look the drag started found that `path` is not a folder (a file).
    bool isKnownNotFolder(const QString &path) const;
    void lookUpFreeSpace();
    void showFreeSpace();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_freeSpace = nullptr;
    QString m_dialogTitle;
    // Typing a path asks the disk once it pauses, not at every key.
    QTimer m_freeSpaceDelay;
    QPointer<AvailabilityProber> m_prober;
    QFutureWatcher<LocationProbe> m_freeSpaceWatcher;
    // The path being dragged over the field, and the prober's look at it, started when the
    // drag entered: a file is refused once it has answered.
    QString m_dragged;
    QFuture<LocationProbe> m_draggedLook;
};

} // namespace lts
