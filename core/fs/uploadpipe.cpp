#include "uploadpipe.h"

#include <algorithm>
#include <cstring>

namespace lts::fsops {

UploadPipe::UploadPipe()
{
    // Unbuffered: the bytes stay here, counted by waiting(), not in a buffer of QIODevice's.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void UploadPipe::put(const char *data, qint64 size)
{
    if (size <= 0 || m_closed)
        return;
    m_chunks.emplace_back(data, qsizetype(size));
    m_waiting += size;
    Q_EMIT readyRead();
}

void UploadPipe::end()
{
    if (m_closed)
        return;
    m_closed = true;
    // Qt's reader waits for readyRead() or the end of the channel to read again.
    Q_EMIT readChannelFinished();
    Q_EMIT readyRead();
}

qint64 UploadPipe::readData(char *data, qint64 maxSize)
{
    if (m_waiting == 0)
        return m_closed ? -1 : 0;
    qint64 taken = 0;
    while (taken < maxSize && !m_chunks.empty()) {
        const QByteArray &chunk = m_chunks.front();
        const qint64 n = std::min(maxSize - taken, qint64(chunk.size()) - m_offset);
        std::memcpy(data + taken, chunk.constData() + m_offset, size_t(n));
        taken += n;
        m_offset += n;
        if (m_offset == chunk.size()) {
            m_chunks.pop_front();
            m_offset = 0;
        }
    }
    m_waiting -= taken;
    if (m_taken)
        m_taken();
    return taken;
}

} // namespace lts::fsops
