#include "sshsession.h"

#include "detachedthreads.h"
#include "sshconfig.h"
#include "tcpkeepalive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <condition_variable>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lts::fsops {

namespace {

using Clock = std::chrono::steady_clock;

QString hostForDisplay(const QString &host)
{
    return host.contains(u':') ? QString(u'[' + host + u']') : host;
}

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return fingerprint;
}

} // namespace

QString SshEndpoint::display() const
{
    QString text = QStringLiteral("sftp://");
    if (!user.isEmpty())
        text += user + u'@';
    text += hostForDisplay(host);
    if (port != 22)
        text += u':' + QString::number(port);
    return text;
}

void SessionClock::advance(std::chrono::milliseconds by)
{
    m_offset += std::chrono::duration_cast<std::chrono::steady_clock::duration>(by).count();
    // Under the lock: a watchdog that unwatches waits until its call has returned.
    const std::lock_guard lock(m_mutex);
    for (const auto &[watcher, moved] : m_watchers)
        moved();
}

int SessionClock::watch(std::function<void()> moved)
{
    const std::lock_guard lock(m_mutex);
    m_watchers.emplace(m_nextWatcher, std::move(moved));
    return m_nextWatcher++;
}

void SessionClock::unwatch(int watcher)
{
    const std::lock_guard lock(m_mutex);
    m_watchers.erase(watcher);
}

// Closes the socket of a call that waits past its deadline, from a thread of its own: libssh's
// own timeouts do not cover every wait (a read that gets nothing back is retried).
struct SshSession::Watchdog
{
    const std::shared_ptr<SessionClock> clock; // null: steady time
    const std::function<void()> expired;
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Clock::time_point> deadline;
    bool stopping = false;
    int watcher = -1;
    std::thread thread;

    Watchdog(std::shared_ptr<SessionClock> sessionClock, std::function<void()> onExpiry)
        : clock(std::move(sessionClock))
        , expired(std::move(onExpiry))
    {
        if (clock) {
            // A clock that jumps ahead: the deadline is looked at on the spot.
            watcher = clock->watch([this] {
                {
                    const std::lock_guard lock(mutex);
                    expireIfDue();
                }
                changed.notify_all();
            });
        }
        thread = std::thread([this] {
            std::unique_lock lock(mutex);
            while (!stopping) {
                if (!deadline)
                    changed.wait(lock);
                else if (!expireIfDue())
                    // Until the deadline in steady time (itself, without a test's clock); a
                    // test's clock that moves meanwhile wakes this wait.
                    changed.wait_until(lock, Clock::now() + (*deadline - now()));
            }
        });
    }
    ~Watchdog()
    {
        if (clock)
            clock->unwatch(watcher);
        {
            const std::lock_guard lock(mutex);
            stopping = true;
            setDeadline(std::nullopt);
        }
        changed.notify_all();
        thread.join();
    }
    Clock::time_point now() const { return clock ? clock->now() : Clock::now(); }
    // With the lock held.
    void setDeadline(std::optional<Clock::time_point> time)
    {
        if (clock && deadline.has_value() != time.has_value()) {
            if (time)
                clock->deadlineStarted();
            else
                clock->deadlineEnded();
        }
        deadline = time;
    }
    // With the lock held: whether the deadline passed (and the socket is closed).
    bool expireIfDue()
    {
        if (!deadline || now() < *deadline)
            return false;
        setDeadline(std::nullopt);
        expired();
        return true;
    }
    void arm(std::chrono::milliseconds timeout)
    {
        {
            const std::lock_guard lock(mutex);
            setDeadline(now() + timeout);
        }
        changed.notify_all();
    }
    void disarm()
    {
        const std::lock_guard lock(mutex);
        setDeadline(std::nullopt);
    }
};

SshSession::Operation::Operation(SshSession &session)
    : Operation(session, session.m_endpoint.operationTimeout)
{ }

SshSession::Operation::Operation(SshSession &session, std::chrono::milliseconds timeout)
    : m_session(session)
{
    m_session.m_watchdog->arm(timeout);
}

SshSession::Operation::~Operation()
{
    m_session.m_watchdog->disarm();
}

