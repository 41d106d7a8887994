#include "synccommand.h"

#include "commandline.h"
#include "configstore.h"
#include "credentialkey.h"
#include "detachedthreads.h"
#include "drivevalidator.h"
#include "exitcode.h"
#include "hosttrust.h"
#include "interruptwatcher.h"
#include "locationfactory.h"
#include "remotelocation.h"
#include "syncengine.h"
#include "targetindex.h"
#include "terminalprompt.h"
#include "textformat.h"
#include "volumeidentity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace lts {

namespace {

constexpr int exitInterrupted = 130; // as a shell reports a command stopped by Ctrl+C

int exitCodeOf(RunResult result)
{
    switch (result) {
    case RunResult::Success:
        return ExitSuccess;
    case RunResult::Partial:
        return ExitPartial;
    case RunResult::Failure:
        return ExitFailure;
    case RunResult::Refused:
        return ExitRefused;
    case RunResult::Cancelled:
        break;
    }
    return exitInterrupted;
}

// "90", "90s", "15m", "2h", "1d", "1.5 hours": a duration in milliseconds, or -1.
std::int64_t parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|"
                           "hours?|d|days?)?\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    const QChar unit = match.captured(2).isEmpty() ? u's' : match.captured(2).at(0).toLower();
    const double seconds = unit == u'd'   ? 86400.0
                           : unit == u'h' ? 3600.0
                           : unit == u'm' ? 60.0
                                          : 1.0;
    return std::int64_t(number * seconds * 1000);
}

// A folder of this computer made absolute; a remote location as it is written
// ("sftp://nas/x" would become a folder "sftp:" here).
QString absolutePath(const QString &location)
{
    if (RemoteLocation::isRemote(location))
        return location.trimmed();
    return QDir::cleanPath(QDir::current().absoluteFilePath(location));
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stream)) == 1;
#else
    Q_UNUSED(stream)
    return false;
#endif
}

QString actionWord(SyncEntry::Action action)
{
    return SyncEntry::actionName(action).toLower();
}

} // namespace

SyncCommand::SyncCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_drive(QStringLiteral("drive"),
              tr("Run the configured drive NAME instead of SOURCE TARGET."), tr("name"))
    , m_mode(QStringLiteral("mode"),
             tr("Mirror (default: the target becomes a copy), Update (never delete) or Move "
                "(remove copied files from the source)."),
             tr("mode"))
    , m_exclude(QStringLiteral("exclude"),
                tr("Leave out paths that match the pattern (*.tmp, cache/, **/Thumbs.db); may be "
                   "repeated."),
                tr("pattern"))
    , m_noHidden(QStringLiteral("no-hidden"), tr("Leave out hidden files and folders."))
    , m_versions(QStringLiteral("versions"),
                 tr("Keep the files the run overwrites or deletes for this many days, under "
                    "TARGET/.letthatsyncin/versions (default 30; 0 keeps none)."),
                 tr("days"))
    , m_dryRun(QStringLiteral("dry-run"),
               tr("Print what would be copied, updated and deleted; change nothing."))
    , m_verbose(QStringLiteral("verbose"), tr("Print every file added, updated or deleted."))
    , m_json(QStringLiteral("json"),
             tr("Print the report as JSON (the protocol's run object) and nothing else."))
    , m_every(QStringLiteral("every"),
              tr("Run again every DURATION (90s, 15m, 2h, 1d) until Ctrl+C."), tr("duration"))
    , m_max(QStringLiteral("max"), tr("With --every: stop after N runs."), tr("n"))
    , m_watch(QStringLiteral("watch"),
              tr("After the run, watch SOURCE and sync what changed each time it has been quiet "
                 "for WatchDelay (2 s), until Ctrl+C."))
    , m_force(QStringLiteral("force"),
              tr("Run even though a safety rule would refuse (a first mirror into a folder holding "
                 "other files, too many deletions, an empty source, another disk)."))
    , m_verify(QStringLiteral("verify"),
               tr("List a remote target in full instead of trusting what the last runs recorded "
                  "of it (its index), and record it again."))
    , m_uploadField(QStringLiteral("upload-field"),
                    tr("For an upload form as TARGET (post+https://...): send the form field NAME "
                       "with VALUE beside each file; may be repeated."),
                    tr("name=value"))
    , m_uploadFileField(QStringLiteral("upload-file-field"),
                        tr("For an upload form as TARGET: the form's field that takes the file "
                           "(default: file)."),
                        tr("name"))
{
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, &SyncCommand::runFinished);
}

