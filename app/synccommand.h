// SyncCommand: `letthatsyncin sync SOURCE TARGET` and `sync --drive NAME`: one run now (or
// one every DURATION), with a progress line on a terminal, a summary, and the exit codes of
// design.md, for cron jobs and scripts.
#pragma once

#include "syncengine.h"
#include "syncjob.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTextStream>

#include <optional>

namespace lts {

struct GlobalOptions;

class SyncCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncCommand)

public:
    SyncCommand(QTextStream &out, QTextStream &err);

    QString description() const;
    void addOptions(QCommandLineParser &parser) const;
    // Runs the event loop until the last run ends; returns the exit code.
    int run(const QCommandLineParser &parser, const GlobalOptions &options);

private:
    // The job, or the exit code of a command line that cannot make one.
    std::optional<SyncJob> jobFrom(const QCommandLineParser &parser, const GlobalOptions &options,
                                   int &exitCode);
    void startRun();
    void runFinished();
    void interrupt();
    void printProgress(const SyncProgress &progress);
    void printReport(const SyncReport &report);
    // What a refused run says next: the commands that show what it would do and that go on.
    QString howToGoOn(const QString &code) const;
    int complain(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineOption m_drive;
    QCommandLineOption m_mode;
    QCommandLineOption m_exclude;
    QCommandLineOption m_noHidden;
    QCommandLineOption m_versions;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_verbose;
    QCommandLineOption m_json;
    QCommandLineOption m_every;
    QCommandLineOption m_max;
    QCommandLineOption m_force;

    SyncEngine m_engine;
    SyncJob m_job;
    QString m_driveName;
    bool m_verboseOutput = false;
    bool m_jsonOutput = false;
    bool m_progressLine = false;
    std::int64_t m_everyMs = 0;
    int m_maxRuns = 0;
    int m_runs = 0;
    bool m_interrupted = false;
    int m_exitCode = 0;
    QElapsedTimer m_sinceStart;
    QFutureWatcher<SyncReport> m_watcher;
};

} // namespace lts
