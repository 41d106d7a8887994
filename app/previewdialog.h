// PreviewDialog: what a run of a drive would copy, update, delete and skip (a dry run), every
// file in a tree with its size and time on both sides, before the first run ("Preview") or
// after a safety rule refused one ("Review"). A review lets the user run it anyway, after a
// confirmation that names what goes, or put the missing files back into the source.
#pragma once

#include "drive.h"
#include "planlisting.h"
#include "syncjob.h"
#include "syncreport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace lts {

class PlanFilterModel;
class PlanTreeModel;
class SyncController;

class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    enum class Purpose {
        Preview, // what a run would do, before it runs
        Review, // a refused run: the list, "Run anyway…" and "Restore the source…"
    };

    // Starts the comparison at once.
    explicit PreviewDialog(SyncController &controller, const Drive &drive, Purpose purpose,
                           QWidget *parent = nullptr);
    ~PreviewDialog() override;

    // Until the list, or the reason there is none, is shown.
    bool isComparing() const { return m_comparing; }
    // The dry run; it may outlive the dialog, which cancels it when it closes.
    QFuture<SyncReport> comparison() const { return m_watcher.future(); }
    QTreeView *tree() const { return m_tree; }
    PlanTreeModel *planModel() const { return m_plan; }
    PlanFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *runAnywayButton() const { return m_runAnyway; } // null unless Review
    QPushButton *restoreButton() const { return m_restore; } // null unless Review
    // The question "Run anyway…" asks, while it is open.
    QMessageBox *confirmation() const { return m_confirmation.data(); }

    // "Delete 280 files from the target?": what a confirmation names.
    static QString confirmationText(std::int64_t deletions, const QString &drive);

public Q_SLOTS:
    // Closing stops the comparison.
    void done(int result) override;

Q_SIGNALS:
    // The list (or the reason there is none) is shown.
    void compared();

private:
    struct ProgressRelay;

    void start();
    void showProgress(const SyncProgress &progress);
    void showReport(const SyncReport &report);
    void applyFilter();
    void askToRunAnyway();
    void askToRestore();
    void startForcedRun();
    // The drive changed under the list: it may no longer be run or restored from here.
    void outdate();
    static QString outdatedText();

    SyncController &m_controller;
    const Drive m_drive;
    CancelToken m_cancel;
    std::shared_ptr<ProgressRelay> m_relay;
    QFutureWatcher<SyncReport> m_watcher;
    bool m_comparing = true;
    bool m_outdated = false;

    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    PlanTreeModel *m_plan = nullptr;
    PlanFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_runAnyway = nullptr;
    QPushButton *m_restore = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace lts