SyncCommand::~SyncCommand()
{
    if (m_passwords)
        m_passwords->detach(); // a run left behind finds no store
}

QString SyncCommand::description() const
{
    return tr(
            "Syncs SOURCE to TARGET once, now, without any configuration; or, with --drive, one of "
            "the configured drives.\n\nExit codes: 0 success, 1 partial, 2 failure, 3 refused by a "
            "safety rule, 4 bad command line, 130 interrupted.");
}

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({ m_drive, m_mode, m_exclude, m_noHidden, m_versions, m_dryRun, m_verbose,
                        m_json, m_every, m_max, m_watch, m_force, m_verify, m_uploadField,
                        m_uploadFileField });
}

void SyncCommand::Checked::complain(const QString &message, int code)
{
    errors += QCoreApplication::applicationName() + QStringLiteral(": ") + message + u'\n';
    exitCode = code;
}

SyncCommand::Checked SyncCommand::check(const QCommandLineParser &parser,
                                        const GlobalOptions &options, const ConfigStore &store,
                                        const Result<Config> &config) const
{
    Checked checked;
    checked.job = jobFrom(parser, options, store, config, checked);
    checked.access = remoteAccess(options, config ? config->settings : Settings{});
    return checked;
}

std::optional<SyncJob> SyncCommand::jobFrom(const QCommandLineParser &parser,
                                            const GlobalOptions &options, const ConfigStore &store,
                                            const Result<Config> &config, Checked &checked) const
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    const Settings settings = config ? config->settings : Settings{};
    SyncJob job;
    checked.networkTimeout = std::chrono::seconds(settings.networkTimeoutSeconds);

    if (parser.isSet(m_drive)) {
        if (!arguments.isEmpty() || parser.isSet(m_mode) || parser.isSet(m_exclude)
            || parser.isSet(m_noHidden) || parser.isSet(m_versions) || parser.isSet(m_uploadField)
            || parser.isSet(m_uploadFileField)) {
            checked.complain(tr(
                    "--drive takes the drive's own source, target and options; give no others."));
            return std::nullopt;
        }
        if (!config) {
            checked.complain(config.error().message, ExitFailure);
            return std::nullopt;
        }
        const auto drive = std::find_if(config->drives.cbegin(), config->drives.cend(),
                                        [this](const Drive &d) { return d.name == m_driveName; });
        if (drive == config->drives.cend()) {
            checked.complain(tr("There is no drive \"%1\" in %2.")
                                     .arg(m_driveName, QDir::toNativeSeparators(store.filePath())));
            return std::nullopt;
        }
        job = syncJobFor(*drive, settings, options.dataDir, remoteAccess(options, settings));
    } else {
        if (arguments.size() != 2) {
            checked.complain(tr("sync needs a SOURCE and a TARGET folder, or --drive NAME."));
            return std::nullopt;
        }
        for (const QString &location : arguments) {
            if (const std::optional<QString> remote
                = DriveValidator::unreachableLocation(location)) {
                checked.complain(*remote);
                return std::nullopt;
            }
        }
        // The pair as a drive of its own, so it runs as a configured drive would.
        Drive pair;
        pair.name = QStringLiteral("sync");
        pair.source = absolutePath(arguments.at(0));
        pair.target = absolutePath(arguments.at(1));
        if (parser.isSet(m_mode)) {
            const std::optional<SyncMode> mode = parseMode(parser.value(m_mode));
            if (!mode) {
                checked.complain(tr("--mode must be Mirror, Update or Move, not \"%1\".")
                                         .arg(parser.value(m_mode)));
                return std::nullopt;
            }
            pair.mode = *mode;
        }
        pair.exclude = parser.values(m_exclude);
        pair.hidden = !parser.isSet(m_noHidden);
        if (parser.isSet(m_versions)) {
            bool number = false;
            pair.versions = parser.value(m_versions).toDouble(&number);
            if (!number || pair.versions < 0 || pair.versions > 3650) {
                checked.complain(tr("--versions needs a number of days from 0 to 3650."));
                return std::nullopt;
            }
        }
        if (std::optional<UploadForm> form = uploadFormFrom(parser, pair.target, checked); form)
            pair.upload = *std::move(form);
        else if (checked.exitCode != 0)
            return std::nullopt;
        // The rules that make a pair unsafe whatever the disks say: the same folder, or one
        // inside the other.
        const DriveVerdict verdict
                = DriveValidator({}, DriveValidator::Scope::Fields).validate(pair);
        if (!verdict.accepted()) {
            checked.complain(verdict.errors.constFirst().message);
            return std::nullopt;
        }
        job = syncJobFor(pair, settings, options.dataDir, remoteAccess(options, settings));
        // A pair given on the command line is known by its two folders, not by a drive's name.
        job.identityFile
                = VolumeIdentity::recordFileForPair(options.dataDir, job.source, job.target);
        if (!job.indexFile.isEmpty())
            job.indexFile = TargetIndex::fileForPair(options.dataDir, job.source, job.target);
    }

    job.dryRun = parser.isSet(m_dryRun);
    job.force = parser.isSet(m_force);
    job.verify = parser.isSet(m_verify);
    if (const Result<RemoteLocation> target = RemoteLocation::parse(job.target, {});
        job.verify && target && target->kind() == RemoteKind::Upload)
        checked.errors += QCoreApplication::applicationName() + QStringLiteral(": ")
                          + tr("--verify: an upload form cannot be listed; the run goes by its "
                               "record of what was sent.")
                          + u'\n';
    job.listEveryEntry = parser.isSet(m_verbose) || parser.isSet(m_json) || job.dryRun;

    if (parser.isSet(m_every)) {
        checked.everyMs = parseDuration(parser.value(m_every));
        if (checked.everyMs < 1000) {
            checked.complain(tr(
                    "--every needs a duration of at least 1 second, such as 90s, 15m, 2h or 1d."));
            return std::nullopt;
        }
    }
    checked.watch = parser.isSet(m_watch);
    checked.watchDelay = std::chrono::milliseconds(qRound64(settings.watchDelaySeconds * 1000));
    if (checked.watch && job.dryRun) {
        checked.complain(tr("--watch syncs what changes; it cannot go with --dry-run."));
        return std::nullopt;
    }
    if (parser.isSet(m_max)) {
        bool number = false;
        checked.maxRuns = parser.value(m_max).toInt(&number);
        if (!number || checked.maxRuns < 1 || !parser.isSet(m_every)) {
            checked.complain(tr("--max needs --every and a number of runs of at least 1."));
            return std::nullopt;
        }
    }
    return job;
}

