// The target index on its own: what it keeps of a target between runs, when it may be trusted,
// and that a file that is not a sound index (garbage, truncated) is made anew, never read.
#include "targetindex.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lts;
using namespace lts::fsops;

namespace {

const QByteArray filters = "filters-1";
const QDateTime now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);

Entry file(const QByteArray &name, std::int64_t size, std::int64_t mtime)
{
    return Entry{ name, Stat{ size, mtime, 123, 0644, EntryType::File }, {} };
}

Entry folder(const QByteArray &name)
{
    return Entry{ name, Stat{ 0, 1'700'000'000, 0, 0755, EntryType::Folder }, {} };
}

QList<QByteArray> namesOf(const std::optional<std::vector<Entry>> &entries)
{
    QList<QByteArray> names;
    for (const Entry &entry : entries.value_or(std::vector<Entry>{}))
        names.push_back(entry.name);
    return names;
}

} // namespace

class TestTargetIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString indexFile() const { return m_dir.filePath(QStringLiteral("index/drive.sqlite")); }

    // An index of a small tree, left clean by a run that listed it all.
    void writeTree()
    {
        TargetIndex index(indexFile());
        index.beginRun(true, filters);
        index.recordListing({}, { file("b.txt", 5, 1'700'000'001), folder("a"),
                                  file(".letthatsyncin", 0, 0), folder("ab"),
                                  file(".x.lts-abcdefgh.part", 1, 1) });
        index.recordListing("a", { file("one", 1, 1'700'000'002), folder("deep") });
        index.recordListing("a/deep", { file("two", 2, 1'700'000'003) });
        index.recordListing("ab", { file("three", 3, 1'700'000'004) });
        index.finishRun(true, now);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(indexFile());
        QFile::remove(indexFile() + QStringLiteral("-wal"));
        QFile::remove(indexFile() + QStringLiteral("-shm"));
    }

    void aNewIndexIsMadeAndNotTrusted()
    {
        TargetIndex index(indexFile());
        QVERIFY(index.isOpen());
        QVERIFY(index.wasRebuilt());
        QVERIFY(QFile::exists(indexFile()));
        QVERIFY(!index.isTrusted(filters, 7, now));
        QCOMPARE(index.rowCount(), 0);
    }

    void aCleanIndexGivesTheListingsBack()
    {
        writeTree();
        TargetIndex index(indexFile());
        QVERIFY(!index.wasRebuilt());
        QVERIFY(index.isTrusted(filters, 7, now.addDays(6)));
        QCOMPARE(index.lastVerified(), now);
        // Sorted as a listing is; the application's folder and temporaries are not the user's.
        QCOMPARE(namesOf(index.listing({})), (QList<QByteArray>{ "a", "ab", "b.txt" }));
        const std::vector<Entry> root = *index.listing({});
        QCOMPARE(root[2].stat.size, 5);
        QCOMPARE(root[2].stat.mtimeSec, 1'700'000'001);
        QCOMPARE(root[2].stat.mtimeNsec, 123);
        QCOMPARE(root[2].stat.mode, 0644);
        QVERIFY(root[2].stat.type == EntryType::File);
        QVERIFY(root[0].stat.type == EntryType::Folder);
        QCOMPARE(namesOf(index.listing("a/deep")), QList<QByteArray>{ "two" });
        QCOMPARE(index.rowCount(), 7);
    }

    void whenItIsNotTrusted()
    {
        writeTree();
        TargetIndex index(indexFile());
        QVERIFY(!index.isTrusted("other filters", 7, now));
        QVERIFY(!index.isTrusted(filters, 7, now.addDays(7))); // VerifyDays passed
        QVERIFY(!index.isTrusted(filters, 0, now)); // 0: every run lists in full
        QVERIFY(!index.isTrusted(filters, 7, now.addSecs(-60))); // the clock went back

        index.setLastVerified(now.addDays(-30));
        QVERIFY(!index.isTrusted(filters, 7, now));
        QVERIFY(index.isTrusted(filters, 31, now));

        // A run that changes the target makes it unclean until it succeeds.
        index.beginRun(false, filters);
        QVERIFY(!index.isTrusted(filters, 31, now));
        {
            TargetIndex again(indexFile());
            QVERIFY(!again.isClean()); // on the disk already, before any change
        }
        index.finishRun(false, now);
        QVERIFY(index.isTrusted(filters, 31, now));
        QCOMPARE(index.lastVerified(), now.addDays(-30)); // not a full listing
    }

    void pendingRowsAreNeverTrusted()
    {
        writeTree();
        TargetIndex index(indexFile());
        index.markPending("a", "one");
        index.markPending("a", "new");
        index.commit();
        QCOMPARE(index.pendingCount(), 2);
        QVERIFY(!index.listing("a")); // listed again
        QVERIFY(index.listing("a/deep"));

        index.recordEntry("a", file("one", 10, 1'700'000'010), Stat{ 10, 1'700'000'010 });
        index.remove("a", "new");
        QCOMPARE(index.pendingCount(), 0);
        QCOMPARE(namesOf(index.listing("a")), (QList<QByteArray>{ "deep", "one" }));
        QCOMPARE(index.listing("a")->at(1).stat.size, 10);
    }

    void aRemovedFolderTakesItsTreeOnly()
    {
        writeTree();
        TargetIndex index(indexFile());
        index.remove({}, "a");
        QCOMPARE(namesOf(index.listing({})), (QList<QByteArray>{ "ab", "b.txt" }));
        QVERIFY(index.listing("a")->empty());
        QVERIFY(index.listing("a/deep")->empty());
        QCOMPARE(namesOf(index.listing("ab")), QList<QByteArray>{ "three" });
    }

    void aListingReplacesWhatWasKnown()
    {
        writeTree();
        TargetIndex index(indexFile());
        // "deep" became a file: what was known inside it goes.
        index.recordListing("a", { file("deep", 7, 7) });
        QCOMPARE(namesOf(index.listing("a")), QList<QByteArray>{ "deep" });
        QVERIFY(index.listing("a/deep")->empty());
        QCOMPARE(namesOf(index.listing("ab")), QList<QByteArray>{ "three" });
    }

    // A server that dates a copy by its upload: the index keeps the source's time at the
    // copy beside the server's, and stands in with it for the very file it recorded.
    void theSourcesTimeStandsInForAServersOwn()
    {
        const Stat source{ 5, 1'600'000'000, 0, 0644, EntryType::File };
        const Entry uploaded = file("up.txt", 5, 1'900'000'000); // dated by the server
        {
            TargetIndex index(indexFile());
            index.beginRun(true, filters);
            index.recordListing({}, {});
            index.recordEntry({}, uploaded, source);
            index.recordEntry({}, file("same.txt", 3, 1'700'000'000),
                              Stat{ 3, 1'700'000'000, 0, 0644, EntryType::File });
            index.finishRun(true, now);
        }
        TargetIndex index(indexFile());
        // Through the index: the server's time, and the source's standing in for it.
        std::vector<Entry> known = *index.listing({});
        QCOMPARE(known.size(), std::size_t(2));
        QCOMPARE(known[1].name, QByteArray("up.txt"));
        QCOMPARE(known[1].stat.mtimeSec, 1'900'000'000);
        QCOMPARE(known[1].sourceMtimeAtCopy, std::optional<std::int64_t>(1'600'000'000));
        QVERIFY(!known[0].sourceMtimeAtCopy); // the target took the source's time: nothing to stand
                                              // in
        // In a listing: only the file as the server dated it is the one copied.
        std::vector<Entry> listed{ file("same.txt", 3, 1'700'000'000), uploaded };
        index.standIn({}, listed);
        QCOMPARE(listed[1].sourceMtimeAtCopy, std::optional<std::int64_t>(1'600'000'000));
        std::vector<Entry> changed{ file("up.txt", 5, 1'900'000'500) };
        index.standIn({}, changed);
        QVERIFY(!changed[0].sourceMtimeAtCopy);
        // A listing recorded keeps what it stands in for, and forgets it for a changed file.
        index.recordListing({}, listed);
        QCOMPARE(index.listing({})->at(1).sourceMtimeAtCopy,
                 std::optional<std::int64_t>(1'600'000'000));
        index.recordListing({}, changed);
        QVERIFY(!index.listing({})->at(0).sourceMtimeAtCopy);
    }

    void aRebuildKeepsOnlyWhatItListsAgain()
    {
        writeTree();
        TargetIndex index(indexFile());
        index.beginRun(true, "new filters");
        // Until the listing replaces them, the rows tell nothing of the target.
        QVERIFY(!index.listing({}));
        QVERIFY(!index.listing("a/deep"));
        index.recordListing({}, { file("b.txt", 5, 1'700'000'001), folder("ab") });
        index.recordListing("ab", {});
        index.finishRun(true, now);
        QVERIFY(index.isTrusted("new filters", 7, now));
        QCOMPARE(namesOf(index.listing({})), (QList<QByteArray>{ "ab", "b.txt" }));
        QCOMPARE(index.rowCount(), 2);
        QCOMPARE(index.pendingCount(), 0);
    }

    void aDamagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("garbage") << QByteArray("garbage");
        QTest::newRow("truncated") << QByteArray("truncated");
        QTest::newRow("empty") << QByteArray("empty");
    }

    void aDamagedIndexIsRebuilt()
    {
        QFETCH(QByteArray, damage);
        {
            TargetIndex index(indexFile());
            index.beginRun(true, filters);
            for (int i = 0; i < 2000; ++i)
                index.recordEntry({}, file("f" + QByteArray::number(i), i, 1'700'000'000 + i));
            index.finishRun(true, now);
        }
        QFile::remove(indexFile() + QStringLiteral("-wal"));
        QFile::remove(indexFile() + QStringLiteral("-shm"));
        QFile out(indexFile());
        if (damage == "garbage") {
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (int i = 0; i < 1000; ++i)
                out.write("this is not an SQLite database, only some garbage. ");
        } else {
            const qint64 size = out.size();
            QVERIFY(size > 8192);
            QVERIFY(out.resize(damage == "empty" ? 0 : size / 2));
        }
        out.close();

        TargetIndex index(indexFile());
        QVERIFY(index.isOpen());
        QVERIFY(index.wasRebuilt());
        QVERIFY(!index.isTrusted(filters, 7, now));
        QCOMPARE(index.rowCount(), 0);
        // And it serves again.
        index.beginRun(true, filters);
        index.recordEntry({}, file("x", 1, 1));
        index.finishRun(true, now);
        QVERIFY(index.isTrusted(filters, 7, now));
        QCOMPARE(namesOf(index.listing({})), QList<QByteArray>{ "x" });
    }

    void aDryRunChangesNothing()
    {
        writeTree();
        TargetIndex index(indexFile());
        index.setReadOnly(true);
        index.beginRun(true, filters);
        index.recordEntry({}, file("x", 1, 1));
        index.remove({}, "a");
        index.commit();
        QVERIFY(index.isTrusted(filters, 7, now));
        QCOMPARE(index.rowCount(), 7);
    }

    void twoIndexesAtOnce()
    {
        TargetIndex one(indexFile());
        TargetIndex two(m_dir.filePath(QStringLiteral("index/other.sqlite")));
        QVERIFY(one.isOpen() && two.isOpen());
        one.recordEntry({}, file("one", 1, 1));
        two.recordEntry({}, file("two", 2, 2));
        one.commit();
        two.commit();
        QCOMPARE(namesOf(one.listing({})), QList<QByteArray>{ "one" });
        QCOMPARE(namesOf(two.listing({})), QList<QByteArray>{ "two" });
    }

    void theFileIsNamedForTheDrive()
    {
        const auto drive = [](const char *name, const char *target) {
            return TargetIndex::fileForDrive(QStringLiteral("/data"), QString::fromUtf8(name),
                                             QStringLiteral("/src"), QString::fromUtf8(target));
        };
        const QString a = drive("Photos", "sftp://nas/x");
        QVERIFY(a.startsWith(QStringLiteral("/data/index/")));
        QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(a, drive("Photos", "sftp://nas/x"));
        QVERIFY(a != drive("Photos", "sftp://nas/y"));
        QVERIFY(a != drive("Other", "sftp://nas/x"));
        QVERIFY(a
                != TargetIndex::fileForPair(QStringLiteral("/data"), QStringLiteral("/src"),
                                            QStringLiteral("sftp://nas/x")));
    }

    // Not a timed test: the figures of 10,000 rows, for the report.
    void tenThousandRows()
    {
        QElapsedTimer timer;
        timer.start();
        {
            TargetIndex index(indexFile());
            index.beginRun(true, filters);
            for (int folder = 0; folder < 100; ++folder) {
                std::vector<Entry> entries;
                for (int i = 0; i < 100; ++i)
                    entries.push_back(file("f" + QByteArray::number(i), i, 1'700'000'000 + i));
                index.recordListing("d" + QByteArray::number(folder), entries);
            }
            index.finishRun(true, now);
        }
        const qint64 written = timer.restart();
        TargetIndex index(indexFile());
        std::size_t rows = 0;
        for (int folder = 0; folder < 100; ++folder)
            rows += index.listing("d" + QByteArray::number(folder))->size();
        const qint64 read = timer.elapsed();
        QCOMPARE(rows, std::size_t(10'000));
        qInfo("10,000 rows: written in %lld ms, opened and read in %lld ms", written, read);
    }
};

LTS_TEST_MAIN(TestTargetIndex)
#include "tst_targetindex.moc"
