// PreviewDialog: what a run of a drive would copy, update, delete and skip (a dry run), before
// the first run ("Preview") or before forcing a run a safety rule refused ("Review").
#pragma once

#include "drive.h"
#include "syncjob.h"
#include "syncreport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lts {

class SyncController;
class SyncEngine;

class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    enum class Purpose {
        Preview, // what a run would do, before it runs
        Review, // a refused run: the list, and "Run anyway"
    };

    // Starts the comparison at once.
    explicit PreviewDialog(SyncController &controller, const Drive &drive, Purpose purpose,
                           QWidget *parent = nullptr);
    ~PreviewDialog() override;

    // Until the list, or the reason there is none, is shown.
    bool isComparing() const { return m_comparing; }
    // The dry run; it may outlive the dialog, which cancels it when it closes.
    QFuture<SyncReport> comparison() const { return m_watcher.future(); }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *runAnywayButton() const { return m_runAnyway; } // null unless Review

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
    void runAnyway();

    SyncController &m_controller;
    const Drive m_drive;
    // Owned here, and handed to m_engineKeeper when the dialog goes before its run has ended.
    std::unique_ptr<SyncEngine> m_engine;
    QFutureWatcher<SyncReport> *m_engineKeeper = nullptr; // no parent: it outlives the dialog
    CancelToken m_cancel;
    std::shared_ptr<ProgressRelay> m_relay;
    QFutureWatcher<SyncReport> m_watcher;
    bool m_comparing = true;

    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_runAnyway = nullptr;
};

} // namespace lts
