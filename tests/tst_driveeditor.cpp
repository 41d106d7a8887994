// The drive editor, as the user meets it: the defaults of a new drive, the validator's messages
// under the field they are about while the user types, OK only when the drive can be saved, the
// exclude presets, folders dropped or picked, and what OK leaves in the model and config.json.
#include "controllerfixture.h"
#include "driveeditordialog.h"
#include "files.h"
#include "folderfield.h"
#include "previewdialog.h"
#include "testmain.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using namespace lts;
using lts::test::ControllerFixture;

namespace {

const QStringList messageLabels{
    QStringLiteral("nameMessage"),     QStringLiteral("sourceMessage"),
    QStringLiteral("targetMessage"),   QStringLiteral("intervalMessage"),
    QStringLiteral("versionsMessage"), QStringLiteral("formMessage")
};

template<typename T>
T *child(const QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QLabel *label(const QWidget *dialog, const QString &name)
{
    return child<QLabel>(dialog, name);
}
FolderField *sourceField(const QWidget *dialog)
{
    return child<FolderField>(dialog, QStringLiteral("sourceField"));
}
FolderField *targetField(const QWidget *dialog)
{
    return child<FolderField>(dialog, QStringLiteral("targetField"));
}
QLineEdit *nameEdit(const QWidget *dialog)
{
    return child<QLineEdit>(dialog, QStringLiteral("nameEdit"));
}
QDoubleSpinBox *spin(const QWidget *dialog, const QString &name)
{
    return child<QDoubleSpinBox>(dialog, name);
}
QComboBox *combo(const QWidget *dialog, const QString &name)
{
    return child<QComboBox>(dialog, name);
}
QListWidget *excludeList(const QWidget *dialog)
{
    return child<QListWidget>(dialog, QStringLiteral("excludeList"));
}
QPushButton *okButton(const QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
}
QPushButton *previewButton(const QWidget *dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("previewButton"));
}

QStringList listed(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

// What the user sees under the fields: the text of each message that is shown (an empty line
// keeps its room, and says nothing).
QMap<QString, QString> shownMessages(const QWidget *dialog)
{
    QMap<QString, QString> shown;
    for (const QString &name : messageLabels) {
        const QLabel *message = label(dialog, name);
        if (!message->isHidden() && !message->text().isEmpty())
            shown.insert(name, message->text());
    }
    return shown;
}

// What a file manager sends as a drag of `mime` enters `field`, moves over it and is let go
// there; each says whether the field took it.
bool dragEnterTaken(QWidget *field, const QMimeData &mime)
{
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(field, &enter);
    return enter.isAccepted();
}
bool dragMoveTaken(QWidget *field, const QMimeData &mime)
{
    QDragMoveEvent move(QPoint(6, 6), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    move.setAccepted(false);
    QApplication::sendEvent(field, &move);
    return move.isAccepted();
}
bool dropTaken(QWidget *field, const QMimeData &mime)
{
    QDropEvent drop(QPointF(6, 6), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QApplication::sendEvent(field, &drop);
    return drop.isAccepted();
}

void selectData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(box->findData(value));
}

} // namespace

class TestDriveEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ControllerFixture> m_fixture;

    SyncController &controller() { return m_fixture->controller(); }

    std::unique_ptr<DriveEditorDialog> openEditor(const QString &name = {})
    {
        auto dialog = std::make_unique<DriveEditorDialog>(controller(), name);
        dialog->show();
        return dialog;
    }

    // A drive that can be saved: the editor shows no message and lets OK through.
    void fillValid(DriveEditorDialog &dialog, const QString &name = QStringLiteral("Music"))
    {
        nameEdit(&dialog)->setText(name);
        sourceField(&dialog)->setPath(m_fixture->folder(name + QStringLiteral("-source")));
        targetField(&dialog)->setPath(m_fixture->folder(name + QStringLiteral("-target")));
        QTRY_VERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(shownMessages(&dialog), (QMap<QString, QString>{}));
    }

    // The one message shown is `text`, under `field`, as an error; OK and Preview are off.
    void expectOnlyError(const DriveEditorDialog &dialog, const QString &field, const QString &text)
    {
        QTRY_COMPARE(shownMessages(&dialog), (QMap<QString, QString>{ { field, text } }));
        QCOMPARE(label(&dialog, field)->property("severity").toString(), QStringLiteral("error"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(!previewButton(&dialog)->isEnabled());
    }

    void expectValid(const DriveEditorDialog &dialog)
    {
        QTRY_VERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(shownMessages(&dialog), (QMap<QString, QString>{}));
        QVERIFY(previewButton(&dialog)->isEnabled());
    }

    QJsonObject savedDrive(const QString &name) const
    {
        const QJsonArray drives = QJsonDocument::fromJson(test::readFile(m_fixture->configFile()))
                                          .object()
                                          .value(QStringLiteral("Drives"))
                                          .toArray();
        for (const QJsonValue drive : drives) {
            if (drive[QStringLiteral("Name")].toString() == name)
                return drive.toObject();
        }
        return {};
    }

    QStringList savedNames() const
    {
        QStringList names;
        const QJsonArray drives = QJsonDocument::fromJson(test::readFile(m_fixture->configFile()))
                                          .object()
                                          .value(QStringLiteral("Drives"))
                                          .toArray();
        for (const QJsonValue drive : drives)
            names.append(drive[QStringLiteral("Name")].toString());
        return names;
    }

    // A network mount whose server went away: with the hangingpaths library preloaded (ctest
    // does, on Linux), every call below it waits while the switch file exists.
    QTemporaryDir m_mountDir;
    QString mount() const { return m_mountDir.filePath(QStringLiteral("nas")); }
    QString hangSwitch() const { return m_mountDir.filePath(QStringLiteral("nas-hangs")); }
    static bool canHang()
    {
        return qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("lts_hang_paths"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mountDir.isValid());
        QVERIFY(QDir().mkpath(mount()));
        // Read by the library at every call; set before any thread of the test runs.
        qputenv("LTS_HANG_BELOW", QFile::encodeName(mount()));
        qputenv("LTS_HANG_SWITCH", QFile::encodeName(hangSwitch()));
    }
    void init() { m_fixture = std::make_unique<ControllerFixture>(); }
    void cleanup()
    {
        QFile::remove(hangSwitch()); // the calls still waiting go on
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
        m_fixture.reset();
    }

    void aFolderThatDoesNotAnswerLeavesTheEditorResponsive()
    {
        if (!canHang())
            QSKIP("a disk that stops answering is made with LD_PRELOAD (ctest, on Linux)");
        Settings settings = controller().settings();
        settings.networkTimeoutSeconds = 1;
        QVERIFY(controller().changeSettings(settings));
        // A drive backed up to the mount while it answered.
        const QString backup = mount() + QStringLiteral("/Photos");
        m_fixture->addDrive(QStringLiteral("Photos"), { { QStringLiteral("Target"), backup } });
        QVERIFY(test::writeFile(hangSwitch(), QByteArray()));

        // Its editor opens at once, and says so softly: the edit need not ask that disk.
        QElapsedTimer timer;
        timer.start();
        const auto edited = openEditor(QStringLiteral("Photos"));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY(label(edited.get(), QStringLiteral("targetMessage"))
                            ->text()
                            .startsWith(QStringLiteral("The target %1 did not answer within 1")
                                                .arg(backup)));
        QCOMPARE(label(edited.get(), QStringLiteral("targetMessage"))
                         ->property("severity")
                         .toString(),
                 QStringLiteral("warning"));
        QVERIFY(okButton(edited.get())->isEnabled());
        edited->close();

        // A new drive onto the silent mount: "Checking…", then that it did not answer.
        timer.restart();
        const auto dialog = openEditor();
        nameEdit(dialog.get())->setText(QStringLiteral("Music"));
        sourceField(dialog.get())->setPath(m_fixture->folder(QStringLiteral("Music-source")));
        const QString target = mount() + QStringLiteral("/Music");
        targetField(dialog.get())->setPath(target);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE(shownMessages(dialog.get()).value(QStringLiteral("targetMessage")),
                     QStringLiteral("Checking %1…").arg(target));
        QVERIFY(!okButton(dialog.get())->isEnabled());
        // The user goes on typing meanwhile.
        timer.restart();
        QTest::keyClicks(nameEdit(dialog.get()), QStringLiteral(" Box"));
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(nameEdit(dialog.get())->text(), QStringLiteral("Music Box"));
        QTRY_VERIFY_WITH_TIMEOUT(
                label(dialog.get(), QStringLiteral("targetMessage"))
                        ->text()
                        .startsWith(QStringLiteral("The target %1 did not answer within 1")
                                            .arg(target)),
                5000);
        QCOMPARE(label(dialog.get(), QStringLiteral("targetMessage"))
                         ->property("severity")
                         .toString(),
                 QStringLiteral("error"));
        QVERIFY(!okButton(dialog.get())->isEnabled());
        okButton(dialog.get())->click(); // refused: nothing saved
        QVERIFY(!controller().model().drive(QStringLiteral("Music Box")));
    }

    void aNewDriveStartsWithTheDefaults()
    {
        m_fixture->addDrive(QStringLiteral("Photos"));
        const auto dialog = openEditor();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Add drive"));
        QVERIFY(dialog->isNewDrive());
        QVERIFY(nameEdit(dialog.get())->text().isEmpty());
        // The name it gets when the field is left empty: the next free number.
        QCOMPARE(nameEdit(dialog.get())->placeholderText(), QStringLiteral("2"));
        QVERIFY(sourceField(dialog.get())->path().isEmpty());
        QVERIFY(targetField(dialog.get())->path().isEmpty());
        QCOMPARE(spin(dialog.get(), QStringLiteral("sleepSpin"))->value(), 1.0);
        QCOMPARE(spin(dialog.get(), QStringLiteral("sleepSpin"))->text(), QStringLiteral("1"));
        // "Every 1 day": the unit follows the number.
        QCOMPARE(combo(dialog.get(), QStringLiteral("unitsCombo"))->currentText(),
                 QStringLiteral("day"));
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(2);
        QCOMPARE(combo(dialog.get(), QStringLiteral("unitsCombo"))->currentText(),
                 QStringLiteral("days"));
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(1);
        QCOMPARE(combo(dialog.get(), QStringLiteral("modeCombo"))->currentText(),
                 QStringLiteral("Mirror"));
        QCOMPARE(label(dialog.get(), QStringLiteral("modeDescription"))->text(),
                 QStringLiteral("Makes the target an exact copy: files removed from the source "
                                "are removed from the target too."));
        QCOMPARE(excludeList(dialog.get())->count(), 0);
        QVERIFY(child<QCheckBox>(dialog.get(), QStringLiteral("hiddenCheck"))->isChecked());
        // Versions are on by default: a deletion nobody meant can be undone for a month.
        QCOMPARE(spin(dialog.get(), QStringLiteral("versionsSpin"))->value(), 30.0);
        QCOMPARE(spin(dialog.get(), QStringLiteral("versionsSpin"))->text(), QStringLiteral("30"));
        QCOMPARE(label(dialog.get(), QStringLiteral("versionsDescription"))->text(),
                 QStringLiteral("Files that a run overwrites or deletes in the target are kept "
                                "for 30 days, in its .letthatsyncin/versions folder."));
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("enabledCheck")));

        // Nothing is wrong yet, so nothing is said, but there is nothing to save either.
        QCOMPARE(shownMessages(dialog.get()), (QMap<QString, QString>{}));
        QVERIFY(!okButton(dialog.get())->isEnabled());
        QVERIFY(!previewButton(dialog.get())->isEnabled());

        Drive expected;
        expected.name = QStringLiteral("2");
        QCOMPARE(dialog->drive(), expected);
    }

    void theModeAndVersionsSaySentences()
    {
        const auto dialog = openEditor();
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Update));
        QCOMPARE(label(dialog.get(), QStringLiteral("modeDescription"))->text(),
                 QStringLiteral("Copies new and changed files to the target, and never deletes "
                                "anything there."));
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Move));
        QVERIFY(label(dialog.get(), QStringLiteral("modeDescription"))
                        ->text()
                        .contains(QStringLiteral("then removes them from the source")));
        spin(dialog.get(), QStringLiteral("versionsSpin"))->setValue(1.5);
        QCOMPARE(label(dialog.get(), QStringLiteral("versionsDescription"))->text(),
                 QStringLiteral("Files that a run overwrites or deletes in the target are kept "
                                "for 1.5 days, in its .letthatsyncin/versions folder."));
        QCOMPARE(dialog->drive().versions, 1.5);
        QCOMPARE(dialog->drive().mode, SyncMode::Move);
    }

    void anEmptySourceIsNamedUnderTheSource()
    {
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        sourceField(dialog.get())->setPath(QStringLiteral("/"));
        sourceField(dialog.get())->setPath(QString());
        // Validation waits for a pause in the typing: no disk is asked at each key.
        QVERIFY(okButton(dialog.get())->isEnabled());
        expectOnlyError(*dialog, QStringLiteral("sourceMessage"),
                        QStringLiteral("Choose the folder to copy from."));
        if (QTest::currentTestFailed())
            return;
        sourceField(dialog.get())->setPath(m_fixture->folder(QStringLiteral("music-source")));
        expectValid(*dialog);
    }

    void aMissingSourceIsNamedUnderTheSource()
    {
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        const QString missing = m_fixture->folder(QStringLiteral("x")) + QStringLiteral("/nowhere");
        sourceField(dialog.get())->setPath(missing);
        expectOnlyError(*dialog, QStringLiteral("sourceMessage"),
                        QStringLiteral("The source folder %1 does not exist.")
                                .arg(QDir::toNativeSeparators(missing)));
        if (QTest::currentTestFailed())
            return;
        QDir().mkpath(missing);
        sourceField(dialog.get())->setPath(missing + u'/');
        expectValid(*dialog);
    }

    void aTargetInsideTheSourceIsNamedUnderTheTarget()
    {
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        targetField(dialog.get())
                ->setPath(sourceField(dialog.get())->path() + QStringLiteral("/backup"));
        expectOnlyError(*dialog, QStringLiteral("targetMessage"),
                        QStringLiteral("The target is inside the source folder, so it would copy "
                                       "itself into itself."));
        if (QTest::currentTestFailed())
            return;
        targetField(dialog.get())->setPath(m_fixture->folder(QStringLiteral("elsewhere")));
        expectValid(*dialog);
    }

    void theNameOfAnotherDriveIsNamedUnderTheName()
    {
        m_fixture->addDrive(QStringLiteral("Photos"));
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        nameEdit(dialog.get())->setText(QStringLiteral("Photos"));
        expectOnlyError(*dialog, QStringLiteral("nameMessage"),
                        QStringLiteral("Another drive is already called \"Photos\"."));
        if (QTest::currentTestFailed())
            return;
        nameEdit(dialog.get())->setText(QStringLiteral("Photos 2"));
        expectValid(*dialog);
    }

    void aZeroIntervalIsNamedUnderEvery()
    {
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(0);
        expectOnlyError(*dialog, QStringLiteral("intervalMessage"),
                        QStringLiteral("Choose an interval from 1 second to 366 days."));
        if (QTest::currentTestFailed())
            return;
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(400);
        expectOnlyError(*dialog, QStringLiteral("intervalMessage"),
                        QStringLiteral("Choose an interval from 1 second to 366 days."));
        if (QTest::currentTestFailed())
            return;
        selectData(combo(dialog.get(), QStringLiteral("unitsCombo")), int(IntervalUnit::Minutes));
        expectValid(*dialog);
    }

    void okShowsTheMessagesOfFieldsNotTouchedYet()
    {
        const auto dialog = openEditor();
        nameEdit(dialog.get())->setText(QStringLiteral("Music"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        const QMap<QString, QString> shown = shownMessages(dialog.get());
        QCOMPARE(shown.value(QStringLiteral("sourceMessage")),
                 QStringLiteral("Choose the folder to copy from."));
        QCOMPARE(shown.value(QStringLiteral("targetMessage")),
                 QStringLiteral("Choose the folder to copy to."));
        QCOMPARE(controller().drives().size(), 0);
    }

    void presetsAddTheirPatternsOnce()
    {
        m_fixture->addDrive(
                QStringLiteral("Photos"),
                { { QStringLiteral("Exclude"),
                    QJsonArray{ QStringLiteral("cache/"), QStringLiteral("Thumbs.db") } } });
        const auto dialog = openEditor(QStringLiteral("Photos"));
        QCOMPARE(listed(excludeList(dialog.get())),
                 (QStringList{ QStringLiteral("cache/"), QStringLiteral("Thumbs.db") }));
        auto *system = child<QAction>(dialog.get(), QStringLiteral("systemFilesPreset"));
        auto *temporary = child<QAction>(dialog.get(), QStringLiteral("temporaryFilesPreset"));
        system->trigger();
        system->trigger();
        temporary->trigger();
        temporary->trigger();

        const QStringList patterns = listed(excludeList(dialog.get()));
        for (const QString &pattern :
             { QStringLiteral("Thumbs.db"), QStringLiteral(".DS_Store"),
               QStringLiteral("desktop.ini"), QStringLiteral("*.tmp"), QStringLiteral("~*"),
               QStringLiteral("*.swp"), QStringLiteral("cache/") })
            QVERIFY2(patterns.count(pattern) == 1, qPrintable(pattern));
        QStringList unique = patterns;
        unique.removeDuplicates();
        QCOMPARE(patterns, unique);
        QCOMPARE(patterns.size(), 1 + DriveEditorDialog::systemFilePatterns().size()
                                          + DriveEditorDialog::temporaryFilePatterns().size());
        QCOMPARE(dialog->drive().exclude, patterns);

        // Saved as listed.
        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(savedDrive(QStringLiteral("Photos"))[QStringLiteral("Exclude")].toArray().size(),
                 patterns.size());
    }

    void excludePatternsCanBeAddedAndRemoved()
    {
        const auto dialog = openEditor();
        QListWidget *list = excludeList(dialog.get());
        child<QPushButton>(dialog.get(), QStringLiteral("addExcludeButton"))->click();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->flags() & Qt::ItemIsEditable);
        list->item(0)->setText(QStringLiteral("  *.bak "));
        QCOMPARE(dialog->drive().exclude, QStringList{ QStringLiteral("*.bak") });
        list->item(0)->setSelected(true);
        auto *remove = child<QPushButton>(dialog.get(), QStringLiteral("removeExcludeButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(list->count(), 0);
        QVERIFY(dialog->drive().exclude.isEmpty());
    }

    void okAddsTheDriveToTheModelAndTheConfigFile()
    {
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        // A target the first run creates.
        const QString target = m_fixture->folder(QStringLiteral("disk")) + QStringLiteral("/Music");
        targetField(dialog.get())->setPath(target);
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(2);
        selectData(combo(dialog.get(), QStringLiteral("unitsCombo")), int(IntervalUnit::Hours));
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Update));
        child<QCheckBox>(dialog.get(), QStringLiteral("hiddenCheck"))->setChecked(false);
        spin(dialog.get(), QStringLiteral("versionsSpin"))->setValue(7);
        child<QAction>(dialog.get(), QStringLiteral("systemFilesPreset"))->trigger();
        expectValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy added(&controller(), &SyncController::driveAdded);

        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->driveName(), QStringLiteral("Music"));
        QCOMPARE(added.count(), 1);

        const std::optional<Drive> drive = controller().model().drive(QStringLiteral("Music"));
        QVERIFY(drive);
        QCOMPARE(drive->target, QDir::toNativeSeparators(target));
        QCOMPARE(drive->mode, SyncMode::Update);
        QVERIFY(drive->enabled);
        QVERIFY(!QFileInfo::exists(target)); // saving a drive does not touch its folders

        const QJsonObject saved = savedDrive(QStringLiteral("Music"));
        QCOMPARE(saved[QStringLiteral("Source")].toString(),
                 QDir::toNativeSeparators(m_fixture->folder(QStringLiteral("Music-source"))));
        QCOMPARE(saved[QStringLiteral("Target")].toString(), QDir::toNativeSeparators(target));
        QCOMPARE(saved[QStringLiteral("Sleep")].toDouble(), 2.0);
        QCOMPARE(saved[QStringLiteral("Units")].toString(), QStringLiteral("Hours"));
        QCOMPARE(saved[QStringLiteral("Mode")].toString(), QStringLiteral("Update"));
        QCOMPARE(saved[QStringLiteral("Hidden")].toBool(true), false);
        QCOMPARE(saved[QStringLiteral("Versions")].toDouble(), 7.0);
        QCOMPARE(saved[QStringLiteral("Exclude")].toArray().toVariantList(),
                 QVariant(DriveEditorDialog::systemFilePatterns()).toList());
    }

    void aNewDriveLeftUnnamedGetsTheDefaultName()
    {
        m_fixture->addDrive(QStringLiteral("Photos"));
        const auto dialog = openEditor();
        fillValid(*dialog, QStringLiteral("Music"));
        if (QTest::currentTestFailed())
            return;
        nameEdit(dialog.get())->clear();
        expectValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        // Named after its source folder, as a person would name it.
        QCOMPARE(nameEdit(dialog.get())->placeholderText(), QStringLiteral("Music-source"));
        QCOMPARE(dialog->drive().name, QStringLiteral("Music-source"));
        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->driveName(), QStringLiteral("Music-source"));
        QCOMPARE(savedNames(),
                 (QStringList{ QStringLiteral("Photos"), QStringLiteral("Music-source") }));

        // A second drive of a folder of that name gets a number after it.
        const auto second = openEditor();
        sourceField(second.get())->setPath(m_fixture->folder(QStringLiteral("b/Music-source")));
        targetField(second.get())->setPath(m_fixture->folder(QStringLiteral("b/Music-target")));
        QTRY_VERIFY(okButton(second.get())->isEnabled());
        QCOMPARE(nameEdit(second.get())->placeholderText(), QStringLiteral("Music-source 2"));
    }

    void aTargetHoldingOtherFilesIsWarnedAboutAtOnce()
    {
        const auto dialog = openEditor();
        const QString source = m_fixture->folder(QStringLiteral("Photos"));
        QVERIFY(test::writeFile(source + QStringLiteral("/a.jpg"), "a"));
        const QString backup = m_fixture->folder(QStringLiteral("backup"));
        for (int i = 0; i < 8; ++i)
            QVERIFY(test::writeFile(backup + QStringLiteral("/doc%1.odt").arg(i), "mine"));
        sourceField(dialog.get())->setPath(source);
        targetField(dialog.get())->setPath(backup);
        // Compared off this thread; said under the Target field as soon as it is known.
        const QString warning = QStringLiteral("Mirror would delete 8 files here that are not in "
                                               "the source. Preview… lists them.");
        QTRY_COMPARE_WITH_TIMEOUT(
                shownMessages(dialog.get()),
                (QMap<QString, QString>{ { QStringLiteral("targetMessage"), warning } }), 20000);
        QCOMPARE(label(dialog.get(), QStringLiteral("targetMessage"))->property("severity"),
                 QVariant(QStringLiteral("warning")));
        QVERIFY(okButton(dialog.get())->isEnabled()); // a warning: the first run asks again
        QVERIFY(previewButton(dialog.get())->isEnabled());

        // Update never deletes: nothing to warn about.
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Update));
        QTRY_COMPARE(shownMessages(dialog.get()), (QMap<QString, QString>{}));
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Mirror));
        QTRY_COMPARE_WITH_TIMEOUT(
                shownMessages(dialog.get()).value(QStringLiteral("targetMessage")), warning, 20000);
        // An empty target: nothing would go.
        targetField(dialog.get())->setPath(m_fixture->folder(QStringLiteral("empty")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingTarget(), 20000);
        QTRY_COMPARE(shownMessages(dialog.get()), (QMap<QString, QString>{}));
        QVERIFY(test::writeFile(backup + QStringLiteral("/doc0.odt"), "mine")); // untouched
    }

    void anUpdateDriveSwitchedToMirrorIsWarnedAbout()
    {
        // Update never deletes, so its target gathers files the source does not have: the
        // first Mirror would delete them.
        const Drive photos = m_fixture->addDrive(
                QStringLiteral("Photos"), { { QStringLiteral("Mode"), QStringLiteral("Update") } });
        QVERIFY(test::writeFile(photos.source + QStringLiteral("/new.jpg"), "n"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::writeFile(photos.target + QStringLiteral("/old%1.jpg").arg(i), "o"));
        const auto dialog = openEditor(QStringLiteral("Photos"));
        QVERIFY(!dialog->isCheckingTarget());
        QCOMPARE(shownMessages(dialog.get()), (QMap<QString, QString>{}));
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Mirror));
        QTRY_COMPARE_WITH_TIMEOUT(
                shownMessages(dialog.get()).value(QStringLiteral("targetMessage")),
                QStringLiteral("Mirror would delete 3 files here that are not in the source. "
                               "Preview… lists them."),
                20000);

        // A Mirror drive whose filters change is a first mirror too: what it left out
        // (here *.jpg) would now be deleted.
        const Drive music = m_fixture->addDrive(
                QStringLiteral("Music"),
                { { QStringLiteral("Exclude"), QJsonArray{ QStringLiteral("*.jpg") } } });
        QVERIFY(test::writeFile(music.source + QStringLiteral("/song.ogg"), "s"));
        QVERIFY(test::writeFile(music.target + QStringLiteral("/cover.jpg"), "c"));
        const auto musicEditor = openEditor(QStringLiteral("Music"));
        QCOMPARE(shownMessages(musicEditor.get()), (QMap<QString, QString>{}));
        excludeList(musicEditor.get())->item(0)->setSelected(true);
        child<QPushButton>(musicEditor.get(), QStringLiteral("removeExcludeButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
                shownMessages(musicEditor.get()).value(QStringLiteral("targetMessage")),
                QStringLiteral("Mirror would delete 1 file here that is not in the source. "
                               "Preview… lists it."),
                20000);
    }

    void theFieldsStayInPlaceWhenMessagesComeAndGo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void theFieldsStayInPlaceWhenMessagesComeAndGo()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/letthatsyncin_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto dialog = openEditor();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        // It fits the screen it opens on (the small screens of tests/CMakeLists.txt too).
        const QSize screen = dialog->screen()->availableGeometry().size();
        QVERIFY2(dialog->frameGeometry().width() <= screen.width()
                         && dialog->frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                    .arg(dialog->frameGeometry().width())
                                    .arg(dialog->frameGeometry().height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
        const QList<QWidget *> fields{ targetField(dialog.get()),
                                       spin(dialog.get(), QStringLiteral("sleepSpin")),
                                       combo(dialog.get(), QStringLiteral("modeCombo")),
                                       excludeList(dialog.get()),
                                       spin(dialog.get(), QStringLiteral("versionsSpin")) };
        const auto places = [&fields, &dialog] {
            QList<QPoint> at;
            for (QWidget *field : fields)
                at.append(field->mapTo(dialog.get(), QPoint()));
            return at;
        };
        const QList<QPoint> before = places();
        nameEdit(dialog.get())->setText(QStringLiteral("a\tb")); // an error under the name
        sourceField(dialog.get())->setPath(QStringLiteral("/no/such/folder/here"));
        QTRY_VERIFY(!shownMessages(dialog.get()).value(QStringLiteral("sourceMessage")).isEmpty());
        QVERIFY(!shownMessages(dialog.get()).value(QStringLiteral("nameMessage")).isEmpty());
        QCOMPARE(places(), before);
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Move));
        spin(dialog.get(), QStringLiteral("versionsSpin"))->setValue(0);
        QCOMPARE(places(), before);
        nameEdit(dialog.get())->clear();
        sourceField(dialog.get())->setPath(m_fixture->folder(QStringLiteral("valid")));
        QTRY_COMPARE(shownMessages(dialog.get()), (QMap<QString, QString>{}));
        QCOMPARE(places(), before);
        // No text is cut: every message and description has the room it needs.
        for (QLabel *text : dialog->findChildren<QLabel *>()) {
            if (text->isVisible() && text->wordWrap() && !text->text().isEmpty())
                QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                         qPrintable(text->objectName() + u": " + text->text()));
        }
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }

    void aDrivePausedWhileTheEditorIsOpenStaysPaused()
    {
        m_fixture->addDrive(QStringLiteral("Photos"));
        const auto dialog = openEditor(QStringLiteral("Photos"));
        // The backup disk is being swapped: the user pauses the drive from the tray.
        QVERIFY(controller().setEnabled(QStringLiteral("Photos"), false));
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(6);
        expectValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        const std::optional<Drive> saved = controller().model().drive(QStringLiteral("Photos"));
        QVERIFY(saved);
        QCOMPARE(saved->sleep, 6.0);
        QVERIFY(!saved->enabled);
        QCOMPARE(savedDrive(QStringLiteral("Photos")).value(QStringLiteral("Enabled")),
                 QJsonValue(false));
    }

    void editingChangesAndRenamesTheDrive()
    {
        const Drive photos = m_fixture->addDrive(QStringLiteral("Photos"));
        m_fixture->addDrive(QStringLiteral("Music"));
        QVERIFY(controller().setEnabled(QStringLiteral("Photos"), false));
        const auto dialog = openEditor(QStringLiteral("Photos"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit drive Photos"));
        QVERIFY(!dialog->isNewDrive());
        QCOMPARE(nameEdit(dialog.get())->text(), QStringLiteral("Photos"));
        QCOMPARE(sourceField(dialog.get())->path(), photos.source);
        QCOMPARE(targetField(dialog.get())->path(), photos.target);
        QCOMPARE(combo(dialog.get(), QStringLiteral("unitsCombo"))->currentText(),
                 QStringLiteral("hour")); // every 1 hour
        // An existing drive is valid as it is: OK at once, without waiting.
        QVERIFY(okButton(dialog.get())->isEnabled());

        nameEdit(dialog.get())->setText(QStringLiteral("Music"));
        expectOnlyError(*dialog, QStringLiteral("nameMessage"),
                        QStringLiteral("Another drive is already called \"Music\"."));
        if (QTest::currentTestFailed())
            return;
        nameEdit(dialog.get())->setText(QStringLiteral("Pictures"));
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(3);
        selectData(combo(dialog.get(), QStringLiteral("modeCombo")), int(SyncMode::Move));
        expectValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->driveName(), QStringLiteral("Pictures"));

        QVERIFY(!controller().model().drive(QStringLiteral("Photos")));
        const std::optional<Drive> pictures
                = controller().model().drive(QStringLiteral("Pictures"));
        QVERIFY(pictures);
        QCOMPARE(pictures->sleep, 3.0);
        QCOMPARE(pictures->mode, SyncMode::Move);
        QVERIFY(!pictures->enabled); // pausing is not the editor's business: it is kept
        QCOMPARE(savedNames(),
                 (QStringList{ QStringLiteral("Pictures"), QStringLiteral("Music") }));
        const QJsonObject saved = savedDrive(QStringLiteral("Pictures"));
        QCOMPARE(saved[QStringLiteral("Mode")].toString(), QStringLiteral("Move"));
        QCOMPARE(saved[QStringLiteral("Sleep")].toDouble(), 3.0);
        QCOMPARE(saved[QStringLiteral("Enabled")].toBool(true), false);
    }

    // A chain: "Also run after" offers the other drives; one that runs after this drive would
    // close a circle and is refused under the form; the choice is saved as After.
    // "Sync as soon as files change" is the drive's Watch: shown as saved, saved as ticked.
    void theWatchCheckboxIsTheDrivesWatch()
    {
        m_fixture->addDrive(QStringLiteral("Photos"));
        const auto dialog = openEditor(QStringLiteral("Photos"));
        auto *watch = dialog->findChild<QCheckBox *>(QStringLiteral("watchCheck"));
        QVERIFY(watch);
        QVERIFY(!watch->isChecked());
        watch->setChecked(true);
        expectValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        okButton(dialog.get())->click();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(controller().model().drive(QStringLiteral("Photos"))->watch);
        QCOMPARE(savedDrive(QStringLiteral("Photos"))[QStringLiteral("Watch")].toBool(), true);

        const auto again = openEditor(QStringLiteral("Photos"));
        QVERIFY(again->findChild<QCheckBox *>(QStringLiteral("watchCheck"))->isChecked());
    }

    void aDriveCanBeSetToRunAfterAnother()
    {
        m_fixture->addDrive(QStringLiteral("Logger"));
        m_fixture->addDrive(QStringLiteral("Cloud"));
        QVERIFY(controller()
                        .editDrive(
                                QStringLiteral("Logger"),
                                QJsonObject{ { QStringLiteral("After"), QStringLiteral("Cloud") } })
                        .accepted());
        const auto dialog = openEditor(QStringLiteral("Cloud"));
        QComboBox *after = combo(dialog.get(), QStringLiteral("afterCombo"));
        QStringList offered;
        for (int i = 0; i < after->count(); ++i)
            offered.append(after->itemText(i));
        QCOMPARE(offered,
                 (QStringList{ QStringLiteral("No other drive"), QStringLiteral("Logger") }));
        QCOMPARE(after->currentIndex(), 0);

        selectData(after, QStringLiteral("Logger"));
        expectOnlyError(*dialog, QStringLiteral("formMessage"),
                        QStringLiteral("\"Cloud\" cannot run after \"Logger\": the chain would go "
                                       "round in a circle (Cloud → Logger → Cloud)."));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(controller()
                        .editDrive(QStringLiteral("Logger"),
                                   QJsonObject{ { QStringLiteral("After"), QJsonValue::Null } })
                        .accepted());
        const auto again = openEditor(QStringLiteral("Cloud"));
        selectData(combo(again.get(), QStringLiteral("afterCombo")), QStringLiteral("Logger"));
        expectValid(*again);
        if (QTest::currentTestFailed())
            return;
        okButton(again.get())->click();
        QTRY_COMPARE(again->result(), int(QDialog::Accepted));
        QCOMPARE(controller().model().drive(QStringLiteral("Cloud"))->after,
                 QStringLiteral("Logger"));
        QCOMPARE(savedDrive(QStringLiteral("Cloud"))[QStringLiteral("After")].toString(),
                 QStringLiteral("Logger"));
    }

    void aDriveWhoseDiskIsAwayCanStillBeEdited()
    {
        const Drive photos = m_fixture->addDrive(QStringLiteral("Photos"));
        QVERIFY(QDir(photos.source).removeRecursively());
        const auto dialog = openEditor(QStringLiteral("Photos"));
        const QString missing
                = QStringLiteral("The source folder %1 does not exist.").arg(photos.source);
        // Said, but softly: the controller does not ask the disk about unchanged folders.
        // (Once the prober has looked at them: the dialog opens before.)
        QTRY_COMPARE(shownMessages(dialog.get()),
                     (QMap<QString, QString>{ { QStringLiteral("sourceMessage"), missing } }));
        QCOMPARE(label(dialog.get(), QStringLiteral("sourceMessage"))
                         ->property("severity")
                         .toString(),
                 QStringLiteral("warning"));
        QVERIFY(okButton(dialog.get())->isEnabled());

        // A folder the user changes must be there.
        sourceField(dialog.get())->setPath(photos.source + QStringLiteral("-other"));
        expectOnlyError(*dialog, QStringLiteral("sourceMessage"),
                        QStringLiteral("The source folder %1 does not exist.")
                                .arg(photos.source + QStringLiteral("-other")));
        if (QTest::currentTestFailed())
            return;
        sourceField(dialog.get())->setPath(photos.source);
        spin(dialog.get(), QStringLiteral("sleepSpin"))->setValue(5);
        QTRY_VERIFY(okButton(dialog.get())->isEnabled());
        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(savedDrive(QStringLiteral("Photos"))[QStringLiteral("Sleep")].toDouble(), 5.0);
    }

    // A target that logs in without encryption (dav:// with a user) is allowed, with a visible
    // warning that its password crosses the network as it is; an encrypted one has none.
    void aPlainLocationWithALoginShowsTheInsecureWarning()
    {
        // A port nobody listens on: the look at the target ends at once, and nothing leaves
        // this computer.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        const QString plain = QStringLiteral("dav://me@127.0.0.1:%1/music").arg(port);
        targetField(dialog.get())->setPath(plain);
        QTRY_VERIFY(shownMessages(dialog.get()).contains(QStringLiteral("formMessage")));
        const QString shown = shownMessages(dialog.get()).value(QStringLiteral("formMessage"));
        QVERIFY2(shown.contains(QStringLiteral("is not encrypted: its password crosses the "
                                               "network as it is")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("me@127.0.0.1")), qPrintable(shown));
        QCOMPARE(
                label(dialog.get(), QStringLiteral("formMessage"))->property("severity").toString(),
                QStringLiteral("warning"));
        QTRY_VERIFY(okButton(dialog.get())->isEnabled());

        targetField(dialog.get())
                ->setPath(QStringLiteral("davs://me@127.0.0.1:%1/music").arg(port));
        QTRY_VERIFY(!shownMessages(dialog.get())
                             .value(QStringLiteral("formMessage"))
                             .contains(QStringLiteral("not encrypted")));
    }

    void aRefusedSaveKeepsTheDialogOpenWithTheReason()
    {
        LTS_SKIP_IF_ROOT();
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        const QString config = m_fixture->configFolder();
        const QFile::Permissions before = QFile::permissions(config);
        QVERIFY(QFile::setPermissions(config, QFile::ReadOwner | QFile::ExeOwner));
        okButton(dialog.get())->click();
        QVERIFY(QFile::setPermissions(config, before));

        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        const QMap<QString, QString> shown = shownMessages(dialog.get());
        QCOMPARE(shown.keys(), QStringList{ QStringLiteral("formMessage") });
        QVERIFY2(shown.first().startsWith(QStringLiteral("Cannot save the configuration to ")),
                 qPrintable(shown.first()));
        QCOMPARE(
                label(dialog.get(), QStringLiteral("formMessage"))->property("severity").toString(),
                QStringLiteral("error"));
        QVERIFY(!controller().model().drive(QStringLiteral("Music")));
        QVERIFY(okButton(dialog.get())->isEnabled()); // the user may try again

        okButton(dialog.get())->click();
        // At once, or once a folder changed just before has answered the prober.
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(savedNames(), QStringList{ QStringLiteral("Music") });
    }

    void aDroppedFolderFillsTheField()
    {
        const auto dialog = openEditor();
        FolderField *source = sourceField(dialog.get());
        const QString folder = m_fixture->folder(QStringLiteral("dropped"));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(folder) });

        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(source, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction); // never a move of the user's folder
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(source, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(source->path(), QDir::toNativeSeparators(folder));
        QCOMPARE(dialog->drive().source, QDir::toNativeSeparators(folder));

        // Dropped once the prober has said it is a folder: taken just the same.
        const QString other = m_fixture->folder(QStringLiteral("looked-at"));
        QMimeData otherMime;
        otherMime.setUrls({ QUrl::fromLocalFile(other) });
        QVERIFY(dragEnterTaken(source, otherMime));
        QTRY_VERIFY(controller().prober().cached(other));
        QVERIFY(dragMoveTaken(source, otherMime));
        QVERIFY(dropTaken(source, otherMime));
        QCOMPARE(source->path(), QDir::toNativeSeparators(other));
    }

    void aDroppedFileIsRefused()
    {
        const auto dialog = openEditor();
        FolderField *target = targetField(dialog.get());
        target->setPath(QStringLiteral("/typed"));
        const QString file = m_fixture->folder(QStringLiteral("f")) + QStringLiteral("/a.txt");
        QVERIFY(test::writeFile(file, "a"));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(file) });

        // Whether it is a folder is asked of the prober, not of the disk here: it answers while
        // the pointer moves over the field, which refuses the file from then on.
        dragEnterTaken(target, mime);
        QTRY_VERIFY(!dragMoveTaken(target, mime));
        QVERIFY(!dropTaken(target, mime));
        QCOMPARE(target->path(), QStringLiteral("/typed"));
    }

    void aFolderDroppedFromAMountThatDoesNotAnswerLeavesTheEditorResponsive()
    {
        if (!canHang())
            QSKIP("a disk that stops answering is made with LD_PRELOAD (ctest, on Linux)");
        Settings settings = controller().settings();
        // Long enough for "Checking…" to be seen on a busy machine.
        settings.networkTimeoutSeconds = 2;
        QVERIFY(controller().changeSettings(settings));
        const QString folder = mount() + QStringLiteral("/Music");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::writeFile(hangSwitch(), QByteArray()));
        const auto dialog = openEditor();
        FolderField *target = targetField(dialog.get());
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(folder) });

        // The drag and the drop ask nothing of the silent disk: they are answered at once.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(dragEnterTaken(target, mime));
        QVERIFY(dragMoveTaken(target, mime));
        QVERIFY(dropTaken(target, mime));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(target->path(), QDir::toNativeSeparators(folder));
        // The editor checks it as if typed: "Checking…", then that it did not answer.
        QTRY_COMPARE(shownMessages(dialog.get()).value(QStringLiteral("targetMessage")),
                     QStringLiteral("Checking %1…").arg(folder));
        QTRY_VERIFY_WITH_TIMEOUT(
                label(dialog.get(), QStringLiteral("targetMessage"))
                        ->text()
                        .startsWith(QStringLiteral("The target %1 did not answer within 2")
                                            .arg(folder)),
                5000);
        QVERIFY(!okButton(dialog.get())->isEnabled());
    }

    void aFileDroppedBeforeItsDiskAnswersIsNamedByTheEditor()
    {
        if (!canHang())
            QSKIP("a disk that stops answering is made with LD_PRELOAD (ctest, on Linux)");
        const QString file = mount() + QStringLiteral("/notes.txt");
        QVERIFY(test::writeFile(file, "a"));
        QVERIFY(test::writeFile(hangSwitch(), QByteArray()));
        const auto dialog = openEditor();
        FolderField *target = targetField(dialog.get());
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(file) });

        // Dropped before the prober could tell: taken as if typed, and checked by the editor.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(dragEnterTaken(target, mime));
        QVERIFY(dropTaken(target, mime));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(target->path(), QDir::toNativeSeparators(file));
        QTRY_COMPARE(shownMessages(dialog.get()).value(QStringLiteral("targetMessage")),
                     QStringLiteral("Checking %1…").arg(file));
        QVERIFY(QFile::remove(hangSwitch())); // the server answers again
        QTRY_COMPARE(shownMessages(dialog.get()).value(QStringLiteral("targetMessage")),
                     QStringLiteral("The target %1 exists and is not a folder.").arg(file));
        QCOMPARE(label(dialog.get(), QStringLiteral("targetMessage"))
                         ->property("severity")
                         .toString(),
                 QStringLiteral("error"));
        QVERIFY(!okButton(dialog.get())->isEnabled());
    }

    void droppedAddressesAndSeveralItemsAreRefused()
    {
        const auto dialog = openEditor();
        FolderField *target = targetField(dialog.get());
        target->setPath(QStringLiteral("/typed"));

        const QList<QList<QUrl>> refused{
            { QUrl(QStringLiteral("https://example.org/folder/")) },
            { QUrl::fromLocalFile(m_fixture->folder(QStringLiteral("one"))),
              QUrl::fromLocalFile(m_fixture->folder(QStringLiteral("two"))) },
        };
        for (const QList<QUrl> &urls : refused) {
            QMimeData mime;
            mime.setUrls(urls);
            QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            enter.setAccepted(false);
            QApplication::sendEvent(target, &enter);
            QVERIFY(!enter.isAccepted());
            QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            drop.setAccepted(false);
            QApplication::sendEvent(target, &drop);
            QVERIFY(!drop.isAccepted());
            QCOMPARE(target->path(), QStringLiteral("/typed"));
        }
    }

    void browsePicksAFolder()
    {
        const auto dialog = openEditor();
        FolderField *source = sourceField(dialog.get());
        const QString folder = m_fixture->folder(QStringLiteral("picked"));
        const QString start = m_fixture->folder(QStringLiteral("start"));
        source->setPath(start);
        // The dialog opens where the field points once the field has looked there (the free
        // space it shows), as it has by the time a user reaches the button.
        QTRY_VERIFY(!child<QLabel>(source, QStringLiteral("freeSpaceLabel"))->text().isEmpty());
        child<QPushButton>(source, QStringLiteral("browseButton"))->click();
        QFileDialog *picker = nullptr;
        QTRY_VERIFY((picker = source->findChild<QFileDialog *>(QStringLiteral("folderDialog"))));
        QVERIFY(picker->isModal());
        QCOMPARE(picker->fileMode(), QFileDialog::Directory);
        QCOMPARE(picker->directory().absolutePath(), start); // where the field points
        QCOMPARE(picker->windowTitle(), QStringLiteral("Choose the folder to copy from"));
        picker->setDirectory(folder);
        static_cast<QDialog *>(picker)->accept(); // QFileDialog::accept(), as its Choose button
        QCOMPARE(source->path(), QDir::toNativeSeparators(folder));
        QTRY_VERIFY(!source->findChild<QFileDialog *>()); // deleted when closed
    }

    void browseNeverWaitsForAFolderThatDoesNotAnswer()
    {
        if (!canHang())
            QSKIP("a disk that stops answering is made with LD_PRELOAD (ctest, on Linux)");
        const QString folder = mount() + QStringLiteral("/Music");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::writeFile(hangSwitch(), QByteArray()));
        const auto dialog = openEditor();
        FolderField *target = targetField(dialog.get());
        target->setPath(folder);
        QElapsedTimer timer;
        timer.start();
        child<QPushButton>(target, QStringLiteral("browseButton"))->click();
        QFileDialog *picker = nullptr;
        QTRY_VERIFY((picker = target->findChild<QFileDialog *>(QStringLiteral("folderDialog"))));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        // Not in the silent folder, which would freeze the dialog: at home.
        QCOMPARE(picker->directory().absolutePath(), QDir::homePath());
        picker->reject();
        QVERIFY(QFile::remove(hangSwitch()));
    }

    void theFreeSpaceOfTheDiskIsShown()
    {
        const auto dialog = openEditor();
        QLabel *space = child<QLabel>(sourceField(dialog.get()), QStringLiteral("freeSpaceLabel"));
        QVERIFY(space->text().isEmpty());
        static const QRegularExpression freeOf(
                QStringLiteral("^[0-9][0-9.,]* ?[a-zA-Z]+ free of [0-9][0-9.,]* ?[a-zA-Z]+$"));
        sourceField(dialog.get())->setPath(m_fixture->folder(QStringLiteral("space")));
        QTRY_VERIFY2(freeOf.match(space->text()).hasMatch(), qPrintable(space->text()));

        // A target to be created is on the disk of its nearest existing folder.
        QLabel *targetSpace
                = child<QLabel>(targetField(dialog.get()), QStringLiteral("freeSpaceLabel"));
        targetField(dialog.get())
                ->setPath(m_fixture->folder(QStringLiteral("space")) + QStringLiteral("/not/yet"));
        QTRY_VERIFY2(freeOf.match(targetSpace->text()).hasMatch(), qPrintable(targetSpace->text()));

        sourceField(dialog.get())->setPath(QString());
        QTRY_VERIFY(space->text().isEmpty());
    }

    void previewListsWhatTheFirstRunWouldDo()
    {
        const auto dialog = openEditor();
        fillValid(*dialog);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(test::writeFile(sourceField(dialog.get())->path() + QStringLiteral("/song.mp3"),
                                "la la"));
        const QString target = m_fixture->folder(QStringLiteral("disk")) + QStringLiteral("/Music");
        targetField(dialog.get())->setPath(target);
        QTRY_VERIFY(previewButton(dialog.get())->isEnabled());
        previewButton(dialog.get())->click();

        PreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = dialog->findChild<PreviewDialog *>()));
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->windowTitle(), QStringLiteral("Preview: Music"));
        QVERIFY(!preview->runAnywayButton());
        QTRY_VERIFY(!preview->isComparing());
        const QAbstractItemModel *plan = preview->tree()->model();
        const QModelIndex copies = plan->index(2, 0); // after deletions and updates
        QCOMPARE(copies.data().toString(), QStringLiteral("Would copy (1)"));
        QCOMPARE(plan->index(0, 0, copies).data().toString(), QStringLiteral("song.mp3"));
        QVERIFY(!QFileInfo::exists(target)); // a preview creates nothing
        preview->close();
        QTRY_VERIFY(!dialog->findChild<PreviewDialog *>());
        QVERIFY(dialog->isVisible()); // back to the editor
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestDriveEditor)

#include "tst_driveeditor.moc"
