// Fuzzes request handling: the input is one WebSocket text frame, which ApiHandler answers as
// ApiServer would hand it over (from a client that needs no token). Every input meets the same
// application, made anew from a copy: a real SyncController on temporary folders, whose runs
// are fakes (nothing is ever synced), with three drives, a run going, a history and kept
// versions. Besides the sanitizers, every request must be answered, and every response must
// keep the envelope of protocol.md. "$DIR" in a frame is the folder of those drives, so that
// seeds can name real folders ("$DIR/Photos-source").
#include "apihandler.h"
#include "drivecodec.h"
#include "eventlog.h"
#include "fakes.h"
#include "fuzzsupport.h"
#include "synccontroller.h"
#include "versionstore.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTimer>

#include <chrono>
#include <memory>

#ifdef LTS_HAVE_SFTP
#include <netdb.h>
#endif

using namespace lts;

namespace {

using namespace std::chrono_literals;

const QByteArray token = QByteArrayLiteral("fuzz-token-0123456789abcdef");
// Far longer than any request takes here: a request still unanswered then never will be.
constexpr auto answerDeadline = 10s;
// The run whose versions the target of "Photos" keeps (the seeds' RestoreVersion "Kept").
const QDateTime keptAt
        = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The files and folders of a tree, kept in memory and written back before every input, so each
// input starts from the same drives, state and history whatever the one before it changed.
class TreeCopy
{
public:
    static TreeCopy of(const QString &root)
    {
        TreeCopy copy;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (it.fileInfo().isDir()) {
                copy.m_folders.append(relative);
            } else {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    fuzz::fail("cannot copy the application's files", {}, path);
                copy.m_files.append({ relative, file.readAll() });
            }
        }
        return copy;
    }

    void writeTo(const QString &root) const
    {
        QDir(root).removeRecursively();
        for (const QString &folder : m_folders)
            QDir().mkpath(QDir(root).filePath(folder));
        for (const auto &[relative, data] : m_files) {
            if (!write(QDir(root).filePath(relative), data))
                fuzz::fail("cannot write the application's files", {}, relative);
        }
    }

private:
    QStringList m_folders;
    QList<std::pair<QString, QByteArray>> m_files;
};

// What a plan lists, for the dry runs that GetPlan starts.
std::vector<SyncEntry> planEntries()
{
    using Action = SyncEntry::Action;
    return { { Action::Added, "new.jpg", {}, 10, 1767225600, -1, 0 },
             { Action::Updated, "b/c.jpg", {}, 20, 1767225600, 5, 1767225000 },
             { Action::Deleted, "old.txt", {}, -1, 0, 3, 1767225000 },
             { Action::Skipped, "pipe", QStringLiteral("special file"), 0, 0, -1, 0 } };
}

// The application one input talks to, on the folders of `root`.
class Application
{
public:
    explicit Application(const QString &root)
        : m_controller(environment(root, m_engine))
    {
        if (const Result<void> loaded = m_controller.load(); !loaded)
            fuzz::fail("the application cannot load", {}, loaded.error().message);
        m_events = std::make_unique<EventLog>(m_controller);
        m_handler = std::make_unique<ApiHandler>(m_controller, *m_events, token);
        m_session.authenticated = true;
    }

