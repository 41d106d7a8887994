// What the application remembers between starts: state.json (a run cut short is made
// again), history.jsonl (capped, newest first, a torn last line survived), and the log
// folder (a line per run, a line per file at Verbose, capped, oldest days first).
#include "drivestate.h"
#include "files.h"
#include "runhistory.h"
#include "runlog.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace lts;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QJsonObject run(const QString &drive, int number)
{
    return { { QStringLiteral("Drive"), drive },
             { QStringLiteral("Result"), QStringLiteral("Success") },
             { QStringLiteral("Added"), number } };
}

SyncReport report()
{
    SyncReport r;
    r.result = RunResult::Partial;
    r.message = QStringLiteral("1 file could not be copied.");
    r.started = t0;
    r.finished = t0.addSecs(3);
    r.added = 2;
    r.errors = 1;
    r.bytes = 2048;
    r.entries.push_back({ SyncEntry::Action::Added, "photos/a.jpg", {} });
    r.entries.push_back({ SyncEntry::Action::Deleted, "old.txt", {} });
    r.entries.push_back(
            { SyncEntry::Action::Failed, "locked.db", QStringLiteral("Permission denied") });
    return r;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        DriveState &state = store[QStringLiteral("Photos")];
        state.firstSeen = t0.addDays(-3);
        state.lastStart = t0;
        state.lastFinish = t0.addSecs(60);
        state.lastSync = t0;
        state.lastSuccess = t0.addDays(-1);
        state.lastResult = RunResult::Refused;
        state.lastCode = QStringLiteral("Too Many Deletions");
        state.message = QStringLiteral("Too Many Deletions: 812 of 1000 files");
        state.failures = 2;
        state.unavailable = true;
        QVERIFY(store.save());

        StateStore again(dir.path());
        again.load();
        QCOMPARE(again.value(QStringLiteral("Photos")), state);
    }

    // A drive waiting for a certificate keeps what the certificate says of itself, for the
    // trust dialog after a restart.
    void aCertificateWaitedForSurvivesARestart()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        DriveState &state = store[QStringLiteral("Photos")];
        state.lastResult = RunResult::Refused;
        state.lastCode = QStringLiteral("Certificate Unknown");
        state.waitingForUser = true;
        fsops::HostKey key{ QStringLiteral("certificate"),
                            QStringLiteral("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0"),
                            QStringLiteral("SHA256:oldoldoldoldoldoldoldoldoldoldoldoldoldold") };
        key.subject = QStringLiteral("nas.local");
        key.issuer = QStringLiteral("Home NAS");
        key.validFrom = t0.addDays(-1);
        key.validUntil = t0.addDays(365);
        state.trust = TrustWanted{ QStringLiteral("davs://me@nas.local/photos"), key };
        QVERIFY(store.save());

        StateStore again(dir.path());
        again.load();
        QCOMPARE(again.value(QStringLiteral("Photos")), state);
    }

    void aRunCutShortByACrashIsMarkedInterrupted()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        store[QStringLiteral("Photos")].lastStart = t0; // started, never finished
        QVERIFY(store.save());
        StateStore again(dir.path());
        again.load();
        QVERIFY(again.value(QStringLiteral("Photos")).interrupted);
        QVERIFY(!again.value(QStringLiteral("Photos")).running());
    }

    void aBrokenStateFileIsAFreshStart()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(StateStore::fileName), "{ not json"));
        StateStore store(dir.path());
        store.load();
        QVERIFY(!store.contains(QStringLiteral("Photos")));
    }

    void renamedAndForgottenDrives()
    {
        QTemporaryDir dir;
        StateStore store(dir.path());
        store[QStringLiteral("A")].lastStart = t0;
        store[QStringLiteral("B")].lastStart = t0;
        store.rename(QStringLiteral("A"), QStringLiteral("C"));
        QCOMPARE(store.value(QStringLiteral("C")).lastStart, t0);
        QVERIFY(!store.contains(QStringLiteral("A")));
        store.keepOnly({ QStringLiteral("C") });
        QVERIFY(!store.contains(QStringLiteral("B")));
    }

    void historyIsNewestFirstAndFiltered()
    {
        QTemporaryDir dir;
        RunHistory history(dir.path());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(history.append(run(i % 2 ? QStringLiteral("A") : QStringLiteral("B"), i)));
        RunHistory again(dir.path());
        again.load();
        const QList<QJsonObject> all = again.runs();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.constFirst().value(QStringLiteral("Added")).toInt(), 5);
        const QList<QJsonObject> a = again.runs(QStringLiteral("A"), 2);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).value(QStringLiteral("Added")).toInt(), 5);
        QCOMPARE(a.at(1).value(QStringLiteral("Added")).toInt(), 3);
    }

    void historyKeepsTheNewestTenThousandRuns()
    {
        QTemporaryDir dir;
        QByteArray lines;
        for (int i = 1; i <= RunHistory::maxRuns; ++i)
            lines += QJsonDocument(run(QStringLiteral("A"), i)).toJson(QJsonDocument::Compact)
                     + '\n';
        QVERIFY(test::writeFile(dir.filePath(RunHistory::fileName), lines));
        RunHistory history(dir.path());
        history.load();
        QCOMPARE(history.size(), RunHistory::maxRuns);
        QVERIFY(history.append(run(QStringLiteral("A"), RunHistory::maxRuns + 1)));

        const QList<QByteArray> onDisk = test::readFile(history.filePath()).trimmed().split('\n');
        QCOMPARE(onDisk.size(), RunHistory::maxRuns);
        QCOMPARE(QJsonDocument::fromJson(onDisk.constFirst())
                         .object()
                         .value(QStringLiteral("Added"))
                         .toInt(),
                 2);
        QCOMPARE(QJsonDocument::fromJson(onDisk.constLast())
                         .object()
                         .value(QStringLiteral("Added"))
                         .toInt(),
                 RunHistory::maxRuns + 1);
    }

    void aTornLastLineIsDroppedNotGluedToTheNextRun()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(
                dir.filePath(RunHistory::fileName),
                QJsonDocument(run(QStringLiteral("A"), 1)).toJson(QJsonDocument::Compact)
                        + "\n{\"Drive\":\"A\",\"Res"));
        RunHistory history(dir.path());
        history.load();
        QVERIFY(history.append(run(QStringLiteral("A"), 2)));
        RunHistory again(dir.path());
        again.load();
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.runs().constFirst().value(QStringLiteral("Added")).toInt(), 2);
    }

    void theLogHasASummaryLineAndTheProblems()
    {
        QTemporaryDir dir;
        RunLog log(dir.path());
        QStringList echoed;
        log.setEcho([&echoed](const QString &line) { echoed.append(line); });
        log.writeRun(QStringLiteral("Photos"), report());
        const QString text = QString::fromUtf8(
                test::readFile(log.filePath(t0.addSecs(3).toLocalTime().date())));
        QVERIFY2(text.contains(QStringLiteral("[Photos] Partial: 2 added, 0 updated, 0 deleted, 0 "
                                              "unchanged, 0 skipped, 1 errors; 2.00 KiB copied in "
                                              "3.0 s. 1 file could not be copied.")),
                 qPrintable(text));
        // A failure is listed even at Summary: the user must be able to find the file.
        QVERIFY(text.contains(QStringLiteral("[Photos]   failed locked.db: Permission denied")));
        QVERIFY(!text.contains(QStringLiteral("photos/a.jpg")));
        QCOMPARE(text.count(u'\n'), 2);
        QCOMPARE(echoed.size(), 2);
    }

    void verboseLogsEveryFile()
    {
        QTemporaryDir dir;
        RunLog log(dir.path());
        log.setLevel(LogLevel::Verbose);
        log.writeRun(QStringLiteral("Photos"), report());
        const QString text = QString::fromUtf8(
                test::readFile(log.filePath(t0.addSecs(3).toLocalTime().date())));
        QVERIFY(text.contains(QStringLiteral("[Photos]   added photos/a.jpg\n")));
        QVERIFY(text.contains(QStringLiteral("[Photos]   deleted old.txt\n")));
        QCOMPARE(text.count(u'\n'), 4);
    }

    void theLogFolderIsCappedOldestFirst()
    {
        QTemporaryDir dir;
        RunLog log(dir.path());
        log.setMaxBytes(1 << 20);
        const QDate today = QDate::currentDate();
        const QByteArray halfMiB(512 * 1024, 'x');
        for (int daysAgo = 4; daysAgo >= 1; --daysAgo)
            QVERIFY(test::writeFile(log.filePath(today.addDays(-daysAgo)), halfMiB));
        QVERIFY(test::writeFile(log.folderPath() + QStringLiteral("/notes.txt"),
                                halfMiB)); // not a log: kept
        log.writeMessage(QStringLiteral("Started."));

        log.enforceCap();
        QVERIFY(!QFile::exists(log.filePath(today.addDays(-4))));
        QVERIFY(!QFile::exists(log.filePath(today.addDays(-3))));
        QVERIFY(!QFile::exists(log.filePath(today.addDays(-2))));
        QVERIFY(QFile::exists(log.filePath(today.addDays(-1))));
        QVERIFY(QFile::exists(log.filePath(today)));
        QVERIFY(QFile::exists(log.folderPath() + QStringLiteral("/notes.txt")));
    }
};

LTS_TEST_MAIN(TestRunStore)
#include "tst_runstore.moc"