SshSession::SshSession(const SshEndpoint &endpoint)
    : m_endpoint(endpoint)
    , m_server(endpoint)
    , m_watchdog(std::make_unique<Watchdog>(endpoint.clock, [this] {
        m_timedOut = true;
        closeSocket();
    }))
{ }

void SshSession::resolve()
{
    m_server = resolveSshEndpoint(m_endpoint, m_endpoint.configFile);
}

SshSession::~SshSession()
{
    m_watchdog.reset();
    if (m_sftp)
        sftp_free(m_sftp);
    if (m_ssh) {
        ssh_disconnect(m_ssh);
        ssh_free(m_ssh);
#if LIBSSH_VERSION_INT < SSH_VERSION_INT(0, 10, 0)
        return; // before 0.10, ssh_disconnect() closed the socket it was given
#endif
    }
    // From libssh 0.10 on, a socket given with SSH_OPTIONS_FD stays open: it is ours to close,
    // or every session would leave a descriptor behind.
    const std::lock_guard lock(m_socketMutex);
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void SshSession::closeSocket()
{
    const std::lock_guard lock(m_socketMutex);
    m_broken = true;
    // shutdown, not close: the descriptor stays libssh's, and every wait on it returns now.
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

void SshSession::cancel()
{
    m_cancelled = true;
    closeSocket();
}

bool SshSession::closedUnderneath() const
{
    // libssh's word that the server closed the socket or the session broke on it.
    return m_ssh
           && (!ssh_is_connected(m_ssh)
               || (ssh_get_status(m_ssh) & (SSH_CLOSED | SSH_CLOSED_ERROR)));
}

bool SshSession::dropIfLost()
{
    if (m_cancelled || m_timedOut)
        return false;
    if (!m_broken && !closedUnderneath())
        return false;
    closeSocket();
    return true;
}

QString SshSession::displayPath(const QByteArray &path) const
{
    return m_endpoint.display()
           + QFile::decodeName(path.startsWith('/') ? path : QByteArray('/' + path));
}

Error SshSession::failure(ErrorKind kind, const QString &reason) const
{
    return errorOf(kind, m_endpoint.display() + QStringLiteral(": ") + reason);
}

std::optional<Error> SshSession::connectionError() const
{
    if (m_cancelled)
        return failure(ErrorKind::Cancelled, tr("Cancelled"));
    if (m_timedOut)
        return failure(ErrorKind::Timeout, tr("The server did not answer in time"));
    if (m_broken || closedUnderneath())
        return failure(ErrorKind::Unreachable, tr("The connection was lost"));
    return std::nullopt;
}

Result<std::shared_ptr<SshSession>>
SshSession::connect(const SshEndpoint &endpoint, const PasswordSource &password, HostKey *hostKey,
                    const std::function<void(const std::shared_ptr<SshSession> &)> &started)
{
    std::shared_ptr<SshSession> session(new SshSession(endpoint));
    if (started)
        started(session);
    Result<void> opened = session->open(password);
    if (hostKey)
        *hostKey = session->m_hostKey;
    if (!opened)
        return opened.error();
    return session;
}

Result<addrinfo *> SshSession::lookUpHost(Clock::time_point deadline)
{
    // getaddrinfo has no deadline and cannot be cancelled: it runs on a thread nobody waits
    // for, and this one waits in short slices, so cancel() and the deadline end the wait. A
    // lookup that answers after it was given up frees its own answer.
    struct Lookup
    {
        std::mutex mutex;
        std::condition_variable finished;
        bool done = false;
        bool abandoned = false;
        int status = EAI_AGAIN;
        addrinfo *found = nullptr;
    };
    const auto lookup = std::make_shared<Lookup>();
    DetachedThreads::start([lookup, lookUp = m_server.lookUp, host = m_server.host.toUtf8(),
                            port = QByteArray::number(m_server.port)] {
        addrinfo hints = {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const int status
                = lookUp ? lookUp(host.constData(), port.constData(), &hints, &found)
                         : ::getaddrinfo(host.constData(), port.constData(), &hints, &found);
        const std::lock_guard lock(lookup->mutex);
        if (lookup->abandoned) {
            if (status == 0 && found)
                ::freeaddrinfo(found);
            return;
        }
        lookup->done = true;
        lookup->status = status;
        lookup->found = status == 0 ? found : nullptr;
        lookup->finished.notify_all();
    });
    std::unique_lock lock(lookup->mutex);
    while (!lookup->done && !m_cancelled && Clock::now() < deadline)
        lookup->finished.wait_for(lock, std::min<Clock::duration>(deadline - Clock::now(),
                                                                  std::chrono::milliseconds(100)));
    if (!lookup->done) {
        lookup->abandoned = true;
        if (m_cancelled)
            return failure(ErrorKind::Cancelled, tr("Cancelled"));
        return failure(
                ErrorKind::Timeout,
                tr("Cannot find the server: the name lookup did not answer within %n "
                   "seconds",
                   nullptr,
                   int(std::chrono::duration_cast<std::chrono::seconds>(m_endpoint.connectTimeout)
                               .count())));
    }
    if (lookup->status != 0)
        return failure(ErrorKind::Unreachable,
                       tr("Cannot find the server (%1)")
                               .arg(QString::fromLocal8Bit(gai_strerror(lookup->status))));
    return lookup->found;
}

Result<void> SshSession::openSocket()
{
    const Clock::time_point deadline = Clock::now() + m_endpoint.connectTimeout;
    Result<addrinfo *> looked = lookUpHost(deadline);
    if (!looked)
        return looked.error();
    addrinfo *const found = *looked;
    int lastError = ETIMEDOUT;
    for (addrinfo *address = found; address; address = address->ai_next) {
        const int fd
                = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                           address->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        {
            const std::lock_guard lock(m_socketMutex);
            m_fd = fd;
        }
        int result = ::connect(fd, address->ai_addr, address->ai_addrlen);
        if (result != 0 && errno == EINPROGRESS) {
            // Waits in short slices, so cancel() (which cannot shut down a socket that is
            // still connecting) is seen at once.
            pollfd waiting = { fd, POLLOUT, 0 };
            while (!m_cancelled && Clock::now() < deadline) {
                const auto slice = std::min<Clock::duration>(deadline - Clock::now(),
                                                             std::chrono::milliseconds(100));
                result = ::poll(
                        &waiting, 1,
                        int(std::chrono::duration_cast<std::chrono::milliseconds>(slice).count()));
                if (result != 0)
                    break;
            }
            int error = ETIMEDOUT;
            socklen_t length = sizeof error;
            if (result > 0)
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            else if (result < 0)
                error = errno;
            result = error == 0 ? 0 : -1;
            errno = error;
        }
        if (result == 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            keepAlive(fd);
            const int on = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            ::freeaddrinfo(found);
            return {};
        }
        lastError = errno;
        {
            const std::lock_guard lock(m_socketMutex);
            m_fd = -1;
        }
        ::close(fd);
        if (m_cancelled || Clock::now() >= deadline)
            break;
    }
    ::freeaddrinfo(found);
    if (m_cancelled)
        return failure(ErrorKind::Cancelled, tr("Cancelled"));
    if (lastError == ETIMEDOUT)
        return failure(
                ErrorKind::Timeout,
                tr("The server did not answer within %n seconds", nullptr,
                   int(std::chrono::duration_cast<std::chrono::seconds>(m_endpoint.connectTimeout)
                               .count())));
    return failure(ErrorKind::Unreachable, QString::fromLocal8Bit(::strerror(lastError)));
}

Result<void> SshSession::open(const PasswordSource &password)
{
    resolve();
    if (Result<void> socket = openSocket(); !socket)
        return socket;
    m_ssh = ssh_new();
    if (!m_ssh)
        return failure(ErrorKind::Other, tr("Out of memory"));
    const QByteArray host = m_server.host.toUtf8();
    const unsigned int port = m_server.port;
    // libssh's own timeout only as a last resort: the watchdog's deadlines come first, so a
    // call past its deadline is told a Timeout.
    const long timeout
            = long(std::chrono::duration_cast<std::chrono::seconds>(
                           std::max(m_endpoint.operationTimeout, m_endpoint.connectTimeout))
                           .count())
              + 5;
    // resolve() read ~/.ssh/config already; libssh must not read it again on its own. The host
    // is the real one (the alias's HostName), so known_hosts is looked up by it, as OpenSSH
    // does without HostKeyAlias.
    const int no = 0;
    ssh_options_set(m_ssh, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(m_ssh, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_ssh, SSH_OPTIONS_PORT, &port);
    if (!m_server.user.isEmpty())
        ssh_options_set(m_ssh, SSH_OPTIONS_USER, m_server.user.toUtf8().constData());
    ssh_options_set(m_ssh, SSH_OPTIONS_TIMEOUT, &timeout);
    {
        const std::lock_guard lock(m_socketMutex);
        socket_t fd = m_fd;
        ssh_options_set(m_ssh, SSH_OPTIONS_FD, &fd);
    }
    {
        // The SSH greeting and key exchange are part of connecting.
        Operation operation(*this, m_endpoint.connectTimeout);
        if (ssh_connect(m_ssh) != SSH_OK) {
            if (std::optional<Error> lost = connectionError())
                return *lost;
            return failure(ErrorKind::Unreachable, QString::fromUtf8(ssh_get_error(m_ssh)));
        }
    }
    if (Result<void> trusted = checkHostKey(); !trusted)
        return trusted;
    if (Result<void> loggedIn = logIn(password); !loggedIn)
        return loggedIn;
    Operation operation(*this);
    m_sftp = sftp_new(m_ssh);
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        if (std::optional<Error> lost = connectionError())
            return *lost;
        return failure(
                ErrorKind::NotSupported,
                tr("The server offers no SFTP (%1)").arg(QString::fromUtf8(ssh_get_error(m_ssh))));
    }
    return {};
}

Result<void> SshSession::checkHostKey()
{
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(m_ssh, &raw) != SSH_OK)
        return failure(ErrorKind::Unreachable, QString::fromUtf8(ssh_get_error(m_ssh)));
    const Key key(raw);
    m_hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    m_hostKey.fingerprint = fingerprintOf(key.get());

    // Each file on its own: the application's, then the user's and the system's.
    const auto check = [&](const QString &file, const char *global) {
        const QByteArray path = QFile::encodeName(file);
        ssh_options_set(m_ssh, SSH_OPTIONS_KNOWNHOSTS, path.constData());
        ssh_options_set(m_ssh, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, global);
        const ssh_known_hosts_e state = ssh_session_is_known_server(m_ssh);
        if ((state == SSH_KNOWN_HOSTS_CHANGED || state == SSH_KNOWN_HOSTS_OTHER)
            && m_hostKey.previous.isEmpty())
            m_hostKey.previous = knownFingerprint(file);
        return state;
    };
    const QString userFile = m_endpoint.userKnownHostsFile.isEmpty()
                                     ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                     : m_endpoint.userKnownHostsFile;
    const QByteArray own = QFile::encodeName(m_endpoint.knownHostsFile);
    const ssh_known_hosts_e ours = m_endpoint.knownHostsFile.isEmpty()
                                           ? SSH_KNOWN_HOSTS_NOT_FOUND
                                           : check(m_endpoint.knownHostsFile, own.constData());
    const ssh_known_hosts_e theirs = check(userFile, "/etc/ssh/ssh_known_hosts");
    // What the user trusted in either place is trusted; a key that differs from a known one
    // is refused until the user trusts the new one.
    if (ours == SSH_KNOWN_HOSTS_OK || theirs == SSH_KNOWN_HOSTS_OK) {
        m_hostKey.previous.clear();
        return {};
    }
    const QString shown = m_hostKey.type + u' ' + m_hostKey.fingerprint;
    if (ours == SSH_KNOWN_HOSTS_CHANGED || ours == SSH_KNOWN_HOSTS_OTHER
        || theirs == SSH_KNOWN_HOSTS_CHANGED || theirs == SSH_KNOWN_HOSTS_OTHER)
        return Error{ QString::fromUtf16(hostKeyChangedCode),
                      m_endpoint.display() + QStringLiteral(": ")
                              + tr("The server's host key changed: it was %1 and is now %2. "
                                   "Trust the new key only if the server's administrator "
                                   "confirms it.")
                                        .arg(m_hostKey.previous.isEmpty() ? tr("another key")
                                                                          : m_hostKey.previous,
                                             shown) };
    return Error{ QString::fromUtf16(hostKeyUnknownCode),
                  m_endpoint.display() + QStringLiteral(": ")
                          + tr("The server's host key %1 is not trusted yet").arg(shown) };
}

QString SshSession::knownFingerprint(const QString &file) const
{
    // The key a known_hosts file has for this server (its own type first), read line by line
    // as libssh parses them.
    const QByteArray host = m_server.port == 22 ? m_server.host.toUtf8()
                                                : '[' + m_server.host.toUtf8() + "]:"
                                                          + QByteArray::number(m_server.port);
    QFile known(file);
    if (!known.open(QIODevice::ReadOnly))
        return {};
    QString found;
    while (!known.atEnd()) {
        const QByteArray line = known.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(host.constData(), line.constData(), &entry) == SSH_OK
            && entry) {
            const bool sameType
                    = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(entry->publickey)))
                      == m_hostKey.type;
            if (found.isEmpty() || sameType)
                found = fingerprintOf(entry->publickey);
            ssh_knownhosts_entry_free(entry);
            if (sameType)
                break;
        } else {
            ssh_knownhosts_entry_free(entry);
        }
    }
    return found;
}

