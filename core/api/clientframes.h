// ClientFrames: the frame headers of what a WebSocket client sends, followed through the byte
// stream. RFC 6455 (5.1) says a server must close the connection on a frame that is not
// masked; Qt 6.4 accepts such frames, so the server checks them before Qt reads them.
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>

namespace lts {

class ClientFrames final
{
public:
    // Follows `data`, the next bytes of the stream; returns how many of them come before
    // the first unmasked frame (all of them while every frame is masked, none after it).
    qsizetype follow(QByteArrayView data);
    bool unmaskedFrameSeen() const { return m_unmasked; }

private:
    std::array<uchar, 14> m_header{}; // the largest header: 2 + 8 (length) + 4 (mask)
    int m_headerBytes = 0; // of the frame being read, so far
    quint64 m_payloadLeft = 0; // of the current frame, still to skip
    bool m_unmasked = false;
};

} // namespace lts
