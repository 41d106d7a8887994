#include "inotifywatcher.h"

#include <QFile>
#include <QHash>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lts {

namespace {

constexpr std::uint32_t watchedEvents = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE
                                        | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF
                                        | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW
                                        | IN_EXCL_UNLINK;

QByteArray joined(const QByteArray &folder, const QByteArray &name)
{
    return folder.isEmpty() ? name : folder + '/' + name;
}

bool insideOrSame(const QByteArray &path, const QByteArray &folder)
{
    return path == folder || (path.startsWith(folder) && path.at(folder.size()) == '/');
}

} // namespace

// Lives on the watcher's thread: owns the inotify descriptor and the map of its watches.
class InotifyWorker final : public QObject
{
    Q_OBJECT

public:
    InotifyWorker(SourceWatcher::Options options, std::shared_ptr<std::atomic_bool> stop)
        : m_options(std::move(options))
        , m_stop(std::move(stop))
    { }

    ~InotifyWorker() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void begin(const QString &root)
    {
        m_root = QFile::encodeName(root);
        SourceWatcher::FileSystemCheck check = &SourceWatcher::networkFileSystem;
        if (m_options.fileSystem)
            check = m_options.fileSystem;
        if (const QString type = check(root); !type.isEmpty())
            return Q_EMIT unavailable(WatchReasons::networkFileSystem(root, type));
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd < 0)
            return giveUp(WatchReasons::cannotWatch(root, QString::fromLocal8Bit(strerror(errno))));
        QList<QByteArray> added;
        if (!watchTree({}, added))
            return;
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &InotifyWorker::readEvents);
        Q_EMIT ready();
    }

Q_SIGNALS:
    void ready();
    void changed(const QList<lts::SourceChange> &changes);
    void overflowed();
    void unavailable(const QString &reason);