    ~Application()
    {
        m_client.reset(); // the replies still coming are dropped, their work asked to stop
        m_engine.finishAll(); // the controller waits for its runs
        m_handler.reset();
        m_events.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    SyncController &controller() { return m_controller; }
    test::FakeEngine &engine() { return m_engine; }

    // Every reply to `frame`, up to the final one (GetPlan may first say it is pending).
    QList<ApiReply> answer(const QByteArray &frame)
    {
        QList<ApiReply> replies;
        bool answered = false;
        QEventLoop loop;
        m_handler->handle(frame, m_session, m_client.get(),
                          [&replies, &answered, &loop](const ApiReply &reply) {
                              replies.append(reply);
                              if (!reply.response.value(u"Pending").toBool()) {
                                  answered = true;
                                  loop.quit();
                              }
                          });
        finishPlans();
        if (!answered) {
            QTimer::singleShot(answerDeadline, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!answered)
            fuzz::fail("the request was not answered", frame,
                       QStringLiteral("%1 replies").arg(replies.size()));
        return replies;
    }

    // A speed test writes, flushes and reads 64 MiB on the disk: thousands of times slower
    // than any other request, so inputs that would start one are left out (a refused one, of
    // a drive without a target or syncing, is not).
    bool startsSpeedTest(const QByteArray &frame) const
    {
        const QJsonObject json = QJsonDocument::fromJson(frame).object();
        if (json.value(u"request").toString().compare(u"DriveStats", Qt::CaseInsensitive) != 0
            || !json.value(u"SpeedTest").toBool(false))
            return false;
        const std::optional<Drive> drive
                = m_controller.model().drive(json.value(u"Name").toString());
        return drive && QFileInfo(drive->target).isDir() && !m_controller.isActive(drive->name);
    }

private:
    static SyncController::Environment environment(const QString &root, test::FakeEngine &engine)
    {
        SyncController::Environment env;
        env.configFolder = QDir(root).filePath(QStringLiteral("config"));
        env.dataFolder = QDir(root).filePath(QStringLiteral("data"));
        env.runSync = engine.function();
#ifdef LTS_HAVE_SFTP
        // No server is ever reached: TestLocation, TrustHost and the looks at remote folders
        // find no address, without asking a name server.
        env.adjustRemoteAccess = [](RemoteAccess &access) {
            access.lookUp = [](const char *, const char *, const addrinfo *, addrinfo **) {
                return EAI_NONAME;
            };
        };
#endif
        // WebDAV's requests go through Qt Network, which looks names up by itself: every one
        // goes to a proxy on a loopback port where nothing listens, so it is refused at once
        // and no name server is asked.
        QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 1));
        return env;
    }

    // The dry runs of GetPlan end at once; the other runs go on until the input is done.
    void finishPlans()
    {
        for (qsizetype i : m_engine.runningIndexes()) {
            if (m_engine.run(i).job.dryRun)
                m_engine.finish(i, RunResult::Success, {}, false, planEntries());
        }
    }

    test::FakeEngine m_engine; // first: it outlives the controller's runs
    SyncController m_controller;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<ApiHandler> m_handler;
    ApiSession m_session;
    std::unique_ptr<QObject> m_client = std::make_unique<QObject>(); // the connection
};

// The drives, runs and versions every input starts from, made once through the controller
// itself: "Photos" (a target with kept versions, a finished run), "Music" (disabled, no target
// yet, a refused run) and "Busy" (a run going, started again for every input).
TreeCopy makeStart(const QString &root)
{
    write(root + QStringLiteral("/Photos-source/a.jpg"), "new a");
    write(root + QStringLiteral("/Photos-source/b/c.jpg"), "c");
    write(root + QStringLiteral("/Photos-target/a.jpg"), "old a");
    const QByteArray stamp = VersionStore::stampOf(keptAt);
    const QString versions = root + QStringLiteral("/Photos-target/")
                             + QString::fromUtf8(VersionStore::folderPath() + '/' + stamp);
    write(versions + QStringLiteral("/a.jpg"), "older a");
    write(versions + QStringLiteral("/gone/old.txt"), "old");
    const Result<fsops::Folder> target
            = fsops::Folder::openRoot(QFile::encodeName(root + QStringLiteral("/Photos-target")));
    if (!target
        || !VersionStore::noteReasons(*target, stamp,
                                      { { VersionStore::Reason::Overwritten, "a.jpg" },
                                        { VersionStore::Reason::Deleted, "gone" },
                                        { VersionStore::Reason::Deleted, "gone/old.txt" } }))
        fuzz::fail("cannot keep the versions", {}, root);
    QDir().mkpath(root + QStringLiteral("/Music-source"));
    write(root + QStringLiteral("/Busy-source/x.bin"), "x");
    QDir().mkpath(root + QStringLiteral("/Busy-target"));

    {
        Application application(root);
        SyncController &controller = application.controller();
        const auto add = [&](const QString &name, QJsonObject fields) {
            fields.insert(QStringLiteral("Name"), name);
            fields.insert(QStringLiteral("Source"),
                          QString(root + u'/' + name + QStringLiteral("-source")));
            fields.insert(QStringLiteral("Target"),
                          QString(root + u'/' + name + QStringLiteral("-target")));
            const DriveVerdict verdict = controller.addDrive(DriveCodec::decode(fields));
            if (!verdict.accepted())
                fuzz::fail("a drive of the start is refused", {}, verdict.errors.first().message);
        };
        add(QStringLiteral("Photos"),
            { { QStringLiteral("Sleep"), 12 },
              { QStringLiteral("Units"), QStringLiteral("Hours") },
              { QStringLiteral("Exclude"),
                QJsonArray{ QStringLiteral("*.tmp"), QStringLiteral("cache/") } } });
        add(QStringLiteral("Music"), { { QStringLiteral("Mode"), QStringLiteral("Update") },
                                       { QStringLiteral("Enabled"), false } });
        add(QStringLiteral("Busy"), { { QStringLiteral("Units"), QStringLiteral("Minutes") } });

        // One finished run each for Photos and Music, recorded in the history.
        test::FakeEngine &engine = application.engine();
        const auto waitForRuns = [&controller, &root](qsizetype count) {
            for (int i = 0; i < 500 && controller.history().runs({}, count).size() < count; ++i)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            if (controller.history().runs({}, count).size() < count)
                fuzz::fail("the runs of the start are not recorded", {}, root);
        };
        using Action = SyncEntry::Action;
        (void)controller.syncNow(QStringLiteral("Photos"));
        engine.finish(-1, RunResult::Success, {}, false,
                      { { Action::Added, "b/c.jpg", {}, 1, 0, -1, 0 },
                        { Action::Updated, "a.jpg", {}, 5, 0, 5, 0 } });
        waitForRuns(1);
        (void)controller.syncNow(QStringLiteral("Music"));
        engine.finish(-1, RunResult::Refused, QStringLiteral("Too Many Deletions"));
        waitForRuns(2);
    }
    return TreeCopy::of(root);
}

