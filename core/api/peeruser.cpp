#include "peeruser.h"

#include <QFile>
#include <QList>
#include <QtEndian>

#include <array>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace lts {

namespace {

// "0100007F:1F90" (IPv4) or 32 hex digits and a port (IPv6). The kernel prints each 32-bit
// word of the address as the number it reads from memory in this machine's byte order, so
// copying the number back into memory gives the address bytes in network order.
std::optional<PeerUser::Endpoint> parseEndpoint(QByteArrayView text)
{
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    const QByteArrayView hex = text.first(colon);
    bool portOk = false;
    const uint port = text.sliced(colon + 1).toByteArray().toUInt(&portOk, 16);
    if (!portOk || port > 0xffff || (hex.size() != 8 && hex.size() != 32))
        return std::nullopt;

    std::array<quint8, 16> bytes{};
    for (qsizetype word = 0; word < hex.size() / 8; ++word) {
        bool ok = false;
        const quint32 value = hex.sliced(word * 8, 8).toByteArray().toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        std::memcpy(bytes.data() + word * 4, &value, sizeof value);
    }
    PeerUser::Endpoint endpoint;
    endpoint.port = quint16(port);
    if (hex.size() == 8)
        endpoint.address = QHostAddress(qFromBigEndian<quint32>(bytes.data()));
    else
        endpoint.address = QHostAddress(bytes.data());
    return endpoint;
}

bool sameEndpoint(const PeerUser::Endpoint &a, const PeerUser::Endpoint &b)
{
    return a.port == b.port && a.address.isEqual(b.address, QHostAddress::ConvertV4MappedToIPv4);
}

} // namespace

std::optional<uint> PeerUser::ownerIn(QByteArrayView table, const Endpoint &local,
                                      const Endpoint &remote)
{
    constexpr QByteArrayView established = "01";
    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid ...
    for (const QByteArray &line : table.toByteArray().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(3) != established)
            continue;
        const std::optional<Endpoint> lineLocal = parseEndpoint(fields.at(1));
        const std::optional<Endpoint> lineRemote = parseEndpoint(fields.at(2));
        if (!lineLocal || !lineRemote || !sameEndpoint(*lineLocal, local)
            || !sameEndpoint(*lineRemote, remote))
            continue;
        bool ok = false;
        const uint uid = fields.at(7).toUInt(&ok);
        return ok ? std::optional<uint>(uid) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<uint> PeerUser::owner(const Endpoint &client, const Endpoint &server)
{
#ifdef Q_OS_LINUX
    // A client on IPv4 talking to a dual-stack server has its socket in tcp, the server's in
    // tcp6 (as ::ffff:127.0.0.1): look in both.
    for (const QString &path :
         { QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6") }) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const std::optional<uint> uid = ownerIn(file.readAll(), client, server))
            return uid;
    }
#else
    Q_UNUSED(client);
    Q_UNUSED(server);
#endif
    return std::nullopt;
}

uint PeerUser::currentUser()
{
#ifdef Q_OS_UNIX
    return uint(geteuid());
#else
    return 0;
#endif
}

} // namespace lts
