// Autostart: whether LetThatSyncIn starts when the user logs in, kept where the system looks:
// the XDG autostart entry (Linux, BSD), the registry's Run key (Windows), a LaunchAgent (macOS).
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lts {

class Autostart final
{
    Q_DECLARE_TR_FUNCTIONS(lts::Autostart)

public:
    // The application's id: the name of the desktop entry, the LaunchAgent's label.
    static inline const QString applicationId = QStringLiteral("org.letthatsyncin.LetThatSyncIn");

    // The start repeats `arguments` (--config-dir ...), so it uses the same folders.
    explicit Autostart(QString executable = currentExecutable(), QStringList arguments = {});

    // The program a start on login runs: this one, or the AppImage it was started from (the
    // executable inside is gone once the AppImage ends).
    static QString currentExecutable();

    // Where the start is kept: the desktop entry or LaunchAgent file, or the registry value.
    static QString location();

    // Whether the system starts LetThatSyncIn at login: the entry is there and not switched
    // off (Hidden, X-GNOME-Autostart-enabled=false: how desktops turn entries off).
    bool isEnabled() const;
    // On: writes the entry (replacing one that is there). Off: removes ours; one that someone
    // else wrote is left alone and reported.
    Result<void> setEnabled(bool on);

    // The whole desktop entry / LaunchAgent / command line as written (for tests and messages).
    QByteArray entry() const;

    // `arguments` as the Exec key of a desktop entry holds them: quoted where the Desktop
    // Entry specification asks, then escaped as its string values are.
    static QString desktopExec(const QStringList &arguments);
    // `arguments` as one Windows command line (the rules of CommandLineToArgvW).
    static QString windowsCommandLine(const QStringList &arguments);

private:
    QStringList command() const; // the executable, then the arguments

    QString m_executable;
    QStringList m_arguments;
};

} // namespace lts
