// The lab's pipeline of docs/remote.md end to end, as the headless service runs it, with real
// rclone (issue 18): "Logger" moves the logger's files from tosync/ into transit/, "Cloud"
// (after Logger) copies transit/ to rclone:REMOTE:Lab/SITE, a WebDAV remote served by `rclone
// serve webdav` behind a proxy of the test's own, and "Card" (after Cloud) moves transit/ onto
// the SD card. Each file reaches the cloud and the card exactly once and transit/ ends empty;
// with the cloud out of reach the files wait in transit/; and a service killed (SIGKILL) in the
// middle of an upload takes every file on, once, when it starts again, leaving no rclone
// daemon behind.
#include "apprunner.h"
#include "davserver.h"
#include "files.h"
#include "rcloneconfig.h"
#include "servicerunner.h"
#include "tcpproxy.h"
#include "testmain.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <optional>

using namespace lts;
using lts::test::DavServer;
using lts::test::ServiceRunner;
using lts::test::TcpProxy;

namespace {

// The files under `root`, by relative path, without the application's own folder.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (!relative.startsWith(QStringLiteral(".letthatsyncin/")))
            files.append(relative);
    }
    files.sort();
    return files;
}

// The rclone daemons (`rclone rcd`) started with this test's rclone configuration.
int rcloneDaemonsOf(const QString &configFile)
{
    int count = 0;
    const QByteArray wanted = "RCLONE_CONFIG=" + QFile::encodeName(configFile);
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        const QByteArray commandLine = test::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!commandLine.contains(QByteArray("rcd\0", 4)))
            continue;
        const QList<QByteArray> environment
                = test::readFile(QStringLiteral("/proc/%1/environ").arg(pid)).split('\0');
        if (environment.contains(wanted))
            ++count;
    }
    return count;
}

} // namespace