template<typename Ask>
auto SshSession::unhurried(Ask ask) -> decltype(ask())
{
    // A person may take longer than any deadline to answer, and the credential store has a
    // deadline of its own; the server's own LoginGraceTime still ends a login nobody finishes.
    m_watchdog->disarm();
    auto answer = ask();
    m_watchdog->arm(m_endpoint.operationTimeout);
    return answer;
}

namespace {

// What libssh's passphrase callback reaches: the session's source, and what became of it.
struct PassphraseAsk
{
    std::function<std::optional<QByteArray>()> ask;
    bool asked = false; // the key has a passphrase
    bool given = false; // and one was found for it
};

int answerPassphrase(const char * /*prompt*/, char *buffer, size_t length, int /*echo*/,
                     int /*verify*/, void *userdata)
{
    // Called by libssh only for a key that has a passphrase.
    auto *passphrase = static_cast<PassphraseAsk *>(userdata);
    passphrase->asked = true;
    std::optional<QByteArray> secret = passphrase->ask ? passphrase->ask() : std::nullopt;
    if (!secret || secret->isEmpty() || size_t(secret->size()) >= length) {
        if (secret)
            secret->fill('\0');
        return SSH_ERROR;
    }
    std::memcpy(buffer, secret->constData(), size_t(secret->size()));
    buffer[secret->size()] = '\0';
    secret->fill('\0');
    passphrase->given = true;
    return SSH_OK;
}

// Whether the server's only question is a password with the answer hidden: what the stored
// password answers, as OpenSSH's client does.
bool isPasswordPrompt(const LoginQuestions &asked)
{
    return asked.questions.size() == 1 && !asked.questions.constFirst().echo
           && asked.questions.constFirst().prompt.contains(u"password", Qt::CaseInsensitive);
}

} // namespace

