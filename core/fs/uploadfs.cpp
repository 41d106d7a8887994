#include "uploadfs.h"

#include "spool.h"
#include "trustedcertificates.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <mutex>

namespace lts {

namespace fsops {

QString UploadEndpoint::display() const
{
    const QString server = host.contains(u':') ? u'[' + host + u']' : host;
    return (user.isEmpty() ? server : user + u'@' + server) + u':' + QString::number(port);
}

} // namespace fsops

using namespace fsops;

// What the roots of one location share: the form's address, and the requests and back-offs
// in flight, for cancel().
struct UploadLocation::Client
{
    UploadEndpoint endpoint;
    QUrl url;
    std::mutex mutex;
    std::condition_variable cancelled; // wakes the back-offs
    quint64 cancels = 0; // how often cancel() was called
    std::vector<QNetworkReply *> inFlight;
    std::optional<HostKey> refusedCertificate; // of the latest refusal

    explicit Client(UploadEndpoint from)
        : endpoint(std::move(from))
    {
        const QByteArray host = endpoint.host.contains(u':')
                                        ? '[' + endpoint.host.toLatin1() + ']' // IPv6
                                        : QUrl::toAce(endpoint.host);
        const QByteArray path = endpoint.path.isEmpty() ? QByteArray("/") : endpoint.path;
        url = QUrl::fromEncoded((endpoint.tls ? QByteArray("https://") : QByteArray("http://"))
                                + host + ':' + QByteArray::number(endpoint.port)
                                + path.toPercentEncoding("/"));
    }

    // "logs.px4.io:443/upload", and the file being sent, for messages.
    QString displayPath(const QByteArray &file = {}) const
    {
        QString shown = endpoint.display() + QFile::decodeName(endpoint.path);
        if (!file.isEmpty())
            shown += QStringLiteral(" (") + QFile::decodeName(file) + u')';
        return shown;
    }

    quint64 epoch()
    {
        const std::lock_guard lock(mutex);
        return cancels;
    }
};

namespace {

using Client = UploadLocation::Client;

// Answers that mean the form took the file: 2xx, and 303 (See Other), with which many forms
// send the browser on to the page of what they took.
bool accepted(int status)
{
    return (status >= 200 && status < 300) || status == 303;
}

// Worth another try: the server failed (5xx) or the way there did.
bool retryable(int status, const Error &error)
{
    if (status >= 500)
        return true;
    if (status != 0)
        return false;
    const ErrorKind kind = kindOf(error);
    return kind == ErrorKind::Unreachable || kind == ErrorKind::Timeout;
}

// The start of what the server said, on one line, for a message: its reason in its words.
QString startOfText(const QByteArray &body)
{
    constexpr qsizetype shown = 200;
    QString text = QString::fromUtf8(body.left(shown * 4)).simplified();
    if (text.size() > shown)
        text = text.left(shown) + u'\u2026';
    return text;
}

// A name or value inside a Content-Disposition header's quotes, as browsers send them (HTML's
// form-data encoding: '"' and line breaks percent-encoded, everything else as UTF-8).
QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('"', "%22");
    bytes.replace('\r', "%0D");
    bytes.replace('\n', "%0A");
    return '"' + bytes + '"';
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

// One request, sent on the calling thread and waited for on a local event loop: a POST of a
// form, or a HEAD. Fails with the user's words for whatever went wrong, except an HTTP status:
// the caller decides on it.
class Exchange
{
public:
    Exchange(Client &client, quint64 epoch, QByteArray file)
        : m_client(client)
        , m_epoch(epoch)
        , m_file(std::move(file))
    { }

    // POSTs `form`, or asks HEAD when it is null.
    Result<Answer> run(QHttpMultiPart *form)
    {
        QNetworkAccessManager manager;
        manager.setAutoDeleteReplies(false);
        QNetworkRequest request(m_client.url);
        request.setTransferTimeout(int(std::clamp<std::int64_t>(
                m_client.endpoint.timeout.count(), 1, std::numeric_limits<int>::max())));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        QObject::connect(
                &manager, &QNetworkAccessManager::authenticationRequired, &manager,
                [this](QNetworkReply *, QAuthenticator *authenticator) { logIn(authenticator); });
        QNetworkReply *reply = nullptr;
        {
            const std::lock_guard lock(m_client.mutex);
            if (m_client.cancels != m_epoch)
                return cancelledError();
            reply = form ? manager.post(request, form) : manager.head(request);
            m_client.inFlight.push_back(reply);
        }
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [this, reply](const QList<QSslError> &errors) {
                             checkCertificate(*reply, errors);
                         });
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        bool cancelled = false;
        {
            const std::lock_guard lock(m_client.mutex);
            std::erase(m_client.inFlight, reply);
            cancelled = m_client.cancels != m_epoch;
        }
        // Deleted with its posted abort, if cancel() sent one meanwhile.
        const std::unique_ptr<QNetworkReply> done(reply);
        if (cancelled)
            return cancelledError();
        if (m_refused && reply->error() == QNetworkReply::SslHandshakeFailedError)
            return certificateUnknown(m_client.endpoint.display(), m_refused->key, m_refused->why);
        m_presented = reply->sslConfiguration().peerCertificate();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || reply->error() == QNetworkReply::AuthenticationRequiredError)
            return loginError();
        if (status != 0)
            return Answer{ status, reply->readAll() };
        return networkError(*reply);
    }

