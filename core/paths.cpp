#include "paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace lts::paths {

namespace {

constexpr Qt::CaseSensitivity platformCase =
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        Qt::CaseInsensitive;
#else
        Qt::CaseSensitive;
#endif

bool isInside(const QString &inner, const QString &outer)
{
    if (inner.size() <= outer.size() || !inner.startsWith(outer, platformCase))
        return false;
    // "/data/photos2" is not inside "/data/photos"; the root "/" ends with its separator.
    return outer.endsWith(u'/') || inner.at(outer.size()) == u'/';
}

} // namespace

QString normalized(const QString &path)
{
    QString p = path.trimmed();
    if (p == u"~" || p.startsWith(u"~/") || p.startsWith(u"~\\"))
        p = QDir::homePath() + p.mid(1);
    if (p.isEmpty() || QDir::isRelativePath(p))
        return {};
    // Cleaning can leave white space at the end ("/b /" gives "/b "), which would be trimmed
    // when the result is normalised again (found by fuzzing): a folder saved as "/b " would be
    // read back as "/b". Trimmed and cleaned until neither changes it, a path stays as it is.
    QString clean = QDir::cleanPath(p);
    while (clean != clean.trimmed())
        clean = QDir::cleanPath(clean.trimmed());
    return QDir::toNativeSeparators(clean);
}

QString nearestExisting(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    QString existing = clean;
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            return clean; // nothing of it exists, e.g. an unplugged drive letter
        existing = parent;
    }
    return existing;
}

QString resolved(const QString &absolutePath)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(absolutePath));
    const QString existing = nearestExisting(clean);
    if (!QFileInfo::exists(existing))
        return clean;
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty())
        return clean;
    return QDir::cleanPath(canonical + u'/' + clean.mid(existing.size()));
}

QString cleaned(const QString &absolutePath)
{
    return QDir::cleanPath(QDir::fromNativeSeparators(absolutePath));
}

Relation relate(const QString &first, const QString &second)
{
    return relateResolved(resolved(first), resolved(second));
}

Relation relateResolved(const QString &a, const QString &b)
{
    if (a.compare(b, platformCase) == 0)
        return Relation::Same;
    if (isInside(a, b))
        return Relation::FirstInsideSecond;
    if (isInside(b, a))
        return Relation::SecondInsideFirst;
    return Relation::Unrelated;
}

QString remoteScheme(const QString &location)
{
    // RFC 3986's scheme, then "://"; at least two letters, so that "C://x" stays a Windows
    // path. rclone's remotes are written "rclone:REMOTE:path" (remote.md).
    static const QRegularExpression url(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9+.-]+)://"));
    if (const QRegularExpressionMatch match = url.match(location); match.hasMatch())
        return match.captured(1).toLower();
    if (location.trimmed().startsWith(QStringLiteral("rclone:"), Qt::CaseInsensitive))
        return QStringLiteral("rclone");
    return {};
}

namespace {

QString indexKey(const QString &folder)
{
    return platformCase == Qt::CaseInsensitive ? folder.toCaseFolded() : folder;
}

} // namespace

void FolderIndex::add(const QString &folder, const QString &owner)
{
    m_owners.emplace(indexKey(folder), owner);
}

std::optional<QString> FolderIndex::overlapping(const QString &folder) const
{
    const QString key = indexKey(folder);
    // The folder itself, or one it lies inside: each of its parents, up to the root.
    for (QString at = key;;) {
        if (const auto found = m_owners.find(at); found != m_owners.end())
            return found->second;
        const qsizetype slash = at.lastIndexOf(u'/');
        if (slash < 0 || slash == at.size() - 1)
            break; // no parent, or a root ("/", "C:/")
        // The root is "/", or a Windows drive's "C:/": a colon elsewhere is part of a name.
        const bool parentIsRoot = slash == 0 || (slash == 2 && at.at(1) == u':');
        at = at.left(parentIsRoot ? slash + 1 : slash);
    }
    // One inside it: those sort right after "folder/", all together.
    const QString prefix = key.endsWith(u'/') ? key : key + u'/';
    const auto inside = m_owners.lower_bound(prefix);
    if (inside != m_owners.end() && inside->first.startsWith(prefix))
        return inside->second;
    return std::nullopt;
}

QString keyedFile(const QString &dataFolder, const QString &folder, const QByteArray &key,
                  const QString &suffix)
{
    const QByteArray hash
            = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16);
    return QDir(dataFolder).filePath(folder + u'/' + QString::fromLatin1(hash) + suffix);
}

QByteArray driveKey(const QString &name, const QString &source, const QString &target)
{
    return "drive\n" + name.toUtf8() + '\n' + QFile::encodeName(source) + '\n'
           + QFile::encodeName(target);
}

QByteArray pairKey(const QString &source, const QString &target)
{
    return "pair\n" + QFile::encodeName(source) + '\n' + QFile::encodeName(target);
}

} // namespace lts::paths
