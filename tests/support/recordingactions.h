// A stand-in for the application in the tray's and windows' tests: it opens nothing and
// records what it was asked, in order ("editDrive Photos", "showDrives").
#pragma once

#include "windowactions.h"

#include <QStringList>

namespace lts::test {

class RecordingActions final : public WindowActions
{
public:
    QStringList calls;

    void showDrives() override { calls.append(QStringLiteral("showDrives")); }
    void addDrive() override { calls.append(QStringLiteral("addDrive")); }
    void editDrive(const QString &name) override { calls.append(u"editDrive " + name); }
    void reviewDrive(const QString &name) override { calls.append(u"reviewDrive " + name); }
    void showHistory(const QString &drive) override { calls.append(u"showHistory " + drive); }
    void showVersions(const QString &drive) override { calls.append(u"showVersions " + drive); }
    void trustServer(const QString &location, const fsops::HostKey &key) override
    {
        calls.append(u"trustServer " + location + u' ' + key.fingerprint);
    }
    void enterPassword(const QString &location) override
    {
        calls.append(u"enterPassword " + location);
    }
    void showSettings() override { calls.append(QStringLiteral("showSettings")); }
    void showAbout() override { calls.append(QStringLiteral("showAbout")); }
    void openFolder(const QString &location, const QString &inside) override
    {
        calls.append(u"openFolder " + (inside.isEmpty() ? location : location + u'/' + inside));
    }
    void quit() override { calls.append(QStringLiteral("quit")); }
};

} // namespace lts::test
