// The engine against rsync: random trees (seeded), changed at random for several rounds;
// after each round the engine's target must equal what `rsync -a --delete` makes of the
// same source: paths, types, sizes, contents, times, permission bits, link targets.
#include "syncengine.h"
#include "testmain.h"
#include "trees.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lts;
using lts::test::TreeBuilder;

namespace {

class RandomTree
{
public:
    RandomTree(TreeBuilder &tree, quint32 seed)
        : m_tree(tree)
        , m_random(seed)
    { }

    void grow(int files)
    {
        for (int i = 0; i < files; ++i)
            addFile();
        for (int i = 0; i < files / 10; ++i)
            addLink();
        const QString empty = randomFolder() + QStringLiteral("/empty%1").arg(m_next++);
        if (canMake(empty))
            m_tree.folder(empty);
    }

    // One round of the changes people make.
    void change()
    {
        const QStringList files = existing('f');
        for (const QString &file : files) {
            const int dice = int(m_random.bounded(100));
            if (dice < 8)
                m_tree.write(file, content(), time()); // new content and time
            else if (dice < 12)
                m_tree.setTime(file, time(), long(m_random.bounded(1000000000))); // touched only
            else if (dice < 16)
                m_tree.remove(file);
            else if (dice < 18)
                m_tree.setMode(file, modes[m_random.bounded(int(std::size(modes)))]);
            else if (dice < 19 && m_tree.exists(file)) // a file becomes a folder
                m_tree.remove(file).write(file + QStringLiteral("/inside"), content(), time());
        }
        const QStringList folders = existing('d');
        if (!folders.isEmpty() && m_random.bounded(2) == 0) {
            // A folder is renamed: in a sync, a deletion plus a copy.
            const QString folder = folders.at(m_random.bounded(folders.size()));
            QDir().rename(m_tree.path(folder), m_tree.path(folder + QStringLiteral("-renamed")));
        }
        if (!folders.isEmpty() && m_random.bounded(3) == 0) { // a folder becomes a file
            const QString folder = folders.at(m_random.bounded(folders.size()));
            if (QFileInfo(m_tree.path(folder)).isDir())
                m_tree.remove(folder).write(folder, "was a folder");
        }
        for (const QString &link : existing('l')) {
            if (m_random.bounded(4) == 0 && m_tree.exists(link))
                m_tree.remove(link).link(link,
                                         "retargeted/" + QByteArray::number(m_random.bounded(100)));
        }
        grow(int(m_random.bounded(30)));
    }

private:
    static constexpr uint modes[] = { 0644, 0600, 0755, 0640, 0444 };

    QStringList existing(char type) const
    {
        QStringList found;
        const test::Snapshot s = test::snapshot(m_tree.root(), false);
        for (auto it = s.cbegin(); it != s.cend(); ++it) {
            if (it->type == type)
                found.append(QFile::decodeName(it.key()));
        }
        return found;
    }

    QString randomFolder()
    {
        QString folder = QStringLiteral("top");
        const int depth = int(m_random.bounded(4));
        for (int level = 0; level < depth; ++level)
            folder += QStringLiteral("/sub%1").arg(m_random.bounded(3));
        return folder;
    }

    QByteArray content()
    {
        const int size = m_random.bounded(8) == 0 ? 0 : int(m_random.bounded(70000));
        QByteArray data(size, Qt::Uninitialized);
        for (char &c : data)
            c = char(m_random.bounded(256));
        return data;
    }

    qint64 time() { return 1500000000 + qint64(m_random.bounded(100000000)); }

    // Whether `name` can be made: it is free, and no folder on its way is a file.
    bool canMake(const QString &name) const
    {
        if (m_tree.exists(name))
            return false;
        for (QString parent = QFileInfo(name).path(); parent != u".";
             parent = QFileInfo(parent).path()) {
            if (m_tree.exists(parent) && !QFileInfo(m_tree.path(parent)).isDir())
                return false;
        }
        return true;
    }

    void addFile()
    {
        const bool hidden = m_random.bounded(10) == 0;
        const QString name
                = randomFolder()
                  + (hidden ? QStringLiteral("/.h%1") : QStringLiteral("/f%1")).arg(m_next++);
        if (!canMake(name))
            return;
        m_tree.write(name, content(), time());
        m_tree.setTime(name, time(), long(m_random.bounded(1000000000)));
    }

    void addLink()
    {
        const QString name = randomFolder() + QStringLiteral("/l%1").arg(m_next++);
        if (canMake(name)) {
            QDir().mkpath(QFileInfo(m_tree.path(name)).absolutePath());
            m_tree.link(name, "../f" + QByteArray::number(m_random.bounded(50)));
        }
    }

    TreeBuilder &m_tree;
    QRandomGenerator m_random;
    int m_next = 0;
};

// rsync sets a folder's time only when it differs by a second or more, as the sync rules
// compare times to the second; files are compared to the nanosecond.
test::Snapshot withFolderTimesInSeconds(test::Snapshot snapshot)
{
    for (test::Node &node : snapshot) {
        if (node.type == 'd')
            node.mtimeNs -= node.mtimeNs % 1000000000;
    }
    return snapshot;
}

} // namespace

class TestDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineMatchesRsync_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 42u })
            QTest::addRow("seed %u", seed) << seed;
    }
    void engineMatchesRsync()
    {
        QFETCH(quint32, seed);
        const QString rsync = QStandardPaths::findExecutable(QStringLiteral("rsync"));
        if (rsync.isEmpty())
            QFAIL("rsync is not installed: scripts/test.sh installs it");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TreeBuilder source(dir.filePath(QStringLiteral("source")));
        const QString ours = dir.filePath(QStringLiteral("ours"));
        const QString theirs = dir.filePath(QStringLiteral("theirs"));
        RandomTree tree(source, seed);
        tree.grow(150);

        for (int round = 0; round < 5; ++round) {
            if (round > 0)
                tree.change();
            // Folder times of the source are settled before both tools look at it.
            SyncJob job;
            job.source = source.root();
            job.target = ours;
            job.force = true; // random rounds may delete more than the deletion limit allows
            job.identityFile = dir.filePath(QStringLiteral("identity.json"));
            const SyncReport report = SyncEngine().run(job).result();
            QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));

            QProcess process;
            process.start(rsync, QStringList{ QStringLiteral("-a"), QStringLiteral("--delete"),
                                              source.root() + u'/', theirs + u'/' });
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);

            QByteArray difference;
            QVERIFY2(test::sameTrees(withFolderTimesInSeconds(test::snapshot(ours)),
                                     withFolderTimesInSeconds(test::snapshot(theirs)), &difference),
                     qPrintable(QStringLiteral("round %1: ").arg(round)
                                + QString::fromUtf8(difference)));
        }
    }
};

LTS_TEST_MAIN(TestDifferential)
#include "tst_differential.moc"
