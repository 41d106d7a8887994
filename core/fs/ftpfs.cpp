#include "ftpfs.h"

#include "bytepipe.h"
#include "ftplisting.h"
#include "tcpkeepalive.h"
#include "temporarynames.h"
#include "trustedcertificates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>

#include <curl/curl.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace lts {

namespace fsops {

QString FtpEndpoint::display() const
{
    const QString server = host.contains(u':') ? u'[' + host + u']' : host;
    return (user.isEmpty() ? server : user + u'@' + server) + u':' + QString::number(port);
}

} // namespace fsops

using namespace fsops;

namespace {

// What a transfer holds between the engine and the server: enough for the network to keep
// going while the engine writes the other side (it writes 1 MiB at a time), little enough to
// stay in memory.
constexpr qsizetype pipeCapacity = 2 << 20;
// libcurl's own buffers, each the most a callback gives or takes at once: its defaults (64 KiB
// up, 16 KiB down) make a call, a copy and a wake-up of the other side for every few packets.
constexpr long uploadBuffer = 1 << 20; // libcurl 7.88 takes up to 2 MiB
constexpr long downloadBuffer = 512 << 10; // and up to 10 MiB
// A server's deadline for opening the connection (remote.md: connect 15 s).
constexpr long connectTimeoutMs = 15000;
// How long a closed connection waits for the server to close its side (closeSocket()).
constexpr std::chrono::milliseconds lingerLimit(2000);
// MDTM questions sent in one go when a LIST server's folder is listed.
constexpr qsizetype mdtmBatch = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ftp", text);
}

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray join(const QByteArray &folder, const QByteArray &name)
{
    if (name.isEmpty() || name == ".")
        return folder;
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

QByteArray parentOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

QByteArray nameOf(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

// "/a/b/../c" as a clean absolute path ("/a/c"), "/" at least.
QByteArray cleanPath(const QByteArray &path)
{
    QList<QByteArray> parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return '/' + parts.join('/');
}

// One call to the server: which path, and what to do there.
struct Request
{
    QByteArray path; // absolute; empty: the folder the login lands in
    bool folder = false; // the path is a folder (its URL ends in '/')
    QByteArray command; // a listing's command ("MLSD", "LIST -a") instead of a transfer
    bool noBody = false; // no transfer: only the quoted commands
    QList<QByteArray> quote; // commands sent after the login ("*" first: a failure is fine)
    bool upload = false;
    bool append = false;
    std::function<size_t(char *, size_t)> read; // an upload's data; CURL_READFUNC_ABORT ends it
    std::function<size_t(const char *, size_t)> write; // a download's; less than given ends it
    std::int64_t resumeFrom = 0; // where a download starts (REST): a lost one goes on there
    // Whether the call may go again over a new connection when the one it ran on was lost,
    // after forgetting what the lost try received (false: it cannot, as an upload whose data
    // went). Empty: never sent again.
    std::function<bool(Request &)> again;
    // An upload whose data connection the server refused (vsftpd's 522, perform()): starts its
    // data again from the beginning; false when it cannot. `refused`: the server said so
    // (522); else the data connection was cut while the data went, which a refusal can be
    // too (the server closes it before libcurl reads the 522), and what went may have been
    // taken. Empty: the upload fails.
    std::function<bool(bool refused)> rewind;
    // For a command that may have been done before its connection went (DELE, RNFR/RNTO, MKD):
    // a look at the server tells whether it was (the call is then done), or it goes again.
    std::function<bool()> happened;
};

// What became of a call.
struct Outcome
{
    CURLcode code = CURLE_OK;
    long reply = 0; // the server's last reply code
    QByteArray replyText; // and its line ("550 Failed to open file.")
    QList<QByteArray> replies; // every reply line of the call, in order
    QString curlWhy; // libcurl's own words
    bool cancelled = false;
    std::optional<HostKey> refusedCertificate;
    QString certificateWhy;

    bool ok() const { return code == CURLE_OK && !cancelled; }
    // The server did not take the command (500 to 504: unknown, not implemented).
    bool unknownCommand() const { return reply >= 500 && reply <= 504; }
};

struct Connection;

int connectionIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

} // namespace

// What the roots of one location share: the server, its connections, the sockets to shut on
// cancel(), the names being written, and what the server showed it can do.
struct FtpLocation::Client
{
    FtpEndpoint endpoint;
    QByteArray origin; // "ftp://host:port" ("ftps://" for implicit TLS)

    std::mutex mutex;
    std::atomic<quint64> cancels = 0; // how often cancel() was called
    std::condition_variable cancelled; // ends the back-offs between reconnects
    // Every reconnect of a call failed: the calls that follow try once, not with back-off
    // again each (the run ends soon, Unreachable). Any call that gets through clears it.
    std::atomic<bool> gone = false;
    // A call got through once: a server that could not be reached from the start is not
    // tried again (the run ends at once, as for SFTP), one that went away during the run is.
    std::atomic<bool> reached = false;
    std::vector<std::unique_ptr<Connection>> idle;
    std::set<curl_socket_t> sockets;
    std::set<BytePipe *> pipes;
    std::set<QByteArray> writing; // files a writer of this location is making
    // Learned from the first connection.
    bool greeted = false;
    QSet<QByteArray> features;
    QByteArray entryPath = "/";
    std::atomic<bool> mlsd = false;
    std::atomic<bool> mlst = false; // an entry is looked at with MLST (Root::statByMlst())
    std::atomic<bool> listWithA = true; // "LIST -a" (dot files); plain LIST where refused
    // Without MLST, an entry is looked at with STAT (Root::statByStat()) until a server refuses.
    std::atomic<bool> statLists = true;
    std::atomic<bool> timesSettable = true;
    // How data connections resume their control connection's TLS session with this server
    // (perform()): vsftpd's require_ssl_reuse refuses, over TLS 1.3, the one after an upload.
    enum class SessionReuse { Tls13, Tls12, FreshAfterUpload };
    std::atomic<SessionReuse> sessionReuse = SessionReuse::Tls13;
    // The login: the password is asked once; a refused one is never tried again.
    std::mutex passwordMutex;
    bool passwordAsked = false;
    std::optional<QByteArray> password;
    std::atomic<bool> loginRefused = false;
    std::optional<HostKey> refusedCertificate;

    explicit Client(FtpEndpoint from);
    ~Client();
    Q_DISABLE_COPY_MOVE(Client)

    QString displayPath(const QByteArray &path) const
    {
        return endpoint.display() + QFile::decodeName(path.startsWith('/') ? path : '/' + path);
    }
    QByteArray urlOf(const QByteArray &path, bool folder) const
    {
        // SINGLECWD: "%2Fsrv/data/" is one "CWD /srv/data"; each byte of a name encoded.
        if (path.isEmpty())
            return origin + '/';
        QByteArray encoded = "/%2F";
        const QList<QByteArray> parts = path.split('/');
        QList<QByteArray> kept;
        for (const QByteArray &part : parts) {
            if (!part.isEmpty())
                kept.append(part.toPercentEncoding());
        }
        encoded += kept.join('/');
        if (folder && !kept.isEmpty())
            encoded += '/';
        return origin + encoded;
    }
    std::optional<QByteArray> loginPassword()
    {
        const std::lock_guard lock(passwordMutex);
        if (!passwordAsked && endpoint.password) {
            passwordAsked = true;
            password = endpoint.password();
        }
        return password;
    }
};

namespace {

using Client = FtpLocation::Client;

// One control connection: a libcurl handle, whose connection stays open between calls in the
// connection cache of a multi handle of its own (performPromptly()).
struct Connection
{
    CURL *curl = nullptr;
    CURLM *multi = nullptr;
    Client *client = nullptr;
    quint64 bornIn = 0; // the cancel epoch it was made in
    quint64 epoch = 0; // the one of the call running on it
    bool greeted = false;
    QList<QByteArray> replies;
    std::array<char, CURL_ERROR_SIZE> why{};
    std::function<size_t(char *, size_t)> read;
    std::function<size_t(const char *, size_t)> write;
    // The TLS handshake under way.
    bool chainFailed = false;
    std::optional<HostKey> refusedCertificate;
    QString certificateWhy;
    // Only a look at the certificate (presentedKey()): the handshake ends once it is seen,
    // before any login, and `presented` tells it.
    bool lookOnly = false;
    bool tls12 = false; // made with TLS 1.2 at most (Client::SessionReuse::Tls12)
    std::optional<PresentedKey> presented;
    QByteArray password;

    Connection(Client *owner, quint64 epochNow, bool look = false);
    ~Connection()
    {
        if (curl)
            curl_easy_cleanup(curl);
        if (multi)
            curl_multi_cleanup(multi); // closes the control connection it keeps
        password.fill('\0');
    }
    Q_DISABLE_COPY_MOVE(Connection)
};

// The certificate as a key to trust, in the same words as the Qt Network backends give it.
HostKey keyOf(X509 *certificate)
{
    const int size = certificate ? i2d_X509(certificate, nullptr) : -1;
    if (size <= 0)
        return HostKey{ QString::fromUtf16(certificateKeyType), {}, {} };
    QByteArray der(size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &out);
    HostKey key = certificateKey(QSslCertificate(der, QSsl::Der));
    key.fingerprint = certificateFingerprint(der); // whatever Qt makes of it
    return key;
}

bool nameMatches(X509 *certificate, const QString &host)
{
    const QByteArray name = host.toUtf8();
    if (!QHostAddress(host).isNull())
        return X509_check_ip_asc(certificate, name.constData(), 0) == 1;
    return X509_check_host(certificate, name.constData(), size_t(name.size()), 0, nullptr) == 1;
}

// OpenSSL's verification, certificate by certificate, during the handshake (before the password
// is sent): the chain must be one the system's authorities vouch for, for this server's name,
// unless the user pinned the server's own certificate.
int verifyCertificate(int preverified, X509_STORE_CTX *store)
{
    auto *ssl = static_cast<SSL *>(
            X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *connection = ssl ? static_cast<Connection *>(
                               SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), connectionIndex()))
                           : nullptr;
    if (!connection)
        return preverified;
    if (X509_STORE_CTX_get_error_depth(store) > 0) {
        // Decided at the server's own certificate, which comes last.
        if (!preverified) {
            connection->chainFailed = true;
            connection->certificateWhy = QString::fromLatin1(
                    X509_verify_cert_error_string(X509_STORE_CTX_get_error(store)));
        }
        return 1;
    }
    X509 *leaf = X509_STORE_CTX_get_current_cert(store);
    HostKey key = keyOf(leaf);
    const FtpEndpoint &endpoint = connection->client->endpoint;
    bool vouched = preverified && !connection->chainFailed;
    if (!preverified)
        connection->certificateWhy = QString::fromLatin1(
                X509_verify_cert_error_string(X509_STORE_CTX_get_error(store)));
    if (vouched && !nameMatches(leaf, endpoint.host)) {
        vouched = false;
        connection->certificateWhy = tr("it is not made out to %1").arg(endpoint.host);
    }
    const bool trusted = vouched
                         || (endpoint.certificateTrusted && !key.fingerprint.isEmpty()
                             && endpoint.certificateTrusted(key.fingerprint));
    if (!trusted && endpoint.pinnedCertificate) {
        if (const std::optional<QString> pinned = endpoint.pinnedCertificate();
            pinned && *pinned != key.fingerprint)
            key.previous = *pinned;
    }
    if (connection->lookOnly) {
        connection->presented = PresentedKey{ std::move(key), trusted };
        return 0; // seen: the handshake ends here, and nothing is logged in
    }
    if (!trusted) {
        connection->refusedCertificate = std::move(key);
        return 0;
    }
    X509_STORE_CTX_set_error(store, X509_V_OK);
    return 1;
}

// The system's authorities, read once for the process from where libcurl would read them
// (`curl`: a handle with libcurl's defaults). libcurl reads its bundle again for every
// connection, each data connection included (its cache of it is off where an SSL_CTX callback
// is set): about 10 ms of CPU per file uploaded over FTPS, most of a small file's cost.
X509_STORE *systemAuthorities(CURL *curl = nullptr)
{
    static X509_STORE *const store = [curl] {
        X509_STORE *made = X509_STORE_new();
        const char *file = nullptr;
        const char *folder = nullptr;
        if (curl) {
            curl_easy_getinfo(curl, CURLINFO_CAINFO, &file);
            curl_easy_getinfo(curl, CURLINFO_CAPATH, &folder);
        }
        if (made && file)
            X509_STORE_load_file(made, file);
        if (made && folder)
            X509_STORE_load_path(made, folder);
        return made;
    }();
    return store;
}

CURLcode setUpTls(CURL *, void *context, void *data)
{
    auto *ctx = static_cast<SSL_CTX *>(context);
    auto *connection = static_cast<Connection *>(data);
    if (X509_STORE *authorities = systemAuthorities())
        SSL_CTX_set1_cert_store(ctx, authorities);
    connection->chainFailed = false;
    SSL_CTX_set_ex_data(ctx, connectionIndex(), connection);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyCertificate);
    return CURLE_OK;
}

