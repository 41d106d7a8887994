#include "targetindex.h"

#include "paths.h"
#include "planner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace lts {

using fsops::Entry;
using fsops::EntryType;

namespace {

// A row's state column.
enum class RowState {
    Done = 0, // as the target has the entry
    Pending = 1, // the run is changing it
    BeforeRebuild = 2, // as a listing before this run's full listing saw it: not trusted
};

// Raised when the rows or their meaning change: an index of another version is rebuilt.
constexpr int schemaVersion = 2; // 2: size and mtime are the target's own, always

const QString cleanKey = QStringLiteral("Clean");
const QString verifiedKey = QStringLiteral("Verified");
const QString versionsPrunedKey = QStringLiteral("VersionsPruned");
const QString filtersKey = QStringLiteral("Filters");

// The folder column: "/" for the root, "/a/b" for the folder a/b. Never empty (an empty
// QByteArray would be bound as NULL), and the rows inside "/a" are those from "/a/" to "/a0"
// ('0' follows '/'), which SQLite finds in the primary key.
QByteArray folderKey(const QByteArray &folder)
{
    return '/' + folder;
}

QByteArray joined(const QByteArray &folder, const QByteArray &name)
{
    return folder.isEmpty() ? name : folder + '/' + name;
}

// Every connection has its own name: two runs (two drives) open theirs at the same time.
QString newConnectionName()
{
    static std::atomic<quint64> next{ 0 };
    return QStringLiteral("lts-target-index-%1").arg(next++);
}

// The source's time at the copy, where it differs from the time the target gave the copy (a
// server that dates a file by its upload): what the planner compares the source with.
std::optional<std::int64_t> sourceTimeStandingIn(const fsops::Stat &target, std::int64_t sourceSize,
                                                 std::int64_t sourceMtime)
{
    if (target.type != EntryType::File || sourceSize != target.size
        || sourceMtime == target.mtimeSec)
        return std::nullopt;
    return sourceMtime;
}

} // namespace

struct TargetIndex::Queries
{
    explicit Queries(const QSqlDatabase &db)
        : list(db)
        , put(db)
        , pending(db)
        , removeOne(db)
        , removeInside(db)
        , removeFolder(db)
        , folderOf(db)
        , copied(db)
    {
        list.setForwardOnly(true);
        folderOf.setForwardOnly(true);
        copied.setForwardOnly(true);
    }

    bool prepare()
    {
        return list.prepare(QStringLiteral(
                       "SELECT name, type, size, mtime, mtime_ns, mode, link, state, source_size, "
                       "source_mtime FROM entries WHERE folder = ? ORDER BY name"))
               && put.prepare(QStringLiteral(
                       "INSERT OR REPLACE INTO entries (folder, name, type, size, mtime, mtime_ns, "
                       "mode, link, source_size, source_mtime, etag, state) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0)"))
               && pending.prepare(
                       QStringLiteral("INSERT INTO entries (folder, name, state) VALUES (?, ?, 1) "
                                      "ON CONFLICT (folder, name) DO UPDATE SET state = 1"))
               && removeOne.prepare(
                       QStringLiteral("DELETE FROM entries WHERE folder = ? AND name = ?"))
               && removeInside.prepare(QStringLiteral(
                       "DELETE FROM entries WHERE folder = ? OR (folder >= ? AND folder < ?)"))
               && removeFolder.prepare(QStringLiteral("DELETE FROM entries WHERE folder = ?"))
               && folderOf.prepare(
                       QStringLiteral("SELECT name FROM entries WHERE folder = ? AND type = ?"))
               && copied.prepare(QStringLiteral(
                       "SELECT name, size, mtime, mtime_ns, source_size, source_mtime FROM entries "
                       "WHERE folder = ? AND type = 0 AND state != 1 AND source_size >= 0"));
    }

    QSqlQuery list;
    QSqlQuery put;
    QSqlQuery pending;
    QSqlQuery removeOne;
    QSqlQuery removeInside;
    QSqlQuery removeFolder;
    QSqlQuery folderOf;
    QSqlQuery copied;
};

