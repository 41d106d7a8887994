// AvailabilityProber: every check of a drive's location (is it there, a folder, its volume,
// its space, the validator's look at the disk, whether a drive's folders are back) runs here,
// on the prober's own few threads, with a deadline (the NetworkTimeout setting). A location
// that does not answer in time is answered "timed out" at the deadline, in words naming it;
// the thread stuck in the kernel is left to itself, never waited for, and no second thread is
// sent to a location while one is stuck there. The last look at each location is kept with
// its time, for those who must not wait (the scheduler, the dispatcher).
//
// The callers hold a QFuture and go on with QFuture::then(context, ...): nothing waits on the
// GUI thread or the service's main thread. How a location is looked at depends on its kind: a
// folder of this computer today; a later backend (SFTP, WebDAV) gives its own check.
#pragma once

#include "locationfacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace lts {

enum class ProbeOutcome { Answered, TimedOut };

// One check's answer: its value, or that the location did not answer within the deadline.
template<typename T>
struct Probed
{
    QString location;
    ProbeOutcome outcome = ProbeOutcome::TimedOut;
    T value{}; // when answered
    QDateTime at; // when it answered or was given up (UTC)

    bool answered() const { return outcome == ProbeOutcome::Answered; }
};

using LocationProbe = Probed<LocationFacts>;

class AvailabilityProber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityProber)

public:
    // Looks at one location; runs on a prober thread and may block as long as the disk does.
    using FactsCheck = std::function<LocationFacts(const QString &location)>;
    // What a location is to the one who asks, for the words of a timeout.
    enum class Role { Source, Target, Folder };

    // Threads for locations that answer; one more is added for each thread stuck in the
    // kernel, so stuck locations never hold up the others.
    static constexpr int threads = 4;

    explicit AvailabilityProber(std::chrono::milliseconds deadline, QObject *parent = nullptr);
    // Returns at once, even with threads stuck: those are abandoned (they end with the process,
    // or when their disk answers, and then touch nothing of this object).
    ~AvailabilityProber() override;

    std::chrono::milliseconds deadline() const { return m_deadline; }
    // For the checks asked from now on.
    void setDeadline(std::chrono::milliseconds deadline);
    // The check of the locations whose scheme (paths::remoteScheme) is `scheme`; the empty
    // scheme is a folder of this computer, looked at with LocationFacts::ofFolder unless set.
    void setFactsCheck(const QString &scheme, FactsCheck check);

    // A fresh look at `location`. While a look at it is under way, its answer is shared; while
    // a thread is stuck there, the answer is "timed out" at once. The answer, and a late one
    // of a stuck thread, is kept for cached().
    QFuture<LocationProbe> probe(const QString &location);
    // The last answer about `location`, with its time; nullopt when it was never looked at.
    std::optional<LocationProbe> cached(const QString &location) const;

    // Any other check that touches `location`, on the same terms: the prober's threads, the
    // deadline, one thread at a location at a time. `work` runs on a prober thread and must
    // hold everything it uses (it may outlive its caller, stuck).
    template<typename T>
    QFuture<Probed<T>> check(const QString &location, std::function<T()> work)
    {
        return start<T>(location, std::move(work), {});
    }

    // Whether a thread is stuck at `location` (past its deadline, still in the kernel).
    bool isStuck(const QString &location) const;
    int stuckThreads() const { return m_stuck; }

    // "The target /mnt/nas/backup did not answer within 30 seconds."
    QString notAnswering(Role role, const QString &location) const;
    static QString notAnswering(Role role, const QString &location,
                                std::chrono::milliseconds deadline);

private:
    struct Task
    {
        quint64 id = 0;
        std::function<void()> work; // on a prober thread
        std::function<void()> answered; // here, once the work has ended (late or not)
        std::function<void()> timedOut; // here, when the deadline passed first
    };
    struct Place
    {
        std::optional<Task> running;
        bool late = false; // the running task is past its deadline: stuck
        QList<Task> waiting; // for the thread at this place to be free
    };
    // Shared with the threads, which tell this object that their work ended while it exists.
    struct Link
    {
        QMutex mutex;
        AvailabilityProber *prober = nullptr;
    };

    template<typename T>
    QFuture<Probed<T>> start(const QString &location, std::function<T()> work,
                             std::function<void(const Probed<T> &)> onAnswer);
    void submit(const QString &location, Task task);
    void runNext(const QString &location);
    void workEnded(const QString &location);
    void deadlinePassed(const QString &location, quint64 id);
    FactsCheck factsCheckFor(const QString &location) const;

    std::chrono::milliseconds m_deadline;
    QThreadPool *m_pool; // deleted only when no thread is stuck in it: its destructor waits
    std::shared_ptr<Link> m_link = std::make_shared<Link>();
    QHash<QString, Place> m_places;
    QHash<QString, FactsCheck> m_factsChecks; // by scheme
    QHash<QString, LocationProbe> m_cache;
    // The callers of the looks under way.
    QHash<QString, QList<std::shared_ptr<QPromise<LocationProbe>>>> m_probing;
    quint64 m_nextId = 1;
    int m_stuck = 0;
};

template<typename T>
QFuture<Probed<T>> AvailabilityProber::start(const QString &location, std::function<T()> work,
                                             std::function<void(const Probed<T> &)> onAnswer)
{
    // The promise stays with this object, not with the thread: a prober destroyed while a
    // thread is stuck cancels the answers it owes.
    struct Shared
    {
        QPromise<Probed<T>> promise;
        bool told = false;
    };
    auto shared = std::make_shared<Shared>();
    // Written by the work, read here once it has ended.
    auto value = std::make_shared<std::optional<T>>();
    shared->promise.start();
    QFuture<Probed<T>> future = shared->promise.future();
    auto tell = [shared, onAnswer](Probed<T> answer) {
        if (onAnswer)
            onAnswer(answer);
        if (shared->told)
            return; // a late answer: the caller heard "timed out" already
        shared->told = true;
        shared->promise.addResult(std::move(answer));
        shared->promise.finish();
    };
    Task task;
    task.work = [value, work = std::move(work)] { value->emplace(work()); };
    task.answered = [value, tell, location] {
        tell(Probed<T>{ location, ProbeOutcome::Answered, value->value_or(T{}),
                        QDateTime::currentDateTimeUtc() });
    };
    task.timedOut = [tell, location] {
        tell(Probed<T>{ location, ProbeOutcome::TimedOut, T{}, QDateTime::currentDateTimeUtc() });
    };
    submit(location, std::move(task));
    return future;
}

} // namespace lts
