// The preview of a run: on real folders with known differences it lists exactly what a run
// would delete, update, copy and skip, file by file in a tree that sorts naturally and filters,
// and writes nothing anywhere; it can be closed while it compares; and a review of a refused
// run forces it only after a confirmation that names the count, or restores the source.
#include "controllerfixture.h"
#include "plantreemodel.h"
#include "previewdialog.h"
#include "testmain.h"
#include "textformat.h"
#include "trees.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace lts;
using lts::test::ControllerFixture;
using lts::test::TreeBuilder;

namespace {

constexpr qint64 aTime = 1700000000;

// The files under `index` as the tree shows them, in its order: "folder/file -- reason".
void collect(const QAbstractItemModel *model, const QModelIndex &index, QStringList &lines)
{
    for (int row = 0; row < model->rowCount(index); ++row) {
        const QModelIndex child = model->index(row, 0, index);
        if (model->rowCount(child) > 0 || child.data(PlanTreeModel::IsFolderRole).toBool()) {
            collect(model, child, lines);
            continue;
        }
        const QString reason = child.siblingAtColumn(PlanTreeModel::ReasonColumn).data().toString();
        const QString path = child.data(PlanTreeModel::PathRole).toString();
        lines.append(reason.isEmpty() ? path : path + QStringLiteral(" -- ") + reason);
    }
}

// Each group as the user reads it: its title, and the files under it with their reasons.
QMap<QString, QStringList> listed(const QTreeView *tree)
{
    const QAbstractItemModel *model = tree->model();
    QMap<QString, QStringList> groups;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QStringList lines;
        collect(model, group, lines);
        groups.insert(group.data().toString(), lines);
    }
    return groups;
}

QStringList groupTitles(const QTreeView *tree)
{
    QStringList titles;
    for (int g = 0; g < tree->model()->rowCount(); ++g)
        titles.append(tree->model()->index(g, 0).data().toString());
    return titles;
}

// A source whose comparison takes long enough to be interrupted and to report progress: many
// small files, made with plain system calls so that the test itself stays quick.
bool makeManyFiles(const QString &root)
{
    for (int folder = 0; folder < 20; ++folder) {
        const QByteArray dir = QFile::encodeName(root) + '/' + QByteArray::number(folder);
        if (::mkdir(dir.constData(), 0755) != 0)
            return false;
        for (int file = 0; file < 200; ++file) {
            const QByteArray path = dir + '/' + QByteArray::number(file) + ".jpg";
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0)
                return false;
            ::close(fd);
        }
    }
    return true;
}

} // namespace

class TestPreviewDialog : public QObject
{
    Q_OBJECT

private:
    // Waits until the dialog shows the list, or the reason there is none.
    static void waitForList(PreviewDialog &dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isComparing(), 30000);
    }

