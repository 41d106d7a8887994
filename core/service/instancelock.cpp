#include "instancelock.h"

#include "privatefiles.h"

#include <QDir>

namespace lts {

InstanceLock::InstanceLock(const QString &configFolder)
    : m_folder(configFolder)
    , m_lock(QDir(configFolder).filePath(fileName))
{
    // Never stale by age: a long-running service must not lose its lock. A lock whose
    // process is gone is still recognised and taken over.
    m_lock.setStaleLockTime(0);
}

Result<void> InstanceLock::acquire()
{
    (void)PrivateFiles::makeFolder(m_folder);
    if (m_lock.tryLock(0))
        return {};
    const QString folder = QDir::toNativeSeparators(m_folder);
    if (m_lock.error() != QLockFile::LockFailedError)
        return Error{
            alreadyRunning,
            tr("Cannot create the lock file in %1: is the folder writable?").arg(folder)
        };
    qint64 pid = 0;
    QString host, application;
    m_lock.getLockInfo(&pid, &host, &application);
    return Error{ alreadyRunning,
                  tr("LetThatSyncIn is already running for the configuration in %1 (process %2). "
                     "Stop it first, or give another --config-dir.")
                          .arg(folder)
                          .arg(pid) };
}

} // namespace lts
