// Drives whose target is an HTTP upload form ("post+http://host:port/upload", remote.md), run
// against a real form on loopback (support/uploadserver.h, a few lines of Python that store
// what is posted and log every request): Update and Move send every file once with the form's
// fields; the next run sends only what changed (the ledger); a refused file fails alone; a
// server error and a lost connection are tried again (after a back-off); a form that is gone;
// a run killed in the middle sends again only the file whose answer it did not get; a
// cancelled run; a certificate nothing vouches for;
// Mirror and a form as the source refused; the sync command's --upload-field and
// --upload-file-field.
#include "apprunner.h"
#include "locationfactory.h"
#include "sftpplace.h"
#include "syncengine.h"
#include "targetindex.h"
#include "testmain.h"
#include "uploadserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

using namespace lts;
using namespace std::chrono_literals;
using test::AppRun;
using test::bytes;
using test::filesIn;
using test::UploadServer;
using test::write;

namespace {

// The requests that carried the file `name`, in order.
QList<QJsonObject> requestsFor(const UploadServer &server, const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonObject &request : server.requests()) {
        if (request.value(QStringLiteral("file")).toString() == name
            || request.value(QStringLiteral("hang")).toString() == name
            || request.value(QStringLiteral("drop")).toString() == name)
            found.append(request);
    }
    return found;
}

bool hangsOn(const UploadServer &server, const QString &name)
{
    const QList<QJsonObject> requests = server.requests();
    return std::any_of(requests.cbegin(), requests.cend(), [&](const QJsonObject &request) {
        return request.value(QStringLiteral("hang")).toString() == name;
    });
}

QString failureOf(const SyncReport &report, const QByteArray &path)
{
    for (const SyncEntry &entry : report.entries) {
        if (entry.action == SyncEntry::Action::Failed && entry.path == path)
            return entry.reason;
    }
    return {};
}

} // namespace

class TestUploadDrives : public QObject
{
    Q_OBJECT

    using Place = test::SftpPlace;

    std::unique_ptr<UploadServer> m_server;

    static RemoteAccess accessOf(const Place &place)
    {
        RemoteAccess access;
        access.configFolder = place.config();
        access.uploadBackoff = { 0ms, 0ms };
        return access;
    }

