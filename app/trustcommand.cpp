#include "trustcommand.h"

#include "commandline.h"
#include "configstore.h"
#include "detachedthreads.h"
#include "exitcode.h"
#include "hosttrust.h"
#include "interruptwatcher.h"
#include "locationfactory.h"
#include "remotelocation.h"
#include "syncengine.h"
#include "syncreport.h"
#include "terminalprompt.h"

#include <QDir>

namespace lts {

namespace {

constexpr int exitInterrupted = 130; // as a shell reports a command stopped by Ctrl+C

const QString fingerprintMismatch = QString::fromUtf16(fsops::fingerprintMismatchCode);

// How to reach the server of a location, with the NetworkTimeout of the configuration in
// `configDir`. Reads config.json: on a worker thread.
RemoteAccess accessFor(const QString &configDir)
{
    const Result<Config> config = ConfigStore(configDir).load();
    RemoteAccess access;
    access.configFolder = configDir;
    access.networkTimeout
            = std::chrono::seconds((config ? config->settings : Settings{}).networkTimeoutSeconds);
    return access;
}

} // namespace

TrustCommand::TrustCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_fingerprint(QStringLiteral("fingerprint"),
                    tr("Trust the key or certificate only if its fingerprint is this one "
                       "(SHA256:..., as ssh-keygen -lf prints it on the server, or as the "
                       "refusal of a certificate shows it)."),
                    tr("fingerprint"))
{ }

QString TrustCommand::description() const
{
    return tr("Trusts the host key that the server of LOCATION (sftp://...) presents, or the "
              "certificate of an encrypted one (davs://...) that the system's authorities do not "
              "vouch for, so that syncs with it can run. With --fingerprint, it is trusted only "
              "if it is that one; without, it is shown and, on a terminal, you are asked.\n\nExit "
              "codes: "
              "0 trusted, 2 the server cannot be reached, 3 not trusted (another fingerprint, "
              "or not confirmed), 4 bad command line.");
}

void TrustCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_fingerprint);
}

int TrustCommand::run(const QCommandLineParser &parser, const GlobalOptions &options)
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    const auto refuse = [this](const QString &message) {
        m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << u'\n';
        m_err.flush();
        return int(ExitBadCommandLine);
    };
    if (arguments.size() != 1)
        return refuse(tr("trust needs one location, such as sftp://pi@logger.local/data."));
    m_location = arguments.constFirst().trimmed();
    m_configDir = options.configDir;
    if (!RemoteLocation::isRemote(m_location))
        return refuse(tr("%1 is a folder of this computer: only the server of a remote location "
                         "(sftp://...) has a key to trust.")
                              .arg(m_location));
    const Result<RemoteLocation> remote = RemoteLocation::parse(m_location, {});
    if (!remote)
        return refuse(remote.error().message);
    const QString fingerprint = parser.value(m_fingerprint).trimmed();
    if (parser.isSet(m_fingerprint) && !fingerprint.startsWith(u"SHA256:"))
        return refuse(tr("--fingerprint needs a fingerprint as ssh-keygen -lf prints it, such as "
                         "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s; \"%1\" is not one.")
                              .arg(fingerprint));
#ifdef LTS_HAVE_SFTP
    const bool sftp = remote->kind() == RemoteKind::Sftp;
#else
    const bool sftp = false;
#endif
    // SFTP's host keys, and the certificates of every TLS kind (their backends show them).
    m_certificate = !sftp;
    if (remote->kind() == RemoteKind::Rclone || (!sftp && !remote->encrypted()))
        return refuse(tr("The server of %1 has no key or certificate to trust: trust is for "
                         "sftp:// and the encrypted kinds (davs://, ftpes://, ftps://, "
                         "post+https://).")
                              .arg(m_location));

    InterruptWatcher interrupts;
    connect(&interrupts, &InterruptWatcher::interrupted, this, &TrustCommand::interrupt);
    if (fingerprint.isEmpty())
        look();
    else
        trustKey(fingerprint);
    return QCoreApplication::exec();
}

template<typename T>
void TrustCommand::onWorker(std::function<T()> work, std::function<void(T)> then)
{
    // Never joined: Ctrl+C ends the command at once, even while a server keeps it waiting.
    DetachedThreads::start([this, work = std::move(work), then = std::move(then)] {
        auto answer = std::make_shared<T>(work());
        QMetaObject::invokeMethod(
                this, [answer, then] { then(std::move(*answer)); }, Qt::QueuedConnection);
    });
}

