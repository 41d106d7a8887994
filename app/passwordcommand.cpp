#include "passwordcommand.h"

#include "commandline.h"
#include "detachedthreads.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "remotelocation.h"
#include "settings.h"
#include "terminalprompt.h"

#include <QDir>

namespace lts {

namespace {

constexpr int exitInterrupted = 130; // as a shell reports a command stopped by Ctrl+C

} // namespace

PasswordCommand::PasswordCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_forget(QStringLiteral("forget"), tr("Remove the stored password instead."))
{ }

PasswordCommand::~PasswordCommand() = default;

QString PasswordCommand::description() const
{
    return tr("Stores the password that LetThatSyncIn logs in to LOCATION with, in the system's "
              "keychain (or, where none answers, in a file only you can read). On a terminal it "
              "is asked without echo; otherwise it is read as one line of standard input. It is "
              "never shown, and never taken from the command line.\n\nExit codes: 0 stored (or "
              "forgotten), 2 it could not be stored, 4 bad command line.");
}

void PasswordCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_forget);
}

int PasswordCommand::run(const QCommandLineParser &parser, const GlobalOptions &options)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    const auto refuse = [this](const QString &message) {
        m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << u'\n';
        m_err.flush();
        return int(ExitBadCommandLine);
    };
    if (arguments.size() != 1)
        return refuse(tr("password needs one location, such as sftp://pi@logger.local/data; the "
                         "password itself is asked for, never given on the command line."));
    m_location = arguments.constFirst().trimmed();
    if (!RemoteLocation::isRemote(m_location))
        return refuse(tr("%1 is a folder of this computer: only a remote location (sftp://...) "
                         "has a password.")
                              .arg(m_location));
    const Result<RemoteLocation> remote = RemoteLocation::parse(m_location, {});
    if (!remote)
        return refuse(remote.error().message);
    m_key = remote->credentialKey();
    if (m_key.isEmpty())
        return refuse(tr("rclone keeps the passwords of its remotes in its own configuration: "
                         "use rclone config for %1.")
                              .arg(m_location));

    m_store = std::make_unique<CredentialStore>(
            options.configDir, std::chrono::seconds(Settings{}.networkTimeoutSeconds));
    InterruptWatcher interrupts;
    connect(&interrupts, &InterruptWatcher::interrupted, this, &PasswordCommand::interrupt);
    if (parser.isSet(m_forget)) {
        whenAnswered(m_store->forget(m_key), &PasswordCommand::forgotten);
    } else if (TerminalPrompt::interactive()) {
        TerminalPrompt::ask(this, tr("Password for %1: ").arg(m_key), false,
                            [this](const std::optional<QString> &password) { store(password); });
    } else {
        // One line of standard input (a pipe, a file): read on a thread of its own, as a
        // terminal's answer, so Ctrl+C still ends the command.
        TerminalPrompt::ask(this, QString(), true,
                            [this](const std::optional<QString> &password) { store(password); });
    }
    const int exitCode = QCoreApplication::exec();
    m_watcher.waitForFinished();
    return exitCode;
}

void PasswordCommand::store(const std::optional<QString> &password)
{
    if (!password || password->isEmpty()) {
        m_err << tr("No password was given; nothing was stored.") << u'\n';
        return finish(ExitFailure);
    }
    Secret secret(password->toUtf8());
    whenAnswered(m_store->write(m_key, secret), &PasswordCommand::stored);
}

void PasswordCommand::whenAnswered(const QFuture<CredentialAnswer> &future,
                                   void (PasswordCommand::*then)(const CredentialAnswer &))
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<CredentialAnswer>::finished, this, [this, then] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            m_err << tr("The password store did not answer; nothing was changed.") << u'\n';
            return finish(ExitFailure);
        }
        (this->*then)(m_watcher.result());
    });
    m_watcher.setFuture(future);
}

void PasswordCommand::stored(const CredentialAnswer &answer)
{
    if (!answer.ok()) {
        m_err << answer.error->message << u'\n';
        return finish(ExitFailure);
    }
    if (answer.backend == CredentialBackend::File) {
        m_out << tr("Stored the password of %1 in %2.")
                         .arg(m_key, QDir::toNativeSeparators(
                                             CredentialFiles(m_store->fileFolder()).pathOf(m_key)))
              << u'\n';
        m_err << tr("Warning: no keychain answered, so the password is kept in a file that only "
                    "you can read (mode 0600). Anyone who can read it, root and your backups "
                    "included, can read the password.")
              << u'\n';
    } else {
        m_out << tr("Stored the password of %1 in the system's keychain.").arg(m_key) << u'\n';
    }
    finish(ExitSuccess);
}

void PasswordCommand::forgotten(const CredentialAnswer &answer)
{
    if (!answer.ok()) {
        m_err << answer.error->message << u'\n';
        return finish(ExitFailure);
    }
    m_out << tr("The password of %1 is forgotten.").arg(m_key) << u'\n';
    finish(ExitSuccess);
}

void PasswordCommand::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(exitCode);
}

void PasswordCommand::interrupt()
{
    TerminalPrompt::restoreEcho();
    m_err << u'\n' << tr("Cancelled; nothing was stored.") << u'\n';
    m_out.flush();
    m_err.flush();
    DetachedThreads::exitNow(exitInterrupted);
}

} // namespace lts
