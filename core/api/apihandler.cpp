#include "apihandler.h"

#include "drivecodec.h"
#include "driveissues.h"
#include "drivestats.h"
#include "drivevalidator.h"
#include "jsontext.h"
#include "planlisting.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <chrono>

namespace lts {

namespace {

namespace key {
const QString request = QStringLiteral("request");
const QString response = QStringLiteral("response");
const QString id = QStringLiteral("id");
const QString Result = QStringLiteral("Result");
const QString Error = QStringLiteral("Error");
const QString Warning = QStringLiteral("Warning");
const QString Name = QStringLiteral("Name");
const QString Drives = QStringLiteral("Drives");
const QString Message = QStringLiteral("Message");
} // namespace key

namespace code {
const QString malformedRequest = QStringLiteral("Malformed Request");
const QString unknownRequest = QStringLiteral("Unknown Request");
const QString notAuthenticated = QStringLiteral("Not Authenticated");
const QString invalidToken = QStringLiteral("Invalid Token");
const QString alreadySyncing = QStringLiteral("Already Syncing");
const QString speedTestRunning = QStringLiteral("Speed Test Running");
const QString notSyncing = QStringLiteral("Not Syncing");
const QString eventsLost = QStringLiteral("Events Lost");
const QString invalidPath = QStringLiteral("Invalid Path");
const QString invalidVersion = QStringLiteral("Invalid Version");
const QString unknownVersion = QStringLiteral("Unknown Version");
const QString cancelled = QStringLiteral("Cancelled");
const QString invalidLocation = RemoteChecks::invalidLocation;
const QString invalidPassword = QStringLiteral("Invalid Password");
const QString invalidFingerprint = QStringLiteral("Invalid Fingerprint");
const QString passwordStoredInFile = QStringLiteral("Password Stored In File");
} // namespace code

using namespace std::chrono_literals;
// GetPlan answers "Pending" when the comparison takes longer than this.
constexpr auto pendingAfter = 300ms;
// The most files GetPlan and ListVersions list (their counts stay whole).
constexpr qsizetype defaultListLimit = 10000;

// Calls `done` with the finished future on `context`'s thread; nothing once `context` (the
// client's connection) is gone, and then the work is asked to stop.
template<typename T, typename Done>
void whenFinished(const QFuture<T> &future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>();
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future());
                     });
    QObject::connect(context, &QObject::destroyed, watcher, [watcher] {
        watcher->cancel();
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

// A count of files from a JSON number (not negative): a number past what any disk holds is
// held at that, as converting a double that no integer holds would be undefined behaviour.
std::int64_t fileCount(double number)
{
    constexpr double most = 1e18;
    return std::int64_t(std::min(number, most));
}

// "Limit": a positive number, at most the default.
qsizetype listLimit(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 1
                   ? qsizetype(std::min(value.toDouble(), double(defaultListLimit)))
                   : defaultListLimit;
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// Status, LastSync, LastResult, NextSync, Message, Watching, Trust: the runtime fields of a
// drive.
QJsonObject runtimeFields(const DriveRuntime &runtime)
{
    QJsonObject fields{
        { QStringLiteral("Status"), statusName(runtime.status) },
        { QStringLiteral("LastSync"), time(runtime.lastSync) },
        { QStringLiteral("LastResult"),
          runtime.lastResult ? QJsonValue(runResultName(*runtime.lastResult)) : QJsonValue() },
        { QStringLiteral("LastSuccess"), time(runtime.lastSuccess) },
        { QStringLiteral("NextSync"), time(runtime.nextSync) },
        { QStringLiteral("Message"),
          runtime.message.isEmpty()
                  ? QJsonValue()
                  : QJsonValue(SyncReport::protocolMessage(runtime.code, runtime.message)) },
    };
    if (runtime.watchWanted)
        fields.insert(QStringLiteral("Watching"), runtime.watchingJson());
    // Only while a server's key waits for the user.
    if (runtime.trust)
        fields.insert(QStringLiteral("Trust"), trustJson(*runtime.trust));
    return fields;
}

// Type, as ListFolder names it; empty for what a folder picker has no use for (a device).
QString entryType(fsops::EntryType type)
{
    switch (type) {
    case fsops::EntryType::File:
        return QStringLiteral("File");
    case fsops::EntryType::Folder:
        return QStringLiteral("Folder");
    case fsops::EntryType::Link:
        return QStringLiteral("Link");
    case fsops::EntryType::Special:
        break;
    }
    return {};
}

// The "Location" of a request that names one: a string, or nullopt.
std::optional<QString> locationField(const QJsonValue &value)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    return value.toString().trimmed();
}

QJsonObject progressFields(const SyncProgress &progress)
{
    return { { QStringLiteral("FilesDone"), qint64(progress.filesDone) },
             { QStringLiteral("FilesTotal"), qint64(progress.filesTotal) },
             { QStringLiteral("BytesDone"), qint64(progress.bytesDone) },
             { QStringLiteral("BytesTotal"), qint64(progress.bytesTotal) },
             { QStringLiteral("CurrentFile"), progress.currentFile } };
}

void setOutcome(QJsonObject &response, const QList<Error> &errors, const QList<Error> &warnings)
{
    response.insert(key::Result,
                    errors.isEmpty() ? QStringLiteral("Success") : QStringLiteral("Failure"));
    if (!errors.isEmpty())
        response.insert(key::Error, issue::joinedCodes(issue::ordered(errors)));
    if (!warnings.isEmpty())
        response.insert(key::Warning, issue::joinedCodes(issue::ordered(warnings)));
}

Error error(const QString &code)
{
    return Error{ code, code };
}

// Reads just enough of a JSON text (already known to be valid) to tell the order of an
// object's keys, which QJsonObject does not keep: it sorts them.
class KeyOrderScanner
{
public:
    explicit KeyOrderScanner(const QByteArray &text)
        : m_text(text)
    { }

    // The keys of the object that is the member `member` of the top-level object, in the
    // order of the text; nullopt when there is no such object.
    std::optional<QStringList> memberKeys(const QString &member)
    {
        std::optional<QStringList> found;
        if (!take('{'))
            return std::nullopt;
        while (!take('}')) {
            const std::optional<QString> key = string();
            if (!key || !take(':'))
                return std::nullopt;
            if (*key == member && peek() == '{') {
                found = keys(); // a repeated member: the last one counts, as for QJsonDocument
                if (!found)
                    return std::nullopt;
            } else if (!skipValue()) {
                return std::nullopt;
            }
            take(',');
        }
        return found;
    }

private:
    char peek()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
        return m_pos < m_text.size() ? m_text.at(m_pos) : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    std::optional<QString> string()
    {
        const qsizetype begin = m_pos;
        if (!take('"'))
            return std::nullopt;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        if (m_pos >= m_text.size())
            return std::nullopt;
        ++m_pos;
        // The escapes are undone by the parser itself.
        const QJsonArray decoded
                = QJsonDocument::fromJson('[' + m_text.mid(begin, m_pos - begin) + ']').array();
        return decoded.size() == 1 ? std::optional(decoded.at(0).toString()) : std::nullopt;
    }
    std::optional<QStringList> keys()
    {
        QStringList list;
        take('{');
        while (!take('}')) {
            const std::optional<QString> key = string();
            if (!key || !take(':') || !skipValue())
                return std::nullopt;
            list.append(*key);
            take(',');
        }
        return list;
    }
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return string().has_value();
        if (first != '{' && first != '[') {
            while (m_pos < m_text.size()
                   && !QByteArrayView(",}] \t\r\n").contains(m_text.at(m_pos)))
                ++m_pos;
            return m_pos < m_text.size();
        }
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// AddDrive's entries. In the form keyed by labels they keep the order of the request (the
// Results follow it, and a default name is the drive's position), which QJsonObject loses.
Result<QList<QJsonValue>> driveEntries(const QByteArray &frame, const QJsonValue &drives)
{
    if (drives.isObject() && !drives.toObject().isEmpty()) {
        const QJsonObject labelled = drives.toObject();
        std::optional<QStringList> order = KeyOrderScanner(frame).memberKeys(key::Drives);
        if (order) {
            order->removeDuplicates();
            const bool complete = order->size() == labelled.size()
                                  && std::all_of(order->cbegin(), order->cend(),
                                                 [&labelled](const QString &label) {
                                                     return labelled.contains(label);
                                                 });
            if (complete) {
                QList<QJsonValue> list;
                for (const QString &label : std::as_const(*order))
                    list.append(labelled.value(label));
                return list;
            }
        }
    }
    return DriveCodec::entries(drives);
}

} // namespace

// One request being answered: its text, its name, its fields and the response so far.
class ApiHandler::Request
{
public:
    Request(const QByteArray &frame, const QJsonObject &json, const QString &name)
        : m_frame(frame)
        , m_json(json)
    {
        m_response.insert(key::response, name);
        if (json.contains(key::id))
            m_response.insert(key::id, json.value(key::id));
    }

    // The text as sent: AddDrive reads the order of its drives from it (shared, not copied).
    const QByteArray &frame() const { return m_frame; }
    const QJsonObject &json() const { return m_json; }
    QJsonValue field(const QString &name) const { return m_json.value(name); }
    // The optional "Name" of a request; nullopt when absent, an empty string when not text.
    std::optional<QString> name() const
    {
        if (!m_json.contains(key::Name) || m_json.value(key::Name).isNull())
            return std::nullopt;
        return m_json.value(key::Name).toString();
    }

    ApiReply success(QJsonObject fields = {}, const QList<Error> &warnings = {})
    {
        return reply(std::move(fields), {}, warnings);
    }
    ApiReply failure(const QString &code, const QList<Error> &warnings = {})
    {
        return reply({}, { error(code) }, warnings);
    }
    // A success whose Drives are kept as JSON text too: the text of the whole response is
    // put together without writing the drives again. QJsonObject keeps its keys sorted, and
    // "Drives" sorts before every other key of a success ("Result", "id", "response").
    ApiReply successWithDrives(const CachedDrives &drives)
    {
        ApiReply result = success({ { key::Drives, drives.json } });
        QJsonObject rest = result.response;
        rest.remove(key::Drives);
        const QByteArray restText = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        result.text = "{\"Drives\":" + drives.text + ',' + restText.mid(1);
        return result;
    }
    ApiReply reply(const QJsonObject &fields, const QList<Error> &errors,
                   const QList<Error> &warnings)
    {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            m_response.insert(it.key(), it.value());
        setOutcome(m_response, errors, warnings);
        return { m_response, std::nullopt, false, {} };
    }

private:
    QByteArray m_frame;
    QJsonObject m_json;
    QJsonObject m_response;
};

ApiHandler::ApiHandler(SyncController &controller, EventLog &events, QByteArray token)
    : m_controller(controller)
    , m_events(events)
    , m_token(std::move(token))
{
    const auto forget = [this] {
        m_listDrives.reset();
        m_status.reset();
    };
    // Every change of a drive or of its runtime state passes through the model.
    const DriveListModel *model = &m_controller.model();
    QObject::connect(model, &QAbstractItemModel::dataChanged, &m_cacheGuard, forget);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_cacheGuard, forget);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, &m_cacheGuard, forget);
    QObject::connect(model, &QAbstractItemModel::modelReset, &m_cacheGuard, forget);
}

