// DriveWatches: the sources of the drives with Watch on. For each enabled one on a local disk,
// a SourceWatcher; after a change the drive waits until its source has been quiet for the
// settle delay (WatchDelay), then asks for a run of the folders that changed (of everything
// after an overflow of the system's queue, or before the first run that followed the watch).
// Where watching cannot be done (a network file system, a remote source, the system's limit of
// watches) the drive says why (Watching) and keeps to its schedule.
#pragma once

#include "drive.h"
#include "sourcewatcher.h"
#include "syncreport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace lts {

class DriveWatches final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveWatches)

public:
    // Makes the watcher of one source; SourceWatcher::create() when empty (tests inject theirs).
    using WatcherFactory = std::function<std::unique_ptr<SourceWatcher>()>;

    // The protocol's Watching: watched, or not, or a reason in words why not.
    struct State
    {
        bool watching = false;
        QString reason; // why a drive with Watch on is not watched; empty otherwise

        friend bool operator==(const State &, const State &) = default;
    };

    // `say` writes a line to the log (a watch that starts or stops, and why).
    DriveWatches(WatcherFactory factory, std::function<void(const QString &)> say,
                 QObject *parent = nullptr);
    ~DriveWatches() override;

    void setDelay(std::chrono::milliseconds delay);
    // The drives as they are now: watches start and stop to follow (a drive whose source,
    // mode or Watch changed is watched anew).
    void setDrives(const QList<Drive> &drives);
    void renameDrive(const QString &from, const QString &to);

    // The drive's run started / ended: the counts its report leaves are what a run of changed
    // folders later starts from (SyncJob::ChangedFolders::targetFiles).
    void runStarted(const QString &name);
    void runEnded(const QString &name, const SyncReport &report);

    State state(const QString &name) const;
    // The target's files after the drive's last run, counted by a run that started while the
    // source was watched; none: the next run must look at everything.
    std::optional<std::int64_t> targetFiles(const QString &name) const;
    // Changes the drive did not act on, because no run would do anything about them (a
    // deletion in the source of an Update or Move drive: Move's own removals among them).
    qint64 ignoredChanges(const QString &name) const;
    // A change waits for the source to be quiet.
    bool isSettling(const QString &name) const;

Q_SIGNALS:
    // The source has been quiet since a change: a run of `folders` (relative, '/'-separated),
    // or of everything when none.
    void runWanted(const QString &name, const std::optional<QList<QByteArray>> &folders);
    void stateChanged(const QString &name);

private:
    struct Watch
    {
        Drive drive;
        std::unique_ptr<SourceWatcher> watcher;
        State state;
        bool ready = false;
        std::unique_ptr<QTimer> settle;
        QSet<QByteArray> folders; // changed since the last request
        bool everything = false; // changes were lost: a full run
        std::optional<std::int64_t> targetFiles;
        bool runStartedWatched = false; // the run going started after the watch was ready
        qint64 ignored = 0;
    };

    void watch(const Drive &drive);
    void onChanged(const QString &name, const QList<SourceChange> &changes);
    void onSettled(const QString &name);
    void setState(Watch &watch, State state);
    Watch *find(const QString &name);
    const Watch *find(const QString &name) const;

    WatcherFactory m_factory;
    std::function<void(const QString &)> m_say;
    std::chrono::milliseconds m_delay = std::chrono::seconds(2);
    // Watched drives by name, and every drive's state (a drive not watched: the reason).
    QHash<QString, std::shared_ptr<Watch>> m_watches;
};

} // namespace lts
