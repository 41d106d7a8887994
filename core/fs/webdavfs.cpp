#include "webdavfs.h"

#include "spool.h"
#include "trustedcertificates.h"
#include "uploadpipe.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QThreadStorage>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <set>
#include <span>

namespace lts {

namespace fsops {

QString DavEndpoint::display() const
{
    const QString server = host.contains(u':') ? u'[' + host + u']' : host;
    return (user.isEmpty() ? server : user + u'@' + server) + u':' + QString::number(port);
}

} // namespace fsops

using namespace fsops;

namespace {

// What a download may hold before the server has to wait for the engine to take it.
constexpr qint64 readBuffer = 4 << 20;

// "/a/b c" as it goes into a URL: every name percent-encoded byte by byte (names are bytes).
QByteArray encodePath(const QByteArray &path)
{
    QByteArray encoded;
    for (const QByteArray &part : path.split('/')) {
        if (!part.isEmpty())
            encoded += '/' + part.toPercentEncoding();
    }
    return encoded.isEmpty() ? QByteArray("/") : encoded;
}

QByteArray join(const QByteArray &folder, QByteArray name)
{
    while (name.startsWith('/'))
        name.remove(0, 1);
    if (name.isEmpty() || name == ".")
        return folder;
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

// A path without the '/' at its end ("" for the server's root), for comparing.
QByteArray trimmed(QByteArray path)
{
    while (path.endsWith('/'))
        path.chop(1);
    return path;
}

// "Mon, 07 Dec 2026 03:52:55 GMT" (RFC 1123, what getlastmodified holds), in seconds.
std::optional<std::int64_t> httpDate(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("(\\d{1,2})[ -]([A-Za-z]{3})[ -](\\d{2,4}) (\\d{2}):(\\d{2}):(\\d{2})"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    static const QString months = QStringLiteral("janfebmaraprmayjunjulaugsepoctnovdec");
    const qsizetype at = months.indexOf(match.captured(2).toLower());
    if (at < 0 || at % 3 != 0)
        return std::nullopt;
    const int month = int(at / 3) + 1;
    int year = match.captured(3).toInt();
    if (year < 100)
        year += year < 70 ? 2000 : 1900;
    const QDateTime when(
            QDate(year, month, match.captured(1).toInt()),
            QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt()),
            Qt::UTC);
    if (!when.isValid())
        return std::nullopt;
    return when.toSecsSinceEpoch();
}

// One <response> of a multistatus: an entry and the properties the server gave for it.
struct DavEntry
{
    QByteArray path; // decoded
    Stat stat;
    QByteArray etag;
    std::optional<std::int64_t> quotaAvailable;
    std::optional<std::int64_t> quotaUsed;
};

// The decoded path of an href, which servers give as a path or as a whole URL.
QByteArray hrefPath(QByteArray href)
{
    href = href.trimmed();
    if (const qsizetype scheme = href.indexOf("://"); scheme > 0) {
        const qsizetype slash = href.indexOf('/', scheme + 3);
        href = slash < 0 ? QByteArray("/") : href.mid(slash);
    }
    return QByteArray::fromPercentEncoding(href);
}

// A PROPFIND's answer. Properties come in groups with a status each ("200 OK", "404 Not
// Found" for those the server does not have): only the found ones count.
Result<std::vector<DavEntry>> parseMultistatus(const QByteArray &xml, const QString &where)
{
    std::vector<DavEntry> entries;
    QXmlStreamReader reader(xml);
    const QStringView dav = u"DAV:";
    DavEntry entry;
    DavEntry found; // the properties of the group being read
    bool folder = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.namespaceUri() == dav) {
            if (reader.name() == u"response") {
                entries.push_back(entry);
                entry = DavEntry{};
            }
            continue;
        }
        if (!reader.isStartElement() || reader.namespaceUri() != dav)
            continue;
        const QStringView name = reader.name();
        if (name == u"href" && entry.path.isEmpty()) {
            entry.path = hrefPath(reader.readElementText().toUtf8());
        } else if (name == u"propstat") {
            found = DavEntry{};
            folder = false;
        } else if (name == u"collection") {
            folder = true;
        } else if (name == u"getcontentlength") {
            found.stat.size = reader.readElementText().trimmed().toLongLong();
        } else if (name == u"getlastmodified") {
            found.stat.mtimeSec = httpDate(reader.readElementText()).value_or(0);
        } else if (name == u"getetag") {
            found.etag = reader.readElementText().trimmed().toUtf8();
        } else if (name == u"quota-available-bytes") {
            bool ok = false;
            const std::int64_t bytes = reader.readElementText().trimmed().toLongLong(&ok);
            if (ok)
                found.quotaAvailable = bytes;
        } else if (name == u"quota-used-bytes") {
            bool ok = false;
            const std::int64_t bytes = reader.readElementText().trimmed().toLongLong(&ok);
            if (ok)
                found.quotaUsed = bytes;
        } else if (name == u"status") {
            // The end of a group: its properties count when they were found.
            const QString status = reader.readElementText();
            if (status.contains(QStringLiteral(" 200"))) {
                if (found.stat.size)
                    entry.stat.size = found.stat.size;
                if (found.stat.mtimeSec)
                    entry.stat.mtimeSec = found.stat.mtimeSec;
                if (!found.etag.isEmpty())
                    entry.etag = found.etag;
                if (found.quotaAvailable)
                    entry.quotaAvailable = found.quotaAvailable;
                if (found.quotaUsed)
                    entry.quotaUsed = found.quotaUsed;
                if (folder)
                    entry.stat.type = EntryType::Folder;
            }
        }
    }
    if (reader.hasError())
        return errorOf(
                ErrorKind::Io,
                where + QStringLiteral(": ")
                        + QCoreApplication::translate(
                                  "WebDav", "The server's answer is not a WebDAV listing (%1)")
                                  .arg(reader.errorString()));
    // WebDAV has no permission bits: an entry has the usual ones, which a folder made from it
    // on a disk takes.
    for (DavEntry &each : entries) {
        if (each.stat.type != EntryType::Folder) {
            each.stat.type = EntryType::File;
            each.stat.mode = 0644;
        } else {
            each.stat.size = 0;
            each.stat.mode = 0755;
        }
    }
    return entries;
}

// The entry a look (PROPFIND of depth 0) found at `where`.
Result<Stat> statIn(const Result<std::vector<DavEntry>> &found, const QString &where)
{
    if (!found)
        return found.error();
    if (found->empty())
        return errorOf(ErrorKind::NotFound, where + QStringLiteral(": No such file or directory"));
    return found->front().stat;
}

const QByteArray propfindBody
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
          "<d:resourcetype/><d:getcontentlength/><d:getlastmodified/><d:getetag/>"
          "</d:prop></d:propfind>";
const QByteArray quotaBody
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
          "<d:quota-available-bytes/><d:quota-used-bytes/></d:prop></d:propfind>";

// A location's network access manager on the calling thread: Qt's must live on the thread that
// uses it, and the engine calls from several. Each location has its own, so that the logins
// one keeps (Qt remembers a login that worked) never serve another location or a later run.
// Made on first use; deleted on their thread, when it ends or when their location is gone.
struct ThreadManager
{
    std::weak_ptr<const WebDavLocation::Client> owner;
    std::unique_ptr<QNetworkAccessManager> manager;
};

QNetworkAccessManager &managerFor(const std::shared_ptr<const WebDavLocation::Client> &client)
{
    static QThreadStorage<std::vector<ThreadManager> *> threads;
    if (!threads.hasLocalData())
        threads.setLocalData(new std::vector<ThreadManager>);
    std::vector<ThreadManager> &managers = *threads.localData();
    std::erase_if(managers, [](const ThreadManager &each) { return each.owner.expired(); });
    for (const ThreadManager &each : managers) {
        if (each.owner.lock() == client)
            return *each.manager;
    }
    auto manager = std::make_unique<QNetworkAccessManager>();
    manager->setAutoDeleteReplies(false);
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    managers.push_back(ThreadManager{ client, std::move(manager) });
    return *managers.back().manager;
}

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

// The statuses that send a request elsewhere (Apache sends a folder's name without '/' to the
// name with it).
constexpr std::array<int, 4> redirects{ 301, 302, 307, 308 };

bool isRedirect(int status)
{
    return std::find(redirects.cbegin(), redirects.cend(), status) != redirects.cend();
}

} // namespace