QJsonObject ApiHandler::driveList() const
{
    QJsonObject drives;
    for (const Drive &drive : m_controller.drives()) {
        QJsonObject fields = DriveCodec::encode(drive, DriveCodec::NameField::Omit);
        const QJsonObject runtime = runtimeFields(m_controller.model().runtime(drive.name));
        for (auto it = runtime.begin(); it != runtime.end(); ++it)
            fields.insert(it.key(), it.value());
        drives.insert(drive.name, fields);
    }
    return drives;
}

QJsonObject ApiHandler::status(const QString &name) const
{
    QJsonObject drives;
    for (const Drive &drive : m_controller.drives()) {
        if (!name.isEmpty() && drive.name != name)
            continue;
        const DriveRuntime runtime = m_controller.model().runtime(drive.name);
        QJsonObject fields = runtimeFields(runtime);
        if (runtime.progress)
            fields.insert(QStringLiteral("Progress"), progressFields(*runtime.progress));
        drives.insert(drive.name, fields);
    }
    return drives;
}

const QList<ApiHandler::RequestKind> &ApiHandler::requestKinds()
{
    static const QList<RequestKind> kinds{
        { QStringLiteral("ListDrives"), &ApiHandler::listDrives, Access::Authenticated },
        { QStringLiteral("AddDrive"), &ApiHandler::addDrive, Access::Authenticated },
        { QStringLiteral("EditDrive"), &ApiHandler::editDrive, Access::Authenticated },
        { QStringLiteral("RemoveDrive"), &ApiHandler::removeDrive, Access::Authenticated },
        { QStringLiteral("SyncNow"), &ApiHandler::syncNow, Access::Authenticated },
        { QStringLiteral("CancelSync"), &ApiHandler::cancelSync, Access::Authenticated },
        { QStringLiteral("PauseDrive"), &ApiHandler::pauseDrive, Access::Authenticated },
        { QStringLiteral("ResumeDrive"), &ApiHandler::resumeDrive, Access::Authenticated },
        { QStringLiteral("GetStatus"), &ApiHandler::getStatus, Access::Authenticated },
        { QStringLiteral("DriveStats"), &ApiHandler::driveStats, Access::Authenticated },
        { QStringLiteral("GetHistory"), &ApiHandler::getHistory, Access::Authenticated },
        { QStringLiteral("Subscribe"), &ApiHandler::subscribe, Access::Authenticated },
        { QStringLiteral("Unsubscribe"), &ApiHandler::unsubscribe, Access::Authenticated },
        { QStringLiteral("Hello"), &ApiHandler::hello, Access::Open },
        { QStringLiteral("Authenticate"), &ApiHandler::authenticate, Access::Open },
        { QStringLiteral("GetPlan"), &ApiHandler::getPlan, Access::Authenticated },
        { QStringLiteral("Restore"), &ApiHandler::restore, Access::Authenticated },
        { QStringLiteral("ListVersions"), &ApiHandler::listVersions, Access::Authenticated },
        { QStringLiteral("RestoreVersion"), &ApiHandler::restoreVersion, Access::Authenticated },
        { QStringLiteral("SetPassword"), &ApiHandler::setPassword, Access::Authenticated },
        { QStringLiteral("TrustHost"), &ApiHandler::trustHost, Access::Authenticated },
        { QStringLiteral("TestLocation"), &ApiHandler::testLocation, Access::Authenticated },
        { QStringLiteral("ListFolder"), &ApiHandler::listFolder, Access::Authenticated },
    };
    return kinds;
}

