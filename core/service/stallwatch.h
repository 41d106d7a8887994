// StallWatch: gives a run up when it stopped moving because a folder of it no longer answers
// (a network mount whose server went away, a disk that hangs): the run has made no progress
// for the time limit (NetworkTimeout), and a look at its source or its target, made while it
// was silent, has waited half of that without an answer. A run that is silent while both
// folders answer goes on: a large file being flushed to a slow disk reports nothing for a
// while, but its disk still answers.
#pragma once

#include "clock.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace lts {

class StallWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatch)

public:
    // A look at a folder: the future finishes once the folder has answered, whatever it said.
    using Look = std::function<QFuture<void>(const QString &folder)>;

    // Starts watching now; `look` is lookAt() when empty.
    StallWatch(const QString &source, const QString &target, std::chrono::milliseconds limit,
               const Clock &clock, Look look = {}, QObject *parent = nullptr);
    ~StallWatch() override;

    // The run moved (a folder listed, bytes copied, a file done): its silence starts again.
    void progressed();
    // The same for the run's own threads: a function they may call at any time, even after
    // the watch is gone (it then reaches nothing).
    std::function<void()> progressReporter() const;

    // The folder's kind and its first entries, on a thread of its own (DetachedThreads): a
    // network mount may answer a stat from its cache, but opening a folder asks the server.
    // One look at a time per folder, so a folder that never answers holds one thread.
    static QFuture<void> lookAt(const QString &folder);

Q_SIGNALS:
    // Once: the run is given up. `code`: Source Unavailable or Target Unavailable; `message`
    // names the folder that does not answer.
    void stalled(const QString &code, const QString &message);

private:
    struct Side
    {
        QString folder;
        QFuture<void> look;
        bool looked = false;
        std::chrono::milliseconds lookedAt{ 0 };
    };

    void check();

    const Clock &m_clock;
    const std::chrono::milliseconds m_limit;
    Look m_look;
    std::array<Side, 2> m_sides; // the source, the target
    std::chrono::milliseconds m_lastProgress;
    // What progressReporter()'s functions reach: this watch, until it is gone.
    struct Reporter
    {
        std::mutex mutex;
        StallWatch *watch = nullptr;
    };
    std::shared_ptr<Reporter> m_reporter = std::make_shared<Reporter>();
    QTimer m_timer;
};

} // namespace lts