// What the roots of one location share: the server, the requests in flight (for cancel()),
// the names being written, and what the server showed it takes.
struct WebDavLocation::Client
{
    DavEndpoint endpoint;
    QByteArray origin; // "https://host:port"
    std::mutex mutex;
    quint64 cancels = 0; // how often cancel() was called
    std::condition_variable cancelled; // ends the back-offs before a request goes again
    // Every new try of a request that lost its connection failed: the requests that follow go
    // once, not with back-off again each (the run ends soon, Unreachable). Any answer clears it.
    std::atomic<bool> gone = false;
    // The server answered once: one that could not be reached from the start is not tried
    // again (the run ends at once, as for SFTP), one that went away during the run is.
    std::atomic<bool> reached = false;
    std::vector<QNetworkReply *> inFlight;
    std::set<QByteArray> writing; // files a writer of this location is making
    std::optional<HostKey> refusedCertificate; // of the latest refusal

    explicit Client(DavEndpoint from)
        : endpoint(std::move(from))
    {
        const QByteArray host = endpoint.host.contains(u':')
                                        ? '[' + endpoint.host.toLatin1() + ']' // IPv6
                                        : QUrl::toAce(endpoint.host);
        origin = (endpoint.tls ? QByteArray("https://") : QByteArray("http://")) + host + ':'
                 + QByteArray::number(endpoint.port);
    }

    QString displayPath(const QByteArray &path) const
    {
        return endpoint.display() + QFile::decodeName(path.startsWith('/') ? path : '/' + path);
    }

    QUrl urlOf(const QByteArray &path, bool folder) const
    {
        QByteArray encoded = encodePath(path);
        if (folder && !encoded.endsWith('/'))
            encoded += '/';
        return QUrl::fromEncoded(origin + encoded, QUrl::StrictMode);
    }

    Error cancelledError(const QByteArray &path) const
    {
        return errorOf(ErrorKind::Cancelled,
                       displayPath(path) + QStringLiteral(": ")
                               + QCoreApplication::translate("WebDav", "Cancelled"));
    }
};

namespace {

using Client = WebDavLocation::Client;

// One request in flight, on the calling thread, waited for on a local event loop.
class Exchange
{
public:
    Exchange(std::shared_ptr<Client> client, quint64 epoch, QByteArray path)
        : m_client(std::move(client))
        , m_epoch(epoch)
        , m_path(std::move(path))
    { }

    ~Exchange()
    {
        if (!m_reply)
            return;
        {
            const std::lock_guard lock(m_client->mutex);
            std::erase(m_client->inFlight, m_reply);
        }
        m_context.reset(); // no signal of the reply reaches this object any more
        if (!m_reply->isFinished())
            m_reply->abort();
        delete m_reply;
    }
    Q_DISABLE_COPY_MOVE(Exchange)

    // Sends the request; false when the location was cancelled (error() says so).
    bool start(const QByteArray &verb, bool folder, const Headers &headers, QIODevice *body,
               qint64 bodySize)
    {
        QNetworkRequest request(m_client->urlOf(m_path, folder));
        request.setTransferTimeout(int(std::clamp<std::int64_t>(
                m_client->endpoint.timeout.count(), 1, std::numeric_limits<int>::max())));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (body) {
            request.setHeader(QNetworkRequest::ContentLengthHeader, bodySize);
            // A body still being written (StreamedPut) is sent as it comes, never gathered first.
            if (body->isSequential())
                request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        }
        QNetworkAccessManager &manager = managerFor(m_client);
        m_context = std::make_unique<QObject>();
        QObject::connect(&manager, &QNetworkAccessManager::authenticationRequired, m_context.get(),
                         [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                             if (reply == m_reply)
                                 logIn(authenticator);
                         });
        {
            const std::lock_guard lock(m_client->mutex);
            if (m_client->cancels != m_epoch) {
                m_cancelled = true;
                return false;
            }
            m_reply = manager.sendCustomRequest(request, verb, body);
            m_client->inFlight.push_back(m_reply);
        }
        m_reply->setReadBufferSize(readBuffer);
        QObject::connect(m_reply, &QNetworkReply::sslErrors, m_context.get(),
                         [this](const QList<QSslError> &errors) { checkCertificate(errors); });
        return true;
    }