const ApiHandler::RequestKind *ApiHandler::find(const QString &sent)
{
    for (const RequestKind &kind : requestKinds()) {
        if (kind.name.compare(sent, Qt::CaseInsensitive) == 0)
            return &kind;
    }
    return nullptr;
}

QStringList ApiHandler::requestNames()
{
    // Made once: Hello sends the list to every client that asks.
    static const QStringList names = [] {
        QStringList list;
        for (const RequestKind &kind : requestKinds())
            list.append(kind.name);
        return list;
    }();
    return names;
}

bool ApiHandler::sameToken(const QByteArray &given, const QByteArray &expected)
{
    // Every byte is looked at whatever the earlier ones were, so the time taken tells
    // nothing about how much of a guess was right.
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= (i < given.size() ? uchar(given.at(i)) : 0) ^ uchar(expected.at(i));
    return difference == 0 && !expected.isEmpty();
}

ApiHandler::ReplyFunction ApiHandler::withIdAsSent(const QByteArray &frame, const QJsonObject &json,
                                                   const ReplyFunction &reply)
{
    // The id comes back exactly as sent. QJsonDocument writes most ids as they came (small
    // integers, plain strings); the others (2^53 + 1, 1e2, an object's key order) are put
    // back from the frame's own text.
    if (!json.contains(key::id))
        return reply;
    const std::optional<QByteArrayView> sent = JsonText::memberText(frame, key::id);
    const QByteArray written
            = QJsonDocument(QJsonArray{ json.value(key::id) }).toJson(QJsonDocument::Compact);
    if (!sent || *sent == QByteArrayView(written).sliced(1, written.size() - 2))
        return reply;
    return [reply, sentText = sent->toByteArray()](const ApiReply &written) {
        ApiReply exact = written;
        QJsonObject rest = written.response;
        rest.remove(key::id);
        const QByteArray restText = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        exact.text = "{\"id\":" + sentText + (rest.isEmpty() ? "" : ",") + restText.mid(1);
        reply(exact);
    };
}

