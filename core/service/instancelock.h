// InstanceLock: one running LetThatSyncIn per config folder, so two schedulers never run
// the same drives. Held with a QLockFile in the config folder; a lock left by a process
// that died is taken over.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace lts {

class InstanceLock final
{
    Q_DECLARE_TR_FUNCTIONS(lts::InstanceLock)

public:
    static inline const QString fileName = QStringLiteral("instance.lock");
    static inline const QString alreadyRunning = QStringLiteral("Already Running");

    explicit InstanceLock(const QString &configFolder);

    // Fails with "Already Running" and the other process's id when the folder is taken.
    Result<void> acquire();

private:
    QString m_folder;
    QLockFile m_lock;
};

} // namespace lts