curl_socket_t openSocket(void *data, curlsocktype, curl_sockaddr *address)
{
    auto *connection = static_cast<Connection *>(data);
    Client *client = connection->client;
    const std::lock_guard lock(client->mutex);
    if (client->cancels != connection->epoch)
        return CURL_SOCKET_BAD;
    const int fd = ::socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
    if (fd >= 0) {
        client->sockets.insert(fd);
        keepAlive(fd);
    }
    return fd;
}

int closeSocket(void *data, curl_socket_t fd)
{
    auto *client = static_cast<Client *>(data);
    {
        const std::lock_guard lock(client->mutex);
        client->sockets.erase(fd);
    }
    // A lingering close: what the server still sends (over TLS 1.3, the session tickets of an
    // upload's data connection, which libcurl never reads) is read until the server closes its
    // side. Closed with unread data, the socket would answer with a reset, and vsftpd would
    // drop the upload's last bytes ("426 Failure reading network stream").
    ::shutdown(fd, SHUT_WR);
    const auto deadline = std::chrono::steady_clock::now() + lingerLimit;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
        pollfd readable{ fd, POLLIN, 0 };
        if (left.count() <= 0 || ::poll(&readable, 1, int(left.count())) <= 0)
            break;
        char sink[4096];
        if (::recv(fd, sink, sizeof sink, 0) <= 0)
            break;
    }
    return ::close(fd);
}

int progress(void *data, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *connection = static_cast<const Connection *>(data);
    return connection->client->cancels != connection->epoch ? 1 : 0;
}

size_t replyLine(char *data, size_t size, size_t count, void *user)
{
    static_cast<Connection *>(user)->replies.append(QByteArray(data, qsizetype(size * count)));
    return size * count;
}

size_t received(char *data, size_t size, size_t count, void *user)
{
    auto *connection = static_cast<Connection *>(user);
    if (!connection->write)
        return size * count; // a listing nobody asked for: dropped
    return connection->write(data, size * count);
}

size_t toSend(char *buffer, size_t size, size_t count, void *user)
{
    auto *connection = static_cast<Connection *>(user);
    if (!connection->read)
        return 0;
    return connection->read(buffer, size * count);
}

// curl_easy_perform(), without its stalls: libcurl 7.88 at times reads a reply (EPSV's 229,
// PASV's 227) and then waits for the control connection to say more before it goes on (opening
// the data connection), which it does not; its own wait ends after a second. A no-op run's dozen
// listings lost a second every few, an upload of small files one in about twenty. Here a wait in
// which nothing happened is tried again sooner: after 1 ms, then twice as long each time up to
// the second libcurl waits itself, so a server that is silent for long costs a few wake-ups.
CURLcode performPromptly(Connection &connection)
{
    CURLM *multi = connection.multi;
    if (curl_multi_add_handle(multi, connection.curl) != CURLM_OK)
        return CURLE_FAILED_INIT;
    CURLcode result = CURLE_OK;
    int quietMs = 1;
    for (int running = 1;;) {
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
        if (running == 0)
            break;
        int active = 0;
        if (curl_multi_poll(multi, nullptr, 0, quietMs, &active) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
        quietMs = active > 0 ? 1 : std::min(quietMs * 2, 1000);
    }
    int left = 0;
    while (const CURLMsg *message = curl_multi_info_read(multi, &left)) {
        if (message->msg == CURLMSG_DONE && message->easy_handle == connection.curl)
            result = message->data.result;
    }
    curl_multi_remove_handle(multi, connection.curl);
    return result;
}

Connection::Connection(Client *owner, quint64 epochNow, bool look)
    : client(owner)
    , bornIn(epochNow)
    , epoch(epochNow)
    , lookOnly(look)
{
    multi = curl_multi_init();
    curl = multi ? curl_easy_init() : nullptr;
    if (!curl)
        return;
    const FtpEndpoint &endpoint = client->endpoint;
    const long seconds = long(std::max<std::int64_t>(
            1, std::chrono::duration_cast<std::chrono::seconds>(endpoint.timeout).count()));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "ftp,ftps");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, why.data());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                     std::min<long>(connectTimeoutMs, long(endpoint.timeout.count())));
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, seconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, seconds);
    // openSocket() asks for keepalive probes as SFTP does: libcurl's own (CURLOPT_TCP_KEEPALIVE)
    // would set them again after it, every 60 s, and 7.88 cannot set their number.
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 0L);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, openSocket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, this);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETFUNCTION, closeSocket);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETDATA, client);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, replyLine);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, received);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, toSend);
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, uploadBuffer);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, downloadBuffer);
    if (endpoint.tls != FtpEndpoint::Tls::None) {
        if (endpoint.tls == FtpEndpoint::Tls::Explicit)
            curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        // The name is checked in verifyCertificate(), where a pinned certificate may differ.
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, setUpTls);
        curl_easy_setopt(curl, CURLOPT_SSL_CTX_DATA, this);
        // setUpTls() gives every connection the authorities read once (systemAuthorities()).
        systemAuthorities(curl);
        curl_easy_setopt(curl, CURLOPT_CAINFO, nullptr);
        curl_easy_setopt(curl, CURLOPT_CAPATH, nullptr);
        tls12 = client->sessionReuse == Client::SessionReuse::Tls12;
        if (tls12)
            curl_easy_setopt(curl, CURLOPT_SSLVERSION,
                             long(CURL_SSLVERSION_TLSv1_2) | long(CURL_SSLVERSION_MAX_TLSv1_2));
    }
    if (!endpoint.user.isEmpty() && !lookOnly) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, endpoint.user.toUtf8().constData());
        password = client->loginPassword().value_or(QByteArray());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
}

} // namespace

