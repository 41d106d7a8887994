// Counts how often the folders of a tree on this machine's disk are opened, by whatever process
// (inotify's IN_OPEN on each folder): a folder is opened to be listed, never to be looked at
// (stat), so for a folder an SFTP server serves, this counts the listings the server made for
// its clients. Linux only; the folders are those that exist when the object is made.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QString>

#include <sys/inotify.h>
#include <unistd.h>

namespace lts::test {

class FolderOpens
{
public:
    explicit FolderOpens(const QString &root)
        : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        watch(root, QStringLiteral("."));
        QDirIterator it(root, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            watch(path, QDir(root).relativeFilePath(path));
        }
        (void)opened(); // this listing's own
    }
    ~FolderOpens()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(FolderOpens)

    bool isValid() const { return m_fd >= 0 && !m_folders.isEmpty() && !m_failed; }

    // The folders opened since the object was made, or since the last call (relative to the
    // root, "." for the root itself), each as often as it was opened. The kernel queues the
    // events as the opens happen: once the server answered, they are all here.
    QStringList opened()
    {
        QStringList folders;
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                // The folder's own event (no name): not its parent's about a child.
                if ((event->mask & IN_OPEN) && event->len == 0)
                    folders.append(m_folders.value(event->wd));
                if (event->mask & IN_Q_OVERFLOW)
                    m_failed = true;
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        return folders;
    }

private:
    void watch(const QString &path, const QString &relative)
    {
        const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(path).constData(),
                                           IN_OPEN | IN_ONLYDIR);
        if (wd < 0)
            m_failed = true;
        else
            m_folders.insert(wd, relative);
    }

    int m_fd;
    QHash<int, QString> m_folders;
    bool m_failed = false;
};

} // namespace lts::test
