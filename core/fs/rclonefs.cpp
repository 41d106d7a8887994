#include "rclonefs.h"

#include "rclonedaemon.h"
#include "temporarynames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThreadStorage>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <variant>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace lts {

namespace fsops {

QString RcloneEndpoint::display() const
{
    return remote + u':' + path;
}

} // namespace fsops

using namespace fsops;
using Lease = RcloneDaemon::Lease;

namespace {

// Every call to the daemon, with how many of the location's are in flight (debug: off unless
// QT_LOGGING_RULES asks; tests count the calls with it).
Q_LOGGING_CATEGORY(lcRclone, "lts.fs.rclone", QtInfoMsg)

// Files at least this large are copied as an asynchronous job, whose progress keeps the call
// alive however long the service takes; smaller ones in one call.
constexpr std::int64_t asyncFrom = 8 << 20;
// rclone's "modification times not supported" (100 years); anything coarser than a day is that.
constexpr double noTimesFrom = 86'400e9;

QString tr(const char *text)
{
    return QCoreApplication::translate("Rclone", text);
}

QByteArray join(const QByteArray &folder, const QByteArray &name)
{
    if (name.isEmpty() || name == ".")
        return folder;
    return folder.isEmpty() ? name : folder + '/' + name;
}

// "remote:" + a path inside it, as rclone takes a file system.
QString joinRemotePath(const QString &root, const QByteArray &path)
{
    if (path.isEmpty())
        return root;
    if (root.isEmpty() || root.endsWith(u'/'))
        return root + QString::fromUtf8(path);
    return root + u'/' + QString::fromUtf8(path);
}

// A folder of this computer as rclone's file system (":local:" so that no ':' in it is read as
// a remote's name).
QString localFs(const QString &folder)
{
    return QStringLiteral(":local:") + folder;
}

// "2026-12-07T14:08:04.797494809Z" (RFC 3339 with up to nanoseconds, any offset).
bool parseTime(const QString &text, Stat &stat)
{
    static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|[+-]"
                           "\\d\\d:\\d\\d)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QDateTime when
            = QDateTime::fromString(match.captured(1) + match.captured(3), Qt::ISODate);
    if (!when.isValid())
        return false;
    stat.mtimeSec = when.toSecsSinceEpoch();
    const QString fraction = match.captured(2);
    stat.mtimeNsec = fraction.isEmpty()
                             ? 0
                             : QString(fraction + QString(9 - fraction.size(), u'0')).toInt();
    return true;
}

// An item of operations/list or operations/stat.
Entry entryOf(const QJsonObject &item)
{
    Entry entry;
    entry.name = item.value(QLatin1String("Name")).toString().toUtf8();
    if (item.value(QLatin1String("IsDir")).toBool()) {
        entry.stat.type = EntryType::Folder;
        entry.stat.mode = 0755;
    } else {
        entry.stat.type = EntryType::File;
        entry.stat.mode = 0644;
        entry.stat.size = std::max<std::int64_t>(item.value(QLatin1String("Size")).toInteger(), 0);
    }
    parseTime(item.value(QLatin1String("ModTime")).toString(), entry.stat);
    return entry;
}

// rclone's answer to a call that failed, as the engine tells errors: rclone's own words, the
// system code of what they mean.
Error rcloneError(int status, const QString &text, const QString &where)
{
    const QString message = where + QStringLiteral(": ") + text;
    const QString lower = text.toLower();
    const auto has = [&lower](const char *words) { return lower.contains(QLatin1String(words)); };
    if (has("directory not empty"))
        return Error{ QStringLiteral("ENOTEMPTY"), message };
    if (has("not a directory"))
        return Error{ QStringLiteral("ENOTDIR"), message };
    if (has("didn't find section in config file"))
        return errorOf(ErrorKind::Other, message);
    if (has("context canceled"))
        return errorOf(ErrorKind::Cancelled, message);
    if (has("connection refused") || has("no such host") || has("connection reset")
        || has("network is unreachable") || has("no route to host") || has("broken pipe")
        || has("unexpected eof") || lower.endsWith(QLatin1String(": eof"))
        || has("server misbehaving"))
        return errorOf(ErrorKind::Unreachable, message);
    if (has("timeout") || has("deadline exceeded"))
        return errorOf(ErrorKind::Timeout, message);
    if (status == 404 || has("not found") || has("no such file") || has("doesn't exist")
        || has("does not exist"))
        return errorOf(ErrorKind::NotFound, message);
    if (has("no space left") || has("insufficient storage") || has("quota")
        || has("insufficient_space"))
        return errorOf(ErrorKind::NoSpace, message);
    if (has("permission denied") || has("forbidden") || has("unauthorized") || has("access denied")
        || has("401") || has("403"))
        return errorOf(ErrorKind::Denied, message);
    if (has("doesn't support") || has("not supported") || has("not implemented"))
        return errorOf(ErrorKind::NotSupported, message);
    return errorOf(ErrorKind::Io, message);
}

} // namespace

// What the roots of one location share: the remote, the calls in flight (for cancel()), the
// names being written, and what the remote keeps.
struct RcloneLocation::Client
{
    RcloneEndpoint endpoint;
    std::mutex mutex;
    quint64 cancels = 0; // how often cancel() was called
    std::vector<QNetworkReply *> inFlight;
    std::set<QByteArray> writing; // files a writer of this location is making
    std::optional<Capabilities> capabilities; // once fsinfo answered
    bool caseInsensitive = false; // the remote takes "A" and "a" for one name (fsinfo)
    // How many entries a folder (below the root) had when it was last listed: statAll() looks
    // at names one by one in a folder much larger than their number.
    std::map<QByteArray, std::size_t> folderSizes;
    bool remoteChecked = false; // the remote is in rclone's configuration
    // The remote did not answer (rclone tried it again already): the calls that follow fail at
    // once instead of each waiting for rclone's own tries, until a root is opened again.
    std::optional<Error> gone;

    explicit Client(RcloneEndpoint from)
        : endpoint(std::move(from))
    { }

    // The file system of the folder `path` (of the root), for the calls that take one.
    QString fsOf(const QByteArray &path) const
    {
        return endpoint.remote + u':' + joinRemotePath(endpoint.path, path);
    }
    QString fs() const { return fsOf({}); }

    QString displayPath(const QByteArray &path) const
    {
        return endpoint.remote + u':' + joinRemotePath(endpoint.path, path);
    }

    quint64 epoch()
    {
        const std::lock_guard lock(mutex);
        return cancels;
    }

    Error cancelledError(const QString &where) const
    {
        return errorOf(ErrorKind::Cancelled, where + QStringLiteral(": ") + tr("Cancelled"));
    }
};

namespace {

using Client = RcloneLocation::Client;

// A location's network access manager on the calling thread (Qt's lives on the thread that uses
// it). Made on first use; deleted on its thread, when the thread ends or its location is gone.
struct ThreadManager
{
    std::weak_ptr<const Client> owner;
    std::unique_ptr<QNetworkAccessManager> manager;
};

QNetworkAccessManager &managerFor(const std::shared_ptr<const Client> &client)
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
    managers.push_back(ThreadManager{ client, std::move(manager) });
    return *managers.back().manager;
}

