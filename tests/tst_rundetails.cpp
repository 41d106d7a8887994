// RunDetails, the files of the recent runs: what a run listed comes back as it was (failures
// first, at most 1,000 files), only the newest 500 runs are kept, a damaged file is "no
// details", and the controller keeps the files of every run it records.
#include "controllerfixture.h"
#include "files.h"
#include "rundetails.h"
#include "testmain.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lts;
using Action = SyncEntry::Action;

namespace {

const QString photos = QStringLiteral("Photos");
const QDateTime firstStart(QDate(2024, 3, 1), QTime(10, 0, 0, 250), Qt::UTC);

SyncReport reportWith(std::vector<SyncEntry> entries, const QDateTime &started = firstStart)
{
    SyncReport report;
    report.started = started;
    report.finished = started.addSecs(65);
    for (const SyncEntry &entry : entries) {
        report.added += entry.action == Action::Added ? 1 : 0;
        report.updated += entry.action == Action::Updated ? 1 : 0;
        report.deleted += entry.action == Action::Deleted ? 1 : 0;
        report.skipped += entry.action == Action::Skipped ? 1 : 0;
        report.errors += entry.action == Action::Failed ? 1 : 0;
    }
    report.entries = std::move(entries);
    return report;
}

// The start of the run `i` minutes after the first.
QDateTime minute(qint64 i)
{
    return firstStart.addSecs(60 * i);
}

// The start time as the window finds it: from the history line, to the second.
QDateTime historyStart(const SyncReport &report)
{
    return QDateTime::fromString(report.toJson().value(QStringLiteral("Started")).toString(),
                                 Qt::ISODate);
}

} // namespace