std::optional<UploadForm> SyncCommand::uploadFormFrom(const QCommandLineParser &parser,
                                                      const QString &target, Checked &checked) const
{
    if (!parser.isSet(m_uploadField) && !parser.isSet(m_uploadFileField))
        return std::nullopt;
    const Result<RemoteLocation> remote = RemoteLocation::parse(target, {});
    if (!remote || remote->kind() != RemoteKind::Upload) {
        checked.complain(tr("--upload-field and --upload-file-field are for an upload form as the "
                            "target (post+https://...); %1 is not one.")
                                 .arg(RemoteLocation::displayName(target)));
        return std::nullopt;
    }
    UploadForm form;
    if (parser.isSet(m_uploadFileField)) {
        form.fileField = parser.value(m_uploadFileField).trimmed();
        if (form.fileField.isEmpty()) {
            checked.complain(tr("--upload-file-field needs the name of the form's file field."));
            return std::nullopt;
        }
    }
    for (const QString &field : parser.values(m_uploadField)) {
        const qsizetype equals = field.indexOf(u'=');
        if (equals <= 0) {
            checked.complain(tr("--upload-field takes NAME=VALUE, such as email=me@example.org; "
                                "\"%1\" is not.")
                                     .arg(field));
            return std::nullopt;
        }
        form.fields.insert(field.left(equals), field.mid(equals + 1));
    }
    return form;
}

RemoteAccess SyncCommand::remoteAccess(const GlobalOptions &options, const Settings &settings) const
{
    RemoteAccess access;
    access.configFolder = options.configDir;
    access.networkTimeout = std::chrono::seconds(settings.networkTimeoutSeconds);
    access.password = [passwords = m_passwords,
                       asked = m_askedPasswords](const QString &key) -> std::optional<QByteArray> {
        if (std::optional<QByteArray> stored = passwords->read(key))
            return stored;
        if (asked)
            return asked->passwordFor(key);
        return std::nullopt;
    };
    if (m_askedPasswords) {
        access.relay = [asked = m_askedPasswords](const fsops::LoginQuestions &questions) {
            return asked->answersTo(questions);
        };
    }
    return access;
}