ApiReply ApiHandler::binaryFrame()
{
    return { QJsonObject{ { key::response, QStringLiteral("Unknown") },
                          { key::Result, QStringLiteral("Failure") },
                          { key::Error, code::malformedRequest } },
             std::nullopt,
             false,
             {} };
}

void ApiHandler::replyDriveStats(const Drive &drive, const LocationProbe &source,
                                 const LocationProbe &target, Request request, QObject *context,
                                 const ReplyFunction &reply)
{
    QStringList silent;
    QList<Error> errors;
    if (!source.answered()) {
        silent.append(
                m_controller.prober().notAnswering(AvailabilityProber::Role::Source, drive.source));
        errors.append(error(SyncEngine::sourceUnavailable));
    }
    if (!target.answered()) {
        silent.append(
                m_controller.prober().notAnswering(AvailabilityProber::Role::Target, drive.target));
        errors.append(error(SyncEngine::targetUnavailable));
    }
    if (!silent.isEmpty())
        return reply(request.reply({ { key::Message, silent.join(u' ') } }, errors, {}));
    QJsonObject stats{ { QStringLiteral("Source"), DriveStats::volume(source.value) },
                       { QStringLiteral("Target"), DriveStats::volume(target.value) } };
    if (!request.field(QStringLiteral("SpeedTest")).toBool(false))
        return reply(request.success(stats));
    // The test would measure the sync as much as the disk, and slow it down.
    if (m_controller.isActive(drive.name))
        return reply(request.failure(code::alreadySyncing));
    // Stopped when its client leaves: no one would hear the result.
    const CancelToken cancel;
    QObject::connect(context, &QObject::destroyed, [cancel] { cancel.cancel(); });
    const std::optional<QFuture<Result<QJsonObject>>> test
            = m_speedTests.start(drive.target, cancel);
    if (!test)
        return reply(request.failure(code::speedTestRunning));
    whenFinished(*test, context,
                 [request, stats, reply](const QFuture<Result<QJsonObject>> &done) mutable {
                     const Result<QJsonObject> measured = done.result();
                     if (!measured)
                         return reply(request.failure(measured.error().code));
                     stats.insert(QStringLiteral("SpeedTest"), *measured);
                     reply(request.success(stats));
                 });
}

void ApiHandler::handle(const QByteArray &frame, ApiSession &session, QObject *context,
                        const ReplyFunction &replyAsWritten)
{
    const QJsonDocument document = QJsonDocument::fromJson(frame);
    const QJsonObject json = document.object();
    const ReplyFunction reply = withIdAsSent(frame, json, replyAsWritten);
    if (!document.isObject() || !json.value(key::request).isString()) {
        ApiReply malformed = binaryFrame();
        if (json.contains(key::id))
            malformed.response.insert(key::id, json.value(key::id));
        return reply(malformed);
    }
    const QString sent = json.value(key::request).toString();
    const RequestKind *kind = find(sent);
    Request request(frame, json, kind ? kind->name : sent);
    // Before the token, even an unknown name is only "Not Authenticated": a guest learns
    // nothing of the requests but what Hello tells.
    if (!session.authenticated && (!kind || kind->access != Access::Open))
        return reply(request.failure(code::notAuthenticated));
    if (!kind)
        return reply(request.failure(code::unknownRequest));
    (this->*kind->answer)(request, session, context, reply);
}

void ApiHandler::hello(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    reply(request.success(
            { { QStringLiteral("Application"), QStringLiteral("LetThatSyncIn") },
              { QStringLiteral("Version"), QStringLiteral(LTS_VERSION) },
              { QStringLiteral("Protocol"), protocolVersion },
              { QStringLiteral("Requests"), QJsonArray::fromStringList(requestNames()) } }));
}

void ApiHandler::authenticate(Request &request, ApiSession &session, QObject *,
                              const ReplyFunction &reply)
{
    const QByteArray token = request.field(QStringLiteral("Token")).toString().toUtf8();
    if (sameToken(token, m_token)) {
        session.authenticated = true;
        session.failedAuthentications = 0;
        return reply(request.success());
    }
    ApiReply refused = request.failure(code::invalidToken);
    refused.close = ++session.failedAuthentications >= maxFailedAuthentications;
    reply(refused);
}