class TestLabPipeline : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<DavServer> m_cloud;
    std::optional<TcpProxy> m_proxy;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString tosync() const { return path(QStringLiteral("logger/tosync")); }
    QString transit() const { return path(QStringLiteral("logger/transit")); }
    QString card() const { return path(QStringLiteral("card")); }
    QString cloud() const { return m_cloud->directory() + QStringLiteral("/Lab/SITE"); }

    std::unique_ptr<ServiceRunner> service() const
    {
        return std::make_unique<ServiceRunner>(m_dir->path(), path(QStringLiteral("config")),
                                               path(QStringLiteral("data")));
    }

    // The finished runs of `drive` in history.jsonl, oldest first.
    QStringList resultsOf(const QString &drive) const
    {
        QStringList results;
        const QList<QByteArray> lines
                = test::readFile(path(QStringLiteral("data/history.jsonl"))).split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject run = QJsonDocument::fromJson(line).object();
            if (run.value(QStringLiteral("Drive")).toString() == drive)
                results.append(run.value(QStringLiteral("Result")).toString());
        }
        return results;
    }

    // Writes the logger's file into tosync/ and keeps its content for the checks.
    void logFile(const QString &name, const QByteArray &content)
    {
        QVERIFY(test::writeFile(tosync() + u'/' + name, content));
        m_written.insert(name, content);
    }
    QMap<QString, QByteArray> m_written;

    // Every file the logger wrote is in the cloud and on the card, once, with its content;
    // nothing else is there (no temporary, no copy under another name); transit/ is empty.
    void checkEveryFileOnce()
    {
        const QStringList names = m_written.keys();
        QVERIFY2(filesUnder(cloud()) == names, // no temporary left, nothing twice
                 qPrintable(filesUnder(cloud()).join(u' ')));
        QCOMPARE(filesUnder(card()), names);
        QCOMPARE(filesUnder(transit()), QStringList());
        QCOMPARE(filesUnder(tosync()), QStringList());
        for (const QString &name : names) {
            QCOMPARE(test::readFile(cloud() + u'/' + name), m_written.value(name));
            QCOMPARE(test::readFile(card() + u'/' + name), m_written.value(name));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_written.clear();
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        m_cloud.emplace(DavServer::Kind::Rclone);
        QVERIFY2(m_cloud->start(), qPrintable(m_cloud->whyNot()));
        m_proxy.emplace(m_cloud->port());
        QVERIFY(m_proxy->start());
        const QString remote = test::RcloneConfig::shared().addWebDav(*m_cloud, m_proxy->port());
        QVERIFY(!remote.isEmpty());
        for (const QString &folder : { tosync(), transit(), card(), cloud() })
            QVERIFY(QDir().mkpath(folder));

        const auto drive = [](const QString &name, const QString &source, const QString &target,
                              const QString &mode, int sleep, const QString &units,
                              const QString &after) {
            QJsonObject object{
                { QStringLiteral("Name"), name },     { QStringLiteral("Source"), source },
                { QStringLiteral("Target"), target }, { QStringLiteral("Sleep"), sleep },
                { QStringLiteral("Units"), units },   { QStringLiteral("Mode"), mode }
            };
            if (!after.isEmpty())
                object.insert(QStringLiteral("After"), after);
            return object;
        };
        const QJsonArray drives{
            drive(QStringLiteral("Logger"), tosync(), transit(), QStringLiteral("Move"), 2,
                  QStringLiteral("Seconds"), {}),
            drive(QStringLiteral("Cloud"), transit(),
                  QStringLiteral("rclone:%1:Lab/SITE").arg(remote), QStringLiteral("Update"), 1,
                  QStringLiteral("Days"), QStringLiteral("Logger")),
            drive(QStringLiteral("Card"), transit(), card(), QStringLiteral("Move"), 1,
                  QStringLiteral("Days"), QStringLiteral("Cloud")),
        };
        // No wait before the run a kill cut short is made again; no flush: the tests time the
        // chain, not the disk.
        const QJsonObject settings{ { QStringLiteral("CatchUpDelaySeconds"), 0 },
                                    { QStringLiteral("Durability"), QStringLiteral("Off") } };
        QVERIFY(QDir().mkpath(path(QStringLiteral("config"))));
        QVERIFY(test::writeFile(path(QStringLiteral("config/config.json")),
                                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                                           { QStringLiteral("Settings"), settings },
                                                           { QStringLiteral("Drives"), drives } })
                                        .toJson()));
    }

    void cleanup()
    {
        m_proxy.reset();
        m_cloud.reset();
        m_dir.reset();
    }

    void eachFileReachesTheCloudAndTheCardOnce()
    {
        const auto app = service();
        QVERIFY(app->start());
        logFile(QStringLiteral("log-001.csv"), "t,v\n1,2\n");
        logFile(QStringLiteral("2026/log-002.csv"), "t,v\n3,4\n");
        QTRY_VERIFY2_WITH_TIMEOUT(filesUnder(card()).size() == 2, qPrintable(app->err()), 90000);
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(transit()), QStringList(), 30000);
        checkEveryFileOnce();
    }

    // The cloud out of reach: Cloud fails, Card does not run after it, and the files wait in
    // transit/; when the cloud answers again the chain takes them on.
    void anUnreachableCloudHoldsTheFilesInTransit()
    {
        const auto app = service();
        QVERIFY(app->start());
        QTRY_VERIFY_WITH_TIMEOUT(!resultsOf(QStringLiteral("Card")).isEmpty(), 60000);
        m_proxy->cutNow(true);
        const qsizetype cloudRuns = resultsOf(QStringLiteral("Cloud")).size();
        logFile(QStringLiteral("log-003.csv"), "t,v\n5,6\n");
        QTRY_VERIFY2_WITH_TIMEOUT(resultsOf(QStringLiteral("Cloud")).size() > cloudRuns
                                          && !QFileInfo::exists(tosync() + u"/log-003.csv"),
                                  qPrintable(app->err()), 90000);
        const QStringList cloudResults = resultsOf(QStringLiteral("Cloud")).mid(cloudRuns);
        QVERIFY2(!cloudResults.contains(QStringLiteral("Success")),
                 qPrintable(cloudResults.join(u' ')));
        QCOMPARE(filesUnder(transit()), QStringList{ QStringLiteral("log-003.csv") });
        QCOMPARE(filesUnder(card()), QStringList());

        m_proxy->refuseConnections(false);
        QTRY_VERIFY2_WITH_TIMEOUT(filesUnder(card()).size() == 1, qPrintable(app->err()), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(transit()), QStringList(), 30000);
        checkEveryFileOnce();
    }

    // Killed in the middle of the upload (the proxy holds the upload's bytes, so the kill
    // lands there and nowhere else): the rclone daemon goes with the service, the cloud holds
    // no torn file under its name, and the next start takes every file on, once.
    void aServiceKilledInTheMiddleTakesEveryFileOnOnce()
    {
        QByteArray large(6 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(18).fillRange(reinterpret_cast<quint32 *>(large.data()), large.size() / 4);
        {
            const auto app = service();
            QVERIFY(app->start());
            QTRY_VERIFY_WITH_TIMEOUT(!resultsOf(QStringLiteral("Card")).isEmpty(), 60000);
            QTRY_COMPARE_WITH_TIMEOUT(rcloneDaemonsOf(test::RcloneConfig::shared().file()), 1,
                                      30000);
            m_proxy->stallAfterUpload(256 * 1024);
            logFile(QStringLiteral("big/site-4.bin"), large);
            logFile(QStringLiteral("log-004.csv"), "t,v\n7,8\n");
            QTRY_VERIFY2_WITH_TIMEOUT(m_proxy->stalled(), qPrintable(app->err()), 90000);
            app->kill();
        }
        QTRY_COMPARE_WITH_TIMEOUT(rcloneDaemonsOf(test::RcloneConfig::shared().file()), 0, 30000);
        QVERIFY(!QFileInfo::exists(cloud() + QStringLiteral("/big/site-4.bin"))
                || test::readFile(cloud() + QStringLiteral("/big/site-4.bin")) == large);
        QCOMPARE(filesUnder(card()), QStringList());

        m_proxy->resume();
        const auto app = service();
        QVERIFY(app->start());
        QTRY_VERIFY2_WITH_TIMEOUT(filesUnder(card()).size() == 2, qPrintable(app->err()), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(transit()), QStringList(), 30000);
        checkEveryFileOnce();
    }
};

LTS_TEST_MAIN(TestLabPipeline)
#include "tst_labpipeline.moc"
