// The contract of fsops::FolderImpl, run against every backend: the local disk through POSIX
// descriptors and through the portable Qt layer (what Windows runs), and memory. A remote
// backend joins by adding a row to backends(). What the engine relies on is asserted here
// once, not assumed per backend.
#include "fsops.h"
#include "memoryfs.h"
#include "testmain.h"
#ifdef LTS_HAVE_SFTP
#include "sftpfs.h"
#include "sshdserver.h"
#endif
#include "davserver.h"
#include "ftpfs.h"
#include "ftpserver.h"
#include "rcloneconfig.h"
#include "rclonedaemon.h"
#include "rclonefs.h"
#include "webdavfs.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace lts;
using namespace lts::fsops;

namespace {

// One backend's fresh, empty root for one test function.
struct Backend
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<MemoryFileSystem> memory;
#ifdef LTS_HAVE_SFTP
    std::unique_ptr<test::SshdServer> sshd;
#endif
    std::unique_ptr<test::DavServer> dav;
    std::unique_ptr<test::FtpServer> ftp;
    Folder root;
    QString whyNot; // the backend failed to open a root
    QString cannotRunHere; // its server is not installed (the one reason to skip)
    bool tellsSpace = true; // a server that does not tell its free space says so instead
    std::unique_ptr<RcloneLocation> rclone;
};

using Factory = std::function<Backend()>;

Backend localBackend(Result<Folder> (*open)(const QByteArray &))
{
    Backend backend;
    backend.dir = std::make_unique<QTemporaryDir>();
    Result<Folder> root = open(QFile::encodeName(backend.dir->path()));
    if (root)
        backend.root = std::move(root).value();
    return backend;
}

Backend memoryBackend()
{
    Backend backend;
    backend.memory = std::make_unique<MemoryFileSystem>();
    Result<Folder> root = backend.memory->openRoot("/");
    backend.root = std::move(root).value();
    return backend;
}

#ifdef LTS_HAVE_SFTP
// A real OpenSSH sshd on loopback, its host key trusted, and a fresh folder on it as the root.
Backend sftpBackend()
{
    Backend backend;
    if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty()) {
        backend.cannotRunHere = why;
        return backend;
    }
    backend.dir = std::make_unique<QTemporaryDir>();
    backend.sshd = std::make_unique<test::SshdServer>();
    if (!backend.sshd->start()) {
        backend.whyNot = backend.sshd->whyNot();
        return backend;
    }
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = backend.sshd->port();
    endpoint.user = backend.sshd->user();
    endpoint.identityFile = backend.sshd->clientKey();
    endpoint.knownHostsFile = backend.dir->filePath(QStringLiteral("known_hosts"));
    endpoint.userKnownHostsFile = endpoint.knownHostsFile;
    // Never the real user's ~/.ssh/config: a file that is not there.
    endpoint.configFile = backend.dir->filePath(QStringLiteral("ssh_config"));
    endpoint.useAgent = false;
    endpoint.useDefaultKeys = false;
    QFile known(endpoint.knownHostsFile);
    if (known.open(QIODevice::WriteOnly))
        known.write(backend.sshd->knownHostsLine());
    known.close();
    const QString rootPath = backend.sshd->directory() + QStringLiteral("/root");
    SftpLocation location(endpoint, QFile::encodeName(rootPath));
    if (Result<void> made = location.makeRoot(); !made) {
        backend.whyNot = made.error().message;
        return backend;
    }
    Result<Folder> root = location.openRoot();
    if (root)
        backend.root = std::move(root).value();
    else
        backend.whyNot = root.error().message;
    return backend;
}
#endif

// A real WebDAV server on loopback (rclone's, nginx's, Apache's) with a password login, and a fresh
// folder on it as the root.
Backend davBackend(test::DavServer::Kind kind)
{
    Backend backend;
    backend.tellsSpace = false; // none of them gives quota-available-bytes
    if (const QString why = test::DavServer::whyNot(kind); !why.isEmpty()) {
        backend.cannotRunHere = why;
        return backend;
    }
    backend.dav = std::make_unique<test::DavServer>(kind);
    if (!backend.dav->start()) {
        backend.whyNot = backend.dav->whyNot();
        return backend;
    }
    DavEndpoint endpoint;
    endpoint.tls = false;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = backend.dav->port();
    endpoint.user = backend.dav->user();
    endpoint.path = "/root";
    endpoint.password = [password = backend.dav->password()] { return password; };
    WebDavLocation location(endpoint);
    if (Result<void> made = location.makeRoot(); !made) {
        backend.whyNot = made.error().message;
        return backend;
    }
    Result<Folder> root = location.openRoot();
    if (root)
        backend.root = std::move(root).value();
    else
        backend.whyNot = root.error().message;
    return backend;
}