FtpLocation::Client::Client(FtpEndpoint from)
    : endpoint(std::move(from))
{
    initCurl();
    const QByteArray host = endpoint.host.contains(u':') ? '[' + endpoint.host.toLatin1() + ']'
                                                         : QUrl::toAce(endpoint.host);
    origin = (endpoint.tls == FtpEndpoint::Tls::Implicit ? QByteArray("ftps://")
                                                         : QByteArray("ftp://"))
             + host + ':' + QByteArray::number(endpoint.port);
}

FtpLocation::Client::~Client()
{
    idle.clear(); // their sockets close through closeSocket(), which needs this object
}

namespace {

// One root's view of the server: the client and the cancel epoch it was opened in.
struct Root
{
    std::shared_ptr<Client> client;
    quint64 epoch = 0;

    QString displayPath(const QByteArray &path) const { return client->displayPath(path); }

    bool cancelled() const { return client->cancels != epoch; }

    Error cancelledError(const QByteArray &path) const
    {
        return errorOf(ErrorKind::Cancelled,
                       displayPath(path) + QStringLiteral(": ") + tr("Cancelled"));
    }

    // A connection of the pool, or a new one (with `fresh`, always); null once the location
    // was cancelled.
    std::unique_ptr<Connection> take(bool fresh = false) const
    {
        std::vector<std::unique_ptr<Connection>> stale;
        std::unique_ptr<Connection> connection;
        {
            const std::lock_guard lock(client->mutex);
            if (client->cancels != epoch)
                return nullptr;
            // Those made before a cancel had their sockets shut.
            for (auto &each : client->idle) {
                if (each->bornIn != client->cancels)
                    stale.push_back(std::move(each));
            }
            std::erase(client->idle, nullptr);
            if (!client->idle.empty() && !fresh) {
                connection = std::move(client->idle.back());
                client->idle.pop_back();
            }
        }
        stale.clear(); // outside the lock: closing takes it
        if (!connection)
            connection = std::make_unique<Connection>(client.get(), epoch);
        if (!connection->curl)
            return nullptr;
        connection->epoch = epoch;
        return connection;
    }

    // Back to the pool when it is fit to serve again: a call that failed on the network or was
    // cut leaves its connection in a state nobody knows, and it is closed.
    void give(std::unique_ptr<Connection> connection, bool healthy) const
    {
        {
            const std::lock_guard lock(client->mutex);
            if (healthy && connection->bornIn == client->cancels
                && qsizetype(client->idle.size()) < client->endpoint.connections) {
                client->idle.push_back(std::move(connection));
                return;
            }
        }
        connection.reset(); // outside the lock: closing takes it
    }

