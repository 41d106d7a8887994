// HistoryWindow, against a controller in temporary folders: the runs newest first in the
// user's words, the drive filter, runs that end while it is open, the files of a run with
// their reasons (or why they are not there), the log folder, and a full history.
#include "controllerfixture.h"
#include "files.h"
#include "historywindow.h"
#include "recordingactions.h"
#include "rundetails.h"
#include "testmain.h"
#include "textformat.h"
#include "windowactions.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace lts;
using lts::test::RecordingActions;
using Action = SyncEntry::Action;

namespace {

const QString photos = QStringLiteral("Photos");
const QString music = QStringLiteral("Music");

SyncReport report(const QDateTime &started, qint64 seconds, RunResult result)
{
    SyncReport report;
    report.started = started;
    report.finished = started.addSecs(seconds);
    report.result = result;
    return report;
}

QJsonObject historyLine(const QString &drive, const SyncReport &report)
{
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("Drive"), drive);
    return json;
}

// The lines of history.jsonl, oldest first, as the controller writes them.
bool writeHistory(const QString &dataFolder, const QList<QJsonObject> &runs)
{
    QByteArray content;
    for (const QJsonObject &run : runs)
        content += QJsonDocument(run).toJson(QJsonDocument::Compact) + '\n';
    return test::writeFile(dataFolder + QStringLiteral("/history.jsonl"), content);
}

// Three runs: Photos, then Music, then Photos again.
const QDateTime firstStart(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
const QDateTime secondStart(QDate(2024, 3, 2), QTime(9, 30), Qt::UTC);
const QDateTime thirdStart(QDate(2024, 3, 3), QTime(8, 0), Qt::UTC);
// In words, as the engine writes them; the history keeps the code in front, for scripts.
const QString refusedMessage
        = QStringLiteral("A mirror would delete 80 of the 100 files in the target (limit 50 %).");
const QString partialMessage = QStringLiteral("1 file could not be copied.");

QList<QJsonObject> threeRuns()
{
    SyncReport first = report(firstStart, 65, RunResult::Success);
    first.added = 2;
    first.updated = 1;
    first.unchanged = 40;
    first.bytes = 5'200'000;
    SyncReport second = report(secondStart, 8, RunResult::Partial);
    second.added = 1;
    second.errors = 1;
    second.bytes = 512;
    second.message = partialMessage;
    SyncReport third = report(thirdStart, 7500, RunResult::Refused);
    third.code = QStringLiteral("Too Many Deletions");
    third.message = refusedMessage;
    return { historyLine(photos, first), historyLine(music, second), historyLine(photos, third) };
}

// A controller with the drives Photos and Music, and a history written before it reads it.
class Setup
{
public:
    // `keptFiles`: the runs of Photos whose files are kept.
    explicit Setup(const QList<QJsonObject> &history = {}, const QList<SyncReport> &keptFiles = {})
    {
        m_fixture.addDrive(photos);
        m_fixture.addDrive(music);
        if (!history.isEmpty()) {
            if (!writeHistory(m_fixture.dataFolder(), history))
                qFatal("cannot write the history");
            if (!m_fixture.controller().load())
                qFatal("the controller cannot read the history");
        }
        for (const SyncReport &run : keptFiles) {
            if (!m_fixture.controller().runDetails().write(photos, run))
                qFatal("cannot keep the files of a run");
        }
        m_window = std::make_unique<HistoryWindow>(m_fixture.controller(), m_actions);
    }
    ~Setup()
    {
        m_window.reset();
        // Runs a failed check left behind would hold up the controller's end.
        m_fixture.engine().finishAll();
    }
    Q_DISABLE_COPY_MOVE(Setup)

    test::ControllerFixture &fixture() { return m_fixture; }
    SyncController &controller() { return m_fixture.controller(); }
    RecordingActions &actions() { return m_actions; }
    HistoryWindow &window() { return *m_window; }

    QComboBox *filter() { return m_window->findChild<QComboBox *>(QStringLiteral("driveFilter")); }
    QTableView *runs() { return m_window->findChild<QTableView *>(QStringLiteral("runsView")); }
    QTreeWidget *files()
    {
        return m_window->findChild<QTreeWidget *>(QStringLiteral("detailsView"));
    }
    QLabel *summary() { return m_window->findChild<QLabel *>(QStringLiteral("detailsSummary")); }
    QLabel *note() { return m_window->findChild<QLabel *>(QStringLiteral("detailsNote")); }

    // A run of `drive` that the fake engine ends with `entries`.
    void runToTheEnd(const QString &drive, std::vector<SyncEntry> entries = {},
                     RunResult result = RunResult::Success)
    {
        QSignalSpy finished(&controller(), &SyncController::syncFinished);
        QVERIFY(controller().syncNow(drive));
        m_fixture.engine().finish(-1, result, {}, false, std::move(entries));
        QTRY_COMPARE(finished.count(), 1);
    }

private:
    test::ControllerFixture m_fixture;
    RecordingActions m_actions;
    std::unique_ptr<HistoryWindow> m_window;
};

int rowCount(QTableView *view)
{
    return view->model()->rowCount();
}

QStringList headers(QTableView *view)
{
    QStringList result;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (!view->isColumnHidden(column))
            result.append(view->model()->headerData(column, Qt::Horizontal).toString());
    }
    return result;
}

