// Autostart, start on login: the XDG autostart entry a desktop reads at login, written in a
// temporary XDG_CONFIG_HOME, read back the way a desktop reads it; the Windows command line.
#include "autostart.h"
#include "files.h"
#include "testmain.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace lts;

namespace {

// The arguments of an Exec value, read as the Desktop Entry Specification says a launcher
// reads them: the escapes of string values first, then the double quotes, then "%%".
QStringList execArguments(const QString &value)
{
    QString line;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            line += c;
            continue;
        }
        const QChar next = value.at(++i);
        line += next == u's'   ? QChar(u' ')
                : next == u'n' ? QChar(u'\n')
                : next == u't' ? QChar(u'\t')
                : next == u'r' ? QChar(u'\r')
                               : next;
    }
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < line.size()
                && QStringView(u"\"`$\\").contains(line.at(i + 1)))
                current += line.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                current += c;
        } else if (c == u' ') {
            if (inArgument)
                arguments.append(std::exchange(current, QString()));
            inArgument = false;
        } else {
            inArgument = true;
            if (c == u'"')
                quoted = true;
            else
                current += c;
        }
    }
    if (inArgument)
        arguments.append(current);
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return arguments;
}

// The keys of the [Desktop Entry] group; fails the test when a line is not "Key=Value".
QMap<QString, QString> desktopEntry(const QByteArray &content)
{
    QMap<QString, QString> keys;
    const QStringList lines = QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts);
    if (lines.value(0) != u"[Desktop Entry]") {
        qWarning("the entry does not start with [Desktop Entry]");
        return {};
    }
    for (const QString &line : lines.sliced(1)) {
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(equals);
        const bool validKey = equals > 0 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
                                  return c.isLetterOrNumber() || c == u'-';
                              });
        if (!validKey || keys.contains(key)) {
            qWarning("not a key of a desktop entry, or twice: %s", qPrintable(line));
            return {};
        }
        keys.insert(key, line.sliced(equals + 1));
    }
    return keys;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString home() const { return m_dir.path(); }
    static QString entryPath() { return Autostart::location(); }
    static QString autostartFolder() { return QFileInfo(entryPath()).absolutePath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything reads it: the user's own autostart folder is never touched.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home() + QStringLiteral("/config")));
        qunsetenv("APPIMAGE");
        QCOMPARE(entryPath(), home()
                                      + QStringLiteral("/config/autostart/"
                                                       "org.letthatsyncin.LetThatSyncIn.desktop"));
    }

    void init() { QDir(autostartFolder()).removeRecursively(); }

    void cleanup()
    {
        QFile::setPermissions(autostartFolder(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void enablingWritesAnEntryThatStartsTheSameCommand()
    {
        const QString program = home() + QStringLiteral("/My Programs/letthatsyncin");
        const QStringList arguments{ QStringLiteral("--config-dir"),
                                     home() + QStringLiteral("/my config"),
                                     QStringLiteral("--data-dir"),
                                     QStringLiteral("/data/100%/\"odd\" $HOME `x` \\back") };
        Autostart autostart(program, arguments);
        QVERIFY(!autostart.isEnabled());

        const Result<void> enabled = autostart.setEnabled(true);
        QVERIFY2(enabled, enabled ? "" : qPrintable(enabled.error().message));
        QVERIFY(autostart.isEnabled());

        const QByteArray content = test::readFile(entryPath());
        QCOMPARE(content, autostart.entry());
        const QMap<QString, QString> keys = desktopEntry(content);
        QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("LetThatSyncIn"));
        QCOMPARE(keys.value(QStringLiteral("Icon")),
                 QStringLiteral("org.letthatsyncin.LetThatSyncIn"));
        QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));
        QCOMPARE(keys.value(QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));
        // What a launcher runs is the program with the same arguments, every character intact.
        QCOMPARE(execArguments(keys.value(QStringLiteral("Exec"))),
                 QStringList{ program } + arguments);
        // Quoted as the specification asks: a reserved character only inside double quotes.
        QVERIFY2(keys.value(QStringLiteral("Exec"))
                         .startsWith(QStringLiteral("\"%1\" --config-dir \"%2\" --data-dir \"")
                                             .arg(program, home() + QStringLiteral("/my config"))),
                 qPrintable(keys.value(QStringLiteral("Exec"))));

        QCOMPARE(QDir(autostartFolder()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{ QFileInfo(entryPath()).fileName() }); // no temporary file left
    }

    void theExecValueIsQuotedAsTheSpecificationSays_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << QStringList{ QStringLiteral("/usr/bin/letthatsyncin") }
                               << QStringLiteral("/usr/bin/letthatsyncin");
        QTest::newRow("space") << QStringList{ QStringLiteral("/opt/My Apps/lts"),
                                               QStringLiteral("--config-dir"),
                                               QStringLiteral("/home/a/conf") }
                               << QStringLiteral("\"/opt/My Apps/lts\" --config-dir /home/a/conf");
        QTest::newRow("percent") << QStringList{ QStringLiteral("/a/100%") }
                                 << QStringLiteral("/a/100%%");
        QTest::newRow("empty") << QStringList{ QStringLiteral("/a"), QString() }
                               << QStringLiteral("/a \"\"");
        QTest::newRow("quote and dollar") << QStringList{ QStringLiteral("/a \"b\" $c") }
                                          << QStringLiteral("\"/a \\\\\"b\\\\\" \\\\$c\"");
        // The specification's own example: four backslashes for one in a quoted argument.
        QTest::newRow("backslash")
                << QStringList{ QStringLiteral("/a\\b") } << QStringLiteral("\"/a\\\\\\\\b\"");
        QTest::newRow("newline") << QStringList{ QStringLiteral("a\nb") }
                                 << QStringLiteral("\"a\\nb\"");
    }

    void theExecValueIsQuotedAsTheSpecificationSays()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, exec);
        QCOMPARE(Autostart::desktopExec(arguments), exec);
        QCOMPARE(execArguments(exec), arguments);
    }

    void theEntryPassesDesktopFileValidate()
    {
        Autostart autostart(home() + QStringLiteral("/My Programs/letthatsyncin"),
                            { QStringLiteral("--config-dir"), QStringLiteral("/a b/c") });
        QVERIFY(autostart.setEnabled(true));
        const QString validator
                = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(QStringLiteral(
                    "desktop-file-validate is not installed (package desktop-file-utils)"));
        QProcess process;
        process.start(validator, { entryPath() });
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0 && !output.contains("error"), output.constData());
    }

    void disablingRemovesTheEntry()
    {
        Autostart autostart(QStringLiteral("/usr/bin/letthatsyncin"));
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(QFile::exists(entryPath()));

        const Result<void> disabled = autostart.setEnabled(false);
        QVERIFY2(disabled, disabled ? "" : qPrintable(disabled.error().message));
        QVERIFY(!QFile::exists(entryPath()));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false)); // nothing to remove is no error
    }

    void anEntryTheDesktopSwitchedOffIsNotEnabled_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("GNOME") << QByteArray("X-GNOME-Autostart-enabled=false");
        QTest::newRow("XDG Hidden") << QByteArray("Hidden=true");
    }

    void anEntryTheDesktopSwitchedOffIsNotEnabled()
    {
        QFETCH(QByteArray, line);
        Autostart autostart(QStringLiteral("/usr/bin/letthatsyncin"));
        QVERIFY(autostart.setEnabled(true));
        QByteArray entry = autostart.entry();
        entry.replace("X-GNOME-Autostart-enabled=true\n", QByteArray(line + '\n'));
        QVERIFY(test::writeFile(entryPath(), entry));
        QVERIFY(!autostart.isEnabled());

        // Switching it on again writes an entry that starts.
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(autostart.isEnabled());
        QCOMPARE(test::readFile(entryPath()), autostart.entry());
    }

    void anEntrySomeoneElseWroteIsLeftAlone()
    {
        const QByteArray theirs = "[Desktop Entry]\nType=Application\nName=Mine\n"
                                  "Exec=/home/a/bin/start-lts.sh\n";
        QVERIFY(test::writeFile(entryPath(), theirs));
        Autostart autostart(QStringLiteral("/usr/bin/letthatsyncin"));
        QVERIFY(autostart.isEnabled());

        const Result<void> disabled = autostart.setEnabled(false);
        QVERIFY(!disabled);
        QCOMPARE(disabled.error().code, QStringLiteral("Autostart Not Ours"));
        QVERIFY2(disabled.error().message.contains(QDir::toNativeSeparators(entryPath())),
                 qPrintable(disabled.error().message));
        QCOMPARE(test::readFile(entryPath()), theirs);
    }

    void aReadOnlyAutostartFolderIsReportedInWords()
    {
        LTS_SKIP_IF_ROOT();
        Autostart autostart(QStringLiteral("/usr/bin/letthatsyncin"));
        QVERIFY(QDir().mkpath(autostartFolder()));
        QVERIFY(QFile::setPermissions(autostartFolder(), QFile::ReadOwner | QFile::ExeOwner));

        const Result<void> enabled = autostart.setEnabled(true);
        QVERIFY(!enabled);
        QCOMPARE(enabled.error().code, QStringLiteral("Autostart Not Saved"));
        QVERIFY2(enabled.error().message.startsWith(
                         QStringLiteral("LetThatSyncIn cannot be set to start when you log in: %1 "
                                        "cannot be written (")
                                 .arg(QDir::toNativeSeparators(entryPath()))),
                 qPrintable(enabled.error().message));
        QVERIFY(!autostart.isEnabled());

        // An entry that cannot be removed: still on, and said so.
        QVERIFY(QFile::setPermissions(autostartFolder(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(QFile::setPermissions(autostartFolder(), QFile::ReadOwner | QFile::ExeOwner));
        const Result<void> disabled = autostart.setEnabled(false);
        QVERIFY(!disabled);
        QCOMPARE(disabled.error().code, QStringLiteral("Autostart Not Removed"));
        QVERIFY2(disabled.error().message.startsWith(
                         QStringLiteral("LetThatSyncIn still starts when you log in: %1 cannot be "
                                        "removed (")
                                 .arg(QDir::toNativeSeparators(entryPath()))),
                 qPrintable(disabled.error().message));
        QVERIFY(autostart.isEnabled());
    }

    void theProgramIsTheAppImageWhenStartedFromOne()
    {
        QCOMPARE(Autostart::currentExecutable(), QCoreApplication::applicationFilePath());
        const QString appImage = home() + QStringLiteral("/LetThatSyncIn-x86_64.AppImage");
        QVERIFY(test::writeFile(appImage, "ELF"));
        qputenv("APPIMAGE", QFile::encodeName(appImage));
        const QString executable = Autostart::currentExecutable();
        qunsetenv("APPIMAGE");
        QCOMPARE(executable, appImage);
    }

    void theProgramIsTheOneThatStartedTheTray()
    {
        // On Linux `letthatsyncin` starts the tray's own executable and names itself in
        // LTS_EXECUTABLE: a start on login runs the program the user knows.
        const QString launcher = home() + QStringLiteral("/letthatsyncin");
        QVERIFY(test::writeFile(launcher, "ELF"));
        QVERIFY(QFile::setPermissions(launcher, QFile::ReadOwner | QFile::ExeOwner));
        qputenv("LTS_EXECUTABLE", QFile::encodeName(launcher));
        const QString executable = Autostart::currentExecutable();
        qunsetenv("LTS_EXECUTABLE");
        QCOMPARE(executable, launcher);
    }

    void theWindowsCommandLineIsQuotedForCommandLineToArgv_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("commandLine");
        QTest::newRow("plain") << QStringList{
            QStringLiteral("C:\\lts\\letthatsyncin.exe"), QStringLiteral("--config-dir"),
            QStringLiteral("D:\\conf")
        } << QStringLiteral("C:\\lts\\letthatsyncin.exe --config-dir D:\\conf");
        QTest::newRow("spaces") << QStringList{ QStringLiteral("C:\\Program Files\\LTS\\lts.exe"),
                                                QStringLiteral("C:\\my conf\\") }
                                << QStringLiteral("\"C:\\Program Files\\LTS\\lts.exe\" "
                                                  "\"C:\\my conf\\\\\"");
        QTest::newRow("quote") << QStringList{ QStringLiteral("a \\\"b") }
                               << QStringLiteral("\"a \\\\\\\"b\"");
        QTest::newRow("empty") << QStringList{ QStringLiteral("lts.exe"), QString() }
                               << QStringLiteral("lts.exe \"\"");
    }

    void theWindowsCommandLineIsQuotedForCommandLineToArgv()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, commandLine);
        QCOMPARE(Autostart::windowsCommandLine(arguments), commandLine);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestAutostart)
#include "tst_autostart.moc"