bool SshSession::logInWithKeys(const QStringList &files, QStringList &why)
{
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue;
        const QString absolute = QFileInfo(file).absoluteFilePath();
        PassphraseAsk passphrase;
        if (m_endpoint.passphrase) {
            passphrase.ask = [this, absolute] {
                return unhurried([&] { return m_endpoint.passphrase(absolute); });
            };
        }
        ssh_key raw = nullptr;
        const int imported = ssh_pki_import_privkey_file(
                QFile::encodeName(file).constData(), nullptr, answerPassphrase, &passphrase, &raw);
        if (m_cancelled)
            return false;
        if (imported != SSH_OK) {
            if (passphrase.given)
                why << tr("The passphrase given for the key %1 does not open it.").arg(absolute);
            else if (passphrase.asked)
                why << tr("The key %1 has a passphrase, and none is stored for it.").arg(absolute);
            continue;
        }
        const Key key(raw);
        if (ssh_userauth_publickey(m_ssh, nullptr, key.get()) == SSH_AUTH_SUCCESS)
            return true;
        if (connectionError())
            return false;
    }
    return false;
}

// The password of one login, asked for once (the store, or a person), by whichever way of
// logging in wants it first.
class SshSession::LoginPassword
{
public:
    explicit LoginPassword(std::function<std::optional<QByteArray>()> ask)
        : m_ask(std::move(ask))
    { }
    bool available() const { return m_ask && !m_asked; }
    std::optional<QByteArray> take()
    {
        m_asked = true;
        std::optional<QByteArray> secret = m_ask();
        m_found = m_found || secret.has_value();
        return secret;
    }
    bool asked() const { return m_asked; }
    bool found() const { return m_found; }

private:
    std::function<std::optional<QByteArray>()> m_ask;
    bool m_asked = false;
    bool m_found = false;
};