private Q_SLOTS:
    void cleanup()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
    }

    void listsExactlyWhatARunWouldDoAndWritesNothing()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        TreeBuilder source(photos.source);
        TreeBuilder target(photos.target);
        source.write(QStringLiteral("same.jpg"), "same", aTime);
        target.write(QStringLiteral("same.jpg"), "same", aTime);
        source.write(QStringLiteral("changed.jpg"), "new content", aTime);
        target.write(QStringLiteral("changed.jpg"), "old", aTime - 100);
        source.write(QStringLiteral("new.jpg"), "new", aTime);
        source.write(QStringLiteral("2024/a.jpg"), "aaaa", aTime);
        target.write(QStringLiteral("gone.jpg"), "g", aTime);
        target.write(QStringLiteral("old/x.jpg"), "x", aTime);
        target.write(QStringLiteral("old/y.jpg"), "y", aTime);
        QCOMPARE(::mkfifo(QFile::encodeName(source.path(QStringLiteral("pipe"))).constData(), 0600),
                 0);
        const test::Snapshot sourceBefore = test::snapshot(source.root(), true, true);
        const test::Snapshot targetBefore = test::snapshot(target.root(), true, true);

        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Preview);
        QSignalSpy compared(&dialog, &PreviewDialog::compared);
        dialog.show();
        QVERIFY(dialog.isComparing());
        QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("Comparing the folders…")));
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("busyBar"))->isVisible());
        QVERIFY(!dialog.runAnywayButton());
        waitForList(dialog);
        QCOMPARE(compared.count(), 1);
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("busyBar"))->isVisible());

        // Deletions first; counts of files, not folders: old/ holds two.
        QCOMPARE(groupTitles(dialog.tree()),
                 (QStringList{ QStringLiteral("Would delete (3)"),
                               QStringLiteral("Would update (1)"), QStringLiteral("Would copy (2)"),
                               QStringLiteral("Would skip (1)") }));
        const QMap<QString, QStringList> groups = listed(dialog.tree());
        QCOMPARE(groups.value(QStringLiteral("Would delete (3)")),
                 (QStringList{ QStringLiteral("old/x.jpg"), QStringLiteral("old/y.jpg"),
                               QStringLiteral("gone.jpg") })); // folders first
        QCOMPARE(groups.value(QStringLiteral("Would copy (2)")),
                 (QStringList{ QStringLiteral("2024/a.jpg"), QStringLiteral("new.jpg") }));
        QCOMPARE(groups.value(QStringLiteral("Would update (1)")),
                 QStringList{ QStringLiteral("changed.jpg") });
        const QStringList skipped = groups.value(QStringLiteral("Would skip (1)"));
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.constFirst().startsWith(QStringLiteral("pipe -- ")),
                 qPrintable(skipped.constFirst()));
        // A short list opens whole.
        const QAbstractItemModel *model = dialog.tree()->model();
        const QModelIndex old = model->index(0, 0, model->index(0, 0));
        QCOMPARE(old.data().toString(), QStringLiteral("old (2 files)"));
        QVERIFY(dialog.tree()->isExpanded(old));

        // Size and time on both sides: the update shows what it replaces.
        const QModelIndex changed = model->index(0, 0, model->index(1, 0));
        const auto cell = [&changed](int column) {
            return changed.siblingAtColumn(column).data().toString();
        };
        QCOMPARE(cell(PlanTreeModel::SourceSizeColumn), TextFormat::bytes(11));
        QCOMPARE(cell(PlanTreeModel::TargetSizeColumn), TextFormat::bytes(3));
        QCOMPARE(cell(PlanTreeModel::SourceModifiedColumn),
                 TextFormat::dateTime(QDateTime::fromSecsSinceEpoch(aTime, Qt::UTC)));
        QCOMPARE(cell(PlanTreeModel::TargetModifiedColumn),
                 TextFormat::dateTime(QDateTime::fromSecsSinceEpoch(aTime - 100, Qt::UTC)));

        // The footer's counts are the groups'. Bytes: the two new files and the changed one.
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("Files: 3 to delete, 1 to update, 2 to copy; %1 to transfer. 1 "
                                "to skip.")
                         .arg(TextFormat::bytes(4 + 3 + 11)));
        // A first mirror into this folder would be refused: the preview says so.
        QCOMPARE(dialog.statusLabel()->text(),
                 QStringLiteral("Nothing has been changed: this is what a run would do now. A "
                                "sync would stop before any change, to keep your files safe: The "
                                "target holds 3 files that the source does not have: a first "
                                "mirror would delete them."));

        // A dry run: not a byte written, not even the application's own folder.
        QByteArray difference;
        QVERIFY2(test::sameTrees(test::snapshot(target.root(), true, true), targetBefore,
                                 &difference),
                 difference.constData());
        QVERIFY2(test::sameTrees(test::snapshot(source.root(), true, true), sourceBefore,
                                 &difference),
                 difference.constData());
        QVERIFY(!QFileInfo::exists(target.path(QStringLiteral(".letthatsyncin"))));
    }

    void aMoveIsPreviewedWithoutTouchingTheSource()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive inbox = fixture.addDrive(
                QStringLiteral("Inbox"), { { QStringLiteral("Mode"), QStringLiteral("Move") } });
        TreeBuilder source(inbox.source);
        source.write(QStringLiteral("scan1.pdf"), "one", aTime);
        source.write(QStringLiteral("scan2.pdf"), "two", aTime);
        // A target the first run creates is not created by the preview.
        QVERIFY(QDir(inbox.target).removeRecursively());
        const test::Snapshot sourceBefore = test::snapshot(source.root(), true, true);

        PreviewDialog dialog(fixture.controller(), inbox, PreviewDialog::Purpose::Preview);
        dialog.show();
        waitForList(dialog);
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would copy (2)")),
                 (QStringList{ QStringLiteral("scan1.pdf"), QStringLiteral("scan2.pdf") }));
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would delete (0)")), QStringList());
        QByteArray difference;
        QVERIFY2(test::sameTrees(test::snapshot(source.root(), true, true), sourceBefore,
                                 &difference),
                 difference.constData());
        QVERIFY(!QFileInfo::exists(inbox.target));
    }

    void anUpToDateTargetSaysSo()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        TreeBuilder(photos.source).write(QStringLiteral("a.jpg"), "a", aTime);
        TreeBuilder(photos.target).write(QStringLiteral("a.jpg"), "a", aTime);
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Preview);
        waitForList(dialog);
        QCOMPARE(groupTitles(dialog.tree()),
                 (QStringList{ QStringLiteral("Would delete (0)"),
                               QStringLiteral("Would update (0)"), QStringLiteral("Would copy (0)"),
                               QStringLiteral("Would skip (0)") }));
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("Nothing to do: the target is up to date."));
    }

    void aMissingSourceIsSaid()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        QVERIFY(QDir(photos.source).removeRecursively());
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Preview);
        dialog.show();
        waitForList(dialog);
        // In words: the code is for scripts.
        QVERIFY2(dialog.statusLabel()->text().startsWith(
                         QStringLiteral("The source folder cannot be read: ")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.planModel()->listing().items().size(), 0);
        QVERIFY(dialog.summaryLabel()->text().isEmpty());
    }

    void aReviewThatCannotCompareOffersNoRunAnyway()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        QVERIFY(QDir(photos.source).removeRecursively());
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Review);
        dialog.show();
        waitForList(dialog);
        QVERIFY(dialog.statusLabel()->text().startsWith(
                QStringLiteral("The source folder cannot be read: ")));
        QVERIFY(!dialog.runAnywayButton()->isEnabled()); // nothing was shown to check
        QVERIFY(!dialog.restoreButton()->isEnabled());
    }

    void closingWhileItComparesStopsTheRunSafely()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        QVERIFY(makeManyFiles(photos.source));

        const auto dialog = std::make_unique<PreviewDialog>(fixture.controller(), photos,
                                                            PreviewDialog::Purpose::Preview);
        dialog->show();
        const QFuture<SyncReport> run = dialog->comparison();
        QVERIFY(!run.isFinished()); // thousands of files are not compared in a moment
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        QCOMPARE(run.result().result, RunResult::Cancelled);
        QTRY_VERIFY(!dialog->isComparing());
    }

    void destroyingItWhileItComparesIsSafe()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        QVERIFY(makeManyFiles(photos.source));
        QFuture<SyncReport> run;
        {
            const PreviewDialog dialog(fixture.controller(), photos,
                                       PreviewDialog::Purpose::Preview);
            run = dialog.comparison();
            QVERIFY(!run.isFinished());
        } // destroyed at once: the run is cancelled, and the dialog does not wait for it
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        QCOMPARE(run.result().result, RunResult::Cancelled);
        QCoreApplication::processEvents(); // the engine, kept until its run ended, is let go of
    }

    void theListSortsNaturallyAndFilters()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        TreeBuilder source(photos.source);
        TreeBuilder target(photos.target);
        for (const char *name : { "img10.jpg", "img2.jpg", "img1.jpg", "Img3.jpg" })
            source.write(QString::fromLatin1(name), "i", aTime);
        for (int i = 0; i < 3; ++i)
            target.write(QStringLiteral("trip/day%1.jpg").arg(i), "t", aTime);
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Preview);
        dialog.show();
        waitForList(dialog);
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would copy (4)")),
                 (QStringList{ QStringLiteral("img1.jpg"), QStringLiteral("img2.jpg"),
                               QStringLiteral("Img3.jpg"), QStringLiteral("img10.jpg") }));

        QVERIFY(dialog.filterEdit()->isEnabled());
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("DAY"));
        QCOMPARE(groupTitles(dialog.tree()),
                 (QStringList{ QStringLiteral("Would delete (3 of 3)"),
                               QStringLiteral("Would update (0 of 0)"),
                               QStringLiteral("Would copy (0 of 4)"),
                               QStringLiteral("Would skip (0 of 0)") }));
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would delete (3 of 3)")).size(), 3);
        dialog.filterEdit()->setText(QStringLiteral("img1"));
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would copy (2 of 4)")),
                 (QStringList{ QStringLiteral("img1.jpg"), QStringLiteral("img10.jpg") }));
        dialog.filterEdit()->clear();
        QCOMPARE(groupTitles(dialog.tree()).constFirst(), QStringLiteral("Would delete (3)"));
    }

    void aLongListOpensOneLevel()
    {
        ControllerFixture fixture(ControllerFixture::Engine::Real);
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        QVERIFY(makeManyFiles(photos.source));
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Preview);
        dialog.show();
        waitForList(dialog);
        QCOMPARE(groupTitles(dialog.tree()).at(2), QStringLiteral("Would copy (4,000)"));
        const QAbstractItemModel *model = dialog.tree()->model();
        const QModelIndex copies = model->index(2, 0);
        QVERIFY(dialog.tree()->isExpanded(copies));
        QCOMPARE(model->rowCount(copies), 20);
        // Folders sort naturally too: 2 before 10.
        QCOMPARE(model->index(2, 0, copies).data().toString(), QStringLiteral("2 (200 files)"));
        QVERIFY(!dialog.tree()->isExpanded(model->index(0, 0, copies)));
    }

    void aReviewRunsAnywayOnlyAfterAConfirmationThatNamesTheCount()
    {
        ControllerFixture fixture; // the fake engine: the forced run is only asked for
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        TreeBuilder source(photos.source);
        TreeBuilder target(photos.target);
        source.write(QStringLiteral("keep.jpg"), "k", aTime);
        for (int i = 0; i < 20; ++i)
            target.write(QStringLiteral("old%1.jpg").arg(i, 2, 10, QLatin1Char('0')), "o", aTime);
        QVERIFY(fixture.controller().syncNow(QStringLiteral("Photos")));
        QCOMPARE(fixture.engine().started(), 1);
        fixture.engine().finish(0, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        QTRY_COMPARE(fixture.controller().model().runtime(QStringLiteral("Photos")).message,
                     QStringLiteral("in words"));

        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Review);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Review: Photos"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text(),
                 QStringLiteral("This sync was stopped to keep your files safe: in words. Check "
                                "the list, then run it anyway if it is what you want."));
        QPushButton *runAnyway = dialog.runAnywayButton();
        QVERIFY(runAnyway);
        QCOMPARE(runAnyway->text(), QStringLiteral("&Run anyway…"));
        QVERIFY(!runAnyway->isEnabled()); // the list comes first
        QVERIFY(!runAnyway->isDefault()); // Enter does not force a refused run
        QVERIFY(!runAnyway->autoDefault());
        waitForList(dialog);
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would delete (20)")).size(), 20);
        QCOMPARE(fixture.engine().started(), 1); // a preview is not a run
        QVERIFY(runAnyway->isEnabled());

        // The question names the count and keeps the files unless the user says otherwise.
        runAnyway->click();
        QMessageBox *question = dialog.confirmation();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QCOMPARE(question->text(),
                 QStringLiteral("Delete 20 files from the target of \"Photos\"?"));
        QVERIFY(question->informativeText().contains(QStringLiteral("kept for 30 days")));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        QCOMPARE(question->escapeButton(), question->button(QMessageBox::Cancel));
        QTest::keyClick(question, Qt::Key_Return); // Enter: Cancel
        QTRY_VERIFY(!dialog.confirmation());
        QCOMPARE(fixture.engine().started(), 1);
        QVERIFY(dialog.isVisible());

        runAnyway->click();
        QTRY_VERIFY(dialog.confirmation() && dialog.confirmation()->isVisible());
        auto *confirm
                = dialog.confirmation()->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QCOMPARE(confirm->text(), QStringLiteral("&Delete 20 files"));
        confirm->click();
        QCOMPARE(fixture.engine().started(), 2);
        const SyncJob &forced = fixture.engine().run(1).job;
        QVERIFY(forced.force);
        QVERIFY(!forced.dryRun);
        QCOMPARE(forced.maxForcedDeletions, 20); // what the user saw, and no more
        QCOMPARE(forced.target, photos.target);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        fixture.engine().finishAll();
    }

    void aReviewCanRestoreTheSourceInstead()
    {
        ControllerFixture fixture;
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        TreeBuilder(photos.source).write(QStringLiteral("keep.jpg"), "k", aTime);
        for (int i = 0; i < 12; ++i)
            TreeBuilder(photos.target).write(QStringLiteral("lost%1.jpg").arg(i), "l", aTime);
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Review);
        dialog.show();
        waitForList(dialog);
        QVERIFY(dialog.restoreButton()->isEnabled());
        dialog.restoreButton()->click();
        auto *question = dialog.findChild<QMessageBox *>(QStringLiteral("restoreQuestion"));
        QVERIFY(question);
        QCOMPARE(question->text(),
                 QStringLiteral("Copy 12 files back into the source of \"Photos\"?"));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        question->findChild<QPushButton *>()->setFocus();
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == QStringLiteral("&Restore"))
                button->click();
        }
        QCOMPARE(fixture.engine().started(), 1);
        QVERIFY(fixture.engine().run(0).job.restore);
        QVERIFY(fixture.engine().run(0).job.onlyPaths.isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        fixture.engine().finishAll();
    }

    void aReviewOfADriveChangedMeanwhileCanNoLongerRunAnyway()
    {
        ControllerFixture fixture;
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        TreeBuilder(photos.source).write(QStringLiteral("keep.jpg"), "k", aTime);
        for (int i = 0; i < 12; ++i)
            TreeBuilder(photos.target).write(QStringLiteral("old%1.jpg").arg(i), "o", aTime);
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Review);
        dialog.show();
        waitForList(dialog);
        dialog.runAnywayButton()->click();
        QTRY_VERIFY(dialog.confirmation() && dialog.confirmation()->isVisible());

        // Meanwhile, in the Drives window or through the API, the drive gets another target.
        QVERIFY(fixture.controller()
                        .editDrive(QStringLiteral("Photos"),
                                   QJsonObject{ { QStringLiteral("Target"),
                                                  fixture.folder(QStringLiteral("other")) } })
                        .accepted());
        QTRY_VERIFY(!dialog.confirmation());
        QVERIFY(!dialog.runAnywayButton()->isEnabled());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .contains(QStringLiteral("review the drive again")));
        QCOMPARE(fixture.engine().started(), 0); // nothing was forced
        QVERIFY(dialog.isVisible());

        // A change that leaves the run as it was (its schedule) does not matter.
        const Drive now = fixture.controller().drives().constFirst();
        PreviewDialog fresh(fixture.controller(), now, PreviewDialog::Purpose::Review);
        waitForList(fresh);
        QVERIFY(fixture.controller()
                        .editDrive(QStringLiteral("Photos"),
                                   QJsonObject{ { QStringLiteral("Sleep"), 5 } })
                        .accepted());
        QVERIFY(fresh.runAnywayButton()->isEnabled());
        // A drive removed: nothing to run.
        QVERIFY(fixture.controller().removeDrive(QStringLiteral("Photos")));
        QVERIFY(!fresh.runAnywayButton()->isEnabled());
    }

    void aReviewWithoutAReasonStillReads()
    {
        ControllerFixture fixture;
        const Drive photos = fixture.addDrive(QStringLiteral("Photos"));
        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Review);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text(),
                 QStringLiteral("Check the list, then run it anyway if it is what you want."));
        waitForList(dialog);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestPreviewDialog)

#include "tst_previewdialog.moc"