TargetIndex::TargetIndex(const QString &file)
    : m_file(file)
    , m_connection(newConnectionName())
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return;
    const bool existed = QFileInfo::exists(file);
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (existed && openFile(false) && sound())
        return;
    // Missing, or damaged: made anew, never trusted.
    m_rebuilt = true;
    openFile(true);
}

TargetIndex::~TargetIndex()
{
    commit();
    close();
}

void TargetIndex::close()
{
    m_queries.reset();
    m_open = false;
    m_inTransaction = false;
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool TargetIndex::openFile(bool fresh)
{
    close();
    if (fresh) {
        // The journal of a damaged file belongs to it.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal") })
            QFile::remove(m_file + suffix);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_file);
        if (!db.open())
            return false;
        QSqlQuery pragma(db);
        // One fsync per commit, and a run commits once per batch of copies: what a run marks
        // pending is on the disk before the copies it stands for begin.
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
            || !pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return false;
        m_queries = std::make_unique<Queries>(db);
    }
    if (fresh && !createSchema())
        return false;
    if (!m_queries->prepare())
        return false;
    m_open = true;
    return true;
}

bool TargetIndex::createSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral(
                   "CREATE TABLE entries (folder BLOB NOT NULL, name BLOB NOT NULL, "
                   "type INTEGER NOT NULL DEFAULT 3, size INTEGER NOT NULL DEFAULT -1, "
                   "mtime INTEGER NOT NULL DEFAULT 0, mtime_ns INTEGER NOT NULL DEFAULT 0, "
                   "mode INTEGER NOT NULL DEFAULT 0, link BLOB, "
                   "source_size INTEGER NOT NULL DEFAULT -1, "
                   "source_mtime INTEGER NOT NULL DEFAULT 0, etag TEXT NOT NULL DEFAULT '', "
                   "state INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (folder, name)) WITHOUT ROWID"))
           && query.exec(QStringLiteral(
                   "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"))
           && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion));
}

bool TargetIndex::sound()
{
    // A file of garbage fails the first statement; a truncated one, the check of its pages.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != u"ok")
        return false;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()
        || query.value(0).toInt() != schemaVersion)
        return false;
    return query.exec(QStringLiteral("SELECT count(*) FROM entries"))
           && query.exec(QStringLiteral("SELECT count(*) FROM meta"));
}

bool TargetIndex::writing()
{
    if (!m_open || m_readOnly)
        return false;
    if (!m_inTransaction) {
        if (!QSqlDatabase::database(m_connection, false).transaction()) {
            failed();
            return false;
        }
        m_inTransaction = true;
    }
    return true;
}

bool TargetIndex::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    failed();
    return false;
}

void TargetIndex::failed()
{
    // What the index holds can no longer be told: the file goes, so the next run lists the
    // target in full whatever this one marked.
    close();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_file + suffix);
}

void TargetIndex::commit()
{
    if (!m_open || !m_inTransaction)
        return;
    m_inTransaction = false;
    if (!QSqlDatabase::database(m_connection, false).commit())
        failed();
}

