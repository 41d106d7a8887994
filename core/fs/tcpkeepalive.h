// Keepalive probes on a remote location's socket (SFTP, FTP): a server that went away without a
// word (a cable pulled, a router that forgot the connection) is found within a minute, also while
// a connection waits unused in its pool, instead of after the kernel's two hours of silence.
// The deadline of each call (NetworkTimeout) still ends a call that waits; this finds the silent
// peer between calls.
#pragma once

namespace lts::fsops {

// Probes after this much silence, this often, and the connection is dropped after this many
// unanswered: 30 + 10 x 3 = 60 seconds.
constexpr int keepAliveIdleSeconds = 30;
constexpr int keepAliveIntervalSeconds = 10;
constexpr int keepAliveProbes = 3;

// Asks for them on a connected or connecting TCP socket.
void keepAlive(int fd);

} // namespace lts::fsops
