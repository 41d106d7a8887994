// Drives whose source or target is a remote of rclone's ("rclone:REMOTE:path"), run by the engine
// through the application's rclone daemon against a test configuration (support/rcloneconfig.h):
// a remote on a folder of this computer and one on `rclone serve webdav` on loopback. Every mode
// both ways; the daemon started by the first drive, shared by a second, stopped when none needs
// it, with its login in no command line and no file the application writes; rclone missing
// from PATH; a remote that is not configured; a remote that goes away in the middle of a run.
#include "davserver.h"
#include "locationfactory.h"
#include "rcloneconfig.h"
#include "rclonedaemon.h"
#include "rclonefs.h"
#include "sftpplace.h"
#include "syncengine.h"
#include "tcpproxy.h"
#include "temporaries.h"
#include "temporarynames.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

using namespace lts;
using test::bytes;
using test::DavServer;
using test::filesIn;
using test::temporariesIn;
using test::write;

namespace {

enum class Direction { ToRemote, FromRemote };
enum class Remote { Local, WebDav };

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool processExists(qint64 pid)
{
    // A process that ended is gone from /proc once reaped (QProcess waits for it).
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// The environment variable `name` of the process `pid`, as /proc shows it to its user.
QByteArray environmentOf(qint64 pid, const QByteArray &name)
{
    for (const QByteArray &entry :
         contentOf(QStringLiteral("/proc/%1/environ").arg(pid)).split('\0')) {
        if (entry.startsWith(QByteArray(name + '=')))
            return entry.mid(name.size() + 1);
    }
    return {};
}

// The calls the rclone backend sends to its daemon while one lives, from its debug lines
// (category lts.fs.rclone: "METHOD WHERE N in flight"), whichever thread sends them.
class RcloneCalls
{
public:
    struct Call
    {
        QString method;
        QString where;
        int inFlight = 0;
    };

    RcloneCalls()
    {
        s_current = this;
        QLoggingCategory::setFilterRules(QStringLiteral("lts.fs.rclone.debug=true"));
        m_previous = qInstallMessageHandler(&RcloneCalls::handle);
    }
    ~RcloneCalls()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QStringLiteral("lts.fs.rclone.debug=false"));
        s_current = nullptr;
    }
    Q_DISABLE_COPY_MOVE(RcloneCalls)

    std::vector<Call> calls() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    // The most calls of the location in flight when one of `method` was sent.
    int mostInFlight(const QString &method) const
    {
        int most = 0;
        for (const Call &call : calls()) {
            if (call.method == method)
                most = std::max(most, call.inFlight);
        }
        return most;
    }
    int count(const QString &method) const
    {
        const std::vector<Call> all = calls();
        return int(std::count_if(all.cbegin(), all.cend(),
                                 [&](const Call &call) { return call.method == method; }));
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        RcloneCalls *self = s_current;
        if (!self || qstrcmp(context.category, "lts.fs.rclone") != 0) {
            if (self && self->m_previous)
                self->m_previous(type, context, text);
            return;
        }
        const QStringList words = text.split(u' ');
        if (words.size() < 5)
            return;
        const QMutexLocker lock(&self->m_mutex);
        self->m_calls.push_back({ words.first(), words.mid(1, words.size() - 4).join(u' '),
                                  words.at(words.size() - 3).toInt() });
    }

    static inline RcloneCalls *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    std::vector<Call> m_calls;
};

} // namespace

Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(Remote)

class TestRcloneDrives : public QObject
{
    Q_OBJECT

    std::unique_ptr<DavServer> m_dav;
    QString m_davRemote;
    int m_serial = 0;