// A real FTP server on loopback (pyftpdlib with a password login; vsftpd over explicit or
// implicit TLS, its self-signed certificate pinned, logged in anonymously), and a fresh folder
// on it as the root, given relative to the folder the login lands in.
Backend ftpBackend(test::FtpServer::Kind kind, test::FtpServer::Tls tls)
{
    Backend backend;
    backend.tellsSpace = false; // FTP has no free space
    if (const QString why = test::FtpServer::whyNot(kind); !why.isEmpty()) {
        backend.cannotRunHere = why;
        return backend;
    }
    backend.ftp = std::make_unique<test::FtpServer>(kind, tls);
    if (!backend.ftp->start()) {
        backend.whyNot = backend.ftp->whyNot();
        return backend;
    }
    FtpEndpoint endpoint;
    endpoint.tls = tls == test::FtpServer::Tls::Explicit   ? FtpEndpoint::Tls::Explicit
                   : tls == test::FtpServer::Tls::Implicit ? FtpEndpoint::Tls::Implicit
                                                           : FtpEndpoint::Tls::None;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = backend.ftp->port();
    endpoint.user = backend.ftp->user();
    endpoint.path = "root";
    endpoint.password = [password = backend.ftp->password()] { return password; };
    endpoint.certificateTrusted
            = [pinned = backend.ftp->certificateFingerprint()](const QString &fingerprint) {
                  return fingerprint == pinned;
              };
    FtpLocation location(endpoint);
    if (Result<void> made = location.makeRoot(); !made) {
        backend.whyNot = made.error().message;
        return backend;
    }
    Result<Folder> root = location.openRoot();
    if (root)
        backend.root = std::move(root).value();
    else
        backend.whyNot = root.error().message;
    return backend;
}

// A remote of rclone's through its daemon (RcloneDaemon): on a folder of this computer, or on
// `rclone serve webdav` on loopback; a fresh folder on it as the root.
Backend rcloneBackend(bool overWebDav)
{
    Backend backend;
    if (const QString why = test::DavServer::whyNot(test::DavServer::Kind::Rclone);
        !why.isEmpty()) {
        backend.cannotRunHere = why;
        return backend;
    }
    RcloneEndpoint endpoint;
    if (overWebDav) {
        backend.tellsSpace = false; // rclone's WebDAV server tells none
        backend.dav = std::make_unique<test::DavServer>(test::DavServer::Kind::Rclone);
        if (!backend.dav->start()) {
            backend.whyNot = backend.dav->whyNot();
            return backend;
        }
        endpoint.remote = test::RcloneConfig::shared().addWebDav(*backend.dav);
        endpoint.path = QStringLiteral("root");
    } else {
        backend.dir = std::make_unique<QTemporaryDir>();
        endpoint.remote = test::RcloneConfig::shared().localRemote();
        endpoint.path = backend.dir->filePath(QStringLiteral("root"));
    }
    backend.rclone = std::make_unique<RcloneLocation>(endpoint);
    if (Result<void> made = backend.rclone->makeRoot(); !made) {
        backend.whyNot = made.error().message;
        return backend;
    }
    Result<Folder> root = backend.rclone->openRoot();
    if (root)
        backend.root = std::move(root).value();
    else
        backend.whyNot = root.error().message;
    return backend;
}

Stat fileStat(std::int64_t mtimeSec, std::int32_t mtimeNsec, std::uint16_t mode)
{
    Stat stat;
    stat.type = EntryType::File;
    stat.mtimeSec = mtimeSec;
    stat.mtimeNsec = mtimeNsec;
    stat.mode = mode;
    return stat;
}

} // namespace

Q_DECLARE_METATYPE(Factory)

class TestFsConformance : public QObject
{
    Q_OBJECT

    Backend m_backend;

    const Folder &root() const { return m_backend.root; }
    Capabilities capabilities() const { return root().capabilities(); }

