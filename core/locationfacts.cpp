#include "locationfacts.h"

#include "paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace lts {

LocationFacts LocationFacts::ofFolder(const QString &path)
{
    LocationFacts facts;
    facts.path = QDir::cleanPath(QDir::fromNativeSeparators(path));
    const QFileInfo info(facts.path);
    facts.exists = info.exists();
    facts.isFolder = info.isDir();
    facts.readable = facts.isFolder && info.isReadable() && info.isExecutable();
    facts.writable = facts.isFolder && info.isWritable() && info.isExecutable();
    const QFileInfo parent(info.absolutePath());
    facts.parent = parent.filePath();
    facts.parentIsFolder = parent.isDir();
    facts.parentWritable = facts.parentIsFolder && parent.isWritable() && parent.isExecutable();
    facts.resolved = paths::resolved(facts.path);

    const QString existing = paths::nearestExisting(facts.path);
    const QStorageInfo storage(existing);
    // Two folders are on one volume when they are on one mounted filesystem.
    facts.volume = storage.isValid()
                           ? storage.rootPath() + u'\n' + QString::fromUtf8(storage.device())
                           : existing;
    facts.bytesAvailable = storage.bytesAvailable(); // -1 when it cannot be told
    facts.bytesTotal = storage.bytesTotal();
    facts.fileSystem = QString::fromUtf8(storage.fileSystemType());
    facts.readOnly = storage.isReadOnly();
    return facts;
}

} // namespace lts