class TestRunDetails : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;

    QString dataFolder() const { return m_dir->filePath(QStringLiteral("data")); }
    QStringList runFiles() const
    {
        return QDir(RunDetails(dataFolder()).folderPath())
                .entryList({ QStringLiteral("*.json") }, QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        // A test that made a folder read-only gives it back, so it can be removed.
        QFile::setPermissions(dataFolder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(RunDetails(dataFolder()).folderPath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void aRunsFilesAreReadBackAsTheyWereListed()
    {
        const RunDetails details(dataFolder());
        const SyncReport report = reportWith({
                { Action::Added, "a.jpg", {} },
                { Action::Updated, QStringLiteral("Ferien/Übersicht.txt").toUtf8(), {} },
                { Action::Failed, "locked.db", QStringLiteral("Permission denied") },
                { Action::Deleted, "old/x.txt", {} },
                { Action::Skipped, "fifo", QStringLiteral("A pipe is not copied.") },
        });
        QVERIFY(details.write(photos, report));

        const auto read = details.read(photos, historyStart(report));
        QVERIFY(read);
        const QList<RunDetails::Entry> expected{
            { Action::Failed, QStringLiteral("locked.db"), QStringLiteral("Permission denied") },
            { Action::Skipped, QStringLiteral("fifo"), QStringLiteral("A pipe is not copied.") },
            // What is gone comes first after the problems: what the user looks for.
            { Action::Deleted, QStringLiteral("old/x.txt"), {} },
            { Action::Updated, QStringLiteral("Ferien/Übersicht.txt"), {} },
            { Action::Added, QStringLiteral("a.jpg"), {} },
        };
        QCOMPARE(read->entries, expected);
        QCOMPARE(read->omitted, std::int64_t(0));
        QVERIFY(read->changesListed);

        // Another drive's run, or another run of this drive, has no details.
        QVERIFY(!details.read(QStringLiteral("Music"), historyStart(report)));
        QVERIFY(!details.read(photos, historyStart(report).addSecs(1)));
        QVERIFY(!details.read(photos, QDateTime()));
    }

    void drivesWithAnyNameKeepTheirOwnRuns()
    {
        const RunDetails details(dataFolder());
        const QString slashes = QStringLiteral("../Backup: photos/2024 *?");
        QVERIFY(details.write(slashes, reportWith({ { Action::Added, "one", {} } })));
        QVERIFY(details.write(photos, reportWith({ { Action::Added, "two", {} } })));
        QCOMPARE(runFiles().size(), 2);
        QCOMPARE(details.read(slashes, firstStart)->entries.constFirst().path,
                 QStringLiteral("one"));
        QCOMPARE(details.read(photos, firstStart)->entries.constFirst().path,
                 QStringLiteral("two"));
        // Nothing is written outside the runs folder.
        QCOMPARE(QDir(dataFolder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{ RunDetails::folderName });
    }

    void aRunWithChangesButOnlyItsFailuresListedSaysSo()
    {
        const RunDetails details(dataFolder());
        SyncReport summaryLevel = reportWith({ { Action::Failed, "x", QStringLiteral("Busy") } });
        summaryLevel.added = 3; // the report did not list them (LogLevel Summary)
        QVERIFY(details.write(photos, summaryLevel));
        QVERIFY(!details.read(photos, firstStart)->changesListed);

        // Nothing changed: the list is complete.
        const QDateTime later = firstStart.addSecs(60);
        QVERIFY(details.write(
                photos, reportWith({ { Action::Failed, "x", QStringLiteral("Busy") } }, later)));
        QVERIFY(details.read(photos, later)->changesListed);
    }

    void atMostSoManyOfEachKindProblemsAndDeletionsFirst()
    {
        const qsizetype cap = RunDetails::maxEntries;
        std::vector<SyncEntry> entries;
        for (qsizetype i = 0; i < cap + 500; ++i)
            entries.push_back({ Action::Added, QByteArray("added-") + QByteArray::number(i), {} });
        for (int i = 0; i < 300; ++i)
            entries.push_back({ Action::Failed, QByteArray("failed-") + QByteArray::number(i),
                                QStringLiteral("Disk full") });
        for (int i = 0; i < 20; ++i)
            entries.push_back(
                    { Action::Deleted, QByteArray("deleted-") + QByteArray::number(i), {} });
        SyncReport report = reportWith(std::move(entries));
        report.unlisted = 7; // beyond the engine's own limit
        const RunDetails details(dataFolder());
        QVERIFY(details.write(photos, report));

        const auto read = details.read(photos, firstStart);
        QVERIFY(read);
        QCOMPARE(read->entries.size(), 300 + 20 + cap);
        QCOMPARE(read->omitted, std::int64_t(500 + 7));
        QVERIFY(read->changesListed);
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(read->entries.at(i).action, Action::Failed);
            QCOMPARE(read->entries.at(i).path, QStringLiteral("failed-%1").arg(i));
        }
        for (int i = 0; i < 20; ++i)
            QCOMPARE(read->entries.at(300 + i).path, QStringLiteral("deleted-%1").arg(i));
        for (qsizetype i = 0; i < cap; ++i)
            QCOMPARE(read->entries.at(320 + i).path, QStringLiteral("added-%1").arg(i));
    }

    void theFolderKeepsTheNewest500Runs()
    {
        const RunDetails details(dataFolder());
        const int runs = int(RunDetails::maxRuns) + 3;
        for (int i = 0; i < runs; ++i)
            QVERIFY(details.write(photos, reportWith({}, minute(i))));
        QCOMPARE(runFiles().size(), RunDetails::maxRuns);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!details.read(photos, minute(i)));
        QVERIFY(details.read(photos, minute(3)));
        QVERIFY(details.read(photos, minute(runs - 1)));

        // A run that starts before the others (the clock was set back) is kept all the same;
        // the oldest of the others goes.
        const QDateTime setBack = firstStart.addDays(-1);
        QVERIFY(details.write(photos, reportWith({}, setBack)));
        QCOMPARE(runFiles().size(), RunDetails::maxRuns);
        QVERIFY(details.read(photos, setBack));
        QVERIFY(!details.read(photos, minute(3)));
        QVERIFY(details.read(photos, minute(4)));
    }

    void aDamagedFileIsNoDetails_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << QByteArray("{\"Version\":1,\"Drive\":\"Photos\",\"Entr");
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
        QTest::newRow("entries not a list") << QByteArray(
                "{\"Drive\":\"Photos\",\"Started\":\"2024-03-01T10:00:00Z\",\"Entries\":7}");
        QTest::newRow("another drive's run") << QByteArray(
                "{\"Drive\":\"Music\",\"Started\":\"2024-03-01T10:00:00Z\",\"Entries\":[]}");
    }
    void aDamagedFileIsNoDetails()
    {
        QFETCH(QByteArray, content);
        const RunDetails details(dataFolder());
        QVERIFY(test::writeFile(details.filePath(photos, firstStart), content));
        QVERIFY(!details.read(photos, firstStart));
    }

    void entriesThatMakeNoSenseAreLeftOut()
    {
        const RunDetails details(dataFolder());
        QVERIFY(test::writeFile(
                details.filePath(photos, firstStart),
                "{\"Drive\":\"Photos\",\"Started\":\"2024-03-01T10:00:00Z\",\"Omitted\":-5,"
                "\"Entries\":[{\"Action\":\"Exploded\",\"Path\":\"a\"}, 12, {\"Action\":\"Added\"},"
                "{\"Action\":\"Failed\",\"Path\":\"b\",\"Reason\":\"Gone\"}]}"));
        const auto read = details.read(photos, firstStart);
        QVERIFY(read);
        QCOMPARE(read->entries, (QList<RunDetails::Entry>{ { Action::Failed, QStringLiteral("b"),
                                                             QStringLiteral("Gone") } }));
        QCOMPARE(read->omitted, std::int64_t(0));
    }

    void aReadOnlyDataFolderIsAnError()
    {
        LTS_SKIP_IF_ROOT();
        QVERIFY(QDir().mkpath(dataFolder()));
        QVERIFY(QFile::setPermissions(dataFolder(), QFile::ReadOwner | QFile::ExeOwner));
        const RunDetails details(dataFolder());
        const Result<void> written
                = details.write(photos, reportWith({ { Action::Added, "a", {} } }));
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("Run Details Not Saved"));
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(details.folderPath())),
                 qPrintable(written.error().message));
        QVERIFY(!details.read(photos, firstStart));
    }

    void theControllerKeepsTheFilesOfEachRun()
    {
        test::ControllerFixture fixture;
        // A failing check leaves no run for the controller to wait for.
        const auto endRuns = qScopeGuard([&fixture] { fixture.engine().finishAll(); });
        fixture.addDrive(photos);
        QSignalSpy finished(&fixture.controller(), &SyncController::syncFinished);
        QVERIFY(fixture.controller().syncNow(photos));
        fixture.engine().finish(-1, RunResult::Partial, {}, false,
                                { { Action::Added, "new.jpg", {} },
                                  { Action::Failed, "held.jpg", QStringLiteral("In use") } });
        QTRY_COMPARE(finished.count(), 1);

        // Found from the history line alone, as the history window does.
        const QJsonObject run = fixture.controller().history().runs(photos).constFirst();
        const auto read = fixture.controller().runDetails().read(
                photos, QDateTime::fromString(run.value(QStringLiteral("Started")).toString(),
                                              Qt::ISODate));
        QVERIFY(read);
        QCOMPARE(read->entries,
                 (QList<RunDetails::Entry>{
                         { Action::Failed, QStringLiteral("held.jpg"), QStringLiteral("In use") },
                         { Action::Added, QStringLiteral("new.jpg"), {} } }));
        // In the data folder the controller was given.
        QCOMPARE(QDir(fixture.dataFolder() + u'/' + RunDetails::folderName)
                         .entryList({ QStringLiteral("*.json") }, QDir::Files)
                         .size(),
                 1);
    }

    void aRunWhoseFilesCannotBeKeptIsStillRecorded()
    {
        LTS_SKIP_IF_ROOT();
        test::ControllerFixture fixture;
        // A failing check leaves no run for the controller to wait for.
        const auto endRuns = qScopeGuard([&fixture] { fixture.engine().finishAll(); });
        fixture.addDrive(photos);
        const QString runsFolder = fixture.dataFolder() + u'/' + RunDetails::folderName;
        QVERIFY(QDir().mkpath(runsFolder));
        QVERIFY(QFile::setPermissions(runsFolder, QFile::ReadOwner | QFile::ExeOwner));

        QSignalSpy finished(&fixture.controller(), &SyncController::syncFinished);
        QVERIFY(fixture.controller().syncNow(photos));
        fixture.engine().finish(-1, RunResult::Success, {}, false,
                                { { Action::Added, "new.jpg", {} } });
        QTRY_COMPARE(finished.count(), 1);
        QFile::setPermissions(runsFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QCOMPARE(finished.constFirst().at(1).toJsonObject().value(QStringLiteral("Added")).toInt(),
                 1);
        QCOMPARE(fixture.controller().history().size(), 1);
        QCOMPARE(fixture.controller().model().runtime(photos).lastResult, RunResult::Success);
        const QString log = QString::fromUtf8(
                test::readFile(fixture.controller().log().filePath(QDate::currentDate())));
        QVERIFY2(log.contains(QStringLiteral("Cannot keep the list of files of this run")),
                 qPrintable(log));
        // The next run is not held up by it either.
        QVERIFY(fixture.controller().syncNow(photos));
        fixture.engine().finish();
        QTRY_COMPARE(finished.count(), 2);
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestRunDetails)

#include "tst_rundetails.moc"