    // Waits until the answer is complete, or with `untilReadable` until some of it is there.
    void wait(bool untilReadable = false)
    {
        if (!m_reply || m_reply->isFinished() || (untilReadable && m_reply->bytesAvailable() > 0))
            return;
        QEventLoop loop;
        QObject::connect(m_reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (untilReadable)
            QObject::connect(m_reply, &QNetworkReply::readyRead, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    QNetworkReply *reply() const { return m_reply; }
    // The connection was lost under the request, or could not be made: no answer, or only a
    // part of one, came. Not a refused login or certificate (nothing retries those), nor a
    // timeout (it waited its deadline already), nor a cancel.
    bool connectionLost() const
    {
        if (!m_reply || m_cancelled || m_refused)
            return false;
        {
            const std::lock_guard lock(m_client->mutex);
            if (m_client->cancels != m_epoch)
                return false;
        }
        return lostConnection(m_reply->error());
    }
    static bool lostConnection(QNetworkReply::NetworkError error)
    {
        switch (error) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::SslHandshakeFailedError: // cut in the handshake (m_refused: not)
            return true;
        default:
            return false;
        }
    }
    int status() const
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }

    // What went wrong, once finished, in the user's words and with the path.
    Error error(const QByteArray &verb) const
    {
        const QString where = m_client->displayPath(m_path) + QStringLiteral(": ");
        bool cancelled = m_cancelled;
        {
            const std::lock_guard lock(m_client->mutex);
            cancelled = cancelled || m_client->cancels != m_epoch;
        }
        if (cancelled)
            return m_client->cancelledError(m_path);
        if (m_refused && m_reply->error() == QNetworkReply::SslHandshakeFailedError)
            return certificateUnknown(m_client->endpoint.display(), *m_refused, m_sslWhy);
        // An answer cut short is the lost connection's error, whatever its status said.
        const int code = lostConnection(m_reply->error()) ? 0 : status();
        if (code == 401 || m_reply->error() == QNetworkReply::AuthenticationRequiredError) {
            QString why = m_noPassword
                                  ? QCoreApplication::translate("WebDav",
                                                                "No password is stored for %1.")
                                            .arg(m_client->endpoint.display())
                                  : QCoreApplication::translate("WebDav",
                                                                "The server refused the login of "
                                                                "%1 with the stored password.")
                                            .arg(m_client->endpoint.user);
            if (m_client->endpoint.user.isEmpty())
                why = QCoreApplication::translate(
                        "WebDav", "The server wants a login, and the location names no user.");
            return Error{ QString::fromUtf16(authenticationFailedCode),
                          m_client->endpoint.display() + QStringLiteral(": ") + why };
        }
        if (code != 0) {
            const QString http
                    = QStringLiteral(" (HTTP %1 %2)")
                              .arg(code)
                              .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                           .toString());
            switch (code) {
            case 404:
                return errorOf(ErrorKind::NotFound,
                               where + QStringLiteral("No such file or directory") + http);
            case 409:
                return errorOf(ErrorKind::NotFound,
                               where + QStringLiteral("The folder it would be in does not exist")
                                       + http);
            case 403:
            case 423:
                return errorOf(ErrorKind::Denied,
                               where + QStringLiteral("Permission denied") + http);
            case 405:
                return verb == "MKCOL"
                               ? errorOf(ErrorKind::Exists,
                                         where + QStringLiteral("File exists") + http)
                               : errorOf(ErrorKind::NotSupported,
                                         where + QStringLiteral("Operation not supported") + http);
            case 412:
                return errorOf(ErrorKind::Exists, where + QStringLiteral("File exists") + http);
            case 507:
                return errorOf(ErrorKind::NoSpace,
                               where + QStringLiteral("No space left on device") + http);
            case 502:
            case 503:
            case 504:
                return errorOf(
                        ErrorKind::Unreachable,
                        where + QCoreApplication::translate("WebDav", "The server is not available")
                                + http);
            default:
                return errorOf(ErrorKind::Io, where + QStringLiteral("Input/output error") + http);
            }
        }
        switch (m_reply->error()) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborted it
        case QNetworkReply::TimeoutError:
            return errorOf(
                    ErrorKind::Timeout,
                    where
                            + QCoreApplication::translate(
                                      "WebDav", "The server did not answer within %1 seconds")
                                      .arg(m_client->endpoint.timeout.count() / 1000));
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
            return errorOf(ErrorKind::Unreachable, where + m_reply->errorString());
        case QNetworkReply::ContentReSendError:
            // The connection closed in the middle of a streamed upload (StreamedPut), which Qt
            // would send again on a new one and cannot: its bytes are gone.
            return errorOf(ErrorKind::Unreachable,
                           where
                                   + QCoreApplication::translate(
                                           "WebDav",
                                           "The connection was lost in the middle of the upload"));
        default:
            return errorOf(ErrorKind::Io, where + m_reply->errorString());
        }
    }

    // The certificate refused in this exchange, if one was.
    const std::optional<HostKey> &refusedCertificate() const { return m_refused; }
    // Sends no login, whatever the server wants (a look at its certificate).
    void withoutLogin() { m_loginTried = true; }

private:
    // A certificate the system's authorities do not vouch for: the handshake goes on only when
    // it is the one the user pinned for this server, and only for this connection's errors.
    // Otherwise it is refused, and the certificate kept for the error and refusedHostKey().
    void checkCertificate(const QList<QSslError> &errors)
    {
        const DavEndpoint &endpoint = m_client->endpoint;
        std::optional<RefusedCertificate> refused = fsops::checkCertificate(
                *m_reply, errors, endpoint.certificateTrusted, endpoint.pinnedCertificate);
        if (!refused)
            return;
        m_sslWhy = refused->why;
        m_refused = refused->key;
        const std::lock_guard lock(m_client->mutex);
        m_client->refusedCertificate = std::move(refused->key);
    }

    // The server wants a login: the stored password, once. Asked again, the password was
    // refused, and nothing more is tried (a retry loop locks accounts on some servers).
    void logIn(QAuthenticator *authenticator)
    {
        if (m_loginTried || m_client->endpoint.user.isEmpty())
            return;
        m_loginTried = true;
        std::optional<QByteArray> password;
        if (m_client->endpoint.password)
            password = m_client->endpoint.password();
        if (!password) {
            m_noPassword = true;
            return;
        }
        authenticator->setUser(m_client->endpoint.user);
        authenticator->setPassword(QString::fromUtf8(*password));
        password->fill('\0');
    }

    std::shared_ptr<Client> m_client;
    quint64 m_epoch;
    QByteArray m_path;
    QNetworkReply *m_reply = nullptr;
    std::unique_ptr<QObject> m_context; // the connections made for this request
    bool m_cancelled = false;
    bool m_loginTried = false;
    bool m_noPassword = false;
    std::optional<HostKey> m_refused;
    QString m_sslWhy;
};

// A request's complete answer.
struct Answer
{
    int status = 0;
    QByteArray body;
};

class DavFolder;

// One root's view of the server: the client and the cancel epoch it was opened in.
struct Root
{
    std::shared_ptr<Client> client;
    quint64 epoch = 0;

    // Sends one request and waits for its whole answer; statuses outside `ok` are errors.
    Result<Answer> run(const QByteArray &verb, const QByteArray &path, bool folder,
                       const Headers &headers, QIODevice *body, qint64 bodySize,
                       std::initializer_list<int> ok) const
    {
        return send({ Sent{ verb, path, folder, &headers, body, bodySize,
                            std::span<const int>(ok.begin(), ok.size()) } })
                .front();
    }

    Result<Answer> run(const QByteArray &verb, const QByteArray &path, bool folder,
                       const Headers &headers, std::initializer_list<int> ok) const
    {
        return run(verb, path, folder, headers, nullptr, 0, ok);
    }

    // One request of a batch sent at once (runAll()).
    struct Request
    {
        QByteArray verb;
        QByteArray path;
        Headers headers;
        std::optional<QByteArray> body; // an empty one is sent, as 0 bytes
        std::vector<int> ok; // the statuses that are no error
    };

    // Sends the requests together and waits for all their answers: Qt sends them over up to six
    // connections to the server at once, so a batch waits about one round trip per six
    // requests instead of one per request.
    std::vector<Result<Answer>> runAll(const std::vector<Request> &requests) const
    {
        std::vector<std::unique_ptr<QBuffer>> bodies(requests.size());
        std::vector<Sent> sent;
        sent.reserve(requests.size());
        for (std::size_t i = 0; i < requests.size(); ++i) {
            const Request &request = requests[i];
            if (request.body) {
                bodies[i] = std::make_unique<QBuffer>();
                bodies[i]->setData(*request.body);
                bodies[i]->open(QIODevice::ReadOnly);
            }
            sent.push_back(Sent{ request.verb, request.path, false, &request.headers,
                                 bodies[i].get(), request.body ? request.body->size() : 0,
                                 request.ok });
        }
        return send(sent);
    }

