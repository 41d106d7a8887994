// DriveStats: the space and filesystem of a drive's source and target (protocol.md's
// DriveStats), and the optional speed test: 64 MiB written to the target with a flush,
// read back past the cache where the system allows, and removed.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QString>

namespace lts {

class DriveStats final
{
    Q_DECLARE_TR_FUNCTIONS(lts::DriveStats)

public:
    static constexpr qint64 speedTestBytes = qint64(64) << 20;

    // {"Available", "Total", "FileSystem", "ReadOnly"} of the volume the folder is on (or its
    // nearest existing parent); Available and Total in bytes.
    static QJsonObject volume(const QString &folder);

    // {"WriteMBps", "ReadMBps"}; runs on a thread of its own. `bytes` is for tests.
    static QFuture<Result<QJsonObject>> speedTest(const QString &targetFolder,
                                                  qint64 bytes = speedTestBytes);
};

} // namespace lts