int SyncCommand::run(const QCommandLineParser &parser, const GlobalOptions &options)
{
    m_credentials = std::make_unique<CredentialStore>(
            options.configDir, std::chrono::seconds(Settings{}.networkTimeoutSeconds));
    m_passwords = std::make_shared<PasswordLookup>(m_credentials.get());
    if (TerminalPrompt::interactive())
        m_askedPasswords = std::make_shared<AskedPasswords>(options.configDir);
    m_configDir = options.configDir;
    // Ctrl+C is taken from the start: the checks of the configuration and the folders read
    // the disks, and a disk that stops answering (a network mount) holds them for ever. They
    // run on a thread of their own, so the event loop is there to cancel.
    InterruptWatcher interrupts;
    connect(&interrupts, &InterruptWatcher::interrupted, this, &SyncCommand::interrupt);
    m_driveName = parser.isSet(m_drive) ? parser.value(m_drive) : QString();
    m_verboseOutput = parser.isSet(m_verbose) || parser.isSet(m_dryRun);
    m_jsonOutput = parser.isSet(m_json);
    m_sinceStart.start();
    m_checking = true;
    const bool pair = !parser.isSet(m_drive) && parser.positionalArguments().size() == 3;
    m_checks = InterruptWatcher::deafThread([this, &parser, &options, pair] {
        // The settings first: the checks of SOURCE and TARGET, which may wait on a folder that
        // does not answer, are given up after NetworkTimeout like a run.
        ConfigStore store(options.configDir);
        const Result<Config> config = store.load();
        if (pair) {
            const QStringList folders = parser.positionalArguments().mid(1);
            const std::chrono::seconds limit(
                    (config ? config->settings : Settings{}).networkTimeoutSeconds);
            QMetaObject::invokeMethod(
                    this,
                    [this, source = absolutePath(folders.at(0)),
                     target = absolutePath(folders.at(1)), limit] {
                        if (m_checking)
                            watchFolders(source, target, limit);
                    },
                    Qt::QueuedConnection);
        }
        auto checked = std::make_shared<Checked>(check(parser, options, store, config));
        QMetaObject::invokeMethod(
                this, [this, checked] { checksDone(std::move(*checked)); }, Qt::QueuedConnection);
        m_checksEnded = true;
    });
    const int exitCode = QCoreApplication::exec();
    if (m_checks.joinable())
        m_checks.join();
    return exitCode;
}

void SyncCommand::checksDone(Checked checked)
{
    // A Ctrl+C just as the checks ended joined their thread already (cancelChecks).
    if (m_checks.joinable())
        m_checks.join();
    m_checking = false;
    m_stall.reset();
    if (m_interrupted)
        return; // said so already
    m_err << checked.errors;
    m_err.flush();
    if (!checked.job) {
        QCoreApplication::exit(checked.exitCode);
        return;
    }
    m_job = std::move(*checked.job);
    m_everyMs = checked.everyMs;
    m_maxRuns = checked.maxRuns;
    if (checked.watch) {
        Drive watched;
        watched.name = m_driveName.isEmpty() ? QStringLiteral("sync") : m_driveName;
        watched.source = m_job.source;
        watched.mode = m_job.mode;
        watched.watch = true;
        m_watches = std::make_unique<DriveWatches>(DriveWatches::WatcherFactory{},
                                                   [](const QString &) {});
        m_watches->setDelay(checked.watchDelay);
        m_watchedDrive = watched;
        connect(m_watches.get(), &DriveWatches::runWanted, this,
                [this](const QString &, const std::optional<QList<QByteArray>> &folders) {
                    runWanted(folders);
                });
        connect(m_watches.get(), &DriveWatches::stateChanged, this, [this](const QString &name) {
            const DriveWatches::State state = m_watches->state(name);
            if (state.watching)
                m_err << tr("Watching %1 for changes; Ctrl+C stops.").arg(m_job.source) << u'\n';
            else if (!state.reason.isEmpty())
                m_err << tr("Not watching: %1").arg(state.reason) << u'\n';
            m_err.flush();
            if (!state.watching && !state.reason.isEmpty() && m_everyMs == 0
                && !m_watcher.isRunning())
                QCoreApplication::exit(m_exitCode); // nothing more would come
        });
        // Before the first run: a change while it runs is not lost, it asks for the next run.
        m_watches->setDrives({ m_watchedDrive });
    }
    m_networkTimeout = checked.networkTimeout;
    m_access = std::move(checked.access);
    m_progressLine = !m_jsonOutput && isTerminal(stdout);
    m_job.onProgress = [this, line = m_progressLine](const SyncProgress &progress) {
        if (line)
            printProgress(progress);
        QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_stall)
                        m_stall->progressed();
                },
                Qt::QueuedConnection);
    };
    startRun();
}

