// Trees for the engine tests: build a folder tree from a few calls, and take a snapshot of
// one (paths, types, sizes, contents, times, permission bits, link targets) to compare two.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lts::test {

struct Node
{
    char type = '?'; // f file, d folder, l link, s special
    qint64 size = 0;
    QByteArray sha1;
    qint64 mtimeNs = 0;
    uint mode = 0;
    QByteArray linkTarget;

    friend bool operator==(const Node &, const Node &) = default;
};

using Snapshot = QMap<QByteArray, Node>;

inline QByteArray describe(const Node &n)
{
    return QByteArray(1, n.type) + " size=" + QByteArray::number(n.size) + " sha1=" + n.sha1.left(8)
           + " mtime=" + QByteArray::number(n.mtimeNs) + " mode=" + QByteArray::number(n.mode, 8)
           + (n.linkTarget.isEmpty() ? QByteArray() : " -> " + n.linkTarget);
}

inline void walk(const QByteArray &root, const QByteArray &relative, Snapshot &snapshot,
                 bool withTimes, bool withAppFolder)
{
    const QByteArray folder = relative.isEmpty() ? root : root + '/' + relative;
    QDir dir(QFile::decodeName(folder));
    const QStringList names
            = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &nameText : names) {
        const QByteArray name = QFile::encodeName(nameText);
        const QByteArray path = relative.isEmpty() ? name : relative + '/' + name;
        if (!withAppFolder && path == ".letthatsyncin")
            continue;
        struct stat st;
        if (::lstat(QByteArray(root + '/' + path).constData(), &st) != 0)
            continue;
        Node node;
        node.mode = S_ISLNK(st.st_mode) ? 0 : st.st_mode & 07777;
        node.mtimeNs = withTimes ? qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec : 0;
        if (S_ISREG(st.st_mode)) {
            node.type = 'f';
            node.size = st.st_size;
            QFile file(QFile::decodeName(root + '/' + path));
            if (file.open(QIODevice::ReadOnly))
                node.sha1 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1)
                                    .toHex();
        } else if (S_ISDIR(st.st_mode)) {
            node.type = 'd';
        } else if (S_ISLNK(st.st_mode)) {
            node.type = 'l';
            char target[4096];
            const ssize_t n
                    = ::readlink(QByteArray(root + '/' + path).constData(), target, sizeof target);
            node.linkTarget = QByteArray(target, n > 0 ? int(n) : 0);
            node.mtimeNs = 0; // link times are best effort everywhere
        } else {
            node.type = 's';
        }
        snapshot.insert(path, node);
        if (node.type == 'd')
            walk(root, path, snapshot, withTimes, withAppFolder);
    }
}

// Folder times are compared only when `withTimes`: reading a folder does not change them,
// but tests that build trees do.
inline Snapshot snapshot(const QString &root, bool withTimes = true, bool withAppFolder = false)
{
    Snapshot s;
    walk(QFile::encodeName(root), {}, s, withTimes, withAppFolder);
    return s;
}

// QCOMPARE for two snapshots, naming the first path that differs.
inline bool sameTrees(const Snapshot &actual, const Snapshot &expected, QByteArray *difference)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key())) {
            *difference = "missing: " + it.key();
            return false;
        }
        if (!(actual.value(it.key()) == it.value())) {
            *difference = "differs: " + it.key()
                          + "\n  actual:   " + describe(actual.value(it.key()))
                          + "\n  expected: " + describe(it.value());
            return false;
        }
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key())) {
            *difference = "extra: " + it.key();
            return false;
        }
    }
    return true;
}

#define LTS_COMPARE_TREES(actualRoot, expectedRoot) \
    do { \
        QByteArray difference_; \
        QVERIFY2(lts::test::sameTrees(lts::test::snapshot(actualRoot), \
                                      lts::test::snapshot(expectedRoot), &difference_), \
                 difference_.constData()); \
    } while (false)

// Builds trees: write("a/b.txt", "content") makes the folders on the way.
class TreeBuilder
{
public:
    explicit TreeBuilder(QString root)
        : m_root(std::move(root))
    {
        QDir().mkpath(m_root);
    }

    QString path(const QString &relative) const { return m_root + u'/' + relative; }
    const QString &root() const { return m_root; }

    TreeBuilder &write(const QString &relative, const QByteArray &content, qint64 mtimeSec = 0)
    {
        const QString full = path(relative);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (file.exists())
            file.setPermissions(file.permissions()
                                | QFile::WriteOwner); // a read-only file is rewritten too
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(full));
        file.close();
        if (mtimeSec != 0)
            setTime(relative, mtimeSec);
        return *this;
    }
    TreeBuilder &folder(const QString &relative)
    {
        QDir().mkpath(path(relative));
        return *this;
    }
    TreeBuilder &link(const QString &relative, const QByteArray &target)
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        if (::symlink(target.constData(), QFile::encodeName(path(relative)).constData()) != 0)
            qFatal("cannot link %s", qPrintable(relative));
        return *this;
    }
    TreeBuilder &setTime(const QString &relative, qint64 mtimeSec, long nsec = 0)
    {
        const timespec times[2] = { { mtimeSec, nsec }, { mtimeSec, nsec } };
        ::utimensat(AT_FDCWD, QFile::encodeName(path(relative)).constData(), times,
                    AT_SYMLINK_NOFOLLOW);
        return *this;
    }
    TreeBuilder &setMode(const QString &relative, uint mode)
    {
        ::chmod(QFile::encodeName(path(relative)).constData(), mode);
        return *this;
    }
    TreeBuilder &remove(const QString &relative)
    {
        const QString full = path(relative);
        if (QFileInfo(full).isDir() && !QFileInfo(full).isSymLink())
            QDir(full).removeRecursively();
        else
            QFile::remove(full);
        return *this;
    }
    QByteArray read(const QString &relative) const
    {
        QFile file(path(relative));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    bool exists(const QString &relative) const
    {
        struct stat st;
        return ::lstat(QFile::encodeName(path(relative)).constData(), &st) == 0;
    }

private:
    QString m_root;
};

// Every file the tree holds whose name marks it as one of the engine's temporaries.
inline QStringList temporaryFiles(const QString &root)
{
    // Names only: a .part still being written is not read, so polling for one does not slow
    // the copy it waits for.
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral(".part")))
            found.append(QDir(root).relativeFilePath(path));
    }
    return found;
}

} // namespace lts::test
