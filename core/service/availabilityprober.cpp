#include "availabilityprober.h"

#include "paths.h"

#include <QDir>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace lts {

namespace {

// The pools of probers that were destroyed with threads stuck in them: kept, never waited
// for, so their threads may end whenever their disk answers (or with the process).
std::vector<QThreadPool *> &abandonedPools()
{
    static auto *pools = new std::vector<QThreadPool *>;
    return *pools;
}

} // namespace

AvailabilityProber::AvailabilityProber(std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_deadline(deadline)
    , m_pool(new QThreadPool)
{
    m_pool->setMaxThreadCount(threads);
    m_link->prober = this;
}

AvailabilityProber::~AvailabilityProber()
{
    {
        const QMutexLocker lock(&m_link->mutex);
        m_link->prober = nullptr;
    }
    const bool busy = std::any_of(m_places.cbegin(), m_places.cend(),
                                  [](const Place &place) { return place.running.has_value(); });
    // A thread in the kernel would be waited for by the pool's destructor, for ever on a
    // mount whose server went away: the pool is left to the threads, which end with the
    // process. The answers they owe are cancelled with their promises, below.
    if (busy)
        abandonedPools().push_back(m_pool);
    else
        delete m_pool;
}

void AvailabilityProber::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = deadline;
}

void AvailabilityProber::setFactsCheck(const QString &scheme, FactsCheck check)
{
    m_factsChecks.insert(scheme, std::move(check));
}

AvailabilityProber::FactsCheck AvailabilityProber::factsCheckFor(const QString &location) const
{
    const FactsCheck check = m_factsChecks.value(paths::remoteScheme(location));
    if (check)
        return check;
    return [](const QString &folder) { return LocationFacts::ofFolder(folder); };
}

QFuture<LocationProbe> AvailabilityProber::probe(const QString &location)
{
    // A future of its own for each caller: a QFuture takes one continuation only.
    auto promise = std::make_shared<QPromise<LocationProbe>>();
    promise->start();
    const QFuture<LocationProbe> future = promise->future();
    const bool underWay = m_probing.contains(location);
    m_probing[location].append(promise);
    if (underWay)
        return future;
    const FactsCheck check = factsCheckFor(location);
    // Its own future is not needed: the answer goes to every caller waiting for it.
    static_cast<void>(start<LocationFacts>(
            location, [check, location] { return check(location); },
            [this](const LocationProbe &answer) {
                m_cache.insert(answer.location, answer);
                const QList<std::shared_ptr<QPromise<LocationProbe>>> waiting
                        = m_probing.take(answer.location);
                for (const std::shared_ptr<QPromise<LocationProbe>> &caller : waiting) {
                    caller->addResult(answer);
                    caller->finish();
                }
            }));
    return future;
}

std::optional<LocationProbe> AvailabilityProber::cached(const QString &location) const
{
    const auto found = m_cache.constFind(location);
    if (found == m_cache.cend())
        return std::nullopt;
    return *found;
}

bool AvailabilityProber::isStuck(const QString &location) const
{
    const auto found = m_places.constFind(location);
    return found != m_places.cend() && found->running && found->late;
}

QString AvailabilityProber::notAnswering(Role role, const QString &location) const
{
    return notAnswering(role, location, m_deadline);
}

QString AvailabilityProber::notAnswering(Role role, const QString &location,
                                         std::chrono::milliseconds deadline)
{
    const int seconds = int(std::max<qint64>(1, (deadline.count() + 999) / 1000));
    const QString shown = QDir::toNativeSeparators(location);
    switch (role) {
    case Role::Source:
        return tr("The source %1 did not answer within %n second(s).", nullptr, seconds).arg(shown);
    case Role::Target:
        return tr("The target %1 did not answer within %n second(s).", nullptr, seconds).arg(shown);
    case Role::Folder:
        break;
    }
    return tr("The folder %1 did not answer within %n second(s).", nullptr, seconds).arg(shown);
}

void AvailabilityProber::submit(const QString &location, Task task)
{
    task.id = m_nextId++;
    Place &place = m_places[location];
    // A thread is stuck there: another would only get stuck beside it.
    if (place.running && place.late) {
        task.timedOut();
        return;
    }
    const quint64 id = task.id;
    place.waiting.append(std::move(task));
    QTimer::singleShot(m_deadline, this, [this, location, id] { deadlinePassed(location, id); });
    runNext(location);
}

void AvailabilityProber::runNext(const QString &location)
{
    const auto found = m_places.find(location);
    if (found == m_places.end() || found->running)
        return;
    if (found->waiting.isEmpty()) {
        m_places.erase(found);
        return;
    }
    found->running = found->waiting.takeFirst();
    found->late = false;
    m_pool->start([link = m_link, location, work = found->running->work] {
        work();
        const QMutexLocker lock(&link->mutex);
        if (AvailabilityProber *prober = link->prober)
            QMetaObject::invokeMethod(
                    prober, [prober, location] { prober->workEnded(location); },
                    Qt::QueuedConnection);
    });
}

void AvailabilityProber::workEnded(const QString &location)
{
    const auto found = m_places.find(location);
    if (found == m_places.end() || !found->running)
        return;
    const Task task = *std::exchange(found->running, std::nullopt);
    if (std::exchange(found->late, false)) {
        --m_stuck;
        m_pool->setMaxThreadCount(m_pool->maxThreadCount() - 1);
    }
    runNext(location); // before the answer, whose receiver may ask again at once
    task.answered();
}

void AvailabilityProber::deadlinePassed(const QString &location, quint64 id)
{
    const auto found = m_places.find(location);
    if (found == m_places.end())
        return;
    Place &place = *found;
    if (place.running && place.running->id == id && !place.late) {
        place.late = true;
        ++m_stuck;
        // The stuck thread does not count: the other locations keep as many as before.
        m_pool->setMaxThreadCount(m_pool->maxThreadCount() + 1);
        // Those waiting behind it would wait for a thread that may never come back.
        const QList<Task> waiting = std::exchange(place.waiting, {});
        const std::function<void()> timedOut = place.running->timedOut;
        timedOut();
        for (const Task &task : waiting)
            task.timedOut();
        return;
    }
    for (qsizetype i = 0; i < place.waiting.size(); ++i) {
        if (place.waiting.at(i).id == id) {
            const Task task = place.waiting.takeAt(i);
            task.timedOut();
            return;
        }
    }
}

} // namespace lts