// The text of a row under the column with that header.
QString cell(QTableView *view, int row, const QString &header)
{
    const qsizetype column = headers(view).indexOf(header);
    if (column < 0)
        return QStringLiteral("<no column %1>").arg(header);
    return view->model()->index(row, int(column)).data().toString();
}

QStringList column(QTableView *view, const QString &header)
{
    QStringList result;
    for (int row = 0; row < rowCount(view); ++row)
        result.append(cell(view, row, header));
    return result;
}

QStringList comboTexts(QComboBox *combo)
{
    QStringList result;
    for (int i = 0; i < combo->count(); ++i)
        result.append(combo->itemText(i));
    return result;
}

QStringList itemTexts(QTreeWidgetItem *item)
{
    QStringList result;
    for (int column = 0; column < item->columnCount(); ++column)
        result.append(item->text(column));
    return result;
}

int selectedRow(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().row() : -1;
}

// As the user does it: a click on the row.
void clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAppearNewestFirstWithTheirTexts()
    {
        Setup setup(threeRuns());
        QTableView *runs = setup.runs();
        QVERIFY(runs);
        QCOMPARE(headers(runs),
                 (QStringList{ QStringLiteral("Drive"), QStringLiteral("Started"),
                               QStringLiteral("Duration"), QStringLiteral("Result"),
                               QStringLiteral("Added"), QStringLiteral("Updated"),
                               QStringLiteral("Deleted"), QStringLiteral("Errors"),
                               QStringLiteral("Copied"), QStringLiteral("Message") }));
        QCOMPARE(rowCount(runs), 3);
        QCOMPARE(column(runs, QStringLiteral("Drive")), (QStringList{ photos, music, photos }));
        QCOMPARE(column(runs, QStringLiteral("Started")),
                 (QStringList{ TextFormat::dateTime(thirdStart), TextFormat::dateTime(secondStart),
                               TextFormat::dateTime(firstStart) }));
        QCOMPARE(column(runs, QStringLiteral("Duration")),
                 (QStringList{ QStringLiteral("2 h 5 min"), QStringLiteral("8 s"),
                               QStringLiteral("1 min 5 s") }));
        QCOMPARE(column(runs, QStringLiteral("Result")),
                 (QStringList{ QStringLiteral("Refused"), QStringLiteral("Partly synced"),
                               QStringLiteral("Synced") }));
        QCOMPARE(column(runs, QStringLiteral("Added")),
                 (QStringList{ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }));
        QCOMPARE(column(runs, QStringLiteral("Updated")),
                 (QStringList{ QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1") }));
        QCOMPARE(column(runs, QStringLiteral("Deleted")),
                 (QStringList{ QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0") }));
        QCOMPARE(column(runs, QStringLiteral("Errors")),
                 (QStringList{ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0") }));
        QCOMPARE(column(runs, QStringLiteral("Copied")),
                 (QStringList{ TextFormat::bytes(0), TextFormat::bytes(512),
                               TextFormat::bytes(5'200'000) }));
        QCOMPARE(cell(runs, 2, QStringLiteral("Copied")), QStringLiteral("5.2 MB"));
        QCOMPARE(column(runs, QStringLiteral("Message")),
                 (QStringList{ refusedMessage, partialMessage, {} }));

        // The newest run is shown below the table, its counts in a sentence.
        QCOMPARE(selectedRow(runs), 0);
        QVERIFY2(setup.summary()->text().contains(QStringLiteral("Photos, started ")
                                                  + TextFormat::dateTime(thirdStart)
                                                  + QStringLiteral(": Refused.")),
                 qPrintable(setup.summary()->text()));
        QVERIFY(setup.summary()->text().contains(refusedMessage));
        clickRow(runs, 2);
        QCOMPARE(selectedRow(runs), 2);
        QVERIFY2(setup.summary()->text().contains(
                         QStringLiteral("2 added, 1 updated, 0 deleted, 40 unchanged, 0 skipped, 0 "
                                        "failed; ")
                         + TextFormat::bytes(5'200'000) + QStringLiteral(" copied in 1 min 5 s.")),
                 qPrintable(setup.summary()->text()));
    }

    void anEmptyHistorySaysSo()
    {
        Setup setup;
        QCOMPARE(rowCount(setup.runs()), 0);
        QCOMPARE(setup.summary()->text(), QStringLiteral("No run yet."));
        QCOMPARE(setup.files()->topLevelItemCount(), 0);
    }

    void theFilterShowsOneDrivesRuns()
    {
        Setup setup(threeRuns());
        QComboBox *filter = setup.filter();
        QTableView *runs = setup.runs();
        QVERIFY(filter);
        QCOMPARE(comboTexts(filter), (QStringList{ QStringLiteral("All drives"), photos, music }));
        QCOMPARE(filter->currentText(), QStringLiteral("All drives"));

        filter->setCurrentIndex(filter->findText(music));
        QCOMPARE(column(runs, QStringLiteral("Drive")), QStringList{ music });
        QCOMPARE(column(runs, QStringLiteral("Result")),
                 QStringList{ QStringLiteral("Partly synced") });
        QCOMPARE(setup.window().drive(), music);

        // As the tray's "History" of one drive asks for it.
        setup.window().showDrive(photos);
        QCOMPARE(filter->currentText(), photos);
        QCOMPARE(column(runs, QStringLiteral("Drive")), (QStringList{ photos, photos }));
        QCOMPARE(column(runs, QStringLiteral("Result")),
                 (QStringList{ QStringLiteral("Refused"), QStringLiteral("Synced") }));

        setup.window().showDrive({});
        QCOMPARE(filter->currentText(), QStringLiteral("All drives"));
        QCOMPARE(rowCount(runs), 3);
    }

    void theFilterFollowsTheDrives()
    {
        Setup setup(threeRuns());
        QComboBox *filter = setup.filter();
        setup.fixture().addDrive(QStringLiteral("Videos"));
        QCOMPARE(comboTexts(filter), (QStringList{ QStringLiteral("All drives"), photos, music,
                                                   QStringLiteral("Videos") }));
        QVERIFY(setup.controller().removeDrive(QStringLiteral("Videos")));
        QCOMPARE(comboTexts(filter), (QStringList{ QStringLiteral("All drives"), photos, music }));

        // A removed drive's runs stay in the history: its entry stays while they are shown.
        setup.window().showDrive(music);
        QVERIFY(setup.controller().removeDrive(music));
        QCOMPARE(comboTexts(filter), (QStringList{ QStringLiteral("All drives"), photos, music }));
        QCOMPARE(filter->currentText(), music);
        QCOMPARE(column(setup.runs(), QStringLiteral("Drive")), QStringList{ music });
        filter->setCurrentIndex(0);
        QCOMPARE(comboTexts(filter), (QStringList{ QStringLiteral("All drives"), photos }));
        QCOMPARE(rowCount(setup.runs()), 3);
    }

    void aRunThatEndsWhileItIsOpenAppearsAtTheTop()
    {
        Setup setup(threeRuns());
        setup.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup.window()));
        QTableView *runs = setup.runs();
        clickRow(runs, 2);
        const QString summaryOfFirstRun = setup.summary()->text();

        setup.runToTheEnd(photos, { { Action::Added, "new.jpg", {} } });
        QCOMPARE(rowCount(runs), 4);
        QCOMPARE(cell(runs, 0, QStringLiteral("Drive")), photos);
        QCOMPARE(cell(runs, 0, QStringLiteral("Result")), QStringLiteral("Synced"));
        QCOMPARE(cell(runs, 0, QStringLiteral("Added")), QStringLiteral("1"));
        QCOMPARE(column(runs, QStringLiteral("Started")).mid(1),
                 (QStringList{ TextFormat::dateTime(thirdStart), TextFormat::dateTime(secondStart),
                               TextFormat::dateTime(firstStart) }));
        // The run the user looked at is still the one selected and shown.
        QCOMPARE(selectedRow(runs), 3);
        QCOMPARE(setup.summary()->text(), summaryOfFirstRun);

        // A run of a drive that is not shown does not appear; one of the shown drive does.
        setup.window().showDrive(music);
        setup.runToTheEnd(photos);
        QCOMPARE(column(runs, QStringLiteral("Drive")), QStringList{ music });
        setup.runToTheEnd(music, {}, RunResult::Failure);
        QCOMPARE(column(runs, QStringLiteral("Drive")), (QStringList{ music, music }));
        QCOMPARE(cell(runs, 0, QStringLiteral("Result")), QStringLiteral("Failed"));
    }

    void aRunEndingInAnEmptyWindowIsShown()
    {
        Setup setup;
        setup.runToTheEnd(photos,
                          { { Action::Failed, "x.jpg", QStringLiteral("Permission denied") } });
        QCOMPARE(rowCount(setup.runs()), 1);
        QCOMPARE(selectedRow(setup.runs()), 0);
        QCOMPARE(setup.files()->topLevelItemCount(), 1);
        QCOMPARE(itemTexts(setup.files()->topLevelItem(0)),
                 (QStringList{ QStringLiteral("Failed"), QStringLiteral("x.jpg"),
                               QStringLiteral("Permission denied") }));
    }

    void selectingARunShowsItsFilesWithReasons()
    {
        // Two older runs: one whose files are no longer kept, one from the Summary log level
        // that listed only its failures.
        SyncReport forgotten = report(firstStart, 10, RunResult::Success);
        forgotten.added = 4;
        SyncReport summaryLevel = report(secondStart, 10, RunResult::Partial);
        summaryLevel.added = 5;
        summaryLevel.errors = 1;
        summaryLevel.entries
                = { { Action::Failed, "locked.db", QStringLiteral("The file is in use.") } };
        Setup setup({ historyLine(photos, forgotten), historyLine(photos, summaryLevel) },
                    { summaryLevel });
        setup.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup.window()));

        setup.runToTheEnd(
                photos,
                { { Action::Added, "a.jpg", {} },
                  { Action::Updated, "Ferien/b.jpg", {} },
                  { Action::Failed, "c.jpg", QStringLiteral("Permission denied") },
                  { Action::Skipped, "d.sock", QStringLiteral("A socket is not copied.") } },
                RunResult::Partial);
        QTableView *runs = setup.runs();
        QTreeWidget *files = setup.files();
        QVERIFY(files);
        clickRow(runs, 2);
        clickRow(runs, 0);
        QCOMPARE(selectedRow(runs), 0);
        QCOMPARE(files->topLevelItemCount(), 4);
        QCOMPARE(files->headerItem()->text(0), QStringLiteral("Action"));
        QCOMPARE(itemTexts(files->headerItem()),
                 (QStringList{ QStringLiteral("Action"), QStringLiteral("File"),
                               QStringLiteral("Reason") }));
        QCOMPARE(itemTexts(files->topLevelItem(0)),
                 (QStringList{ QStringLiteral("Failed"), QStringLiteral("c.jpg"),
                               QStringLiteral("Permission denied") }));
        QCOMPARE(itemTexts(files->topLevelItem(1)),
                 (QStringList{ QStringLiteral("Skipped"), QStringLiteral("d.sock"),
                               QStringLiteral("A socket is not copied.") }));
        // What went wrong first, then what was replaced, then what is new.
        QCOMPARE(itemTexts(files->topLevelItem(2)),
                 (QStringList{ QStringLiteral("Updated"),
                               QDir::toNativeSeparators(QStringLiteral("Ferien/b.jpg")),
                               {} }));
        QCOMPARE(itemTexts(files->topLevelItem(3)),
                 (QStringList{ QStringLiteral("Added"), QStringLiteral("a.jpg"), {} }));
        QVERIFY2(setup.summary()->text().contains(QStringLiteral(
                         "1 added, 1 updated, 0 deleted, 0 unchanged, 1 skipped, 1 failed")),
                 qPrintable(setup.summary()->text()));
        QVERIFY(!setup.note()->isVisibleTo(&setup.window()));

        clickRow(runs, 1);
        QCOMPARE(files->topLevelItemCount(), 1);
        QCOMPARE(itemTexts(files->topLevelItem(0)),
                 (QStringList{ QStringLiteral("Failed"), QStringLiteral("locked.db"),
                               QStringLiteral("The file is in use.") }));
        QVERIFY(setup.note()->isVisibleTo(&setup.window()));
        QCOMPARE(setup.note()->text(),
                 QStringLiteral(
                         "Only failed and skipped files are listed; choose the Verbose log level "
                         "in Settings to list every file."));

        clickRow(runs, 2);
        QCOMPARE(files->topLevelItemCount(), 0);
        QVERIFY(setup.note()->isVisibleTo(&setup.window()));
        QCOMPARE(setup.note()->text(),
                 QStringLiteral("The list of files of this run is no longer kept."));
        QVERIFY2(setup.summary()->text().contains(QStringLiteral("4 added")),
                 qPrintable(setup.summary()->text()));
    }

    void aLongListSaysHowManyFilesAreLeftOut()
    {
        SyncReport big = report(firstStart, 10, RunResult::Success);
        for (int i = 0; i < RunDetails::maxEntries + 5; ++i)
            big.entries.push_back({ Action::Added, "file-" + QByteArray::number(i), {} });
        big.added = qint64(big.entries.size());
        Setup setup({ historyLine(photos, big) }, { big });
        QCOMPARE(selectedRow(setup.runs()), 0);
        QCOMPARE(setup.files()->topLevelItemCount(), RunDetails::maxEntries);
        QVERIFY2(setup.note()->text().startsWith(QStringLiteral("5 more file")),
                 qPrintable(setup.note()->text()));
        QVERIFY(setup.note()->text().endsWith(QStringLiteral(" not listed here.")));
    }

    void aRunWithoutChangesSaysSo()
    {
        Setup setup;
        setup.runToTheEnd(photos);
        QCOMPARE(selectedRow(setup.runs()), 0);
        QCOMPARE(setup.files()->topLevelItemCount(), 0);
        QCOMPARE(setup.note()->text(), QStringLiteral("No file was changed."));
    }

    void runsThatChangedNothingCanBeHiddenAndForcedRunsStandOut()
    {
        SyncReport quiet = report(firstStart, 1, RunResult::Success);
        SyncReport forced = report(secondStart, 2, RunResult::Success);
        forced.deleted = 8;
        forced.forced = true;
        SyncReport refused = report(thirdStart, 1, RunResult::Refused);
        refused.code = QStringLiteral("Target Not Empty");
        refused.message = QStringLiteral("The target holds 8 files that the source does not have.");
        Setup setup({ historyLine(photos, quiet), historyLine(photos, forced),
                      historyLine(photos, refused) });
        QTableView *runs = setup.runs();
        QCOMPARE(column(runs, QStringLiteral("Result")),
                 (QStringList{ QStringLiteral("Refused"), QStringLiteral("Synced, forced"),
                               QStringLiteral("Synced") }));
        // Never a code in front of the words.
        QCOMPARE(cell(runs, 0, QStringLiteral("Message")), refused.message);

        auto *changedOnly
                = setup.window().findChild<QCheckBox *>(QStringLiteral("changedOnlyCheck"));
        QVERIFY(changedOnly);
        changedOnly->setChecked(true);
        QCOMPARE(column(runs, QStringLiteral("Result")),
                 QStringList{ QStringLiteral("Synced, forced") });
        // A new run that changes nothing stays out; one that changes something comes in.
        setup.runToTheEnd(photos);
        QCOMPARE(rowCount(runs), 1);
        setup.runToTheEnd(photos, { { Action::Added, "new.jpg", {} } });
        QCOMPARE(rowCount(runs), 2);
        changedOnly->setChecked(false);
        QCOMPARE(rowCount(runs), 5);
    }

    void escapeAndCtrlWCloseIt()
    {
        Setup setup;
        for (const QKeySequence &key :
             { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W) }) {
            setup.window().show();
            QVERIFY(QTest::qWaitForWindowActive(&setup.window()));
            QTest::keySequence(&setup.window(), key);
            QTRY_VERIFY(!setup.window().isVisible());
        }
    }

    void openLogFolderAsksForTheLogFolder()
    {
        Setup setup;
        auto *button
                = setup.window().findChild<QPushButton *>(QStringLiteral("openLogFolderButton"));
        QVERIFY(button);
        QCOMPARE(button->text().remove(u'&'), QStringLiteral("Open log folder"));
        setup.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup.window()));
        QTest::mouseClick(button, Qt::LeftButton);
        const QString folder = setup.controller().log().folderPath();
        QCOMPARE(setup.actions().calls, QStringList{ QStringLiteral("openFolder ") + folder });
        QVERIFY(folder.startsWith(setup.fixture().dataFolder()));
        QVERIFY(QFileInfo(folder).isDir()); // the file manager has something to open
    }

    void closingHidesIt()
    {
        Setup setup(threeRuns());
        QVERIFY(setup.window().isWindow());
        setup.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup.window()));
        QVERIFY(setup.window().close());
        QVERIFY(setup.window().isHidden());
        QVERIFY(!setup.window().testAttribute(Qt::WA_DeleteOnClose));
        setup.window().show();
        QCOMPARE(rowCount(setup.runs()), 3);
    }

    void aFullHistoryLoads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString config = dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("source"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("target"))));
        const QJsonObject drive{
            { QStringLiteral("Name"), photos },
            { QStringLiteral("Source"), dir.filePath(QStringLiteral("source")) },
            { QStringLiteral("Target"), dir.filePath(QStringLiteral("target")) },
            { QStringLiteral("Sleep"), 1 },
            { QStringLiteral("Units"), QStringLiteral("Hours") }
        };
        QVERIFY(test::writeFile(
                config + QStringLiteral("/config.json"),
                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                           { QStringLiteral("Drives"), QJsonArray{ drive } } })
                        .toJson()));
        QList<QJsonObject> lines;
        for (qint64 i = 0; i < RunHistory::maxRuns; ++i) {
            SyncReport run = report(firstStart.addSecs(60 * i), 30, RunResult::Success);
            run.added = i;
            run.bytes = 1000 * i;
            lines.append(historyLine(i % 2 == 0 ? photos : music, run));
        }
        QVERIFY(writeHistory(data, lines));

        test::FakeEngine engine;
        SyncController::Environment env;
        env.configFolder = config;
        env.dataFolder = data;
        env.runSync = engine.function();
        SyncController controller(env);
        const auto endRuns = qScopeGuard([&engine] { engine.finishAll(); });
        QVERIFY(controller.load());
        QCOMPARE(controller.history().size(), RunHistory::maxRuns);

        RecordingActions actions;
        QElapsedTimer timer;
        timer.start();
        HistoryWindow window(controller, actions);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 opened = timer.restart();
        auto *runs = window.findChild<QTableView *>(QStringLiteral("runsView"));
        QCOMPARE(rowCount(runs), RunHistory::maxRuns);
        QCOMPARE(cell(runs, 0, QStringLiteral("Added")),
                 QLocale().toString(RunHistory::maxRuns - 1));
        QCOMPARE(cell(runs, RunHistory::maxRuns - 1, QStringLiteral("Added")), QStringLiteral("0"));

        window.showDrive(photos);
        QCOMPARE(rowCount(runs), RunHistory::maxRuns / 2);
        window.showDrive({});
        QCOMPARE(rowCount(runs), RunHistory::maxRuns);
        const qint64 filtered = timer.restart();
        // Far above what it takes (a fraction of a second), far below a table that makes an
        // item per run and cell.
        QVERIFY2(opened < 10'000 && filtered < 10'000,
                 qPrintable(QStringLiteral("%1 ms, %2 ms").arg(opened).arg(filtered)));

        // The history drops its oldest run for the new one; so does the table.
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QVERIFY(controller.syncNow(photos));
        engine.finish(-1, RunResult::Success, {}, false, { { Action::Added, "new.jpg", {} } });
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(rowCount(runs), RunHistory::maxRuns);
        QCOMPARE(cell(runs, 0, QStringLiteral("Added")), QStringLiteral("1"));
        QCOMPARE(cell(runs, RunHistory::maxRuns - 1, QStringLiteral("Added")), QStringLiteral("1"));
        QCOMPARE(cell(runs, RunHistory::maxRuns - 2, QStringLiteral("Added")), QStringLiteral("2"));
        qInfo("10,000 runs: shown in %lld ms, filtered twice in %lld ms, a new run in %lld ms",
              opened, filtered, timer.elapsed());
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestHistoryWindow)

#include "tst_historywindow.moc"
