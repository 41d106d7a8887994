// RunDetails: the files of the recent runs (added, updated, deleted, failed, with reasons), one
// small JSON file per run in <data folder>/runs/, for the history window's details of a run.
#pragma once

#include "result.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace lts {

class RunDetails final
{
    Q_DECLARE_TR_FUNCTIONS(lts::RunDetails)

public:
    static inline const QString folderName = QStringLiteral("runs");
    // A run that failed on a whole tree would otherwise make a file as large as the tree:
    // at most this many entries of each kind (failed and skipped, deleted, updated, added).
    static constexpr qsizetype maxEntries = 2000;
    static constexpr qsizetype maxRuns = 500;

    struct Entry
    {
        SyncEntry::Action action = SyncEntry::Action::Failed;
        QString path; // relative to the root
        QString reason; // why it was skipped or failed

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    struct Details
    {
        QList<Entry> entries; // failed and skipped first, then deleted, updated, added
        std::int64_t omitted = 0; // entries beyond maxEntries, or that the run did not list
        // False when the run changed files but its report listed only the failed and skipped
        // ones (the Summary log level).
        bool changesListed = true;
    };

    explicit RunDetails(QString dataFolder);

    QString folderPath() const;
    // The file of the run of `drive` that started at `started` (to the second, as the history
    // has it).
    QString filePath(const QString &drive, const QDateTime &started) const;

    // Keeps the report's entries; the files of runs older than the newest maxRuns go.
    Result<void> write(const QString &drive, const SyncReport &report) const;
    // Nothing when the run's file is gone or cannot be read.
    std::optional<Details> read(const QString &drive, const QDateTime &started) const;

private:
    void removeOldRuns(const QString &keep) const;

    QString m_folder;
};

} // namespace lts