void TrustCommand::look()
{
    if (m_certificate) {
        onWorker<Look>(
                [location = m_location, configDir = m_configDir] {
                    Look look;
                    const Result<fsops::PresentedKey> presented
                            = locationFor(location, accessFor(configDir))->presentedKey();
                    if (!presented) {
                        look.error = presented.error();
                        return look;
                    }
                    look.key = presented->key;
                    look.trusted = presented->trusted;
                    return look;
                },
                [this](const Look &look) { looked(look); });
        return;
    }
#ifdef LTS_HAVE_SFTP
    onWorker<Look>(
            [location = m_location, configDir = m_configDir] {
                const fsops::SshEndpoint endpoint = sshEndpointFor(
                        *RemoteLocation::parse(location, {}), accessFor(configDir));
                Look look;
                const Result<void> session = lookAtHostKey(endpoint, &look.key);
                const QString code = session ? QString() : session.error().code;
                if (code == QStringView(fsops::hostKeyUnknownCode)
                    || code == QStringView(fsops::hostKeyChangedCode))
                    return look;
                // Past the check of the key (a login refused or not): it is trusted already.
                look.trusted = !look.key.fingerprint.isEmpty();
                if (!look.trusted)
                    look.error = session.error();
                return look;
            },
            [this](const Look &look) { looked(look); });
#endif
}

void TrustCommand::looked(const Look &look)
{
    if (look.error)
        return fail(*look.error);
    if (look.trusted) {
        m_out << (m_certificate ? tr("The certificate of %1 (%2) is trusted already.")
                                          .arg(m_location, look.key.fingerprint)
                                : tr("The host key of %1 (%2 %3) is trusted already.")
                                          .arg(m_location, look.key.type, look.key.fingerprint))
              << u'\n';
        return finish(ExitSuccess);
    }
    m_err << HostTrust::describe(m_location, look.key) << u'\n';
    const QString command = HostTrust::trustCommand(m_location, look.key.fingerprint, m_configDir);
    // A changed key is never trusted on a yes: only with its fingerprint, given on purpose.
    if (!look.key.previous.isEmpty() || !TerminalPrompt::interactive()) {
        m_err << (m_certificate ? tr(
                          "Nothing was trusted. Once you have checked the certificate, trust it "
                          "with:\n%1")
                                : tr("Nothing was trusted. Once you have checked the key, trust it "
                                     "with:\n%1"))
                         .arg(command)
              << u'\n';
        return finish(ExitRefused);
    }
    m_err.flush();
    TerminalPrompt::ask(this, tr("Trust it? [y/N] "), true,
                        [this, look, command](const std::optional<QString> &answer) {
                            if (TerminalPrompt::isYes(answer))
                                return trustKey(look.key.fingerprint);
                            m_err << tr("Nothing was trusted. To trust it later:\n%1").arg(command)
                                  << u'\n';
                            finish(ExitRefused);
                        });
}

void TrustCommand::trustKey(const QString &fingerprint)
{
    onWorker<Result<fsops::HostKey>>(
            [location = m_location, configDir = m_configDir, fingerprint] {
                return trustServer(location, accessFor(configDir), fingerprint);
            },
            [this](const Result<fsops::HostKey> &key) { trusted(key); });
}

void TrustCommand::trusted(const Result<fsops::HostKey> &key)
{
    if (!key)
        return fail(key.error());
    const QString file = QDir::toNativeSeparators(trustFileFor(m_location, m_configDir));
    m_out << (m_certificate ? tr("Trusted the certificate of %1 (%2); it is kept in %3.")
                                      .arg(m_location, key->fingerprint, file)
                            : tr("Trusted the host key of %1 (%2 %3); it is kept in %4.")
                                      .arg(m_location, key->type, key->fingerprint, file))
          << u'\n';
    finish(ExitSuccess);
}

void TrustCommand::fail(const Error &error)
{
    // The codes of remote.md, which scripts match on, as `sync` prints them.
    const fsops::ErrorKind kind = fsops::kindOf(error);
    if (error.code == fingerprintMismatch) {
        m_err << error.code << QStringLiteral(": ") << error.message << u'\n'
              << tr("Nothing was trusted.") << u'\n';
        return finish(ExitRefused);
    }
    if (kind == fsops::ErrorKind::Unreachable || kind == fsops::ErrorKind::Timeout)
        m_err << SyncReport::protocolMessage(SyncEngine::unreachable, error.message) << u'\n';
    else
        m_err << SyncReport::protocolMessage(error.code, error.message) << u'\n';
    finish(kind == fsops::ErrorKind::Cancelled ? exitInterrupted : ExitFailure);
}

void TrustCommand::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(exitCode);
}

void TrustCommand::interrupt()
{
    TerminalPrompt::restoreEcho();
    m_err << u'\n' << tr("Cancelled; nothing was trusted.") << u'\n';
    m_out.flush();
    m_err.flush();
    DetachedThreads::exitNow(exitInterrupted);
}

} // namespace lts
