// ApiHandler: the requests of protocol.md, from a request's JSON to its response's JSON,
// against the controller. No sockets here: ApiServer carries the frames, checks who may
// connect, and sends the events; the handler is tested without a network.
#pragma once

#include "apisession.h"
#include "drivestats.h"
#include "eventlog.h"
#include "synccontroller.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace lts {

struct ApiReply
{
    QJsonObject response;
    // Subscribe: after the response, send the kept events with a larger Seq, then new ones.
    std::optional<qint64> replaySince;
    // Five failed Authenticate requests: close the connection (code 1008) after the response.
    bool close = false;
    // `response` already written as compact JSON, when the handler had most of it at hand;
    // empty otherwise. The server sends it instead of writing `response` again.
    QByteArray text;
};

// The Drives of a response, as JSON and as the text it is written as. Scripts poll ListDrives
// and GetStatus far more often than drives change: writing the drives once per change
// instead of once per request is what lets the server answer tens of thousands a second.
struct CachedDrives
{
    QJsonObject json;
    QByteArray text;

    static CachedDrives of(QJsonObject drives)
    {
        return { drives, QJsonDocument(drives).toJson(QJsonDocument::Compact) };
    }
};

class ApiHandler final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ApiHandler)

public:
    static constexpr int protocolVersion = 2;
    static constexpr int maxFailedAuthentications = 5;

    // `token`: what Authenticate must present.
    ApiHandler(SyncController &controller, EventLog &events, QByteArray token);

    using ReplyFunction = std::function<void(const ApiReply &)>;

    // Answers one text frame. Most requests reply before this returns; those that look at a
    // drive's folders first (AddDrive, EditDrive, DriveStats: on the prober, with its
    // deadline) and GetPlan reply later, on the event loop (`context` guards the callback: no
    // reply once it is gone). The requests that reach a server (SetPassword, TrustHost,
    // TestLocation, ListFolder) reply later too, within the network timeout. `session` must
    // outlive a synchronous reply only.
    void handle(const QByteArray &frame, ApiSession &session, QObject *context,
                const ReplyFunction &reply);

    // The reply to a binary frame, which the protocol does not use.
    static ApiReply binaryFrame();

    // Every request name, as Hello lists them.
    static QStringList requestNames();

    // A new token (ApiService::regenerateToken) for the Authenticate requests from now on.
    void setToken(QByteArray token) { m_token = std::move(token); }

    // Compares in time that does not depend on where the two differ.
    static bool sameToken(const QByteArray &given, const QByteArray &expected);

private:
    class Request; // one request being answered (apihandler.cpp)

    // Answers one request, before it returns or later on the event loop (as handle() says).
    using RequestFunction = void (ApiHandler::*)(Request &request, ApiSession &session,
                                                 QObject *context, const ReplyFunction &reply);
    // Who may send a request: Hello and Authenticate are what a client sends before it has
    // presented the token.
    enum class Access { Open, Authenticated };
    // One line of the table of requests.
    struct RequestKind
    {
        QString name; // as protocol.md writes it; matched without regard to case
        RequestFunction answer;
        Access access;
    };
    // Every request, in the order Hello lists them: the one place their names are written.
    static const QList<RequestKind> &requestKinds();
    // The request named `sent`; nullptr for a name the protocol does not have.
    static const RequestKind *find(const QString &sent);

    // One function per request, named after it.
    void hello(Request &request, ApiSession &session, QObject *context, const ReplyFunction &reply);
    void authenticate(Request &request, ApiSession &session, QObject *context,
                      const ReplyFunction &reply);
    void listDrives(Request &request, ApiSession &session, QObject *context,
                    const ReplyFunction &reply);
    void getStatus(Request &request, ApiSession &session, QObject *context,
                   const ReplyFunction &reply);
    void addDrive(Request &request, ApiSession &session, QObject *context,
                  const ReplyFunction &reply);
    void editDrive(Request &request, ApiSession &session, QObject *context,
                   const ReplyFunction &reply);
    void removeDrive(Request &request, ApiSession &session, QObject *context,
                     const ReplyFunction &reply);
    void syncNow(Request &request, ApiSession &session, QObject *context,
                 const ReplyFunction &reply);
    void cancelSync(Request &request, ApiSession &session, QObject *context,
                    const ReplyFunction &reply);
    void pauseDrive(Request &request, ApiSession &session, QObject *context,
                    const ReplyFunction &reply);
    void resumeDrive(Request &request, ApiSession &session, QObject *context,
                     const ReplyFunction &reply);
    void getHistory(Request &request, ApiSession &session, QObject *context,
                    const ReplyFunction &reply);
    void subscribe(Request &request, ApiSession &session, QObject *context,
                   const ReplyFunction &reply);
    void unsubscribe(Request &request, ApiSession &session, QObject *context,
                     const ReplyFunction &reply);
    void driveStats(Request &request, ApiSession &session, QObject *context,
                    const ReplyFunction &reply);
    void getPlan(Request &request, ApiSession &session, QObject *context,
                 const ReplyFunction &reply);
    void restore(Request &request, ApiSession &session, QObject *context,
                 const ReplyFunction &reply);
    void listVersions(Request &request, ApiSession &session, QObject *context,
                      const ReplyFunction &reply);
    void restoreVersion(Request &request, ApiSession &session, QObject *context,
                        const ReplyFunction &reply);
    void setPassword(Request &request, ApiSession &session, QObject *context,
                     const ReplyFunction &reply);
    void trustHost(Request &request, ApiSession &session, QObject *context,
                   const ReplyFunction &reply);
    void testLocation(Request &request, ApiSession &session, QObject *context,
                      const ReplyFunction &reply);
    void listFolder(Request &request, ApiSession &session, QObject *context,
                    const ReplyFunction &reply);

    // PauseDrive and ResumeDrive: the named drive, or every drive.
    void setDrivesEnabled(Request &request, bool enabled, const ReplyFunction &reply);
    // DriveStats, once the prober has looked at the drive's folders.
    void replyDriveStats(const Drive &drive, const LocationProbe &source,
                         const LocationProbe &target, Request request, QObject *context,
                         const ReplyFunction &reply);

    // `reply`, made to write the request's id as the frame had it (when QJsonDocument would
    // write it otherwise).
    static ReplyFunction withIdAsSent(const QByteArray &frame, const QJsonObject &json,
                                      const ReplyFunction &reply);
    // Every drive with its settings and runtime fields: ListDrives's Drives.
    QJsonObject driveList() const;
    // Every drive's runtime fields, or only `name`'s when it is not empty.
    QJsonObject status(const QString &name) const;

    SyncController &m_controller;
    EventLog &m_events;
    QByteArray m_token;
    // Dropped whenever a drive or its state changes; made again at the next request.
    std::optional<CachedDrives> m_listDrives;
    std::optional<CachedDrives> m_status;
    QObject m_cacheGuard; // the context of the connections that drop them
    SpeedTests m_speedTests;
};

} // namespace lts