    static UploadForm px4Form()
    {
        UploadForm form;
        form.fileField = QStringLiteral("filearg");
        form.fields.insert(QStringLiteral("email"), QStringLiteral("a@b.org"));
        form.fields.insert(QStringLiteral("description"), QStringLiteral("Flight 12, Site 4"));
        return form;
    }

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         SyncMode mode, const RemoteAccess &access,
                         const std::optional<UploadForm> &form = px4Form())
    {
        Drive drive;
        drive.name = QStringLiteral("logs");
        drive.source = source;
        drive.target = target;
        drive.mode = mode;
        drive.upload = form;
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    static SyncReport run(const SyncJob &job)
    {
        return runSync(job, [] { return false; });
    }

    bool startServer(const std::function<void(UploadServer &)> &setUp = {})
    {
        if (const QString why = UploadServer::whyNot(); !why.isEmpty())
            return false;
        m_server = std::make_unique<UploadServer>();
        if (setUp)
            setUp(*m_server);
        return m_server->start();
    }

#define START_SERVER(...) \
    do { \
        if (const QString why = UploadServer::whyNot(); !why.isEmpty()) \
            LTS_SKIP_WITHOUT_SERVER(why); \
        QVERIFY2(startServer(__VA_ARGS__), qPrintable(m_server->whyNotStarted())); \
    } while (false)

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
    }

    void updateSendsEveryFileOnceWithTheFormsFields()
    {
        START_SERVER();
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "first");
        write(source + QStringLiteral("/2026/b.ulg"), bytes(5 * 1024 * 1024 + 7, 3));
        write(source + QStringLiteral("/2026/12/c d.ulg"), "c");
        const QMap<QString, QByteArray> sent = filesIn(source);

        SyncReport report = run(
                jobOf(place, source, m_server->location(), SyncMode::Update, accessOf(place)));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 3);
        QStringList stored = m_server->stored();
        stored.sort();
        QCOMPARE(stored, (QStringList{ QStringLiteral("a.ulg"), QStringLiteral("b.ulg"),
                                       QStringLiteral("c d.ulg") }));
        for (const QJsonObject &request : m_server->requests()) {
            QCOMPARE(request.value(QStringLiteral("field")).toString(), QStringLiteral("filearg"));
            const QJsonObject fields = request.value(QStringLiteral("fields")).toObject();
            QCOMPARE(fields.value(QStringLiteral("email")).toString(), QStringLiteral("a@b.org"));
            QCOMPARE(fields.value(QStringLiteral("description")).toString(),
                     QStringLiteral("Flight 12, Site 4"));
            QCOMPARE(fields.size(), 2);
        }
        // What arrived is the files, whole; the source keeps them.
        const QString received = m_server->directory();
        QCOMPARE(test::filesIn(received).value(QStringLiteral("b.ulg")),
                 sent.value(QStringLiteral("2026/b.ulg")));
        QCOMPARE(test::filesIn(received).value(QStringLiteral("c d.ulg")), QByteArray("c"));
        QCOMPARE(filesIn(source), sent);

        // Nothing changed: nothing is sent, and the form is not asked what it has.
        const qsizetype before = m_server->requests().size();
        report = run(jobOf(place, source, m_server->location(), SyncMode::Update, accessOf(place)));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated, 0);
        QCOMPARE(m_server->requests().size(), before);

        // A changed file is sent again, and only it; a new one is sent.
        write(source + QStringLiteral("/a.ulg"), "second, longer");
        write(source + QStringLiteral("/2026/new.ulg"), "new");
        report = run(jobOf(place, source, m_server->location(), SyncMode::Update, accessOf(place)));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.added, 1);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("a.ulg")).size(), 2);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("b.ulg")).size(), 1);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("new.ulg")).size(), 1);
        QCOMPARE(test::filesIn(received).value(QStringLiteral("a.ulg")),
                 QByteArray("second, longer"));
    }

    // Move: a file leaves the source only once the form took it; a file the form refuses
    // stays, and fails alone with the server's answer.
    void moveRemovesOnlyWhatTheFormTook()
    {
        START_SERVER([](UploadServer &server) { server.refuse(QStringLiteral("b.ulg")); });
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        write(source + QStringLiteral("/b.ulg"), "b");
        write(source + QStringLiteral("/sub/c.ulg"), "c");

        SyncReport report
                = run(jobOf(place, source, m_server->location(), SyncMode::Move, accessOf(place)));
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.added, 2);
        QCOMPARE(report.errors, 1);
        const QString why = failureOf(report, "b.ulg");
        QVERIFY2(why.contains(QStringLiteral("HTTP 400")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("not a log file we take")), qPrintable(why));
        QCOMPARE(m_server->stored(),
                 (QStringList{ QStringLiteral("a.ulg"), QStringLiteral("c.ulg") }));
        // Sent: gone from the source (and its emptied folder); refused: still there.
        QCOMPARE(filesIn(source), (QMap<QString, QByteArray>{ { QStringLiteral("b.ulg"), "b" } }));
        QVERIFY(!QFileInfo::exists(source + QStringLiteral("/sub")));

        // The next run tries the refused file again, and only it.
        report = run(jobOf(place, source, m_server->location(), SyncMode::Move, accessOf(place)));
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("a.ulg")).size(), 1);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("b.ulg")).size(), 2);
        QVERIFY(QFileInfo::exists(source + QStringLiteral("/b.ulg")));
    }

    // A file sent again by Move after the user put it back unchanged is not sent twice: the
    // ledger knows it, and the source's copy goes.
    void moveRemovesAFileTheFormHasAlready()
    {
        START_SERVER();
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        SyncReport report = run(
                jobOf(place, source, m_server->location(), SyncMode::Update, accessOf(place)));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        report = run(jobOf(place, source, m_server->location(), SyncMode::Move, accessOf(place)));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(requestsFor(*m_server, QStringLiteral("a.ulg")).size(), 1);
        QVERIFY(filesIn(source).isEmpty());
    }

    // 503 twice, then 200: the file is sent once, after two back-offs; three 503s fail it.
    void aServerErrorIsTriedAgainAfterABackOff()
    {
        START_SERVER([](UploadServer &server) { server.failFirst(5); });
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        write(source + QStringLiteral("/b.ulg"), "b");
        RemoteAccess access = accessOf(place);
        access.uploadBackoff = { 200ms, 400ms };
        QElapsedTimer took;
        took.start();
        // a.ulg meets 503 three times and fails; b.ulg twice, then goes through.
        const SyncReport report
                = run(jobOf(place, source, m_server->location(), SyncMode::Update, access));
        QVERIFY2(took.elapsed() >= 2 * (200 + 400), qPrintable(QString::number(took.elapsed())));
        QCOMPARE(report.result, RunResult::Partial);
        const QString why = failureOf(report, "a.ulg");
        QVERIFY2(why.contains(QStringLiteral("HTTP 503")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Busy, try later")), qPrintable(why));
        QCOMPARE(requestsFor(*m_server, QStringLiteral("a.ulg")).size(), 3);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("b.ulg")).size(), 3);
        QCOMPARE(m_server->stored(), QStringList{ QStringLiteral("b.ulg") });
        QCOMPARE(report.added, 1);
    }

    // A connection lost before the answer is tried again: the file is sent once more, and
    // taken.
    void aLostConnectionIsTriedAgain()
    {
        START_SERVER([](UploadServer &server) { server.dropOnce(QStringLiteral("a.ulg")); });
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        const SyncReport report = run(
                jobOf(place, source, m_server->location(), SyncMode::Update, accessOf(place)));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(requestsFor(*m_server, QStringLiteral("a.ulg")).size(), 2);
        QCOMPARE(m_server->stored(), QStringList{ QStringLiteral("a.ulg") });
    }

    // The form's server gone: the run stops at once, Unreachable, the drive unavailable.
    void aFormThatIsGoneLeavesTheDriveUnavailable()
    {
        START_SERVER();
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        m_server->stop();
        const SyncReport report
                = run(jobOf(place, source, m_server->location(), SyncMode::Move, accessOf(place)));
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Unreachable"));
        QVERIFY(report.unavailable);
        QVERIFY(QFileInfo::exists(source + QStringLiteral("/a.ulg")));
    }

    // A cancel while the form does not answer ends the run at once; the file's row stays
    // pending, so the next run sends it.
    void aRunCancelledWhileTheFormHangsEndsAtOnce()
    {
        START_SERVER([](UploadServer &server) { server.hangOn(QStringLiteral("b.ulg")); });
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        for (const char *name : { "a.ulg", "b.ulg", "c.ulg" })
            write(source + u'/' + QLatin1StringView(name), name);
        SyncJob job = jobOf(place, source, m_server->location(), SyncMode::Move, accessOf(place));
        SyncEngine engine;
        QFuture<SyncReport> running = engine.run(job);
        QTRY_VERIFY_WITH_TIMEOUT(hangsOn(*m_server, QStringLiteral("b.ulg")), 60000);
        QElapsedTimer took;
        took.start();
        job.cancel.cancel();
        running.waitForFinished();
        QVERIFY2(took.elapsed() < 5000, qPrintable(QString::number(took.elapsed())));
        QCOMPARE(running.result().result, RunResult::Cancelled);
        QCOMPARE(m_server->stored(), QStringList{ QStringLiteral("a.ulg") });
        // Moved: the one the form took; kept: the one it did not answer, and the next.
        QCOMPARE(filesIn(source).keys(),
                 (QStringList{ QStringLiteral("b.ulg"), QStringLiteral("c.ulg") }));
        TargetIndex ledger(job.indexFile);
        QCOMPARE(ledger.pendingCount(), 1);

        const SyncReport again
                = run(jobOf(place, source, m_server->location(), SyncMode::Move, accessOf(place)));
        QVERIFY2(again.result == RunResult::Success, qPrintable(again.message));
        QCOMPARE(m_server->stored(), (QStringList{ QStringLiteral("a.ulg"), QStringLiteral("b.ulg"),
                                                   QStringLiteral("c.ulg") }));
        QVERIFY(filesIn(source).isEmpty());
    }

    // The real command, killed while the form has not answered the third file: the next run
    // sends that file again and the fourth, never the two the form took.
    void aKilledRunSendsAgainOnlyWhatItWasNotToldOf()
    {
        START_SERVER([](UploadServer &server) { server.hangOn(QStringLiteral("c.ulg")); });
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString source = home.filePath(QStringLiteral("logs"));
        for (const char *name : { "a.ulg", "b.ulg", "c.ulg", "d.ulg" })
            write(source + u'/' + QLatin1StringView(name), name);
        const QStringList arguments{ QStringLiteral("sync"),
                                     source,
                                     m_server->location(),
                                     QStringLiteral("--mode"),
                                     QStringLiteral("Update"),
                                     QStringLiteral("--upload-field"),
                                     QStringLiteral("email=a@b.org"),
                                     QStringLiteral("--upload-file-field"),
                                     QStringLiteral("filearg"),
                                     QStringLiteral("--config-dir"),
                                     home.filePath(QStringLiteral("config")),
                                     QStringLiteral("--data-dir"),
                                     home.filePath(QStringLiteral("data")) };
        const test::AppRunner runner(home.path());
        QProcess first;
        runner.prepare(first, arguments);
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(hangsOn(*m_server, QStringLiteral("c.ulg")), 60000);
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(m_server->stored(),
                 (QStringList{ QStringLiteral("a.ulg"), QStringLiteral("b.ulg") }));

        // --verify cannot list a form: it says so, and the run goes by the ledger.
        const AppRun second = runner.run(arguments + QStringList{ QStringLiteral("--verify") });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("an upload form cannot be listed")),
                 qPrintable(second.err));
        QCOMPARE(m_server->stored(),
                 (QStringList{ QStringLiteral("a.ulg"), QStringLiteral("b.ulg"),
                               QStringLiteral("c.ulg"), QStringLiteral("d.ulg") }));
        QCOMPARE(requestsFor(*m_server, QStringLiteral("a.ulg")).size(), 1);
        QCOMPARE(requestsFor(*m_server, QStringLiteral("b.ulg")).size(), 1);
        // The one the form got twice: once unanswered, once taken.
        QCOMPARE(requestsFor(*m_server, QStringLiteral("c.ulg")).size(), 2);
        for (const QJsonObject &request : m_server->requests()) {
            if (request.contains(QStringLiteral("hang")))
                continue;
            QCOMPARE(request.value(QStringLiteral("field")).toString(), QStringLiteral("filearg"));
            QCOMPARE(request.value(QStringLiteral("fields")).toObject(),
                     (QJsonObject{ { QStringLiteral("email"), QStringLiteral("a@b.org") } }));
        }
    }

    void aCertificateNothingVouchesForIsRefused()
    {
        START_SERVER([](UploadServer &server) { server.useTls(); });
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        const SyncReport report = run(
                jobOf(place, source, m_server->location(), SyncMode::Update, accessOf(place)));
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Certificate Unknown"));
        QVERIFY2(report.message.contains(m_server->certificateFingerprint()),
                 qPrintable(report.message));
        QVERIFY(m_server->requests().isEmpty());
    }

    // A form's certificate is trusted as a WebDAV server's is: presentedKey() shows it (a HEAD
    // without a login, no file posted), trustServer() pins only the one presented, the next run
    // sends the files, and a certificate that changes is refused with the pinned one as
    // Previous.
    void aCertificateIsPresentedTrustedAndAChangeRefused()
    {
        START_SERVER([](UploadServer &server) { server.useTls(); });
        const QString fingerprint = m_server->certificateFingerprint();
        QVERIFY(fingerprint.startsWith(u"SHA256:"));
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        const RemoteAccess access = accessOf(place);
        const QString form = m_server->location();
        const QString pins = place.config() + QStringLiteral("/trusted_certificates");

        const SyncJob first = jobOf(place, source, form, SyncMode::Update, access);
        const SyncReport refused = run(first);
        QCOMPARE(refused.code, QStringLiteral("Certificate Unknown"));
        std::optional<fsops::HostKey> key = first.targetAt()->refusedHostKey();
        QVERIFY(key);
        QCOMPARE(key->type, QStringLiteral("certificate"));
        QCOMPARE(key->fingerprint, fingerprint);
        QCOMPARE(key->subject, QStringLiteral("127.0.0.1"));
        QVERIFY(key->previous.isEmpty());

        Result<fsops::PresentedKey> presented = locationFor(form, access)->presentedKey();
        QVERIFY2(presented, qPrintable(presented ? QString() : presented.error().message));
        QCOMPARE(presented->key.fingerprint, fingerprint);
        QCOMPARE(presented->key.subject, QStringLiteral("127.0.0.1"));
        QVERIFY(presented->key.issuer.contains(u"127.0.0.1"));
        QVERIFY(presented->key.validUntil > QDateTime::currentDateTimeUtc());
        QVERIFY(!presented->trusted);
        // post+http:// presents none: nothing to trust.
        const Result<fsops::PresentedKey> plain
                = locationFor(QStringLiteral("post+http://127.0.0.1:1/upload"), access)
                          ->presentedKey();
        QVERIFY(!plain);
        QCOMPARE(fsops::kindOf(plain.error()), fsops::ErrorKind::NotSupported);

        const Result<fsops::HostKey> wrong = trustServer(
                form, access, QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(!QFileInfo::exists(pins));
        const Result<fsops::HostKey> trusted = trustServer(form, access, fingerprint);
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
        QCOMPARE(trusted->fingerprint, fingerprint);
        presented = locationFor(form, access)->presentedKey();
        QVERIFY(presented);
        QVERIFY(presented->trusted);
        QVERIFY(m_server->requests().isEmpty()); // looks only: nothing posted

        const SyncReport sent = run(jobOf(place, source, form, SyncMode::Update, access));
        QVERIFY2(sent.result == RunResult::Success, qPrintable(sent.message));
        QCOMPARE(m_server->stored(), QStringList{ QStringLiteral("a.ulg") });

        QVERIFY2(m_server->replaceCertificate(), qPrintable(m_server->whyNotStarted()));
        const QString changed = m_server->certificateFingerprint();
        QVERIFY(changed != fingerprint);
        write(source + QStringLiteral("/b.ulg"), "b");
        const SyncJob again = jobOf(place, source, form, SyncMode::Update, access);
        const SyncReport changedRun = run(again);
        QCOMPARE(changedRun.result, RunResult::Refused);
        QCOMPARE(changedRun.code, QStringLiteral("Certificate Unknown"));
        QVERIFY2(changedRun.message.contains(fingerprint) && changedRun.message.contains(changed),
                 qPrintable(changedRun.message));
        key = again.targetAt()->refusedHostKey();
        QVERIFY(key);
        QCOMPARE(key->fingerprint, changed);
        QCOMPARE(key->previous, fingerprint);
        QCOMPARE(m_server->stored(), QStringList{ QStringLiteral("a.ulg") });
    }

    void mirrorToAFormIsRefused()
    {
        START_SERVER();
        Place place;
        const QString source = place.local(QStringLiteral("logs"));
        write(source + QStringLiteral("/a.ulg"), "a");
        const SyncReport report = run(
                jobOf(place, source, m_server->location(), SyncMode::Mirror, accessOf(place)));
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Not Supported"));
        QVERIFY2(report.message.contains(QStringLiteral("cannot delete")),
                 qPrintable(report.message));
        QVERIFY(m_server->requests().isEmpty());
    }

    // The command line: a form's options, and what it refuses.
    void theSyncCommandsUploadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        const QString form = QStringLiteral("post+http://127.0.0.1:9/upload");
        QTest::newRow("a field without '='")
                << QStringList{ QStringLiteral("SOURCE"),         form,
                                QStringLiteral("--mode"),         QStringLiteral("Update"),
                                QStringLiteral("--upload-field"), QStringLiteral("email") }
                << QStringLiteral("NAME=VALUE");
        QTest::newRow("a target that is no form")
                << QStringList{ QStringLiteral("SOURCE"),
                                QStringLiteral("TARGET"),
                                QStringLiteral("--mode"),
                                QStringLiteral("Update"),
                                QStringLiteral("--upload-file-field"),
                                QStringLiteral("filearg") }
                << QStringLiteral("for an upload form");
        QTest::newRow("with --drive")
                << QStringList{ QStringLiteral("--drive"), QStringLiteral("logs"),
                                QStringLiteral("--upload-field"), QStringLiteral("a=b") }
                << QStringLiteral("give no others");
        QTest::newRow("Mirror") << QStringList{ QStringLiteral("SOURCE"), form }
                                << QStringLiteral("cannot delete files");
        QTest::newRow("a form as the source")
                << QStringList{ form, QStringLiteral("TARGET"), QStringLiteral("--mode"),
                                QStringLiteral("Update") }
                << QStringLiteral("can only be a target");
    }
    void theSyncCommandsUploadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        write(home.filePath(QStringLiteral("SOURCE/a.ulg")), "a");
        arguments.replaceInStrings(QStringLiteral("SOURCE"),
                                   home.filePath(QStringLiteral("SOURCE")));
        arguments.replaceInStrings(QStringLiteral("TARGET"),
                                   home.filePath(QStringLiteral("TARGET")));
        arguments.prepend(QStringLiteral("sync"));
        arguments << QStringLiteral("--config-dir") << home.filePath(QStringLiteral("config"))
                  << QStringLiteral("--data-dir") << home.filePath(QStringLiteral("data"));
        const AppRun refused = test::AppRunner(home.path()).run(arguments);
        QVERIFY2(refused.exitCode == 4,
                 qPrintable(QString::number(refused.exitCode) + u' ' + refused.err));
        QVERIFY2(refused.err.contains(words), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("TARGET"))));
    }
};

LTS_TEST_MAIN(TestUploadDrives)
#include "tst_uploaddrives.moc"