QString TargetIndex::meta(const QString &key) const
{
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TargetIndex::setMeta(const QString &key, const QString &value)
{
    if (!writing())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    exec(query);
}

bool TargetIndex::isClean() const
{
    return meta(cleanKey) == u"1";
}

QDateTime TargetIndex::timeOf(const QString &key) const
{
    bool number = false;
    const qint64 seconds = meta(key).toLongLong(&number);
    return number ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

QDateTime TargetIndex::lastVerified() const
{
    return timeOf(verifiedKey);
}

QDateTime TargetIndex::lastVersionsPruned() const
{
    return timeOf(versionsPrunedKey);
}

void TargetIndex::setVersionsPruned(const QDateTime &when)
{
    setMeta(versionsPrunedKey, QString::number(when.toSecsSinceEpoch()));
    commit();
}

bool TargetIndex::isTrusted(const QByteArray &filters, int verifyDays, const QDateTime &now) const
{
    if (!m_open || verifyDays <= 0 || !isClean()
        || meta(filtersKey) != QString::fromLatin1(filters))
        return false;
    const QDateTime verified = lastVerified();
    // A clock set back makes the last listing look newer than it is: listed again.
    return verified.isValid() && verified <= now
           && verified.secsTo(now) < qint64(verifyDays) * 24 * 3600;
}

void TargetIndex::beginRun(bool rebuild, const QByteArray &filters)
{
    if (!writing())
        return;
    setMeta(cleanKey, QStringLiteral("0"));
    if (rebuild) {
        // The rows stay until the run ends, each replaced when its folder is listed: the
        // files the runs copied are known again by them (standIn()). What is not listed again
        // goes at the end (finishRun()).
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("UPDATE entries SET state = %1 WHERE state = %2")
                              .arg(int(RowState::BeforeRebuild))
                              .arg(int(RowState::Done)));
        exec(query);
        setMeta(filtersKey, QString::fromLatin1(filters));
    }
    commit();
}

void TargetIndex::finishRun(bool verified, const QDateTime &now)
{
    if (!writing())
        return;
    if (verified) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("DELETE FROM entries WHERE state = %1")
                              .arg(int(RowState::BeforeRebuild)));
        exec(query);
        setMeta(verifiedKey, QString::number(now.toSecsSinceEpoch()));
    }
    setMeta(cleanKey, QStringLiteral("1"));
    commit();
}

void TargetIndex::setLastVerified(const QDateTime &when)
{
    setMeta(verifiedKey, QString::number(when.toSecsSinceEpoch()));
    commit();
}

std::optional<std::vector<Entry>> TargetIndex::listing(const QByteArray &folder)
{
    return entriesOf(folder, false);
}

std::optional<std::vector<Entry>> TargetIndex::ledger(const QByteArray &folder)
{
    return entriesOf(folder, true);
}

std::optional<std::vector<Entry>> TargetIndex::entriesOf(const QByteArray &folder, bool skipPending)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery &query = m_queries->list;
    query.addBindValue(folderKey(folder));
    if (!query.exec()) {
        failed();
        return std::nullopt;
    }
    std::vector<Entry> entries;
    while (query.next()) {
        if (query.value(7).toInt() != 0) {
            if (skipPending)
                continue;
            query.finish();
            return std::nullopt; // changing when its run stopped: as it is now is unknown
        }
        Entry entry;
        entry.name = query.value(0).toByteArray();
        entry.stat.type = EntryType(query.value(1).toInt());
        entry.stat.size = query.value(2).toLongLong();
        entry.stat.mtimeSec = query.value(3).toLongLong();
        entry.stat.mtimeNsec = query.value(4).toInt();
        entry.stat.mode = std::uint16_t(query.value(5).toUInt());
        entry.linkTarget = query.value(6).toByteArray();
        entry.sourceMtimeAtCopy = sourceTimeStandingIn(entry.stat, query.value(8).toLongLong(),
                                                       query.value(9).toLongLong());
        entries.push_back(std::move(entry));
    }
    query.finish();
    return entries;
}

void TargetIndex::standIn(const QByteArray &folder, std::vector<Entry> &entries)
{
    if (!m_open)
        return;
    QSqlQuery &copied = m_queries->copied;
    copied.addBindValue(folderKey(folder));
    if (!copied.exec()) {
        failed();
        return;
    }
    while (copied.next()) {
        const QByteArray name = copied.value(0).toByteArray();
        const auto at = std::lower_bound(
                entries.begin(), entries.end(), name,
                [](const Entry &entry, const QByteArray &n) { return entry.name < n; });
        if (at == entries.end() || at->name != name)
            continue;
        // Only the file the run left: as it was then, to the nanosecond the target keeps.
        if (at->stat.size != copied.value(1).toLongLong()
            || at->stat.mtimeSec != copied.value(2).toLongLong()
            || at->stat.mtimeNsec != copied.value(3).toInt())
            continue;
        at->sourceMtimeAtCopy = sourceTimeStandingIn(at->stat, copied.value(4).toLongLong(),
                                                     copied.value(5).toLongLong());
    }
    copied.finish();
}

