#include "remotebackends.h"

#include "fsops.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

#include <atomic>
#include <mutex>

namespace lts {

namespace {

std::atomic<const RemoteBackends *> provided{ nullptr };

#ifdef LTS_REMOTE_MODULE
// The module's static object calls provideRemoteBackends() when it is loaded. It stays loaded
// for the life of the process: its locations may be in use on any thread.
Result<void> loadModule()
{
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString folder = QFileInfo(executable).absolutePath();
    const QString name = QStringLiteral(LTS_REMOTE_MODULE);
    QStringList tried;
    QString why;
    for (const QString &where :
         { folder,
           QFileInfo(folder + u'/' + QStringLiteral(LTS_REMOTE_MODULE_DIR)).absoluteFilePath() }) {
        const QString path = where + u'/' + name;
        tried.append(path);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        // Every symbol resolved now: one the executable lacks fails the load here, not a call
        // later.
        module.setLoadHints(QLibrary::PreventUnloadHint | QLibrary::ResolveAllSymbolsHint);
        if (module.load() && provided.load())
            return {};
        why = module.errorString();
        break;
    }
    return fsops::errorOf(
            fsops::ErrorKind::NotSupported,
            why.isEmpty() ? QCoreApplication::translate(
                                    "Location",
                                    "The part of LetThatSyncIn that reaches SFTP and FTP servers "
                                    "is not installed (%1 was not found).")
                                    .arg(tried.join(QStringLiteral(", ")))
                          : QCoreApplication::translate(
                                    "Location",
                                    "The part of LetThatSyncIn that reaches SFTP and FTP servers "
                                    "does not load: %1")
                                    .arg(why));
}
#endif

} // namespace

void provideRemoteBackends(const RemoteBackends *backends)
{
    provided.store(backends);
}

Result<const RemoteBackends *> remoteBackends()
{
    if (const RemoteBackends *backends = provided.load())
        return backends;
#ifdef LTS_REMOTE_MODULE
    static std::mutex loading;
    const std::lock_guard lock(loading);
    if (const RemoteBackends *backends = provided.load())
        return backends;
    if (Result<void> loaded = loadModule(); !loaded)
        return loaded.error();
    return provided.load();
#else
    return fsops::errorOf(fsops::ErrorKind::NotSupported,
                          QCoreApplication::translate(
                                  "Location", "This build of LetThatSyncIn has no SFTP or FTP."));
#endif
}

} // namespace lts
