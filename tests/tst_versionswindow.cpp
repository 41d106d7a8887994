// The versions browser as a user works it: after a sync overwrote one file and deleted another,
// it lists both with why they were kept, filters them, puts them back into the source or the
// target without overwriting anything, and shows their folder.
#include "controllerfixture.h"
#include "recordingactions.h"
#include "testmain.h"
#include "trees.h"
#include "versionswindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace lts;
using lts::test::ControllerFixture;
using lts::test::RecordingActions;
using lts::test::TreeBuilder;

namespace {

const QString photos = QStringLiteral("Photos");

QStringList column(const QTableView *view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts.append(view->model()->index(row, column).data().toString());
    return texts;
}

} // namespace

class TestVersionsWindow : public QObject
{
    Q_OBJECT

private:
    std::optional<ControllerFixture> m_fixture;
    RecordingActions m_actions;
    Drive m_drive;

    SyncController &controller() { return m_fixture->controller(); }
    void syncOnce()
    {
        QSignalSpy finished(&controller(), &SyncController::syncFinished);
        QVERIFY(controller().syncNow(photos));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    }
    QPushButton *button(const QWidget &window, const QString &name)
    {
        return window.findChild<QPushButton *>(name);
    }
    void selectRow(VersionsWindow &window, const QString &path)
    {
        QTableView *view = window.view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, VersionTableModel::PathColumn).data() == path) {
                view->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row ") + path));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.emplace(ControllerFixture::Engine::Real);
        m_actions.calls.clear();
        m_drive = m_fixture->addDrive(photos);
        TreeBuilder source(m_drive.source);
        source.write(QStringLiteral("album/a.jpg"), "first a", 1600000000)
                .write(QStringLiteral("b.jpg"), "first b", 1600000000)
                .write(QStringLiteral("keep.jpg"), "k", 1600000000);
        syncOnce();
        source.write(QStringLiteral("album/a.jpg"), "second a", 1600000100)
                .remove(QStringLiteral("b.jpg"));
        syncOnce(); // keeps the first a.jpg (overwritten) and b.jpg (deleted)
    }
    void cleanup()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
        m_fixture.reset();
    }

    void listsWhatWasKeptAndWhy()
    {
        VersionsWindow window(controller(), photos, m_actions);
        QSignalSpy ready(&window, &VersionsWindow::ready);
        window.show();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(window.windowTitle(), QStringLiteral("Versions: Photos"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("introLabel"))
                        ->text()
                        .contains(QStringLiteral("30 days")));
        QCOMPARE(column(window.view(), VersionTableModel::PathColumn),
                 (QStringList{ QStringLiteral("album/a.jpg"), QStringLiteral("b.jpg") }));
        QCOMPARE(column(window.view(), VersionTableModel::ReasonColumn),
                 (QStringList{ QStringLiteral("Overwritten"), QStringLiteral("Deleted") }));
        QCOMPARE(window.statusLabel()->text(), QStringLiteral("2 versions kept."));
        // Nothing chosen: nothing to restore.
        QVERIFY(!button(window, QStringLiteral("restoreToSourceButton"))->isEnabled());

        window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("ALB"));
        QCOMPARE(column(window.view(), VersionTableModel::PathColumn),
                 QStringList{ QStringLiteral("album/a.jpg") });
    }

    void restoresIntoTheSourceAndBesideInTheTarget()
    {
        VersionsWindow window(controller(), photos, m_actions);
        QSignalSpy ready(&window, &VersionsWindow::ready);
        window.show();
        QTRY_COMPARE(ready.count(), 1);

        // The deleted b.jpg, back into the source, where nothing stands at its name.
        selectRow(window, QStringLiteral("b.jpg"));
        button(window, QStringLiteral("restoreToSourceButton"))->click();
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(window.statusLabel()->text(), QStringLiteral("Restored into the source: b.jpg"));
        QCOMPARE(TreeBuilder(m_drive.source).read(QStringLiteral("b.jpg")), QByteArray("first b"));

        // The overwritten a.jpg, into the target, where the new one stands: beside it.
        selectRow(window, QStringLiteral("album/a.jpg"));
        button(window, QStringLiteral("restoreToTargetButton"))->click();
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY2(window.statusLabel()->text().startsWith(
                         QStringLiteral("Restored into the target: album/a (restored ")),
                 qPrintable(window.statusLabel()->text()));
        // A mirror takes it away again at the next sync: the window says so.
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("Restore into the source")));
        TreeBuilder target(m_drive.target);
        QCOMPARE(target.read(QStringLiteral("album/a.jpg")), QByteArray("second a"));
        const QStringList album = QDir(target.path(QStringLiteral("album"))).entryList(QDir::Files);
        QCOMPARE(album.size(), 2);
    }

    void showsTheFolderOfAVersion()
    {
        VersionsWindow window(controller(), photos, m_actions);
        QSignalSpy ready(&window, &VersionsWindow::ready);
        window.show();
        QTRY_COMPARE(ready.count(), 1);
        selectRow(window, QStringLiteral("album/a.jpg"));
        button(window, QStringLiteral("openFolderButton"))->click();
        QCOMPARE(m_actions.calls.size(), 1);
        const QString opened = m_actions.calls.constFirst();
        QVERIFY2(opened.startsWith(QStringLiteral("openFolder ") + m_drive.target
                                   + QStringLiteral("/.letthatsyncin/versions/")),
                 qPrintable(opened));
        QVERIFY(opened.endsWith(QStringLiteral("/album")));
        QVERIFY(QFileInfo(opened.mid(11) + QStringLiteral("/a.jpg")).isFile());
    }

    void aDriveWithoutVersionsSaysSo()
    {
        const Drive other = m_fixture->addDrive(QStringLiteral("Music"));
        VersionsWindow window(controller(), QStringLiteral("Music"), m_actions);
        QSignalSpy ready(&window, &VersionsWindow::ready);
        window.show();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(window.view()->model()->rowCount(), 0);
        QVERIFY(window.statusLabel()->text().startsWith(QStringLiteral("No versions are kept")));
        Q_UNUSED(other)
    }

    void escapeClosesIt()
    {
        VersionsWindow window(controller(), photos, m_actions);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_VERIFY(!window.isVisible());
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestVersionsWindow)
#include "tst_versionswindow.moc"
