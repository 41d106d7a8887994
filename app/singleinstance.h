// SingleInstance: one tray application per config folder. The first start listens on a
// local socket named after the folder; a second start finds it, asks it to show its Drives
// window, and exits.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QObject>

class QLocalServer;

namespace lts {

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &configFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: the same folder gives the same name, in every process of the user.
    QString serverName() const { return m_serverName; }

    // True when a first instance answered and was asked to show its window.
    bool activateRunningInstance() const;
    // Becomes the first instance. Call only while holding the folder's InstanceLock: a socket
    // left behind by a crashed instance is then known to be stale and is replaced.
    Result<void> listen();

Q_SIGNALS:
    // A second start asked this instance to show itself.
    void activationRequested();

private:
    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace lts
