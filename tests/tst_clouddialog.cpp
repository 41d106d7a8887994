// The location dialog's "Cloud (rclone)" kind against the real rclone, with a configuration of
// the test's own (RCLONE_CONFIG in a temporary folder; no remote is reached but a folder of that
// folder): the remotes listed while the dialog stays usable, a remote and a folder making
// rclone:REMOTE:folder, a drive's rclone location opening with its remote and folder, the
// folder browser on a remote, the words for no remote yet (how to make one, the link to the
// walk-through) and for no rclone installed (the package), OK off until a remote can be chosen,
// and the keyboard: every field by Tab and its own underlined letter.
#include "driveeditordialog.h"
#include "files.h"
#include "locationfield.h"
#include "nokeychain.h"
#include "remotefolderdialog.h"
#include "remotelocation.h"
#include "serverlocationdialog.h"
#include "synccontroller.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace lts;

namespace {

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QLineEdit *edit(const QObject *dialog, const QString &name)
{
    return child<QLineEdit>(dialog, name);
}

QComboBox *remoteCombo(const QObject *dialog)
{
    return child<QComboBox>(dialog, QStringLiteral("remoteCombo"));
}

QLabel *note(const QObject *dialog)
{
    return child<QLabel>(dialog, QStringLiteral("rcloneNote"));
}

QPushButton *okButton(const QObject *dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok);
}

QStringList itemsOf(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

// Picks the item of `combo` whose data is `data` with the arrow keys, as a user would.
void choose(QComboBox *combo, const QVariant &data)
{
    const int wanted = combo->findData(data);
    if (wanted < 0)
        qFatal("no item %s in %s", qPrintable(data.toString()), qPrintable(combo->objectName()));
    while (combo->currentIndex() < wanted)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > wanted)
        QTest::keyClick(combo, Qt::Key_Up);
}

// The kind chooser, by keyboard as the user picks it (the kinds on the way pass by).
void chooseCloud(ServerLocationDialog &dialog)
{
    auto *kinds = child<QComboBox>(&dialog, QStringLiteral("serverKindCombo"));
    kinds->setFocus();
    choose(kinds, int(RemoteKind::Rclone));
}

// The letter after the '&' of a label's or a button's text, or none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

} // namespace

class TestCloudDialog : public QObject
{
    Q_OBJECT

