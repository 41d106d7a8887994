// DriveStats: the space and filesystem of a drive's source and target (protocol.md's
// DriveStats), and the optional speed test: 64 MiB written to the target with a flush,
// read back past the cache where the system allows, and removed.
#pragma once

#include "locationfacts.h"
#include "result.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace lts {

class DriveStats final
{
    Q_DECLARE_TR_FUNCTIONS(lts::DriveStats)

public:
    static constexpr qint64 speedTestBytes = qint64(64) << 20;

    // {"Available", "Total", "FileSystem", "ReadOnly"} of the volume a folder is on (or its
    // nearest existing parent), as the prober found it; Available and Total in bytes.
    static QJsonObject volume(const LocationFacts &facts);
};

// The speed tests under way: one per target folder at a time, as each writes 64 MiB; a
// request for a target being measured is refused rather than queued. A test gives
// {"WriteMBps", "ReadMBps"}, measured on a thread of its own, and stops between two
// megabytes once `cancel` is cancelled ("Cancelled").
class SpeedTests final
{
public:
    // The test of `targetFolder`, or nullopt while one of it runs.
    std::optional<QFuture<Result<QJsonObject>>> start(const QString &targetFolder,
                                                      const CancelToken &cancel);

private:
    // Shared with the tests' threads, which take their folder out when they end.
    struct Running
    {
        QMutex mutex;
        QSet<QString> folders;
    };
    std::shared_ptr<Running> m_running = std::make_shared<Running>();
};

} // namespace lts