void ApiHandler::listDrives(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    if (!m_listDrives)
        m_listDrives = CachedDrives::of(driveList());
    reply(request.successWithDrives(*m_listDrives));
}

void ApiHandler::getStatus(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    const std::optional<QString> name = request.name();
    if (name && !m_controller.model().drive(*name))
        return reply(request.failure(SyncController::unknownDrive));
    if (name)
        return reply(request.success({ { key::Drives, status(*name) } }));
    if (!m_status)
        m_status = CachedDrives::of(status({}));
    reply(request.successWithDrives(*m_status));
}

void ApiHandler::addDrive(Request &request, ApiSession &, QObject *context,
                          const ReplyFunction &reply)
{
    const Result<QList<QJsonValue>> entries
            = driveEntries(request.frame(), request.field(key::Drives));
    if (!entries)
        return reply(request.failure(issue::InvalidDrive));
    QList<DecodedDrive> decoded;
    for (const QJsonValue &entry : *entries)
        decoded.append(DriveCodec::decode(entry));
    // The folders are looked at on the prober: the answer comes when they have answered,
    // or at the deadline; other requests are answered meanwhile.
    whenFinished(
            m_controller.addDrivesLater(decoded), context,
            [request, reply](const QFuture<QList<DriveVerdict>> &done) mutable {
                if (done.resultCount() == 0)
                    return reply(request.failure(code::cancelled));
                QJsonArray results;
                QList<Error> errors, warnings;
                for (const DriveVerdict &verdict : done.result()) {
                    QJsonObject result{ { key::Name, verdict.drive.name } };
                    setOutcome(result, verdict.errors, verdict.warnings);
                    if (!verdict.notAnswering.isEmpty())
                        result.insert(key::Message, verdict.notAnswering.join(u' '));
                    results.append(result);
                    errors += verdict.errors;
                    warnings += verdict.warnings;
                }
                reply(request.reply({ { QStringLiteral("Results"), results } }, errors, warnings));
            });
}

void ApiHandler::editDrive(Request &request, ApiSession &, QObject *context,
                           const ReplyFunction &reply)
{
    const QString name = request.name().value_or(QString());
    if (!m_controller.model().drive(name))
        return reply(request.failure(SyncController::unknownDrive));
    const QJsonValue changes = request.field(QStringLiteral("Drive"));
    if (!changes.isObject())
        return reply(request.failure(issue::InvalidDrive));
    whenFinished(m_controller.editDriveLater(name, changes.toObject()), context,
                 [request, reply](const QFuture<DriveVerdict> &done) mutable {
                     if (done.resultCount() == 0)
                         return reply(request.failure(code::cancelled));
                     const DriveVerdict verdict = done.result();
                     QJsonObject fields;
                     if (!verdict.notAnswering.isEmpty())
                         fields.insert(key::Message, verdict.notAnswering.join(u' '));
                     reply(request.reply(fields, verdict.errors, verdict.warnings));
                 });
}

void ApiHandler::removeDrive(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    const Result<void> removed = m_controller.removeDrive(request.name().value_or(QString()));
    reply(removed ? request.success() : request.failure(removed.error().code));
}

void ApiHandler::syncNow(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    const bool force = request.field(QStringLiteral("Force")).toBool(false);
    const bool verify = request.field(QStringLiteral("Verify")).toBool(false);
    const std::optional<QString> name = request.name();
    if (!name) {
        m_controller.syncAllNow(force, verify);
        return reply(request.success());
    }
    // What the user confirmed: a forced run deleting more than this is refused again.
    const QJsonValue maxDeletions = request.field(QStringLiteral("MaxDeletions"));
    const Result<SyncController::StartOutcome> started
            = m_controller.syncNow(*name, force,
                                   maxDeletions.isDouble() && maxDeletions.toDouble() >= 0
                                           ? fileCount(maxDeletions.toDouble())
                                           : -1,
                                   verify);
    if (!started)
        return reply(request.failure(started.error().code));
    // Queued to follow the run going on: the protocol's words for it.
    if (*started == SyncController::StartOutcome::FollowsRun)
        return reply(request.success({}, { error(code::alreadySyncing) }));
    reply(request.success());
}

void ApiHandler::cancelSync(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    const std::optional<QString> name = request.name();
    bool cancelled = false;
    if (name) {
        const Result<bool> result = m_controller.cancel(*name);
        if (!result)
            return reply(request.failure(result.error().code));
        cancelled = *result;
    } else {
        for (const Drive &drive : m_controller.drives())
            cancelled = m_controller.cancel(drive.name).valueOr(false) || cancelled;
    }
    reply(cancelled ? request.success() : request.success({}, { error(code::notSyncing) }));
}

void ApiHandler::pauseDrive(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    setDrivesEnabled(request, false, reply);
}

void ApiHandler::resumeDrive(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    setDrivesEnabled(request, true, reply);
}

void ApiHandler::setDrivesEnabled(Request &request, bool enabled, const ReplyFunction &reply)
{
    const std::optional<QString> name = request.name();
    const QList<Drive> drives = m_controller.drives();
    for (const Drive &drive : drives) {
        if (name && drive.name != *name)
            continue;
        if (Result<void> done = m_controller.setEnabled(drive.name, enabled); !done)
            return reply(request.failure(done.error().code));
    }
    if (name && !m_controller.model().drive(*name))
        return reply(request.failure(SyncController::unknownDrive));
    reply(request.success());
}