    // A file made as a stream makes it: create, write in parts, finish.
    void put(const Folder &folder, const QByteArray &name, const QByteArray &data,
             std::int64_t mtimeSec = 1'600'000'000, std::uint16_t mode = 0640)
    {
        Result<std::unique_ptr<FileWriter>> writer = folder.createFile(name);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
        const qsizetype half = data.size() / 2;
        QVERIFY((*writer)->write(data.constData(), half));
        QVERIFY((*writer)->write(data.constData() + half, data.size() - half));
        Result<void> finished = (*writer)->finish(fileStat(mtimeSec, 0, mode), true, false);
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
    }

    QByteArray contentOf(const Folder &folder, const QByteArray &name)
    {
        Result<QByteArray> data = folder.readFile(name, 16 << 20);
        return data ? *data : QByteArray("<unreadable>");
    }

private Q_SLOTS:
    void init()
    {
        QFETCH_GLOBAL(Factory, backend);
        m_backend = backend();
        if (!m_backend.cannotRunHere.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(m_backend.cannotRunHere);
        QVERIFY2(m_backend.whyNot.isEmpty(), qPrintable(m_backend.whyNot));
        QVERIFY2(m_backend.root.capabilities().timePrecisionNs > 0, "the backend opened no root");
    }

    void cleanup() { m_backend = Backend(); }

    void initTestCase_data()
    {
        QTest::addColumn<Factory>("backend");
#ifdef LTS_HAVE_POSIX_FSOPS
        QTest::newRow("posix") << Factory([] { return localBackend(&Folder::openPosixRoot); });
#endif
        QTest::newRow("portable") << Factory(
                [] { return localBackend(&Folder::openPortableRoot); });
        QTest::newRow("memory") << Factory(memoryBackend);
#ifdef LTS_HAVE_SFTP
        QTest::newRow("sftp") << Factory(sftpBackend);
#endif
        QTest::newRow("webdav, rclone")
                << Factory([] { return davBackend(test::DavServer::Kind::Rclone); });
        QTest::newRow("webdav, nginx")
                << Factory([] { return davBackend(test::DavServer::Kind::Nginx); });
        QTest::newRow("webdav, apache")
                << Factory([] { return davBackend(test::DavServer::Kind::Apache); });
        using Ftp = test::FtpServer;
        QTest::newRow("ftp, pyftpdlib")
                << Factory([] { return ftpBackend(Ftp::Kind::Pyftpdlib, Ftp::Tls::None); });
        QTest::newRow("ftpes, vsftpd")
                << Factory([] { return ftpBackend(Ftp::Kind::Vsftpd, Ftp::Tls::Explicit); });
        QTest::newRow("ftps, vsftpd")
                << Factory([] { return ftpBackend(Ftp::Kind::Vsftpd, Ftp::Tls::Implicit); });
        QTest::newRow("rclone, local") << Factory([] { return rcloneBackend(false); });
        QTest::newRow("rclone, webdav") << Factory([] { return rcloneBackend(true); });
    }

    void listsSortedByByteOrderWithoutDots()
    {
        put(root(), "b", "2");
        put(root(), "a", "1");
        put(root(), "B", "3");
        QVERIFY(root().makeFolder("sub", 0755));
        Result<std::vector<Entry>> entries = root().list();
        QVERIFY(entries);
        QList<QByteArray> names;
        for (const Entry &entry : *entries)
            names << entry.name;
        QCOMPARE(names, QList<QByteArray>({ "B", "a", "b", "sub" }));
        QCOMPARE(entries->at(0).stat.type, EntryType::File);
        QCOMPARE(entries->at(0).stat.size, 1);
        QCOMPARE(entries->at(3).stat.type, EntryType::Folder);
    }

    void missingEntriesAreNotFound()
    {
        Result<Stat> stat = root().stat("nothing");
        QVERIFY(!stat);
        QCOMPARE(kindOf(stat.error()), ErrorKind::NotFound);
        QVERIFY2(stat.error().message.contains(u"nothing"), qPrintable(stat.error().message));
        Result<Folder> opened = root().open("nothing");
        QVERIFY(!opened);
        QCOMPARE(kindOf(opened.error()), ErrorKind::NotFound);
        put(root(), "file", "x");
        Result<Folder> file = root().open("file");
        QVERIFY(!file);
        QCOMPARE(kindOf(file.error()), ErrorKind::NotFound); // ENOTDIR
    }

    void linksAreNeverFollowed()
    {
        if (!capabilities().links)
            QSKIP("this backend has no symbolic links");
        QVERIFY(root().makeFolder("real", 0755));
        Result<void> linked = root().makeLink("link", "real");
        if (!linked && kindOf(linked.error()) == ErrorKind::Denied)
            QSKIP("this system lets only administrators make links");
        QVERIFY(linked);
        Result<Stat> stat = root().stat("link");
        QVERIFY(stat);
        QCOMPARE(stat->type, EntryType::Link);
        QCOMPARE(*root().readLink("link"), QByteArray("real"));
        QVERIFY(!root().open("link"));
        Result<std::vector<Entry>> entries = root().list();
        QVERIFY(entries);
        QCOMPARE(entries->front().linkTarget, QByteArray("real"));
    }

    void makeFolderTwiceSaysItExists()
    {
        QVERIFY(root().makeFolder("f", 0755));
        Result<void> again = root().makeFolder("f", 0755);
        QVERIFY(!again);
        QCOMPARE(kindOf(again.error()), ErrorKind::Exists);
        QCOMPARE(again.error().code, QStringLiteral("EEXIST"));
    }

    void copyKeepsContentTimeAndMode()
    {
        QVERIFY(root().makeFolder("to", 0755));
        Result<Folder> to = root().open("to");
        QVERIFY(to);
        const QByteArray data(300'000, 'x');
        put(root(), "from", data, 1'500'000'000, 0640);
        std::int64_t reported = 0;
        Result<CopyResult> copied = root().copyFile(
                "from", *to, "copy", {}, [&](std::int64_t n) { reported += n; }, true);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        QCOMPARE(reported, data.size());
        QCOMPARE(copied->before.size, data.size());
        QCOMPARE(copied->after.size, data.size());
        QCOMPARE(contentOf(*to, "copy"), data);
        Result<Stat> stat = to->stat("copy");
        if (capabilities().settableTimes)
            QCOMPARE(stat->mtimeSec, 1'500'000'000);
        if (capabilities().permissionBits)
            QCOMPARE(stat->mode, 0640);
    }

    // The small files of a batch (Folder::writeFiles, which a backend may send together):
    // each new, under names that must not be taken, in any folders of the location.
    void aBatchOfNewFilesTakesNoNameThatIsThere()
    {
        QVERIFY(root().makeFolder("sub", 0755));
        Result<Folder> sub = root().open("sub");
        QVERIFY(sub);
        put(root(), "taken", "the user's");
        const QByteArray big(60 * 1024, 'b');
        const std::vector<NewFile> files{
            { &root(), "a.txt", "alpha", fileStat(1'600'000'000, 0, 0640), true },
            { &*sub, "b.bin", big, fileStat(1'500'000'000, 0, 0604), true },
            { &root(), "taken", "mine", fileStat(1'600'000'000, 0, 0644), true },
            { &*sub, "empty", {}, fileStat(1'400'000'000, 0, 0600), false },
        };
        const std::vector<Result<void>> results = Folder::writeFiles(files, {});
        QCOMPARE(results.size(), files.size());
        for (int i : { 0, 1, 3 })
            QVERIFY2(results[i], qPrintable(results[i] ? QString() : results[i].error().message));
        QVERIFY(!results[2]);
        QCOMPARE(kindOf(results[2].error()), ErrorKind::Exists);
        QCOMPARE(contentOf(root(), "a.txt"), QByteArray("alpha"));
        QCOMPARE(contentOf(*sub, "b.bin"), big);
        QCOMPARE(contentOf(*sub, "empty"), QByteArray());
        QCOMPARE(contentOf(root(), "taken"), QByteArray("the user's"));
        if (capabilities().settableTimes)
            QCOMPARE(sub->stat("b.bin")->mtimeSec, 1'500'000'000);
        if (capabilities().permissionBits)
            QCOMPARE(root().stat("a.txt")->mode, 0640);
    }

    // A batch of renames keeps rule 6: a new file takes no name taken since the scan, and a
    // file replaces another only if that one is still as the scan saw it.
    void aBatchOfRenamesTakesOnlyNamesAsTheScanSawThem()
    {
        for (const char *name : { "n1", "n2", "u1", "u2", "s1" })
            put(root(), name, QByteArray("new ") + name);
        put(root(), "taken", "taken since the scan");
        put(root(), "same", "as scanned");
        put(root(), "changed", "changed since the scan");
        Result<Stat> same = root().stat("same");
        QVERIFY(same);
        Stat scannedChanged = *same; // what the scan saw: another size
        scannedChanged.size = 3;
        const std::vector<Renaming> renamings{
            { &root(), "n1", "free", std::nullopt }, { &root(), "n2", "taken", std::nullopt },
            { &root(), "u1", "same", *same },        { &root(), "u2", "changed", scannedChanged },
            { &root(), "s1", "gone", *same }, // replaced a file that is gone since
        };
        const std::vector<Result<void>> results = Folder::renameFiles(renamings);
        QCOMPARE(results.size(), renamings.size());
        for (int i : { 0, 2 })
            QVERIFY2(results[i], qPrintable(results[i] ? QString() : results[i].error().message));
        for (int i : { 1, 3, 4 }) {
            QVERIFY(!results[i]);
            QCOMPARE(kindOf(results[i].error()), ErrorKind::Exists);
        }
        QCOMPARE(contentOf(root(), "free"), QByteArray("new n1"));
        QCOMPARE(contentOf(root(), "same"), QByteArray("new u1"));
        QCOMPARE(contentOf(root(), "taken"), QByteArray("taken since the scan"));
        QCOMPARE(contentOf(root(), "changed"), QByteArray("changed since the scan"));
        QCOMPARE(kindOf(root().stat("gone").error()), ErrorKind::NotFound);
        for (const char *left : { "n2", "u2", "s1" })
            QVERIFY(root().stat(left));
        QCOMPARE(kindOf(root().stat("n1").error()), ErrorKind::NotFound);
        QCOMPARE(kindOf(root().stat("u1").error()), ErrorKind::NotFound);
    }

    // The same for a batch of many files in one folder, which a backend may look at with one
    // listing of the folder instead of a look each: a name taken since the scan is still
    // refused, a replaced file still checked, and the looks after tell each entry.
    void aLargeBatchInOneFolderKeepsToRule6()
    {
        QVERIFY(root().makeFolder("many", 0755));
        Result<Folder> many = root().open("many");
        QVERIFY(many);
        std::vector<Renaming> renamings;
        for (int i = 0; i < 12; ++i) {
            const QByteArray n = QByteArray::number(i);
            put(*many, "t" + n, "new " + n);
            renamings.push_back({ &*many, "t" + n, "f" + n, std::nullopt });
        }
        put(*many, "f3", "taken since the scan");
        put(*many, "same", "as scanned");
        put(*many, "changed", "changed since the scan");
        Result<Stat> same = many->stat("same");
        QVERIFY(same);
        Stat scannedChanged = *same;
        scannedChanged.size = 3;
        put(*many, "u1", "new same");
        put(*many, "u2", "new changed");
        renamings.push_back({ &*many, "u1", "same", *same });
        renamings.push_back({ &*many, "u2", "changed", scannedChanged });
        const std::vector<Result<void>> results = Folder::renameFiles(renamings);
        QCOMPARE(results.size(), renamings.size());
        for (std::size_t i = 0; i < results.size(); ++i) {
            const bool refused = i == 3 || i == 13;
            QVERIFY2(bool(results[i]) != refused,
                     qPrintable(QString::number(i) + u' '
                                + (results[i] ? QString() : results[i].error().message)));
            if (refused)
                QCOMPARE(kindOf(results[i].error()), ErrorKind::Exists);
        }
        QCOMPARE(contentOf(*many, "f3"), QByteArray("taken since the scan"));
        QVERIFY(many->stat("t3"));
        QCOMPARE(contentOf(*many, "f11"), QByteArray("new 11"));
        QCOMPARE(contentOf(*many, "same"), QByteArray("new same"));
        QCOMPARE(contentOf(*many, "changed"), QByteArray("changed since the scan"));

        std::vector<std::pair<const Folder *, QByteArray>> entries;
        for (int i = 0; i < 12; ++i)
            entries.emplace_back(&*many, "f" + QByteArray::number(i));
        entries.emplace_back(&*many, "t0"); // renamed: gone
        entries.emplace_back(&root(), "many");
        const std::vector<Result<Stat>> looks = Folder::statFiles(entries);
        QCOMPARE(looks.size(), entries.size());
        for (int i = 0; i < 12; ++i) {
            QVERIFY2(looks[i], qPrintable(QString::number(i)));
            QCOMPARE(looks[i]->type, EntryType::File);
            QCOMPARE(looks[i]->size,
                     i == 3 ? qint64(20) : qint64(4 + QByteArray::number(i).size()));
        }
        QCOMPARE(kindOf(looks[12].error()), ErrorKind::NotFound);
        QVERIFY(looks[13]);
        QCOMPARE(looks[13]->type, EntryType::Folder);
    }

    void aBatchOfLooksSaysWhatEachEntryIs()
    {
        QVERIFY(root().makeFolder("sub", 0755));
        Result<Folder> sub = root().open("sub");
        QVERIFY(sub);
        put(*sub, "f", "12345");
        const std::vector<Result<Stat>> looks
                = Folder::statFiles({ { &*sub, "f" }, { &root(), "none" }, { &root(), "sub" } });
        QCOMPARE(looks.size(), std::size_t(3));
        QVERIFY(looks[0]);
        QCOMPARE(looks[0]->size, 5);
        QCOMPARE(looks[0]->type, EntryType::File);
        QCOMPARE(kindOf(looks[1].error()), ErrorKind::NotFound);
        QVERIFY2(looks[2], qPrintable(looks[2] ? QString() : looks[2].error().message));
        QCOMPARE(looks[2]->type, EntryType::Folder);
    }

    void copyNeverReplaces()
    {
        put(root(), "from", "new");
        put(root(), "there", "old");
        Result<CopyResult> copied = root().copyFile("from", root(), "there", {}, {}, false);
        QVERIFY(!copied);
        QCOMPARE(kindOf(copied.error()), ErrorKind::Exists);
        QCOMPARE(contentOf(root(), "there"), QByteArray("old"));
    }

    void anUnfinishedFileIsRemoved()
    {
        {
            Result<std::unique_ptr<FileWriter>> writer = root().createFile("half");
            QVERIFY(writer);
            QVERIFY((*writer)->write("abc", 3));
            Result<std::unique_ptr<FileWriter>> again = root().createFile("half");
            QVERIFY(!again);
            QCOMPARE(kindOf(again.error()), ErrorKind::Exists);
        }
        QCOMPARE(kindOf(root().stat("half").error()), ErrorKind::NotFound);
    }

    void readsAFileAsAStream()
    {
        put(root(), "f", "0123456789");
        Result<std::unique_ptr<FileReader>> reader = root().openFile("f");
        QVERIFY(reader);
        char buffer[4];
        QByteArray read;
        for (;;) {
            Result<std::int64_t> n = (*reader)->read(buffer, sizeof buffer);
            QVERIFY(n);
            if (*n == 0)
                break;
            read.append(buffer, *n);
        }
        QCOMPARE(read, QByteArray("0123456789"));
        QCOMPARE((*reader)->stat()->size, 10);
        QVERIFY(root().makeFolder("folder", 0755));
        QVERIFY(!root().openFile("folder"));
    }

    void cancelledCopyLeavesNothing()
    {
        put(root(), "from", QByteArray(100'000, 'y'));
        Result<CopyResult> copied = root().copyFile(
                "from", root(), "copy", [] { return true; }, {}, false);
        QVERIFY(!copied);
        QCOMPARE(kindOf(copied.error()), ErrorKind::Cancelled);
        QCOMPARE(kindOf(root().stat("copy").error()), ErrorKind::NotFound);
    }

    void renameReplacesAndRenameNoReplaceDoesNot()
    {
        put(root(), "a", "A");
        put(root(), "b", "B");
        Result<void> refused = root().renameNoReplace("a", "b");
        QVERIFY(!refused);
        QCOMPARE(kindOf(refused.error()), ErrorKind::Exists);
        QCOMPARE(contentOf(root(), "a"), QByteArray("A"));
        QCOMPARE(contentOf(root(), "b"), QByteArray("B"));
        QVERIFY(root().renameNoReplace("a", "c"));
        QCOMPARE(contentOf(root(), "c"), QByteArray("A"));
        QVERIFY(root().rename("c", root(), "b"));
        QCOMPARE(contentOf(root(), "b"), QByteArray("A"));
        QCOMPARE(kindOf(root().stat("c").error()), ErrorKind::NotFound);
    }

    void aRenameNeverReplacesAFolder()
    {
        // A replacing rename takes the place of a file, never of a folder and what it holds (a
        // WebDAV MOVE with Overwrite: T would).
        put(root(), "file", "f");
        QVERIFY(root().makeFolder("folder", 0755));
        put(*root().open("folder"), "inside", "kept");
        QVERIFY(!root().rename("file", root(), "folder"));
        QCOMPARE(root().stat("folder")->type, EntryType::Folder);
        QCOMPARE(contentOf(*root().open("folder"), "inside"), QByteArray("kept"));
        QCOMPARE(contentOf(root(), "file"), QByteArray("f"));
    }

    void hardLinkKeepsTheOldContentUnderASecondName()
    {
        if (!capabilities().hardLinks)
            QSKIP("this backend has no hard links");
        put(root(), "file", "old");
        QVERIFY(root().hardLink("file", root(), "version"));
        put(root(), "new", "new");
        QVERIFY(root().rename("new", root(), "file"));
        QCOMPARE(contentOf(root(), "file"), QByteArray("new"));
        QCOMPARE(contentOf(root(), "version"), QByteArray("old"));
    }

    void removalsTellFilesFromFolders()
    {
        QVERIFY(root().makeFolder("tree", 0755));
        Result<Folder> tree = root().open("tree");
        QVERIFY(tree);
        put(*tree, "inside", "x");
        QVERIFY(!root().removeFile("tree"));
        Result<void> notEmpty = root().removeEmptyFolder("tree");
        QVERIFY(!notEmpty);
        QVERIFY(root().stat("tree"));
        QVERIFY(root().removeEntry("tree"));
        QCOMPARE(kindOf(root().stat("tree").error()), ErrorKind::NotFound);
        Result<void> again = root().removeFile("tree");
        QCOMPARE(kindOf(again.error()), ErrorKind::NotFound);
    }

    void removeTreeKeepsWhatChangedDuringTheRun()
    {
        if (!capabilities().settableTimes)
            QSKIP("the server keeps its own times: no file here is older than the run");
        QVERIFY(root().makeFolder("tree", 0755));
        Result<Folder> tree = root().open("tree");
        put(*tree, "old", "o", 1'000'000'000);
        put(*tree, "new", "n", 2'000'000'000);
        Result<std::int64_t> kept = root().removeTreeKeepingNewer(
                "tree", std::int64_t(1'500'000'000) * 1'000'000'000);
        QVERIFY(kept);
        QCOMPARE(*kept, 1);
        QCOMPARE(contentOf(*tree, "new"), QByteArray("n"));
        QCOMPARE(kindOf(tree->stat("old").error()), ErrorKind::NotFound);
    }

    void appendAndReadSmallFiles()
    {
        QVERIFY(root().appendToFile("notes", "one\n"));
        QVERIFY(root().appendToFile("notes", "two\n", true));
        QCOMPARE(contentOf(root(), "notes"), QByteArray("one\ntwo\n"));
        QVERIFY(!root().readFile("notes", 3));
    }

    void timesKeepTheirPrecision()
    {
        if (!capabilities().settableTimes)
            QSKIP("the server keeps its own times");
        put(root(), "f", "x");
        QVERIFY(root().setAttributes("f", fileStat(1'234'567'890, 123'456'789, 0600), true));
        Result<Stat> stat = root().stat("f");
        QVERIFY(stat);
        const std::int64_t precision = capabilities().timePrecisionNs;
        const std::int64_t wanted = std::int64_t(1'234'567'890) * 1'000'000'000 + 123'456'789;
        const std::int64_t got = stat->mtimeSec * 1'000'000'000 + stat->mtimeNsec;
        QVERIFY2(std::abs(got - wanted) < precision,
                 qPrintable(QStringLiteral("%1 vs %2, precision %3")
                                    .arg(got)
                                    .arg(wanted)
                                    .arg(precision)));
    }

    void aDiskKeepsTimesToItsOwnTick()
    {
        // A local disk keeps nanoseconds (Linux) or 100 ns (NTFS): the precision a backend
        // reports is what it keeps, and it is not coarser than the system's, or every file
        // copied by an earlier run within the same millisecond would look changed.
        const std::int64_t precision = capabilities().timePrecisionNs;
        if (precision >= 2'000'000'000)
            QSKIP("this location keeps times to two seconds (FAT, exFAT)");
        // A remote location keeps what its protocol carries: whole seconds on SFTP 3.
        const bool wholeSecondsOfAServer
                = !capabilities().cheapListing && precision == 1'000'000'000;
        QVERIFY2(precision <= 100 || wholeSecondsOfAServer, qPrintable(QString::number(precision)));
        if (!capabilities().settableTimes)
            QSKIP("the server keeps its own times");
        put(root(), "f", "x");
        QVERIFY(root().setAttributes("f", fileStat(1'234'567'890, 123'456'789, 0600), true));
        Result<Stat> stat = root().stat("f");
        QVERIFY(stat);
        QCOMPARE(stat->mtimeSec, 1'234'567'890);
        QCOMPARE(stat->mtimeNsec, 123'456'789 - 123'456'789 % precision);
        Result<std::vector<Entry>> entries = root().list();
        QVERIFY(entries);
        QCOMPARE(entries->front().stat.mtimeNsec, stat->mtimeNsec);
        Result<std::unique_ptr<FileReader>> reader = root().openFile("f");
        QVERIFY(reader);
        QCOMPARE((*reader)->stat()->mtimeNsec, stat->mtimeNsec);
    }

    void foldersAndLinksGetTheirOwnTimes()
    {
        QVERIFY(root().makeFolder("folder", 0755));
        Stat folder = fileStat(1'300'000'000, 500'000'000, 0750);
        folder.type = EntryType::Folder;
        QVERIFY(root().setAttributes("folder", folder, true));
        Result<Stat> stat = root().stat("folder");
        QVERIFY(stat);
        QCOMPARE(stat->type, EntryType::Folder);
        if (!capabilities().settableTimes)
            QSKIP("the server keeps its own times");
        if (capabilities().folderTimes)
            QCOMPARE(stat->mtimeSec, 1'300'000'000);
        if (capabilities().permissionBits)
            QCOMPARE(stat->mode, 0750);
        if (!capabilities().links)
            return;
        put(root(), "target", "t", 1'100'000'000);
        Result<void> linked = root().makeLink("link", "target");
        if (!linked && kindOf(linked.error()) == ErrorKind::Denied)
            QSKIP("this system lets only administrators make links");
        QVERIFY(linked);
        Stat link = fileStat(1'200'000'000, 250'000'000, 0);
        link.type = EntryType::Link;
        QVERIFY(root().setAttributes("link", link, false));
        // Its target keeps its own time, whether or not the link's own time can be set.
        QCOMPARE(root().stat("target")->mtimeSec, 1'100'000'000);
        if (!capabilities().linkTimes)
            return;
        // The link's own time.
        QCOMPARE(root().stat("link")->mtimeSec, 1'200'000'000);
        Result<std::vector<Entry>> entries = root().list();
        QVERIFY(entries);
        QCOMPARE(entries->at(1).name, QByteArray("link"));
        QCOMPARE(entries->at(1).stat.mtimeSec, 1'200'000'000);
    }

    void namesAreBytesNotText()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows names are UTF-16 text");
#endif
        // Linux names are bytes: one that is not UTF-8 (Latin-1 "\xe9t\xe9") is kept as it is.
        const QByteArray name("\xe9t\xe9");
        {
            // A location whose names are UTF-8 text (rclone's) refuses such a name, saying so,
            // and makes nothing under another; a writer dropped unfinished leaves nothing.
            const Result<std::unique_ptr<FileWriter>> writer = root().createFile(name);
            if (!writer && writer.error().code == u"EILSEQ") {
                QVERIFY2(writer.error().message.contains(u"UTF-8"),
                         qPrintable(writer.error().message));
                QCOMPARE(root().makeFolder("d\xe9j\xe0", 0755).error().code,
                         QStringLiteral("EILSEQ"));
                QVERIFY(root().list()->empty());
                return;
            }
        }
        put(root(), name, "summer");
        QVERIFY(root().makeFolder("d\xe9j\xe0", 0755));
        Result<std::vector<Entry>> entries = root().list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), size_t(2));
        QCOMPARE(entries->at(0).name, QByteArray("d\xe9j\xe0"));
        QCOMPARE(entries->at(1).name, name);
        QCOMPARE(contentOf(root(), name), QByteArray("summer"));
        QVERIFY(root().open("d\xe9j\xe0"));
        QVERIFY(root().rename(name, root(), "renamed"));
        QCOMPARE(contentOf(root(), "renamed"), QByteArray("summer"));
    }

    void aNewFileIsTheOwnersAloneUntilFinished()
    {
        if (!capabilities().permissionBits)
            QSKIP("this location keeps no permission bits");
        Result<std::unique_ptr<FileWriter>> writer = root().createFile("new");
        QVERIFY(writer);
        Result<Stat> stat = root().stat("new");
        QVERIFY(stat);
        QCOMPARE(stat->mode, 0600);
        QVERIFY((*writer)->finish(fileStat(1'500'000'000, 0, 0644), true, false));
        QCOMPARE(root().stat("new")->mode, 0644);
    }

    void errorsSayWhatWentWrong()
    {
        // The engine decides by the kind: a missing entry, one in the way, a full folder.
        QCOMPARE(kindOf(root().removeEmptyFolder("none").error()), ErrorKind::NotFound);
        QCOMPARE(kindOf(root().readFile("none", 100).error()), ErrorKind::NotFound);
        QCOMPARE(kindOf(root().openFile("none").error()), ErrorKind::NotFound);
        QCOMPARE(kindOf(root().setAttributes("none", fileStat(1, 0, 0600), true).error()),
                 ErrorKind::NotFound);
        QCOMPARE(kindOf(root().rename("none", root(), "other").error()), ErrorKind::NotFound);
        QVERIFY(root().makeFolder("full", 0755));
        put(*root().open("full"), "inside", "x");
        Result<void> notEmpty = root().removeEmptyFolder("full");
        QVERIFY(!notEmpty);
        QCOMPARE(notEmpty.error().code, QStringLiteral("ENOTEMPTY"));
        QVERIFY2(notEmpty.error().message.contains(u"full"), qPrintable(notEmpty.error().message));
        put(root(), "file", "x");
        Result<void> notAFolder = root().removeEmptyFolder("file");
        QVERIFY(!notAFolder);
        QCOMPARE(notAFolder.error().code, QStringLiteral("ENOTDIR"));
        QCOMPARE(contentOf(root(), "file"), QByteArray("x"));
        // A file's removal never takes a folder, even an empty one.
        QVERIFY(root().makeFolder("empty", 0755));
        QVERIFY(!root().removeFile("empty"));
        QCOMPARE(root().stat("empty")->type, EntryType::Folder);
    }

    void aFolderWithoutWritePermissionIsDenied()
    {
        if (root().displayPath().startsWith(u"memory:"))
            QSKIP("memory has no owners: nothing is denied there");
        if (!capabilities().permissionBits)
            QSKIP("this location keeps no permission bits");
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("root may write everywhere");
#endif
        QVERIFY(root().makeFolder("locked", 0555));
        Result<Folder> locked = root().open("locked");
        QVERIFY(locked);
        Result<void> made = locked->makeFolder("sub", 0755);
        QVERIFY(!made);
        QCOMPARE(kindOf(made.error()), ErrorKind::Denied);
        QVERIFY2(made.error().message.contains(u"Permission denied"),
                 qPrintable(made.error().message));
        Result<std::unique_ptr<FileWriter>> created = locked->createFile("file");
        QVERIFY(!created);
        QCOMPARE(kindOf(created.error()), ErrorKind::Denied);
        Result<void> appended = locked->appendToFile("notes", "x");
        QVERIFY(!appended);
        QCOMPARE(kindOf(appended.error()), ErrorKind::Denied);
        Stat writable = fileStat(1'500'000'000, 0, 0755);
        writable.type = EntryType::Folder;
        QVERIFY(root().setAttributes("locked", writable, true));
    }

    void spaceAndIdentity()
    {
        Result<Space> space = root().space();
        if (m_backend.tellsSpace) {
            QVERIFY(space);
            QVERIFY(space->available > 0);
            QVERIFY(space->available <= space->total);
        } else {
            QVERIFY(!space);
            QCOMPARE(kindOf(space.error()), ErrorKind::NotSupported);
        }
        Result<QByteArray> id = root().fileSystemId();
        QVERIFY(id);
        QVERIFY(!id->isEmpty());
        QCOMPARE(*root().open(".")->fileSystemId(), *id);
    }

    void streamsToAnotherKindOfLocation()
    {
        // To memory from this backend, and back again: the path every remote copy takes.
        MemoryFileSystem other;
        Result<Folder> otherRoot = other.openRoot("/");
        QVERIFY(otherRoot);
        const QByteArray data(2'500'000, 'z');
        put(root(), "from", data, 1'400'000'000, 0600);
        Result<CopyResult> out = root().copyFile("from", *otherRoot, "there", {}, {}, false);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
        QCOMPARE(*other.fileContent("/there"), data);
        if (capabilities().settableTimes)
            QCOMPARE(otherRoot->stat("there")->mtimeSec, 1'400'000'000);
        Result<CopyResult> back = otherRoot->copyFile("there", root(), "back", {}, {}, false);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(contentOf(root(), "back"), data);
        if (capabilities().settableTimes)
            QCOMPARE(root().stat("back")->mtimeSec, 1'400'000'000);
        // Renames and links never cross locations.
        Result<void> crossed = root().rename("back", *otherRoot, "moved");
        QVERIFY(!crossed);
        QCOMPARE(kindOf(crossed.error()), ErrorKind::NotSupported);
    }

    void aFailedStreamLeavesNoHalfFile()
    {
        MemoryFileSystem other;
        other.addFault({ MemoryFileSystem::Call::Write, {}, ErrorKind::Unreachable, 1, -1, false });
        Result<Folder> otherRoot = other.openRoot("/");
        put(root(), "from", QByteArray(3'000'000, 'q'));
        Result<CopyResult> out = root().copyFile("from", *otherRoot, "there", {}, {}, false);
        QVERIFY(!out);
        QCOMPARE(kindOf(out.error()), ErrorKind::Unreachable);
        QVERIFY2(out.error().message.contains(u"there"), qPrintable(out.error().message));
        QCOMPARE(other.paths(), QList<QByteArray>());
    }
};

LTS_TEST_MAIN(TestFsConformance)
#include "tst_fsconformance.moc"