bool SshSession::logInWithKeyboard(LoginPassword &password, QStringList &why)
{
    // Whether the server refused answers a person gave: the message says so, not that
    // nobody answered, once the person gives up or the tries are spent.
    bool refused = false;
    const QString refusedAnswers = tr("The server refused the answers given to its questions.");
    // As ssh does (NumberOfPasswordPrompts): three tries, then the login is refused.
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool byPerson = false;
        int result = ssh_userauth_kbdint(m_ssh, nullptr, nullptr);
        while (result == SSH_AUTH_INFO) {
            LoginQuestions asked;
            asked.location = m_endpoint.display();
            asked.name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_ssh));
            asked.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_ssh));
            asked.again = attempt > 0;
            asked.cancelled = [this] { return m_cancelled.load(); };
            const int count = ssh_userauth_kbdint_getnprompts(m_ssh);
            for (int i = 0; i < count; ++i) {
                char echo = 0;
                const char *prompt = ssh_userauth_kbdint_getprompt(m_ssh, unsigned(i), &echo);
                asked.questions.append({ QString::fromUtf8(prompt), echo != 0 });
            }
            QList<QByteArray> answers;
            if (isPasswordPrompt(asked)) {
                if (password.available()) {
                    if (std::optional<QByteArray> secret = password.take())
                        answers = { *secret };
                    if (m_cancelled)
                        return false;
                } else if (password.found()) {
                    // The server refused the password already: asking a person for it again
                    // would be the same question (and a loop of them locks accounts).
                    return false;
                }
            }
            if (answers.size() != asked.questions.size()) {
                if (!m_endpoint.relay) {
                    // A password prompt after the password was asked for: the message says
                    // what became of the password.
                    if (!isPasswordPrompt(asked))
                        why << tr("The server asked questions that only a person can answer "
                                  "(\"%1\"): run the sync on a terminal to answer them.")
                                        .arg(asked.questions.constFirst().prompt.trimmed());
                    return false;
                }
                std::optional<QList<QByteArray>> given
                        = unhurried([&] { return m_endpoint.relay(asked); });
                if (m_cancelled)
                    return false;
                if (!given || given->size() != asked.questions.size()) {
                    why << (refused ? refusedAnswers
                                    : tr("Nobody answered the server's questions."));
                    return false;
                }
                answers = std::move(*given);
                byPerson = true;
            }
            for (int i = 0; i < answers.size(); ++i) {
                ssh_userauth_kbdint_setanswer(m_ssh, unsigned(i), answers[i].constData());
                answers[i].fill('\0');
            }
            result = ssh_userauth_kbdint(m_ssh, nullptr, nullptr);
        }
        if (result == SSH_AUTH_SUCCESS)
            return true;
        if (result == SSH_AUTH_ERROR || connectionError())
            return false;
        refused = refused || byPerson;
        // Refused: the server may ask again, and only a person gives other answers.
        if (!m_endpoint.relay)
            return false;
    }
    if (refused)
        why << refusedAnswers;
    return false;
}