void SyncCommand::cancelChecks()
{
    SyncReport report;
    report.result = RunResult::Cancelled;
    report.started = report.finished = QDateTime::currentDateTimeUtc();
    report.message = tr("Cancelled while the folders were being checked; nothing was changed.");
    printReport(report);
    if (m_checksEnded) {
        if (m_checks.joinable())
            m_checks.join();
        QCoreApplication::exit(exitInterrupted);
        return;
    }
    // The checks wait on a disk that does not answer: their thread can be neither stopped nor
    // waited for, and the objects it reads must outlive it. Nothing has been written yet, so
    // the process ends here, with its output flushed.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitInterrupted);
}

void SyncCommand::startRun()
{
    if (m_interrupted) {
        QCoreApplication::exit(m_runs == 0 ? exitInterrupted : m_exitCode);
        return;
    }
    ++m_runs;
    m_sinceStart.start();
    m_job.cancel = CancelToken();
    // A run the watch asked for looks at the folders that changed, when the last run's counts
    // are known (DriveWatches::targetFiles); any other run at the whole tree.
    m_job.changedOnly.reset();
    if (m_wantedRun) {
        if (*m_wantedRun && m_watches) {
            if (const std::optional<std::int64_t> files
                = m_watches->targetFiles(m_watchedDrive.name))
                m_job.changedOnly = SyncJob::ChangedFolders{ **m_wantedRun, *files };
        }
        m_wantedRun.reset();
    }
    if (m_watches)
        m_watches->runStarted(m_watchedDrive.name);
    watchFolders(m_job.source, m_job.target, m_networkTimeout);
    m_watcher.setFuture(m_engine.run(m_job));
}

void SyncCommand::watchFolders(const QString &source, const QString &target,
                               std::chrono::milliseconds limit)
{
    m_stall = std::make_unique<StallWatch>(source, target, limit, m_clock);
    connect(m_stall.get(), &StallWatch::stalled, this, &SyncCommand::giveUp);
}

void SyncCommand::giveUp(const QString &code, const QString &message)
{
    SyncReport report;
    report.result = RunResult::Failure;
    report.code = code;
    report.message = message;
    report.finished = QDateTime::currentDateTimeUtc();
    report.started = report.finished.addMSecs(-m_sinceStart.elapsed());
    printReport(report);
    // The thread that waits can be neither stopped nor waited for; even with --every, the
    // next run would wait on the same folder.
    DetachedThreads::exitNow(ExitFailure);
}

void SyncCommand::interrupt()
{
    m_interrupted = true;
    TerminalPrompt::restoreEcho(); // a password asked on the run's thread
    if (m_asking) {
        // The question of a host key: nothing was trusted, nothing changed.
        m_err << u'\n';
        m_err.flush();
        QCoreApplication::exit(exitInterrupted);
    } else if (m_checking) {
        cancelChecks();
    } else if (m_watcher.isRunning()) {
        m_job.cancel.cancel(); // the run removes its temporary file and reports Cancelled
        QTimer::singleShot(SyncEngine::cancelGrace, this, [this] {
            if (m_watcher.isRunning())
                leaveCancelledRun();
        });
    } else {
        QCoreApplication::exit(m_runs == 0 ? exitInterrupted : m_exitCode);
    }
}

void SyncCommand::leaveCancelledRun()
{
    SyncReport report;
    report.result = RunResult::Cancelled;
    report.message = tr("Cancelled while the run waited for a folder that does not answer. Every "
                        "file in the target is whole; a temporary file left behind is removed by "
                        "the next run.");
    report.finished = QDateTime::currentDateTimeUtc();
    report.started = report.finished.addMSecs(-m_sinceStart.elapsed());
    printReport(report);
    DetachedThreads::exitNow(exitInterrupted);
}

