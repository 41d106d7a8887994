// The preview of a run: on real folders with known differences it lists exactly what a run
// would copy, update, delete and skip, and writes nothing anywhere; it can be closed while it
// compares; and a review of a refused run offers "Run anyway", which starts a forced run.
#include "controllerfixture.h"
#include "previewdialog.h"
#include "testmain.h"
#include "textformat.h"
#include "trees.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace lts;
using lts::test::ControllerFixture;
using lts::test::TreeBuilder;

namespace {

constexpr qint64 aTime = 1700000000;

// Each group as the user reads it: its title, and the paths under it with their reasons.
QMap<QString, QStringList> listed(const QTreeWidget *tree)
{
    QMap<QString, QStringList> groups;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        QStringList lines;
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *entry = group->child(i);
            lines.append(entry->text(1).isEmpty()
                                 ? entry->text(0)
                                 : entry->text(0) + QStringLiteral(" -- ") + entry->text(1));
        }
        groups.insert(group->text(0), lines);
    }
    return groups;
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

QStringList groupTitles(const QTreeWidget *tree)
{
    QStringList titles;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        titles.append(tree->topLevelItem(g)->text(0));
    return titles;
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

        QCOMPARE(groupTitles(dialog.tree()),
                 (QStringList{ QStringLiteral("Would copy (3)"), QStringLiteral("Would update (1)"),
                               QStringLiteral("Would delete (2)"),
                               QStringLiteral("Would skip (1)") }));
        const QMap<QString, QStringList> groups = listed(dialog.tree());
        QCOMPARE(groups.value(QStringLiteral("Would copy (3)")),
                 (QStringList{ QStringLiteral("2024/"), QStringLiteral("2024/a.jpg"),
                               QStringLiteral("new.jpg") }));
        QCOMPARE(groups.value(QStringLiteral("Would update (1)")),
                 QStringList{ QStringLiteral("changed.jpg") });
        QCOMPARE(groups.value(QStringLiteral("Would delete (2)")),
                 (QStringList{ QStringLiteral("gone.jpg"), QStringLiteral("old/") }));
        const QStringList skipped = groups.value(QStringLiteral("Would skip (1)"));
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.constFirst().startsWith(QStringLiteral("pipe -- ")),
                 qPrintable(skipped.constFirst()));
        QVERIFY(dialog.tree()->topLevelItem(0)->isExpanded());

        // Files: old/ holds two. Bytes: the two new files and the changed one.
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("2 to copy, 1 to update, 3 to delete; %1 to transfer. 1 to skip.")
                         .arg(TextFormat::bytes(4 + 3 + 11)));
        QCOMPARE(dialog.statusLabel()->text(),
                 QStringLiteral("Nothing has been changed: this is what a run would do now."));

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
                 (QStringList{ QStringLiteral("Would copy (0)"), QStringLiteral("Would update (0)"),
                               QStringLiteral("Would delete (0)"),
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
        QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Source Unavailable: ")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 0);
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
        QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("Source Unavailable: ")));
        QVERIFY(!dialog.runAnywayButton()->isEnabled()); // nothing was shown to check
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

    void aReviewOffersToRunAnyway()
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
                     QStringLiteral("Too Many Deletions: in words"));

        PreviewDialog dialog(fixture.controller(), photos, PreviewDialog::Purpose::Review);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Review: Photos"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text(),
                 QStringLiteral("This run was stopped by a safety rule: Too Many Deletions: in "
                                "words. Check the list, then run it anyway if it is what you "
                                "want."));
        QPushButton *runAnyway = dialog.runAnywayButton();
        QVERIFY(runAnyway);
        QCOMPARE(runAnyway->objectName(), QStringLiteral("runAnywayButton"));
        QCOMPARE(runAnyway->text(), QStringLiteral("Run anyway"));
        QVERIFY(!runAnyway->isEnabled()); // the list comes first
        QVERIFY(!runAnyway->isDefault()); // Enter does not force a refused run
        QVERIFY(!runAnyway->autoDefault());
        waitForList(dialog);
        // What the refused run would have done, forced: every old file goes.
        QCOMPARE(listed(dialog.tree()).value(QStringLiteral("Would delete (20)")).size(), 20);
        QCOMPARE(fixture.engine().started(), 1); // a preview is not a run
        QVERIFY(runAnyway->isEnabled());

        runAnyway->click();
        QCOMPARE(fixture.engine().started(), 2);
        QVERIFY(fixture.engine().run(1).job.force);
        QVERIFY(!fixture.engine().run(1).job.dryRun);
        QCOMPARE(fixture.engine().run(1).job.target, photos.target);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        fixture.engine().finishAll();
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
