// The engine's temporaries a tree holds, told by the engine's own recogniser (isTemporary):
// files and links, anywhere, the application's folder included (a folder of such a name is
// the user's).
#pragma once

#include "planner.h"
#include "temporarynames.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

#include <sys/stat.h>

namespace lts::test {

inline void findTemporaries(const QString &root, const QString &relative, QStringList &found)
{
    const QDir dir(relative.isEmpty() ? root : root + u'/' + relative);
    const QStringList names
            = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = relative.isEmpty() ? name : relative + u'/' + name;
        struct stat st;
        if (::lstat(QFile::encodeName(root + u'/' + path).constData(), &st) != 0)
            continue;
        const fsops::EntryType type = S_ISDIR(st.st_mode)   ? fsops::EntryType::Folder
                                      : S_ISLNK(st.st_mode) ? fsops::EntryType::Link
                                      : S_ISREG(st.st_mode) ? fsops::EntryType::File
                                                            : fsops::EntryType::Special;
        if (isTemporary(QFile::encodeName(name), type))
            found.append(path);
        // Never into a link: the engine never follows one either.
        if (type == fsops::EntryType::Folder)
            findTemporaries(root, path, found);
    }
}

inline QStringList leftoverTemporaries(const QString &root)
{
    QStringList found;
    findTemporaries(root, {}, found);
    return found;
}

// The names below `root` that are the engine's temporaries (by name alone, whatever their type),
// as paths relative to it: what a transfer under way or cut short left on a server's disk.
inline QStringList temporariesIn(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isTemporaryName(QFile::encodeName(it.fileName())))
            found.append(QDir(root).relativeFilePath(path));
    }
    return found;
}

// The size of the biggest temporary below `root` (a transfer under way), in bytes.
inline qint64 largestTemporary(const QString &root)
{
    qint64 largest = 0;
    for (const QString &temporary : temporariesIn(root))
        largest = std::max(largest, QFileInfo(QDir(root).filePath(temporary)).size());
    return largest;
}

} // namespace lts::test
