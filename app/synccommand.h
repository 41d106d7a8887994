// SyncCommand: `letthatsyncin sync SOURCE TARGET` and `sync --drive NAME`: one run now (or
// one every DURATION), with a progress line on a terminal, a summary, and the exit codes of
// docs/cli.md, for cron jobs and scripts.
#pragma once

#include "clock.h"
#include "configstore.h"
#include "credentialstore.h"
#include "drivewatches.h"
#include "exitcode.h"
#include "passwordlookup.h"
#include "stallwatch.h"
#include "syncengine.h"
#include "syncjob.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace lts {

struct GlobalOptions;

class SyncCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncCommand)

public:
    SyncCommand(QTextStream &out, QTextStream &err);
    ~SyncCommand() override;

    QString description() const;
    void addOptions(QCommandLineParser &parser) const;
    // Runs the event loop until the last run ends; returns the exit code.
    int run(const QCommandLineParser &parser, const GlobalOptions &options);

private:
    // What the checks of the command line, the configuration and the folders make: a job, or
    // the exit code and messages of a command line that cannot make one.
    struct Checked
    {
        std::optional<SyncJob> job;
        int exitCode = 0;
        QString errors;
        std::int64_t everyMs = 0;
        int maxRuns = 0;
        bool watch = false;
        std::chrono::milliseconds watchDelay{ 2000 };
        std::chrono::seconds networkTimeout{ Settings{}.networkTimeoutSeconds };
        RemoteAccess access;

        void complain(const QString &message, int code = ExitBadCommandLine);
    };
    // The checks read the disks (on their own thread): they change no member. `config`: as
    // read from `store`.
    Checked check(const QCommandLineParser &parser, const GlobalOptions &options,
                  const ConfigStore &store, const Result<Config> &config) const;
    RemoteAccess remoteAccess(const GlobalOptions &options, const Settings &settings) const;
    std::optional<SyncJob> jobFrom(const QCommandLineParser &parser, const GlobalOptions &options,
                                   const ConfigStore &store, const Result<Config> &config,
                                   Checked &checked) const;
    // The drive's Upload object from --upload-field and --upload-file-field, for an upload form
    // as `target`; nullopt when neither is given, or (with a complaint) when they are wrong.
    std::optional<UploadForm> uploadFormFrom(const QCommandLineParser &parser,
                                             const QString &target, Checked &checked) const;
    // Gives the command up when `source` or `target` stops answering (StallWatch).
    void watchFolders(const QString &source, const QString &target,
                      std::chrono::milliseconds limit);
    void giveUp(const QString &code, const QString &message);
    void checksDone(Checked checked);
    // Ctrl+C while the folders are checked: the command ends as Cancelled.
    void cancelChecks();
    void startRun();
    // --watch: the run the watch asks for, now or when the run going ends.
    void runWanted(const std::optional<QList<QByteArray>> &folders);
    void runFinished();
    void interrupt();
    // A cancelled run that did not end: it waits for a folder that does not answer.
    void leaveCancelledRun();
    void printProgress(const SyncProgress &progress);
    void printReport(const SyncReport &report);
    // What a refused run says next: the commands that show what it would do and that go on.
    QString howToGoOn(const SyncReport &report) const;
    // A run refused for a host key never seen, on a terminal: asks whether to trust it (true),
    // and on a yes trusts it and runs again.
    bool askToTrust(const SyncReport &report);
    void trustAndRunAgain(const QString &location, const QString &fingerprint);

    // The passwords and passphrases asked at the terminal when none is stored, once each, and
    // the questions of keyboard-interactive logins, for this run only; asked by the run's
    // threads.
    class AskedPasswords
    {
        Q_DECLARE_TR_FUNCTIONS(lts::SyncCommand)

    public:
        explicit AskedPasswords(QString configDir)
            : m_configDir(std::move(configDir))
        { }
        std::optional<QByteArray> passwordFor(const QString &key);
        // The server's questions, asked as it words them (without echo where it says so).
        // Answers given before to the very same questions are given again, unless the server
        // refused them.
        std::optional<QList<QByteArray>> answersTo(const fsops::LoginQuestions &asked);

    private:
        const QString m_configDir; // named in the command that stores a password
        std::mutex m_mutex;
        std::map<QString, std::optional<QByteArray>> m_answers;
        std::map<QString, QList<QByteArray>> m_interactive; // the questions, joined -> answers
    };

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
    QCommandLineOption m_watch;
    QCommandLineOption m_force;
    QCommandLineOption m_verify;
    QCommandLineOption m_uploadField;
    QCommandLineOption m_uploadFileField;

    // The passwords of remote locations; made on this thread when the command starts, asked
    // by the run's threads.
    std::unique_ptr<CredentialStore> m_credentials;
    std::shared_ptr<PasswordLookup> m_passwords;
    std::shared_ptr<AskedPasswords> m_askedPasswords; // on a terminal only
    QString m_configDir;
    RemoteAccess m_access; // how the run reaches its servers: for a key trusted on the spot
    bool m_asking = false; // whether a host key's question waits for an answer
    SyncEngine m_engine;
    SyncJob m_job;
    QString m_driveName;
    bool m_verboseOutput = false;
    bool m_jsonOutput = false;
    bool m_progressLine = false;
    std::int64_t m_everyMs = 0;
    int m_maxRuns = 0;
    int m_runs = 0;
    // --watch: the source's watch, and the run it asked for while one was going.
    std::unique_ptr<DriveWatches> m_watches;
    Drive m_watchedDrive; // its source, as DriveWatches takes it
    std::optional<std::optional<QList<QByteArray>>> m_wantedRun;
    bool m_interrupted = false;
    bool m_checking = false;
    std::thread m_checks;
    std::atomic_bool m_checksEnded{ false };
    int m_exitCode = 0;
    QElapsedTimer m_sinceStart;
    QFutureWatcher<SyncReport> m_watcher;
    std::chrono::seconds m_networkTimeout{ Settings{}.networkTimeoutSeconds };
    SystemClock m_clock;
    std::unique_ptr<StallWatch> m_stall; // of the checks, then of the run going on
};

} // namespace lts
