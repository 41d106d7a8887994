// SyncReport: what one run did: its result, the counts, every entry that changed or failed
// with its reason, and a message in words when it was not a plain success.
#pragma once

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
    enum class Action : std::uint8_t { Added, Updated, Deleted, Moved, Skipped, Failed };
    Action action;
    QByteArray path; // relative to the root, as the disk spells it
    QString reason; // why it was skipped or failed

    static QString actionName(Action action);
};

struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(lts::SyncReport)

public:
    RunResult result = RunResult::Success;
    QString code; // "Too Many Deletions", "Source Empty" ... for scripts; empty on success
    QString message; // why the run was not a plain success, in words
    bool unavailable = false; // a root is missing: retry when it is back

    QDateTime started;
    QDateTime finished;
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t deleted = 0;
    std::int64_t unchanged = 0;
    std::int64_t skipped = 0;
    std::int64_t errors = 0;
    std::int64_t bytes = 0; // copied
    std::vector<SyncEntry> entries;

    // The protocol's run object (GetHistory, SyncFinished), without the drive's name.
    QJsonObject toJson() const;
    // "2 added, 1 updated, 0 deleted, 12 unchanged, 0 skipped, 0 errors; 5.20 KiB copied in
    // 1.3 s.": the counts in words, for the command line and the log.
    QString summary() const;
};

} // namespace lts