// A folder is listed instead of looking at its entries one by one (Caller::statAll) when at
// least listFrom of them are asked for, and it held at most listUpTo times as many when it was
// last listed.
constexpr std::size_t listFrom = 8;
constexpr std::size_t listUpTo = 16;
// How many calls one thread keeps in flight at once (Caller::callAll): Qt's connections to one
// server. A call queued behind them would count the wait against its transfer timeout.
constexpr std::size_t inFlightPerThread = 6;

// The calls of one root (and the folders opened from it) to the daemon.
class Caller
{
public:
    Caller(std::shared_ptr<Client> client, std::shared_ptr<const Lease> lease)
        : m_client(std::move(client))
        , m_lease(std::move(lease))
    { }

    Client &client() const { return *m_client; }
    const std::shared_ptr<Client> &clientPointer() const { return m_client; }

    // One call of a batch (callAll).
    struct Call
    {
        QString method;
        QJsonObject params;
        QString where; // names the entry in errors
    };

    // One call, answered within the network timeout (of no progress). `where` names the entry
    // in errors. A call after cancel() returns Cancelled; with `evenCancelled` it goes anyway
    // (a job's stop).
    Result<QJsonObject> call(const QString &method, const QJsonObject &params, const QString &where,
                             bool evenCancelled = false) const
    {
        Result<Sent> sent = post(method, params, where, evenCancelled);
        if (!sent)
            return noteGone(sent.error());
        if (!sent->reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(sent->reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        return noteGone(answerOf(*sent, where));
    }

    // Many calls, up to inFlightPerThread of them at once (the daemon answers each on a
    // goroutine of its own): a result each, in their order, each as call() gives it.
    std::vector<Result<QJsonObject>> callAll(const std::vector<Call> &calls) const
    {
        std::vector<Result<QJsonObject>> results(calls.size(), QJsonObject());
        struct Running
        {
            Sent sent;
            std::size_t index;
        };
        std::vector<Running> running;
        std::size_t next = 0;
        QEventLoop loop;
        while (next < calls.size() || !running.empty()) {
            while (running.size() < inFlightPerThread && next < calls.size()) {
                const Call &each = calls[next];
                Result<Sent> sent = post(each.method, each.params, each.where, false);
                if (!sent) {
                    results[next++] = noteGone(sent.error());
                    continue;
                }
                QObject::connect(sent->reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                running.push_back({ *sent, next++ });
            }
            if (running.empty())
                continue;
            // Finished replies are told during the loop, never before it runs: the quit of one
            // that finished cannot be lost.
            if (std::none_of(running.cbegin(), running.cend(),
                             [](const Running &each) { return each.sent.reply->isFinished(); }))
                loop.exec(QEventLoop::ExcludeUserInputEvents);
            std::erase_if(running, [&](const Running &each) {
                if (!each.sent.reply->isFinished())
                    return false;
                results[each.index] = noteGone(answerOf(each.sent, calls[each.index].where));
                return true;
            });
        }
        return results;
    }

private:
    // A request on its way: the reply, and the cancel epoch it was sent in.
    struct Sent
    {
        QNetworkReply *reply = nullptr;
        quint64 epoch = 0;
    };

    // A remote that did not answer (after rclone's own tries) fails the calls that follow at
    // once (Client::gone).
    Result<QJsonObject> noteGone(Result<QJsonObject> answer) const
    {
        if (!answer && kindOf(answer.error()) == ErrorKind::Unreachable) {
            const std::lock_guard lock(m_client->mutex);
            m_client->gone = answer.error();
        }
        return answer;
    }

    // Sends a call with the location's network access manager of this thread, counted in
    // flight (for cancel()) until answerOf() takes its answer.
    Result<Sent> post(const QString &method, const QJsonObject &params, const QString &where,
                      bool evenCancelled) const
    {
        Client &client = *m_client;
        QNetworkRequest request(m_lease->base.resolved(QUrl(method)));
        request.setRawHeader("Authorization", m_lease->authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(int(std::clamp<std::int64_t>(client.endpoint.timeout.count(), 1,
                                                                std::numeric_limits<int>::max())));
        QNetworkAccessManager &manager = managerFor(m_client);
        const std::lock_guard lock(client.mutex);
        if (!evenCancelled && client.cancels != m_epoch)
            return client.cancelledError(where);
        if (client.gone)
            return errorOf(ErrorKind::Unreachable,
                           where + QStringLiteral(": ")
                                   + tr("not tried again after: %1").arg(client.gone->message));
        Sent sent{ manager.post(request, QJsonDocument(params).toJson(QJsonDocument::Compact)),
                   client.cancels };
        client.inFlight.push_back(sent.reply);
        qCDebug(lcRclone).noquote() << method << where << client.inFlight.size() << "in flight";
        return sent;
    }

    // The answer to a call sent by post(), once its reply finished (or to abandon it); the
    // reply is gone after.
    Result<QJsonObject> answerOf(const Sent &sent, const QString &where) const
    {
        Client &client = *m_client;
        QNetworkReply *reply = sent.reply;
        const auto release = qScopeGuard([&client, reply] {
            {
                const std::lock_guard lock(client.mutex);
                std::erase(client.inFlight, reply);
            }
            if (!reply->isFinished())
                reply->abort();
            delete reply;
        });
        {
            const std::lock_guard lock(client.mutex);
            if (client.cancels != sent.epoch)
                return client.cancelledError(where);
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            switch (reply->error()) {
            case QNetworkReply::OperationCanceledError: // the transfer timeout aborted it
            case QNetworkReply::TimeoutError:
                return errorOf(ErrorKind::Timeout,
                               where + QStringLiteral(": ")
                                       + tr("rclone did not answer within %1 seconds")
                                                 .arg(client.endpoint.timeout.count() / 1000));
            default:
                return errorOf(ErrorKind::Unreachable,
                               where + QStringLiteral(": ")
                                       + tr("rclone's daemon does not answer (%1)")
                                                 .arg(reply->errorString()));
            }
        }
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        if (status != 200) {
            const QString text = answer.value(QLatin1String("error")).toString();
            return rcloneError(
                    status, text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : text, where);
        }
        return answer;
    }

public:
    // A call that may take long (a transfer): an asynchronous job, asked after with
    // job/status, alive as long as core/stats shows its bytes moving; stopped (job/stop) when
    // it makes no progress within the network timeout or the location is cancelled. Asked
    // after 10 ms, then twice as long each time up to `mostMs` (a batch of small files, which
    // the engine waits for whole, is asked more often than a large file).
    Result<QJsonObject> job(const QString &method, QJsonObject params, const QString &where,
                            int mostMs = 200) const
    {
        params.insert(QStringLiteral("_async"), true);
        Result<QJsonObject> started = call(method, params, where);
        if (!started)
            return started.error();
        const qint64 id = started->value(QLatin1String("jobid")).toInteger();
        const QJsonObject ofJob{ { QStringLiteral("jobid"), id } };
        const QJsonObject ofGroup{ { QStringLiteral("group"), QStringLiteral("job/%1").arg(id) } };
        QDeadlineTimer deadline(m_client->endpoint.timeout);
        qint64 bytes = -1;
        int interval = 10;
        for (;;) {
            QEventLoop pause;
            QTimer::singleShot(interval, &pause, &QEventLoop::quit);
            pause.exec(QEventLoop::ExcludeUserInputEvents);
            interval = std::min(interval * 2, mostMs);
            Result<QJsonObject> status = call(QStringLiteral("job/status"), ofJob, where);
            if (!status) {
                (void)call(QStringLiteral("job/stop"), ofJob, where, true);
                return status.error();
            }
            if (status->value(QLatin1String("finished")).toBool()) {
                if (status->value(QLatin1String("success")).toBool())
                    return status->value(QLatin1String("output")).toObject();
                return rcloneError(0, status->value(QLatin1String("error")).toString(), where);
            }
            Result<QJsonObject> stats = call(QStringLiteral("core/stats"), ofGroup, where);
            if (stats) {
                const qint64 now = stats->value(QLatin1String("bytes")).toInteger();
                if (now != bytes) {
                    bytes = now;
                    deadline.setRemainingTime(m_client->endpoint.timeout);
                }
            }
            if (deadline.hasExpired()) {
                (void)call(QStringLiteral("job/stop"), ofJob, where, true);
                return errorOf(ErrorKind::Timeout,
                               where + QStringLiteral(": ")
                                       + tr("rclone made no progress within %1 seconds")
                                                 .arg(m_client->endpoint.timeout.count() / 1000));
            }
        }
    }

    // A copy between two file systems (an upload or a download), as a job when it is large.
    Result<void> copyFile(const QString &srcFs, const QString &srcRemote, const QString &dstFs,
                          const QString &dstRemote, std::int64_t size, const QString &where) const
    {
        const QJsonObject params{ { QStringLiteral("srcFs"), srcFs },
                                  { QStringLiteral("srcRemote"), srcRemote },
                                  { QStringLiteral("dstFs"), dstFs },
                                  { QStringLiteral("dstRemote"), dstRemote } };
        const QString method = QStringLiteral("operations/copyfile");
        Result<QJsonObject> copied
                = size >= asyncFrom ? job(method, params, where) : call(method, params, where);
        return copied ? Result<void>() : Result<void>(copied.error());
    }

    // The entry at `path` (of the root), or NotFound.
    Result<Stat> stat(const QByteArray &path) const
    {
        const Call look = statCall(path);
        return statOf(call(look.method, look.params, look.where), look.where);
    }

    // stat() as a call of a batch (callAll), and what its answer says.
    Call statCall(const QByteArray &path) const
    {
        return { QStringLiteral("operations/stat"),
                 { { QStringLiteral("fs"), m_client->fs() },
                   { QStringLiteral("remote"), QString::fromUtf8(path) } },
                 m_client->displayPath(path) };
    }
    static Result<Stat> statOf(const Result<QJsonObject> &found, const QString &where)
    {
        if (!found)
            return found.error();
        const QJsonValue item = found->value(QLatin1String("item"));
        if (!item.isObject())
            return errorOf(ErrorKind::NotFound,
                           where + QStringLiteral(": No such file or directory"));
        return entryOf(item.toObject()).stat;
    }

    Result<void> simple(const char *method, const QByteArray &path) const
    {
        Result<QJsonObject> done = call(QString::fromLatin1(method),
                                        { { QStringLiteral("fs"), m_client->fs() },
                                          { QStringLiteral("remote"), QString::fromUtf8(path) } },
                                        m_client->displayPath(path));
        return done ? Result<void>() : Result<void>(done.error());
    }

    // Renames a file within the location (movefile).
    Result<void> moveFile(const QByteArray &from, const QByteArray &to) const
    {
        const Call move = moveCall(from, to);
        Result<QJsonObject> moved = call(move.method, move.params, move.where);
        return moved ? Result<void>() : Result<void>(moved.error());
    }
    Call moveCall(const QByteArray &from, const QByteArray &to) const
    {
        return { QStringLiteral("operations/movefile"),
                 { { QStringLiteral("srcFs"), m_client->fs() },
                   { QStringLiteral("srcRemote"), QString::fromUtf8(from) },
                   { QStringLiteral("dstFs"), m_client->fs() },
                   { QStringLiteral("dstRemote"), QString::fromUtf8(to) } },
                 m_client->displayPath(from) };
    }

    // The upload of the small file `name` of the folder `folder` of this computer to `path`
    // as a call of a batch (callAll): one call, whatever its size.
    Call uploadCall(const QString &folder, const QString &name, const QByteArray &path) const
    {
        return { QStringLiteral("operations/copyfile"),
                 { { QStringLiteral("srcFs"), localFs(folder) },
                   { QStringLiteral("srcRemote"), name },
                   { QStringLiteral("dstFs"), m_client->fs() },
                   { QStringLiteral("dstRemote"), QString::fromUtf8(path) } },
                 m_client->displayPath(path) };
    }

    // Downloads the file at `path` into `folder` of this computer as `name`.
    Result<void> download(const QByteArray &path, std::int64_t size, const QString &folder,
                          const QString &name) const
    {
        return copyFile(m_client->fs(), QString::fromUtf8(path), localFs(folder), name, size,
                        m_client->displayPath(path));
    }

    // Uploads `file` (a file of this computer, with its time) to `path`, which must be free.
    Result<void> upload(const QString &folder, const QString &name, std::int64_t size,
                        const QByteArray &path) const
    {
        return copyFile(localFs(folder), name, m_client->fs(), QString::fromUtf8(path), size,
                        m_client->displayPath(path));
    }

    // Looks at many entries (paths below the root) together, as stat() does each: where a
    // folder holds enough of them, one listing of it answers for all of them
    // (operations/list), else a look each; every call at once (callAll). A folder known to
    // be much larger than the names asked for in it is not listed.
    std::vector<Result<Stat>> statAll(const std::vector<QByteArray> &paths) const
    {
        std::map<QByteArray, std::vector<std::size_t>> byFolder;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            const qsizetype slash = paths[i].lastIndexOf('/');
            byFolder[slash < 0 ? QByteArray() : paths[i].left(slash)].push_back(i);
        }
        std::vector<Call> calls;
        // Per call: the folder it lists, or the one entry it looks at.
        std::vector<std::variant<QByteArray, std::size_t>> asked;
        for (const auto &[folder, inside] : byFolder) {
            if (worthListing(folder, inside.size())) {
                calls.push_back({ QStringLiteral("operations/list"),
                                  { { QStringLiteral("fs"), m_client->fs() },
                                    { QStringLiteral("remote"), QString::fromUtf8(folder) } },
                                  m_client->displayPath(folder) });
                asked.emplace_back(folder);
                continue;
            }
            for (std::size_t i : inside) {
                calls.push_back(statCall(paths[i]));
                asked.emplace_back(i);
            }
        }
        const std::vector<Result<QJsonObject>> answers = callAll(calls);
        std::vector<Result<Stat>> results(paths.size(), Stat{});
        for (std::size_t k = 0; k < calls.size(); ++k) {
            if (const std::size_t *one = std::get_if<std::size_t>(&asked[k])) {
                results[*one] = statOf(answers[k], calls[k].where);
                continue;
            }
            const QByteArray &folder = std::get<QByteArray>(asked[k]);
            const std::vector<std::size_t> &inside = byFolder.at(folder);
            if (!answers[k]) {
                for (std::size_t i : inside)
                    results[i] = answers[k].error();
                continue;
            }
            const QJsonArray items = answers[k]->value(QLatin1String("list")).toArray();
            std::map<QString, Stat> found;
            for (const QJsonValue &item : items) {
                const Entry entry = entryOf(item.toObject());
                found.emplace(keyOf(entry.name), entry.stat);
            }
            {
                const std::lock_guard lock(m_client->mutex);
                m_client->folderSizes[folder] = std::size_t(items.size());
            }
            for (std::size_t i : inside) {
                const auto there = found.find(keyOf(paths[i].mid(paths[i].lastIndexOf('/') + 1)));
                if (there != found.end())
                    results[i] = there->second;
                else
                    results[i] = errorOf(ErrorKind::NotFound,
                                         m_client->displayPath(paths[i])
                                                 + QStringLiteral(": No such file or directory"));
            }
        }
        return results;
    }

    void setEpoch(quint64 epoch) { m_epoch = epoch; }

private:
    // A name as the remote tells names apart: case folded where it takes "A" and "a" for one
    // (fsinfo's CaseInsensitive), as a look at either would find the other.
    QString keyOf(const QByteArray &name) const
    {
        const QString text = QString::fromUtf8(name);
        return m_client->caseInsensitive ? text.toCaseFolded() : text;
    }

    // One listing instead of `names` looks: for a few names, or in a folder known to hold many
    // more entries than that, the looks cost less.
    bool worthListing(const QByteArray &folder, std::size_t names) const
    {
        if (names < listFrom)
            return false;
        const std::lock_guard lock(m_client->mutex);
        const auto size = m_client->folderSizes.find(folder);
        return size == m_client->folderSizes.end() || size->second <= names * listUpTo;
    }

public:
private:
    std::shared_ptr<Client> m_client;
    std::shared_ptr<const Lease> m_lease;
    quint64 m_epoch = 0; // of the root: a cancel() since ends its calls
};

// Gives a file of this computer a time to the nanosecond, which rclone copies with it.
bool setLocalTime(const QString &file, const Stat &attributes)
{
#ifdef Q_OS_UNIX
    const struct timespec times[2] = { { attributes.mtimeSec, attributes.mtimeNsec },
                                       { attributes.mtimeSec, attributes.mtimeNsec } };
    return ::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0) == 0;
#else
    QFile handle(file);
    return handle.open(QIODevice::ReadWrite)
           && handle.setFileTime(
                   QDateTime::fromMSecsSinceEpoch(attributes.mtimeSec * 1000
                                                          + attributes.mtimeNsec / 1'000'000,
                                                  QTimeZone::UTC),
                   QFileDevice::FileModificationTime);
#endif
}

// A name rclone can take: UTF-8 text (its JSON carries nothing else). Another is refused with
// EILSEQ, never changed (tst_fsconformance's namesAreBytesNotText).
std::optional<Error> unsayable(const Client &client, const QByteArray &path)
{
    if (QUtf8StringView(path).isValidUtf8())
        return std::nullopt;
    return Error{ QStringLiteral("EILSEQ"),
                  client.displayPath(path) + QStringLiteral(": ")
                          + tr("rclone takes only names in UTF-8; this one is not") };
}

// A downloaded file, read from its temporary copy on this computer.
class RcloneReader final : public FileReader
{
public:
    RcloneReader(std::unique_ptr<QTemporaryDir> dir, Stat stat)
        : m_dir(std::move(dir))
        , m_file(m_dir->filePath(QStringLiteral("download")))
        , m_stat(stat)
    { }

    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QString errorString() const { return m_file.errorString(); }

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        const qint64 n = m_file.read(buffer, size);
        if (n < 0)
            return errorOf(ErrorKind::Io,
                           m_file.fileName() + QStringLiteral(": ") + m_file.errorString());
        return std::int64_t(n);
    }
    Result<Stat> stat() const override { return m_stat; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QFile m_file;
    Stat m_stat;
};

// A new file, kept in a temporary file of this computer until finish() uploads it.
class RcloneWriter final : public FileWriter
{
public:
    RcloneWriter(Caller caller, QByteArray path, std::unique_ptr<QTemporaryDir> dir)
        : m_caller(std::move(caller))
        , m_path(std::move(path))
        , m_dir(std::move(dir))
        , m_file(m_dir->filePath(QStringLiteral("upload")))
    { }

    ~RcloneWriter() override
    {
        Client &client = m_caller.client();
        const std::lock_guard lock(client.mutex);
        client.writing.erase(m_path);
    }
    Q_DISABLE_COPY_MOVE(RcloneWriter)

    bool open() { return m_file.open(QIODevice::WriteOnly); }
    QString errorString() const { return m_file.errorString(); }

    Result<void> write(const char *data, std::int64_t size) override
    {
        if (m_file.write(data, size) != size)
            return spoolError();
        return {};
    }

    Result<void> finish(const Stat &attributes, bool, bool) override
    {
        const std::int64_t size = m_file.size();
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            return spoolError();
        setLocalTime(m_file.fileName(), attributes); // a remote that keeps times takes it
        return m_caller.upload(m_dir->path(), QStringLiteral("upload"), size, m_path);
    }

private:
    Error spoolError() const
    {
        return errorOf(ErrorKind::Io, m_caller.client().displayPath(m_path) + QStringLiteral(": ")
                                              + m_file.errorString());
    }

    Caller m_caller;
    QByteArray m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    QFile m_file;
};

Error notSupported(const Client &client, const QByteArray &path)
{
    return errorOf(ErrorKind::NotSupported,
                   client.displayPath(path) + QStringLiteral(": Operation not supported"));
}

class RcloneFolder final : public FolderImpl
{
public:
    RcloneFolder(Caller caller, QByteArray path)
        : m_caller(std::move(caller))
        , m_path(std::move(path))
    { }

    Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        if (path == m_path)
            return std::unique_ptr<FolderImpl>(std::make_unique<RcloneFolder>(m_caller, m_path));
        Result<Stat> there = statPath(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          client().displayPath(path) + QStringLiteral(": Not a directory") };
        return std::unique_ptr<FolderImpl>(std::make_unique<RcloneFolder>(m_caller, path));
    }

    Result<std::vector<Entry>> list() const override
    {
        Result<QJsonObject> listed
                = m_caller.call(QStringLiteral("operations/list"),
                                { { QStringLiteral("fs"), client().fs() },
                                  { QStringLiteral("remote"), QString::fromUtf8(m_path) } },
                                client().displayPath(m_path));
        if (!listed)
            return listed.error();
        std::vector<Entry> entries;
        for (const QJsonValue &item : listed->value(QLatin1String("list")).toArray())
            entries.push_back(entryOf(item.toObject()));
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.name < b.name; });
        return entries;
    }

    Result<Stat> stat(const QByteArray &name) const override
    {
        return statPath(join(m_path, name));
    }

    Result<Stat> statSelf() const override { return statPath(m_path); }

    Result<QByteArray> readLink(const QByteArray &name) const override
    {
        return notSupported(client(), join(m_path, name));
    }

    Result<void> makeLink(const QByteArray &name, const QByteArray &) const override
    {
        return notSupported(client(), join(m_path, name));
    }

    Result<void> makeFolder(const QByteArray &name, std::uint32_t) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = statPath(path);
        if (there)
            return errorOf(ErrorKind::Exists,
                           client().displayPath(path) + QStringLiteral(": File exists"));
        if (!isMissing(there.error()))
            return there.error();
        return m_caller.simple("operations/mkdir", path);
    }

    Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                        const QByteArray &to) const override
    {
        const auto *other = dynamic_cast<const RcloneFolder *>(&toFolder);
        if (!other || other->m_caller.clientPointer() != m_caller.clientPointer())
            return errorOf(ErrorKind::NotSupported,
                           client().displayPath(join(m_path, from))
                                   + QStringLiteral(": Invalid cross-device link"));
        return renamePath(join(m_path, from), join(other->m_path, to), true);
    }

    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const override
    {
        return renamePath(join(m_path, from), join(m_path, to), false);
    }

    Result<void> hardLink(const QByteArray &from, const FolderImpl &,
                          const QByteArray &) const override
    {
        return notSupported(client(), join(m_path, from));
    }

    Result<void> removeFile(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = statPath(path);
        if (!there)
            return there.error();
        if (there->type == EntryType::Folder)
            return Error{ QStringLiteral("EISDIR"),
                          client().displayPath(path) + QStringLiteral(": Is a directory") };
        return m_caller.simple("operations/deletefile", path);
    }

    Result<void> removeEmptyFolder(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = statPath(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::Folder)
            return Error{ QStringLiteral("ENOTDIR"),
                          client().displayPath(path) + QStringLiteral(": Not a directory") };
        // Some services remove a folder with what it holds: rclone's rmdir is checked first.
        Result<std::vector<Entry>> inside = RcloneFolder(m_caller, path).list();
        if (!inside)
            return inside.error();
        if (!inside->empty())
            return Error{ QStringLiteral("ENOTEMPTY"),
                          client().displayPath(path) + QStringLiteral(": Directory not empty") };
        return m_caller.simple("operations/rmdir", path);
    }

    Result<void> appendToFile(const QByteArray &name, const QByteArray &data, bool) const override
    {
        // A remote file cannot be appended to: it is written again whole under a temporary
        // name, which then replaces it.
        Result<QByteArray> before = readFile(name, 16 << 20);
        if (!before && !isMissing(before.error()))
            return before.error();
        const QByteArray temporary = newTemporaryName(name);
        Result<std::unique_ptr<FileWriter>> writer = createFile(temporary);
        if (!writer)
            return writer.error();
        const QByteArray whole = (before ? *before : QByteArray()) + data;
        if (Result<void> written = (*writer)->write(whole.constData(), whole.size()); !written)
            return written;
        Stat now;
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        now.mtimeSec = ms / 1000;
        now.mtimeNsec = std::int32_t(ms % 1000) * 1'000'000;
        if (Result<void> finished = (*writer)->finish(now, false, false); !finished)
            return finished;
        Result<void> renamed = renamePath(join(m_path, temporary), join(m_path, name), true, true);
        if (!renamed)
            (void)m_caller.simple("operations/deletefile", join(m_path, temporary));
        return renamed;
    }

    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const override
    {
        const QByteArray path = join(m_path, name);
        Result<std::unique_ptr<FileReader>> reader = openFile(name);
        if (!reader)
            return reader.error();
        if ((*reader)->stat()->size > maxBytes)
            return Error{ QStringLiteral("EFBIG"),
                          client().displayPath(path) + QStringLiteral(": File too large") };
        QByteArray data(qsizetype((*reader)->stat()->size), Qt::Uninitialized);
        qsizetype at = 0;
        while (at < data.size()) {
            Result<std::int64_t> n = (*reader)->read(data.data() + at, data.size() - at);
            if (!n)
                return n.error();
            if (*n == 0)
                break;
            at += qsizetype(*n);
        }
        data.truncate(at);
        return data;
    }

    Result<void> setAttributes(const QByteArray &name, const Stat &, bool) const override
    {
        // rclone 1.60's remote control sets no time of an entry once it is written (a file takes
        // its time with the upload, where the remote keeps times: capabilities().settableTimes);
        // the entry is checked.
        Result<Stat> there = statPath(join(m_path, name));
        return there ? Result<void>() : Result<void>(there.error());
    }

    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        Result<Stat> there = statPath(path);
        if (!there)
            return there.error();
        if (there->type != EntryType::File)
            return Error{ QStringLiteral("EINVAL"),
                          client().displayPath(path) + QStringLiteral(": Not a regular file") };
        auto dir = std::make_unique<QTemporaryDir>(
                QDir::temp().filePath(QStringLiteral("letthatsyncin-rclone-XXXXXX")));
        if (!dir->isValid())
            return errorOf(ErrorKind::Io, dir->errorString());
        if (Result<void> downloaded
            = m_caller.download(path, there->size, dir->path(), QStringLiteral("download"));
            !downloaded)
            return downloaded.error();
        auto reader = std::make_unique<RcloneReader>(std::move(dir), *there);
        if (!reader->open())
            return errorOf(ErrorKind::Io, client().displayPath(path) + QStringLiteral(": ")
                                                  + reader->errorString());
        return std::unique_ptr<FileReader>(std::move(reader));
    }

    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override
    {
        const QByteArray path = join(m_path, name);
        {
            const std::lock_guard lock(client().mutex);
            if (client().writing.contains(path))
                return errorOf(ErrorKind::Exists,
                               client().displayPath(path) + QStringLiteral(": File exists"));
        }
        if (std::optional<Error> wrong = unsayable(client(), path))
            return *wrong;
        // A name of the engine's temporaries is random and this run's (writeFiles()): not
        // looked at.
        if (!isTemporaryName(name)) {
            Result<Stat> there = m_caller.stat(path);
            if (there)
                return errorOf(ErrorKind::Exists,
                               client().displayPath(path) + QStringLiteral(": File exists"));
            if (!isMissing(there.error()))
                return there.error();
        }
        auto dir = std::make_unique<QTemporaryDir>(
                QDir::temp().filePath(QStringLiteral("letthatsyncin-rclone-XXXXXX")));
        if (!dir->isValid())
            return errorOf(ErrorKind::Io, dir->errorString());
        {
            const std::lock_guard lock(client().mutex);
            if (!client().writing.insert(path).second)
                return errorOf(ErrorKind::Exists,
                               client().displayPath(path) + QStringLiteral(": File exists"));
        }
        auto writer = std::make_unique<RcloneWriter>(m_caller, path, std::move(dir));
        if (!writer->open())
            return errorOf(ErrorKind::Io, client().displayPath(path) + QStringLiteral(": ")
                                                  + writer->errorString());
        return std::unique_ptr<FileWriter>(std::move(writer));
    }

    // The small files of a batch: laid out in a folder of this computer as they go in the
    // remote (their folders below the root, their temporary names), then uploaded in one call,
    // rclone's own copy of that folder onto the root (sync/copy as a job: rclone runs its
    // transfers side by side, and no check of the names there: NoCheckDest). Should that call
    // fail for a file's sake, each file is uploaded on its own (copyfile, several in flight),
    // so that each gets its own result. A name of the engine's temporaries (isTemporaryName) is
    // random and this run's own: it is not looked at first, since a file there could only be a
    // temporary a crash left, which the upload replaces. Any other name must be new, as
    // createFile() checks; those are looked at together first.
    std::vector<Result<void>> writeFiles(const std::vector<NewFile> &files,
                                         const CancelCheck &canceled) const override
    {
        const std::optional<std::vector<const RcloneFolder *>> folders
                = foldersOf(files, [](const NewFile &file) { return file.folder; });
        if (!folders)
            return FolderImpl::writeFiles(files, canceled);
        std::vector<Result<void>> results(files.size());
        std::vector<QByteArray> paths(files.size());
        std::vector<bool> taken(files.size(), false);
        const auto releaseNames = qScopeGuard([&] {
            const std::lock_guard lock(client().mutex);
            for (std::size_t i = 0; i < files.size(); ++i) {
                if (taken[i])
                    client().writing.erase(paths[i]);
            }
        });
        std::vector<QByteArray> looks;
        std::vector<std::size_t> looked;
        std::vector<std::size_t> ready;
        for (std::size_t i = 0; i < files.size(); ++i) {
            paths[i] = join((*folders)[i]->m_path, files[i].name);
            const QString where = client().displayPath(paths[i]);
            if (canceled && canceled()) {
                results[i] = client().cancelledError(where);
                continue;
            }
            if (std::optional<Error> wrong = unsayable(client(), paths[i])) {
                results[i] = *wrong;
                continue;
            }
            {
                const std::lock_guard lock(client().mutex);
                taken[i] = client().writing.insert(paths[i]).second;
            }
            if (!taken[i]) {
                results[i] = errorOf(ErrorKind::Exists, where + QStringLiteral(": File exists"));
            } else if (isTemporaryName(files[i].name)) {
                ready.push_back(i);
            } else {
                looks.push_back(paths[i]);
                looked.push_back(i);
            }
        }
        const std::vector<Result<Stat>> seen = m_caller.statAll(looks);
        for (std::size_t k = 0; k < looked.size(); ++k) {
            const Result<Stat> &there = seen[k];
            if (there)
                results[looked[k]]
                        = errorOf(ErrorKind::Exists,
                                  client().displayPath(looks[k]) + QStringLiteral(": File exists"));
            else if (!isMissing(there.error()))
                results[looked[k]] = there.error();
            else
                ready.push_back(looked[k]);
        }
        std::sort(ready.begin(), ready.end());

        const QTemporaryDir spool(
                QDir::temp().filePath(QStringLiteral("letthatsyncin-rclone-XXXXXX")));
        std::vector<std::size_t> spooled;
        for (std::size_t i : ready) {
            const QString where = client().displayPath(paths[i]);
            const QString local = spool.filePath(QString::fromUtf8(paths[i]));
            QFile file(local);
            if (!spool.isValid() || !QDir().mkpath(QFileInfo(local).path())
                || !file.open(QIODevice::WriteOnly)
                || file.write(files[i].data) != files[i].data.size() || !file.flush()) {
                results[i]
                        = errorOf(ErrorKind::Io, where + QStringLiteral(": ")
                                                         + (spool.isValid() ? file.errorString()
                                                                            : spool.errorString()));
                continue;
            }
            file.close();
            setLocalTime(local, files[i].attributes); // a remote that keeps times takes it
            spooled.push_back(i);
        }
        if (spooled.empty())
            return results;
        const QJsonObject copy{ { QStringLiteral("srcFs"), localFs(spool.path()) },
                                { QStringLiteral("dstFs"), client().fs() },
                                { QStringLiteral("_config"),
                                  QJsonObject{ { QStringLiteral("NoCheckDest"), true } } } };
        Result<QJsonObject> copied
                = m_caller.job(QStringLiteral("sync/copy"), copy, client().displayPath({}), 40);
        // A cancel, or what stops the run anyway (a full or read-only remote, one that does not
        // answer), is every file's result: one by one each would only wait for it again.
        if (copied || kindOf(copied.error()) == ErrorKind::Cancelled
            || isFatalForRun(copied.error())) {
            for (std::size_t i : spooled)
                results[i] = copied ? Result<void>() : Result<void>(copied.error());
            return results;
        }
        std::vector<Caller::Call> uploads;
        for (std::size_t i : spooled)
            uploads.push_back(
                    m_caller.uploadCall(spool.path(), QString::fromUtf8(paths[i]), paths[i]));
        const std::vector<Result<QJsonObject>> answers = m_caller.callAll(uploads);
        for (std::size_t k = 0; k < spooled.size(); ++k)
            results[spooled[k]] = answers[k] ? Result<void>() : Result<void>(answers[k].error());
        return results;
    }

    // The names of a batch: every name looked at together (a new file's must be free, a
    // replaced file as the scan saw it: rule 6), then the new files moved onto theirs together
    // (rclone's movefile would replace a file there: the look is what keeps it). A replaced
    // file goes through rename(), which moves the old one aside first.
    std::vector<Result<void>> renameFiles(const std::vector<Renaming> &renamings) const override
    {
        const std::optional<std::vector<const RcloneFolder *>> folders
                = foldersOf(renamings, [](const Renaming &renaming) { return renaming.folder; });
        if (!folders)
            return FolderImpl::renameFiles(renamings);
        std::vector<Result<void>> results(renamings.size());
        std::vector<QByteArray> looks;
        std::vector<std::size_t> looked;
        for (std::size_t i = 0; i < renamings.size(); ++i) {
            const QByteArray from = join((*folders)[i]->m_path, renamings[i].from);
            const QByteArray to = join((*folders)[i]->m_path, renamings[i].to);
            if (std::optional<Error> wrong = unsayable(client(), from))
                results[i] = *wrong;
            else if (std::optional<Error> wrongTo = unsayable(client(), to))
                results[i] = *wrongTo;
            else {
                looks.push_back(to);
                looked.push_back(i);
            }
        }
        const std::vector<Result<Stat>> seen = m_caller.statAll(looks);
        std::vector<Caller::Call> moves;
        std::vector<std::size_t> moved;
        for (std::size_t k = 0; k < looked.size(); ++k) {
            const std::size_t i = looked[k];
            const Renaming &renaming = renamings[i];
            const RcloneFolder &folder = *(*folders)[i];
            const Result<Stat> &there = seen[k];
            if (!there && !isMissing(there.error())) {
                results[i] = there.error();
            } else if (!renaming.replaces) {
                if (there) {
                    results[i]
                            = errorOf(ErrorKind::Exists, client().displayPath(looks[k])
                                                                 + QStringLiteral(": File exists"));
                } else {
                    // Looked at just now: rclone need not look at the name again.
                    Caller::Call move = m_caller.moveCall(join(folder.m_path, renaming.from),
                                                          join(folder.m_path, renaming.to));
                    move.params.insert(QStringLiteral("_config"),
                                       QJsonObject{ { QStringLiteral("NoCheckDest"), true } });
                    moves.push_back(std::move(move));
                    moved.push_back(i);
                }
            } else if (!there || !stillAsScanned(*there, *renaming.replaces)) {
                results[i] = changedSinceScan(*renaming.folder, renaming.to);
            } else {
                results[i] = folder.renamePath(join(folder.m_path, renaming.from),
                                               join(folder.m_path, renaming.to), true, true);
            }
        }
        const std::vector<Result<QJsonObject>> answers = m_caller.callAll(moves);
        for (std::size_t k = 0; k < moved.size(); ++k)
            results[moved[k]] = answers[k] ? Result<void>() : Result<void>(answers[k].error());
        return results;
    }

    // The looks of a batch, together.
    std::vector<Result<Stat>>
    statFiles(const std::vector<std::pair<const Folder *, QByteArray>> &entries) const override
    {
        const std::optional<std::vector<const RcloneFolder *>> folders
                = foldersOf(entries, [](const auto &entry) { return entry.first; });
        if (!folders)
            return FolderImpl::statFiles(entries);
        std::vector<Result<Stat>> results(entries.size(), Stat{});
        std::vector<QByteArray> looks;
        std::vector<std::size_t> looked;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const QByteArray path = join((*folders)[i]->m_path, entries[i].second);
            if (std::optional<Error> wrong = unsayable(client(), path)) {
                results[i] = *wrong;
                continue;
            }
            looks.push_back(path);
            looked.push_back(i);
        }
        const std::vector<Result<Stat>> answers = m_caller.statAll(looks);
        for (std::size_t k = 0; k < looked.size(); ++k)
            results[looked[k]] = answers[k];
        return results;
    }

    Result<void> flushFileSystem() const override { return {}; }

    Result<Space> space() const override
    {
        Result<QJsonObject> about = m_caller.call(QStringLiteral("operations/about"),
                                                  { { QStringLiteral("fs"), client().fs() } },
                                                  client().displayPath(m_path));
        if (!about)
            return kindOf(about.error()) == ErrorKind::Io
                           ? errorOf(ErrorKind::NotSupported, about.error().message)
                           : about.error();
        if (!about->contains(QLatin1String("free")))
            return errorOf(ErrorKind::NotSupported,
                           client().displayPath(m_path) + QStringLiteral(": ")
                                   + tr("The remote does not tell its free space"));
        Space space;
        space.available = about->value(QLatin1String("free")).toInteger();
        space.total = about->contains(QLatin1String("total"))
                              ? about->value(QLatin1String("total")).toInteger()
                              : space.available + about->value(QLatin1String("used")).toInteger();
        space.blockSize = 1;
        return space;
    }

    Result<QByteArray> fileSystemId() const override
    {
        return QByteArray(QByteArray("rclone:") + client().endpoint.remote.toUtf8());
    }

    Capabilities capabilities() const override
    {
        const std::lock_guard lock(client().mutex);
        return client().capabilities.value_or(Capabilities{});
    }

    QString displayPath() const override { return client().displayPath(m_path); }

