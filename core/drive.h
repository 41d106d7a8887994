// Drive: one named, scheduled one-way sync of a source folder to a target folder, with the
// defaults of the protocol. A plain value; the rules live in DriveValidator, the JSON in
// DriveCodec.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace lts {

enum class IntervalUnit { Seconds, Minutes, Hours, Days };
enum class SyncMode { Mirror, Update, Move };

// What an upload form (a post+https:// target) gets beside each file: the file goes in the
// form's field `fileField`, and every entry of `fields` goes with it as a field of its own.
struct UploadForm
{
    QString fileField = QStringLiteral("file");
    QMap<QString, QString> fields;

    friend bool operator==(const UploadForm &, const UploadForm &) = default;
};

struct Drive
{
    QString name;
    QString source;
    QString target;
    double sleep = 1;
    IntervalUnit units = IntervalUnit::Days;
    SyncMode mode = SyncMode::Mirror;
    bool enabled = true;
    QStringList exclude;
    bool hidden = true;
    // Days to keep the target files a run overwrites or deletes; 0 keeps none. On by default
    // since protocol 2: a deletion the user did not mean can be undone for a month.
    double versions = 30;
    // For an upload form as the target; nullopt: the form's defaults (UploadForm{}).
    std::optional<UploadForm> upload;
    // The drive this one also runs right after, when that drive's run ends in Success or
    // Partial (a chain: logger -> transit -> cloud -> card); empty: none. DriveChains keeps
    // the names right.
    QString after;
    // Also run, after a short settle delay (Settings::watchDelaySeconds), when the source
    // changes (SourceWatcher); sources where no change is announced are synced at the interval.
    bool watch = false;

    // The time from the start of one run to the start of the next.
    std::chrono::milliseconds interval() const;

    friend bool operator==(const Drive &, const Drive &) = default;
};

// The canonical (plural, capitalised) names used in responses and in the config file.
QString unitName(IntervalUnit unit);
QString modeName(SyncMode mode);

// Accept any letter case, and the singular for units ("Hour", "hours", "HOURS").
std::optional<IntervalUnit> parseUnit(const QString &text);
std::optional<SyncMode> parseMode(const QString &text);

std::chrono::milliseconds unitLength(IntervalUnit unit);

// "12 hours", "1 day", "1.5 minutes": the interval in words, translated.
QString describeInterval(double sleep, IntervalUnit unit);

} // namespace lts