    Outcome run(Connection &connection, const Request &request) const
    {
        Outcome outcome;
        CURL *curl = connection.curl;
        // A listing goes to its folder first (one CWD, none when the connection is there
        // already): vsftpd answers LIST of a folder that is not there with an empty listing,
        // and the CWD's 550 tells it. Every other call names its path in full ("STOR /t/a",
        // quoted commands), and goes nowhere: no CWD and back for each file or command.
        const bool listing = !request.command.isEmpty();
        curl_easy_setopt(curl, CURLOPT_FTP_FILEMETHOD,
                         long(listing ? CURLFTPMETHOD_SINGLECWD : CURLFTPMETHOD_NOCWD));
        const QByteArray url = listing || !request.path.isEmpty()
                                       ? client->urlOf(request.path, request.folder)
                                       : client->origin + "/%2F"; // "/": absolute, so no CWD
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        curl_easy_setopt(curl, CURLOPT_NOBODY, request.noBody ? 1L : 0L);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, request.upload ? 1L : 0L);
        curl_easy_setopt(curl, CURLOPT_APPEND, request.append ? 1L : 0L);
        curl_easy_setopt(curl, CURLOPT_RESUME_FROM_LARGE, curl_off_t(request.resumeFrom));
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST,
                         request.command.isEmpty() ? nullptr : request.command.constData());
        curl_slist *quote = nullptr;
        for (const QByteArray &command : request.quote)
            quote = curl_slist_append(quote, command.constData());
        curl_easy_setopt(curl, CURLOPT_QUOTE, quote);
        connection.read = request.read;
        connection.write = request.write;
        connection.replies.clear();
        connection.why[0] = '\0';
        connection.refusedCertificate.reset();
        if (client->loginRefused && !connection.lookOnly) {
            // A refused login is never tried again (a retry loop locks accounts).
            outcome.code = CURLE_LOGIN_DENIED;
            outcome.reply = 530;
        } else {
            outcome.code = performPromptly(connection);
        }
        curl_easy_setopt(curl, CURLOPT_QUOTE, nullptr);
        curl_slist_free_all(quote);
        connection.read = nullptr;
        connection.write = nullptr;
        if (outcome.code != CURLE_OK || outcome.reply == 0)
            curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &outcome.reply);
        outcome.replies = connection.replies;
        for (qsizetype i = outcome.replies.size() - 1; i >= 0; --i) {
            const QByteArray line = outcome.replies.at(i).trimmed();
            if (line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0]))
                && std::isdigit(static_cast<unsigned char>(line[1]))
                && std::isdigit(static_cast<unsigned char>(line[2]))) {
                outcome.replyText = line;
                break;
            }
        }
        outcome.curlWhy = QString::fromUtf8(connection.why[0] ? connection.why.data()
                                                              : curl_easy_strerror(outcome.code));
        outcome.cancelled = cancelled() || outcome.code == CURLE_ABORTED_BY_CALLBACK;
        if (connection.refusedCertificate) {
            outcome.refusedCertificate = connection.refusedCertificate;
            outcome.certificateWhy = connection.certificateWhy;
            const std::lock_guard lock(client->mutex);
            client->refusedCertificate = connection.refusedCertificate;
        } else if (outcome.code == CURLE_OK) {
            const std::lock_guard lock(client->mutex);
            client->refusedCertificate.reset();
        }
        if (outcome.code == CURLE_LOGIN_DENIED) {
            const std::lock_guard lock(client->mutex);
            client->loginRefused = true;
        }
        return outcome;
    }

    // The first call on a connection: the server's features (FEAT), UTF-8 names where it can
    // (OPTS UTF8 ON), the folder the login lands in.
    Outcome greet(Connection &connection) const
    {
        Request hello;
        hello.noBody = true;
        hello.quote = { "FEAT", "*OPTS UTF8 ON" };
        Outcome outcome = run(connection, hello);
        if (!outcome.ok())
            return outcome;
        connection.greeted = true;
        const std::lock_guard lock(client->mutex);
        if (!client->greeted) {
            client->greeted = true;
            client->features = ftp::parseFeatures(outcome.replies);
            client->mlsd = client->features.contains("MLST");
            client->mlst = client->mlsd.load();
            const char *entry = nullptr;
            if (curl_easy_getinfo(connection.curl, CURLINFO_FTP_ENTRY_PATH, &entry) == CURLE_OK
                && entry && entry[0] == '/')
                client->entryPath = cleanPath(entry);
        }
        return outcome;
    }

    // Runs one call on a connection of the pool. A connection lost under it (the network
    // dropped, the server restarted) is replaced, up to the endpoint's ReconnectPolicy, and the
    // call goes again where that is safe (Request::again, Request::happened).
    Outcome perform(Request request) const
    {
        bool freshForSession = false; // a new connection for the call (sessionWasUsedUp())
        bool replacedPooled = false; // a pooled connection lost under the call was replaced
        for (int lost = 0;;) {
            std::unique_ptr<Connection> connection
                    = take(lost > 0 || freshForSession || replacedPooled);
            if (!connection)
                return cancelledOutcome();
            const bool pooled = connection->greeted; // it served calls before this one
            if (!connection->greeted) {
                Outcome hello = greet(*connection);
                if (!hello.ok() && connection->tls12 && hello.code == CURLE_SSL_CONNECT_ERROR) {
                    // The server speaks no TLS 1.2 we accept: a connection per upload, then.
                    client->sessionReuse = Client::SessionReuse::FreshAfterUpload;
                    give(std::move(connection), false);
                    continue;
                }
                if (!hello.ok()) {
                    give(std::move(connection), false);
                    // Nothing of the call was sent: it may go again whatever it is.
                    if (mayReconnect(hello, lost)) {
                        if (!backOff(lost++))
                            return cancelledOutcome();
                        continue;
                    }
                    return settled(std::move(hello), lost);
                }
            }
            Outcome outcome = run(*connection, request);
            const bool tls = client->endpoint.tls != FtpEndpoint::Tls::None;
            const bool refused = outcome.reply == 522 && !outcome.cancelled && tls;
            // Over TLS 1.3, vsftpd may close a refused upload's data connection while libcurl
            // still sends, which then fails before it reads the 522.
            const bool cutWhileSending = request.upload && outcome.code == CURLE_SEND_ERROR && tls
                                         && !connection->tls12
                                         && client->sessionReuse == Client::SessionReuse::Tls13;
            const bool sessionUsedUp = refused || cutWhileSending;
            if (sessionUsedUp)
                sessionWasUsedUp(*connection);
            const bool keep = healthy(outcome) && !sessionUsedUp
                              && !(request.upload && !connection->tls12
                                   && client->sessionReuse != Client::SessionReuse::Tls13);
            give(std::move(connection), keep);
            // The server took none of it: it goes again on a new connection, an upload from the
            // start of its data (never the rest of a stream whose start is gone).
            if (sessionUsedUp && !freshForSession
                && (request.upload ? request.rewind && request.rewind(refused) : true)) {
                freshForSession = true;
                continue;
            }
            if (mayReconnect(outcome, lost) && (request.happened || request.again)) {
                // A connection that waited in the pool may have been closed since, or be unfit
                // for one more data connection (vsftpd cuts one over TLS 1.3 at times): that is
                // no sign of a server away, and a call that may simply go again does so at
                // once on a new connection, once. The back-off waits for a server that went
                // away, which the new connection meets in its turn; a command that may have
                // been done (Request::happened) always waits it, so that the server has
                // finished it before the look.
                const bool atOnce = pooled && !replacedPooled && !request.happened;
                replacedPooled = replacedPooled || atOnce;
                const auto waitUnlessAtOnce = [&] { return atOnce || backOff(lost++); };
                if (request.happened) {
                    if (!backOff(lost++))
                        return cancelledOutcome();
                    if (request.happened())
                        return settled(Outcome{}, lost);
                    continue;
                }
                if (request.again(request)) {
                    if (!waitUnlessAtOnce())
                        return cancelledOutcome();
                    continue;
                }
            }
            return settled(std::move(outcome), lost);
        }
    }

    // vsftpd's require_ssl_reuse: a data connection must resume a TLS session of its control
    // connection, and a TLS 1.3 session ticket resumes once. An upload's data connection is
    // given a new ticket that libcurl never reads (it only writes there), so the next data
    // connection of that control connection may be refused (522: whether libcurl happened to
    // read the ticket is a matter of timing), an upload's after libcurl took the start of its
    // data (Request::rewind gives it again). TLS 1.2 sessions resume any
    // number of times: the connections made from then on speak TLS 1.2 with this server (the
    // 522 came over a TLS 1.3 connection that verified its certificate: no one on the way can
    // ask for the older version). Where TLS 1.2 fails, or a 522 comes over it too, a
    // connection that uploaded is not kept: a new connection, handshake and login per file.
    void sessionWasUsedUp(const Connection &connection) const
    {
        if (connection.tls12) {
            client->sessionReuse = Client::SessionReuse::FreshAfterUpload;
            return;
        }
        // A TLS 1.3 connection made before another one's 522 leaves the choice as it is.
        auto expected = Client::SessionReuse::Tls13;
        client->sessionReuse.compare_exchange_strong(expected, Client::SessionReuse::Tls12);
    }

    Outcome cancelledOutcome() const
    {
        Outcome outcome;
        outcome.code = CURLE_ABORTED_BY_CALLBACK;
        outcome.cancelled = true;
        return outcome;
    }

    // The call's end. One that got through clears what a server that stayed away left; one
    // whose connection was lost again after every reconnect leaves it.
    Outcome settled(Outcome outcome, int lost) const
    {
        if (outcome.ok()) {
            client->gone = false;
            client->reached = true;
        } else if (connectionLost(outcome) && lost >= client->endpoint.reconnect.attempts) {
            client->gone = true;
        }
        return outcome;
    }

    // The connection was lost under the call (not refused for its login or certificate,
    // which nothing retries, nor timed out, which waited its deadline already).
    static bool connectionLost(const Outcome &outcome)
    {
        if (outcome.cancelled || outcome.refusedCertificate || outcome.code == CURLE_LOGIN_DENIED)
            return false;
        switch (outcome.code) {
        case CURLE_COULDNT_CONNECT:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_WEIRD_SERVER_REPLY:
            return true;
        default:
            // 421: the server closes the connection; 425, 426: the data connection failed.
            return outcome.reply == 421 || outcome.reply == 425 || outcome.reply == 426;
        }
    }

    // Whether a call whose connection was lost `lost` times already may connect again.
    bool mayReconnect(const Outcome &outcome, int lost) const
    {
        return connectionLost(outcome) && client->reached && !client->gone && !client->loginRefused
               && lost < client->endpoint.reconnect.attempts && !cancelled();
    }

    // Waits before reconnect `retry`; false when the location was cancelled meanwhile.
    bool backOff(int retry) const
    {
        const ReconnectPolicy &policy = client->endpoint.reconnect;
        const std::chrono::milliseconds delay = policy.delayBefore(retry);
        if (policy.pause)
            return policy.pause(delay) && !cancelled();
        return waitUnlessStopped(client->mutex, client->cancelled, delay,
                                 [this] { return cancelled(); });
    }

    static bool healthy(const Outcome &outcome)
    {
        if (outcome.cancelled)
            return false;
        switch (outcome.code) {
        case CURLE_OK:
        case CURLE_QUOTE_ERROR:
        case CURLE_REMOTE_FILE_NOT_FOUND:
        case CURLE_REMOTE_ACCESS_DENIED:
        case CURLE_FTP_COULDNT_RETR_FILE:
        case CURLE_UPLOAD_FAILED:
            return outcome.reply >= 400 || outcome.code == CURLE_OK;
        default:
            return false;
        }
    }

    // What went wrong, in the user's words, with the server's own.
    Error error(const Outcome &outcome, const QByteArray &path) const
    {
        const QString where = displayPath(path) + QStringLiteral(": ");
        if (outcome.cancelled)
            return cancelledError(path);
        const QString display = client->endpoint.display();
        if (outcome.refusedCertificate)
            return certificateUnknown(display, *outcome.refusedCertificate, outcome.certificateWhy);
        const QString server
                = outcome.replyText.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + QString::fromUtf8(outcome.replyText) + u')';
        if (outcome.code == CURLE_LOGIN_DENIED || outcome.reply == 530) {
            QString why;
            if (client->endpoint.user.isEmpty())
                why = tr("The server refused an anonymous login: the location needs a user.");
            else if (!client->loginPassword())
                why = tr("No password is stored for %1.").arg(display);
            else
                why = tr("The server refused the login of %1 with the stored password.")
                              .arg(client->endpoint.user);
            return Error{ QString::fromUtf16(authenticationFailedCode),
                          display + QStringLiteral(": ") + why + server };
        }
        switch (outcome.code) {
        case CURLE_OPERATION_TIMEDOUT:
            return errorOf(ErrorKind::Timeout,
                           where
                                   + tr("The server did not answer within %1 seconds")
                                             .arg(client->endpoint.timeout.count() / 1000));
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
            return Error{ QStringLiteral("ECONNREFUSED"), where + outcome.curlWhy };
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_FTP_ACCEPT_FAILED:
        case CURLE_FTP_CANT_GET_HOST:
        case CURLE_FTP_WEIRD_PASV_REPLY:
        case CURLE_FTP_WEIRD_227_FORMAT:
        case CURLE_WEIRD_SERVER_REPLY:
            return Error{ QStringLiteral("ECONNRESET"), where + outcome.curlWhy };
        default:
            break;
        }
        switch (outcome.reply) {
        case 550:
            return Error{ QStringLiteral("ENOENT"),
                          where + QStringLiteral("No such file or directory") + server };
        case 452:
        case 552:
            return Error{ QStringLiteral("ENOSPC"),
                          where + QStringLiteral("No space left on device") + server };
        case 553:
            return Error{ QStringLiteral("EACCES"),
                          where + QStringLiteral("Permission denied") + server };
        case 421:
            return Error{ QStringLiteral("ECONNRESET"),
                          where + tr("The server closed the connection") + server };
        case 500:
        case 501:
        case 502:
        case 503:
        case 504:
            return Error{ QStringLiteral("ENOTSUP"),
                          where + QStringLiteral("Operation not supported") + server };
        default:
            return Error{ QStringLiteral("EIO"),
                          where + QStringLiteral("Input/output error")
                                  + (server.isEmpty()
                                             ? QStringLiteral(" (") + outcome.curlWhy + u')'
                                             : server) };
        }
    }

    // A command (or a few) without a transfer, sent again over a new connection when its own
    // was lost: as it is (`happened` empty: the commands do the same done twice), or after a
    // look at the server found it not done.
    Outcome command(QList<QByteArray> commands, std::function<bool()> happened = {}) const
    {
        Request request;
        request.noBody = true;
        request.quote = std::move(commands);
        if (happened)
            request.happened = std::move(happened);
        else
            request.again = [](Request &) { return true; };
        return perform(request);
    }

    // The entries of a folder, sorted by name; with `only`, a LIST server's time (MDTM) is asked
    // for that entry alone.
    Result<std::vector<Entry>> list(const QByteArray &path, const QByteArray *only = nullptr) const
    {
        std::vector<Entry> entries;
        bool listed = false;
        if (client->mlsd) {
            QByteArray body;
            Request request;
            request.path = path;
            request.folder = true;
            request.command = "MLSD";
            request.write = [&body](const char *data, size_t size) {
                body.append(data, qsizetype(size));
                return size;
            };
            request.again = [&body](Request &) {
                body.clear();
                return true;
            };
            const Outcome outcome = perform(request);
            if (outcome.ok()) {
                for (const QByteArray &line : body.split('\n')) {
                    if (std::optional<Entry> entry = ftp::parseMlsdLine(line))
                        entries.push_back(std::move(*entry));
                }
                listed = true;
            } else if (outcome.code == CURLE_FTP_COULDNT_RETR_FILE && outcome.unknownCommand()) {
                client->mlsd = false; // FEAT said MLST, but the server has no MLSD
            } else {
                return listError(outcome, path);
            }
        }
        if (!listed) {
            Result<std::vector<Entry>> fromList
                    = listed ? Result<std::vector<Entry>>(entries) : listByList(path, only);
            if (!fromList)
                return fromList.error();
            entries = std::move(fromList).value();
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.name < b.name; });
        entries.erase(std::unique(entries.begin(), entries.end(),
                                  [](const Entry &a, const Entry &b) { return a.name == b.name; }),
                      entries.end());
        return entries;
    }

    Result<std::vector<Entry>> listByList(const QByteArray &path, const QByteArray *only) const
    {
        for (;;) {
            QByteArray body;
            Request request;
            request.path = path;
            request.folder = true;
            request.command = client->listWithA ? "LIST -a" : "LIST";
            request.write = [&body](const char *data, size_t size) {
                body.append(data, qsizetype(size));
                return size;
            };
            request.again = [&body](Request &) {
                body.clear();
                return true;
            };
            const Outcome outcome = perform(request);
            if (!outcome.ok()) {
                if (client->listWithA && outcome.code == CURLE_FTP_COULDNT_RETR_FILE) {
                    client->listWithA = false;
                    continue;
                }
                return listError(outcome, path);
            }
            const std::int64_t now = QDateTime::currentSecsSinceEpoch();
            std::vector<Entry> entries;
            for (const QByteArray &line : body.split('\n')) {
                if (std::optional<Entry> entry = ftp::parseListLine(line, now))
                    entries.push_back(std::move(*entry));
            }
            if (client->features.contains("MDTM")) {
                if (Result<void> timed = addTimes(path, entries, only); !timed)
                    return timed.error();
            }
            return entries;
        }
    }

    // LIST gives times to the minute (to the day for older files): MDTM tells a file's to the
    // second. Asked in batches, each answered in order ("213 20261207065524", or an error for a
    // file gone meanwhile, which keeps LIST's time).
    Result<void> addTimes(const QByteArray &path, std::vector<Entry> &entries,
                          const QByteArray *only) const
    {
        std::vector<Entry *> files;
        for (Entry &entry : entries) {
            if (entry.stat.type == EntryType::File && (!only || entry.name == *only)
                && !entry.name.contains('\r') && !entry.name.contains('\n'))
                files.push_back(&entry);
        }
        for (size_t from = 0; from < files.size(); from += size_t(mdtmBatch)) {
            const size_t to = std::min(files.size(), from + size_t(mdtmBatch));
            QList<QByteArray> commands;
            for (size_t i = from; i < to; ++i)
                commands.append("*MDTM " + join(path, files[i]->name));
            const Outcome outcome = command(commands);
            if (!outcome.ok())
                return listError(outcome, path);
            QList<QByteArray> answers;
            for (const QByteArray &line : outcome.replies) {
                if (line.startsWith("213 ") || line.startsWith('4') || line.startsWith('5'))
                    answers.append(line);
            }
            if (answers.size() != qsizetype(to - from))
                continue; // not answered one by one: LIST's times stay
            for (size_t i = from; i < to; ++i) {
                const QByteArray &answer = answers.at(qsizetype(i - from));
                if (!answer.startsWith("213 "))
                    continue;
                if (std::optional<std::int64_t> time = ftp::parseTimeVal(answer.mid(4)))
                    files[i]->stat.mtimeSec = *time;
            }
        }
        return {};
    }

    // A folder that could not be listed: gone, not a folder, or not readable (a look tells).
    Error listError(const Outcome &outcome, const QByteArray &path) const
    {
        Error error = this->error(outcome, path);
        if (kindOf(error) != ErrorKind::NotFound || path == "/")
            return error;
        Result<Stat> there = stat(path);
        if (!there)
            return kindOf(there.error()) == ErrorKind::NotFound ? error : there.error();
        if (there->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          displayPath(path) + QStringLiteral(": Not a directory") };
        return Error{ QStringLiteral("EACCES"),
                      displayPath(path) + QStringLiteral(": Permission denied (")
                              + QString::fromUtf8(outcome.replyText) + u')' };
    }

    Result<Stat> stat(const QByteArray &path) const
    {
        if (path == "/") {
            Stat stat;
            stat.type = EntryType::Folder;
            stat.mode = 0755;
            return stat;
        }
        if (!path.contains('\r') && !path.contains('\n')) {
            std::optional<Result<Stat>> looked;
            if (client->mlst)
                looked = statByMlst(path);
            else
                looked = statByStat(path);
            if (looked)
                return std::move(*looked);
        }
        const QByteArray name = nameOf(path);
        Result<std::vector<Entry>> entries = list(parentOf(path), &name);
        if (!entries) {
            if (kindOf(entries.error()) == ErrorKind::NotFound)
                return notFound(path);
            return entries.error();
        }
        for (const Entry &entry : *entries) {
            if (entry.name == name)
                return entry.stat;
        }
        return notFound(path);
    }

    // MLST: one command on the control connection, where listing the folder takes a data
    // connection (and more round trips) and sends every entry. RFC 3659 answers 550 for a path
    // that is not there. Sent as "*MLST" (a refusal is no failure): libcurl closes the
    // connection of a call that failed, and every look at a name not taken yet would log in
    // again. Nullopt: the answer says nothing the look can use (no MLST after all, the folder's
    // own line "type=cdir"), and the listing decides.
    std::optional<Result<Stat>> statByMlst(const QByteArray &path) const
    {
        const Outcome looked = command({ "*MLST " + path });
        if (!looked.ok())
            return Result<Stat>(error(looked, path));
        long reply = 0;
        for (const QByteArray &line : looked.replies) {
            // The entry's line is the one that starts with a blank: " facts; path".
            if (line.startsWith(' ')) {
                if (std::optional<Entry> entry = ftp::parseMlsdLine(line.mid(1)))
                    return Result<Stat>(entry->stat);
            } else if (line.size() >= 4 && (line[3] == ' ' || line[3] == '\r')) {
                reply = line.left(3).toLong(); // the last line of a reply
            }
        }
        if (reply == 550)
            return Result<Stat>(notFound(path));
        if (reply >= 500 && reply <= 504)
            client->mlst = false; // FEAT said MLST, but the server has no MLST
        return std::nullopt;
    }

    // Without MLST (vsftpd), a look was a listing of the folder: a CWD, EPSV, TYPE, a data
    // connection with its TLS handshake, LIST and MDTM, three times for each file uploaded. STAT
    // with a path lists it on the control connection (RFC 959), with MDTM in the same round trip.
    // The folder is listed rather than the name, which a server may read as a pattern (vsftpd
    // does for a path it cannot open), and a folder whose own name could be one is left to LIST.
    // Nullopt: LIST decides (listByStat()).
    std::optional<Result<Stat>> statByStat(const QByteArray &path) const
    {
        const QByteArray name = nameOf(path);
        QByteArray timeAnswer;
        std::optional<Result<std::vector<Entry>>> listed
                = listByStat(parentOf(path), path, &timeAnswer);
        if (!listed || !*listed)
            return listed ? std::optional(Result<Stat>(listed->error())) : std::nullopt;
        for (Entry &entry : listed->value()) {
            if (entry.name != name)
                continue;
            if (entry.stat.type == EntryType::File && timeAnswer.startsWith("213 ")) {
                if (std::optional<std::int64_t> time
                    = ftp::parseTimeVal(timeAnswer.mid(4).trimmed()))
                    entry.stat.mtimeSec = *time;
            }
            return Result<Stat>(entry.stat);
        }
        return Result<Stat>(notFound(path));
    }

    // A folder listed with STAT on the control connection (statByStat()), with `timeOf`'s MDTM
    // in the same round trip (its answer in `timeAnswer`). Nullopt: no listing came (the
    // server lists no path there, and is not asked again), or the folder's own name could be
    // a pattern; LIST decides then.
    std::optional<Result<std::vector<Entry>>> listByStat(const QByteArray &folder,
                                                         const QByteArray &timeOf = {},
                                                         QByteArray *timeAnswer = nullptr) const
    {
        if (!client->statLists || folder.contains('\r') || folder.contains('\n'))
            return std::nullopt;
        const QByteArray folderName = nameOf(folder);
        for (const char pattern : { '*', '?', '[', '{' }) {
            if (folderName.contains(pattern))
                return std::nullopt;
        }
        QList<QByteArray> commands{ (client->listWithA ? "*STAT -a " : "*STAT ") + folder };
        if (!timeOf.isEmpty())
            commands.append("*MDTM " + timeOf);
        const Outcome looked = command(commands);
        if (!looked.ok())
            return Result<std::vector<Entry>>(error(looked, folder));
        const std::optional<QList<QByteArray>> listing = ftp::parseStatListing(looked.replies);
        if (!listing) {
            client->statLists = false;
            return std::nullopt;
        }
        if (timeAnswer && !timeOf.isEmpty())
            *timeAnswer = looked.replies.constLast();
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        std::vector<Entry> entries;
        for (const QByteArray &line : *listing) {
            if (std::optional<Entry> entry = ftp::parseListLine(line, now))
                entries.push_back(std::move(*entry));
        }
        return Result<std::vector<Entry>>(std::move(entries));
    }

    Error notFound(const QByteArray &path) const
    {
        return Error{ QStringLiteral("ENOENT"),
                      displayPath(path) + QStringLiteral(": No such file or directory") };
    }

    // Gives a file its modification time: MFMT where the server has it, else MDTM with a time
    // (vsftpd). A server that takes neither keeps the time of the upload, as a WebDAV server.
    Result<void> setTime(const QByteArray &path, std::int64_t seconds) const
    {
        const bool mfmt = client->features.contains("MFMT");
        if (!client->timesSettable || (!mfmt && !client->features.contains("MDTM")))
            return {};
        const Outcome outcome
                = command({ (mfmt ? "MFMT " : "MDTM ") + ftp::timeVal(seconds) + ' ' + path });
        if (outcome.ok())
            return {};
        if (outcome.code == CURLE_QUOTE_ERROR && (outcome.unknownCommand() || !mfmt)) {
            client->timesSettable = false;
            return {};
        }
        return error(outcome, path);
    }
};

