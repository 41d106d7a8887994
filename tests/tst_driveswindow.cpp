// The Drives window as a user works it: the table says each drive's state in words and sorts
// by value, the buttons ask the application or the controller for the right drive, a removal
// asks first and deletes no file, and a refused run becomes a question with Review and Run
// anyway. The table model is checked by QAbstractItemModelTester through every kind of change.
#include "controllerfixture.h"
#include "driveswindow.h"
#include "drivetablemodel.h"
#include "files.h"
#include "progressdelegate.h"
#include "recordingactions.h"
#include "testmain.h"
#include "textformat.h"
#include "volumeidentity.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace lts;
using lts::test::ControllerFixture;
using lts::test::RecordingActions;

namespace {

const QString photos = QStringLiteral("Photos");
const QString media = QStringLiteral("Media");

} // namespace

class TestDrivesWindow : public QObject
{
    Q_OBJECT

private:
    std::optional<ControllerFixture> m_fixture;
    RecordingActions m_actions;
    std::unique_ptr<DrivesWindow> m_window;
    // The window's own models, checked through every change a test makes.
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_sortTester;

    SyncController &controller() { return m_fixture->controller(); }
    test::FakeEngine &engine() { return m_fixture->engine(); }

    void openWindow()
    {
        m_window = std::make_unique<DrivesWindow>(controller(), m_actions);
        m_tableTester = std::make_unique<QAbstractItemModelTester>(
                m_window->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_sortTester = std::make_unique<QAbstractItemModelTester>(
                m_window->sortModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QPushButton *button(const QString &name) const
    {
        auto *found = m_window->findChild<QPushButton *>(name);
        if (!found)
            qFatal("no button %s", qPrintable(name));
        return found;
    }
    // A button's text as the user reads it: its mnemonic's "&" is not shown.
    QString shown(const QString &name) const { return button(name)->text().remove(u'&'); }
    QWidget *banner() const
    {
        return m_window->findChild<QWidget *>(QStringLiteral("refusedBanner"));
    }
    QString label(const QString &name) const { return m_window->findChild<QLabel *>(name)->text(); }

    // What the user reads in one cell, found by the drive's name.
    QModelIndex cellIndex(const QString &drive, int column) const
    {
        const QAbstractItemModel *model = m_window->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DriveTableModel::NameColumn).data() == drive)
                return model->index(row, column);
        }
        return {};
    }
    QString cell(const QString &drive, int column, int role = Qt::DisplayRole) const
    {
        return cellIndex(drive, column).data(role).toString();
    }
    // A column's texts from the top of the table down.
    QStringList columnTexts(int column) const
    {
        const QAbstractItemModel *model = m_window->view()->model();
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, column).data().toString());
        return texts;
    }

    void clickRow(const QString &drive)
    {
        QTableView *view = m_window->view();
        const QRect rect = view->visualRect(cellIndex(drive, DriveTableModel::NameColumn));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_window->selectedDrive(), drive);
    }
    void clickHeader(int column)
    {
        QHeaderView *header = m_window->view()->horizontalHeader();
        const QPoint middle(header->sectionViewportPosition(column)
                                    + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    }

    QJsonArray drivesOnDisk() const
    {
        return QJsonDocument::fromJson(test::readFile(m_fixture->configFile()))
                .object()
                .value(QStringLiteral("Drives"))
                .toArray();
    }
    QStringList namesOnDisk() const
    {
        QStringList names;
        for (const QJsonValue &drive : drivesOnDisk())
            names.append(drive[QStringLiteral("Name")].toString());
        return names;
    }
    QJsonObject driveOnDisk(const QString &name) const
    {
        for (const QJsonValue &drive : drivesOnDisk()) {
            if (drive[QStringLiteral("Name")].toString() == name)
                return drive.toObject();
        }
        return {};
    }

    // The message box the window opened, once it is there.
    QMessageBox *messageBox(const QString &name) const
    {
        return m_window->findChild<QMessageBox *>(name);
    }

    // Ends the drive's run once the refusal of `code`, as the engine reports it.
    void refuse(qsizetype run, const QString &code)
    {
        engine().finish(run, RunResult::Refused, code);
        QTRY_COMPARE(controller().model().runtime(photos).lastResult, RunResult::Refused);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_fixture.emplace();
        m_actions.calls.clear();
    }
    void cleanup()
    {
        m_sortTester.reset();
        m_tableTester.reset();
        m_window.reset();
        m_fixture->engine().finishAll();
        m_fixture.reset();
    }

    void theTableSaysEachDriveInWords()
    {
        const Drive photosDrive = m_fixture->addDrive(
                photos, { { QStringLiteral("Sleep"), 12 },
                          { QStringLiteral("Units"), QStringLiteral("Hours") } });
        m_fixture->addDrive(media, { { QStringLiteral("Units"), QStringLiteral("Days") },
                                     { QStringLiteral("Mode"), QStringLiteral("Update") },
                                     { QStringLiteral("Enabled"), false } });
        openWindow();
        const QAbstractItemModel *model = m_window->view()->model();
        QStringList headers;
        for (int column = 0; column < model->columnCount(); ++column)
            headers.append(model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers,
                 QStringList({ QStringLiteral("Name"), QStringLiteral("Source"),
                               QStringLiteral("Target"), QStringLiteral("Every"),
                               QStringLiteral("Mode"), QStringLiteral("Status"),
                               QStringLiteral("Last sync"), QStringLiteral("Next sync") }));

        // In the order of the config until the user sorts.
        QCOMPARE(columnTexts(DriveTableModel::NameColumn), QStringList({ photos, media }));
        QCOMPARE(cell(photos, DriveTableModel::SourceColumn),
                 QDir::toNativeSeparators(photosDrive.source));
        QCOMPARE(cell(photos, DriveTableModel::TargetColumn, Qt::ToolTipRole),
                 QDir::toNativeSeparators(photosDrive.target));
        QCOMPARE(cell(photos, DriveTableModel::EveryColumn), QStringLiteral("12 hours"));
        QCOMPARE(cell(media, DriveTableModel::EveryColumn), QStringLiteral("1 day"));
        QCOMPARE(cell(photos, DriveTableModel::ModeColumn), QStringLiteral("Mirror"));
        QCOMPARE(cell(media, DriveTableModel::ModeColumn), QStringLiteral("Update"));
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Not synced yet"));
        QCOMPARE(cell(media, DriveTableModel::StatusColumn), QStringLiteral("Paused"));
        QCOMPARE(cell(photos, DriveTableModel::LastSyncColumn), QStringLiteral("Never"));
        QCOMPARE(cell(media, DriveTableModel::NextSyncColumn), QStringLiteral("Not scheduled"));
        QVERIFY(qobject_cast<ProgressDelegate *>(
                m_window->view()->itemDelegateForColumn(DriveTableModel::StatusColumn)));

        clickRow(photos);
        QTest::mouseClick(button(QStringLiteral("syncButton")), Qt::LeftButton);
        QCOMPARE(engine().started(), 1);
        QTRY_COMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Comparing…"));
        engine().run(0).job.onProgress(
                { 45, 100, 450'000, 1'000'000, QStringLiteral("a.jpg"), false });
        QTRY_COMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Syncing 45%"));
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn, Qt::ToolTipRole),
                 QStringLiteral("Copying a.jpg"));
        // The progress bar is drawn (the delegate's paint runs without the speed known yet).
        QVERIFY(!m_window->view()->viewport()->grab().isNull());

        engine().finish(0);
        QTRY_COMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Synced"));
        QCOMPARE(cell(photos, DriveTableModel::LastSyncColumn), QStringLiteral("just now"));
        const DriveRuntime runtime = controller().model().runtime(photos);
        QCOMPARE(cell(photos, DriveTableModel::LastSyncColumn, Qt::ToolTipRole),
                 TextFormat::dateTime(runtime.lastSync));
        QVERIFY(runtime.nextSync.isValid());
        // 12 hours after the start of the run, which began a moment ago.
        const QString next = cell(photos, DriveTableModel::NextSyncColumn);
        QVERIFY2(next == QStringLiteral("in 11 hours") || next == QStringLiteral("in 12 hours"),
                 qPrintable(next));
    }

    void aChainIsShownWhereTheIntervalIs()
    {
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media, { { QStringLiteral("After"), photos } });
        openWindow();
        QCOMPARE(cell(media, DriveTableModel::EveryColumn),
                 QStringLiteral("1 hour, and after Photos"));
        QCOMPARE(cell(media, DriveTableModel::EveryColumn, Qt::ToolTipRole),
                 QStringLiteral("Runs every 1 hour, and right after each run of \"Photos\" that "
                                "went through."));
        QCOMPARE(cell(photos, DriveTableModel::EveryColumn), QStringLiteral("1 hour"));
    }

    void aWatchedDriveSaysSoWhereTheIntervalIs()
    {
        m_fixture->addDrive(photos, { { QStringLiteral("Watch"), true } });
        m_fixture->addDrive(media);
        openWindow();
        QCOMPARE(cell(photos, DriveTableModel::EveryColumn),
                 QStringLiteral("1 hour, and on changes"));
        QCOMPARE(cell(media, DriveTableModel::EveryColumn), QStringLiteral("1 hour"));
    }

    void sortingGoesByValue()
    {
        m_fixture->addDrive(photos, { { QStringLiteral("Sleep"), 1 },
                                      { QStringLiteral("Units"), QStringLiteral("Days") } });
        m_fixture->addDrive(QStringLiteral("music"), { { QStringLiteral("Sleep"), 12 } });
        m_fixture->addDrive(QStringLiteral("Archive"),
                            { { QStringLiteral("Sleep"), 30 },
                              { QStringLiteral("Units"), QStringLiteral("Minutes") } });
        openWindow();

        clickHeader(DriveTableModel::NameColumn);
        QCOMPARE(columnTexts(DriveTableModel::NameColumn),
                 QStringList({ QStringLiteral("Archive"), QStringLiteral("music"), photos }));
        clickHeader(DriveTableModel::NameColumn);
        QCOMPARE(columnTexts(DriveTableModel::NameColumn),
                 QStringList({ photos, QStringLiteral("music"), QStringLiteral("Archive") }));

        // By the length of the interval, not by its text ("1 day" < "12 hours" as text).
        clickHeader(DriveTableModel::EveryColumn);
        QCOMPARE(columnTexts(DriveTableModel::NameColumn),
                 QStringList({ QStringLiteral("Archive"), QStringLiteral("music"), photos }));

        // By time, not by the text ("just now" for both): never synced first.
        QVERIFY(controller().syncNow(QStringLiteral("music")));
        engine().finish(0);
        QTRY_VERIFY(controller().model().runtime(QStringLiteral("music")).lastSync.isValid());
        const QDateTime first = controller().model().runtime(QStringLiteral("music")).lastSync;
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > first); // the next run starts later
        QVERIFY(controller().syncNow(QStringLiteral("Archive")));
        engine().finish(1);
        QTRY_VERIFY(controller().model().runtime(QStringLiteral("Archive")).lastSync.isValid());
        clickHeader(DriveTableModel::LastSyncColumn);
        QCOMPARE(columnTexts(DriveTableModel::NameColumn),
                 QStringList({ photos, QStringLiteral("music"), QStringLiteral("Archive") }));
        clickHeader(DriveTableModel::LastSyncColumn);
        QCOMPARE(columnTexts(DriveTableModel::NameColumn),
                 QStringList({ QStringLiteral("Archive"), QStringLiteral("music"), photos }));
        QCOMPARE(columnTexts(DriveTableModel::LastSyncColumn),
                 QStringList({ QStringLiteral("just now"), QStringLiteral("just now"),
                               QStringLiteral("Never") }));
    }

    void addAndEditAskTheApplicationForTheRightDrive()
    {
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        openWindow();

        QTest::mouseClick(button(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("addDrive") });
        // The editor adds the drive through the controller, then the application selects it.
        m_fixture->addDrive(QStringLiteral("Music"));
        QTRY_COMPARE(m_window->view()->model()->rowCount(), 3);
        m_window->selectDrive(QStringLiteral("Music"));
        QCOMPARE(m_window->selectedDrive(), QStringLiteral("Music"));
        QCOMPARE(cell(QStringLiteral("Music"), DriveTableModel::StatusColumn),
                 QStringLiteral("Not synced yet"));
        QVERIFY(namesOnDisk().contains(QStringLiteral("Music")));

        m_actions.calls.clear();
        clickRow(media);
        QTest::mouseClick(button(QStringLiteral("editButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("editDrive Media") });
        const QRect photosRow
                = m_window->view()->visualRect(cellIndex(photos, DriveTableModel::ModeColumn));
        // A double click is a click, then a second press the system reports as a double click.
        QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, {}, photosRow.center());
        QTest::mouseDClick(m_window->view()->viewport(), Qt::LeftButton, {}, photosRow.center());
        QCOMPARE(m_actions.calls, QStringList({ QStringLiteral("editDrive Media"),
                                                QStringLiteral("editDrive Photos") }));

        // The editor renames it: the row follows, still selected, and so does the config.
        QVERIFY(controller()
                        .editDrive(photos, QJsonObject{ { QStringLiteral("Name"),
                                                          QStringLiteral("Pictures") } })
                        .accepted());
        QTRY_COMPARE(columnTexts(DriveTableModel::NameColumn),
                     QStringList({ QStringLiteral("Pictures"), media, QStringLiteral("Music") }));
        QCOMPARE(m_window->selectedDrive(), QStringLiteral("Pictures"));
        QCOMPARE(namesOnDisk(),
                 QStringList({ QStringLiteral("Pictures"), media, QStringLiteral("Music") }));
        m_actions.calls.clear();
        QTest::mouseClick(button(QStringLiteral("editButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("editDrive Pictures") });
        QTest::mouseClick(button(QStringLiteral("historyButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls.constLast(), QStringLiteral("showHistory Pictures"));

        // Without a selection only Add is there to click.
        m_window->view()->clearSelection();
        QVERIFY(m_window->selectedDrive().isEmpty());
        QVERIFY(button(QStringLiteral("addButton"))->isEnabled());
        for (const QString &name : { QStringLiteral("editButton"), QStringLiteral("removeButton"),
                                     QStringLiteral("syncButton"), QStringLiteral("pauseButton") })
            QVERIFY2(!button(name)->isEnabled(), qPrintable(name));
    }

    void removeAsksFirstAndDeletesNoFile()
    {
        const Drive photosDrive = m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        const QString sourceFile = photosDrive.source + QStringLiteral("/a.jpg");
        const QString targetFile = photosDrive.target + QStringLiteral("/a.jpg");
        QVERIFY(test::writeFile(sourceFile, "a"));
        QVERIFY(test::writeFile(targetFile, "a"));
        openWindow();
        clickRow(photos);

        QTest::mouseClick(button(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_VERIFY(messageBox(QStringLiteral("removeQuestion")));
        QMessageBox *question = messageBox(QStringLiteral("removeQuestion"));
        QTRY_COMPARE(QApplication::activeModalWidget(), static_cast<QWidget *>(question));
        QCOMPARE(question->text(), QStringLiteral("Remove the drive \"Photos\"?"));
        QCOMPARE(question->informativeText(),
                 QStringLiteral("LetThatSyncIn stops syncing it. No file is deleted, neither in "
                                "the source nor in the target."));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!messageBox(QStringLiteral("removeQuestion")));
        QCOMPARE(controller().model().rowOf(photos), 0);
        QCOMPARE(namesOnDisk(), QStringList({ photos, media }));

        QTest::mouseClick(button(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_VERIFY(messageBox(QStringLiteral("removeQuestion")));
        question = messageBox(QStringLiteral("removeQuestion"));
        QCOMPARE(question->button(QMessageBox::Yes)->text(), QStringLiteral("Remove"));
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(controller().model().rowOf(photos), -1);
        QCOMPARE(columnTexts(DriveTableModel::NameColumn), QStringList{ media });
        QCOMPARE(namesOnDisk(), QStringList{ media });
        QCOMPARE(test::readFile(sourceFile), QByteArray("a"));
        QCOMPARE(test::readFile(targetFile), QByteArray("a"));
        QTRY_VERIFY(!messageBox(QStringLiteral("removeQuestion")));
        QVERIFY(!messageBox(QStringLiteral("errorMessage")));
    }

    void syncNowStartsARunAndCancelStopsIt()
    {
        m_fixture->addDrive(photos);
        openWindow();
        m_window->selectDrive(photos);
        QPushButton *sync = button(QStringLiteral("syncButton"));
        QCOMPARE(shown(QStringLiteral("syncButton")), QStringLiteral("Sync now"));
        QTest::mouseClick(sync, Qt::LeftButton);
        QCOMPARE(engine().started(), 1);
        QCOMPARE(engine().run(0).job.force, false);
        QCOMPARE(engine().run(0).job.source, controller().model().drive(photos)->source);
        QCOMPARE(shown(QStringLiteral("syncButton")), QStringLiteral("Cancel"));

        QTest::mouseClick(sync, Qt::LeftButton);
        QVERIFY(engine().run(0).job.cancel.isCanceled());
        QCOMPARE(engine().started(), 1);
        engine().finish(0, RunResult::Cancelled);
        QTRY_COMPARE(shown(QStringLiteral("syncButton")), QStringLiteral("Sync now"));
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Cancelled"));
    }

    void pauseIsSavedAndTheButtonThenSaysResume()
    {
        m_fixture->addDrive(photos);
        openWindow();
        m_window->selectDrive(photos);
        QPushButton *pause = button(QStringLiteral("pauseButton"));
        QCOMPARE(shown(QStringLiteral("pauseButton")), QStringLiteral("Pause"));
        QCOMPARE(driveOnDisk(photos).value(QStringLiteral("Enabled")), QJsonValue(true));

        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(driveOnDisk(photos).value(QStringLiteral("Enabled")), QJsonValue(false));
        QCOMPARE(shown(QStringLiteral("pauseButton")), QStringLiteral("Resume"));
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Paused"));
        QCOMPARE(cell(photos, DriveTableModel::NextSyncColumn), QStringLiteral("Not scheduled"));

        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(driveOnDisk(photos).value(QStringLiteral("Enabled")), QJsonValue(true));
        QCOMPARE(shown(QStringLiteral("pauseButton")), QStringLiteral("Pause"));
        QCOMPARE(engine().started(), 0);
    }

    void aRefusedRunAsksWhatToDo()
    {
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        openWindow();
        m_window->selectDrive(photos);
        QVERIFY(!banner()->isVisible());
        QTest::mouseClick(button(QStringLiteral("syncButton")), Qt::LeftButton);
        refuse(0, QStringLiteral("Too Many Deletions"));

        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Refused — review"));
        // In words: the protocol's code is not shown to people.
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn, Qt::ToolTipRole),
                 QStringLiteral("in words"));
        QVERIFY(label(QStringLiteral("refusedTitle")).contains(QStringLiteral("\"Photos\"")));
        QVERIFY2(label(QStringLiteral("refusedMessage")).startsWith(QStringLiteral("in words\n")),
                 qPrintable(label(QStringLiteral("refusedMessage"))));
        // Review, Restore the source, Dismiss; never a forced run in one click.
        QVERIFY(button(QStringLiteral("reviewButton"))->isVisible());
        QVERIFY(button(QStringLiteral("restoreButton"))->isVisible());
        QVERIFY(button(QStringLiteral("dismissButton"))->isVisible());
        QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("runAnywayButton")));

        QTest::mouseClick(button(QStringLiteral("reviewButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("reviewDrive Photos") });
        QCOMPARE(engine().started(), 1); // reviewing changes nothing

        // Restore asks first, with Cancel as the default.
        QTest::mouseClick(button(QStringLiteral("restoreButton")), Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = messageBox(QStringLiteral("restoreQuestion"))));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!messageBox(QStringLiteral("restoreQuestion")));
        QCOMPARE(engine().started(), 1);
        QTest::mouseClick(button(QStringLiteral("restoreButton")), Qt::LeftButton);
        QTRY_VERIFY((question = messageBox(QStringLiteral("restoreQuestion"))));
        question->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QCOMPARE(engine().started(), 2);
        QVERIFY(engine().run(1).job.restore);
        QVERIFY(!engine().run(1).job.force);
        engine().finish(1, RunResult::Failure, QStringLiteral("Target Busy")); // not whole
        QTRY_VERIFY(!controller().isActive(photos));
    }

    void aDismissedRefusalLeavesTheBannerButNotTheTable()
    {
        m_fixture->addDrive(photos);
        openWindow();
        m_window->selectDrive(photos);
        QVERIFY(controller().syncNow(photos));
        refuse(0, QStringLiteral("Target Not Empty"));
        QTRY_VERIFY(banner()->isVisible());
        QTest::mouseClick(button(QStringLiteral("dismissButton")), Qt::LeftButton);
        QTRY_VERIFY(!banner()->isVisible());
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Refused — review"));
        // The same refusal again: still dismissed.
        QVERIFY(controller().syncNow(photos));
        refuse(1, QStringLiteral("Target Not Empty"));
        QVERIFY(!banner()->isVisible());
        QCOMPARE(engine().started(), 2);
    }

    void aRefusedDriveThatIsNotSelectedIsPointedOut()
    {
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        openWindow();
        m_window->selectDrive(media);
        QVERIFY(controller().syncNow(photos));
        refuse(0, QStringLiteral("Source Empty"));

        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(label(QStringLiteral("refusedTitle")),
                 QStringLiteral("Not synced, waiting for your review: Photos"));
        QVERIFY(!button(QStringLiteral("reviewButton"))->isVisible());
        QVERIFY(!button(QStringLiteral("restoreButton"))->isVisible());
        QTest::mouseClick(button(QStringLiteral("showRefusedButton")), Qt::LeftButton);
        QCOMPARE(m_window->selectedDrive(), photos);
        QVERIFY(button(QStringLiteral("reviewButton"))->isVisible());
        QVERIFY(button(QStringLiteral("restoreButton"))->isVisible());
        QVERIFY(!button(QStringLiteral("showRefusedButton"))->isVisible());
    }

    void aChangedVolumeIsAQuestionToo()
    {
        m_fixture->addDrive(photos);
        openWindow();
        m_window->selectDrive(photos);
        QVERIFY(controller().syncNow(photos));
        refuse(0, VolumeIdentity::volumeChanged);
        // The controller keeps retrying it as unavailable, but only the user can let it through.
        QCOMPARE(controller().model().runtime(photos).status, DriveStatus::Unavailable);
        QCOMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Refused — review"));
        QTRY_VERIFY(banner()->isVisible());
        QVERIFY(button(QStringLiteral("reviewButton"))->isVisible());
        // Another disk: nothing was deleted from the source, nothing to restore.
        QVERIFY(!button(QStringLiteral("restoreButton"))->isVisible());
        QTest::mouseClick(button(QStringLiteral("reviewButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("reviewDrive Photos") });
    }

    void anEmptyListShowsTheFirstStep()
    {
        openWindow();
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("emptyHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().startsWith(QStringLiteral("No drives yet.")));
        QVERIFY(!m_window->view()->isVisible());
        QPushButton *first = button(QStringLiteral("firstDriveButton"));
        QVERIFY(first->isVisible());
        QVERIFY(!button(QStringLiteral("editButton"))->isEnabled());
        QTRY_VERIFY(first->hasFocus()); // Enter adds the first drive
        QTest::keyClick(first, Qt::Key_Space);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("addDrive") });
        m_fixture->addDrive(photos);
        QVERIFY(!hint->isVisible());
        QVERIFY(!first->isVisible());
        QVERIFY(m_window->view()->isVisible());
    }

    void theKeyboardReachesEverything()
    {
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        openWindow();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTableView *view = m_window->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        // Enter edits the drive the table is on.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(m_window->selectedDrive(), media);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("editDrive Media") });
        // Tab leaves the table, rather than walking its cells.
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(!view->hasFocus());
        // Shortcuts: add, sync now, history.
        m_actions.calls.clear();
        // (A button's shortcut clicks it as a mouse would, a moment later.)
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(m_actions.calls, QStringList{ QStringLiteral("addDrive") });
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        QTRY_COMPARE(m_actions.calls, (QStringList{ QStringLiteral("addDrive"),
                                                    QStringLiteral("showHistory Media") }));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(engine().started(), 1);
        QCOMPARE(engine().run(0).job.target, controller().model().drive(media)->target);
        // Every button has a mnemonic.
        for (QPushButton *each : m_window->findChildren<QPushButton *>()) {
            if (each->isVisible())
                QVERIFY2(each->text().contains(u'&'), qPrintable(each->text()));
        }
    }

    void theVersionsButtonOpensTheDrivesVersions()
    {
        m_fixture->addDrive(photos);
        openWindow();
        m_window->selectDrive(photos);
        QTest::mouseClick(button(QStringLiteral("versionsButton")), Qt::LeftButton);
        QCOMPARE(m_actions.calls, QStringList{ QStringLiteral("showVersions Photos") });
    }

    void theWindowFitsTheScreenItOpensOn()
    {
        m_fixture->addDrive(photos);
        openWindow();
        const QSize screen = m_window->screen()->availableGeometry().size();
        QVERIFY2(m_window->frameGeometry().width() <= screen.width()
                         && m_window->frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                    .arg(m_window->width())
                                    .arg(m_window->height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
        // However small the screen, the window can be made to fit a 1024x768 one.
        QVERIFY(m_window->minimumSizeHint().width() <= 1000);
        QVERIFY(m_window->minimumSizeHint().height() <= 700);
    }

    void aRemoteLocationIsShownInItsFriendlyForm()
    {
        m_fixture->addDrive(
                photos, { { QStringLiteral("Target"),
                            QStringLiteral("sftp://pi@logger.local/home/pi/data?key=~/.ssh/k") } });
        openWindow();
        QCOMPARE(cell(photos, DriveTableModel::TargetColumn),
                 QStringLiteral("pi@logger.local:/home/pi/data (SFTP)"));
        QCOMPARE(cell(photos, DriveTableModel::TargetColumn, Qt::ToolTipRole),
                 QStringLiteral("pi@logger.local:/home/pi/data (SFTP)"));
    }

    void lastSyncIsTheLastSuccessfulOne()
    {
        m_fixture->addDrive(photos);
        openWindow();
        QVERIFY(controller().syncNow(photos));
        engine().finish(0, RunResult::Success);
        QTRY_COMPARE(cell(photos, DriveTableModel::LastSyncColumn), QStringLiteral("just now"));
        QVERIFY(controller().syncNow(photos));
        engine().finish(1, RunResult::Cancelled);
        QTRY_COMPARE(cell(photos, DriveTableModel::StatusColumn), QStringLiteral("Cancelled"));
        QCOMPARE(cell(photos, DriveTableModel::LastSyncColumn), QStringLiteral("just now"));
        QVERIFY(cell(photos, DriveTableModel::LastSyncColumn, Qt::ToolTipRole)
                        .contains(QStringLiteral("Cancelled")));

        m_fixture->addDrive(media);
        QVERIFY(controller().syncNow(media));
        engine().finish(2, RunResult::Cancelled);
        QTRY_COMPARE(cell(media, DriveTableModel::StatusColumn), QStringLiteral("Cancelled"));
        QCOMPARE(cell(media, DriveTableModel::LastSyncColumn), QStringLiteral("Never"));
    }

    void theSelectionSurvivesAReloadOfTheConfig()
    {
        m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        openWindow();
        QCOMPARE(m_window->selectedDrive(), photos); // the first drive, so the buttons work
        clickRow(media);
        QVERIFY(controller().load()); // config.json changed on disk: the list is read again
        QCOMPARE(m_window->selectedDrive(), media);
        QCOMPARE(button(QStringLiteral("syncButton"))->isEnabled(), true);
    }

    void closingHidesTheWindowAndKeepsTheApplication()
    {
        m_fixture->addDrive(photos);
        openWindow();
        QSignalSpy lastWindowClosed(qApp, &QGuiApplication::lastWindowClosed);
        QVERIFY(m_window->tableModel()->timesShown());
        QVERIFY(!m_window->close());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(lastWindowClosed.count(), 0);
        QVERIFY(!m_window->tableModel()->timesShown()); // nothing ticks for a hidden window
        QSignalSpy timesRefreshed(m_window->tableModel(), &QAbstractItemModel::dataChanged);
        m_window->show(); // the tray's "Drives..." brings the same window back
        QCOMPARE(timesRefreshed.count(), 1); // "5 minutes ago" is brought up to date at once
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->tableModel()->timesShown());
        QCOMPARE(columnTexts(DriveTableModel::NameColumn), QStringList{ photos });
    }

    void aFailedSaveIsShownAndChangesNothing()
    {
        LTS_SKIP_IF_ROOT();
        m_fixture->addDrive(photos);
        openWindow();
        m_window->selectDrive(photos);
        const QFile::Permissions writable = QFile::permissions(m_fixture->configFolder());
        QVERIFY(QFile::setPermissions(m_fixture->configFolder(),
                                      QFile::ReadOwner | QFile::ExeOwner));
        QTest::mouseClick(button(QStringLiteral("pauseButton")), Qt::LeftButton);
        QFile::setPermissions(m_fixture->configFolder(), writable);

        QTRY_VERIFY(messageBox(QStringLiteral("errorMessage")));
        QMessageBox *error = messageBox(QStringLiteral("errorMessage"));
        QCOMPARE(error->text(), QStringLiteral("The drive \"Photos\" could not be paused."));
        QVERIFY(!error->informativeText().isEmpty());
        QCOMPARE(error->icon(), QMessageBox::Warning);
        QCOMPARE(driveOnDisk(photos).value(QStringLiteral("Enabled")), QJsonValue(true));
        QCOMPARE(shown(QStringLiteral("pauseButton")), QStringLiteral("Pause"));
        error->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!messageBox(QStringLiteral("errorMessage")));
    }

    void theModelsPassTheModelTester()
    {
        DriveTableModel table(controller().model());
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&table);
        sorted.setSortRole(DriveTableModel::SortRole);
        QAbstractItemModelTester tableTester(
                &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sortedTester(
                &sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(DriveTableModel::StatusColumn);

        m_fixture->addDrive(photos);
        m_fixture->addDrive(media);
        m_fixture->addDrive(QStringLiteral("Music"));
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.columnCount(), int(DriveTableModel::ColumnCount));
        QVERIFY(controller()
                        .editDrive(media, QJsonObject{ { QStringLiteral("Name"),
                                                         QStringLiteral("Films") } })
                        .accepted());
        QCOMPARE(table.index(1, DriveTableModel::NameColumn).data().toString(),
                 QStringLiteral("Films"));

        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        QVERIFY(controller().syncNow(photos));
        QVERIFY(!changed.isEmpty());
        // The whole row changes, so the Status column is redrawn.
        QCOMPARE(changed.constLast().at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.constLast().at(1).toModelIndex().column(),
                 int(DriveTableModel::ColumnCount) - 1);
        engine().run(0).job.onProgress({ 1, 2, 10, 20, QStringLiteral("a"), false });
        QTRY_COMPARE(table.index(0, DriveTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Syncing 50%"));
        sorted.sort(DriveTableModel::LastSyncColumn, Qt::DescendingOrder);
        engine().finish(0, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        QTRY_COMPARE(sorted.index(0, DriveTableModel::NameColumn).data().toString(), photos);
        QVERIFY(controller().setEnabled(QStringLiteral("Music"), false));

        QVERIFY(controller().removeDrive(QStringLiteral("Films")));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(sorted.rowCount(), 2);
        QVERIFY(controller().load()); // a reload from disk resets the list
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.index(1, DriveTableModel::NameColumn).data().toString(),
                 QStringLiteral("Music"));
        QVERIFY(controller().removeDrive(photos));
        QVERIFY(controller().removeDrive(QStringLiteral("Music")));
        QCOMPARE(sorted.rowCount(), 0);
    }

    void theStatusSaysWhatTheUserMustKnow()
    {
        DriveRuntime runtime;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Not synced yet"));
        runtime.lastResult = RunResult::Success;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Synced"));
        runtime.queued = true;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Waiting"));
        runtime.queued = false;
        runtime.status = DriveStatus::Syncing;
        runtime.progress = SyncProgress{ 0, 0, 0, 0, {}, true };
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Comparing…"));
        runtime.progress = SyncProgress{ 3, 4, 0, 0, {}, false };
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Syncing 75%"));
        runtime.progress = SyncProgress{ 0, 0, 0, 0, {}, false }; // only deletions left
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Syncing"));
        runtime.progress.reset();
        runtime.status = DriveStatus::Error;
        runtime.lastResult = RunResult::Failure;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Failed"));
        QVERIFY(!DriveTableModel::needsReview(runtime));
        runtime.lastResult = RunResult::Partial;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Some files failed"));
        runtime.lastResult = RunResult::Refused;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Refused — review"));
        QVERIFY(DriveTableModel::needsReview(runtime));
        runtime.status = DriveStatus::Paused; // the user's choice comes first
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Paused"));
        QVERIFY(!DriveTableModel::needsReview(runtime));
        runtime.status = DriveStatus::Unavailable;
        runtime.lastResult = RunResult::Failure;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Disk not available"));
        runtime.status = DriveStatus::Idle;
        runtime.lastResult = RunResult::Cancelled;
        QCOMPARE(DriveTableModel::statusText(runtime), QStringLiteral("Cancelled"));
    }

    void theProgressBarSaysSpeedAndTimeLeft()
    {
        const auto text = [](const SyncProgress &progress, std::optional<double> rate) {
            return ProgressDelegate::progressText(progress, rate);
        };
        QCOMPARE(text({ 10, 0, 0, 0, {}, true }, 5e6), QStringLiteral("Comparing…"));
        const SyncProgress copying{ 45, 100, 2'250'000'000, 5'000'000'000, {}, false };
        QCOMPARE(text(copying, std::nullopt), QStringLiteral("45%"));
        // 2.75 GB left at 12 MB/s: 230 s.
        QCOMPARE(text(copying, 12e6), QStringLiteral("45% · 12.0 MB/s · 4 min left"));
        QCOMPARE(text(copying, 0.0), QStringLiteral("45% · 0 bytes/s")); // stalled: no guess
        QCOMPARE(text({ 1, 2, 999, 1000, {}, false }, 100.0),
                 QStringLiteral("99% · 100 bytes/s · 1 s left")); // 100% only when done
        QCOMPARE(text({ 3, 4, 0, 0, {}, false }, std::nullopt), QStringLiteral("75%"));
        QCOMPARE(text({ 0, 0, 0, 0, {}, false }, std::nullopt), QStringLiteral("Syncing…"));
        QCOMPARE(text({ 4, 4, 10, 10, {}, false }, 1e6), QStringLiteral("100% · 1.0 MB/s"));

        // In a narrow column the time left goes first, then the speed; the percentage stays.
        const QFontMetrics metrics(QApplication::font());
        const QString whole = text(copying, 12e6);
        const QString speed = QStringLiteral("45% · 12.0 MB/s");
        const auto fitting = [&](int room) {
            return ProgressDelegate::progressText(copying, 12e6, &metrics, room);
        };
        QCOMPARE(fitting(metrics.horizontalAdvance(whole)), whole);
        QCOMPARE(fitting(metrics.horizontalAdvance(whole) - 1), speed);
        QCOMPARE(fitting(metrics.horizontalAdvance(speed)), speed);
        QCOMPARE(fitting(metrics.horizontalAdvance(speed) - 1), QStringLiteral("45%"));
        QCOMPARE(fitting(1), QStringLiteral("45%"));
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestDrivesWindow)
#include "tst_driveswindow.moc"
