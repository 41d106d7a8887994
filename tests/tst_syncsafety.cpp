// The safety rules of docs/safety.md, one test each: nothing is lost when the source is missing
// or empty, when the backup disk is not the one it was, when a run would delete too much,
// when part of the source cannot be read, when the target changes under the run, when two
// runs meet, and when a run is cancelled.
#include "syncfolders.h"
#include "temporaries.h"
#include "testmain.h"
#include "versionstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSemaphore>

using namespace lts;
using lts::test::SyncFolders;
using lts::test::TreeBuilder;

class TestSyncSafety : public QObject
{
    Q_OBJECT

private:
    std::optional<test::SyncFolders> m_folders;

    TreeBuilder &source() { return m_folders->source(); }
    TreeBuilder &target() { return m_folders->target(); }
    SyncJob job() const { return m_folders->job(); }
    static SyncReport sync(const SyncJob &job) { return test::runEngine(job); }

    void fill(TreeBuilder &tree, int files)
    {
        for (int i = 0; i < files; ++i)
            tree.write(QStringLiteral("f%1.txt").arg(i), QByteArray::number(i), 1600000000);
    }

private Q_SLOTS:
    void init()
    {
        // The target is there, empty, as after a first run that found nothing to copy.
        m_folders.emplace(test::SyncFolders::Target::Present);
        QVERIFY(m_folders->isValid());
    }

    void cleanup()
    {
        ::chmod(QFile::encodeName(source().path(QStringLiteral("locked"))).constData(), 0755);
        m_folders.reset();
    }

    void aMissingSourceIsUnavailableAndChangesNothing()
    {
        target().write(QStringLiteral("precious.txt"), "p");
        SyncJob j = job();
        j.source = m_folders->path(QStringLiteral("unplugged"));
        const test::Snapshot before = test::snapshot(target().root(), true, true);
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY(report.unavailable);
        QCOMPARE(report.code, SyncEngine::sourceUnavailable);
        QVERIFY(report.message.contains(QStringLiteral("unplugged")));
        QCOMPARE(test::snapshot(target().root(), true, true), before);
    }

