// TargetIndex: what a drive knows of its target between runs, so that a run on a remote target
// need not list it: one row per entry of the target the drive wrote or saw in a full listing
// (its folder and name, the target's type, size, time, permission bits and link, the source's
// size and time at the copy, an ETag where the location has one), in an SQLite file of the
// data folder (<data dir>/index/<hash>.sqlite). A row is pending before the run changes its
// entry and done once the change is committed; the index is clean only when the last run that
// wrote it succeeded. Whatever is not clean, or not sound, is listed again, never trusted.
// Used on one thread (the run's): the SQLite connection belongs to the thread that opened it.
#pragma once

#include "fsops.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlQuery;

namespace lts {

class TargetIndex final
{
public:
    // Opens the index in `file`, making it (and its folder) when missing. A file that is not a
    // sound index of this version (garbage, truncated, another schema) is removed and made
    // anew, empty and not clean. When even that fails, the index is not open: every call
    // below then does nothing and trusts nothing.
    explicit TargetIndex(const QString &file);
    ~TargetIndex();
    TargetIndex(const TargetIndex &) = delete;
    TargetIndex &operator=(const TargetIndex &) = delete;

    bool isOpen() const { return m_open; }
    // The file was missing or damaged and is new.
    bool wasRebuilt() const { return m_rebuilt; }
    // A dry run reads the index but changes nothing in it.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Whether a run may take the folders' listings from the index instead of the target: the
    // last run that wrote it succeeded, with the same filters, and the target was listed in
    // full within `verifyDays` of `now` (0: never trusted).
    bool isTrusted(const QByteArray &filters, int verifyDays, const QDateTime &now) const;
    bool isClean() const;
    // When the target was last listed in full by a run that succeeded (invalid: never).
    QDateTime lastVerified() const;

    // The run is about to change the target: not clean until finishRun(). With `rebuild`,
    // every row is made again from the full listing the run makes, with `filters`: until the
    // listing replaces it, a row only tells standIn() what was copied; finishRun() removes
    // those it did not replace.
    void beginRun(bool rebuild, const QByteArray &filters);
    // The run succeeded: clean, and with `verified`, listed in full at `now` (the rows the
    // listing did not make again go).
    void finishRun(bool verified, const QDateTime &now);
    // For tests: moves the time of the last full listing.
    void setLastVerified(const QDateTime &when);
    // When a run last removed the target's expired versions (invalid: never). A run with
    // nothing to write does that at most once a day (SyncEngine).
    QDateTime lastVersionsPruned() const;
    void setVersionsPruned(const QDateTime &when);

    // The entries of a folder ("" for the root) as the index knows them (with the
    // source's time at the copy where the target dated a copy itself: standIn()), sorted by name as
    // a listing is; nullopt when a row of it is pending or the index cannot answer: the folder is
    // then listed.
    std::optional<std::vector<fsops::Entry>> listing(const QByteArray &folder);
    // The files of a folder just listed that are the very files the runs copied there, as the
    // target dated them, get the source's time at the copy (Entry::sourceMtimeAtCopy) where the
    // target keeps a time of its own. `entries` sorted by name. Call before recordListing().
    void standIn(const QByteArray &folder, std::vector<fsops::Entry> &entries);
    // The same for a target that cannot be listed (an upload form), whose index is the ledger
    // of what was sent: only the entries done, a pending one being one whose sending may not
    // have ended; nullopt only when the index cannot answer.
    std::optional<std::vector<fsops::Entry>> ledger(const QByteArray &folder);
    // A folder as it was just listed (temporaries and the application's folder left out):
    // its rows are replaced, and the rows inside its subfolders that are gone go too.
    void recordListing(const QByteArray &folder, const std::vector<fsops::Entry> &entries);
    // One entry of a folder as the target has it now (its own size and time); `source`, the
    // source's entry it was copied from, when it was. Done.
    void recordEntry(const QByteArray &folder, const fsops::Entry &entry,
                     const std::optional<fsops::Stat> &source = std::nullopt);
    // The run is about to change this entry: pending until recordEntry() or remove().
    void markPending(const QByteArray &folder, const QByteArray &name);
    // The entry is gone, and whatever was inside it.
    void remove(const QByteArray &folder, const QByteArray &name);
    // How many rows are pending (tests, and what the run leaves when interrupted).
    int pendingCount() const;
    int rowCount() const;

    // Writes what was recorded since the last commit to the file, in one transaction.
    void commit();

    // Where a configured drive's index is kept in the data folder: named as its volume
    // identity is (VolumeIdentity::recordFileForDrive), so a drive given another name, source
    // or target starts with a full listing; a pair of the command line has its own.
    static QString fileForDrive(const QString &dataFolder, const QString &driveName,
                                const QString &source, const QString &target);
    static QString fileForPair(const QString &dataFolder, const QString &source,
                               const QString &target);

private:
    bool openFile(bool fresh);
    bool createSchema();
    bool sound();
    void close();
    // Starts the batch's transaction when none is open; false once the index failed.
    bool writing();
    bool exec(QSqlQuery &query);
    void failed();
    QString meta(const QString &key) const;
    QDateTime timeOf(const QString &key) const; // a meta value in seconds since the epoch
    void setMeta(const QString &key, const QString &value);
    void removeInside(const QByteArray &path);
    std::optional<std::vector<fsops::Entry>> entriesOf(const QByteArray &folder, bool skipPending);

    QString m_file;
    QString m_connection;
    bool m_open = false;
    bool m_rebuilt = false;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    struct Queries;
    std::unique_ptr<Queries> m_queries;
};

} // namespace lts