    // PROPFIND of `depth` 0 or 1. A server that redirects a folder's name to the name with '/'
    // (Apache) is asked again there.
    Result<std::vector<DavEntry>> propfind(const QByteArray &path, int depth, bool folder,
                                           const QByteArray &request = propfindBody) const
    {
        const Headers headers{ { "Depth", QByteArray::number(depth) },
                               { "Content-Type", "application/xml; charset=utf-8" } };
        for (int attempt = 0;; ++attempt) {
            QBuffer body;
            body.setData(request);
            body.open(QIODevice::ReadOnly);
            Result<Answer> answer
                    = run("PROPFIND", path, folder, headers, &body, request.size(),
                          { 207, redirects[0], redirects[1], redirects[2], redirects[3] });
            if (!answer)
                return answer.error();
            if (isRedirect(answer->status)) {
                if (attempt > 0 || folder)
                    return errorOf(
                            ErrorKind::Io,
                            client->displayPath(path) + QStringLiteral(": ")
                                    + QCoreApplication::translate(
                                            "WebDav", "The server sent the request elsewhere"));
                folder = true;
                continue;
            }
            return parseMultistatus(answer->body, client->displayPath(path));
        }
    }

    Result<Stat> stat(const QByteArray &path) const
    {
        return statIn(propfind(path, 0, false), client->displayPath(path));
    }

    QString displayPath(const QByteArray &path) const { return client->displayPath(path); }

    // Whether the location was cancelled since this root was opened.
    bool cancelled() const
    {
        const std::lock_guard lock(client->mutex);
        return client->cancels != epoch;
    }

private:
    // A request as sent: its body (if any) is read from the start again when it goes again.
    struct Sent
    {
        QByteArray verb;
        QByteArray path;
        bool folder = false;
        const Headers *headers = nullptr;
        QIODevice *body = nullptr;
        qint64 bodySize = 0;
        std::span<const int> ok;
    };

    // Sends the requests, all at once but the first, which goes alone: it logs in (each
    // request that met the server's 401 would ask for the password), and Qt then sends the
    // login with the others. A request whose connection was lost goes again, with the others
    // lost with it, after a back-off, up to the endpoint's ReconnectPolicy, where that is safe
    // (mayGoAgain()).
    std::vector<Result<Answer>> send(const std::vector<Sent> &requests) const
    {
        std::vector<std::optional<Result<Answer>>> answers(requests.size());
        std::vector<std::size_t> pending(requests.size());
        for (std::size_t i = 0; i < requests.size(); ++i)
            pending[i] = i;
        for (int lost = 0; !pending.empty(); ++lost) {
            std::vector<std::unique_ptr<Exchange>> exchanges(pending.size());
            std::vector<char> started(pending.size(), false);
            for (std::size_t at = 0; at < pending.size(); ++at) {
                const Sent &request = requests[pending[at]];
                exchanges[at] = std::make_unique<Exchange>(client, epoch, request.path);
                started[at] = exchanges[at]->start(request.verb, request.folder, *request.headers,
                                                   request.body, request.bodySize);
                if (at == 0 && started[0])
                    exchanges[0]->wait();
            }
            std::vector<std::size_t> again;
            for (std::size_t at = 0; at < pending.size(); ++at) {
                Exchange &exchange = *exchanges[at];
                const Sent &request = requests[pending[at]];
                if (started[at])
                    exchange.wait();
                if (started[at] && exchange.connectionLost() && mayGoAgain(request, lost)) {
                    again.push_back(pending[at]);
                    continue;
                }
                answers[pending[at]] = answerOf(exchange, started[at], request, lost);
            }
            if (!again.empty() && !backOff(lost)) {
                for (std::size_t i : again)
                    answers[i] = client->cancelledError(requests[i].path);
                again.clear();
            }
            pending.clear();
            for (std::size_t i : again) {
                // A MOVE lost on its way may have been done: a look tells before it goes again.
                if (requests[i].verb == "MOVE" && moved(requests[i]))
                    answers[i] = Answer{ 201, {} };
                else if (rewound(requests[i]))
                    pending.push_back(i);
                else
                    answers[i] = errorOf(ErrorKind::Unreachable, displayPath(requests[i].path));
            }
        }
        std::vector<Result<Answer>> results;
        results.reserve(answers.size());
        for (std::optional<Result<Answer>> &answer : answers)
            results.push_back(std::move(*answer));
        return results;
    }

    // What became of one request, `lost` being how many times it went again.
    Result<Answer> answerOf(Exchange &exchange, bool started, const Sent &request, int lost) const
    {
        if (!started)
            return exchange.error(request.verb);
        if (exchange.connectionLost()) {
            if (lost > 0 && lost >= client->endpoint.reconnect.attempts)
                client->gone = true;
            return exchange.error(request.verb);
        }
        const int status = exchange.status();
        if (status != 0) {
            client->gone = false;
            client->reached = true;
        }
        // Sent again, it finds what its lost try did: the folder made, the file gone.
        if (lost > 0 && request.verb == "MKCOL" && status == 405)
            return Answer{ 201, {} };
        if (lost > 0 && request.verb == "DELETE" && status == 404)
            return Answer{ 204, {} };
        // The name is held by another request of ours (423 Locked): a try the connection lost,
        // or its copy that Qt sent again by itself on another connection. A MOVE that a look
        // finds done is done; a PUT (of a temporary name) is the connection's loss, which the
        // executor meets by writing the file again under a new temporary name.
        if (status == 423 && request.verb == "MOVE" && moved(request))
            return Answer{ 201, {} };
        if (status == 423 && request.verb == "PUT")
            return errorOf(ErrorKind::Unreachable,
                           displayPath(request.path) + QStringLiteral(": ")
                                   + QCoreApplication::translate(
                                           "WebDav",
                                           "The server still holds the name for an upload "
                                           "that lost its connection (HTTP 423 Locked)"));
        if (std::find(request.ok.begin(), request.ok.end(), status) == request.ok.end())
            return exchange.error(request.verb);
        return Answer{ status, exchange.reply()->readAll() };
    }

    // Whether a request whose connection was lost (`lost` times before) may go again: one
    // that reads, or writes the same again (PUT, PROPPATCH), or whose second try tells what
    // the first did (MKCOL, DELETE, MOVE); a body it can read again from its start.
    bool mayGoAgain(const Sent &request, int lost) const
    {
        static const std::set<QByteArray> safe{ "GET",   "HEAD",   "OPTIONS", "PROPFIND", "PUT",
                                                "MKCOL", "DELETE", "MOVE",    "PROPPATCH" };
        return client->reached && !client->gone && lost < client->endpoint.reconnect.attempts
               && safe.contains(request.verb) && (!request.body || !request.body->isSequential());
    }

    // The request's body back at its start, for its next try.
    static bool rewound(const Sent &request) { return !request.body || request.body->seek(0); }

    // A MOVE that lost its connection was done: its source is gone and its destination there.
    bool moved(const Sent &request) const
    {
        QByteArray destination;
        for (const auto &[name, value] : *request.headers) {
            if (name == "Destination")
                destination = hrefPath(value);
        }
        const Result<Stat> source = stat(request.path);
        return !source && kindOf(source.error()) == ErrorKind::NotFound && !destination.isEmpty()
               && bool(stat(destination));
    }

