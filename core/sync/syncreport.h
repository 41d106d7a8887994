// SyncReport: what one run did: its result, the counts, every entry that changed or failed
// with its reason, and a message in words when it was not a plain success.
#pragma once

#include "fsops.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lts {

enum class RunResult { Success, Partial, Failure, Refused, Cancelled };

QString runResultName(RunResult result);
// A result the user should look at: a failure, a refusal, or files that failed.
inline bool needsAttention(const std::optional<RunResult> &result)
{
    return result == RunResult::Failure || result == RunResult::Refused
           || result == RunResult::Partial;
}
std::optional<RunResult> parseRunResult(const QString &name);

struct SyncEntry
{
    enum class Action : std::uint8_t { Added, Updated, Deleted, Skipped, Failed };
    Action action;
    QByteArray path; // relative to the root, as the disk spells it
    QString reason; // why it was skipped or failed
    // What the scan saw of the entry on each side (dry runs that list every entry); a size of
    // -1: that side does not have it. Times in seconds since 1970, UTC.
    std::int64_t sourceSize = -1;
    std::int64_t sourceModified = 0;
    std::int64_t targetSize = -1;
    std::int64_t targetModified = 0;

    static QString actionName(Action action);
};

struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(lts::SyncReport)

public:
    RunResult result = RunResult::Success;
    QString code; // "Too Many Deletions", "Source Empty" ... for scripts; empty on success
    // Why the run was not a plain success, in words, in the user's language, without the code:
    // "A mirror would delete 280 of the 317 files in the target (limit 50 %)."
    QString message;
    bool unavailable = false; // a root is missing: retry when it is back
    // A remote root refused for its server's key (Host Key Unknown or Changed): the location
    // as the drive has it and the key, for the drive's Trust field.
    QString untrustedLocation;
    std::optional<fsops::HostKey> untrustedKey;
    bool forced = false; // a safety rule would have refused the run, and `force` passed it
    // The refusal `force` passed, for a dry run to tell what a plain run would meet.
    QString overriddenCode;
    QString overriddenMessage;
    bool restore = false; // a restore into the source (SyncJob::restore), not a sync

    QDateTime started;
    QDateTime finished;
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t deleted = 0;
    std::int64_t unchanged = 0;
    std::int64_t skipped = 0;
    std::int64_t errors = 0;
    std::int64_t bytes = 0; // copied
    // The files in the target when the run compared the trees (an estimate for a run of
    // changed folders only: SyncJob::changedOnly); -1 when it did not get that far.
    std::int64_t targetFiles = -1;
    bool changedFoldersOnly = false; // SyncJob::changedOnly was followed
    std::vector<SyncEntry> entries;
    // Changes beyond SyncJob::maxListedEntries, or in deleted folders, that are not listed.
    std::int64_t unlisted = 0;

    // Whether the run added, updated or deleted anything.
    bool changedSomething() const { return added + updated + deleted > 0; }
    // The protocol's run object (GetHistory, SyncFinished), without the drive's name. Its
    // Message starts with the code ("Too Many Deletions: ..."), which scripts match on; Code
    // holds the code alone.
    QJsonObject toJson() const;
    // "Too Many Deletions: A mirror would ...": a run code, then the words; the message alone
    // for other codes (Partial, an errno name) and none.
    static QString protocolMessage(const QString &code, const QString &message);
    // The words of a protocol message, without its run code: what people read in the tray.
    static QString wordsOf(const QString &protocolMessage);
    // The codes of refusals and unavailable roots that scripts match on (docs/protocol.md).
    static const QStringList &runCodes();
    // "2 added, 1 updated, 0 deleted, 12 unchanged, 0 skipped, 0 errors; 5.20 KiB copied in
    // 1.3 s.": the counts in words, for the command line and the log.
    QString summary() const;
};

} // namespace lts