    // Sends no login, whatever the server wants (a look at its certificate).
    void withoutLogin() { m_loginTried = true; }
    // The certificate refused in this exchange, if one was.
    const std::optional<RefusedCertificate> &refused() const { return m_refused; }
    // The certificate of a server past the handshake (vouched for or pinned); null over
    // plain http and before run().
    const QSslCertificate &presented() const { return m_presented; }

private:
    // A certificate the system's authorities do not vouch for: taken only when it is the one
    // pinned for this server; otherwise refused, and kept for the error and refusedHostKey().
    void checkCertificate(QNetworkReply &reply, const QList<QSslError> &errors)
    {
        const UploadEndpoint &endpoint = m_client.endpoint;
        m_refused = fsops::checkCertificate(reply, errors, endpoint.certificateTrusted,
                                            endpoint.pinnedCertificate);
        if (!m_refused)
            return;
        const std::lock_guard lock(m_client.mutex);
        m_client.refusedCertificate = m_refused->key;
    }

    // The server wants a login: the stored password, once (a retry loop locks accounts).
    void logIn(QAuthenticator *authenticator)
    {
        if (m_loginTried || m_client.endpoint.user.isEmpty())
            return;
        m_loginTried = true;
        std::optional<QByteArray> password;
        if (m_client.endpoint.password)
            password = m_client.endpoint.password();
        if (!password) {
            m_noPassword = true;
            return;
        }
        authenticator->setUser(m_client.endpoint.user);
        authenticator->setPassword(QString::fromUtf8(*password));
        password->fill('\0');
    }

    Error cancelledError() const
    {
        return errorOf(ErrorKind::Cancelled,
                       m_client.displayPath(m_file) + QStringLiteral(": ")
                               + QCoreApplication::translate("UploadForm", "Cancelled"));
    }

    Error loginError() const
    {
        QString why;
        if (m_client.endpoint.user.isEmpty())
            why = QCoreApplication::translate(
                    "UploadForm", "The server wants a login, and the location names no user.");
        else if (m_noPassword)
            why = QCoreApplication::translate("UploadForm", "No password is stored for %1.")
                          .arg(m_client.endpoint.display());
        else
            why = QCoreApplication::translate("UploadForm",
                                              "The server refused the login of %1 with the stored "
                                              "password.")
                          .arg(m_client.endpoint.user);
        return Error{ QString::fromUtf16(authenticationFailedCode),
                      m_client.endpoint.display() + QStringLiteral(": ") + why };
    }

    Error networkError(const QNetworkReply &reply) const
    {
        const QString where = m_client.displayPath(m_file) + QStringLiteral(": ");
        switch (reply.error()) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborted it
        case QNetworkReply::TimeoutError:
            return errorOf(
                    ErrorKind::Timeout,
                    where
                            + QCoreApplication::translate(
                                      "UploadForm", "The server did not answer within %1 seconds")
                                      .arg(m_client.endpoint.timeout.count() / 1000));
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
            return errorOf(ErrorKind::Unreachable, where + reply.errorString());
        default:
            return errorOf(ErrorKind::Io, where + reply.errorString());
        }
    }

    Client &m_client;
    quint64 m_epoch;
    QByteArray m_file;
    bool m_loginTried = false;
    bool m_noPassword = false;
    std::optional<RefusedCertificate> m_refused;
    QSslCertificate m_presented;
};

// Waits `pause` unless the location is cancelled meanwhile; false when it was.
bool backOff(Client &client, quint64 epoch, std::chrono::milliseconds pause)
{
    std::unique_lock lock(client.mutex);
    return !client.cancelled.wait_for(lock, pause, [&] { return client.cancels != epoch; });
}

