#include "stallwatch.h"

#include "detachedthreads.h"
#include "syncengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QPromise>

#include <algorithm>
#include <memory>
#include <mutex>

namespace lts {

using std::chrono::milliseconds;

StallWatch::StallWatch(const QString &source, const QString &target, milliseconds limit,
                       const Clock &clock, Look look, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_limit(limit)
    , m_look(look ? std::move(look) : Look(&StallWatch::lookAt))
    , m_lastProgress(clock.monotonic())
{
    m_reporter->watch = this;
    m_sides[0].folder = source;
    m_sides[1].folder = target;
    // Often enough to give up close to the limit; never more than once a second.
    m_timer.setInterval(std::clamp(m_limit / 4, milliseconds(50), milliseconds(1000)));
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::check);
    m_timer.start();
}

void StallWatch::progressed()
{
    m_lastProgress = m_clock.monotonic();
}

StallWatch::~StallWatch()
{
    const std::lock_guard lock(m_reporter->mutex);
    m_reporter->watch = nullptr;
}

std::function<void()> StallWatch::progressReporter() const
{
    return [reporter = m_reporter] {
        const std::lock_guard lock(reporter->mutex);
        // Posted events die with their object: none reaches a watch that is gone.
        if (StallWatch *watch = reporter->watch)
            QMetaObject::invokeMethod(watch, &StallWatch::progressed, Qt::QueuedConnection);
    };
}

void StallWatch::check()
{
    const milliseconds now = m_clock.monotonic();
    const milliseconds silence = now - m_lastProgress;
    // A run that moves is never looked at: the looks cost nothing while all goes well.
    if (silence < m_limit / 2)
        return;
    for (Side &side : m_sides) {
        const bool answered = !side.looked || side.look.isFinished();
        if (answered && (!side.looked || now - side.lookedAt >= m_limit / 2)) {
            side.look = m_look(side.folder);
            side.looked = true;
            side.lookedAt = now;
        }
    }
    if (silence < m_limit)
        return;
    auto silent = [this, now](const Side &side) {
        return side.looked && !side.look.isFinished() && now - side.lookedAt >= m_limit / 2;
    };
    const bool source = silent(m_sides[0]);
    const bool target = silent(m_sides[1]);
    if (!source && !target)
        return;
    m_timer.stop();
    const int seconds = int(std::max<qint64>(1, (m_limit.count() + 999) / 1000));
    const QString sourcePath = QDir::toNativeSeparators(QDir::cleanPath(m_sides[0].folder));
    const QString targetPath = QDir::toNativeSeparators(QDir::cleanPath(m_sides[1].folder));
    if (source && target)
        Q_EMIT stalled(SyncEngine::sourceUnavailable,
                       tr("Neither the source %1 nor the target %2 answered for %n second(s); "
                          "the run was given up.",
                          nullptr, seconds)
                               .arg(sourcePath, targetPath));
    else if (source)
        Q_EMIT stalled(SyncEngine::sourceUnavailable,
                       tr("The source %1 did not answer for %n second(s); the run was given up.",
                          nullptr, seconds)
                               .arg(sourcePath));
    else
        Q_EMIT stalled(SyncEngine::targetUnavailable,
                       tr("The target %1 did not answer for %n second(s); the run was given up.",
                          nullptr, seconds)
                               .arg(targetPath));
}

QFuture<void> StallWatch::lookAt(const QString &folder)
{
    // Never destroyed: a look may still answer while the process ends.
    static auto *mutex = new std::mutex;
    static auto *looking = new QHash<QString, QFuture<void>>;
    const std::lock_guard lock(*mutex);
    if (const auto found = looking->constFind(folder);
        found != looking->cend() && !found->isFinished())
        return *found;
    looking->removeIf([](const auto &look) { return look.value().isFinished(); });
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QFuture<void> future = promise->future();
    looking->insert(folder, future);
    DetachedThreads::start([promise, folder] {
        if (QFileInfo(folder).isDir()) {
            QDirIterator entries(folder, QDir::AllEntries | QDir::Hidden | QDir::System
                                                 | QDir::NoDotAndDotDot);
            (void)entries.hasNext();
        }
        promise->finish();
    });
    return future;
}

} // namespace lts
