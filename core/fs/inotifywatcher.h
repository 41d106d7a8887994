// InotifyWatcher: SourceWatcher on Linux. A watch on every folder under the root, added on a
// thread of its own (walking 100,000 folders takes a while), where the inotify descriptor is then
// read through a QSocketNotifier. New folders are watched as they appear and listed right after,
// renamed folders are followed, and an overflow of the kernel's queue is announced.
#pragma once

#include "sourcewatcher.h"

#include <atomic>
#include <memory>

class QThread;

namespace lts {

class InotifyWatcher final : public SourceWatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InotifyWatcher)

public:
    explicit InotifyWatcher(Options options = {});
    // Does not wait for the thread: it stops at the next folder of a walk and then ends
    // by itself.
    ~InotifyWatcher() override;

    void start(const QString &root) override;

private:
    Options m_options;
    QThread *m_thread = nullptr; // deletes itself once it has ended
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace lts