void SyncCommand::runFinished()
{
    m_stall.reset();
    const SyncReport report = m_watcher.result();
    if (askToTrust(report))
        return;
    printReport(report);
    m_exitCode = exitCodeOf(report.result);
    if (m_watches && !m_interrupted) {
        m_watches->runEnded(m_watchedDrive.name, report);
        if (m_wantedRun) {
            startRun();
            return;
        }
        // Watching, or about to: the watch starts the next run. A source that cannot be
        // watched ends the command (without --every) as a single run would.
        if (m_everyMs == 0 && m_watches->state(m_watchedDrive.name).reason.isEmpty())
            return;
    }
    const bool again = m_everyMs > 0 && !m_interrupted && (m_maxRuns == 0 || m_runs < m_maxRuns);
    if (!again) {
        QCoreApplication::exit(m_exitCode);
        return;
    }
    // Start to start, as the schedule does: a long run shortens the wait.
    const std::int64_t wait = std::max<std::int64_t>(0, m_everyMs - m_sinceStart.elapsed());
    QTimer::singleShot(std::chrono::milliseconds(wait), this, &SyncCommand::startRun);
}

void SyncCommand::runWanted(const std::optional<QList<QByteArray>> &folders)
{
    if (m_interrupted)
        return;
    // One run follows the run going on, however often the source changes meanwhile: it looks
    // at every folder any of the changes was in.
    if (!m_wantedRun) {
        m_wantedRun.emplace(folders);
    } else if (*m_wantedRun && folders) {
        for (const QByteArray &folder : *folders) {
            if (!(*m_wantedRun)->contains(folder))
                (*m_wantedRun)->append(folder);
        }
    } else {
        m_wantedRun->reset(); // one of them looks at everything
    }
    if (!m_watcher.isRunning() && !m_checking)
        startRun();
}

bool SyncCommand::askToTrust(const SyncReport &report)
{
    // As ssh does, and only for a key or certificate never seen: a changed one is never
    // trusted on a yes.
    const bool unknown = report.code == QStringView(fsops::hostKeyUnknownCode)
                         || report.code == QStringView(fsops::certificateUnknownCode);
    if (report.result != RunResult::Refused || !unknown || !report.untrustedKey
        || !report.untrustedKey->previous.isEmpty() || report.untrustedLocation.isEmpty()
        || m_interrupted || !TerminalPrompt::interactive())
        return false;
    if (m_progressLine) {
        std::fputs("\r\033[K", stdout);
        std::fflush(stdout);
    }
    m_asking = true;
    const fsops::HostKey key = *report.untrustedKey;
    const QString location = report.untrustedLocation;
    TerminalPrompt::ask(this, HostTrust::describe(location, key) + u'\n' + tr("Trust it? [y/N] "),
                        true, [this, report, key, location](const std::optional<QString> &answer) {
                            m_asking = false;
                            if (m_interrupted)
                                return;
                            if (!TerminalPrompt::isYes(answer)) {
                                printReport(report);
                                QCoreApplication::exit(ExitRefused);
                                return;
                            }
                            trustAndRunAgain(location, key.fingerprint);
                        });
    return true;
}

void SyncCommand::trustAndRunAgain(const QString &location, const QString &fingerprint)
{
    // On a thread of its own (the network), never joined: Ctrl+C ends the command meanwhile.
    DetachedThreads::start([this, access = m_access, fingerprint, location] {
        auto trusted = std::make_shared<Result<fsops::HostKey>>(
                trustServer(location, access, fingerprint));
        QMetaObject::invokeMethod(
                this,
                [this, trusted, location] {
                    if (m_interrupted)
                        return;
                    if (!*trusted) {
                        const Error &error = trusted->error();
                        const fsops::ErrorKind kind = fsops::kindOf(error);
                        const bool unreachable = kind == fsops::ErrorKind::Unreachable
                                                 || kind == fsops::ErrorKind::Timeout;
                        m_err << (unreachable ? SyncEngine::unreachable : error.code)
                              << QStringLiteral(": ") << error.message << u'\n'
                              << tr("Nothing was trusted, nothing was changed.") << u'\n';
                        m_err.flush();
                        QCoreApplication::exit(unreachable ? ExitFailure : ExitRefused);
                        return;
                    }
                    const fsops::HostKey &key = **trusted;
                    m_err << (HostTrust::isCertificate(key.type)
                                      ? tr("Trusted the certificate of %1 (%2).")
                                                .arg(location, key.fingerprint)
                                      : tr("Trusted the host key of %1 (%2 %3).")
                                                .arg(location, key.type, key.fingerprint))
                          << u'\n';
                    m_err.flush();
                    --m_runs; // the refused run does not count against --max
                    startRun();
                },
                Qt::QueuedConnection);
    });
}

