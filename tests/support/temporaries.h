// The engine's temporaries a tree holds, told by the engine's own recogniser (isTemporaryName):
// files, links and folders alike, anywhere, the application's folder included.
#pragma once

#include "planner.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <sys/stat.h>

namespace lts::test {

inline void findTemporaries(const QString &root, const QString &relative, QStringList &found)
{
    const QDir dir(relative.isEmpty() ? root : root + u'/' + relative);
    const QStringList names
            = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = relative.isEmpty() ? name : relative + u'/' + name;
        if (isTemporaryName(QFile::encodeName(name)))
            found.append(path);
        struct stat st;
        // Never into a link: the engine never follows one either.
        if (::lstat(QFile::encodeName(root + u'/' + path).constData(), &st) == 0
            && S_ISDIR(st.st_mode))
            findTemporaries(root, path, found);
    }
}

inline QStringList leftoverTemporaries(const QString &root)
{
    QStringList found;
    findTemporaries(root, {}, found);
    return found;
}

} // namespace lts::test
