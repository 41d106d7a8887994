// DriveRegistry: the drives and the settings, as config.json keeps them. Every change is
// validated (against the other drives, and against the disk through what the availability
// prober finds), saved, and only then applied and announced; a change made to the file by
// hand is read back and announced the same way. It knows nothing of runs.
#pragma once

#include "availabilityprober.h"
#include "configstore.h"
#include "configwatcher.h"
#include "drivevalidator.h"
#include "runlog.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace lts {

class DriveRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriveRegistry)

public:
    static inline const QString unknownDrive = QStringLiteral("Unknown Drive");
    static inline const QString configNotSaved = QStringLiteral("Config Not Saved");

    DriveRegistry(const QString &configFolder, AvailabilityProber &prober, RunLog &log,
                  QObject *parent = nullptr);

    // Reads the config. Fails only when it cannot be used at all (unreadable, or from a newer
    // version); its smaller problems go to the log.
    Result<void> load();

    const Settings &settings() const { return m_config.settings; }
    const QList<Drive> &drives() const { return m_config.drives; }
    const Drive *find(const QString &name) const;
    // "There is no drive ...", for a request that names a drive the list does not have.
    static Error unknown(const QString &name);
    const QList<Error> &problems() const { return m_store.problems(); }

    // Validated against the other drives and the disk, saved, and only then applied. A save
    // that fails comes back as a "Config Not Saved" error, and nothing changes. These ask the
    // disk on the calling thread, as long as it takes (tests, tools); the protocol and the
    // tray use the ...Later ones.
    // Several at once: each validated against the drives before it, and the list saved once
    // for them all. One verdict per drive, in their order.
    QList<DriveVerdict> add(const QList<DecodedDrive> &drives);
    // `changes`: the fields to change (a "Name" renames); the others keep their value.
    DriveVerdict edit(const QString &name, const QJsonObject &changes);
    DriveVerdict edit(const QString &name, const Drive &drive);

    // The same, with the disk asked on the prober: the verdicts come once the folders have
    // answered, and are then judged and saved on this thread. A folder that does not answer
    // within the deadline is an error naming it ("The target /mnt/nas/backup did not answer
    // within 30 seconds."), and nothing is saved. An edit that changes neither the source nor
    // the target asks no disk: its verdict is ready at once.
    QFuture<QList<DriveVerdict>> addLater(const QList<DecodedDrive> &drives);
    QFuture<DriveVerdict> editLater(const QString &name, const QJsonObject &changes);
    QFuture<DriveVerdict> editLater(const QString &name, const Drive &drive);

    // The same with the answers the caller has already had from the prober (the editor, which
    // looks at its folders as the user types): judged and saved at once, asking no disk. A
    // folder without an answer is judged by its fields; one that did not answer is an error.
    QList<DriveVerdict> add(const QList<DecodedDrive> &drives,
                            const QHash<QString, LocationProbe> &looked);
    DriveVerdict edit(const QString &name, const Drive &drive,
                      const QHash<QString, LocationProbe> &looked);

    Result<void> remove(const QString &name);
    // Pause (false) or resume (true): the drive's Enabled.
    Result<void> setEnabled(const QString &name, bool enabled);
    // A save that fails changes nothing.
    Result<void> changeSettings(const Settings &settings);

Q_SIGNALS:
    // Each after the change is saved and applied.
    void driveAdded(const lts::Drive &drive);
    void driveChanged(const lts::Drive &previous, const lts::Drive &drive);
    void driveRemoved(const lts::Drive &drive);
    void settingsChanged(const lts::Settings &settings);
    // config.json was changed by hand and read: its drives were announced one by one before.
    void reloaded();

private:
    // What the prober found of the folders of drives being added or edited.
    struct Looks
    {
        QHash<QString, LocationProbe> fresh; // by normalised path
        const AvailabilityProber *prober = nullptr; // null: the validator asks the disk itself

        DriveValidator::FactsLookup lookup() const;
        // An error for each folder of the drive that did not answer.
        void refuseUnanswered(DriveVerdict &verdict) const;
    };

    QList<DriveVerdict> addChecked(const QList<DecodedDrive> &drives, const Looks &looks);
    DriveVerdict applyEdit(const QString &name, DecodedDrive decoded, const Looks &looks);
    QFuture<DriveVerdict> editAfterLooking(const QString &name, DecodedDrive decoded);
    DecodedDrive decodeEdit(const QString &name, const QJsonObject &changes) const;
    // Fresh looks at the folders, all at once; ready when each has answered or timed out.
    QFuture<QHash<QString, LocationProbe>> lookAt(const QStringList &locations);
    Result<void> save(const Config &config);
    // driveChanged for each of `rows`, drives whose After followed a renamed or removed drive:
    // `before` is the list as it was, in the same rows.
    void announceFollowers(const Config &before, const QList<qsizetype> &rows);
    void reload(bool exists);

    AvailabilityProber &m_prober;
    RunLog &m_log;
    ConfigStore m_store;
    Config m_config;
    ConfigWatcher m_watcher;
};

} // namespace lts