void ApiHandler::getHistory(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    const std::optional<QString> name = request.name();
    // A drive removed since keeps its runs; an empty name (or one that is not text) would
    // read as "every drive" to the history.
    if (name
        && (name->isEmpty()
            || (!m_controller.model().drive(*name)
                && m_controller.history().runs(*name, 1).isEmpty())))
        return reply(request.failure(SyncController::unknownDrive));
    const QJsonValue limitValue = request.field(QStringLiteral("Limit"));
    const qsizetype limit
            = limitValue.isDouble() && limitValue.toDouble() >= 1
                      ? qsizetype(std::min(limitValue.toDouble(), double(RunHistory::maxRuns)))
                      : 20;
    const bool changedOnly = request.field(QStringLiteral("Changed")).toBool(false);
    QJsonArray runs;
    for (const QJsonObject &run :
         m_controller.history().runs(name.value_or(QString()), limit, changedOnly))
        runs.append(run);
    reply(request.success({ { QStringLiteral("Runs"), runs } }));
}

void ApiHandler::subscribe(Request &request, ApiSession &session, QObject *,
                           const ReplyFunction &reply)
{
    const QJsonValue sinceValue = request.field(QStringLiteral("Since"));
    const qint64 since = sinceValue.isDouble() ? sinceValue.toInteger() : m_events.lastSeq();
    const EventLog::Replay replay = m_events.since(since);
    session.subscribed = true;
    ApiReply subscribed = request.success({ { QStringLiteral("Seq"), m_events.lastSeq() } },
                                          replay.lost ? QList<Error>{ error(code::eventsLost) }
                                                      : QList<Error>{});
    // What since() replayed: from the start of this run for a Seq of an earlier one.
    subscribed.replaySince = replay.events.isEmpty()
                                     ? m_events.lastSeq()
                                     : replay.events.constFirst().value(u"Seq").toInteger() - 1;
    reply(subscribed);
}

void ApiHandler::unsubscribe(Request &request, ApiSession &session, QObject *,
                             const ReplyFunction &reply)
{
    session.subscribed = false;
    reply(request.success());
}

void ApiHandler::driveStats(Request &request, ApiSession &, QObject *context,
                            const ReplyFunction &reply)
{
    const std::optional<Drive> drive
            = m_controller.model().drive(request.name().value_or(QString()));
    if (!drive)
        return reply(request.failure(SyncController::unknownDrive));
    // Asked of the prober: a folder that does not answer is told at the deadline.
    AvailabilityProber &prober = m_controller.prober();
    QList<QFuture<LocationProbe>> looks{ prober.probe(drive->source), prober.probe(drive->target) };
    whenFinished(QtFuture::whenAll(looks.begin(), looks.end()), context,
                 [this, request, reply, context,
                  drive = *drive](const QFuture<QList<QFuture<LocationProbe>>> &done) mutable {
                     const QList<QFuture<LocationProbe>> answers
                             = done.resultCount() > 0 ? done.result()
                                                      : QList<QFuture<LocationProbe>>();
                     if (answers.size() != 2 || answers.at(0).resultCount() == 0
                         || answers.at(1).resultCount() == 0)
                         return reply(request.failure(code::cancelled));
                     replyDriveStats(drive, answers.at(0).result(), answers.at(1).result(), request,
                                     context, reply);
                 });
}

void ApiHandler::getPlan(Request &request, ApiSession &, QObject *context,
                         const ReplyFunction &reply)
{
    const Result<QFuture<SyncReport>> planned
            = m_controller.plan(request.name().value_or(QString()));
    if (!planned)
        return reply(request.failure(planned.error().code));
    const qsizetype limit = listLimit(request.field(QStringLiteral("Limit")));
    const QFuture<SyncReport> future = *planned;
    // A large tree takes a while to compare: the client hears at once that it is coming.
    auto *pending = new QTimer(context);
    pending->setSingleShot(true);
    QObject::connect(pending, &QTimer::timeout, context, [request, reply, pending]() mutable {
        pending->deleteLater();
        reply(request.success({ { QStringLiteral("Pending"), true } }));
    });
    pending->start(pendingAfter);
    whenFinished(
            future, context,
            [request, reply, limit,
             pending = QPointer<QTimer>(pending)](const QFuture<SyncReport> &done) mutable {
                delete pending.data();
                if (done.resultCount() == 0)
                    return reply(request.failure(code::cancelled));
                const SyncReport report = done.result();
                if (report.result == RunResult::Failure || report.result == RunResult::Cancelled)
                    return reply(request.reply(
                            { { QStringLiteral("Message"),
                                SyncReport::protocolMessage(report.code, report.message) } },
                            { error(report.code.isEmpty() ? code::cancelled : report.code) }, {}));
                reply(request.success(PlanListing::of(report).toJson(limit)));
            });
}