void SyncCommand::printProgress(const SyncProgress &progress)
{
    const QLocale locale;
    const double seconds = std::max<double>(m_sinceStart.elapsed(), 1) / 1000.0;
    const double speed = double(progress.bytesDone) / seconds;
    QString line;
    if (progress.scanning) {
        line = tr("Comparing: %n change(s) found so far", nullptr, int(progress.filesTotal));
    } else {
        line = tr("%1/%2 files  %3/%4  %5/s")
                       .arg(progress.filesDone)
                       .arg(progress.filesTotal)
                       .arg(locale.formattedDataSize(progress.bytesDone),
                            locale.formattedDataSize(progress.bytesTotal),
                            locale.formattedDataSize(qint64(speed)));
        if (speed > 0 && progress.bytesTotal > progress.bytesDone) {
            const qint64 left = qint64(double(progress.bytesTotal - progress.bytesDone) / speed);
            line += tr("  %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        }
        line += QStringLiteral("  ") + progress.currentFile;
    }
    // One line, rewritten in place; never wider than a common terminal.
    std::fprintf(stdout, "\r\033[K%s", qPrintable(line.left(110)));
    std::fflush(stdout);
}

void SyncCommand::printReport(const SyncReport &report)
{
    if (m_progressLine) {
        std::fputs("\r\033[K", stdout);
        std::fflush(stdout);
    }
    if (m_jsonOutput) {
        QJsonObject json = report.toJson();
        if (!m_driveName.isEmpty())
            json.insert(QStringLiteral("Drive"), m_driveName);
        if (m_job.listEveryEntry) {
            QJsonArray entries;
            for (const SyncEntry &entry : report.entries) {
                QJsonObject e{ { QStringLiteral("Action"), SyncEntry::actionName(entry.action) },
                               { QStringLiteral("Path"), QFile::decodeName(entry.path) } };
                if (!entry.reason.isEmpty())
                    e.insert(QStringLiteral("Reason"), entry.reason);
                entries.append(e);
            }
            json.insert(QStringLiteral("Entries"), entries);
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << u'\n';
        m_out.flush();
        return;
    }

    for (const SyncEntry &entry : report.entries) {
        const bool problem = entry.action == SyncEntry::Action::Failed
                             || entry.action == SyncEntry::Action::Skipped;
        if (problem) {
            m_err << actionWord(entry.action) << QStringLiteral(": ")
                  << (entry.path.isEmpty() ? QString()
                                           : QFile::decodeName(entry.path) + QStringLiteral(": "))
                  << entry.reason << u'\n';
        } else if (m_verboseOutput) {
            m_out << actionWord(entry.action) << u' ' << QFile::decodeName(entry.path) << u'\n';
        }
    }
    const QString counts = report.summary();
    if (m_job.dryRun && report.result != RunResult::Refused)
        m_out << tr("Dry run, nothing was changed. It would do: %1").arg(counts) << u'\n';
    else
        m_out << runResultName(report.result) << QStringLiteral(": ") << counts << u'\n';
    m_out.flush();
    if (!report.message.isEmpty())
        m_err << SyncReport::protocolMessage(report.code, report.message) << u'\n';
    if (report.result == RunResult::Refused)
        m_err << howToGoOn(report) << u'\n';
    m_err.flush();
}

QString SyncCommand::howToGoOn(const SyncReport &report) const
{
    const QString &code = report.code;
    if (report.untrustedKey && !report.untrustedLocation.isEmpty()) {
        // Host Key Unknown or Changed, Certificate Unknown: no --force passes it, only a trust
        // the user gives.
        const fsops::HostKey &key = *report.untrustedKey;
        return (HostTrust::isCertificate(key.type)
                        ? tr("Nothing was changed. %1\nOnce you have checked it, trust the "
                             "certificate with:\n%2")
                        : tr("Nothing was changed. %1\nOnce you have checked it, trust the key "
                             "with:\n%2"))
                .arg(HostTrust::howToCheck(key.type),
                     HostTrust::trustCommand(report.untrustedLocation, key.fingerprint,
                                             m_configDir));
    }
    const QString again
            = m_driveName.isEmpty()
                      ? QStringLiteral("letthatsyncin sync %1 %2")
                                .arg(shellQuoted(QDir::toNativeSeparators(m_job.source)),
                                     shellQuoted(QDir::toNativeSeparators(m_job.target)))
                      : QStringLiteral("letthatsyncin sync --drive %1")
                                .arg(shellQuoted(m_driveName));
    if (code == SyncEngine::targetNotEmpty && !m_driveName.isEmpty()) {
        // --drive takes the drive's own mode: it is changed in the drive, not here.
        return tr("Nothing was changed. To see the files: %1 --dry-run\nTo keep them, set the "
                  "drive's mode to Update (in the tray, or with EditDrive); to delete them: %1 "
                  "--force")
                .arg(again);
    }
    if (code == SyncEngine::targetNotEmpty) {
        const QString keep = m_job.versions > 0
                                     ? tr("they are kept for %1 under .letthatsyncin/versions")
                                               .arg(TextFormat::days(m_job.versions))
                                     : tr("with --versions 0 they are not kept");
        return tr("Nothing was changed. To see the files: %1 --dry-run\nTo keep them, copy "
                  "without deleting: %1 --mode Update\nTo delete them (%2): %1 --force")
                .arg(again, keep);
    }
    return tr("Nothing was changed. To see what a sync would do: %1 --dry-run\nIf that is what "
              "you want: %1 --force")
            .arg(again);
}

std::optional<QByteArray> SyncCommand::AskedPasswords::passwordFor(const QString &key)
{
    // The run's connections may all want it at once: asked once, kept for this run only.
    const std::lock_guard lock(m_mutex);
    if (const auto known = m_answers.find(key); known != m_answers.end())
        return known->second;
    std::optional<QByteArray> password;
    // The passphrase of a key file is asked as ssh asks it.
    const QString keyFile = QDir::toNativeSeparators(credentialkey::keyFileOf(key));
    const QString question = keyFile.isEmpty() ? tr("Password for %1: ").arg(key)
                                               : tr("Passphrase for key %1: ").arg(keyFile);
    if (const std::optional<QString> line = TerminalPrompt::readLine(question, false);
        line && !line->isEmpty()) {
        password = line->toUtf8();
        const QString store = keyFile.isEmpty()
                                      ? QStringLiteral("letthatsyncin password ") + shellQuoted(key)
                                      : QStringLiteral("letthatsyncin password --key-file ")
                                                + shellQuoted(keyFile);
        const QString hint = tr("(For this run only. To store it: %1)")
                                     .arg(HostTrust::withConfigDir(store, m_configDir));
        std::fputs(qPrintable(hint + u'\n'), stderr);
        std::fflush(stderr);
    }
    m_answers.emplace(key, password);
    return password;
}

std::optional<QList<QByteArray>>
SyncCommand::AskedPasswords::answersTo(const fsops::LoginQuestions &asked)
{
    // The run's connections may all be asked the same: a password prompt is answered once.
    // A one-time code cannot be given twice: the server refuses it, asks again, and then the
    // person is asked.
    const std::lock_guard lock(m_mutex);
    QString questions = asked.location + u'\n' + asked.name + u'\n' + asked.instruction;
    for (const fsops::LoginQuestion &question : asked.questions)
        questions += u'\n' + question.prompt;
    if (const auto known = m_interactive.find(questions);
        known != m_interactive.end() && !asked.again)
        return known->second;
    if (asked.cancelled && asked.cancelled())
        return std::nullopt;
    QString heading;
    if (asked.again)
        heading = tr("The server refused the answers given before.") + u'\n';
    heading += tr("%1 asks:").arg(asked.location);
    for (const QString &line : { asked.name, asked.instruction }) {
        if (!line.trimmed().isEmpty())
            heading += u'\n' + line.trimmed();
    }
    std::fputs(qPrintable(heading + u'\n'), stderr);
    std::fflush(stderr);
    QList<QByteArray> answers;
    for (const fsops::LoginQuestion &question : asked.questions) {
        const std::optional<QString> line
                = TerminalPrompt::readLine(question.prompt, question.echo);
        if (!line || (asked.cancelled && asked.cancelled()))
            return std::nullopt;
        answers.append(line->toUtf8());
    }
    m_interactive.insert_or_assign(questions, answers);
    return answers;
}

} // namespace lts
