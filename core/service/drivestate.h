// DriveState: what the application remembers about each drive's runs between starts
// (state.json in the data folder): the times that keep a drive's rhythm, and the result
// of its last run. StateStore loads and saves them atomically.
#pragma once

#include "result.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lts {

// A remote location of the drive whose server's key the user has not trusted (yet): the
// protocol's Trust field and TrustNeeded event (remote.md).
struct TrustWanted
{
    QString location; // the drive's source or target, as the config has it
    fsops::HostKey key;

    friend bool operator==(const TrustWanted &, const TrustWanted &) = default;
};
// {"Location", "KeyType", "Fingerprint", "Previous"?}, and for a certificate "Subject"?,
// "Issuer"?, "ValidFrom"?, "ValidUntil"?: as the protocol and state.json have it.
QJsonObject trustJson(const TrustWanted &trust);

struct DriveState
{
    QDateTime firstSeen; // when the application first knew the drive
    QDateTime lastStart; // start of the latest run, finished or not: the rhythm
    QDateTime lastFinish;
    QDateTime lastSync; // start of the latest finished run (the protocol's LastSync)
    QDateTime lastSuccess; // start of the latest run that ended in Success
    std::optional<RunResult> lastResult;
    QString lastCode; // SyncReport::code of the latest run
    QString message; // why the latest run was not a success, in words
    int failures = 0; // runs in a row worth retrying soon (back-off)
    bool unavailable = false; // the source or target was missing: checked every minute
    bool interrupted = false; // the latest run was stopped by a shutdown or a crash
    // The refusal (refusalKey()) the user dismissed in the tray: its banner stays away until
    // a refusal with other facts comes.
    QString dismissedRefusal;
    // The latest run was refused for the key of a server (Host Key Unknown or Changed) or its
    // certificate (Certificate Unknown).
    std::optional<TrustWanted> trust;

    QDateTime lastCheck; // not saved: when an unavailable drive was last looked for

    bool running() const { return lastStart.isValid() && lastStart > lastFinish; }
    // The latest run met what only the user can settle: a server's key to trust, a login the
    // server refused (isUserMatter()). Nothing runs the drive by itself until the user acts (a
    // retry loop would lock the account on servers with fail2ban): a sync they start, a trust,
    // a password, an edit of the drive's source or target.
    bool waitingForUser = false;
    static bool isUserMatter(const QString &code)
    {
        return code == QStringView(fsops::hostKeyUnknownCode)
               || code == QStringView(fsops::hostKeyChangedCode)
               || code == QStringView(fsops::certificateUnknownCode)
               || code == QStringView(fsops::authenticationFailedCode);
    }
    // What makes a refusal the same as another: its rule and its counts (in its message).
    QString refusalKey() const
    {
        return lastResult == RunResult::Refused ? lastCode + u'\n' + message : QString();
    }
    bool refusalDismissed() const
    {
        return !dismissedRefusal.isEmpty() && dismissedRefusal == refusalKey();
    }

    friend bool operator==(const DriveState &, const DriveState &) = default;
};

class StateStore final
{
    Q_DECLARE_TR_FUNCTIONS(lts::StateStore)

public:
    static inline const QString fileName = QStringLiteral("state.json");
    // Far beyond what the states of 10,000 drives take: a bigger file is not read.
    static constexpr qint64 maxFileBytes = qint64(64) << 20;

    explicit StateStore(QString dataFolder);

    QString filePath() const;

    // A missing or unreadable file is an empty state (the drives just run again); a run
    // that was going when the application stopped is marked interrupted.
    void load();
    Result<void> save() const;

    DriveState &operator[](const QString &name) { return m_states[name]; }
    DriveState value(const QString &name) const { return m_states.value(name); }
    bool contains(const QString &name) const { return m_states.contains(name); }
    void rename(const QString &from, const QString &to);
    void remove(const QString &name) { m_states.remove(name); }
    // Forgets the drives that are not in `names`.
    void keepOnly(const QStringList &names);

private:
    QString m_folder;
    QHash<QString, DriveState> m_states;
};

} // namespace lts

Q_DECLARE_METATYPE(lts::TrustWanted)