Result<void> SshSession::logIn(const PasswordSource &password)
{
    Operation operation(*this);
    const auto lost = [&]() -> std::optional<Error> { return connectionError(); };
    int result = ssh_userauth_none(m_ssh, nullptr);
    if (result == SSH_AUTH_SUCCESS)
        return {};
    if (result == SSH_AUTH_ERROR)
        return lost().value_or(
                failure(ErrorKind::Unreachable, QString::fromUtf8(ssh_get_error(m_ssh))));
    const int methods = ssh_userauth_list(m_ssh, nullptr);
    QStringList why; // what kept a way to log in from being tried, for the message
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (m_endpoint.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            if (ssh_userauth_agent(m_ssh, nullptr) == SSH_AUTH_SUCCESS)
                return {};
            if (std::optional<Error> gone = lost())
                return *gone;
        }
        QStringList keys;
        if (!m_server.identityFile.isEmpty())
            keys << m_server.identityFile;
        if (m_endpoint.useDefaultKeys) {
            for (const char *name : { "id_ed25519", "id_ecdsa", "id_rsa" })
                keys << QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        }
        if (logInWithKeys(keys, why))
            return {};
        if (std::optional<Error> gone = lost())
            return *gone;
    }
    LoginPassword once(password ? std::function<std::optional<QByteArray>()>(
                               [&] { return unhurried([&] { return password(m_endpoint); }); })
                                : std::function<std::optional<QByteArray>()>());
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && once.available()) {
        std::optional<QByteArray> secret = once.take();
        if (std::optional<Error> gone = lost())
            return *gone;
        if (secret) {
            const int answer = ssh_userauth_password(m_ssh, nullptr, secret->constData());
            secret->fill('\0');
            if (answer == SSH_AUTH_SUCCESS)
                return {};
            if (std::optional<Error> gone = lost())
                return *gone;
        }
    }
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        if (logInWithKeyboard(once, why))
            return {};
        if (std::optional<Error> gone = lost())
            return *gone;
    }
    QString message = tr("The server refused the login of %1 with every key and password tried.")
                              .arg(m_server.user.isEmpty() ? QString::fromUtf8(qgetenv("USER"))
                                                           : m_server.user);
    if (once.asked() && !once.found())
        why << tr("No password is stored for %1.").arg(m_endpoint.display());
    if (!why.isEmpty())
        message += u' ' + why.join(u' ');
    return Error{ QString::fromUtf16(authenticationFailedCode),
                  m_endpoint.display() + QStringLiteral(": ") + message };
}