// A file for the form: spooled while the engine writes it, posted when it is finished.
class FormWriter final : public FileWriter
{
public:
    FormWriter(std::shared_ptr<Client> client, quint64 epoch, QByteArray path)
        : m_client(std::move(client))
        , m_epoch(epoch)
        , m_path(std::move(path))
    { }

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (!m_spool.append(data, size))
            return spoolError();
        return {};
    }

    Result<void> finish(const Stat &, bool, bool) override
    {
        const std::vector<std::chrono::milliseconds> &pauses = m_client->endpoint.backoff;
        for (std::size_t attempt = 0;; ++attempt) {
            int status = 0;
            Result<void> posted = postOnce(status);
            if (posted || attempt >= pauses.size() || !retryable(status, posted.error()))
                return posted;
            if (!backOff(*m_client, m_epoch, pauses[attempt]))
                return errorOf(ErrorKind::Cancelled,
                               m_client->displayPath(m_path) + QStringLiteral(": ")
                                       + QCoreApplication::translate("UploadForm", "Cancelled"));
        }
    }

private:
    // One POST of the whole form; `status` is the server's answer (0: none).
    Result<void> postOnce(int &status)
    {
        QIODevice *file = m_spool.device();
        if (!file)
            return spoolError();
        const UploadForm &form = m_client->endpoint.form;
        QHttpMultiPart multipart(QHttpMultiPart::FormDataType);
        for (auto it = form.fields.constBegin(); it != form.fields.constEnd(); ++it) {
            QHttpPart field;
            field.setHeader(QNetworkRequest::ContentDispositionHeader,
                            QByteArray("form-data; name=" + quoted(it.key())));
            field.setBody(it.value().toUtf8());
            multipart.append(field);
        }
        const qsizetype slash = m_path.lastIndexOf('/');
        const QByteArray name = m_path.mid(slash + 1);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=" + quoted(form.fileField)
                                  + "; filename=" + quoted(QFile::decodeName(name))));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        part.setBodyDevice(file);
        multipart.append(part);

        Result<Answer> answer = Exchange(*m_client, m_epoch, m_path).run(&multipart);
        if (!answer)
            return answer.error();
        status = answer->status;
        if (accepted(status)) {
            m_spool.clear();
            return {};
        }
        const QString where = m_client->displayPath(m_path) + QStringLiteral(": ");
        const QString said = startOfText(answer->body);
        const QString http = said.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                            : QStringLiteral("HTTP %1: %2").arg(status).arg(said);
        if (status >= 500)
            return errorOf(
                    ErrorKind::Io,
                    where
                            + QCoreApplication::translate("UploadForm",
                                                          "The server failed to take the file (%1)")
                                      .arg(http));
        return errorOf(ErrorKind::Io,
                       where
                               + QCoreApplication::translate("UploadForm",
                                                             "The form refused the file (%1)")
                                         .arg(http));
    }

    Error spoolError() const
    {
        return errorOf(ErrorKind::Io,
                       m_client->displayPath(m_path) + QStringLiteral(": ")
                               + QCoreApplication::translate("UploadForm",
                                                             "Cannot keep the upload in a "
                                                             "temporary file of this computer (%1)")
                                         .arg(m_spool.errorString()));
    }

    std::shared_ptr<Client> m_client;
    quint64 m_epoch;
    QByteArray m_path; // relative to the root, for messages; its last name goes to the form
    Spool m_spool;
};

