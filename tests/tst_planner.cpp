// The Planner and the Exclude patterns, with listings made in memory: what happens to each
// pair of entries in each mode, without touching a disk.
#include "excludematcher.h"
#include "planner.h"
#include "testmain.h"

using namespace lts;
using fsops::Entry;
using fsops::EntryType;

namespace {

Entry file(const char *name, std::int64_t size = 10, std::int64_t mtime = 1000)
{
    Entry e;
    e.name = name;
    e.stat.type = EntryType::File;
    e.stat.size = size;
    e.stat.mtimeSec = mtime;
    e.stat.mode = 0644;
    return e;
}

Entry folder(const char *name)
{
    Entry e = file(name, 0);
    e.stat.type = EntryType::Folder;
    return e;
}

Entry linkTo(const char *name, const char *target)
{
    Entry e = file(name, 0);
    e.stat.type = EntryType::Link;
    e.linkTarget = target;
    return e;
}

Entry special(const char *name)
{
    Entry e = file(name, 0);
    e.stat.type = EntryType::Special;
    return e;
}

// "Copy a, Delete b": the plan in a form a failing test prints readably.
QString describe(const FolderPlan &plan)
{
    static const char *names[]
            = { "Copy",         "Update",          "CreateFolder",     "EnterFolder",
                "Delete",       "Replace",         "RemoveFromSource", "SkipSpecial",
                "SkipConflict", "RemoveTemporary", "SetPermissions" };
    QStringList parts;
    for (const Action &a : plan.actions)
        parts.append(QString::fromLatin1(names[int(a.kind)]) + u' ' + QString::fromUtf8(a.name));
    return parts.join(QStringLiteral(", "));
}

FolderPlan plan(const std::vector<Entry> &source, const std::vector<Entry> &target,
                SyncMode mode = SyncMode::Mirror, const QStringList &exclude = {},
                bool hidden = true, bool coarse = false, const QByteArray &folder = {})
{
    return planFolder(source, target, folder, EntryFilter(exclude, hidden),
                      PlanOptions{ mode, coarse });
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newEntriesAreCopiedOrCreated()
    {
        const FolderPlan p = plan({ file("a"), folder("d"), linkTo("l", "a") }, {});
        QCOMPARE(describe(p), QStringLiteral("Copy a, CreateFolder d, Copy l"));
    }

    void sameSizeAndSecondIsUnchanged()
    {
        FolderPlan p = plan({ file("a", 10, 1000) }, { file("a", 10, 1000) });
        QCOMPARE(describe(p), QString());
        QCOMPARE(p.unchangedFiles, 1);
        QCOMPARE(p.unchangedBytes, 10);
        QCOMPARE(describe(plan({ file("a", 10, 1000) }, { file("a", 11, 1000) })),
                 QStringLiteral("Update a"));
        QCOMPARE(describe(plan({ file("a", 10, 1000) }, { file("a", 10, 1001) })),
                 QStringLiteral("Update a"));
        QCOMPARE(describe(plan({ file("a", 10, 1001) }, { file("a", 10, 1000) })),
                 QStringLiteral("Update a"));
    }

    void permissionBitsAloneAreSetWithoutACopy()
    {
        Entry readOnly = file("a");
        readOnly.stat.mode = 0444;
        QCOMPARE(describe(plan({ readOnly }, { file("a") })), QStringLiteral("SetPermissions a"));
        QCOMPARE(describe(plan({ readOnly }, { file("a") }, SyncMode::Move)),
                 QStringLiteral("RemoveFromSource a"));
    }

    void fatTargetsHaveTwoSecondsOfTolerance()
    {
        QCOMPARE(describe(plan({ file("a", 10, 1001) }, { file("a", 10, 1000) }, SyncMode::Mirror,
                               {}, true, true)),
                 QString());
        QCOMPARE(describe(plan({ file("a", 10, 1000) }, { file("a", 10, 1002) }, SyncMode::Mirror,
                               {}, true, true)),
                 QString());
        QCOMPARE(describe(plan({ file("a", 10, 1000) }, { file("a", 10, 1003) }, SyncMode::Mirror,
                               {}, true, true)),
                 QStringLiteral("Update a"));
        QVERIFY(sameFile(file("a", 1, 5).stat, file("a", 1, 3).stat, true));
        QVERIFY(!sameFile(file("a", 1, 5).stat, file("a", 1, 3).stat, false));
    }

    void linksCompareByTarget()
    {
        QCOMPARE(describe(plan({ linkTo("l", "x") }, { linkTo("l", "x") })), QString());
        QCOMPARE(describe(plan({ linkTo("l", "x") }, { linkTo("l", "y") })),
                 QStringLiteral("Update l"));
        QCOMPARE(describe(plan({ linkTo("l", "x") }, { file("l") })), QStringLiteral("Update l"));
        QCOMPARE(describe(plan({ file("l") }, { linkTo("l", "x") })), QStringLiteral("Update l"));
    }

    void targetOnlyEntriesAreDeletedInMirrorOnly()
    {
        const std::vector<Entry> target{ file("extra"), folder("old") };
        QCOMPARE(describe(plan({}, target, SyncMode::Mirror)),
                 QStringLiteral("Delete extra, Delete old"));
        QCOMPARE(describe(plan({}, target, SyncMode::Update)), QString());
        QCOMPARE(describe(plan({}, target, SyncMode::Move)), QString());
    }

    void kindsThatDifferAreReplacedInMirrorAndSkippedOtherwise()
    {
        const std::vector<Entry> source{ file("a"), folder("b"), folder("c") };
        const std::vector<Entry> target{ folder("a"), file("b"), linkTo("c", "/elsewhere") };
        QCOMPARE(describe(plan(source, target, SyncMode::Mirror)),
                 QStringLiteral("Replace a, Replace b, Replace c"));
        QCOMPARE(describe(plan(source, target, SyncMode::Update)),
                 QStringLiteral("SkipConflict a, SkipConflict b, SkipConflict c"));
    }

    void foldersInBothAreEntered()
    {
        QCOMPARE(describe(plan({ folder("d") }, { folder("d") })), QStringLiteral("EnterFolder d"));
    }

    void specialFilesAreSkipped()
    {
        QCOMPARE(describe(plan({ special("pipe") }, {})), QStringLiteral("SkipSpecial pipe"));
        QCOMPARE(describe(plan({ special("pipe") }, { file("pipe") })),
                 QStringLiteral("SkipSpecial pipe"));
    }

    void moveRemovesUnchangedFilesFromTheSource()
    {
        QCOMPARE(describe(plan({ file("a"), file("b", 5) }, { file("a") }, SyncMode::Move)),
                 QStringLiteral("RemoveFromSource a, Copy b"));
    }

    void theApplicationsFolderIsOnlyLeftOutAtTheRoot()
    {
        const std::vector<Entry> none;
        QCOMPARE(describe(plan({ folder(".letthatsyncin") }, { folder(".letthatsyncin") })),
                 QString());
        QCOMPARE(describe(plan({}, { folder(".letthatsyncin") })), QString());
        QCOMPARE(describe(plan({ folder(".letthatsyncin") }, none, SyncMode::Mirror, {}, true,
                               false, "sub")),
                 QStringLiteral("CreateFolder .letthatsyncin"));
    }

    void temporariesOfEarlierRunsAreRemoved()
    {
        QCOMPARE(describe(plan({ file("a") }, { file(".a.lts-abcdefgh.part"), file("a") })),
                 QStringLiteral("RemoveTemporary .a.lts-abcdefgh.part"));
        QVERIFY(isTemporaryName(temporaryName("photo.jpg", "12345678")));
        QCOMPARE(temporaryName("photo.jpg", "12345678"),
                 QByteArray(".photo.jpg.lts-12345678.part"));
        QVERIFY(!isTemporaryName(".lts-12345678.part"));
        QVERIFY(!isTemporaryName("photo.part"));
        QVERIFY(temporaryName(QByteArray(300, 'x'), "12345678").size() <= 255);
    }

    void temporariesOfEveryKindAreRemovedAndNeverTakePart()
    {
        // A crash leaves what a copy was writing: a file or a link of that name. They go, and
        // none of them is a file of the user's to copy or delete. The engine never makes a
        // folder of that name: one is the user's, deleted by a mirror like any other.
        for (const SyncMode mode : { SyncMode::Mirror, SyncMode::Update }) {
            QCOMPARE(describe(plan({ file("a") },
                                   { folder(".d.lts-abcd1234.part"), file("a"),
                                     file(".f.lts-abcd5678.part"),
                                     linkTo(".l.lts-efgh5678.part", "/elsewhere") },
                                   mode)),
                     mode == SyncMode::Mirror
                             ? QStringLiteral("Delete .d.lts-abcd1234.part, "
                                              "RemoveTemporary .f.lts-abcd5678.part, "
                                              "RemoveTemporary .l.lts-efgh5678.part")
                             : QStringLiteral("RemoveTemporary .f.lts-abcd5678.part, "
                                              "RemoveTemporary .l.lts-efgh5678.part"));
        }
        // A folder of that name in the source is copied; one on both sides is entered.
        QCOMPARE(describe(plan({ folder(".d.lts-abcd1234.part") }, {})),
                 QStringLiteral("CreateFolder .d.lts-abcd1234.part"));
        QCOMPARE(describe(plan({ folder(".d.lts-abcd1234.part") },
                               { folder(".d.lts-abcd1234.part") })),
                 QStringLiteral("EnterFolder .d.lts-abcd1234.part"));
        // The same name in the source (a restore's leftover there) is not copied either.
        QCOMPARE(describe(plan({ file(".a.lts-abcd1234.part") }, { file(".a.lts-abcd1234.part") })),
                 QStringLiteral("RemoveTemporary .a.lts-abcd1234.part"));
        QCOMPARE(describe(plan({ file(".a.lts-abcd1234.part") }, {})), QString());
        // Only the exact pattern of newTemporaryName: 8 lowercase letters or digits.
        QVERIFY(isTemporaryName(newTemporaryName("photo.jpg")));
        QVERIFY(!isTemporaryName(".photo.jpg.lts-ABCD1234.part"));
        QVERIFY(!isTemporaryName(".photo.jpg.lts-abcd-234.part"));
        QCOMPARE(describe(plan({}, { file(".photo.jpg.lts-ABCD1234.part") })),
                 QStringLiteral("Delete .photo.jpg.lts-ABCD1234.part"));
    }

    void hiddenAndExcludedEntriesAreLeftOutOnBothSides()
    {
        QCOMPARE(describe(plan({ file(".h"), file("a.tmp"), file("b") },
                               { file(".old"), file("old.tmp") }, SyncMode::Mirror,
                               { QStringLiteral("*.tmp") }, false)),
                 QStringLiteral("Copy b"));
    }

    void excludePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("isFolder");
        QTest::addColumn<bool>("excluded");
        auto row = [](const char *pattern, const char *path, bool isFolder, bool excluded) {
            QTest::addRow("%s ~ %s%s", pattern, path, isFolder ? "/" : "")
                    << QString::fromUtf8(pattern) << QByteArray(path) << isFolder << excluded;
        };
        row("*.tmp", "a.tmp", false, true);
        row("*.tmp", "deep/down/a.tmp", false, true);
        row("*.tmp", "a.tmp.txt", false, false);
        row("*.tmp", "dir.tmp/file", false, false); // the folder itself is matched when scanned
        row("?.txt", "a.txt", false, true);
        row("?.txt", "ab.txt", false, false);
        row("[abc].txt", "b.txt", false, true);
        row("[abc].txt", "d.txt", false, false);
        row("[!abc].txt", "d.txt", false, true);
        row("[a-c]x", "bx", false, true);
        row("cache/", "cache", true, true);
        row("cache/", "cache", false, false);
        row("cache/", "sub/cache", true, true);
        row("/build", "build", true, true);
        row("/build", "sub/build", true, false);
        row("docs/*.md", "docs/a.md", false, true);
        row("docs/*.md", "docs/sub/a.md", false, false);
        row("docs/*.md", "x/docs/a.md", false, false);
        row("**/Thumbs.db", "Thumbs.db", false, true);
        row("**/Thumbs.db", "a/b/Thumbs.db", false, true);
        row("a/**", "a/x", false, true);
        row("a/**", "a/x/y", false, true);
        row("a/**/z", "a/z", false, true);
        row("a/**/z", "a/b/c/z", false, true);
        row("a/**/z", "b/z", false, false);
        row("*", "anything", false, true);
        row("Photo*", "Photos", true, true);
        row("a*b", "a/b", false, false);
        row("\\*.txt", "*.txt", false, true);
        row("\\*.txt", "a.txt", false, false);
        row("# a comment", "# a comment", false, false);
        row("[unclosed", "[unclosed", false, true);
    }
    void excludePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, path);
        QFETCH(bool, isFolder);
        QFETCH(bool, excluded);
        QCOMPARE(ExcludeMatcher({ pattern }).matches(path, isFolder), excluded);
    }

    void noPatternsExcludeNothing()
    {
        QVERIFY(ExcludeMatcher().isEmpty());
        QVERIFY(!ExcludeMatcher({ QString(), QStringLiteral("  ") }).matches("a", false));
    }
};

LTS_TEST_MAIN(TestPlanner)
#include "tst_planner.moc"