void ApiHandler::restore(Request &request, ApiSession &, QObject *, const ReplyFunction &reply)
{
    const QJsonValue paths = request.field(QStringLiteral("Paths"));
    QStringList chosen;
    if (!paths.isUndefined() && !paths.isNull()) {
        const QJsonArray list = paths.toArray();
        const bool valid = paths.isArray() && !list.isEmpty()
                           && std::all_of(list.begin(), list.end(), [](const QJsonValue &p) {
                                  return p.isString() && !p.toString().isEmpty();
                              });
        if (!valid)
            return reply(request.failure(code::invalidPath));
        for (const QJsonValue path : list)
            chosen.append(path.toString());
    }
    const Result<SyncController::StartOutcome> started
            = m_controller.restore(request.name().value_or(QString()), chosen);
    if (!started)
        return reply(request.failure(started.error().code));
    if (*started == SyncController::StartOutcome::AlreadySyncing)
        return reply(request.failure(code::alreadySyncing));
    reply(request.success());
}

void ApiHandler::listVersions(Request &request, ApiSession &, QObject *context,
                              const ReplyFunction &reply)
{
    const QJsonValue path = request.field(QStringLiteral("Path"));
    if (!path.isUndefined() && !path.isNull() && !path.isString())
        return reply(request.failure(code::invalidPath));
    const auto listed
            = m_controller.listVersions(request.name().value_or(QString()), path.toString());
    if (!listed)
        return reply(request.failure(listed.error().code));
    const qsizetype limit = listLimit(request.field(QStringLiteral("Limit")));
    whenFinished(*listed, context,
                 [request, reply,
                  limit](const QFuture<Result<QList<VersionStore::Version>>> &done) mutable {
                     const Result<QList<VersionStore::Version>> versions = done.result();
                     if (!versions)
                         return reply(request.failure(versions.error().code == u"EINVAL"
                                                              ? code::invalidPath
                                                              : versions.error().code));
                     QJsonArray list;
                     for (const VersionStore::Version &version : *versions) {
                         if (list.size() >= limit)
                             break;
                         list.append(QJsonObject{
                                 { QStringLiteral("Path"), QString::fromUtf8(version.path) },
                                 { QStringLiteral("Kept"),
                                   version.kept.toUTC().toString(Qt::ISODateWithMs) },
                                 { QStringLiteral("Size"), qint64(version.size) },
                                 { QStringLiteral("Modified"),
                                   time(QDateTime::fromSecsSinceEpoch(version.modified, Qt::UTC)) },
                                 { QStringLiteral("Reason"),
                                   VersionStore::reasonName(version.reason) } });
                     }
                     QJsonObject fields{ { QStringLiteral("Versions"), list } };
                     if (list.size() < versions->size())
                         fields.insert(QStringLiteral("Truncated"), true);
                     reply(request.success(fields));
                 });
}

void ApiHandler::restoreVersion(Request &request, ApiSession &, QObject *context,
                                const ReplyFunction &reply)
{
    const QString path = request.field(QStringLiteral("Path")).toString();
    const QDateTime kept = QDateTime::fromString(request.field(QStringLiteral("Kept")).toString(),
                                                 Qt::ISODateWithMs);
    const QString to = request.field(QStringLiteral("To")).toString(QStringLiteral("target"));
    if (!m_controller.model().drive(request.name().value_or(QString())))
        return reply(request.failure(SyncController::unknownDrive));
    if (path.isEmpty())
        return reply(request.failure(code::invalidPath));
    if (!kept.isValid()
        || (to.compare(u"source", Qt::CaseInsensitive) != 0
            && to.compare(u"target", Qt::CaseInsensitive) != 0))
        return reply(request.failure(code::invalidVersion));
    const auto restoring = m_controller.restoreVersion(
            *request.name(), path, kept.toUTC(), to.compare(u"source", Qt::CaseInsensitive) == 0);
    if (!restoring)
        return reply(request.failure(restoring.error().code));
    whenFinished(*restoring, context,
                 [request, reply](const QFuture<Result<QString>> &done) mutable {
                     const Result<QString> restored = done.result();
                     if (!restored)
                         return reply(request.failure(
                                 restored.error().code == u"ENOENT"   ? code::unknownVersion
                                 : restored.error().code == u"EINVAL" ? code::invalidPath
                                                                      : restored.error().code));
                     reply(request.success({ { QStringLiteral("Path"), *restored } }));
                 });
}

namespace {

// A failure of a remote check: its code, and the sentence that names the location.
QJsonObject failureMessage(const Error &failure)
{
    return { { key::Message, failure.message } };
}

} // namespace

void ApiHandler::setPassword(Request &request, ApiSession &, QObject *context,
                             const ReplyFunction &reply)
{
    const std::optional<QString> location
            = locationField(request.field(QStringLiteral("Location")));
    if (!location)
        return reply(request.failure(code::invalidLocation));
    const QJsonValue given = request.field(QStringLiteral("Password"));
    if (!given.isString() && !given.isNull())
        return reply(request.failure(code::invalidPassword));
    // Never echoed, never written anywhere but the credential store.
    const std::optional<Secret> password
            = given.isString() ? std::optional(Secret(given.toString().toUtf8())) : std::nullopt;
    whenFinished(m_controller.remoteChecks().setPassword(*location, password), context,
                 [request, reply, location = *location,
                  given = password.has_value()](const QFuture<PasswordOutcome> &done) mutable {
                     if (done.resultCount() == 0)
                         return reply(request.failure(code::cancelled));
                     const PasswordOutcome outcome = done.result();
                     QList<Error> warnings
                             = outcome.storedInFile
                                       ? QList<Error>{ error(code::passwordStoredInFile) }
                                       : QList<Error>{};
                     // A password for a location that sends it as it is.
                     if (const std::optional<Error> insecure
                         = DriveValidator::insecureConnection(location);
                         insecure && given)
                         warnings.append(*insecure);
                     if (outcome.error)
                         return reply(request.reply(failureMessage(*outcome.error),
                                                    { *outcome.error }, warnings));
                     reply(request.success({}, warnings));
                 });
}

