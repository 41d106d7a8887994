#include "passwordcommand.h"

#include "commandline.h"
#include "credentialkey.h"
#include "detachedthreads.h"
#include "exitcode.h"
#include "interruptwatcher.h"
#include "remotelocation.h"
#include "settings.h"
#include "terminalprompt.h"

#include <QDir>
#include <QFileInfo>

namespace lts {

namespace {

constexpr int exitInterrupted = 130; // as a shell reports a command stopped by Ctrl+C

} // namespace

PasswordCommand::PasswordCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_forget(QStringLiteral("forget"), tr("Remove the stored password instead."))
    , m_keyFile(QStringLiteral("key-file"),
                tr("Store the passphrase of the SSH key file PATH instead of the password of a "
                   "location."),
                tr("path"))
{ }

PasswordCommand::~PasswordCommand() = default;

QString PasswordCommand::description() const
{
    return tr("Stores the password that LetThatSyncIn logs in to LOCATION with, in the system's "
              "keychain (or, where none answers, in a file only you can read). On a terminal it "
              "is asked without echo; otherwise it is read as one line of standard input. It is "
              "never shown, and never taken from the command line. With --key-file PATH, it stores "
              "the passphrase of that SSH key file instead: runs open the key with it, whichever "
              "server they log in to.\n\nExit codes: 0 stored (or forgotten), 2 it could not be "
              "stored, 4 bad command line.");
}

void PasswordCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({ m_forget, m_keyFile });
}

Result<QString> PasswordCommand::locationKey(const QString &argument)
{
    const QString location = argument.trimmed();
    if (!RemoteLocation::isRemote(location))
        return Error{ {},
                      tr("%1 is a folder of this computer: only a remote location (sftp://...) "
                         "has a password.")
                              .arg(location) };
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    if (!remote)
        return remote.error();
    if (remote->credentialKey().isEmpty())
        return Error{ {},
                      tr("rclone keeps the passwords of its remotes in its own configuration: "
                         "use rclone config for %1.")
                              .arg(location) };
    return remote->credentialKey();
}

int PasswordCommand::run(const QCommandLineParser &parser, const GlobalOptions &options)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    const auto refuse = [this](const QString &message) {
        m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << u'\n';
        m_err.flush();
        return int(ExitBadCommandLine);
    };
    if (parser.isSet(m_keyFile)) {
        if (!arguments.isEmpty())
            return refuse(tr("password --key-file takes the key file and no location."));
        QString file = parser.value(m_keyFile);
        if (file == u"~" || file.startsWith(QStringLiteral("~/")))
            file = QDir::homePath() + file.mid(1);
        m_keyFilePath = QDir::cleanPath(QDir::current().absoluteFilePath(file));
        if (!parser.isSet(m_forget) && !QFileInfo(m_keyFilePath).isFile())
            return refuse(
                    tr("There is no key file %1.").arg(QDir::toNativeSeparators(m_keyFilePath)));
        m_key = credentialkey::forKeyFile(m_keyFilePath);
    } else if (arguments.size() != 1) {
        return refuse(tr("password needs one location, such as sftp://pi@logger.local/data; the "
                         "password itself is asked for, never given on the command line."));
    } else if (Result<QString> key = locationKey(arguments.constFirst()); !key) {
        return refuse(key.error().message);
    } else {
        m_key = *key;
    }

    m_store = std::make_unique<CredentialStore>(
            options.configDir, std::chrono::seconds(Settings{}.networkTimeoutSeconds));
    InterruptWatcher interrupts;
    connect(&interrupts, &InterruptWatcher::interrupted, this, &PasswordCommand::interrupt);
    if (parser.isSet(m_forget)) {
        whenAnswered(m_store->forget(m_key), &PasswordCommand::forgotten);
    } else if (TerminalPrompt::interactive()) {
        const QString question = m_keyFilePath.isEmpty()
                                         ? tr("Password for %1: ").arg(m_key)
                                         : tr("Passphrase for key %1: ")
                                                   .arg(QDir::toNativeSeparators(m_keyFilePath));
        TerminalPrompt::ask(this, question, false,
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
        m_err << (m_keyFilePath.isEmpty() ? tr("No password was given; nothing was stored.")
                                          : tr("No passphrase was given; nothing was stored."))
              << u'\n';
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
    const QString keyFile = QDir::toNativeSeparators(m_keyFilePath);
    if (answer.backend == CredentialBackend::File) {
        const QString file
                = QDir::toNativeSeparators(CredentialFiles(m_store->fileFolder()).pathOf(m_key));
        m_out << (keyFile.isEmpty()
                          ? tr("Stored the password of %1 in %2.").arg(m_key, file)
                          : tr("Stored the passphrase of the key %1 in %2.").arg(keyFile, file))
              << u'\n';
        m_err << tr("Warning: no keychain answered, so the password is kept in a file that only "
                    "you can read (mode 0600). Anyone who can read it, root and your backups "
                    "included, can read the password.")
              << u'\n';
    } else {
        m_out << (keyFile.isEmpty()
                          ? tr("Stored the password of %1 in the system's keychain.").arg(m_key)
                          : tr("Stored the passphrase of the key %1 in the system's keychain.")
                                    .arg(keyFile))
              << u'\n';
    }
    finish(ExitSuccess);
}

void PasswordCommand::forgotten(const CredentialAnswer &answer)
{
    if (!answer.ok()) {
        m_err << answer.error->message << u'\n';
        return finish(ExitFailure);
    }
    m_out << (m_keyFilePath.isEmpty() ? tr("The password of %1 is forgotten.").arg(m_key)
                                      : tr("The passphrase of the key %1 is forgotten.")
                                                .arg(QDir::toNativeSeparators(m_keyFilePath)))
          << u'\n';
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