Result<HostKey> SshSession::trust(const SshEndpoint &endpoint, const QString &fingerprint)
{
    std::shared_ptr<SshSession> session(new SshSession(endpoint));
    session->resolve();
    if (Result<void> socket = session->openSocket(); !socket)
        return socket.error();
    ssh_session ssh = session->m_ssh = ssh_new();
    const QByteArray host = session->m_server.host.toUtf8();
    const unsigned int port = session->m_server.port;
    const int no = 0;
    ssh_options_set(ssh, SSH_OPTIONS_PROCESS_CONFIG, &no);
    ssh_options_set(ssh, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(ssh, SSH_OPTIONS_PORT, &port);
    socket_t fd = session->m_fd;
    ssh_options_set(ssh, SSH_OPTIONS_FD, &fd);
    {
        Operation operation(*session, endpoint.connectTimeout);
        if (ssh_connect(ssh) != SSH_OK)
            return session->connectionError().value_or(session->failure(
                    ErrorKind::Unreachable, QString::fromUtf8(ssh_get_error(ssh))));
    }
    ssh_key raw = nullptr;
    if (ssh_get_server_publickey(ssh, &raw) != SSH_OK)
        return session->failure(ErrorKind::Unreachable, QString::fromUtf8(ssh_get_error(ssh)));
    const Key key(raw);
    HostKey presented{ QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get()))),
                       fingerprintOf(key.get()),
                       {} };
    if (presented.fingerprint != fingerprint)
        return Error{ QStringLiteral("Fingerprint Mismatch"),
                      endpoint.display() + QStringLiteral(": ")
                              + tr("The server presents the host key %1, not %2")
                                        .arg(presented.fingerprint, fingerprint) };
    QDir().mkpath(QFileInfo(endpoint.knownHostsFile).absolutePath());
    const QByteArray own = QFile::encodeName(endpoint.knownHostsFile);
    ssh_options_set(ssh, SSH_OPTIONS_KNOWNHOSTS, own.constData());
    if (ssh_session_update_known_hosts(ssh) != SSH_OK)
        return session->failure(ErrorKind::Io, tr("Cannot write %1: %2")
                                                       .arg(endpoint.knownHostsFile,
                                                            QString::fromUtf8(ssh_get_error(ssh))));
    return presented;
}