    // Waits before new try `retry`; false when the location was cancelled meanwhile.
    bool backOff(int retry) const
    {
        const ReconnectPolicy &policy = client->endpoint.reconnect;
        const std::chrono::milliseconds delay = policy.delayBefore(retry);
        const auto stopped = [this] { return client->cancels != epoch; };
        if (policy.pause) {
            if (!policy.pause(delay))
                return false;
            const std::lock_guard lock(client->mutex);
            return !stopped();
        }
        return waitUnlessStopped(client->mutex, client->cancelled, delay, stopped);
    }
};

// What a file's upload says besides its bytes. Nextcloud and ownCloud take the file's time
// with it (X-OC-Mtime), nginx takes the request's Date; other servers (Apache, rclone) ignore
// both and keep the time of the upload, for which the target index stands in.
Headers uploadHeaders(const Stat &attributes)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(attributes.mtimeSec, Qt::UTC);
    return { { "Content-Type", "application/octet-stream" },
             { "X-OC-Mtime", QByteArray::number(attributes.mtimeSec) },
             { "Date", QLocale::c()
                               .toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                               .toLatin1() } };
}

class DavReader final : public FileReader
{
public:
    DavReader(Root root, QByteArray path, Stat opened)
        : m_root(std::move(root))
        , m_path(std::move(path))
        , m_opened(opened)
        , m_get(std::make_unique<Exchange>(m_root.client, m_root.epoch, m_path))
    {
        m_started = m_get->start("GET", false, {}, nullptr, 0);
    }

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        if (!m_started)
            return m_get->error("GET");
        for (;;) {
            QNetworkReply *reply = m_get->reply();
            const int status = m_get->status();
            if (status != 0 && status != 200) {
                m_get->wait();
                return m_get->error("GET");
            }
            if (reply->bytesAvailable() > 0) {
                const qint64 n = reply->read(buffer, size);
                if (n < 0)
                    return errorOf(ErrorKind::Io, m_root.displayPath(m_path) + QStringLiteral(": ")
                                                          + reply->errorString());
                return std::int64_t(n);
            }
            if (reply->isFinished()) {
                if (reply->error() != QNetworkReply::NoError || status != 200)
                    return m_get->error("GET");
                return std::int64_t(0);
            }
            m_get->wait(true);
        }
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
    std::unique_ptr<Exchange> m_get;
    bool m_started = false;
    mutable bool m_firstStat = true;
};

// A file larger than this is sent while it is written (StreamedPut); a smaller one is spooled
// in memory (Spool keeps 4 MiB there) and PUT whole, which a login can send again.
constexpr std::int64_t streamAbove = 4 << 20;

// The PUT of a large file, sent while the engine writes it, with bounded memory whatever its
// size. Qt 6.4 sends no chunked body (a body of unknown size is gathered whole before it goes),
// so the size is announced (Content-Length) from the source as the copy started, and a copy
// that brings another number of bytes fails (the file changed; the next run copies it again).
// The bytes go through an UploadPipe that Qt reads on this thread, the engine's: the request is
// sent with the location's network access manager of this thread, which logged in with the
// look made just before (createFile), so the PUT carries the login from its first byte (a body
// that is streamed cannot be sent again after a 401). send() runs the thread's event loop until
// Qt took the bytes, so at most one write of the engine (1 MiB) waits here, plus what Qt and the
// socket hold; the kernel's socket buffer keeps the connection busy while the engine reads the
// next part. A server that stops taking bytes is ended by the transfer timeout, cancel() by the
// abort it posts to the reply, as for every request.
class StreamedPut
{
public:
    StreamedPut(const Root &root, QByteArray path, std::int64_t size)
        : m_root(root)
        , m_path(path)
        , m_size(size)
        , m_exchange(root.client, root.epoch, std::move(path))
    { }
    Q_DISABLE_COPY_MOVE(StreamedPut)

    Result<void> start(const Headers &headers)
    {
        if (!m_exchange.start("PUT", false, headers, &m_pipe, m_size))
            return m_exchange.error("PUT");
        return {};
    }

    Result<void> send(const char *data, std::int64_t size)
    {
        if (m_sent + size > m_size)
            return changedSize(m_sent + size);
        if (m_exchange.reply()->isFinished())
            return answered(); // the server answered before the end (a refusal, a cut)
        m_pipe.put(data, size);
        m_sent += size;
        waitUntilTaken();
        if (m_exchange.reply()->isFinished())
            return answered();
        return {};
    }

    Result<void> finish()
    {
        if (m_sent != m_size)
            return changedSize(m_sent);
        m_pipe.end();
        m_exchange.wait();
        return answered();
    }

private:
    // Runs the event loop until Qt took every byte put, or the answer came.
    void waitUntilTaken()
    {
        QNetworkReply *reply = m_exchange.reply();
        if (m_pipe.waiting() == 0 || reply->isFinished())
            return;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        m_pipe.onTaken([&] {
            if (m_pipe.waiting() == 0)
                loop.quit();
        });
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_pipe.onTaken({});
    }

    // The answer, once the request is finished.
    Result<void> answered() const
    {
        const int status = m_exchange.status();
        if (m_exchange.reply()->error() == QNetworkReply::NoError && m_sent == m_size
            && (status == 200 || status == 201 || status == 204))
            return {};
        return m_exchange.error("PUT");
    }

    Error changedSize(std::int64_t given) const
    {
        return errorOf(ErrorKind::Io,
                       m_root.displayPath(m_path) + QStringLiteral(": ")
                               + QCoreApplication::translate(
                                         "WebDav",
                                         "The file changed while it was sent (%1 bytes announced, "
                                         "%2 given)")
                                         .arg(m_size)
                                         .arg(given));
    }

    Root m_root;
    QByteArray m_path;
    std::int64_t m_size;
    std::int64_t m_sent = 0;
    UploadPipe m_pipe; // before the exchange: Qt reads it until the exchange has gone
    Exchange m_exchange;
};

class DavWriter final : public FileWriter
{
public:
    // `source`: the file this one copies, when known (createFileFor()); a large one is streamed.
    DavWriter(Root root, QByteArray path, std::optional<Stat> source = std::nullopt)
        : m_root(std::move(root))
        , m_path(std::move(path))
        , m_source(source && source->size > streamAbove ? source : std::nullopt)
    { }
    ~DavWriter() override
    {
        // A streamed upload left unfinished (the copy failed on the other side) is aborted, and
        // what it left under the name goes; a cancelled one is left to the next run, which
        // knows the engine's temporary names.
        if (m_stream && !m_finished) {
            m_stream.reset();
            if (!m_root.cancelled())
                (void)m_root.run("DELETE", m_path, false, {}, { 200, 204, 404 });
        }
        const std::lock_guard lock(m_root.client->mutex);
        m_root.client->writing.erase(m_path);
    }
    Q_DISABLE_COPY_MOVE(DavWriter)

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (m_source) {
            if (!m_stream) {
                m_stream = std::make_unique<StreamedPut>(m_root, m_path, m_source->size);
                if (Result<void> started = m_stream->start(uploadHeaders(*m_source)); !started) {
                    m_stream.reset(); // cancelled: nothing was sent
                    return started;
                }
            }
            return m_stream->send(data, size);
        }
        if (!m_spool.append(data, size))
            return spoolError();
        return {};
    }

    Result<void> finish(const Stat &attributes, bool, bool) override
    {
        if (m_stream) {
            // Its time went with its start: `attributes` are the source's as it started.
            Result<void> put = m_stream->finish();
            m_finished = true;
            if (!put)
                dropAfterFailure(put.error());
            return put;
        }
        QIODevice *body = m_spool.device();
        if (!body)
            return spoolError();
        Result<Answer> put = m_root.run("PUT", m_path, false, uploadHeaders(attributes), body,
                                        body->size(), { 200, 201, 204 });
        if (!put) {
            dropAfterFailure(put.error());
            return put.error();
        }
        m_spool.clear();
        return {};
    }