// A file's transfer, run by a thread of its own while the engine's calls feed or drain it.
class Transfer
{
public:
    explicit Transfer(Root root)
        : m_root(std::move(root))
    {
        const std::lock_guard lock(m_root.client->mutex);
        m_root.client->pipes.insert(&m_pipe);
        if (m_root.client->cancels != m_root.epoch)
            m_pipe.abort();
    }
    ~Transfer()
    {
        m_pipe.abort();
        if (m_thread.joinable())
            m_thread.join();
        const std::lock_guard lock(m_root.client->mutex);
        m_root.client->pipes.erase(&m_pipe);
    }
    Q_DISABLE_COPY_MOVE(Transfer)

    void start(Request request)
    {
        m_thread = std::thread([this, request = std::move(request)] {
            Outcome outcome = m_root.perform(request);
            // A download's data ends here; an upload takes no more (a write finds out).
            if (request.upload)
                m_pipe.abort();
            else
                m_pipe.close();
            const std::lock_guard lock(m_mutex);
            m_outcome = std::move(outcome);
            m_finished = true;
            m_changed.notify_all();
        });
    }
    // The transfer's data began to flow (or it ended).
    void markStarted()
    {
        const std::lock_guard lock(m_mutex);
        m_started = true;
        m_changed.notify_all();
    }
    bool started()
    {
        const std::lock_guard lock(m_mutex);
        return m_started;
    }
    void waitStarted()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_started || m_finished; });
    }
    // Waits for the end; the transfer's outcome.
    const Outcome &finish()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_outcome;
    }
    bool finished()
    {
        const std::lock_guard lock(m_mutex);
        return m_finished;
    }
    BytePipe &pipe() { return m_pipe; }

