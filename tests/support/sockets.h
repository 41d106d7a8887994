// This process's own sockets, as the kernel sees them: which are connected to a test server,
// and the options set on them (keepalive probes of the SFTP and FTP connections).
#pragma once

#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace lts::test {

// This process's TCP sockets connected to 127.0.0.1:`port`.
inline QList<int> socketsTo(quint16 port)
{
    QList<int> sockets;
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const int fd = entry.toInt(&isNumber);
        sockaddr_in peer{};
        socklen_t length = sizeof peer;
        if (isNumber && ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) == 0
            && peer.sin_family == AF_INET && ntohs(peer.sin_port) == port
            && ntohl(peer.sin_addr.s_addr) == INADDR_LOOPBACK)
            sockets.append(fd);
    }
    return sockets;
}

// An integer option of a socket; -1 when it cannot be read.
inline int socketOption(int fd, int level, int option)
{
    int value = -1;
    socklen_t length = sizeof value;
    if (::getsockopt(fd, level, option, &value, &length) != 0)
        return -1;
    return value;
}

} // namespace lts::test