private:
    Client &client() const { return m_caller.client(); }

    // The folders of a batch's entries when all of them are of this location (else nullopt:
    // the batch goes one by one).
    template<typename Item, typename FolderOf>
    std::optional<std::vector<const RcloneFolder *>> foldersOf(const std::vector<Item> &items,
                                                               FolderOf folderOf) const
    {
        std::vector<const RcloneFolder *> folders;
        for (const Item &item : items) {
            const auto *folder = dynamic_cast<const RcloneFolder *>(&folderOf(item)->impl());
            if (!folder || folder->m_caller.clientPointer() != m_caller.clientPointer())
                return std::nullopt;
            folders.push_back(folder);
        }
        return folders;
    }

    Result<Stat> statPath(const QByteArray &path) const
    {
        if (std::optional<Error> wrong = unsayable(client(), path))
            return *wrong;
        return m_caller.stat(path);
    }

    // A file or a folder takes the name `to`: a file replaces a file there with `replace`
    // (moved aside first, so that rclone never takes the two for the same file and skips the
    // move), never a folder.
    // `fromOurFile`: `from` is a file this location just wrote (a temporary), not looked at.
    Result<void> renamePath(const QByteArray &from, const QByteArray &to, bool replace,
                            bool fromOurFile = false) const
    {
        for (const QByteArray &path : { from, to }) {
            if (std::optional<Error> wrong = unsayable(client(), path))
                return *wrong;
        }
        // Both looks at once.
        std::vector<Result<Stat>> looks
                = fromOurFile ? m_caller.statAll({ to }) : m_caller.statAll({ from, to });
        Stat ours;
        ours.type = EntryType::File;
        const Result<Stat> source = fromOurFile ? Result<Stat>(ours) : looks.front();
        if (!source)
            return source.error();
        const Result<Stat> &there = looks.back();
        if (!there && !isMissing(there.error()))
            return there.error();
        if (there
            && (!replace || there->type == EntryType::Folder || source->type == EntryType::Folder))
            return errorOf(ErrorKind::Exists,
                           client().displayPath(to) + QStringLiteral(": File exists"));
        if (source->type == EntryType::Folder)
            return moveFolder(from, to);
        if (!there)
            return m_caller.moveFile(from, to);
        const qsizetype slash = to.lastIndexOf('/');
        const QByteArray aside
                = join(to.left(std::max<qsizetype>(slash, 0)), newTemporaryName(to.mid(slash + 1)));
        if (Result<void> moved = m_caller.moveFile(to, aside); !moved)
            return moved;
        if (Result<void> moved = m_caller.moveFile(from, to); !moved) {
            (void)m_caller.moveFile(aside, to);
            return moved;
        }
        // What is left of it, if this fails, is a temporary the next run cleans.
        (void)m_caller.simple("operations/deletefile", aside);
        return {};
    }

    Result<void> moveFolder(const QByteArray &from, const QByteArray &to) const
    {
        Result<QJsonObject> moved
                = m_caller.call(QStringLiteral("sync/move"),
                                { { QStringLiteral("srcFs"), client().fsOf(from) },
                                  { QStringLiteral("dstFs"), client().fsOf(to) },
                                  { QStringLiteral("createEmptySrcDirs"), true },
                                  { QStringLiteral("deleteEmptySrcDirs"), true } },
                                client().displayPath(from));
        if (!moved)
            return moved.error();
        // A service without server-side folder moves leaves the folder emptied.
        if (Result<void> removed = m_caller.simple("operations/rmdir", from);
            !removed && !isMissing(removed.error()))
            return removed;
        return {};
    }

    Caller m_caller;
    QByteArray m_path; // of the root; "" for the root
};