private:
    // What a broken upload left under the name goes (a cancelled one is left to the next run,
    // which knows the engine's temporary names).
    void dropAfterFailure(const Error &error)
    {
        m_stream.reset(); // no request of the upload is left in flight
        if (kindOf(error) != ErrorKind::Cancelled)
            (void)m_root.run("DELETE", m_path, false, {}, { 200, 204, 404 });
    }

    Error spoolError() const
    {
        return errorOf(ErrorKind::Io,
                       m_root.displayPath(m_path) + QStringLiteral(": ")
                               + QCoreApplication::translate("WebDav",
                                                             "Cannot keep the upload in a "
                                                             "temporary file of this computer (%1)")
                                         .arg(m_spool.errorString()));
    }

    Root m_root;
    QByteArray m_path;
    std::optional<Stat> m_source; // a large file's source, which is streamed
    Spool m_spool;
    std::unique_ptr<StreamedPut> m_stream;
    bool m_finished = false;
};

class DavFolder final : public FolderImpl
{
public:
    DavFolder(Root root, QByteArray path)
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
        return std::unique_ptr<FolderImpl>(std::make_unique<DavFolder>(m_root, path));
    }

    Result<std::vector<Entry>> list() const override
    {
        Result<std::vector<DavEntry>> found = m_root.propfind(m_path, 1, true);
        if (!found)
            return found.error();
        const QByteArray self = trimmed(m_path);
        std::vector<Entry> entries;
        for (const DavEntry &each : *found) {
            const QByteArray path = trimmed(each.path);
            const qsizetype slash = path.lastIndexOf('/');
            if (path == self || slash < 0 || path.left(slash) != self)
                continue; // the folder itself, or what is not in it
            entries.push_back(Entry{ path.mid(slash + 1), each.stat, {} });
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.name < b.name; });
        return entries;
    }

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
        // A look first: some servers (rclone's) answer Created for a folder that was there.
        if (Result<Stat> there = m_root.stat(path); there)
            return exists(path);
        else if (kindOf(there.error()) != ErrorKind::NotFound)
            return there.error();
        Result<Answer> made = m_root.run("MKCOL", path, true, {}, { 200, 201, 204 });
        if (!made && kindOf(made.error()) == ErrorKind::NotSupported)
            return errorOf(ErrorKind::Exists,
                           m_root.displayPath(path) + QStringLiteral(": File exists"));
        return made ? Result<void>() : Result<void>(made.error());
    }

    Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                        const QByteArray &to) const override
    {
        const auto *other = dynamic_cast<const DavFolder *>(&toFolder);
        const QByteArray source = join(m_path, from);
        if (!other || other->m_root.client != m_root.client)
            return errorOf(ErrorKind::NotSupported,
                           m_root.displayPath(source)
                                   + QStringLiteral(": Invalid cross-device link"));
        return move(source, join(other->m_path, to), true);
    }

    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const override
    {
        return move(join(m_path, from), join(m_path, to), false);
    }

    Result<void> hardLink(const QByteArray &from, const FolderImpl &,
                          const QByteArray &) const override
    {
        return notSupported(join(m_path, from));
    }

    Result<void> removeFile(const QByteArray &name) const override
    {
        // DELETE takes a folder with everything in it: a look first, so a file's removal
        // never takes a folder.
        const QByteArray path = join(m_path, name);
        Result<Stat> there = m_root.stat(path);
        if (!there)
            return there.error();
        if (there->type == EntryType::Folder)
            return Error{ QStringLiteral("EISDIR"),
                          m_root.displayPath(path) + QStringLiteral(": Is a directory") };
        Result<Answer> removed = m_root.run("DELETE", path, false, {}, { 200, 202, 204 });
        return removed ? Result<void>() : Result<void>(removed.error());
    }

    Result<void> removeEmptyFolder(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<std::vector<DavEntry>> found = m_root.propfind(path, 1, false);
        if (!found)
            return found.error();
        if (found->empty() || found->front().stat.type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          m_root.displayPath(path) + QStringLiteral(": Not a directory") };
        const QByteArray self = trimmed(found->front().path);
        for (const DavEntry &each : *found) {
            if (trimmed(each.path) != self)
                return Error{ QStringLiteral("ENOTEMPTY"),
                              m_root.displayPath(path) + QStringLiteral(": Directory not empty") };
        }
        Result<Answer> removed = m_root.run("DELETE", path, true, {}, { 200, 202, 204 });
        return removed ? Result<void>() : Result<void>(removed.error());
    }

    Result<void> appendToFile(const QByteArray &name, const QByteArray &data, bool) const override
    {
        // A server has no append: the file is read and written whole (these are small notes).
        QByteArray content;
        if (Result<QByteArray> before = readFile(name, 16 << 20); before)
            content = *before;
        else if (kindOf(before.error()) != ErrorKind::NotFound)
            return before.error();
        content += data;
        const QByteArray path = join(m_path, name);
        QBuffer body(&content);
        body.open(QIODevice::ReadOnly);
        Result<Answer> put
                = m_root.run("PUT", path, false, { { "Content-Type", "application/octet-stream" } },
                             &body, content.size(), { 200, 201, 204 });
        return put ? Result<void>() : Result<void>(put.error());
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
        Result<Answer> got = m_root.run("GET", path, false, {}, { 200 });
        if (!got)
            return got.error();
        if (got->body.size() > maxBytes)
            return tooLarge(path);
        return got->body;
    }

    Result<void> setAttributes(const QByteArray &name, const Stat &, bool) const override
    {
        // WebDAV has no permission bits, and the servers keep their own times of folders and of
        // files after their upload (capabilities().settableTimes): only the entry is checked.
        Result<Stat> there = m_root.stat(join(m_path, name));
        return there ? Result<void>() : Result<void>(there.error());
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
        return std::unique_ptr<FileReader>(std::make_unique<DavReader>(m_root, path, *there));
    }

    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override
    {
        return createWriter(name, std::nullopt);
    }

    Result<std::unique_ptr<FileWriter>> createFileFor(const QByteArray &name,
                                                      const Stat &source) const override
    {
        return createWriter(name, source);
    }

    Result<std::unique_ptr<FileWriter>> createWriter(const QByteArray &name,
                                                     const std::optional<Stat> &source) const
    {
        // The file is sent when it is finished, or while it is written when it is large; until
        // then its name is taken here, so a second writer of this location does not take it.
        // The look logs in, which a streamed upload needs before its first byte.
        const QByteArray path = join(m_path, name);
        if (!takeName(path))
            return exists(path);
        Result<Stat> there = m_root.stat(path);
        if (there) {
            releaseName(path);
            return exists(path);
        }
        if (kindOf(there.error()) != ErrorKind::NotFound) {
            releaseName(path);
            return there.error();
        }
        return std::unique_ptr<FileWriter>(std::make_unique<DavWriter>(m_root, path, source));
    }

    // The small files of a batch: their names looked at together (each must be new, as
    // createFile() checks), then their PUTs sent together (Root::runAll).
    std::vector<Result<void>> writeFiles(const std::vector<NewFile> &files,
                                         const CancelCheck &canceled) const override
    {
        if (!sameLocation(files, [](const NewFile &file) { return file.folder; }))
            return FolderImpl::writeFiles(files, canceled);
        std::vector<Result<void>> results(files.size());
        std::vector<Root::Request> looks;
        std::vector<std::size_t> taken;
        for (std::size_t i = 0; i < files.size(); ++i) {
            const QByteArray path = pathIn(*files[i].folder, files[i].name);
            if (canceled && canceled()) {
                results[i] = m_root.client->cancelledError(path);
            } else if (!takeName(path)) {
                results[i] = exists(path);
            } else {
                looks.push_back(lookAt(path, { 207, 404 }));
                taken.push_back(i);
            }
        }
        const std::vector<Result<Answer>> seen = m_root.runAll(looks);
        std::vector<Root::Request> puts;
        std::vector<std::size_t> sent;
        for (std::size_t k = 0; k < taken.size(); ++k) {
            const NewFile &file = files[taken[k]];
            const QByteArray &path = looks[k].path;
            if (!seen[k] || seen[k]->status != 404) {
                results[taken[k]]
                        = seen[k] ? Result<void>(exists(path)) : Result<void>(seen[k].error());
                releaseName(path);
                continue;
            }
            // Servers that keep to RFC 9110 (Apache, Nextcloud) refuse a name taken since the
            // look (412: Exists).
            Headers headers = uploadHeaders(file.attributes);
            headers.emplace_back("If-None-Match", "*");
            puts.push_back({ "PUT", path, std::move(headers), file.data, { 200, 201, 204 } });
            sent.push_back(taken[k]);
        }
        const std::vector<Result<Answer>> answers = m_root.runAll(puts);
        for (std::size_t k = 0; k < sent.size(); ++k) {
            const QByteArray &path = puts[k].path;
            // What a broken upload left under the name goes (a cancelled one is left to the
            // next run, which knows the engine's temporary names; a refused one is not ours).
            if (!answers[k] && kindOf(answers[k].error()) != ErrorKind::Cancelled
                && kindOf(answers[k].error()) != ErrorKind::Exists)
                (void)m_root.run("DELETE", path, false, {}, { 200, 204, 404 });
            releaseName(path);
            results[sent[k]] = answers[k] ? Result<void>() : Result<void>(answers[k].error());
        }
        return results;
    }

    // The names of a batch: the files they replace looked at together (rule 6), then the
    // MOVEs sent together. A MOVE the server refuses goes again through rename() and
    // renameNoReplace(), which tell why.
    std::vector<Result<void>> renameFiles(const std::vector<Renaming> &renamings) const override
    {
        if (!sameLocation(renamings, [](const Renaming &renaming) { return renaming.folder; }))
            return FolderImpl::renameFiles(renamings);
        std::vector<Result<void>> results(renamings.size());
        std::vector<Root::Request> looks;
        std::vector<std::size_t> looked;
        for (std::size_t i = 0; i < renamings.size(); ++i) {
            if (!renamings[i].replaces)
                continue;
            looks.push_back(lookAt(pathIn(*renamings[i].folder, renamings[i].to), { 207 }));
            looked.push_back(i);
        }
        const std::vector<Result<Answer>> seen = m_root.runAll(looks);
        for (std::size_t k = 0; k < looked.size(); ++k) {
            const Renaming &renaming = renamings[looked[k]];
            const Result<Stat> now = statOf(seen[k], looks[k].path);
            if (!now && !isMissing(now.error()))
                results[looked[k]] = now.error();
            else if (!now || !stillAsScanned(*now, *renaming.replaces))
                results[looked[k]] = changedSinceScan(*renaming.folder, renaming.to);
        }
        std::vector<Root::Request> moves;
        std::vector<std::size_t> moved;
        for (std::size_t i = 0; i < renamings.size(); ++i) {
            if (!results[i])
                continue;
            const Renaming &renaming = renamings[i];
            const QByteArray to = pathIn(*renaming.folder, renaming.to);
            moves.push_back({ "MOVE",
                              pathIn(*renaming.folder, renaming.from),
                              { { "Destination", m_root.client->urlOf(to, false).toEncoded() },
                                { "Overwrite", renaming.replaces ? "T" : "F" } },
                              {},
                              { 200, 201, 204 } });
            moved.push_back(i);
        }
        const std::vector<Result<Answer>> answers = m_root.runAll(moves);
        for (std::size_t k = 0; k < moved.size(); ++k) {
            if (answers[k])
                continue;
            const Renaming &renaming = renamings[moved[k]];
            const ErrorKind kind = kindOf(answers[k].error());
            if (kind == ErrorKind::Exists || kind == ErrorKind::Cancelled
                || isFatalForRun(answers[k].error()))
                results[moved[k]] = answers[k].error();
            else
                results[moved[k]]
                        = renaming.replaces
                                  ? renaming.folder->rename(renaming.from, *renaming.folder,
                                                            renaming.to)
                                  : renaming.folder->renameNoReplace(renaming.from, renaming.to);
        }
        return results;
    }

    std::vector<Result<Stat>>
    statFiles(const std::vector<std::pair<const Folder *, QByteArray>> &entries) const override
    {
        if (!sameLocation(entries, [](const auto &entry) { return entry.first; }))
            return FolderImpl::statFiles(entries);
        std::vector<Root::Request> looks;
        for (const auto &[folder, name] : entries)
            looks.push_back(lookAt(pathIn(*folder, name), { 207 }));
        const std::vector<Result<Answer>> answers = m_root.runAll(looks);
        std::vector<Result<Stat>> results;
        for (std::size_t i = 0; i < answers.size(); ++i)
            results.push_back(statOf(answers[i], looks[i].path));
        return results;
    }

    Result<void> flushFileSystem() const override { return {}; }

    Result<Space> space() const override
    {
        Result<std::vector<DavEntry>> found = m_root.propfind(m_path, 0, true, quotaBody);
        if (!found)
            return found.error();
        if (found->empty() || !found->front().quotaAvailable || *found->front().quotaAvailable < 0)
            return errorOf(ErrorKind::NotSupported,
                           m_root.displayPath(m_path) + QStringLiteral(": ")
                                   + QCoreApplication::translate(
                                           "WebDav", "The server does not tell its free space"));
        Space space;
        space.available = *found->front().quotaAvailable;
        space.total = space.available + found->front().quotaUsed.value_or(0);
        space.blockSize = 1;
        return space;
    }

    Result<QByteArray> fileSystemId() const override
    {
        return QByteArray("webdav:" + m_root.client->origin.toLower());
    }

    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.timePrecisionNs = 1'000'000'000;
        capabilities.permissionBits = false;
        capabilities.links = false;
        capabilities.linkTimes = false;
        capabilities.hardLinks = false;
        capabilities.renameNoReplace = true; // MOVE with Overwrite: F
        capabilities.serverSideCopy = false;
        capabilities.cheapListing = false;
        capabilities.settableTimes = false;
        return capabilities;
    }

    QString displayPath() const override { return m_root.displayPath(m_path); }

