// Stand-ins for the scheduler and controller tests: a clock the test moves by hand, and an
// engine whose runs start at once and end when the test says, with the result it says.
#pragma once

#include "clock.h"
#include "syncjob.h"
#include "syncreport.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QPromise>
#include <QSet>

#include <memory>
#include <vector>

namespace lts::test {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now)
        : m_now(std::move(now))
    { }

    QDateTime now() const override { return m_now; }
    std::chrono::milliseconds monotonic() const override { return m_monotonic; }

    // Time passes: both clocks move.
    void advance(std::chrono::milliseconds by)
    {
        m_now = m_now.addMSecs(by.count());
        m_monotonic += by;
    }
    // The machine sleeps for `by`: only the wall clock moves.
    void suspend(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    // The user sets the clock: only the wall clock moves.
    void setWallClock(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
    std::chrono::milliseconds m_monotonic{ 0 };
};

class FakeEngine
{
public:
    struct Run
    {
        SyncJob job;
        std::shared_ptr<QPromise<SyncReport>> promise;
        bool finished = false;
    };

    std::function<QFuture<SyncReport>(SyncJob)> function()
    {
        return [this](SyncJob job) {
            auto promise = std::make_shared<QPromise<SyncReport>>();
            promise->start();
            m_runs.append({ std::move(job), promise, false });
            return promise->future();
        };
    }

    qsizetype started() const { return m_runs.size(); }
    qsizetype running() const
    {
        return std::count_if(m_runs.cbegin(), m_runs.cend(),
                             [](const Run &r) { return !r.finished; });
    }
    const Run &run(qsizetype i) const { return m_runs.at(i); }
    QList<qsizetype> runningIndexes() const
    {
        QList<qsizetype> result;
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            if (!m_runs.at(i).finished)
                result.append(i);
        }
        return result;
    }

    // Ends run `i` (the last one by default) with `result`; the report lists `entries`, and
    // its counts are theirs.
    void finish(qsizetype i = -1, RunResult result = RunResult::Success, const QString &code = {},
                bool unavailable = false, std::vector<SyncEntry> entries = {})
    {
        Run &run = m_runs[i < 0 ? m_runs.size() - 1 : i];
        SyncReport report;
        for (const SyncEntry &entry : entries) {
            switch (entry.action) {
            case SyncEntry::Action::Added:
                ++report.added;
                break;
            case SyncEntry::Action::Updated:
                ++report.updated;
                break;
            case SyncEntry::Action::Deleted:
                ++report.deleted;
                break;
            case SyncEntry::Action::Skipped:
                ++report.skipped;
                break;
            case SyncEntry::Action::Failed:
                ++report.errors;
                break;
            }
        }
        report.entries = std::move(entries);
        report.result = result;
        report.code = code;
        // As the engine writes them: the words alone; the protocol puts a run code in front.
        report.message = code.isEmpty() ? QString() : QStringLiteral("in words");
        report.unavailable = unavailable;
        report.started = QDateTime::currentDateTimeUtc();
        report.finished = report.started;
        run.promise->addResult(report);
        run.promise->finish();
        run.finished = true;
    }

    // What a cancelled engine does: every run still going ends.
    void finishAll(RunResult result = RunResult::Cancelled)
    {
        for (qsizetype i : runningIndexes())
            finish(i, result);
    }

private:
    QList<Run> m_runs;
};

// The looks of a StallWatch at the folders of a run that makes no progress: each folder
// answers at once, or never once the test has made it silent.
class FakeLooks
{
public:
    std::function<QFuture<void>(const QString &)> function()
    {
        return [this](const QString &folder) {
            ++m_count[folder];
            auto promise = std::make_shared<QPromise<void>>();
            promise->start();
            if (m_silent.contains(folder))
                m_waiting.push_back(promise); // kept: a promise that goes finishes its future
            else
                promise->finish();
            return promise->future();
        };
    }

    void silence(const QString &folder) { m_silent.insert(folder); }
    // How many looks the folder had.
    int count(const QString &folder) const { return m_count.value(folder); }

private:
    QSet<QString> m_silent;
    QHash<QString, int> m_count;
    std::vector<std::shared_ptr<QPromise<void>>> m_waiting;
};

} // namespace lts::test
