#include "clientframes.h"

namespace lts {

namespace {

// The size of a frame's header, from its second byte (the mask bit and the length's size).
int headerSize(uchar second)
{
    const int length7 = second & 0x7f;
    const int extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
    return 2 + extended + ((second & 0x80) ? 4 : 0);
}

} // namespace

qsizetype ClientFrames::follow(QByteArrayView data)
{
    if (m_unmasked)
        return 0;
    qsizetype at = 0;
    while (at < data.size()) {
        if (m_payloadLeft > 0) {
            const quint64 skipped = qMin<quint64>(m_payloadLeft, quint64(data.size() - at));
            m_payloadLeft -= skipped;
            at += qsizetype(skipped);
            continue;
        }
        const qsizetype headerStart = at - m_headerBytes; // before `data` when it began earlier
        m_header[m_headerBytes++] = uchar(data[at++]);
        if (m_headerBytes < 2)
            continue;
        if (!(m_header[1] & 0x80)) {
            m_unmasked = true;
            return qMax<qsizetype>(headerStart, 0);
        }
        if (m_headerBytes < headerSize(m_header[1]))
            continue;
        const int length7 = m_header[1] & 0x7f;
        quint64 length = quint64(length7);
        if (length7 >= 126) {
            length = 0;
            for (int i = 2; i < (length7 == 126 ? 4 : 10); ++i)
                length = (length << 8) | m_header[i];
        }
        m_payloadLeft = length;
        m_headerBytes = 0;
    }
    return data.size();
}

} // namespace lts