// A folder of the form: only a place in the names of the files sent (the form itself has no
// folders), so nothing but createFile() reaches the server.
class FormFolder final : public FolderImpl
{
public:
    FormFolder(std::shared_ptr<Client> client, quint64 epoch, QByteArray path)
        : m_client(std::move(client))
        , m_epoch(epoch)
        , m_path(std::move(path))
    { }

    Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const override
    {
        return std::unique_ptr<FolderImpl>(
                std::make_unique<FormFolder>(m_client, m_epoch, joined(name)));
    }
    Result<std::vector<Entry>> list() const override { return cannot(m_path); }
    Result<Stat> stat(const QByteArray &name) const override { return cannot(joined(name)); }
    Result<Stat> statSelf() const override
    {
        Stat self;
        self.type = EntryType::Folder;
        self.mode = 0755;
        return self;
    }
    Result<QByteArray> readLink(const QByteArray &name) const override
    {
        return cannot(joined(name));
    }
    Result<void> makeLink(const QByteArray &name, const QByteArray &) const override
    {
        return cannot(joined(name));
    }
    Result<void> makeFolder(const QByteArray &name, std::uint32_t) const override
    {
        return cannot(joined(name));
    }
    Result<void> rename(const QByteArray &from, const FolderImpl &,
                        const QByteArray &) const override
    {
        return cannot(joined(from));
    }
    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &) const override
    {
        return cannot(joined(from));
    }
    Result<void> hardLink(const QByteArray &from, const FolderImpl &,
                          const QByteArray &) const override
    {
        return cannot(joined(from));
    }
    Result<void> removeFile(const QByteArray &name) const override { return cannot(joined(name)); }
    Result<void> removeEmptyFolder(const QByteArray &name) const override
    {
        return cannot(joined(name));
    }
    Result<void> appendToFile(const QByteArray &name, const QByteArray &, bool) const override
    {
        return cannot(joined(name));
    }
    Result<QByteArray> readFile(const QByteArray &name, std::int64_t) const override
    {
        return cannot(joined(name));
    }
    Result<void> setAttributes(const QByteArray &name, const Stat &, bool) const override
    {
        return cannot(joined(name));
    }
    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const override
    {
        return cannot(joined(name));
    }
    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override
    {
        return std::unique_ptr<FileWriter>(
                std::make_unique<FormWriter>(m_client, m_epoch, joined(name)));
    }
    Result<void> flushFileSystem() const override { return {}; }
    Result<Space> space() const override { return cannot(m_path); }
    Result<QByteArray> fileSystemId() const override
    {
        return QByteArray("upload:" + m_client->url.toEncoded());
    }
    Capabilities capabilities() const override
    {
        Capabilities capabilities;
        capabilities.permissionBits = false;
        capabilities.links = false;
        capabilities.linkTimes = false;
        capabilities.hardLinks = false;
        capabilities.renameNoReplace = false;
        capabilities.cheapListing = false;
        capabilities.settableTimes = false;
        capabilities.uploadOnly = true;
        return capabilities;
    }
    QString displayPath() const override { return m_client->displayPath(m_path); }

private:
    QByteArray joined(const QByteArray &name) const
    {
        if (name.isEmpty() || name == ".")
            return m_path;
        return m_path.isEmpty() ? name : m_path + '/' + name;
    }

    Error cannot(const QByteArray &path) const
    {
        return errorOf(ErrorKind::NotSupported,
                       m_client->displayPath(path) + QStringLiteral(": ")
                               + QCoreApplication::translate(
                                       "UploadForm",
                                       "An upload form only takes files: it cannot be listed, "
                                       "and nothing in it can be read, renamed or removed"));
    }

    std::shared_ptr<Client> m_client;
    quint64 m_epoch;
    QByteArray m_path; // relative to the root
};

} // namespace

UploadLocation::UploadLocation(UploadEndpoint endpoint)
    : m_client(std::make_shared<Client>(std::move(endpoint)))
{ }

UploadLocation::~UploadLocation() = default;

QString UploadLocation::displayName() const
{
    return m_client->displayPath();
}

Result<Folder> UploadLocation::openRoot() const
{
    const quint64 epoch = m_client->epoch();
    Result<Answer> answer = Exchange(*m_client, epoch, {}).run(nullptr);
    if (!answer)
        return answer.error();
    return Folder(std::make_unique<FormFolder>(m_client, epoch, QByteArray()));
}

Result<void> UploadLocation::makeRoot() const
{
    Result<Folder> root = openRoot();
    return root ? Result<void>() : Result<void>(root.error());
}

std::optional<HostKey> UploadLocation::refusedHostKey() const
{
    const std::lock_guard lock(m_client->mutex);
    return m_client->refusedCertificate;
}

Result<PresentedKey> UploadLocation::presentedKey() const
{
    if (!m_client->endpoint.tls)
        return Location::presentedKey(); // plain http: no certificate
    Exchange exchange(*m_client, m_client->epoch(), {});
    exchange.withoutLogin();
    Result<Answer> answer = exchange.run(nullptr);
    if (exchange.refused())
        return PresentedKey{ exchange.refused()->key, false };
    // Past the handshake (whatever the answer, a login wanted too): vouched for or pinned.
    if (!exchange.presented().isNull())
        return PresentedKey{ certificateKey(exchange.presented()), true };
    if (!answer)
        return answer.error();
    return errorOf(ErrorKind::Io,
                   displayName() + QStringLiteral(": ")
                           + QCoreApplication::translate("UploadForm",
                                                         "The server presented no certificate"));
}

void UploadLocation::cancel() const
{
    {
        const std::lock_guard lock(m_client->mutex);
        ++m_client->cancels;
        // Each reply belongs to the thread that sent it: the abort is posted there, where the
        // call waits on its event loop. A reply deleted first takes the posted call with it.
        for (QNetworkReply *reply : m_client->inFlight)
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    }
    m_client->cancelled.notify_all();
}

} // namespace lts
