// ServerLease: safety rule 7 for a target on a server: one writer at a time, across computers.
// The lock is a file on the server (<target>/.letthatsyncin/lock) that names its holder. It is
// taken atomically: written under a name of its own, then renamed onto "lock" without
// replacing. While the run goes, a thread of the lease appends a byte to it every minute, so
// its modification time, in the server's own clock, is the holder's last sign of life; a lock
// silent for five minutes belonged to a computer that crashed or lost the network, and is
// taken over. The server's "now" is the time of the file just written, so the computers'
// clocks never matter. A QLockFile cannot do this: it tells a stale lock by the holder's
// process, which only the holder's computer can see.
#pragma once

#include "fsops.h"
#include "result.h"

#include <QCoreApplication>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace lts {

// How often a run renews its lock on a server, and after how long a silent one is taken over.
struct LeaseTiming
{
    std::chrono::milliseconds refresh = std::chrono::minutes(1);
    std::chrono::seconds staleAfter = std::chrono::minutes(5);
};

class ServerLease final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ServerLease)

public:
    // Takes the lock in `appFolder` (the target's .letthatsyncin); fails with Target Busy
    // naming the computer that holds it, or with the server's error.
    static Result<std::unique_ptr<ServerLease>>
    take(fsops::Folder appFolder, const QString &targetName, LeaseTiming timing = {});
    // Stops the refreshing and removes the lock if it is still this one's.
    ~ServerLease();
    Q_DISABLE_COPY_MOVE(ServerLease)

    // What a lock file says of its holder: "host <name>\npid <n>\ntoken <id>\n".
    struct Holder
    {
        QString host;
        qint64 pid = 0;
        QByteArray token;
    };
    static Holder holderOf(const QByteArray &content);

private:
    ServerLease(fsops::Folder appFolder, QByteArray token, LeaseTiming timing);
    // Whether the lock on the server is still this lease's.
    bool isOurs() const;
    void keepAlive();

    fsops::Folder m_folder;
    const QByteArray m_token;
    const LeaseTiming m_timing;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_refresher;
};

} // namespace lts