private:
    // Whether every item of a batch is in a folder of this location (a batch's folders are of
    // one target; this says so before any of them is sent).
    template<typename Item, typename FolderOf>
    bool sameLocation(const std::vector<Item> &items, FolderOf folderOf) const
    {
        return std::all_of(items.cbegin(), items.cend(), [&](const Item &item) {
            const auto *folder = dynamic_cast<const DavFolder *>(&folderOf(item)->impl());
            return folder && folder->m_root.client == m_root.client
                   && folder->m_root.epoch == m_root.epoch;
        });
    }
    // The entry a look of a batch found. A folder named without '/' on a server that
    // redirects it to the name with '/' (Apache) is looked at again there.
    Result<Stat> statOf(const Result<Answer> &look, const QByteArray &path) const
    {
        if (!look)
            return look.error();
        const QString where = m_root.displayPath(path);
        if (isRedirect(look->status))
            return statIn(m_root.propfind(path, 0, true), where);
        return statIn(parseMultistatus(look->body, where), where);
    }
    // A look at one entry (PROPFIND of depth 0) for a batch; a redirect is no error (statOf()).
    static Root::Request lookAt(const QByteArray &path, std::vector<int> ok)
    {
        ok.insert(ok.end(), redirects.begin(), redirects.end());
        return { "PROPFIND",
                 path,
                 { { "Depth", "0" }, { "Content-Type", "application/xml; charset=utf-8" } },
                 propfindBody,
                 std::move(ok) };
    }
    static QByteArray pathIn(const Folder &folder, const QByteArray &name)
    {
        return join(static_cast<const DavFolder &>(folder.impl()).m_path, name);
    }
    // A file being written is this location's: a second writer of the same name is refused.
    bool takeName(const QByteArray &path) const
    {
        const std::lock_guard lock(m_root.client->mutex);
        return m_root.client->writing.insert(path).second;
    }
    void releaseName(const QByteArray &path) const
    {
        const std::lock_guard lock(m_root.client->mutex);
        m_root.client->writing.erase(path);
    }

    Error notSupported(const QByteArray &path) const
    {
        return errorOf(ErrorKind::NotSupported,
                       m_root.displayPath(path) + QStringLiteral(": Operation not supported"));
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

    // MOVE, replacing a file at `to` or never replacing. A MOVE that replaces would take a
    // folder at `to` with everything in it (where a disk's rename refuses): the move is tried
    // without replacing first, and replaces only a file that is there.
    Result<void> move(const QByteArray &from, const QByteArray &to, bool replace) const
    {
        if (trimmed(from) == trimmed(to))
            return {};
        Result<void> moved = moveOnce(from, to, false);
        if (moved || !replace || kindOf(moved.error()) != ErrorKind::Exists)
            return moved;
        Result<Stat> there = m_root.stat(to);
        if (!there)
            return kindOf(there.error()) == ErrorKind::NotFound ? moveOnce(from, to, false)
                                                                : Result<void>(there.error());
        if (there->type == EntryType::Folder)
            return exists(to);
        return moveOnce(from, to, true);
    }

    // One MOVE. Folders are moved by their names with '/' (nginx takes nothing else): a file's
    // MOVE refused with a conflict is looked at.
    Result<void> moveOnce(const QByteArray &from, const QByteArray &to, bool overwrite) const
    {
        for (bool folder : { false, true }) {
            const QUrl destination = m_root.client->urlOf(to, folder);
            const Headers headers{ { "Destination", destination.toEncoded() },
                                   { "Overwrite", overwrite ? "T" : "F" } };
            Result<Answer> moved = m_root.run("MOVE", from, folder, headers, { 200, 201, 204 });
            if (moved)
                return {};
            const ErrorKind kind = kindOf(moved.error());
            if (folder || (kind != ErrorKind::NotFound && kind != ErrorKind::Denied))
                return moved.error();
            // A conflict (409) is also what nginx says of a folder named without '/', and
            // rclone's refusal (403) what it says of a source that is not there: a look tells.
            Result<Stat> there = m_root.stat(from);
            if (!there)
                return there.error();
            if (there->type != EntryType::Folder)
                return moved.error();
        }
        return {};
    }

    Root m_root;
    QByteArray m_path;
};

} // namespace

