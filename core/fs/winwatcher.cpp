// SourceWatcher on Windows: ReadDirectoryChangesW on the root with its whole subtree, read on a
// thread of its own. Built only on Windows; never run; compiled by MinGW in the tests
// (tst_windows_watcher_compiles, docs/watching.md).
#include "sourcewatcher.h"

#include <QDir>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <windows.h>

namespace lts {

namespace {

class WindowsWatcher final : public SourceWatcher
{
public:
    explicit WindowsWatcher(Options options)
        : m_options(std::move(options))
    { }

    ~WindowsWatcher() override
    {
        m_stop->store(true);
        if (HANDLE folder = m_folder.exchange(INVALID_HANDLE_VALUE);
            folder != INVALID_HANDLE_VALUE) {
            CancelIoEx(folder, nullptr); // ends the blocking read; the thread closes the handle
        }
    }

    void start(const QString &root) override
    {
        const std::wstring path = QDir::toNativeSeparators(root).toStdWString();
        // A share's changes made by other computers are not announced to this one.
        const std::wstring volume = QDir::toNativeSeparators(root.left(3)).toStdWString();
        if (m_options.fileSystem ? !m_options.fileSystem(root).isEmpty()
                                 : GetDriveTypeW(volume.c_str()) == DRIVE_REMOTE
                                           || root.startsWith(QStringLiteral("//"))) {
            return Q_EMIT unavailable(WatchReasons::networkFileSystem(root, tr("a network share")));
        }
        HANDLE folder = CreateFileW(path.c_str(), FILE_LIST_DIRECTORY,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                    OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
        if (folder == INVALID_HANDLE_VALUE)
            return Q_EMIT unavailable(
                    WatchReasons::cannotWatch(root, tr("error %1").arg(GetLastError())));
        m_folder = folder;
        QPointer<WindowsWatcher> self(this);
        QThread *thread = QThread::create([self, folder, stop = m_stop] {
            alignas(DWORD) char buffer[64 * 1024];
            while (!stop->load()) {
                DWORD length = 0;
                const DWORD filter = FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME
                                     | FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_LAST_WRITE
                                     | FILE_NOTIFY_CHANGE_ATTRIBUTES;
                if (!ReadDirectoryChangesW(folder, buffer, sizeof buffer, TRUE, filter, &length,
                                           nullptr, nullptr))
                    break;
                if (stop->load())
                    break;
                if (length == 0) { // the system's buffer overflowed
                    QMetaObject::invokeMethod(self, [self] {
                        if (self)
                            Q_EMIT self->overflowed();
                    });
                    continue;
                }
                QList<SourceChange> changes;
                for (DWORD at = 0;;) {
                    const auto *info
                            = reinterpret_cast<const FILE_NOTIFY_INFORMATION *>(buffer + at);
                    const QString path = QString::fromWCharArray(
                            info->FileName, int(info->FileNameLength / sizeof(WCHAR)));
                    const QString relative = QDir::fromNativeSeparators(path);
                    const qsizetype slash = relative.lastIndexOf(u'/');
                    changes.append({ slash < 0 ? QString() : relative.left(slash),
                                     relative.mid(slash + 1),
                                     info->Action == FILE_ACTION_REMOVED
                                             || info->Action == FILE_ACTION_RENAMED_OLD_NAME });
                    if (info->NextEntryOffset == 0)
                        break;
                    at += info->NextEntryOffset;
                }
                QMetaObject::invokeMethod(self, [self, changes] {
                    if (self)
                        Q_EMIT self->changed(changes);
                });
            }
            CloseHandle(folder);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start(QThread::LowPriority);
        Q_EMIT ready(); // one watch covers the whole tree, new folders included
    }

private:
    Options m_options;
    std::atomic<HANDLE> m_folder = INVALID_HANDLE_VALUE;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace

std::unique_ptr<SourceWatcher> createPlatformWatcher(SourceWatcher::Options options)
{
    return std::make_unique<WindowsWatcher>(std::move(options));
}

} // namespace lts