private:
    Root m_root;
    BytePipe m_pipe{ pipeCapacity };
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_started = false;
    bool m_finished = false;
    Outcome m_outcome;
};

class FtpReader final : public FileReader
{
public:
    FtpReader(Root root, QByteArray path, Stat opened)
        : m_root(std::move(root))
        , m_path(std::move(path))
        , m_opened(opened)
        , m_transfer(m_root)
    {
        Request request;
        request.path = m_path;
        request.write = [this](const char *data, size_t size) -> size_t {
            if (!m_transfer.pipe().push(data, qsizetype(size)))
                return 0;
            m_received += std::int64_t(size);
            return size;
        };
        // A download whose connection was lost goes on where it was (REST).
        request.again = [this](Request &again) {
            again.resumeFrom = m_received;
            return true;
        };
        m_transfer.start(std::move(request));
    }

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        const qsizetype n = m_transfer.pipe().pull(buffer, qsizetype(size));
        if (n > 0)
            return std::int64_t(n);
        const Outcome &outcome = m_transfer.finish();
        if (n == 0 && outcome.ok())
            return std::int64_t(0);
        if (m_root.cancelled() || outcome.ok())
            return m_root.cancelledError(m_path);
        return m_root.error(outcome, m_path);
    }

    Result<Stat> stat() const override
    {
        // The first look is the one the file was opened with; a later one asks the server
        // again, so a file that changed during the copy is told.
        if (m_firstStat) {
            m_firstStat = false;
            return m_opened;
        }
        return m_root.stat(m_path);
    }

private:
    Root m_root;
    QByteArray m_path;
    Stat m_opened;
    std::int64_t m_received = 0; // by the transfer's thread
    Transfer m_transfer;
    mutable bool m_firstStat = true;
};

class FtpWriter final : public FileWriter
{
public:
    FtpWriter(Root root, QByteArray path)
        : m_root(std::move(root))
        , m_path(std::move(path))
        , m_transfer(m_root)
    {
        Request request;
        request.path = m_path;
        request.upload = true;
        request.read = [this](char *buffer, size_t size) -> size_t {
            m_transfer.markStarted();
            if (m_replayed < m_start.size()) {
                const qsizetype n = std::min(qsizetype(size), m_start.size() - m_replayed);
                std::copy_n(m_start.constData() + m_replayed, n, buffer);
                m_replayed += n;
                return size_t(n);
            }
            const qsizetype n = m_transfer.pipe().pull(buffer, qsizetype(size));
            keepStart(buffer, n);
            return n < 0 ? size_t(CURL_READFUNC_ABORT) : size_t(n);
        };
        // STOR starts the file again: whatever of it went is replaced.
        request.rewind = [this](bool) {
            m_replayed = 0;
            return m_startKept;
        };
        // A connection lost before the server took the upload: it goes on a new one. Once the
        // data flows it cannot (what went is gone from the pipe): the engine writes the file
        // again, from its start under a new temporary name.
        request.again = [this](Request &) { return !m_transfer.started(); };
        m_transfer.start(std::move(request));
    }
    ~FtpWriter() override
    {
        if (!m_finished) {
            // What a broken upload left under the name goes (a cancelled one is left to the
            // next run, which knows the engine's temporary names).
            m_transfer.pipe().abort();
            m_transfer.finish();
            if (!m_root.cancelled() && m_started)
                (void)m_root.command({ "*DELE " + m_path });
        }
        const std::lock_guard lock(m_root.client->mutex);
        m_root.client->writing.erase(m_path);
    }
    Q_DISABLE_COPY_MOVE(FtpWriter)

    // Waits until the server took the upload (its STOR answered) or refused it.
    Result<void> started()
    {
        m_transfer.waitStarted();
        if (m_transfer.finished()) {
            const Outcome &outcome = m_transfer.finish();
            if (!outcome.ok())
                return refused(outcome);
        }
        m_started = true;
        return {};
    }

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (m_transfer.pipe().push(data, qsizetype(size)))
            return {};
        const Outcome &outcome = m_transfer.finish();
        if (m_root.cancelled() || outcome.ok())
            return m_root.cancelledError(m_path);
        return m_root.error(outcome, m_path);
    }

    Result<void> finish(const Stat &attributes, bool, bool) override
    {
        m_transfer.pipe().close();
        const Outcome &outcome = m_transfer.finish();
        if (!outcome.ok())
            return m_root.error(outcome, m_path);
        if (Result<void> timed = m_root.setTime(m_path, attributes.mtimeSec); !timed)
            return timed;
        m_finished = true;
        return {};
    }

private:
    Error refused(const Outcome &outcome) const
    {
        Error error = m_root.error(outcome, m_path);
        if (kindOf(error) == ErrorKind::NotFound) {
            // STOR refused with 550: the folder is gone, or the server does not let this user
            // write there.
            if (m_root.stat(parentOf(m_path)))
                return Error{ QStringLiteral("EACCES"),
                              m_root.displayPath(m_path) + QStringLiteral(": Permission denied (")
                                      + QString::fromUtf8(outcome.replyText) + u')' };
        }
        return error;
    }

    // The start of the data, for an upload refused after libcurl took it (Request::rewind):
    // a refusal comes with the data connection, before the server reads, so only what libcurl
    // took at once (its buffer) is kept.
    void keepStart(const char *data, qsizetype size)
    {
        if (size <= 0 || !m_startKept)
            return;
        if (m_start.size() + size > startKept) {
            m_startKept = false;
            m_start = QByteArray();
        } else {
            m_start.append(data, size);
        }
        m_replayed = m_start.size();
    }

    static constexpr qsizetype startKept = 2 * uploadBuffer;
    Root m_root;
    QByteArray m_path;
    Transfer m_transfer;
    bool m_started = false;
    bool m_finished = false;
    QByteArray m_start;
    bool m_startKept = true;
    qsizetype m_replayed = 0; // of m_start, sent again after a rewind
};