void TargetIndex::recordListing(const QByteArray &folder, const std::vector<Entry> &entries)
{
    if (!writing())
        return;
    // The subfolders the index knew that are no folders now: what it knew inside them goes.
    QSqlQuery &known = m_queries->folderOf;
    known.addBindValue(folderKey(folder));
    known.addBindValue(int(EntryType::Folder));
    if (!exec(known))
        return;
    std::vector<QByteArray> goneFolders;
    while (known.next()) {
        const QByteArray name = known.value(0).toByteArray();
        const auto now = std::find_if(entries.cbegin(), entries.cend(),
                                      [&name](const Entry &e) { return e.name == name; });
        if (now == entries.cend() || now->stat.type != EntryType::Folder)
            goneFolders.push_back(name);
    }
    known.finish();
    for (const QByteArray &name : goneFolders)
        removeInside(joined(folder, name));

    QSqlQuery &removeFolder = m_queries->removeFolder;
    removeFolder.addBindValue(folderKey(folder));
    if (!exec(removeFolder))
        return;
    for (const Entry &entry : entries) {
        if (entry.stat.type == EntryType::Special || isTemporary(entry.name, entry.stat.type)
            || (folder.isEmpty() && entry.name == EntryFilter::appFolderName))
            continue;
        recordEntry(folder, entry);
    }
}

void TargetIndex::recordEntry(const QByteArray &folder, const Entry &entry,
                              const std::optional<fsops::Stat> &source)
{
    if (!writing())
        return;
    QSqlQuery &put = m_queries->put;
    put.addBindValue(folderKey(folder));
    put.addBindValue(entry.name);
    put.addBindValue(int(entry.stat.type));
    put.addBindValue(qint64(entry.stat.size));
    put.addBindValue(qint64(entry.stat.mtimeSec));
    put.addBindValue(int(entry.stat.mtimeNsec));
    put.addBindValue(int(entry.stat.mode));
    put.addBindValue(entry.linkTarget);
    if (source) {
        put.addBindValue(qint64(source->size));
        put.addBindValue(qint64(source->mtimeSec));
    } else if (entry.sourceMtimeAtCopy) {
        // A listed entry the index vouched for keeps the time it stands in for.
        put.addBindValue(qint64(entry.stat.size));
        put.addBindValue(qint64(*entry.sourceMtimeAtCopy));
    } else {
        put.addBindValue(qint64(-1));
        put.addBindValue(qint64(0));
    }
    exec(put);
}

void TargetIndex::markPending(const QByteArray &folder, const QByteArray &name)
{
    if (!writing())
        return;
    QSqlQuery &pending = m_queries->pending;
    pending.addBindValue(folderKey(folder));
    pending.addBindValue(name);
    exec(pending);
}

void TargetIndex::remove(const QByteArray &folder, const QByteArray &name)
{
    if (!writing())
        return;
    QSqlQuery &removeOne = m_queries->removeOne;
    removeOne.addBindValue(folderKey(folder));
    removeOne.addBindValue(name);
    if (exec(removeOne))
        removeInside(joined(folder, name));
}

void TargetIndex::removeInside(const QByteArray &path)
{
    if (!writing())
        return;
    const QByteArray key = folderKey(path);
    QSqlQuery &inside = m_queries->removeInside;
    inside.addBindValue(key);
    inside.addBindValue(QByteArray(key + '/'));
    inside.addBindValue(QByteArray(key + '0'));
    exec(inside);
}

int TargetIndex::pendingCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT count(*) FROM entries WHERE state = 1"))
                           && query.next()
                   ? query.value(0).toInt()
                   : 0;
}

int TargetIndex::rowCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT count(*) FROM entries")) && query.next()
                   ? query.value(0).toInt()
                   : 0;
}

QString TargetIndex::fileForDrive(const QString &dataFolder, const QString &driveName,
                                  const QString &source, const QString &target)
{
    return paths::keyedFile(dataFolder, QStringLiteral("index"),
                            paths::driveKey(driveName, source, target), QStringLiteral(".sqlite"));
}

QString TargetIndex::fileForPair(const QString &dataFolder, const QString &source,
                                 const QString &target)
{
    return paths::keyedFile(dataFolder, QStringLiteral("index"), paths::pairKey(source, target),
                            QStringLiteral(".sqlite"));
}

} // namespace lts
