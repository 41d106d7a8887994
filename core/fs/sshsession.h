// SshSession: one SSH connection to a server, logged in and with an SFTP channel open, for
// the SFTP backend (sftpfs.h). It checks the server's host key against the user's
// ~/.ssh/known_hosts (read only) and the application's own known_hosts (written only when the
// user trusts a key), and logs in as remote.md says: agent, the location's key file, the
// default keys (a key with a passphrase opened with the one the caller finds), a password given
// by the caller, keyboard-interactive (a lone password prompt answered with that password, other
// questions relayed to a person where one can answer). libssh blocks: no call of it waits longer
// than the operation deadline without an answer (a watchdog closes the socket), and cancel() closes
// the socket from any thread, so no call stays blocked.
#pragma once

#include "fsops.h"
#include "loginquestions.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

struct addrinfo;
struct ssh_session_struct;
struct sftp_session_struct;

namespace lts::fsops {

// Finds a server's addresses, as getaddrinfo does (and with its contract: 0 and a list that
// freeaddrinfo frees, or an EAI_ code). It may block for as long as the system's resolver
// likes: it runs on a thread of its own, and the connect deadline and cancel() end the wait.
using HostLookup = std::function<int(const char *host, const char *port, const addrinfo *hints,
                                     addrinfo **found)>;

// The time of a session's deadlines (SshEndpoint::clock). Without one a session reads steady
// time. A test gives a clock of its own and moves it on (advance()), so that a deadline passes
// without the test waiting for it: every watchdog on the clock looks again at once, and one
// whose deadline passed has closed its socket when advance() returns.
class SessionClock
{
public:
    std::chrono::steady_clock::time_point now() const
    {
        return std::chrono::steady_clock::now() + std::chrono::steady_clock::duration(m_offset);
    }
    void advance(std::chrono::milliseconds by);
    // How many calls wait on a server with a deadline of this clock now: a test moves the
    // clock once the call it means waits.
    int deadlinesRunning() const { return m_running; }

    // For the sessions' watchdogs: `moved` is called on the advancing thread after each move,
    // until unwatch(the number returned).
    int watch(std::function<void()> moved);
    void unwatch(int watcher);
    void deadlineStarted() { ++m_running; }
    void deadlineEnded() { --m_running; }

private:
    std::atomic<std::chrono::steady_clock::duration::rep> m_offset = 0;
    std::atomic_int m_running = 0;
    std::mutex m_mutex;
    std::map<int, std::function<void()>> m_watchers;
    int m_nextWatcher = 0;
};

// Where to connect and how to log in, as the location string says it; every connection
// completes it from ~/.ssh/config first (sshconfig.h).
struct SshEndpoint
{
    QString host; // a name, an address, or a Host alias of ~/.ssh/config
    quint16 port = 22;
    // Whether the location string gave `port`; when it did not, the Port of ~/.ssh/config for
    // the host (if any) replaces it. True by default, so a port set here is never overridden.
    bool portGiven = true;
    QString user; // empty: ~/.ssh/config's User for the host, else the local user's name
    // The location's ?key=; empty: ~/.ssh/config's IdentityFile, else the default keys only.
    QString identityFile;
    // The SSH client configuration read; empty: ~/.ssh/config (tests give their own).
    QString configFile;
    // The application's own known_hosts (<config dir>/known_hosts): read, and written by trust.
    QString knownHostsFile;
    // The user's, read only; empty: ~/.ssh/known_hosts.
    QString userKnownHostsFile;
    bool useAgent = true;
    bool useDefaultKeys = true;
    // The name lookup and the connection, together.
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(15);
    // No call waits longer than this for the server (Settings::networkTimeoutSeconds).
    std::chrono::milliseconds operationTimeout = std::chrono::seconds(30);
    // Empty: the system's getaddrinfo (tests give a lookup that never answers).
    HostLookup lookUp;
    // The passphrase of the key file at `keyFile` (an absolute path), or nullopt when there is
    // none; asked only for a key that has one, with no deadline running. Empty: such keys are
    // skipped.
    std::function<std::optional<QByteArray>(const QString &keyFile)> passphrase;
    // Asks a person what a keyboard-interactive login asks; empty: nobody can answer, and a
    // server that asks more than the stored password refuses the login.
    LoginRelay relay;
    // The time of the watchdog's deadlines (operationTimeout, and connectTimeout once the
    // socket is connected); null: steady time (tests give a clock they move on).
    std::shared_ptr<SessionClock> clock;

    // "sftp://user@host:port", for messages (never with a secret).
    QString display() const;
};

// The password for `endpoint` (from the credential store), or nullopt when there is none.
using PasswordSource = std::function<std::optional<QByteArray>(const SshEndpoint &endpoint)>;

class SshSession final
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    ~SshSession();
    Q_DISABLE_COPY_MOVE(SshSession)

