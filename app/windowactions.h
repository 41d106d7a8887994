// WindowActions: what the tray menu and the drives window ask of the application: open a
// window, a dialog or a folder, or quit. One place does it (TrayApplication), so both ask
// the same way; tests replace it to see what was asked.
#pragma once

#include "fsops.h"

#include <QString>

namespace lts {

class WindowActions
{
public:
    virtual ~WindowActions() = default;

    virtual void showDrives() = 0;
    virtual void addDrive() = 0;
    virtual void editDrive(const QString &name) = 0;
    // What a forced run of the drive would do, before the user says "Run anyway".
    virtual void reviewDrive(const QString &name) = 0;
    // An empty `drive` shows every drive's runs.
    virtual void showHistory(const QString &drive = {}) = 0;
    // What the drive's runs overwrote or deleted in its target, to put back.
    virtual void showVersions(const QString &drive) = 0;
    // The dialog that shows `key` of `location`'s server, how to check it, and trusts it
    // (a drive waits for it: SyncController::trustNeeded, or a test of the location found it).
    virtual void trustServer(const QString &location, const fsops::HostKey &key) = 0;
    // The dialog that stores the password of `location`'s login (its server refused the login).
    virtual void enterPassword(const QString &location) = 0;
    virtual void showSettings() = 0;
    virtual void showAbout() = 0;
    // In the system's file manager: a drive's location (a folder of this computer or on a
    // server), or the folder `inside` it (a relative path).
    virtual void openFolder(const QString &location, const QString &inside = {}) = 0;
    virtual void quit() = 0;
};

} // namespace lts
