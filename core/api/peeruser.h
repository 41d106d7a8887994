// PeerUser: which operating-system user owns the other end of a loopback TCP connection, so a
// script of another user on the same machine has to present the API token (Linux: /proc/net).
#pragma once

#include <QByteArrayView>
#include <QHostAddress>

#include <optional>

namespace lts {

class PeerUser final
{
public:
    struct Endpoint
    {
        QHostAddress address;
        quint16 port = 0;
    };

    // Whether this system tells who owns a socket; elsewhere a loopback client is taken to be
    // the local user, as the protocol allows.
#ifdef Q_OS_LINUX
    static constexpr bool canTell = true;
#else
    static constexpr bool canTell = false;
#endif

    // The uid column of the line of /proc/net/tcp or /proc/net/tcp6 (`table`, the file's text,
    // in this machine's byte order) whose local end is `local` and remote end is `remote`;
    // nullopt when no established connection matches. IPv4 addresses mapped into IPv6 match
    // their IPv4 form.
    static std::optional<uint> ownerIn(QByteArrayView table, const Endpoint &local,
                                       const Endpoint &remote);

    // The uid of the process that opened the client's socket: the one whose local end is
    // `client` and remote end is `server`, as the server sees them (peerAddress/peerPort and
    // localAddress/localPort). nullopt when the system does not tell.
    static std::optional<uint> owner(const Endpoint &client, const Endpoint &server);

    // The effective uid of this process, which owns the server's sockets.
    static uint currentUser();
};

} // namespace lts
