#include "sourcewatcher.h"

#if defined(Q_OS_LINUX)
#include "inotifywatcher.h"

#include <sys/vfs.h>
#endif

#include <QFile>

#include <algorithm>

namespace lts {

QString WatchReasons::tooManyFolders(qint64 watched)
{
    return tr("Too many folders for inotify (%1 watched, the system allows no more): raise "
              "fs.inotify.max_user_watches, e.g. sudo sysctl fs.inotify.max_user_watches=%2; "
              "until then the drive syncs at its interval.")
            .arg(watched)
            .arg(std::max<qint64>(524288, watched * 2));
}

QString WatchReasons::networkFileSystem(const QString &root, const QString &type)
{
    return tr("%1 is on a network file system (%2), which does not announce changes: the drive "
              "syncs at its interval.")
            .arg(root, type);
}

QString WatchReasons::cannotWatch(const QString &root, const QString &why)
{
    return tr("Cannot watch %1 (%2): the drive syncs at its interval.").arg(root, why);
}

std::unique_ptr<SourceWatcher> SourceWatcher::create(Options options)
{
#if defined(Q_OS_LINUX)
    return std::make_unique<InotifyWatcher>(std::move(options));
#else
    return createPlatformWatcher(std::move(options));
#endif
}

QString SourceWatcher::networkFileSystem(const QString &root)
{
#if defined(Q_OS_LINUX)
    struct statfs facts
    {
    };
    if (::statfs(QFile::encodeName(root).constData(), &facts) != 0)
        return {}; // the watch itself says what is wrong with the folder
    // The magic numbers of linux/magic.h and fs/smb/client: file systems whose changes are
    // made elsewhere (the server, the FUSE daemon) and never reach this kernel's inotify.
    switch (static_cast<unsigned long>(facts.f_type)) {
    case 0x6969UL:
        return QStringLiteral("nfs");
    case 0x517BUL:
        return QStringLiteral("smb");
    case 0xFF534D42UL:
        return QStringLiteral("cifs");
    case 0xFE534D42UL:
        return QStringLiteral("smb2");
    case 0x65735546UL:
        return QStringLiteral("fuse"); // sshfs, rclone mount, ...
    case 0x01021997UL:
        return QStringLiteral("9p");
    case 0x00C36400UL:
        return QStringLiteral("ceph");
    case 0x5346414FUL:
        return QStringLiteral("afs");
    case 0x73757245UL:
        return QStringLiteral("coda");
    case 0x564CUL:
        return QStringLiteral("ncp");
    default:
        return {};
    }
#else
    Q_UNUSED(root);
    return {};
#endif
}

} // namespace lts