// What a remote keeps, from operations/fsinfo.
Capabilities capabilitiesOf(const QJsonObject &info)
{
    Capabilities capabilities;
    const double precision = info.value(QLatin1String("Precision")).toDouble();
    capabilities.timePrecisionNs = precision >= 1 && precision < noTimesFrom
                                           ? std::int64_t(precision)
                                           : std::int64_t(1'000'000'000);
    capabilities.permissionBits = false;
    capabilities.links = false;
    capabilities.linkTimes = false;
    capabilities.hardLinks = false;
    capabilities.renameNoReplace = false; // a look, then a move
    capabilities.serverSideCopy = false;
    capabilities.cheapListing = false;
    capabilities.settableTimes = false;
    capabilities.folderTimes = false;
    return capabilities;
}

// The daemon, with the remote checked in rclone's configuration and its features read.
Result<Caller> connect(const std::shared_ptr<Client> &client)
{
    Result<std::shared_ptr<const Lease>> lease
            = RcloneDaemon::shared().acquire(client->endpoint.timeout);
    if (!lease)
        return Error{ lease.error().code,
                      client->endpoint.display() + QStringLiteral(": ") + lease.error().message };
    Caller caller(client, *lease);
    caller.setEpoch(client->epoch());
    bool checked = false;
    {
        const std::lock_guard lock(client->mutex);
        checked = client->remoteChecked;
        client->gone.reset(); // a new root asks the remote again
    }
    if (!checked) {
        const QString where = client->endpoint.display();
        // Both at once: the remote's features are asked before its name is found in the
        // configuration, which tells why they could not be had.
        const std::vector<Result<QJsonObject>> answers
                = caller.callAll({ { QStringLiteral("config/listremotes"), {}, where },
                                   { QStringLiteral("operations/fsinfo"),
                                     { { QStringLiteral("fs"), client->fs() } },
                                     where } });
        const Result<QJsonObject> &remotes = answers[0];
        if (!remotes)
            return remotes.error();
        const QJsonArray names = remotes->value(QLatin1String("remotes")).toArray();
        if (!names.contains(QJsonValue(client->endpoint.remote))) {
            // Where rclone reads it: the last line of "rclone config file".
            Result<QJsonObject> told = caller.call(
                    QStringLiteral("core/command"),
                    { { QStringLiteral("command"), QStringLiteral("config") },
                      { QStringLiteral("arg"), QJsonArray{ QStringLiteral("file") } } },
                    where);
            const QString file = told ? told->value(QLatin1String("result"))
                                                 .toString()
                                                 .trimmed()
                                                 .section(u'\n', -1)
                                      : QString();
            return errorOf(ErrorKind::Other,
                           where + QStringLiteral(": ")
                                   + tr("rclone has no remote named \"%1\" in its configuration "
                                        "%2: add it with \"rclone config\".")
                                             .arg(client->endpoint.remote, file)
                                             .simplified());
        }
        const Result<QJsonObject> &info = answers[1];
        if (!info)
            return info.error();
        const std::lock_guard lock(client->mutex);
        client->capabilities = capabilitiesOf(*info);
        client->caseInsensitive = info->value(QLatin1String("Features"))
                                          .toObject()
                                          .value(QLatin1String("CaseInsensitive"))
                                          .toBool();
        client->remoteChecked = true;
    }
    return caller;
}

} // namespace

