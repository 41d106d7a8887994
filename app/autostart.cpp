#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_WIN
#include <QSettings>
#endif

namespace lts {

namespace {

const QString notSaved = QStringLiteral("Autostart Not Saved");
const QString notRemoved = QStringLiteral("Autostart Not Removed");

#ifdef Q_OS_WIN
const QString runKey
        = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString runValue = QStringLiteral("LetThatSyncIn");
#else
const QString notOurs = QStringLiteral("Autostart Not Ours");

// What tells our entry from one someone else wrote under the same name.
#ifdef Q_OS_MACOS
const QByteArray ourMark = "<string>org.letthatsyncin.LetThatSyncIn</string>"; // the Label
#else
// Desktops that switch an entry off rewrite it with all its keys, so the line stays.
const QByteArray ourMark = "X-LetThatSyncIn-Autostart=true";
#endif

QByteArray readEntry(const QString &path)
{
    QFile file(path);
    // An entry is a few lines; a bigger file is not one of ours.
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}
#endif

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
// The value of `key` in the [Desktop Entry] group; empty when it is not there.
QByteArray desktopEntryValue(const QByteArray &entry, const QByteArray &key)
{
    bool inMainGroup = false;
    for (const QByteArray &rawLine : entry.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (inMainGroup && equals > 0 && line.first(equals).trimmed() == key)
            return line.sliced(equals + 1).trimmed();
    }
    return {};
}
#endif

#ifndef Q_OS_WIN
Result<void> writeFile(const QString &path, const QByteArray &content)
{
    const auto failed = [&path](const QString &reason) {
        return Error{ notSaved,
                      Autostart::tr("LetThatSyncIn cannot be set to start when you log in: %1 "
                                    "cannot be written (%2).")
                              .arg(QDir::toNativeSeparators(path), reason) };
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(Autostart::tr("its folder cannot be created"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return failed(file.errorString());
    return {};
}
#endif

} // namespace

Autostart::Autostart(QString executable, QStringList arguments)
    : m_executable(std::move(executable))
    , m_arguments(std::move(arguments))
{ }

QString Autostart::currentExecutable()
{
    // Inside an AppImage the program runs from a mount that is gone after it ends.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty() && QFileInfo(appImage).isFile())
        return appImage;
    // The tray's own executable, started by `letthatsyncin` (main.cpp), which it names here.
    const QString launcher = qEnvironmentVariable("LTS_EXECUTABLE");
    if (!launcher.isEmpty() && QFileInfo(launcher).isExecutable())
        return launcher;
    return QCoreApplication::applicationFilePath();
}

QStringList Autostart::command() const
{
    return QStringList{ QDir::toNativeSeparators(m_executable) } + m_arguments;
}

QString Autostart::desktopExec(const QStringList &arguments)
{
    // Desktop Entry Specification, "The Exec key".
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QStringList quoted;
    for (const QString &argument : arguments) {
        QString text = argument;
        text.replace(u'%', QStringLiteral("%%")); // a lone % starts a field code
        const bool needsQuotes = text.isEmpty()
                                 || std::any_of(text.cbegin(), text.cend(),
                                                [](QChar c) { return reserved.contains(c); });
        if (needsQuotes) {
            QString inQuotes;
            for (const QChar c : std::as_const(text)) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                    inQuotes += u'\\';
                inQuotes += c;
            }
            text = u'"' + inQuotes + u'"';
        }
        quoted.append(text);
    }
    // Then the escapes of every string value, applied before the quoting rules when read.
    const QString line = quoted.join(u' ');
    QString value;
    for (const QChar c : line) {
        switch (c.unicode()) {
        case u'\\':
            value += QStringLiteral("\\\\");
            break;
        case u'\n':
            value += QStringLiteral("\\n");
            break;
        case u'\t':
            value += QStringLiteral("\\t");
            break;
        case u'\r':
            value += QStringLiteral("\\r");
            break;
        default:
            value += c;
        }
    }
    return value;
}

QString Autostart::windowsCommandLine(const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments) {
        if (!argument.isEmpty() && !argument.contains(u' ') && !argument.contains(u'\t')
            && !argument.contains(u'"')) {
            quoted.append(argument);
            continue;
        }
        // Backslashes are literal except before a quote, where each must be doubled.
        QString text = QStringLiteral("\"");
        qsizetype backslashes = 0;
        for (const QChar c : argument) {
            if (c == u'\\') {
                ++backslashes;
                continue;
            }
            if (c == u'"') {
                text += QString(backslashes * 2 + 1, u'\\');
                text += c;
            } else {
                text += QString(backslashes, u'\\');
                text += c;
            }
            backslashes = 0;
        }
        text += QString(backslashes * 2, u'\\');
        text += u'"';
        quoted.append(text);
    }
    return quoted.join(u' ');
}

#if defined(Q_OS_WIN)

QString Autostart::location()
{
    return runKey + u'\\' + runValue;
}

QByteArray Autostart::entry() const
{
    return windowsCommandLine(command()).toUtf8();
}

bool Autostart::isEnabled() const
{
    return QSettings(runKey, QSettings::NativeFormat).contains(runValue);
}

Result<void> Autostart::setEnabled(bool on)
{
    QSettings run(runKey, QSettings::NativeFormat);
    if (on)
        run.setValue(runValue, windowsCommandLine(command()));
    else
        run.remove(runValue);
    run.sync();
    if (run.status() == QSettings::NoError)
        return {};
    if (on) {
        return Error{ notSaved,
                      tr("LetThatSyncIn cannot be set to start when you log in: the registry "
                         "value %1 cannot be written.")
                              .arg(location()) };
    }
    return Error{ notRemoved, tr("LetThatSyncIn still starts when you log in: the registry value "
                                 "%1 cannot be removed.")
                                      .arg(location()) };
}

#else // a file: the XDG autostart entry, or the LaunchAgent on macOS

QString Autostart::location()
{
#ifdef Q_OS_MACOS
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
           + QStringLiteral("/Library/LaunchAgents/") + applicationId + QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/autostart/") + applicationId + QStringLiteral(".desktop");
#endif
}

QByteArray Autostart::entry() const
{
#ifdef Q_OS_MACOS
    // launchd runs ProgramArguments as they are, without a shell.
    QString arguments;
    for (const QString &argument : command())
        arguments += QStringLiteral("        <string>%1</string>\n").arg(argument.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "</dict>\n"
                          "</plist>\n")
            .arg(applicationId, arguments)
            .toUtf8();
#else
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=LetThatSyncIn\n"
           "Exec="
           + desktopExec(command()).toUtf8()
           + "\n"
             "Icon="
           + applicationId.toUtf8()
           + "\n"
             "Terminal=false\n"
             "X-GNOME-Autostart-enabled=true\n"
             // Start once the panel, and with it the system tray, is there.
             "X-KDE-autostart-after=panel\n"
           + ourMark + '\n';
#endif
}

bool Autostart::isEnabled() const
{
    const QString path = location();
    if (!QFileInfo::exists(path))
        return false;
#ifdef Q_OS_MACOS
    return true;
#else
    // How the desktops switch an entry off without removing it.
    const QByteArray entry = readEntry(path);
    return desktopEntryValue(entry, "Hidden") != "true"
           && desktopEntryValue(entry, "X-GNOME-Autostart-enabled") != "false";
#endif
}

Result<void> Autostart::setEnabled(bool on)
{
    const QString path = location();
    if (on)
        return writeFile(path, entry());
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (!readEntry(path).contains(ourMark)) {
        return Error{ notOurs,
                      tr("%1 was not made by LetThatSyncIn, so it is left as it is. Remove it to "
                         "stop LetThatSyncIn from starting when you log in.")
                              .arg(QDir::toNativeSeparators(path)) };
    }
    QFile file(path);
    if (!file.remove()) {
        return Error{ notRemoved,
                      tr("LetThatSyncIn still starts when you log in: %1 cannot be removed (%2).")
                              .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    return {};
}

#endif

} // namespace lts