bool SshSession::hasExtension(const char *name) const
{
    return m_sftp
           && sftp_extension_supported(m_sftp, name, "1")
                              + sftp_extension_supported(m_sftp, name, "2")
                      > 0;
}

int SshSession::symlink(const QByteArray &target, const QByteArray &path)
{
    if (m_linkOrder == LinkOrder::Unknown && ssh_get_openssh_version(m_ssh) > 0)
        m_linkOrder = LinkOrder::Libssh; // libssh sends OpenSSH's own order
    if (m_linkOrder == LinkOrder::Unknown) {
        m_linkOrder = probeLinkOrder(path);
        // Not learnt (the folder is not there...): no link either, since one sent in the
        // wrong order would be made elsewhere, named as its target.
        if (m_linkOrder == LinkOrder::Unknown)
            return -1;
    }
    // libssh sends the two the other way round to a server that is not OpenSSH's.
    return m_linkOrder == LinkOrder::Reversed
                   ? sftp_symlink(m_sftp, path.constData(), target.constData())
                   : sftp_symlink(m_sftp, target.constData(), path.constData());
}

SshSession::LinkOrder SshSession::probeLinkOrder(const QByteArray &beside)
{
    // A link between two names of the application's own: the one the server made tells which
    // of the two it took for the link's name.
    const QByteArray link = beside + ".lts-order-link";
    const QByteArray target = beside + ".lts-order-target";
    // Left by a probe that was cut short, if any.
    sftp_unlink(m_sftp, link.constData());
    sftp_unlink(m_sftp, target.constData());
    if (sftp_symlink(m_sftp, target.constData(), link.constData()) != 0)
        return LinkOrder::Unknown;
    for (const auto &[name, order] :
         { std::pair{ link, LinkOrder::Libssh }, std::pair{ target, LinkOrder::Reversed } }) {
        if (sftp_attributes made = sftp_lstat(m_sftp, name.constData())) {
            sftp_attributes_free(made);
            sftp_unlink(m_sftp, name.constData());
            return order;
        }
    }
    return LinkOrder::Unknown;
}

Error SshSession::sftpError(const QByteArray &path) const
{
    return statusError(path, m_sftp ? sftp_get_error(m_sftp) : SSH_FX_CONNECTION_LOST);
}

Error SshSession::statusError(const QByteArray &path, int status) const
{
    if (std::optional<Error> lost = connectionError())
        return Error{ lost->code,
                      displayPath(path) + lost->message.mid(m_endpoint.display().size()) };
    const QString where = displayPath(path) + QStringLiteral(": ");
    switch (status) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return errorOf(ErrorKind::NotFound, where + QStringLiteral("No such file or directory"));
    case SSH_FX_PERMISSION_DENIED:
        return errorOf(ErrorKind::Denied, where + QStringLiteral("Permission denied"));
    case SSH_FX_FILE_ALREADY_EXISTS:
        return errorOf(ErrorKind::Exists, where + QStringLiteral("File exists"));
    case SSH_FX_WRITE_PROTECT:
        return errorOf(ErrorKind::ReadOnly, where + QStringLiteral("Read-only file system"));
    case SSH_FX_OP_UNSUPPORTED:
        return errorOf(ErrorKind::NotSupported, where + QStringLiteral("Operation not supported"));
    case SSH_FX_NO_CONNECTION:
    case SSH_FX_CONNECTION_LOST:
        return errorOf(ErrorKind::Unreachable, where + tr("The connection was lost"));
    default:
        break;
    }
    // SFTP 3 says "Failure" for everything else (a full disk too): the caller looks closer.
    return errorOf(ErrorKind::Io, where + tr("The server refused (SFTP status %1)").arg(status));
}

} // namespace lts::fsops
