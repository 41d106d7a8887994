// SourceWatcher on macOS: an FSEvents stream of file events on the root (the whole tree), on a
// dispatch queue of its own. Built only on macOS; not run by the Linux CI (docs/watching.md).
#include "sourcewatcher.h"

#include <QPointer>

#include <CoreServices/CoreServices.h>

namespace lts {

namespace {

class FsEventsWatcher final : public SourceWatcher
{
public:
    explicit FsEventsWatcher(Options options)
        : m_options(std::move(options))
    { }

    ~FsEventsWatcher() override
    {
        if (m_stream) {
            FSEventStreamStop(m_stream);
            FSEventStreamInvalidate(m_stream);
            FSEventStreamRelease(m_stream);
        }
        if (m_queue)
            dispatch_release(m_queue);
        delete m_self;
    }

    void start(const QString &root) override
    {
        m_root = root;
        m_self = new QPointer<FsEventsWatcher>(this);
        CFStringRef path = root.toCFString();
        CFArrayRef paths = CFArrayCreate(nullptr, reinterpret_cast<const void **>(&path), 1,
                                         &kCFTypeArrayCallBacks);
        FSEventStreamContext context{ 0, m_self, nullptr, nullptr, nullptr };
        m_stream = FSEventStreamCreate(
                nullptr, &FsEventsWatcher::callback, &context, paths, kFSEventStreamEventIdSinceNow,
                0.05, kFSEventStreamCreateFlagFileEvents | kFSEventStreamCreateFlagNoDefer);
        CFRelease(paths);
        CFRelease(path);
        m_queue = dispatch_queue_create("letthatsyncin.fsevents", DISPATCH_QUEUE_SERIAL);
        FSEventStreamSetDispatchQueue(m_stream, m_queue);
        if (!FSEventStreamStart(m_stream))
            return Q_EMIT unavailable(WatchReasons::cannotWatch(root, tr("FSEvents refused it")));
        Q_EMIT ready();
    }

private:
    static void callback(ConstFSEventStreamRef, void *info, size_t count, void *eventPaths,
                         const FSEventStreamEventFlags flags[], const FSEventStreamEventId[])
    {
        auto *self = static_cast<QPointer<FsEventsWatcher> *>(info);
        const auto **paths = static_cast<const char **>(eventPaths);
        QList<QString> full;
        bool rescan = false;
        for (size_t i = 0; i < count; ++i) {
            rescan = rescan || (flags[i] & kFSEventStreamEventFlagMustScanSubDirs);
            full.append(QString::fromUtf8(paths[i]));
        }
        QMetaObject::invokeMethod(*self, [self = *self, full, rescan] {
            if (!self)
                return;
            if (rescan)
                return Q_EMIT self->overflowed();
            QList<SourceChange> changes;
            for (const QString &path : full) {
                QString relative = path.mid(self->m_root.size());
                while (relative.startsWith(u'/'))
                    relative.remove(0, 1);
                const qsizetype slash = relative.lastIndexOf(u'/');
                // FSEvents does not say reliably whether an entry went: a run looks.
                changes.append({ slash < 0 ? QString() : relative.left(slash),
                                 relative.mid(slash + 1), false });
            }
            Q_EMIT self->changed(changes);
        });
    }

    Options m_options;
    QString m_root;
    QPointer<FsEventsWatcher> *m_self = nullptr;
    FSEventStreamRef m_stream = nullptr;
    dispatch_queue_t m_queue = nullptr;
};

} // namespace

std::unique_ptr<SourceWatcher> createPlatformWatcher(SourceWatcher::Options options)
{
    return std::make_unique<FsEventsWatcher>(std::move(options));
}

} // namespace lts
