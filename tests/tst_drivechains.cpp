// Drive chains (protocol.md QStringLiteral("Chains"), issue 18): a drive whose After names another
// runs right after that drive's run went through, never after a failed one; a chain that names no
// drive or goes round in a circle is refused; renaming or removing a drive keeps the chain right; a
// hand-edited config with a broken chain still loads. And the lab's pipeline on real folders:
// tosync/ -> transit/ -> cloud and card, each file once.
#include "drivechains.h"
#include "driveissues.h"
#include "fakes.h"
#include "files.h"
#include "synccontroller.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lts;
using lts::test::FakeEngine;

namespace {

Drive drive(const QString &name, const QString &after = {})
{
    Drive d;
    d.name = name;
    d.after = after;
    return d;
}

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

} // namespace

class TestDriveChains : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<FakeEngine> m_fake; // when set, the controller runs it instead of the engine
    std::unique_ptr<SyncController> m_controller;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString configFile() const { return path(QStringLiteral("config/config.json")); }

    // A drive of these tests: <name>/in to <name>/out, its folders made.
    QJsonObject driveObject(const QString &name, const QJsonValue &after = QJsonValue::Null)
    {
        const QString in = path(name + QStringLiteral("/in"));
        [&] { QVERIFY(QDir().mkpath(in)); }();
        QJsonObject object{ { QStringLiteral("Name"), name },
                            { QStringLiteral("Source"), in },
                            { QStringLiteral("Target"), path(name + QStringLiteral("/out")) },
                            { QStringLiteral("Sleep"), 1 },
                            { QStringLiteral("Units"), QStringLiteral("Days") },
                            { QStringLiteral("Mode"), QStringLiteral("Update") } };
        if (!after.isNull())
            object.insert(QStringLiteral("After"), after);
        return object;
    }

    void writeConfig(const QJsonArray &drives)
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("config"))));
        QVERIFY(test::writeFile(configFile(),
                                QJsonDocument(QJsonObject{ { QStringLiteral("Version"), 1 },
                                                           { QStringLiteral("Drives"), drives } })
                                        .toJson()));
    }

    QJsonArray drivesOnDisk() const
    {
        return QJsonDocument::fromJson(test::readFile(configFile()))
                .object()
                .value(QStringLiteral("Drives"))
                .toArray();
    }

    QString afterOnDisk(const QString &name) const
    {
        for (const QJsonValue value : drivesOnDisk()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("Name")).toString() == name)
                return object.value(QStringLiteral("After")).toString();
        }
        return QStringLiteral("(no such drive)");
    }

    void makeController()
    {
        SyncController::Environment env;
        env.configFolder = path(QStringLiteral("config"));
        env.dataFolder = path(QStringLiteral("data"));
        if (m_fake)
            env.runSync = m_fake->function();
        // Every folder a volume of its own: the drives of a chain may run at once.
        env.volumeOf = [](const QString &folder) { return folder; };
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
    }

    // The drive the fake engine's run `i` is of.
    QString ranDrive(qsizetype i) const
    {
        return QFileInfo(QDir::cleanPath(m_fake->run(i).job.source + QStringLiteral("/..")))
                .fileName();
    }

    std::optional<Drive> find(const QString &name) const
    {
        for (const Drive &d : m_controller->drives()) {
            if (d.name == name)
                return d;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_fake.reset();
    }
    void cleanup()
    {
        if (m_fake)
            m_fake->finishAll();
        m_controller.reset();
        m_dir.reset();
    }

    // ---- the rules, on their own

    void aChainThatNamesNoDriveOrGoesRoundIsRefused_data()
    {
        QTest::addColumn<QList<Drive>>("others");
        QTest::addColumn<Drive>("drive");
        QTest::addColumn<QString>("words"); // empty: accepted

        QTest::newRow("no After") << QList<Drive>{ drive(QStringLiteral("A")) }
                                  << drive(QStringLiteral("B")) << QString();
        QTest::newRow("after another")
                << QList<Drive>{ drive(QStringLiteral("A")) }
                << drive(QStringLiteral("B"), QStringLiteral("A")) << QString();
        QTest::newRow("a long chain")
                << QList<Drive>{ drive(QStringLiteral("A")),
                                 drive(QStringLiteral("B"), QStringLiteral("A")),
                                 drive(QStringLiteral("C"), QStringLiteral("B")) }
                << drive(QStringLiteral("D"), QStringLiteral("C")) << QString();
        QTest::newRow("two after one")
                << QList<Drive>{ drive(QStringLiteral("A")),
                                 drive(QStringLiteral("B"), QStringLiteral("A")) }
                << drive(QStringLiteral("C"), QStringLiteral("A")) << QString();
        QTest::newRow("unknown") << QList<Drive>{ drive(QStringLiteral("A")) }
                                 << drive(QStringLiteral("B"), QStringLiteral("Z"))
                                 << QStringLiteral(
                                            "There is no drive \"Z\" for \"B\" to run after.");
        QTest::newRow("itself") << QList<Drive>{ drive(QStringLiteral("A")) }
                                << drive(QStringLiteral("B"), QStringLiteral("B"))
                                << QStringLiteral("The drive \"B\" cannot run after itself.");
        // An edit of A (the others do not hold it) to run after the drive that runs after it.
        QTest::newRow("circle of two")
                << QList<Drive>{ drive(QStringLiteral("B"), QStringLiteral("A")) }
                << drive(QStringLiteral("A"), QStringLiteral("B"))
                << QStringLiteral("\"A\" cannot run after \"B\": the chain would go round in a "
                                  "circle (A → B → A).");
        QTest::newRow("circle of three")
                << QList<Drive>{ drive(QStringLiteral("B"), QStringLiteral("A")),
                                 drive(QStringLiteral("C"), QStringLiteral("B")) }
                << drive(QStringLiteral("A"), QStringLiteral("C"))
                << QStringLiteral("\"A\" cannot run after \"C\": the chain would go round in a "
                                  "circle (A → B → C → A).");
    }
    void aChainThatNamesNoDriveOrGoesRoundIsRefused()
    {
        QFETCH(QList<Drive>, others);
        QFETCH(Drive, drive);
        QFETCH(QString, words);
        const std::optional<Error> problem = DriveChains(others).problem(drive);
        QCOMPARE(problem.has_value(), !words.isEmpty());
        if (problem) {
            QCOMPARE(problem->code, issue::InvalidChain);
            QCOMPARE(problem->message, words);
        }
    }

    void aRenameOrARemovalKeepsTheChainRight()
    {
        QList<Drive> drives{ drive(QStringLiteral("A")),
                             drive(QStringLiteral("B"), QStringLiteral("A")),
                             drive(QStringLiteral("C"), QStringLiteral("A")),
                             drive(QStringLiteral("D"), QStringLiteral("B")) };
        QCOMPARE(DriveChains::followers(drives, QStringLiteral("A")),
                 (QStringList{ QStringLiteral("B"), QStringLiteral("C") }));
        QCOMPARE(DriveChains::rename(drives, QStringLiteral("A"), QStringLiteral("Logger")),
                 (QList<qsizetype>{ 1, 2 }));
        QCOMPARE(DriveChains::followers(drives, QStringLiteral("Logger")),
                 (QStringList{ QStringLiteral("B"), QStringLiteral("C") }));
        QCOMPARE(DriveChains::forget(drives, QStringLiteral("B")), (QList<qsizetype>{ 3 }));
        QVERIFY(drives.at(3).after.isEmpty());
        QCOMPARE(DriveChains::followers(drives, QString()), QStringList());
    }

    // ---- through the controller: the protocol's AddDrive and EditDrive, and the config file

    void addAndEditRefuseABrokenChain()
    {
        writeConfig({ driveObject(QStringLiteral("A")),
                      driveObject(QStringLiteral("B"), QStringLiteral("A")) });
        makeController();
        const DriveVerdict unknown = m_controller->addDrive(
                DriveCodec::decode(driveObject(QStringLiteral("C"), QStringLiteral("Nope"))));
        QVERIFY(!unknown.accepted());
        QCOMPARE(issue::joinedCodes(unknown.errors), issue::InvalidChain);
        QVERIFY(!find(QStringLiteral("C")));

        const DriveVerdict circle = m_controller->editDrive(
                QStringLiteral("A"),
                QJsonObject{ { QStringLiteral("After"), QStringLiteral("B") } });
        QCOMPARE(issue::joinedCodes(circle.errors), issue::InvalidChain);
        QVERIFY(circle.errors.constFirst().message.contains(QStringLiteral("A → B → A")));
        QVERIFY(find(QStringLiteral("A"))->after.isEmpty());
        QVERIFY(afterOnDisk(QStringLiteral("A")).isEmpty());

        const DriveVerdict wrongType = m_controller->editDrive(
                QStringLiteral("B"), QJsonObject{ { QStringLiteral("After"), 3 } });
        QCOMPARE(issue::joinedCodes(wrongType.errors), issue::InvalidChain);
        QCOMPARE(find(QStringLiteral("B"))->after, QStringLiteral("A"));

        // Null ends the chain (unlike other fields, for which null keeps the value).
        QVERIFY(m_controller
                        ->editDrive(QStringLiteral("B"),
                                    QJsonObject{ { QStringLiteral("After"), QJsonValue::Null } })
                        .accepted());
        QVERIFY(find(QStringLiteral("B"))->after.isEmpty());
        QCOMPARE(afterOnDisk(QStringLiteral("B")), QString());
    }

    void renamingADriveIsFollowedByTheDrivesAfterIt()
    {
        writeConfig({ driveObject(QStringLiteral("A")),
                      driveObject(QStringLiteral("B"), QStringLiteral("A")),
                      driveObject(QStringLiteral("C"), QStringLiteral("B")) });
        makeController();
        QSignalSpy changed(m_controller.get(), &SyncController::driveChanged);
        QVERIFY(m_controller
                        ->editDrive(
                                QStringLiteral("A"),
                                QJsonObject{ { QStringLiteral("Name"), QStringLiteral("Logger") } })
                        .accepted());
        QCOMPARE(find(QStringLiteral("B"))->after, QStringLiteral("Logger"));
        QCOMPARE(afterOnDisk(QStringLiteral("B")), QStringLiteral("Logger"));
        QCOMPARE(afterOnDisk(QStringLiteral("C")), QStringLiteral("B"));
        // The renamed drive and the one after it are announced (the tray and ListDrives see it).
        QCOMPARE(changed.count(), 2);

        // Renamed to close a circle: C runs after B, which runs after QStringLiteral("Logger");
        // naming C's predecessor... a rename cannot make a circle by itself, but a rename with a
        // new After can.
        const DriveVerdict circle = m_controller->editDrive(
                QStringLiteral("Logger"),
                QJsonObject{ { QStringLiteral("Name"), QStringLiteral("Start") },
                             { QStringLiteral("After"), QStringLiteral("C") } });
        QCOMPARE(issue::joinedCodes(circle.errors), issue::InvalidChain);
        QVERIFY(find(QStringLiteral("Logger")));
        QCOMPARE(afterOnDisk(QStringLiteral("B")), QStringLiteral("Logger"));
    }

    void removingADriveLeavesTheDrivesAfterItOnTheirOwnSchedule()
    {
        writeConfig({ driveObject(QStringLiteral("A")),
                      driveObject(QStringLiteral("B"), QStringLiteral("A")),
                      driveObject(QStringLiteral("C"), QStringLiteral("B")) });
        makeController();
        QSignalSpy changed(m_controller.get(), &SyncController::driveChanged);
        QVERIFY(m_controller->removeDrive(QStringLiteral("A")));
        QVERIFY(find(QStringLiteral("B"))->after.isEmpty());
        QCOMPARE(afterOnDisk(QStringLiteral("B")), QString());
        QCOMPARE(afterOnDisk(QStringLiteral("C")), QStringLiteral("B"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(QString::fromUtf8(
                        test::readFile(m_controller->log().filePath(QDate::currentDate())))
                        .contains(QStringLiteral(
                                "The drive \"B\" ran after \"A\", which was removed")));
    }

    void aHandEditedConfigWithABrokenChainStillLoads()
    {
        // B names a drive further down (fine), D one that is not there, E and F each other.
        writeConfig({ driveObject(QStringLiteral("B"), QStringLiteral("C")),
                      driveObject(QStringLiteral("C")),
                      driveObject(QStringLiteral("D"), QStringLiteral("Gone")),
                      driveObject(QStringLiteral("E"), QStringLiteral("F")),
                      driveObject(QStringLiteral("F"), QStringLiteral("E")) });
        makeController();
        QCOMPARE(m_controller->drives().size(), 5);
        QCOMPARE(find(QStringLiteral("B"))->after, QStringLiteral("C"));
        QVERIFY(find(QStringLiteral("D"))->after.isEmpty());
        // One of the circle is cut, the other keeps its After.
        QVERIFY(find(QStringLiteral("E"))->after.isEmpty());
        QCOMPARE(find(QStringLiteral("F"))->after, QStringLiteral("E"));
        QStringList codes;
        for (const Error &problem : m_controller->configProblems())
            codes.append(problem.code);
        QCOMPARE(codes, (QStringList{ issue::InvalidChain, issue::InvalidChain }));
    }

    // ---- runs

    void aDriveRunsAfterTheOneBeforeWentThrough_data()
    {
        QTest::addColumn<RunResult>("result");
        QTest::addColumn<bool>("follows");
        QTest::newRow("Success") << RunResult::Success << true;
        QTest::newRow("Partial") << RunResult::Partial << true;
        QTest::newRow("Failure") << RunResult::Failure << false;
        QTest::newRow("Refused") << RunResult::Refused << false;
        QTest::newRow("Cancelled") << RunResult::Cancelled << false;
    }
    void aDriveRunsAfterTheOneBeforeWentThrough()
    {
        QFETCH(RunResult, result);
        QFETCH(bool, follows);
        writeConfig({ driveObject(QStringLiteral("A")),
                      driveObject(QStringLiteral("B"), QStringLiteral("A")),
                      driveObject(QStringLiteral("C"), QStringLiteral("B")),
                      driveObject(QStringLiteral("Other")) });
        m_fake.emplace();
        makeController();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QVERIFY(m_controller->syncNow(QStringLiteral("A")));
        QCOMPARE(m_fake->started(), 1);
        m_fake->finish(0, result);
        QTRY_COMPARE(finished.count(), 1);
        if (!follows) {
            // Files the drive before left for it stay where they are until it goes through.
            QCOMPARE(m_fake->started(), 1);
            return;
        }
        QTRY_COMPARE(m_fake->started(), 2);
        QCOMPARE(ranDrive(1), QStringLiteral("B"));
        m_fake->finish(1, RunResult::Success);
        QTRY_COMPARE(m_fake->started(), 3);
        QCOMPARE(ranDrive(2), QStringLiteral("C"));
        m_fake->finish(2, RunResult::Success);
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(m_fake->started(), 3); // the end of the chain; Other never ran
    }

    void aPausedDriveIsNotRunByTheOneBefore()
    {
        QJsonObject paused = driveObject(QStringLiteral("B"), QStringLiteral("A"));
        paused.insert(QStringLiteral("Enabled"), false);
        writeConfig({ driveObject(QStringLiteral("A")), paused });
        m_fake.emplace();
        makeController();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        QVERIFY(m_controller->syncNow(QStringLiteral("A")));
        m_fake->finish(0, RunResult::Success);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_fake->started(), 1);
    }

    // The drive after another takes what that one left: were they to run at once, it could
    // see a file half-moved into transit/, or move on one the drive before has not sent yet.
    void theDrivesOfAChainNeverRunAtOnce()
    {
        writeConfig({ driveObject(QStringLiteral("A")),
                      driveObject(QStringLiteral("B"), QStringLiteral("A")),
                      driveObject(QStringLiteral("Other")) });
        m_fake.emplace();
        makeController();
        QVERIFY(m_controller->syncNow(QStringLiteral("B")));
        QVERIFY(m_controller->syncNow(QStringLiteral("A")));
        QVERIFY(m_controller->syncNow(QStringLiteral("Other")));
        // Other is of no chain: it starts beside B; A waits for B.
        QTRY_COMPARE(m_fake->started(), 2);
        QCOMPARE(ranDrive(0), QStringLiteral("B"));
        QCOMPARE(ranDrive(1), QStringLiteral("Other"));
        m_fake->finish(0, RunResult::Success);
        QTRY_COMPARE(m_fake->started(), 3);
        QCOMPARE(ranDrive(2), QStringLiteral("A"));
        // B runs once more when A went through, with what A has left since.
        m_fake->finish(2, RunResult::Success);
        QTRY_COMPARE(m_fake->started(), 4);
        QCOMPARE(ranDrive(3), QStringLiteral("B"));
    }

    // Logger's own schedule comes while Cloud runs: Card, after Cloud, goes first, so it moves
    // on only what Cloud has sent; then Logger runs.
    void theNextDriveOfAChainGoesBeforeTheChainsOtherRuns()
    {
        writeConfig({ driveObject(QStringLiteral("Logger")),
                      driveObject(QStringLiteral("Cloud"), QStringLiteral("Logger")),
                      driveObject(QStringLiteral("Card"), QStringLiteral("Cloud")) });
        m_fake.emplace();
        makeController();
        QVERIFY(m_controller->syncNow(QStringLiteral("Logger")));
        m_fake->finish(0, RunResult::Success);
        QTRY_COMPARE(m_fake->started(), 2);
        QCOMPARE(ranDrive(1), QStringLiteral("Cloud"));
        QVERIFY(m_controller->syncNow(QStringLiteral("Logger"))); // its schedule, meanwhile
        QCOMPARE(m_fake->started(), 2);
        m_fake->finish(1, RunResult::Success);
        QTRY_COMPARE(m_fake->started(), 3);
        QCOMPARE(ranDrive(2), QStringLiteral("Card"));
        m_fake->finish(2, RunResult::Success);
        QTRY_COMPARE(m_fake->started(), 4);
        QCOMPARE(ranDrive(3), QStringLiteral("Logger"));
    }

    // The lab's pipeline (issue 18) on this computer's folders: the logger's files are moved
    // from tosync/ into transit/, copied to the cloud, then moved onto the card. Each file
    // reaches the cloud and the card once, and transit/ ends empty; with the cloud gone,
    // the files wait in transit/ (the card's drive does not run after a failed upload).
    void theLabsPipelineTakesEachFileOnceAndWaitsForTheCloud()
    {
        const QString tosync = path(QStringLiteral("logger/tosync"));
        const QString transit = path(QStringLiteral("logger/transit"));
        const QString cloud = path(QStringLiteral("cloud/Lab/SITE"));
        const QString card = path(QStringLiteral("card"));
        for (const QString &folder : { tosync, transit, path(QStringLiteral("cloud/Lab")), card })
            QVERIFY(QDir().mkpath(folder));
        auto drive = [](const QString &name, const QString &source, const QString &target,
                        const QString &mode, const QJsonValue &after) {
            QJsonObject object{ { QStringLiteral("Name"), name },
                                { QStringLiteral("Source"), source },
                                { QStringLiteral("Target"), target },
                                { QStringLiteral("Sleep"), 1 },
                                { QStringLiteral("Units"), QStringLiteral("Minutes") },
                                { QStringLiteral("Mode"), mode } };
            if (!after.isNull())
                object.insert(QStringLiteral("After"), after);
            return object;
        };
        writeConfig({ drive(QStringLiteral("Logger"), tosync, transit, QStringLiteral("Move"),
                            QJsonValue::Null),
                      drive(QStringLiteral("Cloud"), transit, cloud, QStringLiteral("Update"),
                            QStringLiteral("Logger")),
                      drive(QStringLiteral("Card"), transit, card, QStringLiteral("Move"),
                            QStringLiteral("Cloud")) });
        makeController();
        QSignalSpy finished(m_controller.get(), &SyncController::syncFinished);
        const auto resultOf = [&finished](qsizetype i) -> QString {
            const QList<QVariant> args = finished.at(i);
            return args.at(0).toString() + QLatin1Char(' ')
                   + args.at(1).toJsonObject().value(QStringLiteral("Result")).toString();
        };

        QVERIFY(test::writeFile(tosync + QStringLiteral("/log-001.csv"), "t,v\n1,2\n"));
        QVERIFY(test::writeFile(tosync + QStringLiteral("/2026/log-002.csv"), "t,v\n3,4\n"));
        QVERIFY(m_controller->syncNow(QStringLiteral("Logger")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QCOMPARE(resultOf(0), QStringLiteral("Logger Success"));
        QCOMPARE(resultOf(1), QStringLiteral("Cloud Success"));
        QCOMPARE(resultOf(2), QStringLiteral("Card Success"));
        QCOMPARE(test::readFile(cloud + QStringLiteral("/log-001.csv")), QByteArray("t,v\n1,2\n"));
        QCOMPARE(test::readFile(card + QStringLiteral("/2026/log-002.csv")),
                 QByteArray("t,v\n3,4\n"));
        QCOMPARE(filesUnder(tosync), QStringList());
        QCOMPARE(filesUnder(transit), QStringList());

        // The cloud goes away: the next file waits in transit/, and the card does not get it.
        QVERIFY(QDir().rename(path(QStringLiteral("cloud")), path(QStringLiteral("cloud-away"))));
        QVERIFY(test::writeFile(tosync + QStringLiteral("/log-003.csv"), "t,v\n5,6\n"));
        QVERIFY(m_controller->syncNow(QStringLiteral("Logger")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 60000);
        QCOMPARE(resultOf(3), QStringLiteral("Logger Success"));
        QCOMPARE(resultOf(4), QStringLiteral("Cloud Failure"));
        QCOMPARE(filesUnder(transit), QStringList{ QStringLiteral("log-003.csv") });
        QVERIFY(!QFileInfo::exists(card + QStringLiteral("/log-003.csv")));

        // It comes back: the next run of the chain takes the file on, once.
        QVERIFY(QDir().rename(path(QStringLiteral("cloud-away")), path(QStringLiteral("cloud"))));
        QVERIFY(m_controller->syncNow(QStringLiteral("Logger")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 8, 60000);
        QCOMPARE(resultOf(7), QStringLiteral("Card Success"));
        QCOMPARE(test::readFile(cloud + QStringLiteral("/log-003.csv")), QByteArray("t,v\n5,6\n"));
        QCOMPARE(test::readFile(card + QStringLiteral("/log-003.csv")), QByteArray("t,v\n5,6\n"));
        QCOMPARE(filesUnder(transit), QStringList());
        QCOMPARE(filesUnder(card),
                 (QStringList{ QStringLiteral("2026/log-002.csv"), QStringLiteral("log-001.csv"),
                               QStringLiteral("log-003.csv") }));
    }
};

LTS_TEST_MAIN(TestDriveChains)
#include "tst_drivechains.moc"
