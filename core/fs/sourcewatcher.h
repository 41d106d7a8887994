// SourceWatcher: tells when something changes under a local folder (a drive's source), so the
// drive can run within seconds instead of at its interval. One implementation per platform
// (inotify on Linux, ReadDirectoryChangesW on Windows, FSEvents on macOS), made by create().
// Everything that touches the disk (walking the tree to watch every folder) runs on a thread of
// the watcher's own: the signals arrive on the thread that made it.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace lts {

// One change under the root: in the folder `folder` ('/'-separated, relative to the root; empty
// for the root), the entry `name` appeared, changed, or (`removed`) went away or was renamed
// out of it.
struct SourceChange
{
    QString folder;
    QString name;
    bool removed = false;

    friend bool operator==(const SourceChange &, const SourceChange &) = default;
};

struct SourceWatcherOptions
{
    // Asked on the watcher's thread before anything else: the name of the network or FUSE
    // file system the root is on ("nfs", "cifs", "fuse"), where no change is announced, or
    // empty for a local disk. SourceWatcher::networkFileSystem() when not given.
    std::function<QString(const QString &root)> fileSystem;
    // Tests: watches beyond this many fail as the kernel's limit does (ENOSPC); -1: none.
    int watchLimit = -1;
};

class SourceWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceWatcher)

public:
    using Options = SourceWatcherOptions;
    using FileSystemCheck = std::function<QString(const QString &root)>;

    // The platform's watcher; null where this build has none.
    static std::unique_ptr<SourceWatcher> create(Options options = {});
    // The name of the file system of `root` when changes on it are not announced to this
    // computer (NFS, SMB/CIFS, sshfs and other FUSE mounts), else empty. May block on a
    // mount that does not answer: called on the watcher's thread.
    static QString networkFileSystem(const QString &root);

    ~SourceWatcher() override = default;

    // Starts watching every folder under `root`, folders made later included. Returns at once;
    // ready() once every folder is watched, or unavailable() when watching cannot be done.
    virtual void start(const QString &root) = 0;

Q_SIGNALS:
    // Every folder is watched: a change from now on is announced.
    void ready();
    // Changes, a batch at a time, in the order they came.
    void changed(const QList<lts::SourceChange> &changes);
    // Changes were lost (the system's queue of events overflowed): only a full look at the
    // source knows what changed. Watching goes on.
    void overflowed();
    // Watching stopped or never started, and why, in words (a watch limit, a network file
    // system, the root gone). Nothing more is announced.
    void unavailable(const QString &reason);

protected:
    SourceWatcher() = default;
};

// The watcher of the platforms without inotify (winwatcher.cpp, fseventswatcher.cpp); null
// where there is none.
std::unique_ptr<SourceWatcher> createPlatformWatcher(SourceWatcher::Options options);

// The words of the reasons, for the implementations.
class WatchReasons final
{
    Q_DECLARE_TR_FUNCTIONS(lts::WatchReasons)

public:
    // The kernel's limit of watched folders was met: the command that raises it.
    static QString tooManyFolders(qint64 watched);
    static QString networkFileSystem(const QString &root, const QString &type);
    static QString cannotWatch(const QString &root, const QString &why);
};

} // namespace lts