void ApiHandler::trustHost(Request &request, ApiSession &, QObject *context,
                           const ReplyFunction &reply)
{
    const std::optional<QString> location
            = locationField(request.field(QStringLiteral("Location")));
    if (!location)
        return reply(request.failure(code::invalidLocation));
    const QString fingerprint = request.field(QStringLiteral("Fingerprint")).toString().trimmed();
    if (!fingerprint.startsWith(u"SHA256:") || fingerprint.size() <= 7)
        return reply(request.failure(code::invalidFingerprint));
    whenFinished(
            m_controller.remoteChecks().trustHost(*location, fingerprint), context,
            [request, reply](const QFuture<Result<fsops::HostKey>> &done) mutable {
                if (done.resultCount() == 0)
                    return reply(request.failure(code::cancelled));
                const Result<fsops::HostKey> key = done.result();
                if (!key)
                    return reply(request.reply(failureMessage(key.error()), { key.error() }, {}));
                reply(request.success({ { QStringLiteral("KeyType"), key->type },
                                        { QStringLiteral("Fingerprint"), key->fingerprint } }));
            });
}

void ApiHandler::testLocation(Request &request, ApiSession &, QObject *context,
                              const ReplyFunction &reply)
{
    const std::optional<QString> location
            = locationField(request.field(QStringLiteral("Location")));
    if (!location)
        return reply(request.failure(code::invalidLocation));
    whenFinished(
            m_controller.remoteChecks().testLocation(*location), context,
            [request, reply, location = *location](const QFuture<LocationTest> &done) mutable {
                if (done.resultCount() == 0)
                    return reply(request.failure(code::cancelled));
                const LocationTest test = done.result();
                QList<Error> warnings;
                if (std::optional<Error> insecure = DriveValidator::insecureConnection(location))
                    warnings.append(*insecure);
                QJsonObject fields{ { QStringLiteral("Kind"), test.kind } };
                if (test.error) {
                    fields.insert(key::Message, test.error->message);
                    if (test.hostKey) {
                        fields.insert(QStringLiteral("KeyType"), test.hostKey->type);
                        fields.insert(QStringLiteral("Fingerprint"), test.hostKey->fingerprint);
                        if (!test.hostKey->previous.isEmpty())
                            fields.insert(QStringLiteral("Previous"), test.hostKey->previous);
                    }
                    return reply(request.reply(fields, { *test.error }, warnings));
                }
                if (test.listed)
                    fields.insert(QStringLiteral("Entries"), qint64(test.entries));
                if (test.space) {
                    fields.insert(QStringLiteral("Free"), qint64(test.space->available));
                    fields.insert(QStringLiteral("Total"), qint64(test.space->total));
                }
                reply(request.success(fields, warnings));
            });
}

void ApiHandler::listFolder(Request &request, ApiSession &, QObject *context,
                            const ReplyFunction &reply)
{
    const std::optional<QString> location
            = locationField(request.field(QStringLiteral("Location")));
    if (!location)
        return reply(request.failure(code::invalidLocation));
    const QJsonValue path = request.field(QStringLiteral("Path"));
    if (!path.isUndefined() && !path.isNull() && !path.isString())
        return reply(request.failure(code::invalidPath));
    const qsizetype limit = listLimit(request.field(QStringLiteral("Limit")));
    whenFinished(m_controller.remoteChecks().listFolder(*location, path.toString()), context,
                 [request, reply,
                  limit](const QFuture<Result<std::vector<fsops::Entry>>> &done) mutable {
                     if (done.resultCount() == 0)
                         return reply(request.failure(code::cancelled));
                     const Result<std::vector<fsops::Entry>> entries = done.result();
                     if (!entries)
                         return reply(request.reply(failureMessage(entries.error()),
                                                    { entries.error() }, {}));
                     QJsonArray list;
                     bool truncated = false;
                     for (const fsops::Entry &entry : *entries) {
                         const QString type = entryType(entry.stat.type);
                         if (type.isEmpty())
                             continue;
                         if (list.size() >= limit) {
                             truncated = true;
                             break;
                         }
                         list.append(QJsonObject{
                                 { QStringLiteral("Name"), QString::fromUtf8(entry.name) },
                                 { QStringLiteral("Type"), type },
                                 { QStringLiteral("Size"), qint64(entry.stat.size) },
                                 { QStringLiteral("Modified"),
                                   time(QDateTime::fromSecsSinceEpoch(entry.stat.mtimeSec,
                                                                      Qt::UTC)) } });
                     }
                     QJsonObject fields{ { QStringLiteral("Entries"), list } };
                     if (truncated)
                         fields.insert(QStringLiteral("Truncated"), true);
                     reply(request.success(fields));
                 });
}

} // namespace lts