    // The rclone configuration of the whole test: the application's rclone daemon reads the
    // file RCLONE_CONFIG names when it starts, and again whenever the file changes.
    QTemporaryDir m_rcloneDir;
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<SyncController> m_controller;
    QByteArray m_home;
    QByteArray m_path;
    QByteArray m_rcloneConfig;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString configFolder() const { return path(QStringLiteral("config")); }
    QString configFile() const { return configFolder() + QStringLiteral("/config.json"); }
    QString rcloneConfig() const { return m_rcloneDir.filePath(QStringLiteral("rclone.conf")); }
    // rclone's configuration with these sections ("[name]\ntype = ...").
    void writeRcloneConfig(const QString &sections)
    {
        QVERIFY(test::writeFile(rcloneConfig(), sections.toUtf8()));
    }
    // Two remotes: a Dropbox one that was never logged in (nothing here reaches it) and one
    // whose files are a folder of the test's.
    void writeTwoRemotes()
    {
        writeRcloneConfig(QStringLiteral("[lab disk]\ntype = alias\nremote = %1\n\n"
                                         "[dropbox]\ntype = dropbox\n")
                                  .arg(path(QStringLiteral("cloud"))));
    }
    void makeController()
    {
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = path(QStringLiteral("data"));
        env.volumeOf = [](const QString &folder) { return folder; };
        env.keychain = [] { return std::make_unique<test::NoKeychain>(); };
        QDir().mkpath(env.configFolder);
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
    }
    // No rclone on PATH (for the rest of the test function).
    void hideRclone()
    {
        const QString empty = path(QStringLiteral("empty-bin"));
        QVERIFY(QDir().mkpath(empty));
        qputenv("PATH", QFile::encodeName(empty));
        QVERIFY(QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty());
    }
    static bool listing(const QObject *dialog) { return !remoteCombo(dialog)->isEnabled(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qgetenv("HOME");
        m_path = qgetenv("PATH");
        m_rcloneConfig = qgetenv("RCLONE_CONFIG");
        QVERIFY(m_rcloneDir.isValid());
        qputenv("RCLONE_CONFIG", QFile::encodeName(rcloneConfig()));
        if (QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty())
            LTS_SKIP_WITHOUT_SERVER(QStringLiteral("rclone is not installed (package rclone)"));
    }
    void cleanupTestCase()
    {
        qputenv("HOME", m_home);
        qputenv("PATH", m_path);
        if (m_rcloneConfig.isEmpty())
            qunsetenv("RCLONE_CONFIG");
        else
            qputenv("RCLONE_CONFIG", m_rcloneConfig);
    }
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        QDir().mkpath(path(QStringLiteral("home")));
        qputenv("HOME", QFile::encodeName(path(QStringLiteral("home"))));
        qputenv("PATH", m_path);
        QVERIFY(QDir().mkpath(path(QStringLiteral("cloud/Lab/Site4"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("cloud/Lab/Site 5"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("cloud/Archive"))));
        QVERIFY(test::writeFile(path(QStringLiteral("cloud/Lab/notes.txt")), "a file"));
        makeController();
    }
    void cleanup()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            delete window;
        m_controller.reset();
        m_dir.reset();
    }

    void theRemotesOfTheConfigurationAreListed()
    {
        writeTwoRemotes();
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseCloud(dialog);
        QCOMPARE(dialog.kind(), RemoteKind::Rclone);
        // At once, before rclone answers: the dialog says it is listing, and nothing is saved.
        QCOMPARE(remoteCombo(&dialog)->currentText(), QStringLiteral("Loading remotes…"));
        QVERIFY(listing(&dialog));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!listing(&dialog), 20000);
        QCOMPARE(itemsOf(remoteCombo(&dialog)),
                 (QStringList{ QStringLiteral("dropbox"), QStringLiteral("lab disk") }));
        QCOMPARE(remoteCombo(&dialog)->currentText(), QStringLiteral("dropbox"));
        QVERIFY(!note(&dialog)->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
        // What rclone owns is not asked: no server, no user, no password.
        for (const char *name : { "hostEdit", "userEdit", "passwordEdit", "keyEdit" })
            QVERIFY2(!edit(&dialog, QLatin1StringView(name))->isVisible(), name);
        QVERIFY(edit(&dialog, QStringLiteral("folderEdit"))->isVisible());
    }

    void aRemoteAndAFolderMakeTheLocation()
    {
        writeTwoRemotes();
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseCloud(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!listing(&dialog), 20000);
        QCOMPARE(dialog.location(), QStringLiteral("rclone:dropbox:"));
        choose(remoteCombo(&dialog), QStringLiteral("lab disk"));
        QTest::keyClicks(edit(&dialog, QStringLiteral("folderEdit")), QStringLiteral("Lab/Site4"));
        QCOMPARE(dialog.location(), QStringLiteral("rclone:lab disk:Lab/Site4"));
        const Result<RemoteLocation> parsed = RemoteLocation::parse(dialog.location(), {});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->host(), QStringLiteral("lab disk"));
        QCOMPARE(parsed->path(), QStringLiteral("Lab/Site4"));
        // A password typed for another kind before stays out: rclone keeps the logins.
        edit(&dialog, QStringLiteral("passwordEdit"))->setText(QStringLiteral("s3cret"));
        QTest::keyClick(edit(&dialog, QStringLiteral("folderEdit")), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), QStringLiteral("rclone:lab disk:Lab/Site4"));
        QVERIFY(!QDir(path(QStringLiteral("config/credentials"))).exists());
    }

    void theEditorShowsAnRcloneLocationAndOpensItsDialog()
    {
        writeTwoRemotes();
        const QJsonObject drive{ { QStringLiteral("Name"), QStringLiteral("Upload") },
                                 { QStringLiteral("Source"), path(QStringLiteral("transit")) },
                                 { QStringLiteral("Target"),
                                   QStringLiteral("rclone:dropbox:Lab/Site4?connections=2") },
                                 { QStringLiteral("Sleep"), 1 },
                                 { QStringLiteral("Units"), QStringLiteral("Hours") },
                                 { QStringLiteral("Mode"), QStringLiteral("Update") } };
        const QJsonObject config{ { QStringLiteral("Version"), 1 },
                                  { QStringLiteral("Drives"), QJsonArray{ drive } } };
        QVERIFY(QDir().mkpath(path(QStringLiteral("transit"))));
        QVERIFY(test::writeFile(configFile(), QJsonDocument(config).toJson()));
        makeController();
        DriveEditorDialog editor(*m_controller, QStringLiteral("Upload"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *target = child<LocationField>(&editor, QStringLiteral("targetLocation"));
        QCOMPARE(target->kind(), LocationField::Kind::Server);
        QCOMPARE(target->serverEdit()->text(), QStringLiteral("dropbox:Lab/Site4 (rclone)"));
        QCOMPARE(editor.drive().target, QStringLiteral("rclone:dropbox:Lab/Site4?connections=2"));

        target->changeButton()->click();
        ServerLocationDialog *dialog = target->serverDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->kind(), RemoteKind::Rclone);
        // Its remote and folder at once, and still once the remotes are listed.
        QCOMPARE(remoteCombo(dialog)->currentText(), QStringLiteral("dropbox"));
        QCOMPARE(edit(dialog, QStringLiteral("folderEdit"))->text(), QStringLiteral("Lab/Site4"));
        QTRY_VERIFY_WITH_TIMEOUT(!listing(dialog), 20000);
        QCOMPARE(remoteCombo(dialog)->currentText(), QStringLiteral("dropbox"));
        QCOMPARE(remoteCombo(dialog)->count(), 2);
        QCOMPARE(dialog->location(), QStringLiteral("rclone:dropbox:Lab/Site4?connections=2"));
        // Another folder: the drive takes it, with what the dialog does not show (connections).
        QLineEdit *folder = edit(dialog, QStringLiteral("folderEdit"));
        folder->selectAll();
        QTest::keyClicks(folder, QStringLiteral("Lab/Site 5"));
        okButton(dialog)->click();
        QTRY_VERIFY(!target->serverDialog());
        QCOMPARE(editor.drive().target, QStringLiteral("rclone:dropbox:Lab/Site 5?connections=2"));
        QCOMPARE(target->serverEdit()->text(), QStringLiteral("dropbox:Lab/Site 5 (rclone)"));
    }

    void aRemoteGoneFromTheConfigurationIsSaid()
    {
        writeTwoRemotes();
        ServerLocationDialog dialog(*m_controller, QStringLiteral("rclone:old nas:backup"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!listing(&dialog), 20000);
        QCOMPARE(remoteCombo(&dialog)->currentText(),
                 QStringLiteral("old nas (not in your rclone configuration)"));
        QVERIFY(note(&dialog)->isVisible());
        QVERIFY2(note(&dialog)->text().contains(QStringLiteral("no remote \"old nas\"")),
                 qPrintable(note(&dialog)->text()));
        QCOMPARE(dialog.location(), QStringLiteral("rclone:old nas:backup"));
        // Another remote chosen: the note goes.
        choose(remoteCombo(&dialog), QStringLiteral("lab disk"));
        QCOMPARE(dialog.location(), QStringLiteral("rclone:lab disk:backup"));
        QVERIFY(!note(&dialog)->isVisible());
    }

    void theFolderBrowserListsARemotesFolders()
    {
        writeTwoRemotes();
        ServerLocationDialog dialog(*m_controller, QStringLiteral("rclone:lab disk:Lab"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(okButton(&dialog)->isEnabled(), 20000);
        child<QPushButton>(&dialog, QStringLiteral("browseServerButton"))->click();
        QTRY_VERIFY(dialog.findChild<RemoteFolderDialog *>());
        auto *browser = dialog.findChild<RemoteFolderDialog *>();
        QTRY_VERIFY(browser->isVisible());
        // Opened down to the folder typed, from the remote's top; files are not folders.
        QTRY_COMPARE_WITH_TIMEOUT(browser->selectedFolder(), QStringLiteral("Lab"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(browser->pendingListings(), 0, 30000);
        auto *model = qobject_cast<QStandardItemModel *>(browser->tree()->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 1); // the remote's top; no "/" for a folder inside it
        QStandardItem *top = model->item(0);
        QCOMPARE(top->text(), QStringLiteral("Top folder of lab disk"));
        QStringList names;
        for (int row = 0; row < top->rowCount(); ++row)
            names.append(top->child(row)->text());
        QCOMPARE(names, (QStringList{ QStringLiteral("Archive"), QStringLiteral("Lab") }));
        QStandardItem *lab = top->child(1);
        QStringList below;
        for (int row = 0; row < lab->rowCount(); ++row)
            below.append(lab->child(row)->text());
        QCOMPARE(QSet<QString>(below.cbegin(), below.cend()),
                 (QSet<QString>{ QStringLiteral("Site4"), QStringLiteral("Site 5") }));
        // A subfolder chosen goes into the Folder field as rclone takes it.
        browser->tree()->setCurrentIndex(
                lab->child(int(below.indexOf(QStringLiteral("Site 5"))))->index());
        QCOMPARE(browser->selectedFolder(), QStringLiteral("Lab/Site 5"));
        child<QDialogButtonBox>(browser, QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        QCOMPARE(edit(&dialog, QStringLiteral("folderEdit"))->text(), QStringLiteral("Lab/Site 5"));
        QCOMPARE(dialog.location(), QStringLiteral("rclone:lab disk:Lab/Site 5"));

        // The top folder itself can be chosen: the Folder field empty.
        child<QPushButton>(&dialog, QStringLiteral("browseServerButton"))->click();
        QTRY_VERIFY(dialog.findChild<RemoteFolderDialog *>());
        browser = dialog.findChild<RemoteFolderDialog *>();
        QTRY_COMPARE_WITH_TIMEOUT(browser->pendingListings(), 0, 30000);
        model = qobject_cast<QStandardItemModel *>(browser->tree()->model());
        browser->tree()->setCurrentIndex(model->item(0)->index());
        QPushButton *chooseButton = child<QDialogButtonBox>(browser, QStringLiteral("buttonBox"))
                                            ->button(QDialogButtonBox::Ok);
        QVERIFY(chooseButton->isEnabled());
        chooseButton->click();
        QCOMPARE(dialog.location(), QStringLiteral("rclone:lab disk:"));
    }

    void noRemoteYetIsExplainedAndOkStaysOff()
    {
        writeRcloneConfig(QString()); // rclone config's file, with nothing made yet
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        chooseCloud(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(note(&dialog)->isVisible(), 20000);
        const QString said = note(&dialog)->text();
        QVERIFY2(said.contains(QStringLiteral("no remote yet")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("rclone config")), qPrintable(said));
        // The link to the walk-through, which opens in the browser.
        const QRegularExpressionMatch link
                = QRegularExpression(QStringLiteral("<a href=\"([^\"]+)\">")).match(said);
        QVERIFY2(link.hasMatch(), qPrintable(said));
        QVERIFY2(link.captured(1).endsWith(QStringLiteral("/docs/remote.md#dropbox-step-by-step")),
                 qPrintable(link.captured(1)));
        QVERIFY(note(&dialog)->openExternalLinks());
        QCOMPARE(remoteCombo(&dialog)->count(), 0);
        QVERIFY(!remoteCombo(&dialog)->isEnabled());
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("browseServerButton"))->isEnabled());
        // Enter does not save it either, and says why.
        QTest::keyClick(edit(&dialog, QStringLiteral("folderEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());

        // A remote made with rclone config meanwhile: Reload (Alt+L) lists it.
        writeTwoRemotes();
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(okButton(&dialog)->isEnabled(), 20000);
        QCOMPARE(remoteCombo(&dialog)->count(), 2);
        QVERIFY(!note(&dialog)->isVisible());
        QCOMPARE(dialog.location(), QStringLiteral("rclone:dropbox:"));
    }

    void noRcloneInstalledNamesThePackage_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("a new location") << QString();
        QTest::newRow("a drive's rclone location") << QStringLiteral("rclone:dropbox:Lab");
    }
    void noRcloneInstalledNamesThePackage()
    {
        QFETCH(QString, location);
        writeTwoRemotes();
        hideRclone();
        ServerLocationDialog dialog(*m_controller, location);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseCloud(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(note(&dialog)->isVisible(), 20000);
        const QString said = note(&dialog)->text();
        QVERIFY2(said.contains(QStringLiteral("rclone is not installed")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("install the package <b>rclone</b>")),
                 qPrintable(said));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("testButton"))->isEnabled());
        okButton(&dialog)->click(); // disabled: nothing happens
        QTest::keyClick(edit(&dialog, QStringLiteral("folderEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        // Reload finds it no better while it is missing.
        child<QPushButton>(&dialog, QStringLiteral("reloadRemotesButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(note(&dialog)->isVisible(), 20000);
        QVERIFY(note(&dialog)->text().contains(QStringLiteral("rclone is not installed")));
        QVERIFY(!okButton(&dialog)->isEnabled());
    }

    void everyFieldIsReachedByKeyboard()
    {
        writeTwoRemotes();
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("serverKindCombo"));
        chooseCloud(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!listing(&dialog), 20000);
        // Tab as the fields read, the hidden ones left out.
        const QStringList order{ QStringLiteral("remoteCombo"),
                                 QStringLiteral("reloadRemotesButton"),
                                 QStringLiteral("folderEdit"), QStringLiteral("browseServerButton"),
                                 QStringLiteral("testButton") };
        for (const QString &name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        // Each its underlined letter, and no letter twice among what is shown.
        const QList<std::pair<Qt::Key, QString>> keys{
            { Qt::Key_E, QStringLiteral("remoteCombo") },
            { Qt::Key_F, QStringLiteral("folderEdit") },
            { Qt::Key_I, QStringLiteral("serverKindCombo") },
        };
        for (const auto &[key, name] : keys) {
            QTest::keyClick(&dialog, key, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        QMap<QChar, QString> letters;
        const auto take = [&letters](const QString &text) {
            const QChar letter = mnemonicOf(text);
            if (letter.isNull())
                return;
            QVERIFY2(!letters.contains(letter),
                     qPrintable(QStringLiteral("%1 and %2 share Alt+%3")
                                        .arg(letters.value(letter), text, letter)));
            letters.insert(letter, text);
        };
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                take(label->text());
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                take(button->text());
        }
        QVERIFY(letters.contains(u'l')); // Reload
        QVERIFY(letters.contains(u'r')); // Browse…
        // Enter in the folder is OK.
        edit(&dialog, QStringLiteral("folderEdit"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), QStringLiteral("rclone:dropbox:"));
    }

    // With the longest it says (no rclone, no remote yet), it fits the screen it opens on (the
    // small screens of tests/CMakeLists.txt too) in English, German and French, nothing cut.
    void itFitsTheScreenInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("installed");
        for (const char *language : { "", "de", "fr" }) {
            const QString name = *language ? QLatin1StringView(language) : QStringLiteral("en");
            QTest::newRow(qPrintable(name + QStringLiteral(", no remote")))
                    << QString::fromLatin1(language) << true;
            QTest::newRow(qPrintable(name + QStringLiteral(", no rclone")))
                    << QString::fromLatin1(language) << false;
        }
    }
    void itFitsTheScreenInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, installed);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/letthatsyncin_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        writeRcloneConfig(QString());
        if (!installed)
            hideRclone();
        ServerLocationDialog dialog(*m_controller, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseCloud(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(note(&dialog)->isVisible(), 20000);
        QLabel *said = note(&dialog);
        QTRY_VERIFY(said->height() >= said->heightForWidth(said->width()));
        const QSize screen = dialog.screen()->availableGeometry().size();
        QVERIFY2(dialog.frameGeometry().width() <= screen.width()
                         && dialog.frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                    .arg(dialog.frameGeometry().width())
                                    .arg(dialog.frameGeometry().height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
        for (QLabel *text : dialog.findChildren<QLabel *>()) {
            if (!text->isVisible() || text->text().isEmpty())
                continue;
            if (text->wordWrap())
                QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                         qPrintable(text->text()));
            else
                QVERIFY2(text->width() >= text->sizeHint().width(), qPrintable(text->text()));
        }
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestCloudDialog)

#include "tst_clouddialog.moc"