private:
    // Watches `folder` and every folder under it; the folders watched are appended to `added`.
    // False when watching had to stop (the limit, the root gone), said with unavailable().
    bool watchTree(const QByteArray &folder, QList<QByteArray> &added)
    {
        QList<QByteArray> pending{ folder };
        while (!pending.isEmpty()) {
            if (m_stop->load())
                return false;
            const QByteArray path = pending.takeLast();
            const QByteArray full = path.isEmpty() ? m_root : m_root + '/' + path;
            errno = 0;
            const int wd = (m_options.watchLimit >= 0 && m_paths.size() >= m_options.watchLimit)
                                   ? (errno = ENOSPC, -1)
                                   : ::inotify_add_watch(m_fd, full.constData(), watchedEvents);
            if (wd < 0) {
                if (errno == ENOSPC) {
                    giveUp(WatchReasons::tooManyFolders(m_paths.size()));
                    return false;
                }
                if (path.isEmpty()) {
                    giveUp(WatchReasons::cannotWatch(QFile::decodeName(m_root),
                                                     QString::fromLocal8Bit(strerror(errno))));
                    return false;
                }
                continue; // gone or unreadable meanwhile: the run says what it cannot read
            }
            m_paths.insert(wd, path);
            added.append(path);
            // Listed after its watch is in place: what appears from now on is announced, and
            // what appeared before is found here.
            DIR *dir = ::opendir(full.constData());
            if (!dir)
                continue;
            while (const dirent *entry = ::readdir(dir)) {
                const QByteArray name(entry->d_name);
                if (name == "." || name == "..")
                    continue;
                bool isFolder = entry->d_type == DT_DIR;
                if (entry->d_type == DT_UNKNOWN) {
                    struct stat st
                    {
                    };
                    isFolder = ::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0
                               && S_ISDIR(st.st_mode);
                }
                if (isFolder)
                    pending.append(joined(path, name));
            }
            ::closedir(dir);
        }
        return true;
    }

    // The watches of `folder` and under it, removed (it left the tree).
    void forgetTree(const QByteArray &folder)
    {
        for (auto it = m_paths.begin(); it != m_paths.end();) {
            if (insideOrSame(it.value(), folder)) {
                ::inotify_rm_watch(m_fd, it.key());
                it = m_paths.erase(it);
            } else {
                ++it;
            }
        }
    }

    // The folder `from` was renamed to `to` inside the tree: its watches follow it.
    void renameTree(const QByteArray &from, const QByteArray &to)
    {
        for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
            if (insideOrSame(it.value(), from))
                it.value() = to + it.value().mid(from.size());
        }
    }

    void giveUp(const QString &reason)
    {
        delete m_notifier;
        m_notifier = nullptr;
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_paths.clear();
        Q_EMIT unavailable(reason);
    }

    void readEvents()
    {
        alignas(inotify_event) char buffer[64 * 1024];
        QList<SourceChange> changes;
        QHash<std::uint32_t, QByteArray> movedFrom; // folders, by cookie, until their MOVED_TO
        bool overflow = false;
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t at = 0; at < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                at += ssize_t(sizeof(inotify_event) + event->len);
                if (event->mask & IN_Q_OVERFLOW) {
                    overflow = true;
                    continue;
                }
                const auto folder = m_paths.constFind(event->wd);
                if (folder == m_paths.cend())
                    continue;
                if (event->mask & IN_IGNORED) {
                    const bool root = folder->isEmpty();
                    m_paths.erase(folder);
                    if (root) {
                        if (!changes.isEmpty())
                            Q_EMIT changed(changes);
                        return giveUp(WatchReasons::cannotWatch(
                                QFile::decodeName(m_root),
                                tr("the folder was removed or moved away")));
                    }
                    continue;
                }
                if (event->len == 0)
                    continue; // about the folder itself: its parent's watch tells it
                const QByteArray parent = *folder;
                const QByteArray name(event->name);
                const QByteArray path = joined(parent, name);
                const bool isFolder = event->mask & IN_ISDIR;
                const bool removed = event->mask & (IN_DELETE | IN_MOVED_FROM);
                changes.append({ QFile::decodeName(parent), QFile::decodeName(name), removed });
                if (!isFolder)
                    continue;
                if (event->mask & IN_MOVED_FROM) {
                    movedFrom.insert(event->cookie, path);
                } else if ((event->mask & IN_MOVED_TO) && movedFrom.contains(event->cookie)) {
                    renameTree(movedFrom.take(event->cookie), path);
                } else if (event->mask & (IN_CREATE | IN_MOVED_TO)) {
                    QList<QByteArray> added;
                    if (!watchTree(path, added)) {
                        if (m_fd >= 0) // stopped, not given up
                            return;
                        if (!changes.isEmpty())
                            Q_EMIT changed(changes);
                        return;
                    }
                    // What the new folders held before their watches were there.
                    for (const QByteArray &newFolder : std::as_const(added))
                        changes.append({ QFile::decodeName(newFolder), {}, false });
                }
            }
        }
        // Renamed out of the tree: nothing of them is watched any more.
        for (const QByteArray &gone : std::as_const(movedFrom))
            forgetTree(gone);
        if (!changes.isEmpty())
            Q_EMIT changed(changes);
        if (overflow)
            Q_EMIT overflowed();
    }

    SourceWatcher::Options m_options;
    std::shared_ptr<std::atomic_bool> m_stop;
    QByteArray m_root;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, QByteArray> m_paths; // watch descriptor -> folder, relative to the root
};

InotifyWatcher::InotifyWatcher(Options options)
    : m_options(std::move(options))
{ }

InotifyWatcher::~InotifyWatcher()
{
    m_stop->store(true);
    if (m_thread)
        m_thread->quit();
}

void InotifyWatcher::start(const QString &root)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("inotify"));
    auto *worker = new InotifyWorker(m_options, m_stop);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(worker, &InotifyWorker::ready, this, &SourceWatcher::ready);
    connect(worker, &InotifyWorker::changed, this, &SourceWatcher::changed);
    connect(worker, &InotifyWorker::overflowed, this, &SourceWatcher::overflowed);
    connect(worker, &InotifyWorker::unavailable, this, &SourceWatcher::unavailable);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(worker, [worker, root] { worker->begin(root); });
}

} // namespace lts

#include "inotifywatcher.moc"