// The envelope of protocol.md: a response name, a Result, an Error exactly on failure, the id
// of the request, and "Malformed Request" for what is not a request at all.
void checkReply(const QByteArray &frame, const ApiReply &reply)
{
    const QJsonDocument document = QJsonDocument::fromJson(frame);
    const QJsonObject request = document.object();
    const QJsonObject &response = reply.response;
    const QString detail = fuzz::text(response);
    const auto check = [&](bool condition, const char *what) {
        if (!condition)
            fuzz::fail(what, frame, detail);
    };

    check(response.value(u"response").isString(), "no response name");
    const QString result = response.value(u"Result").toString();
    check(result == u"Success" || result == u"Failure", "no Result");
    check((result == u"Failure") == response.contains(u"Error"), "an Error without a failure");
    check(!response.contains(u"Error") || !response.value(u"Error").toString().isEmpty(),
          "an Error that is not text");
    check(!response.contains(u"Warning") || !response.value(u"Warning").toString().isEmpty(),
          "a Warning that is not text");
    check(request.contains(u"id") ? response.value(u"id") == request.value(u"id")
                                  : !response.contains(u"id"),
          "not the request's id");
    if (!document.isObject() || !request.value(u"request").isString()) {
        check(response.value(u"response").toString() == u"Unknown"
                      && response.value(u"Error").toString() == u"Malformed Request",
              "a malformed request not told so");
    } else {
        check(response.value(u"response")
                              .toString()
                              .compare(request.value(u"request").toString(), Qt::CaseInsensitive)
                      == 0,
              "the response is named for another request");
    }
    // A response sent as ready-made text says what its JSON says.
    if (!reply.text.isEmpty()) {
        const QJsonDocument sent = QJsonDocument::fromJson(reply.text);
        check(sent.isObject()
                      && fuzz::withoutLeadingBoms(sent.object())
                                 == fuzz::withoutLeadingBoms(response),
              "the text of the response is not its JSON");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString root = fuzz::workFolder() + QStringLiteral("/application");
    static const TreeCopy start = makeStart(root);

    const QByteArray frame = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))
                                     .replace("$DIR", QFile::encodeName(root));
    start.writeTo(root);
    Application application(root);
    (void)application.controller().syncNow(QStringLiteral("Busy"));
    if (application.startsSpeedTest(frame))
        return -1; // not added to the corpus
    const QList<ApiReply> replies = application.answer(frame);
    LTS_FUZZ_CHECK(replies.size() <= 2, frame, QStringLiteral("%1 replies").arg(replies.size()));
    for (const ApiReply &reply : replies)
        checkReply(frame, reply);
    return 0;
}