class FtpFolder final : public FolderImpl
{
public:
    FtpFolder(Root root, QByteArray path)
        : m_root(std::move(root))
        , m_path(std::move(path))
    { }

    Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> stat = m_root.stat(path);
        if (!stat)
            return stat.error();
        if (stat->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          m_root.displayPath(path) + QStringLiteral(": Not a directory") };
        return std::unique_ptr<FolderImpl>(std::make_unique<FtpFolder>(m_root, path));
    }

    Result<std::vector<Entry>> list() const override { return m_root.list(m_path); }

    Result<Stat> stat(const QByteArray &name) const override
    {
        return m_root.stat(join(m_path, name));
    }
    Result<Stat> statSelf() const override { return m_root.stat(m_path); }

    Result<QByteArray> readLink(const QByteArray &name) const override
    {
        return notSupported(join(m_path, name));
    }
    Result<void> makeLink(const QByteArray &name, const QByteArray &) const override
    {
        return notSupported(join(m_path, name));
    }

    Result<void> makeFolder(const QByteArray &name, std::uint32_t) const override
    {
        const QByteArray path = join(m_path, name);
        if (Result<void> valid = checkName(path); !valid)
            return valid;
        if (Result<Stat> there = m_root.stat(path); there)
            return exists(path);
        else if (kindOf(there.error()) != ErrorKind::NotFound)
            return there.error();
        const Outcome made = m_root.command({ "MKD " + path }, [&] {
            const Result<Stat> there = m_root.stat(path);
            return there && there->type == EntryType::Folder;
        });
        if (made.ok())
            return {};
        return refine(made, path, true);
    }

    Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                        const QByteArray &to) const override
    {
        const auto *other = dynamic_cast<const FtpFolder *>(&toFolder);
        const QByteArray source = join(m_path, from);
        if (!other || other->m_root.client != m_root.client)
            return errorOf(ErrorKind::NotSupported,
                           m_root.displayPath(source)
                                   + QStringLiteral(": Invalid cross-device link"));
        const QByteArray target = join(other->m_path, to);
        if (source == target)
            return {};
        // A rename takes the place of a file, never of a folder (RNTO onto an empty folder
        // would replace it on a POSIX server).
        Result<Stat> there = m_root.stat(target);
        if (there && there->type == EntryType::Folder)
            return exists(target);
        if (!there && kindOf(there.error()) != ErrorKind::NotFound)
            return there.error();
        Result<void> renamed = renameOnce(source, target);
        if (renamed || !there)
            return renamed;
        // Many servers refuse RNTO onto a file that exists: the old file is renamed aside, the
        // new one in, the old one removed. The aside name is one the engine takes for its own
        // temporary, so a crash in between leaves nothing it does not clean.
        if (Result<Stat> source = m_root.stat(join(m_path, from)); !source)
            return source.error();
        const QByteArray aside = join(other->m_path, newTemporaryName(to));
        if (Result<void> moved = renameOnce(target, aside); !moved)
            return renamed;
        if (Result<void> again = renameOnce(source, target); !again) {
            (void)renameOnce(aside, target);
            return again;
        }
        (void)m_root.command({ "*DELE " + aside });
        return {};
    }

    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const override
    {
        // FTP has no rename that refuses a taken name: a look first (not atomic, which
        // capabilities() says).
        const QByteArray target = join(m_path, to);
        if (Result<Stat> there = m_root.stat(target); there)
            return exists(target);
        else if (kindOf(there.error()) != ErrorKind::NotFound)
            return there.error();
        return renameOnce(join(m_path, from), target);
    }

    Result<void> hardLink(const QByteArray &from, const FolderImpl &,
                          const QByteArray &) const override
    {
        return notSupported(join(m_path, from));
    }

    Result<void> removeFile(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = m_root.stat(path);
        if (!there)
            return there.error();
        if (there->type == EntryType::Folder)
            return Error{ QStringLiteral("EISDIR"),
                          m_root.displayPath(path) + QStringLiteral(": Is a directory") };
        const Outcome removed = m_root.command({ "DELE " + path }, [&] { return gone(path); });
        return removed.ok() ? Result<void>() : Result<void>(refine(removed, path, false));
    }

    Result<void> removeEmptyFolder(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = m_root.stat(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          m_root.displayPath(path) + QStringLiteral(": Not a directory") };
        Result<std::vector<Entry>> inside = m_root.list(path);
        if (!inside)
            return inside.error();
        if (!inside->empty())
            return Error{ QStringLiteral("ENOTEMPTY"),
                          m_root.displayPath(path) + QStringLiteral(": Directory not empty") };
        const Outcome removed = m_root.command({ "RMD " + path }, [&] { return gone(path); });
        return removed.ok() ? Result<void>() : Result<void>(refine(removed, path, false));
    }

    Result<void> appendToFile(const QByteArray &name, const QByteArray &data, bool) const override
    {
        const QByteArray path = join(m_path, name);
        if (Result<void> valid = checkName(path); !valid)
            return valid;
        if (Result<Stat> there = m_root.stat(path); there && there->type != EntryType::File)
            return Error{ QStringLiteral("EINVAL"),
                          m_root.displayPath(path) + QStringLiteral(": Not a regular file") };
        qsizetype sent = 0;
        Request request;
        request.path = path;
        request.upload = true;
        request.append = true;
        request.read = [&](char *buffer, size_t size) -> size_t {
            const qsizetype n = std::min(qsizetype(size), data.size() - sent);
            std::copy_n(data.constData() + sent, n, buffer);
            sent += n;
            return size_t(n);
        };
        // APPE adds: only what the server refused outright goes again.
        request.rewind = [&sent](bool refused) {
            if (!refused)
                return false;
            sent = 0;
            return true;
        };
        const Outcome appended = m_root.perform(request);
        return appended.ok() ? Result<void>() : Result<void>(refine(appended, path, true));
    }

    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = m_root.stat(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::File)
            return Error{ QStringLiteral("EINVAL"),
                          m_root.displayPath(path) + QStringLiteral(": Not a regular file") };
        if (there->size > maxBytes)
            return tooLarge(path);
        QByteArray content;
        bool tooMuch = false;
        Request request;
        request.path = path;
        request.write = [&](const char *data, size_t size) -> size_t {
            if (content.size() + qsizetype(size) > maxBytes) {
                tooMuch = true;
                return 0;
            }
            content.append(data, qsizetype(size));
            return size;
        };
        request.again = [&](Request &) {
            content.clear();
            return true;
        };
        const Outcome got = m_root.perform(request);
        if (tooMuch)
            return tooLarge(path);
        if (!got.ok())
            return m_root.error(got, path);
        return content;
    }

    Result<void> setAttributes(const QByteArray &name, const Stat &stat, bool) const override
    {
        // FTP has no permission bits, and MFMT and MDTM take files only: a folder keeps its
        // own time (capabilities().folderTimes).
        const QByteArray path = join(m_path, name);
        Result<Stat> there = m_root.stat(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::File)
            return {};
        return m_root.setTime(path, stat.mtimeSec);
    }

    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = m_root.stat(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::File)
            return Error{ QStringLiteral("EINVAL"),
                          m_root.displayPath(path) + QStringLiteral(": Not a regular file") };
        return std::unique_ptr<FileReader>(std::make_unique<FtpReader>(m_root, path, *there));
    }

    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override
    {
        return createAt(join(m_path, name), nullptr);
    }

    // Without MLST, each name of a batch would be looked at with a STAT of its folder: the
    // batch's folders are listed once each instead (FolderNames), then its files written one
    // after the other.
    std::vector<Result<void>> writeFiles(const std::vector<NewFile> &files,
                                         const CancelCheck &canceled) const override
    {
        const std::vector<const FtpFolder *> folders = batchFolders(files);
        if (folders.empty())
            return FolderImpl::writeFiles(files, canceled);
        FolderNames names(m_root);
        std::vector<Result<void>> results;
        results.reserve(files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            const NewFile &file = files[i];
            const FtpFolder &folder = *folders[i];
            const QByteArray path = join(folder.m_path, file.name);
            if (canceled && canceled()) {
                results.emplace_back(m_root.cancelledError(path));
                continue;
            }
            Result<const QSet<QByteArray> *> there = names.of(folder.m_path);
            if (!there) {
                results.emplace_back(there.error());
                continue;
            }
            Result<std::unique_ptr<FileWriter>> writer = folder.createAt(path, *there);
            Result<void> written
                    = writer ? (*writer)->write(file.data.constData(), file.data.size())
                             : Result<void>(writer.error());
            if (written)
                written = (*writer)->finish(file.attributes, file.setMode, false);
            if (written)
                names.add(folder.m_path, file.name);
            results.push_back(std::move(written));
        }
        return results;
    }

    // The same for the renames of a batch's new files: one listing of each folder tells
    // which names are free. A file that replaces another is renamed after its own look.
    std::vector<Result<void>> renameFiles(const std::vector<Renaming> &renamings) const override
    {
        const std::vector<const FtpFolder *> folders = batchFolders(renamings);
        if (folders.empty())
            return FolderImpl::renameFiles(renamings);
        FolderNames names(m_root);
        std::vector<Result<void>> results;
        results.reserve(renamings.size());
        for (std::size_t i = 0; i < renamings.size(); ++i) {
            const Renaming &renaming = renamings[i];
            const FtpFolder &folder = *folders[i];
            if (renaming.replaces) {
                results.push_back(std::move(FolderImpl::renameFiles({ renaming }).front()));
                names.forget(folder.m_path);
                continue;
            }
            const QByteArray target = join(folder.m_path, renaming.to);
            Result<const QSet<QByteArray> *> there = names.of(folder.m_path);
            if (!there) {
                results.emplace_back(there.error());
                continue;
            }
            Result<void> renamed;
            if (!*there)
                renamed = folder.renameNoReplace(renaming.from, renaming.to);
            else if ((*there)->contains(renaming.to))
                renamed = exists(target);
            else
                renamed = folder.renameOnce(join(folder.m_path, renaming.from), target);
            if (renamed) {
                names.add(folder.m_path, renaming.to);
                names.remove(folder.m_path, renaming.from);
            }
            results.push_back(std::move(renamed));
        }
        return results;
    }

    Result<void> flushFileSystem() const override { return {}; }

    Result<Space> space() const override
    {
        return errorOf(ErrorKind::NotSupported,
                       m_root.displayPath(m_path) + QStringLiteral(": ")
                               + tr("FTP servers do not tell their free space"));
    }

    Result<QByteArray> fileSystemId() const override
    {
        return QByteArray("ftp:" + m_root.client->origin.toLower());
    }

    Capabilities capabilities() const override
    {
        const Client &client = *m_root.client;
        Capabilities capabilities;
        // MLSD and MDTM give seconds; LIST alone gives minutes.
        capabilities.timePrecisionNs = client.mlsd || client.features.contains("MDTM")
                                               ? 1'000'000'000
                                               : std::int64_t(60'000'000'000);
        capabilities.permissionBits = false;
        capabilities.links = false;
        capabilities.linkTimes = false;
        capabilities.hardLinks = false;
        capabilities.renameNoReplace = false; // a look, then RNFR/RNTO
        capabilities.serverSideCopy = false;
        capabilities.cheapListing = false;
        capabilities.settableTimes
                = client.timesSettable
                  && (client.features.contains("MFMT") || client.features.contains("MDTM"));
        capabilities.folderTimes = false;
        return capabilities;
    }

    QString displayPath() const override { return m_root.displayPath(m_path); }

private:
    Error notSupported(const QByteArray &path) const
    {
        return errorOf(ErrorKind::NotSupported,
                       m_root.displayPath(path) + QStringLiteral(": Operation not supported"));
    }
    // A new file at `path`. FTP's STOR replaces what is there: the name is looked at first (in
    // `namesThere`, its folder's names, where a batch listed them), and taken here while it is
    // written, so that a second writer of this location does not take it too.
    Result<std::unique_ptr<FileWriter>> createAt(const QByteArray &path,
                                                 const QSet<QByteArray> *namesThere) const
    {
        if (Result<void> valid = checkName(path); !valid)
            return valid.error();
        {
            const std::lock_guard lock(m_root.client->mutex);
            if (!m_root.client->writing.insert(path).second)
                return exists(path);
        }
        Result<Stat> there = m_root.notFound(path);
        if (!namesThere)
            there = m_root.stat(path);
        else if (namesThere->contains(nameOf(path)))
            there = Stat{}; // taken
        if (there || kindOf(there.error()) != ErrorKind::NotFound) {
            const std::lock_guard lock(m_root.client->mutex);
            m_root.client->writing.erase(path);
            return there ? exists(path) : there.error();
        }
        auto writer = std::make_unique<FtpWriter>(m_root, path);
        if (Result<void> started = writer->started(); !started)
            return started.error();
        return std::unique_ptr<FileWriter>(std::move(writer));
    }

    // The names of each folder of a batch, listed once (Root::listByStat()) and kept up to date
    // with what the batch does there. A null set: the server lists no folder that way, and each
    // name is looked at on its own.
    class FolderNames
    {
    public:
        explicit FolderNames(const Root &root)
            : m_root(root)
        { }
        Result<const QSet<QByteArray> *> of(const QByteArray &folder)
        {
            if (auto known = m_names.find(folder); known != m_names.end())
                return known->second ? &*known->second : nullptr;
            std::optional<Result<std::vector<Entry>>> listed = m_root.listByStat(folder);
            if (listed && !*listed && kindOf(listed->error()) != ErrorKind::NotFound)
                return listed->error();
            std::optional<QSet<QByteArray>> &names = m_names[folder];
            if (listed) {
                names.emplace(); // a folder that is not there has no names
                if (*listed) {
                    for (const Entry &entry : listed->value())
                        names->insert(entry.name);
                }
            }
            return names ? &*names : nullptr;
        }
        void add(const QByteArray &folder, const QByteArray &name)
        {
            if (auto known = m_names.find(folder); known != m_names.end() && known->second)
                known->second->insert(name);
        }
        void remove(const QByteArray &folder, const QByteArray &name)
        {
            if (auto known = m_names.find(folder); known != m_names.end() && known->second)
                known->second->remove(name);
        }
        void forget(const QByteArray &folder) { m_names.erase(folder); }

    private:
        const Root &m_root;
        std::map<QByteArray, std::optional<QSet<QByteArray>>> m_names;
    };

    // The folders of a batch, when a listing of each tells more at once than a look at each
    // name (no MLST: vsftpd) and all are of this location; else none.
    template<typename Item>
    std::vector<const FtpFolder *> batchFolders(const std::vector<Item> &items) const
    {
        if (m_root.client->mlst || !m_root.client->statLists)
            return {};
        std::vector<const FtpFolder *> folders;
        for (const Item &item : items) {
            const auto *folder = dynamic_cast<const FtpFolder *>(&item.folder->impl());
            if (!folder || folder->m_root.client != m_root.client)
                return {};
            folders.push_back(folder);
        }
        return folders;
    }

    Error exists(const QByteArray &path) const
    {
        return errorOf(ErrorKind::Exists,
                       m_root.displayPath(path) + QStringLiteral(": File exists"));
    }
    Error tooLarge(const QByteArray &path) const
    {
        return Error{ QStringLiteral("EFBIG"),
                      m_root.displayPath(path) + QStringLiteral(": File too large") };
    }
    // FTP's commands end at a line's end: a name with one cannot be said.
    Result<void> checkName(const QByteArray &path) const
    {
        if (path.contains('\r') || path.contains('\n'))
            return Error{ QStringLiteral("EINVAL"),
                          m_root.displayPath(path) + QStringLiteral(": ")
                                  + tr("FTP cannot name a file with a line break") };
        return {};
    }

    // A command refused with 550 ("not found or not allowed"): a look at the folder tells.
    // `makes`: the command makes `path` (MKD, RNTO, APPE), rather than takes it.
    Error refine(const Outcome &outcome, const QByteArray &path, bool makes) const
    {
        Error error = m_root.error(outcome, path);
        if (kindOf(error) != ErrorKind::NotFound)
            return error;
        Result<Stat> parent = m_root.stat(parentOf(path));
        if (!parent)
            return error;
        if (parent->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          m_root.displayPath(path) + QStringLiteral(": Not a directory") };
        // A command that makes `path` was refused in a folder that is there; one that takes it
        // was refused for what is there.
        if (makes || m_root.stat(path))
            return Error{ QStringLiteral("EACCES"),
                          m_root.displayPath(path) + QStringLiteral(": Permission denied (")
                                  + QString::fromUtf8(outcome.replyText) + u')' };
        return error;
    }

    // Nothing is at `path` any more (a look that fails otherwise tells nothing).
    bool gone(const QByteArray &path) const
    {
        const Result<Stat> there = m_root.stat(path);
        return !there && kindOf(there.error()) == ErrorKind::NotFound;
    }

    Result<void> renameOnce(const QByteArray &from, const QByteArray &to) const
    {
        if (Result<void> valid = checkName(to); !valid)
            return valid;
        // Lost on the way, it happened when the name is gone and the new one there.
        const Outcome renamed = m_root.command({ "RNFR " + from, "RNTO " + to },
                                               [&] { return gone(from) && bool(m_root.stat(to)); });
        if (renamed.ok())
            return {};
        if (kindOf(m_root.error(renamed, from)) == ErrorKind::NotFound) {
            if (Result<Stat> source = m_root.stat(from); !source)
                return source.error();
        }
        return refine(renamed, to, true);
    }

    Root m_root;
    QByteArray m_path;
};

} // namespace

