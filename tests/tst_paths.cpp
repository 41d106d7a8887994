// How folder paths are normalised and compared: the basis of the rules that keep a target
// out of its source and two drives out of each other's targets.
#include "paths.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using lts::paths::Relation;

class TestPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizedCleansAbsolutePaths_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "/data/photos"
                               << "/data/photos";
        QTest::newRow("trailing slash") << "/data/photos/"
                                        << "/data/photos";
        QTest::newRow("dots") << "/data/./old/../photos"
                              << "/data/photos";
        QTest::newRow("double slash") << "/data//photos"
                                      << "/data/photos";
        QTest::newRow("spaces around") << "  /data/photos \t"
                                       << "/data/photos";
        // Found by fuzzing: what the slash or the dot kept from being trimmed is trimmed too, so
        // that the result is normalised already.
        QTest::newRow("space before the trailing slash") << "/data/photos \t/"
                                                         << "/data/photos";
        QTest::newRow("space before a dot") << "/data/photos /."
                                            << "/data/photos";
        QTest::newRow("root with spaces") << "/ /"
                                          << "/";
        QTest::newRow("root") << "/"
                              << "/";
        QTest::newRow("home") << "~" << QDir::homePath();
        QTest::newRow("in home") << "~/Pictures"
                                 << QString(QDir::homePath() + QStringLiteral("/Pictures"));
        QTest::newRow("relative") << "photos"
                                  << "";
        QTest::newRow("dot relative") << "./photos"
                                      << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("other user's home is not expanded") << "~bob/x"
                                                           << "";
    }
    void normalizedCleansAbsolutePaths()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QCOMPARE(lts::paths::normalized(given), expected);
        QCOMPARE(lts::paths::normalized(expected), expected); // stays as it is
    }

    void relateComparesWholeFolderNames_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<Relation>("relation");
        QTest::newRow("same") << "/a/b"
                              << "/a/b" << Relation::Same;
        QTest::newRow("inside") << "/a/b/c"
                                << "/a/b" << Relation::FirstInsideSecond;
        QTest::newRow("deep inside") << "/a/b/c/d/e"
                                     << "/a/b" << Relation::FirstInsideSecond;
        QTest::newRow("contains") << "/a"
                                  << "/a/b" << Relation::SecondInsideFirst;
        QTest::newRow("name prefix only") << "/a/photos2"
                                          << "/a/photos" << Relation::Unrelated;
        QTest::newRow("siblings") << "/a/b"
                                  << "/a/c" << Relation::Unrelated;
        QTest::newRow("root contains all") << "/"
                                           << "/a" << Relation::SecondInsideFirst;
        QTest::newRow("case differs") << "/a/Photos"
                                      << "/a/photos" << Relation::Unrelated;
    }
    void relateComparesWholeFolderNames()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(Relation, relation);
        // Paths under a folder that does not exist are compared as written.
        const QString base = QStringLiteral("/nonexistent-lts-test");
        QCOMPARE(lts::paths::relate(base + first, base + second), relation);
    }

    // The index answers as relate() would, for each pair of the table above.
    void aFolderIndexFindsWhatRelateFinds_data() { relateComparesWholeFolderNames_data(); }
    void aFolderIndexFindsWhatRelateFinds()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(Relation, relation);
        const QString base = QStringLiteral("/nonexistent-lts-test");
        lts::paths::FolderIndex index;
        index.add(lts::paths::resolved(base + QStringLiteral("/elsewhere")), QStringLiteral("A"));
        index.add(lts::paths::resolved(base + second), QStringLiteral("B"));
        index.add(lts::paths::resolved(base + QStringLiteral("/zzz")), QStringLiteral("C"));
        const std::optional<QString> found = index.overlapping(lts::paths::resolved(base + first));
        QCOMPARE(found.has_value(), relation != Relation::Unrelated);
        if (found)
            QCOMPARE(*found, QStringLiteral("B"));
    }

    void theRootOverlapsEveryFolderInAFolderIndex()
    {
        lts::paths::FolderIndex index;
        index.add(QStringLiteral("/"), QStringLiteral("everything"));
        QCOMPARE(index.overlapping(QStringLiteral("/nonexistent-lts-test/a")),
                 std::optional<QString>(QStringLiteral("everything")));
        lts::paths::FolderIndex other;
        other.add(QStringLiteral("/nonexistent-lts-test/a"), QStringLiteral("a"));
        QCOMPARE(other.overlapping(QStringLiteral("/")),
                 std::optional<QString>(QStringLiteral("a")));
        QCOMPARE(other.overlapping(QStringLiteral("/nonexistent-lts-test/a-b")), std::nullopt);
        QCOMPARE(other.overlapping(QStringLiteral("/nonexistent-lts-test/a.b")), std::nullopt);
        // A colon inside a name is not a Windows drive (found by fuzz_drive).
        QCOMPARE(index.overlapping(QStringLiteral("/mnt/usb/Musi:/mnt/usb/Music")),
                 std::optional<QString>(QStringLiteral("everything")));
        lts::paths::FolderIndex named;
        named.add(QStringLiteral("/mnt/usb/Musi:"), QStringLiteral("colon"));
        QCOMPARE(named.overlapping(QStringLiteral("/mnt/usb/Musi:/inside")),
                 std::optional<QString>(QStringLiteral("colon")));
    }

    void relateSeesThroughSymbolicLinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("real/photos")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")),
                            dir.filePath(QStringLiteral("link"))));

        QCOMPARE(lts::paths::relate(dir.filePath(QStringLiteral("link/photos")),
                                    dir.filePath(QStringLiteral("real/photos"))),
                 Relation::Same);
        // A folder yet to be created under a link is still inside the link's target.
        QCOMPARE(lts::paths::relate(dir.filePath(QStringLiteral("link/photos/backup/new")),
                                    dir.filePath(QStringLiteral("real/photos"))),
                 Relation::FirstInsideSecond);
        QCOMPARE(lts::paths::relate(dir.filePath(QStringLiteral("real")),
                                    dir.filePath(QStringLiteral("link/photos"))),
                 Relation::SecondInsideFirst);
    }
};

LTS_TEST_MAIN(TestPaths)
#include "tst_paths.moc"