    using Place = test::SftpPlace;

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         SyncMode mode)
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        drive.mode = mode;
        RemoteAccess access;
        access.configFolder = place.config();
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    static SyncReport run(const SyncJob &job)
    {
        return runSync(job, [] { return false; });
    }

    QString nextFolder() { return QStringLiteral("f%1").arg(++m_serial); }

    static std::optional<fsops::Folder> rootOf(const Location &location)
    {
        Result<fsops::Folder> root = location.openRoot();
        if (!root)
            qWarning("%s", qPrintable(root.error().message));
        return root ? std::optional<fsops::Folder>(std::move(root).value()) : std::nullopt;
    }

    // A location on `disk` through `remote` (a local remote of the tests' rclone configuration),
    // as a drive of `place` opens it.
    static auto diskLocation(const Place &place, const QString &remote, const QString &disk)
    {
        RemoteAccess access;
        access.configFolder = place.config();
        return locationFor(QStringLiteral("rclone:%1:%2").arg(remote, disk), access);
    }

    // The daemon is gone (its idle delay passed since the last use).
    static bool daemonStopped() { return !fsops::RcloneDaemon::shared().processId(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::RcloneConfig::shared(); // RCLONE_CONFIG before the daemon starts
        fsops::RcloneDaemon::shared().setIdleDelay(std::chrono::milliseconds(100));
        m_dav = std::make_unique<DavServer>(DavServer::Kind::Rclone);
        QVERIFY2(m_dav->start(), qPrintable(m_dav->whyNot()));
        m_davRemote = test::RcloneConfig::shared().addWebDav(*m_dav);
        QVERIFY(!m_davRemote.isEmpty());
    }

    void everyModeBothWays_data()
    {
        QTest::addColumn<Remote>("remote");
        QTest::addColumn<SyncMode>("mode");
        QTest::addColumn<Direction>("direction");
        for (const auto &[remoteName, remote] : { std::pair{ "local remote", Remote::Local },
                                                  std::pair{ "webdav remote", Remote::WebDav } }) {
            for (const auto &[modeName, mode] :
                 { std::pair{ "Mirror", SyncMode::Mirror }, std::pair{ "Update", SyncMode::Update },
                   std::pair{ "Move", SyncMode::Move } }) {
                QTest::addRow("%s, %s, to it", remoteName, modeName)
                        << remote << mode << Direction::ToRemote;
                QTest::addRow("%s, %s, from it", remoteName, modeName)
                        << remote << mode << Direction::FromRemote;
            }
        }
    }
    void everyModeBothWays()
    {
        QFETCH(Remote, remote);
        QFETCH(SyncMode, mode);
        QFETCH(Direction, direction);
        Place place;
        // Where the remote's folders are on this computer's disk, and how a drive names them.
        QTemporaryDir localRemote;
        const QString remoteDisk
                = remote == Remote::Local ? localRemote.path() : m_dav->directory();
        const QString sourceFolder = nextFolder(), targetFolder = nextFolder();
        const auto rclone = [&](const QString &folder) {
            return remote == Remote::Local
                           ? QStringLiteral("rclone:%1:%2/%3")
                                     .arg(test::RcloneConfig::shared().localRemote(), remoteDisk,
                                          folder)
                           : QStringLiteral("rclone:%1:%2").arg(m_davRemote, folder);
        };
        const bool toRemote = direction == Direction::ToRemote;
        const QString sourceDisk
                = toRemote ? place.local(sourceFolder) : remoteDisk + u'/' + sourceFolder;
        const QString targetDisk
                = toRemote ? remoteDisk + u'/' + targetFolder : place.local(targetFolder);
        const QString source = toRemote ? sourceDisk : rclone(sourceFolder);
        const QString target = toRemote ? rclone(targetFolder) : targetDisk;

        write(sourceDisk + QStringLiteral("/a.txt"), "first");
        // Larger than a call's worth: copied as a job of the daemon's.
        write(sourceDisk + QStringLiteral("/sub/big.bin"), bytes(9 * 1024 * 1024 + 7, 3));
        write(sourceDisk + QStringLiteral("/sub/deeper/c.txt"), "c");
        write(sourceDisk + QStringLiteral("/name with spaces & 100%.txt"), "odd");
        const QMap<QString, QByteArray> first = filesIn(sourceDisk);

        SyncReport report = run(jobOf(place, source, target, mode));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 4);
        QCOMPARE(filesIn(targetDisk), first);
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());
        else
            QCOMPARE(filesIn(sourceDisk), first);

        // A change, a new file, and a file gone from the source.
        write(sourceDisk + QStringLiteral("/a.txt"), "second, longer");
        write(sourceDisk + QStringLiteral("/new.txt"), "new");
        QFile::remove(sourceDisk + QStringLiteral("/sub/deeper/c.txt"));
        const QMap<QString, QByteArray> second = filesIn(sourceDisk);
        report = run(jobOf(place, source, target, mode));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QMap<QString, QByteArray> expected = first;
        for (auto it = second.cbegin(); it != second.cend(); ++it)
            expected.insert(it.key(), it.value());
        if (mode == SyncMode::Mirror)
            expected.remove(QStringLiteral("sub/deeper/c.txt"));
        QCOMPARE(filesIn(targetDisk), expected);
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());

        // Nothing changed: nothing copied, also when the remote is listed in full.
        report = run(jobOf(place, source, target, mode));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        SyncJob verify = jobOf(place, source, target, mode);
        verify.verify = true;
        report = run(verify);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QCOMPARE(temporariesIn(sourceDisk), QStringList());
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // The small files of a run go to the daemon together: their uploads in one call (rclone's
    // sync/copy of a folder of this computer laid out as the target), the looks at their names
    // and after their renames as one listing per folder, their renames several in flight from
    // one copy thread; the engine's temporary names, random and the run's own, are never
    // looked at. Without, each file cost an upload, four looks and a rename, one at a time.
    // Every file arrives whole under its name, with its time, and no temporary is left.
    void smallFilesGoTogetherAndTemporariesAreNotLookedAt()
    {
        Place place;
        QTemporaryDir remoteDisk;
        const QString source = place.local(QStringLiteral("s"));
        for (int i = 0; i < 40; ++i)
            write(source + QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i),
                  "file " + QByteArray::number(i) + bytes(i * 100, char(i)));
        const QString targetDisk = remoteDisk.filePath(QStringLiteral("t"));
        SyncJob job = jobOf(place, source,
                            QStringLiteral("rclone:%1:%2")
                                    .arg(test::RcloneConfig::shared().localRemote(), targetDisk),
                            SyncMode::Mirror);
        job.copyThreads = 1;
        std::optional<RcloneCalls> log(std::in_place);
        SyncReport report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 40);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
        QCOMPARE(temporariesIn(targetDisk), QStringList());
        for (int i = 0; i < 40; i += 13) {
            const QString name = QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i);
            QCOMPARE(QFileInfo(targetDisk + name).lastModified(),
                     QFileInfo(source + name).lastModified());
        }

        const auto calls = [&](const char *method) { return log->count(QLatin1String(method)); };
        // (The application's own notes in .letthatsyncin go as single files.)
        QCOMPARE(calls("sync/copy"), 1);
        QStringList alone;
        for (const RcloneCalls::Call &call : log->calls()) {
            if (call.method == QStringLiteral("operations/copyfile")
                && !call.where.contains(QStringLiteral("/.letthatsyncin/")))
                alone << call.where;
        }
        QVERIFY2(alone.isEmpty(), qPrintable(alone.join(u' ')));
        QStringList looks;
        for (const RcloneCalls::Call &call : log->calls()) {
            if (call.method == QStringLiteral("operations/stat")
                && call.where.contains(QRegularExpression(QStringLiteral("/d[0-9]/f"))))
                looks << call.where;
        }
        QVERIFY2(looks.size() < 10, qPrintable(looks.join(u' ')));
        QCOMPARE(calls("operations/movefile") >= 40, true);
        QVERIFY2(log->mostInFlight(QStringLiteral("operations/movefile")) >= 4,
                 qPrintable(QString::number(
                         log->mostInFlight(QStringLiteral("operations/movefile")))));
        QStringList looked;
        for (const RcloneCalls::Call &call : log->calls()) {
            if ((call.method == QStringLiteral("operations/stat")
                 || call.method == QStringLiteral("operations/list"))
                && isTemporaryName(call.where.section(u'/', -1).toUtf8()))
                looked << call.where;
        }
        QVERIFY2(looked.isEmpty(), qPrintable(looked.join(u' ')));

        // The next run trusts its index: nothing is copied, and the files are as they were.
        log.reset();
        report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
    }

    // Where the remote takes "F3" and "f3" for one name (fsinfo's CaseInsensitive), a batch of
    // renames looked at through one listing of the folder still finds "f3" taken by "F3",
    // and leaves the user's file alone.
    void aNameTakenInAnotherCaseIsTakenWhereTheRemoteFoldsCase()
    {
        Place place;
        QTemporaryDir remoteDisk;
        const auto location
                = diskLocation(place, test::RcloneConfig::shared().caseInsensitiveLocalRemote(),
                               remoteDisk.path());
        std::optional<fsops::Folder> root = rootOf(*location);
        QVERIFY(root);
        write(remoteDisk.filePath(QStringLiteral("F3")), "the user's");
        std::vector<fsops::Renaming> renamings;
        for (int i = 0; i < 10; ++i) {
            const QByteArray n = QByteArray::number(i);
            write(remoteDisk.filePath(QStringLiteral("t%1").arg(i)), "new " + n);
            renamings.push_back({ &*root, "t" + n, "f" + n, std::nullopt });
        }
        const std::vector<Result<void>> results = fsops::Folder::renameFiles(renamings);
        QCOMPARE(results.size(), renamings.size());
        for (std::size_t i = 0; i < results.size(); ++i)
            QVERIFY2(bool(results[i]) == (i != 3), qPrintable(QString::number(i)));
        QCOMPARE(fsops::kindOf(results[3].error()), fsops::ErrorKind::Exists);
        QCOMPARE(contentOf(remoteDisk.filePath(QStringLiteral("F3"))), QByteArray("the user's"));
        QVERIFY(!QFileInfo::exists(remoteDisk.filePath(QStringLiteral("f3"))));
        QCOMPARE(contentOf(remoteDisk.filePath(QStringLiteral("f9"))), QByteArray("new 9"));
    }

    // A batch's files go through a folder of this computer that rclone reads with its local
    // file system, which writes some names of the user's in another form on a disk (a
    // fullwidth '／' or a whole name '．', its stand-ins for '/' and '.'): they still arrive
    // under their own names, beside the others of the batch.
    void aBatchKeepsNamesRcloneWouldReadOtherwise()
    {
        Place place;
        QTemporaryDir remoteDisk;
        const auto location = diskLocation(place, test::RcloneConfig::shared().localRemote(),
                                           remoteDisk.path());
        std::optional<fsops::Folder> root = rootOf(*location);
        QVERIFY(root);
        const std::vector<QByteArray> names{ "x\xef\xbc\x8fy", "plain", "\xef\xbc\x8e" };
        std::vector<fsops::NewFile> files;
        for (const QByteArray &name : names)
            files.push_back({ &*root, name, "content of " + name, {}, false });
        const std::vector<Result<void>> results = fsops::Folder::writeFiles(files, {});
        for (std::size_t i = 0; i < results.size(); ++i)
            QVERIFY2(results[i], qPrintable(results[i] ? QString() : results[i].error().message));
        Result<std::vector<fsops::Entry>> listed = root->list();
        QVERIFY(listed);
        QStringList seen;
        for (const fsops::Entry &entry : *listed)
            seen << QString::fromUtf8(entry.name);
        QStringList expected;
        for (const QByteArray &name : names)
            expected << QString::fromUtf8(name);
        seen.sort();
        expected.sort();
        QCOMPARE(seen, expected);
        for (const QByteArray &name : names)
            QCOMPARE(*root->readFile(name, 1024), "content of " + name);
    }

    // A batch whose one copy fails (rclone cannot write a file where a folder of the user's
    // has its name) is not lost whole: the others arrive, each with its own result, and the
    // folder stays as it was.
    void aBatchWithOneFailingFileGivesEachItsOwnResult()
    {
        Place place;
        QTemporaryDir remoteDisk;
        const auto location = diskLocation(place, test::RcloneConfig::shared().localRemote(),
                                           remoteDisk.path());
        std::optional<fsops::Folder> root = rootOf(*location);
        QVERIFY(root);
        const QByteArray blocked = temporaryName("x", "abcdefgh");
        QVERIFY(QDir(remoteDisk.path()).mkdir(QString::fromUtf8(blocked)));
        write(remoteDisk.filePath(QString::fromUtf8(blocked) + QStringLiteral("/inside")), "keep");
        const std::vector<QByteArray> names{ temporaryName("a", "aaaaaaaa"), blocked,
                                             temporaryName("b", "bbbbbbbb") };
        std::vector<fsops::NewFile> files;
        for (const QByteArray &name : names)
            files.push_back({ &*root, name, "content of " + name, {}, false });
        const std::vector<Result<void>> results = fsops::Folder::writeFiles(files, {});
        QCOMPARE(results.size(), names.size());
        QVERIFY2(results[0], qPrintable(results[0] ? QString() : results[0].error().message));
        QVERIFY(!results[1]);
        QVERIFY2(results[1].error().message.contains(QString::fromUtf8(blocked)),
                 qPrintable(results[1].error().message));
        QVERIFY2(results[2], qPrintable(results[2] ? QString() : results[2].error().message));
        for (const QByteArray &name : { names[0], names[2] })
            QCOMPARE(contentOf(remoteDisk.filePath(QString::fromUtf8(name))), "content of " + name);
        QVERIFY(QFileInfo(remoteDisk.filePath(QString::fromUtf8(blocked))).isDir());
        QCOMPARE(contentOf(remoteDisk.filePath(QString::fromUtf8(blocked)
                                               + QStringLiteral("/inside"))),
                 QByteArray("keep"));
    }

    // One daemon for every drive: started by the first, shared by the second, stopped once
    // neither needs it. Its login is in its environment only: not on its command line, and in
    // no file the application wrote.
    void theDaemonIsSharedAndStoppedWhenNoneNeedsIt()
    {
        QTRY_VERIFY(daemonStopped());
        Place place;
        QTemporaryDir remoteDisk;
        write(remoteDisk.filePath(QStringLiteral("one/a.txt")), "a");
        write(remoteDisk.filePath(QStringLiteral("two/b.txt")), "b");
        const QString disk = test::RcloneConfig::shared().localRemote();
        RemoteAccess access;
        access.configFolder = place.config();
        const auto one = locationFor(
                QStringLiteral("rclone:%1:%2/one").arg(disk, remoteDisk.path()), access);
        const auto two = locationFor(
                QStringLiteral("rclone:%1:%2/two").arg(disk, remoteDisk.path()), access);
        std::optional<fsops::Folder> first = rootOf(*one);
        const std::optional<qint64> pid = fsops::RcloneDaemon::shared().processId();
        QVERIFY(first && pid);
        QVERIFY(processExists(*pid));
        std::optional<fsops::Folder> second = rootOf(*two);
        QCOMPARE(fsops::RcloneDaemon::shared().processId(), pid);
        QCOMPARE(second->list()->front().name, QByteArray("b.txt"));

        const QByteArray password = environmentOf(*pid, "RCLONE_RC_PASS");
        QVERIFY(password.size() >= 16);
        const QByteArray commandLine = contentOf(QStringLiteral("/proc/%1/cmdline").arg(*pid));
        QVERIFY2(commandLine.contains("rcd"), commandLine.constData());
        QVERIFY2(!commandLine.contains(password), commandLine.constData());
        QVERIFY(!commandLine.contains(environmentOf(*pid, "RCLONE_RC_USER")));

        // The first lets go: the second still holds it, past the idle delay.
        first.reset();
        std::optional<fsops::Folder> third = rootOf(*one); // reused, not restarted
        QCOMPARE(fsops::RcloneDaemon::shared().processId(), pid);
        QCOMPARE(third->list()->front().name, QByteArray("a.txt"));

        // A whole run of a drive uses the same daemon, and writes no login anywhere.
        const SyncReport report
                = run(jobOf(place, QStringLiteral("rclone:%1:%2/one").arg(disk, remoteDisk.path()),
                            place.local(QStringLiteral("copy")), SyncMode::Mirror));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(contentOf(place.local(QStringLiteral("copy/a.txt"))), QByteArray("a"));
        QCOMPARE(fsops::RcloneDaemon::shared().processId(), pid);
        QStringList written;
        QDirIterator it(place.dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            written.append(file);
            QVERIFY2(!contentOf(file).contains(password), qPrintable(file));
        }
        QVERIFY2(written.filter(place.data() + u'/').size() > 0, qPrintable(written.join(u' ')));

        // Neither needs it any more: it stops, and its process is gone.
        second.reset();
        third.reset();
        QTRY_VERIFY(daemonStopped());
        QTRY_VERIFY(!processExists(*pid));
    }

    // The remotes of the configuration, for a picker (config/listremotes).
    void theRemotesAreListed()
    {
        const Result<QStringList> remotes = fsops::rcloneRemotes(std::chrono::seconds(30));
        QVERIFY2(remotes, qPrintable(remotes ? QString() : remotes.error().message));
        QVERIFY2(remotes->contains(test::RcloneConfig::shared().localRemote())
                         && remotes->contains(m_davRemote),
                 qPrintable(remotes->join(u' ')));
    }

    void rcloneMissingFromPathIsSaidWithThePackage()
    {
        QTRY_VERIFY(daemonStopped());
        QTemporaryDir empty;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(empty.path()));
        Place place;
        write(place.local(QStringLiteral("s/a.txt")), "a");
        const SyncReport report = run(jobOf(place, place.local(QStringLiteral("s")),
                                            QStringLiteral("rclone:%1:%2")
                                                    .arg(test::RcloneConfig::shared().localRemote(),
                                                         place.local(QStringLiteral("t"))),
                                            SyncMode::Mirror));
        qputenv("PATH", path);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY2(report.message.contains(
                         QStringLiteral("rclone is not installed: install the package rclone")),
                 qPrintable(report.message));
        QVERIFY(!QFileInfo::exists(place.local(QStringLiteral("t"))));
    }

    void aRemoteNotInTheConfigurationIsNamed()
    {
        Place place;
        write(place.local(QStringLiteral("s/a.txt")), "a");
        const SyncReport report
                = run(jobOf(place, place.local(QStringLiteral("s")),
                            QStringLiteral("rclone:nosuchremote:Lab"), SyncMode::Mirror));
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY2(report.message.contains(QStringLiteral("\"nosuchremote\"")),
                 qPrintable(report.message));
        QVERIFY2(report.message.contains(QStringLiteral("rclone config")),
                 qPrintable(report.message));
        QVERIFY2(report.message.contains(test::RcloneConfig::shared().file()),
                 qPrintable(report.message));
    }

    // The WebDAV server behind a remote goes away in the middle of an upload and stays away: the
    // run ends without success, every file under its name there is whole (old or new), and the
    // next run, once the server is back, completes.
    void aRemoteGoneInTheMiddleOfARunTearsNothing()
    {
        test::TcpProxy proxy(m_dav->port());
        QVERIFY(proxy.start());
        const QString remote = test::RcloneConfig::shared().addWebDav(*m_dav, proxy.port());
        QVERIFY(!remote.isEmpty());
        Place place;
        const QString source = place.local(QStringLiteral("s"));
        const QString folder = nextFolder();
        const QString targetDisk = m_dav->directory() + u'/' + folder;
        const QString target = QStringLiteral("rclone:%1:%2").arg(remote, folder);
        const QByteArray oldBig = bytes(4 * 1024 * 1024, 'o');
        const QByteArray newBig = bytes(16 * 1024 * 1024, 'n');
        write(source + QStringLiteral("/big.bin"), oldBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i), "old " + QByteArray::number(i));
        SyncReport report = run(jobOf(place, source, target, SyncMode::Mirror));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(targetDisk);
        QCOMPARE(before.value(QStringLiteral("big.bin")), oldBig);

        write(source + QStringLiteral("/big.bin"), newBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i),
                  "newer " + QByteArray::number(i));
        const QMap<QString, QByteArray> after = filesIn(source);
        // A quarter into the new file, and then no connection gets through.
        proxy.cutAfterUpload(newBig.size() / 4, true);
        QElapsedTimer clock;
        clock.start();
        report = run(jobOf(place, source, target, SyncMode::Mirror));
        // rclone tries a call again itself (about 12 s here): the run's other calls, its
        // cleanup included, do not each wait as long again (two minutes before they stopped).
        QVERIFY2(clock.elapsed() < 60'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(proxy.cuts() == 1,
                 qPrintable(QStringLiteral("%1 cuts; %2 %3")
                                    .arg(proxy.cuts())
                                    .arg(runResultName(report.result), report.message)));
        QVERIFY2(report.result == RunResult::Failure || report.result == RunResult::Partial,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QVERIFY2(report.code == QStringLiteral("Unreachable")
                         || report.result == RunResult::Partial,
                 qPrintable(report.code + u' ' + report.message));
        QMap<QString, QByteArray> cut = filesIn(targetDisk);
        for (const QString &temporary : temporariesIn(targetDisk))
            cut.remove(temporary);
        QCOMPARE(cut.keys(), after.keys());
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            QVERIFY2(it.value() == before.value(it.key()) || it.value() == after.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is torn: %1 bytes").arg(it->size())));
        }

        // The server is back: the next run finishes the work and cleans what the cut left.
        proxy.refuseConnections(false);
        report = run(jobOf(place, source, target, SyncMode::Mirror));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(filesIn(targetDisk), after);
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }
};

LTS_TEST_MAIN(TestRcloneDrives)
#include "tst_rclonedrives.moc"