RcloneLocation::RcloneLocation(RcloneEndpoint endpoint)
    : m_client(std::make_shared<Client>(std::move(endpoint)))
{ }

RcloneLocation::~RcloneLocation() = default;

QString RcloneLocation::displayName() const
{
    return m_client->endpoint.display() + QStringLiteral(" (rclone)");
}

Result<Folder> RcloneLocation::openRoot() const
{
    Result<Caller> caller = connect(m_client);
    if (!caller)
        return caller.error();
    Result<Stat> root = caller->stat({});
    if (!root)
        return root.error();
    if (root->type != EntryType::Folder)
        return Error{ QStringLiteral("ENOTDIR"),
                      m_client->displayPath({}) + QStringLiteral(": Not a directory") };
    return Folder(std::make_unique<RcloneFolder>(*std::move(caller), QByteArray()));
}

Result<void> RcloneLocation::makeRoot() const
{
    Result<Caller> caller = connect(m_client);
    if (!caller)
        return caller.error();
    QString path = m_client->endpoint.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash >= 0 && !path.mid(slash + 1).isEmpty()) {
        // The folder above must be there (else the remote's disk or share is not).
        const QString parent = slash == 0 ? QStringLiteral("/") : path.left(slash);
        Result<QJsonObject> above
                = caller->call(QStringLiteral("operations/stat"),
                               QJsonObject{ { QStringLiteral("fs"),
                                              QString(m_client->endpoint.remote + u':' + parent) },
                                            { QStringLiteral("remote"), QString() } },
                               m_client->endpoint.remote + u':' + parent);
        if (!above)
            return above.error();
        if (!above->value(QLatin1String("item")).isObject())
            return errorOf(ErrorKind::NotFound,
                           m_client->endpoint.remote + u':' + parent
                                   + QStringLiteral(": No such file or directory"));
    }
    return caller->simple("operations/mkdir", {});
}

void RcloneLocation::cancel() const
{
    const std::lock_guard lock(m_client->mutex);
    ++m_client->cancels;
    // Each reply belongs to the thread that sent it: the abort is posted there, where the call
    // waits on its event loop. A job in progress is stopped by its caller (Caller::job).
    for (QNetworkReply *reply : m_client->inFlight)
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
}

namespace fsops {

Result<QStringList> rcloneRemotes(std::chrono::milliseconds timeout)
{
    RcloneEndpoint endpoint;
    endpoint.timeout = timeout;
    auto client = std::make_shared<Client>(endpoint);
    Result<std::shared_ptr<const Lease>> lease = RcloneDaemon::shared().acquire(timeout);
    if (!lease)
        return lease.error();
    Result<QJsonObject> remotes
            = Caller(client, *lease)
                      .call(QStringLiteral("config/listremotes"), {}, QStringLiteral("rclone"));
    if (!remotes)
        return remotes.error();
    QStringList names;
    for (const QJsonValue &name : remotes->value(QLatin1String("remotes")).toArray())
        names << name.toString();
    return names;
}

} // namespace fsops

} // namespace lts
