// RcloneDaemon: the one `rclone rcd` (rclone's remote-control daemon) this application runs for
// every rclone location, started when the first one needs it and stopped a little while after
// the last one let go (a Lease each). It listens on loopback at a port the system picks, behind
// a user and password made at random for it, which reach it through its environment, never its
// command line (which `ps` shows every user). Its process lives on a thread of its own, so that a
// run's worker threads can come and go; it ends with this process (PR_SET_PDEATHSIG).
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace lts::fsops {

class RcloneDaemon final
{
public:
    struct State;
    // A use of the daemon: it runs while one is held, at this address with this login.
    struct Lease
    {
        QUrl base; // "http://127.0.0.1:PORT/"
        QByteArray authorization; // the Authorization header's value ("Basic ...")
        std::shared_ptr<State> state;
        Lease() = default;
        ~Lease();
        Q_DISABLE_COPY_MOVE(Lease)
    };

    // The daemon of this process.
    static RcloneDaemon &shared();

    // Starts the daemon unless it runs (waiting up to `timeout` until it listens) and counts one
    // more use. Fails in the user's words when rclone is not installed or does not start.
    // Blocks: on a worker thread.
    Result<std::shared_ptr<const Lease>> acquire(std::chrono::milliseconds timeout);
    // How long the daemon stays after the last lease went (a run that follows another reuses
    // it). Tests make it short.
    void setIdleDelay(std::chrono::milliseconds delay);
    // The process id of the daemon while it runs (tests look at /proc).
    std::optional<qint64> processId() const;
    // rclone's path on PATH, or empty.
    static QString executable();

    RcloneDaemon();
    ~RcloneDaemon();
    Q_DISABLE_COPY_MOVE(RcloneDaemon)

private:
    std::shared_ptr<State> m_state;
};

} // namespace lts::fsops