WebDavLocation::WebDavLocation(DavEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
    , m_client(std::make_shared<Client>(m_endpoint))
{ }

WebDavLocation::~WebDavLocation() = default;

QString WebDavLocation::displayName() const
{
    return m_client->displayPath(m_endpoint.path);
}

Result<Folder> WebDavLocation::openRoot() const
{
    Root root{ m_client, 0 };
    {
        const std::lock_guard lock(m_client->mutex);
        root.epoch = m_client->cancels;
    }
    DavFolder top(root, "/");
    Result<std::unique_ptr<FolderImpl>> opened = top.open(m_endpoint.path);
    if (!opened)
        return opened.error();
    return Folder(std::move(opened).value());
}

Result<void> WebDavLocation::makeRoot() const
{
    Root root{ m_client, 0 };
    {
        const std::lock_guard lock(m_client->mutex);
        root.epoch = m_client->cancels;
    }
    DavFolder top(root, "/");
    return top.makeFolder(m_endpoint.path, 0755);
}

std::optional<HostKey> WebDavLocation::refusedHostKey() const
{
    const std::lock_guard lock(m_client->mutex);
    return m_client->refusedCertificate;
}

Result<PresentedKey> WebDavLocation::presentedKey() const
{
    if (!m_endpoint.tls)
        return Location::presentedKey(); // plain http: no certificate
    quint64 epoch = 0;
    {
        const std::lock_guard lock(m_client->mutex);
        epoch = m_client->cancels;
    }
    Exchange exchange(m_client, epoch, m_endpoint.path);
    exchange.withoutLogin();
    if (!exchange.start("OPTIONS", true, {}, nullptr, 0))
        return exchange.error("OPTIONS");
    exchange.wait();
    if (exchange.refusedCertificate())
        return PresentedKey{ *exchange.refusedCertificate(), false };
    // Past the handshake (whatever the answer, a login wanted too): vouched for or pinned.
    const QSslCertificate presented = exchange.reply()->sslConfiguration().peerCertificate();
    if (presented.isNull())
        return exchange.error("OPTIONS");
    return PresentedKey{ certificateKey(presented), true };
}

void WebDavLocation::cancel() const
{
    const std::lock_guard lock(m_client->mutex);
    ++m_client->cancels;
    // Each reply belongs to the thread that sent it: the abort is posted there, where the
    // call waits on its event loop. A reply deleted first takes the posted call with it.
    for (QNetworkReply *reply : m_client->inFlight)
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    m_client->cancelled.notify_all(); // the back-offs end
}

} // namespace lts