    void anUnreadableSourceIsUnavailable()
    {
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("a"), "a").setMode(QString(), 0);
        const SyncReport report = sync(job());
        ::chmod(QFile::encodeName(source().root()).constData(), 0755);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY(report.unavailable);
    }

    void theFirstRunRecordsTheVolumesAndLeavesAMarker()
    {
        source().write(QStringLiteral("a"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QVERIFY(QFileInfo::exists(job().identityFile));
        const QJsonObject record = [this] {
            QFile f(job().identityFile);
            f.open(QIODevice::ReadOnly);
            return QJsonDocument::fromJson(f.readAll()).object();
        }();
        QVERIFY(!record.value(QStringLiteral("Target")).toString().isEmpty());
        const QString marker = record.value(QStringLiteral("Marker")).toString();
        const QString markerPath
                = target().root() + QStringLiteral("/.letthatsyncin/markers/") + marker;
        // An empty folder: FAT and exFAT disks cannot hold the symbolic links of before.
        QVERIFY(QFileInfo(markerPath).isDir());
        QCOMPARE(sync(job()).result, RunResult::Success);

        // A marker written by an earlier version, a symbolic link, still counts.
        QVERIFY(QDir(markerPath).removeRecursively());
        QVERIFY(QFile::link(QStringLiteral("letthatsyncin-marker"), markerPath));
        QCOMPARE(sync(job()).result, RunResult::Success);
    }

    void aTargetWithoutItsMarkerIsRefused()
    {
        // The backup disk is not mounted: its empty mount point is there instead.
        source().write(QStringLiteral("a"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QDir(target().root()).removeRecursively();
        QDir().mkpath(target().root());
        SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Volume Changed"));
        QVERIFY(test::snapshot(target().root(), true, true).isEmpty());
        // Confirmed by the user: it runs, and is recorded anew.
        SyncJob forced = job();
        forced.force = true;
        QCOMPARE(sync(forced).result, RunResult::Success);
        QCOMPARE(sync(job()).result, RunResult::Success);
    }

    void anotherFilesystemIsRefused()
    {
        source().write(QStringLiteral("a"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QFile f(job().identityFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        for (const QString &side : { QStringLiteral("Target"), QStringLiteral("Source") }) {
            QJsonObject changed = record;
            changed.insert(side, QStringLiteral("ef53:12345678-9abcdef0"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(changed).toJson());
            f.close();
            const SyncReport report = sync(job());
            QCOMPARE(report.result, RunResult::Refused);
            QVERIFY2(report.message.contains(side.toLower()), qPrintable(report.message));
        }
    }

    void aMissingTargetIsUnavailableAfterTheFirstRun()
    {
        source().write(QStringLiteral("a"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QDir(target().root()).removeRecursively();
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY(report.unavailable);
        QCOMPARE(report.code, SyncEngine::targetUnavailable);
        QVERIFY2(!QFileInfo::exists(target().root()), "only a first run creates the target");
    }

    void aFirstRunCreatesTheTargetOnlyInAnExistingFolder()
    {
        source().write(QStringLiteral("a"), "a");
        SyncJob j = job();
        j.target = m_folders->path(QStringLiteral("no/such/folder"));
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY(!QFileInfo::exists(m_folders->path(QStringLiteral("no"))));
    }

    void aFirstMirrorIntoAFolderHoldingOtherFilesIsRefused()
    {
        // Rule 10: the user picked a folder that already holds 8 documents of their own.
        source().write(QStringLiteral("photo.jpg"), "p", 1600000000)
                .write(QStringLiteral("shared.txt"), "same", 1600000000);
        target().write(QStringLiteral("shared.txt"), "same", 1600000000);
        for (int i = 0; i < 6; ++i)
            target().write(QStringLiteral("Documents/letter%1.odt").arg(i), "mine");
        target().write(QStringLiteral("notes.txt"), "mine").write(QStringLiteral("todo.txt"), "m");
        const test::Snapshot before = test::snapshot(target().root(), true, true);

        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::targetNotEmpty);
        QCOMPARE(report.message, QStringLiteral("The target holds 8 files that the source does "
                                                "not have: a first mirror would delete them."));
        QCOMPARE(test::snapshot(target().root(), true, true), before); // before any change
        QVERIFY(!QFileInfo::exists(job().identityFile));
        // Until the user confirms, every run is refused the same way.
        QCOMPARE(sync(job()).code, SyncEngine::targetNotEmpty);

        SyncJob confirmed = job();
        confirmed.force = true;
        const SyncReport done = sync(confirmed);
        QCOMPARE(done.result, RunResult::Success);
        QVERIFY(done.forced);
        QCOMPARE(done.deleted, 8);
        QCOMPARE(done.toJson().value(QStringLiteral("Forced")), QJsonValue(true));
        LTS_COMPARE_TREES(target().root(), source().root());
        // The pair is known now: a later deletion is an ordinary one.
        source().remove(QStringLiteral("shared.txt"));
        const SyncReport later = sync(job());
        QCOMPARE(later.result, RunResult::Success);
        QVERIFY(!later.forced);
        QCOMPARE(later.deleted, 1);
    }

    void aFirstMirrorDeletingNothingRunsAtOnce()
    {
        source().write(QStringLiteral("a.txt"), "a", 1600000000);
        // Excluded, hidden-and-left-out and the application's own entries are never deleted,
        // so they do not count.
        target().write(QStringLiteral("cache/big.bin"), "c")
                .write(QStringLiteral(".letthatsyncin/notes"), "n");
        SyncJob j = job();
        j.exclude = QStringList{ QStringLiteral("cache/") };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QVERIFY(!report.forced);
        QVERIFY(target().exists(QStringLiteral("cache/big.bin")));
        // Update and Move never delete: a first run of theirs is never refused.
        SyncFolders other(test::SyncFolders::Target::Present);
        other.source().write(QStringLiteral("a"), "a");
        other.target().write(QStringLiteral("mine"), "m");
        QCOMPARE(sync(other.job(SyncMode::Update)).result, RunResult::Success);
        QVERIFY(other.target().exists(QStringLiteral("mine")));
    }

    void aFirstMirrorAfterUpdateRunsIsStillAFirstMirror()
    {
        // Update never deletes, so the target gathers files of its own; switching the drive to
        // Mirror must not delete them unseen.
        source().write(QStringLiteral("a.txt"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        SyncJob update = job();
        update.mode = SyncMode::Update;
        target().write(QStringLiteral("kept-by-update.txt"), "mine");
        QCOMPARE(sync(update).result, RunResult::Success);
        QCOMPARE(sync(job()).code, QString()); // mirrored before: an ordinary deletion

        SyncFolders other(test::SyncFolders::Target::Present);
        other.source().write(QStringLiteral("a"), "a");
        SyncJob firstUpdate = other.job(SyncMode::Update);
        QCOMPARE(sync(firstUpdate).result, RunResult::Success);
        other.target().write(QStringLiteral("mine.txt"), "m");
        const SyncReport report = sync(other.job(SyncMode::Mirror));
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::targetNotEmpty);
        QVERIFY(other.target().exists(QStringLiteral("mine.txt")));
    }

    void aMirrorWithOtherFiltersIsAFirstMirror()
    {
        // The drive left cache/ out, so the target's cache/ was never the source's; taking
        // the exclusion away must not delete it unseen.
        source().write(QStringLiteral("a.txt"), "a");
        SyncJob excluding = job();
        excluding.exclude = QStringList{ QStringLiteral("cache/") };
        QCOMPARE(sync(excluding).result, RunResult::Success);
        target().write(QStringLiteral("cache/big.bin"), "mine");
        QCOMPARE(sync(excluding).result, RunResult::Success);

        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::targetNotEmpty);
        QVERIFY(target().exists(QStringLiteral("cache/big.bin")));
        // Back to the filters the pair was mirrored with, deletions are ordinary again.
        target().write(QStringLiteral("b.txt"), "gone with the next mirror");
        const SyncReport again = sync(excluding);
        QCOMPARE(again.result, RunResult::Success);
        QCOMPARE(again.deleted, 1);
    }

    void aRecordOfTheFirstReleasesCountsAsMirrored()
    {
        // Drives synced by a release before rule 10 have been mirroring all along: their next
        // deletion is an ordinary one.
        source().write(QStringLiteral("a.txt"), "a").write(QStringLiteral("b.txt"), "b");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QFile record(job().identityFile);
        QVERIFY(record.open(QIODevice::ReadOnly));
        QJsonObject fields = QJsonDocument::fromJson(record.readAll()).object();
        record.close();
        QVERIFY(fields.contains(QStringLiteral("Mirrored")));
        fields.remove(QStringLiteral("Mirrored"));
        fields.remove(QStringLiteral("MirroredFilters"));
        QVERIFY(record.open(QIODevice::WriteOnly | QIODevice::Truncate));
        record.write(QJsonDocument(fields).toJson());
        record.close();

        source().remove(QStringLiteral("b.txt"));
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 1);
        QVERIFY(!report.forced);
    }

    void aPreviewOfAMissingTargetSaysAPlainRunWouldNotGo()
    {
        source().write(QStringLiteral("a.txt"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QVERIFY(QDir(target().root()).removeRecursively()); // the backup disk is unplugged
        SyncJob preview = job();
        preview.dryRun = true;
        preview.force = true;
        const SyncReport report = sync(preview);
        QCOMPARE(report.added, 1);
        QCOMPARE(report.overriddenCode, SyncEngine::targetUnavailable);
        QVERIFY(report.overriddenMessage.contains(QStringLiteral("plugged in")));
        QVERIFY(!QFileInfo::exists(target().root()));
    }

    void aDryRunOfARefusedRunListsWhatItWouldDelete()
    {
        source().write(QStringLiteral("a.txt"), "a");
        target().write(QStringLiteral("old/1.txt"), "1").write(QStringLiteral("old/2.txt"), "22");
        SyncJob j = job();
        j.dryRun = true;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::targetNotEmpty);
        QCOMPARE(report.deleted, 2);
        QStringList deleted;
        for (const SyncEntry &entry : report.entries) {
            if (entry.action == SyncEntry::Action::Deleted && !entry.path.endsWith('/')) {
                deleted.append(QString::fromUtf8(entry.path));
                QCOMPARE(entry.targetSize, entry.path.endsWith("1.txt") ? 1 : 2);
                QVERIFY(entry.targetModified > 0);
                QCOMPARE(entry.sourceSize, -1);
            }
        }
        QCOMPARE(deleted,
                 (QStringList{ QStringLiteral("old/1.txt"), QStringLiteral("old/2.txt") }));
        QVERIFY(target().exists(QStringLiteral("old/1.txt")));
    }

    void aConfirmedRunDeletesNoMoreThanTheUserSaw()
    {
        fill(source(), 40);
        QCOMPARE(sync(job()).result, RunResult::Success);
        for (int i = 0; i < 30; ++i)
            source().remove(QStringLiteral("f%1.txt").arg(i));
        // The user reviewed 30 deletions and confirmed them; meanwhile 5 more files went.
        for (int i = 30; i < 35; ++i)
            source().remove(QStringLiteral("f%1.txt").arg(i));
        SyncJob confirmed = job();
        confirmed.force = true;
        confirmed.maxForcedDeletions = 30;
        const SyncReport report = sync(confirmed);
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::planChanged);
        QVERIFY2(report.message.contains(QStringLiteral("35")), qPrintable(report.message));
        QCOMPARE(test::snapshot(target().root()).size(), 40);
        confirmed.maxForcedDeletions = 35;
        const SyncReport done = sync(confirmed);
        QCOMPARE(done.result, RunResult::Success);
        QCOMPARE(done.deleted, 35);
        QVERIFY(done.forced);
    }

    void mirroringAnEmptySourceIsRefused()
    {
        source().write(QStringLiteral("first"), "f");
        QCOMPARE(sync(job()).result, RunResult::Success); // a known pair: rule 10 is behind
        source().remove(QStringLiteral("first"));
        target().remove(QStringLiteral("first"));
        fill(target(), 3);
        source().folder(QStringLiteral("empty-subfolder"));
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::sourceEmpty);
        QCOMPARE(report.message,
                 QStringLiteral("The source has no files, so a mirror would delete all 3 files of "
                                "the target."));
        QCOMPARE(test::snapshot(target().root()).size(), 3);
        SyncJob forced = job();
        forced.force = true;
        QCOMPARE(sync(forced).result, RunResult::Success);
        QCOMPARE(test::snapshot(target().root()).size(), 1); // the empty subfolder
    }

    void tooManyDeletionsAreRefusedUntilForced()
    {
        fill(source(), 100);
        QCOMPARE(sync(job()).result, RunResult::Success);
        for (int i = 0; i < 51; ++i)
            source().remove(QStringLiteral("f%1.txt").arg(i));
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, SyncEngine::tooManyDeletions);
        QCOMPARE(report.message,
                 QStringLiteral("A mirror would delete 51 of the 100 files in the target (limit "
                                "50 %)."));
        QCOMPARE(test::snapshot(target().root()).size(), 100);

        SyncJob forced = job();
        forced.force = true;
        const SyncReport done = sync(forced);
        QCOMPARE(done.result, RunResult::Success);
        QCOMPARE(done.deleted, 51);
    }

    void theDeletionLimitCountsFilesInsideDeletedFolders()
    {
        for (int i = 0; i < 30; ++i)
            source().write(QStringLiteral("album/p%1.jpg").arg(i), "p");
        fill(source(), 20);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("album"));
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.message,
                 QStringLiteral("A mirror would delete 30 of the 50 files in the target (limit "
                                "50 %)."));
    }

    void theDeletionLimitFollowsTheSettingAndSpares10Files()
    {
        fill(source(), 12);
        QCOMPARE(sync(job()).result, RunResult::Success);
        for (int i = 0; i < 10; ++i)
            source().remove(QStringLiteral("f%1.txt").arg(i));
        QCOMPARE(sync(job()).result, RunResult::Success); // 10 files: not past the limit's floor

        fill(source(), 40);
        QCOMPARE(sync(job()).result, RunResult::Success);
        for (int i = 0; i < 15; ++i)
            source().remove(QStringLiteral("f%1.txt").arg(i));
        SyncJob strict = job();
        strict.maxDeletePercent = 30; // 15 of 40 is 37 %
        QCOMPARE(sync(strict).result, RunResult::Refused);
        QCOMPARE(sync(job()).result, RunResult::Success);
    }

    void anUnreadableSourceFolderStopsEveryDeletion()
    {
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("locked/inside.txt"), "i")
                .write(QStringLiteral("a"), "a")
                .write(QStringLiteral("b"), "b");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("b"))
                .write(QStringLiteral("c"), "c")
                .setMode(QStringLiteral("locked"), 0);
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Partial);
        QVERIFY(target().exists(QStringLiteral("locked/inside.txt")));
        QVERIFY2(target().exists(QStringLiteral("b")),
                 "no deletion in a run that could not read all the source");
        QVERIFY2(target().exists(QStringLiteral("c")), "copies still happen");
    }

    void aFirstMirrorThatCannotReadAllTheSourceIsNotAFirstMirrorDone()
    {
        // Part of the source unreadable: the run deletes nothing (rule 5), so it is not
        // refused, lists what it left, and is no mirror made: once the source can be read,
        // the target's own files are asked about before they go.
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("locked/inside.txt"), "i").write(QStringLiteral("a"), "a");
        source().setMode(QStringLiteral("locked"), 0);
        target().write(QStringLiteral("mine/1.txt"), "1").write(QStringLiteral("mine/2.txt"), "2");
        const SyncReport partial = sync(job());
        QCOMPARE(partial.result, RunResult::Partial);
        QCOMPARE(partial.skipped, 2);
        QStringList skipped;
        for (const SyncEntry &entry : partial.entries) {
            if (entry.action == SyncEntry::Action::Skipped && entry.path.startsWith("mine/"))
                skipped.append(QString::fromUtf8(entry.path));
        }
        skipped.sort();
        QCOMPARE(skipped,
                 (QStringList{ QStringLiteral("mine/1.txt"), QStringLiteral("mine/2.txt") }));
        QVERIFY(target().exists(QStringLiteral("a")));

        source().setMode(QStringLiteral("locked"), 0755);
        const SyncReport readable = sync(job());
        QCOMPARE(readable.result, RunResult::Refused);
        QCOMPARE(readable.code, SyncEngine::targetNotEmpty);
        QVERIFY(target().exists(QStringLiteral("mine/1.txt")));
    }

    void aFileChangedInADeletedFolderIsNotSaidToBeGone()
    {
        source().write(QStringLiteral("old/a.txt"), "a", 1600000000)
                .write(QStringLiteral("old/b.txt"), "b", 1600000000)
                .write(QStringLiteral("keep"), "k");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("old"));
        SyncJob j = job();
        j.onScanned = [this] { target().write(QStringLiteral("old/a.txt"), "edited meanwhile"); };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(target().read(QStringLiteral("old/a.txt")), QByteArray("edited meanwhile"));
        QVERIFY(!target().exists(QStringLiteral("old/b.txt")));
        QStringList deleted;
        for (const SyncEntry &entry : report.entries) {
            if (entry.action == SyncEntry::Action::Deleted)
                deleted.append(QString::fromUtf8(entry.path));
        }
        QVERIFY2(!deleted.contains(QStringLiteral("old/a.txt")), qPrintable(deleted.join(u' ')));
        QVERIFY2(deleted.contains(QStringLiteral("old/b.txt")), qPrintable(deleted.join(u' ')));
    }

    void aTargetFileChangedAfterTheScanIsLeftAlone()
    {
        source().write(QStringLiteral("edit.txt"), "v1", 1600000000)
                .write(QStringLiteral("gone.txt"), "g", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("edit.txt"), "v2 from the source", 1600000100)
                .remove(QStringLiteral("gone.txt"))
                .write(QStringLiteral("new.txt"), "from the source");
        SyncJob j = job();
        j.onScanned = [this] {
            // Someone writes in the target between the scan and the changes.
            target().write(QStringLiteral("edit.txt"), "edited in the target meanwhile")
                    .write(QStringLiteral("gone.txt"), "rewritten in the target meanwhile")
                    .write(QStringLiteral("new.txt"), "made in the target meanwhile");
        };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.skipped, 3);
        QCOMPARE(target().read(QStringLiteral("edit.txt")),
                 QByteArray("edited in the target meanwhile"));
        QCOMPARE(target().read(QStringLiteral("gone.txt")),
                 QByteArray("rewritten in the target meanwhile"));
        QCOMPARE(target().read(QStringLiteral("new.txt")),
                 QByteArray("made in the target meanwhile"));
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
    }

    void aFileAddedToADeletedFolderDuringTheRunIsKept()
    {
        source().write(QStringLiteral("old/a.txt"), "a").write(QStringLiteral("keep"), "k");
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("old"));
        SyncJob j = job();
        j.onScanned = [this] {
            target().write(QStringLiteral("old/new.txt"), "written during the run");
        };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Partial);
        QVERIFY(!target().exists(QStringLiteral("old/a.txt")));
        QCOMPARE(target().read(QStringLiteral("old/new.txt")),
                 QByteArray("written during the run"));
    }

    void oneRunPerTargetAtATime()
    {
        source().write(QStringLiteral("a"), "a");
        QCOMPARE(sync(job()).result, RunResult::Success);
        QLockFile other(target().path(QStringLiteral(".letthatsyncin/lock")));
        QVERIFY(other.tryLock(0));
        source().write(QStringLiteral("b"), "b");
        const SyncReport report = sync(job());
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, SyncEngine::targetBusy);
        QVERIFY(!target().exists(QStringLiteral("b")));
        other.unlock();
        QCOMPARE(sync(job()).result, RunResult::Success);
    }

    void aReadOnlyTargetStopsTheRunWithAClearMessage()
    {
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("a"), "a");
        target().setMode(QString(), 0555);
        const SyncReport report = sync(job());
        target().setMode(QString(), 0755);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY2(report.message.contains(QStringLiteral("Permission denied"))
                         || report.message.contains(QStringLiteral("permission")),
                 qPrintable(report.message));
    }

    void leftoverTemporariesOfEveryKindGoAndAreNeverTheUsersFiles_data()
    {
        QTest::addColumn<SyncMode>("mode");
        QTest::newRow("Mirror") << SyncMode::Mirror;
        QTest::newRow("Update") << SyncMode::Update;
        QTest::newRow("Move") << SyncMode::Move;
    }
    void leftoverTemporariesOfEveryKindGoAndAreNeverTheUsersFiles()
    {
        QFETCH(SyncMode, mode);
        source().write(QStringLiteral("keep.txt"), "k", 1600000000)
                .write(QStringLiteral("sub/a.txt"), "a", 1600000000);
        QCOMPARE(sync(m_folders->job(mode)).result, RunResult::Success);
        if (mode == SyncMode::Move)
            source().write(QStringLiteral("keep.txt"), "k", 1600000000)
                    .write(QStringLiteral("sub/a.txt"), "a", 1600000000);
        // Rule 8: what a killed run can leave (a half-copied file, a link it was making); the
        // links point outside the target and are never followed. (A folder of such a name is
        // the user's: aFolderNamedLikeATemporaryIsTheUsers.)
        TreeBuilder outside(m_folders->path(QStringLiteral("outside")));
        outside.write(QStringLiteral("secret.txt"), "s");
        target().write(QStringLiteral("sub/.a.txt.lts-abcd1234.part"), "half a copy")
                .link(QStringLiteral("sub/.l.lts-efgh5678.part"),
                      QFile::encodeName(outside.path(QStringLiteral("secret.txt"))))
                .link(QStringLiteral(".d.lts-linkdir1.part"), QFile::encodeName(outside.root()));
        SyncJob j = m_folders->job(mode);
        j.versions = 30;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 0);
        QCOMPARE(report.added + report.updated, 0);
        for (const SyncEntry &entry : report.entries)
            QVERIFY2(false, entry.path.constData()); // not one is listed as the user's
        QCOMPARE(test::leftoverTemporaries(target().root()), QStringList());
        QCOMPARE(outside.read(QStringLiteral("secret.txt")), QByteArray("s"));
        Result<fsops::Folder> root = fsops::Folder::openRoot(QFile::encodeName(target().root()));
        QVERIFY(root);
        QCOMPARE(VersionStore::list(*root)->size(), 0); // not kept as versions
        if (mode != SyncMode::Move)
            LTS_COMPARE_TREES(target().root(), source().root());
    }

    void aFolderDeletedWithTemporariesInsideKeepsOnlyTheUsersFiles()
    {
        source().write(QStringLiteral("old/x.txt"), "x", 1600000000)
                .write(QStringLiteral("stay.txt"), "s", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        target().write(QStringLiteral("old/.x.txt.lts-abcd1234.part"), "half a copy")
                .link(QStringLiteral("old/.y.lts-abcd5678.part"), "x.txt");
        source().remove(QStringLiteral("old"));
        SyncJob j = job();
        j.versions = 30;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 1);
        QCOMPARE(test::leftoverTemporaries(target().root()), QStringList());
        Result<fsops::Folder> root = fsops::Folder::openRoot(QFile::encodeName(target().root()));
        QVERIFY(root);
        const Result<QList<VersionStore::Version>> versions = VersionStore::list(*root);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->constFirst().path, QByteArray("old/x.txt"));
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void aFolderNamedLikeATemporaryIsTheUsers()
    {
        // The engine never makes a folder of that name: one is the user's, synced, counted,
        // listed and kept as a version like any other, never removed in silence.
        source().write(QStringLiteral(".photos.lts-abcd1234.part/a.jpg"), "a", 1600000000)
                .write(QStringLiteral("b.txt"), "b", 1600000000)
                .write(QStringLiteral("c.txt"), "c", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        QCOMPARE(target().read(QStringLiteral(".photos.lts-abcd1234.part/a.jpg")), QByteArray("a"));

        target().write(QStringLiteral(".mine.lts-abcd5678.part/d.txt"), "d", 1600000000);
        QCOMPARE(sync(m_folders->job(SyncMode::Update)).result, RunResult::Success);
        QCOMPARE(target().read(QStringLiteral(".mine.lts-abcd5678.part/d.txt")), QByteArray("d"));

        SyncJob j = job();
        j.versions = 30;
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Success);
        QCOMPARE(report.deleted, 1);
        QCOMPARE(report.entries.size(), 1);
        QCOMPARE(report.entries.front().path, QByteArray(".mine.lts-abcd5678.part/d.txt"));
        Result<fsops::Folder> root = fsops::Folder::openRoot(QFile::encodeName(target().root()));
        QVERIFY(root);
        const Result<QList<VersionStore::Version>> versions = VersionStore::list(*root);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->constFirst().path, QByteArray(".mine.lts-abcd5678.part/d.txt"));
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void leftoverTemporariesThatCannotBeRemovedStayNoted()
    {
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("a.txt"), "a", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        // An interrupted run's temporary in a folder the scan does not enter (excluded now),
        // which cannot be removed: its note must stay for a later run.
        target().write(QStringLiteral("locked/.x.lts-abcd1234.part"), "half a copy")
                .write(QStringLiteral(".letthatsyncin/temporaries"), "locked\n");
        target().setMode(QStringLiteral("locked"), 0555);
        SyncJob j = job();
        j.exclude = QStringList{ QStringLiteral("locked") };
        (void)sync(j);
        target().setMode(QStringLiteral("locked"), 0755);
        QVERIFY(target().exists(QStringLiteral("locked/.x.lts-abcd1234.part")));
        QVERIFY(target().exists(QStringLiteral(".letthatsyncin/temporaries")));
        // Once it can be, the next run removes it, and then its note.
        QCOMPARE(sync(j).result, RunResult::Success);
        QVERIFY(!target().exists(QStringLiteral("locked/.x.lts-abcd1234.part")));
        QVERIFY(!target().exists(QStringLiteral(".letthatsyncin/temporaries")));
    }

    void aFlushThatFailsAfterAFullDiskKeepsTheOldFiles()
    {
        source().write(QStringLiteral("a.txt"), "old a", 1600000000)
                .write(QStringLiteral("b.txt"), "old b", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().write(QStringLiteral("a.txt"), "new a", 1700000000)
                .write(QStringLiteral("b.txt"), "new b", 1700000000);
        SyncJob j = job();
        j.versions = 0;
        j.copyThreads = 2;
        // b.txt meets a full disk once a.txt is copied whole (as NFS says it when a file is
        // closed); then the flush that should put a.txt on the disk fails at writeback.
        auto aCopied = std::make_shared<QSemaphore>();
        j.testFaults.copied = [aCopied](const QByteArray &path) -> std::optional<Error> {
            if (path == "a.txt") {
                aCopied->release();
                return std::nullopt;
            }
            if (!aCopied->tryAcquire(1, 10000))
                qWarning("a.txt was not copied first");
            return Error{ QStringLiteral("ENOSPC"), QStringLiteral("No space left on device") };
        };
        j.testFaults.flush = []() -> std::optional<Error> {
            return Error{ QStringLiteral("EIO"), QStringLiteral("Input/output error") };
        };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Failure);
        QVERIFY2(report.message.contains(QStringLiteral("is full")), qPrintable(report.message));
        // Its data may not be on the disk: the copy does not replace the old file.
        QCOMPARE(target().read(QStringLiteral("a.txt")), QByteArray("old a"));
        QCOMPARE(target().read(QStringLiteral("b.txt")), QByteArray("old b"));
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
        QCOMPARE(report.added + report.updated, 0);
    }

    void aDiskThatReportsNoRoomStillTakesTheFiles()
    {
        for (int i = 0; i < 4; ++i)
            source().write(QStringLiteral("keep%1.txt").arg(i), "k", 1600000000);
        source().write(QStringLiteral("gone.txt"), "g", 1600000000);
        QCOMPARE(sync(job()).result, RunResult::Success);
        source().remove(QStringLiteral("gone.txt"));
        source().write(QStringLiteral("a.txt"), "a", 1600000000)
                .write(QStringLiteral("sub/b.txt"), "b", 1600000000);
        // Some mounts (FUSE, MTP, network) say that no byte is free, yet take the files:
        // the disk's own ENOSPC decides, and the mirror goes on to its deletions.
        SyncJob j = job();
        j.testFaults.available = [] { return std::optional<std::int64_t>(0); };
        const SyncReport report = sync(j);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.deleted, 1);
        LTS_COMPARE_TREES(target().root(), source().root());
    }

    void aFileThatCannotBeWrittenIsNamedNotItsTemporary()
    {
        LTS_SKIP_IF_ROOT();
        source().write(QStringLiteral("ro/a.txt"), "a").write(QStringLiteral("b.txt"), "b");
        target().folder(QStringLiteral("ro")).setMode(QStringLiteral("ro"), 0555);
        const SyncReport report = sync(m_folders->job(SyncMode::Update));
        target().setMode(QStringLiteral("ro"), 0755);
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.errors, 1);
        const auto failed = std::find_if(
                report.entries.cbegin(), report.entries.cend(),
                [](const SyncEntry &e) { return e.action == SyncEntry::Action::Failed; });
        QVERIFY(failed != report.entries.cend());
        QCOMPARE(failed->path, QByteArray("ro/a.txt"));
        QVERIFY2(failed->reason.contains(QStringLiteral("ro/a.txt: Permission denied"))
                         && !failed->reason.contains(QStringLiteral(".part")),
                 qPrintable(failed->reason));
    }

    void cancellingInsideALargeFileLeavesNoTemporary()
    {
        QFile big(source().path(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(1) << 30)); // sparse: quick to make, slow enough to copy
        big.close();
        source().write(QStringLiteral("small.txt"), "s");
        SyncJob j = job();
        j.copyThreads = 1;
        j.onProgress = [token = j.cancel](const SyncProgress &p) {
            if (!p.scanning && p.bytesDone > 0)
                token.cancel();
        };
        const SyncReport report = sync(j);
        QCOMPARE(report.result, RunResult::Cancelled);
        QVERIFY(!target().exists(QStringLiteral("big.bin")));
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
        QVERIFY(!target().exists(QStringLiteral(".letthatsyncin/lock")));
    }

    void aFileThatKeepsChangingIsSkipped()
    {
        // Large enough that each copy of it takes a while (sparse: quick to make), and
        // appended to all along, so the file grows during both attempts.
        QFile big(source().path(QStringLiteral("log.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(64) << 20));
        big.close();
        std::atomic_bool done{ false };
        std::atomic_int appended{ 0 };
        std::thread writer([&] {
            QFile log(source().path(QStringLiteral("log.txt")));
            if (!log.open(QIODevice::Append))
                return;
            while (!done) {
                log.write("more\n");
                log.flush();
                ++appended;
            }
        });
        QTRY_VERIFY(appended > 0);
        const SyncReport report = sync(job());
        done = true;
        writer.join();
        QCOMPARE(report.result, RunResult::Partial);
        QCOMPARE(report.skipped, 1);
        QVERIFY(report.entries.front().reason.contains(
                QStringLiteral("changed while it was copied")));
        QVERIFY(!target().exists(QStringLiteral("log.txt")));
        QVERIFY(test::temporaryFiles(target().root()).isEmpty());
    }
};

LTS_TEST_MAIN(TestSyncSafety)
#include "tst_syncsafety.moc"