FtpLocation::FtpLocation(FtpEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
    , m_client(std::make_shared<Client>(m_endpoint))
{ }

FtpLocation::~FtpLocation() = default;

QString FtpLocation::displayName() const
{
    return m_client->displayPath(m_endpoint.path);
}

namespace {

// The root's absolute path on the server: a relative one is below the folder the login
// lands in, which the first connection learns.
Result<QByteArray> absoluteRoot(const Root &root, const QByteArray &path)
{
    if (path.startsWith('/'))
        return cleanPath(path);
    const Outcome hello = root.command({});
    if (!hello.ok())
        return root.error(hello, path);
    return cleanPath(root.client->entryPath + '/' + path);
}

Root rootOf(const std::shared_ptr<Client> &client)
{
    return Root{ client, client->cancels.load() };
}

} // namespace

Result<Folder> FtpLocation::openRoot() const
{
    const Root root = rootOf(m_client);
    Result<QByteArray> path = absoluteRoot(root, m_endpoint.path);
    if (!path)
        return path.error();
    if (*path == "/")
        return Folder(std::make_unique<FtpFolder>(root, "/"));
    FtpFolder parent(root, parentOf(*path));
    Result<std::unique_ptr<FolderImpl>> opened = parent.open(nameOf(*path));
    if (!opened)
        return opened.error();
    return Folder(std::move(opened).value());
}

Result<void> FtpLocation::makeRoot() const
{
    const Root root = rootOf(m_client);
    Result<QByteArray> path = absoluteRoot(root, m_endpoint.path);
    if (!path)
        return path.error();
    if (*path == "/")
        return Error{ QStringLiteral("EEXIST"),
                      m_client->displayPath(*path) + QStringLiteral(": File exists") };
    FtpFolder parent(root, parentOf(*path));
    if (Result<Stat> above = parent.statSelf(); !above)
        return above.error();
    return parent.makeFolder(nameOf(*path), 0755);
}

void FtpLocation::cancel() const
{
    const std::lock_guard lock(m_client->mutex);
    ++m_client->cancels;
    // Every call waiting on the network returns at once; one waiting on the engine's data too.
    for (curl_socket_t fd : m_client->sockets)
        ::shutdown(fd, SHUT_RDWR);
    for (BytePipe *pipe : m_client->pipes)
        pipe->abort();
    m_client->cancelled.notify_all(); // the back-offs end
}

std::optional<HostKey> FtpLocation::refusedHostKey() const
{
    const std::lock_guard lock(m_client->mutex);
    return m_client->refusedCertificate;
}

Result<PresentedKey> FtpLocation::presentedKey() const
{
    if (m_endpoint.tls == FtpEndpoint::Tls::None)
        return Location::presentedKey(); // plain ftp: no certificate
    const Root root = rootOf(m_client);
    // A connection of its own, never one of the pool: it is cut in its handshake.
    Connection look(m_client.get(), root.epoch, true);
    if (!look.curl)
        return root.cancelledError({});
    Request hello;
    hello.noBody = true;
    const Outcome outcome = root.run(look, hello);
    if (look.presented && !outcome.cancelled)
        return *look.presented;
    return root.error(outcome, m_endpoint.path);
}

} // namespace lts
