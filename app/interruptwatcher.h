// InterruptWatcher: turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal, so a long command
// can stop cleanly on the event loop instead of dying in the middle of a copy.
#pragma once

#include <QObject>

#include <functional>
#include <thread>

class QSocketNotifier;

namespace lts {

class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // A thread that runs `work` and never takes SIGINT nor SIGTERM: they go to the thread that
    // watches for them, even while `work` is stuck in a system call.
    static std::thread deafThread(std::function<void()> work);

Q_SIGNALS:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lts