    // Connects, checks the host key and logs in. A host key that is not trusted fails with
    // Host Key Unknown or Host Key Changed, and `hostKey` (if given) tells which key it was.
    // `started` gets the session before it connects, so that it can be cancelled meanwhile.
    static Result<std::shared_ptr<SshSession>>
    connect(const SshEndpoint &endpoint, const PasswordSource &password = {},
            HostKey *hostKey = nullptr,
            const std::function<void(const std::shared_ptr<SshSession> &)> &started = {});
    // Adds the key the server presents now to the application's known_hosts, only if its
    // fingerprint is `fingerprint` ("Fingerprint Mismatch" otherwise).
    static Result<HostKey> trust(const SshEndpoint &endpoint, const QString &fingerprint);

    const SshEndpoint &endpoint() const { return m_endpoint; }
    const HostKey &hostKey() const { return m_hostKey; }

    // Closes the socket now, from any thread: every call waiting on the server returns, with
    // Cancelled. The session is of no use after.
    void cancel();
    bool isBroken() const { return m_broken; }
    // Whether the connection was lost under the call that just failed (not cancelled, not
    // past a deadline: the server went away or the network dropped); then it is closed for
    // good (isBroken), so that its pool opens another. With the lock held.
    bool dropIfLost();

    // Every use of the handles below holds this lock, and an Operation for its deadline.
    std::unique_lock<std::mutex> lock() { return std::unique_lock(m_mutex); }
    std::unique_lock<std::mutex> tryLock() { return std::unique_lock(m_mutex, std::try_to_lock); }
    ssh_session_struct *ssh() const { return m_ssh; }
    sftp_session_struct *sftp() const { return m_sftp; }
    bool hasExtension(const char *name) const;
    // Makes a symbolic link at `path` to `target`, as sftp_symlink() (0, or -1 with the SFTP
    // error). libssh sends the two in OpenSSH's order to OpenSSH's server only, in the draft's
    // order to every other, while many others (paramiko, Go's sftp and so rclone) take
    // OpenSSH's order too: the first link made on such a server learns its order, with two
    // names of the application's own beside `path`. With the lock and an Operation held.
    int symlink(const QByteArray &target, const QByteArray &path);

    // The deadline of one call to the server: past it, the socket is closed.
    class Operation
    {
    public:
        explicit Operation(SshSession &session);
        Operation(SshSession &session, std::chrono::milliseconds timeout);
        ~Operation();
        Q_DISABLE_COPY_MOVE(Operation)

    private:
        SshSession &m_session;
    };

    // The error of the last failed SFTP call on `path`, with the kind the engine needs. A
    // call that failed because the connection went (lost, cancelled, past its deadline) says
    // so, whatever the server's status.
    Error sftpError(const QByteArray &path) const;
    // The same for an SFTP status code the caller read itself (SftpPipeline's answers).
    Error statusError(const QByteArray &path, int status) const;
    // The connection's own failure (lost, cancelled, timed out), or nullopt while it is fine.
    std::optional<Error> connectionError() const;
    // "sftp://user@host:port/path", for messages.
    QString displayPath(const QByteArray &path) const;

private:
    struct Watchdog;
    explicit SshSession(const SshEndpoint &endpoint);
    // Completes m_server from ~/.ssh/config; before any connection.
    void resolve();
    Result<void> open(const PasswordSource &password);
    Result<void> openSocket();
    Result<addrinfo *> lookUpHost(std::chrono::steady_clock::time_point deadline);
    Result<void> checkHostKey();
    Result<void> logIn(const PasswordSource &password);
    // Logs in with the keys of `files` in turn (those with a passphrase too); `why` gets what
    // kept a key from being tried. True once logged in.
    bool logInWithKeys(const QStringList &files, QStringList &why);
    class LoginPassword;
    // Keyboard-interactive: a lone password prompt gets the login's password (a person is not
    // asked again for one the server refused), every other question goes to the relay. True
    // once logged in.
    bool logInWithKeyboard(LoginPassword &password, QStringList &why);
    // Runs `ask` (a question to the credential store or a person) with the deadline of the
    // login paused, then gives the login a full deadline again.
    template<typename Ask>
    auto unhurried(Ask ask) -> decltype(ask());
    // Which order of a symlink's two names the server takes.
    enum class LinkOrder { Unknown, Libssh, Reversed };
    LinkOrder probeLinkOrder(const QByteArray &beside);
    Error failure(ErrorKind kind, const QString &reason) const;
    QString knownFingerprint(const QString &file) const;
    void closeSocket();
    bool closedUnderneath() const;

    SshEndpoint m_endpoint; // as the location says it: for messages and the password
    SshEndpoint m_server; // completed by ~/.ssh/config: where to connect, as whom, with which key
    HostKey m_hostKey;
    ssh_session_struct *m_ssh = nullptr;
    sftp_session_struct *m_sftp = nullptr;
    std::mutex m_mutex;
    std::mutex m_socketMutex; // guards m_fd against cancel() during destruction
    int m_fd = -1;
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_timedOut = false;
    std::atomic_bool m_broken = false;
    std::unique_ptr<Watchdog> m_watchdog;
    LinkOrder m_linkOrder = LinkOrder::Unknown;
};

} // namespace lts::fsops
