#include "bytepipe.h"

#include <algorithm>

namespace lts::fsops {

BytePipe::BytePipe(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 2))
{ }

bool BytePipe::push(const char *data, qsizetype size)
{
    std::unique_lock lock(m_mutex);
    // Not zeroed: every byte is written before it is read, and a small file (a pipe each) then
    // touches only its own size of the ring, not all of it (a memset of 2 MiB a file was 6 %
    // of an FTPS upload's CPU).
    if (!m_ring && size > 0)
        m_ring = std::make_unique_for_overwrite<char[]>(size_t(m_capacity));
    while (size > 0) {
        if (m_aborted)
            return false;
        if (m_size == m_capacity) {
            // Full: woken once half of it (or what is left to write) is free again.
            m_writerNeeds = std::min(size, m_capacity / 2);
            m_writerWaits = true;
            m_room.wait(lock, [&] { return m_aborted || m_capacity - m_size >= m_writerNeeds; });
            m_writerWaits = false;
            ++m_writerWakes;
            continue;
        }
        // The free part after the held bytes: the reader never touches it, so it is filled
        // without the lock.
        const qsizetype n = std::min(size, m_capacity - m_size);
        const qsizetype end = (m_begin + m_size) % m_capacity;
        lock.unlock();
        const qsizetype first = std::min(n, m_capacity - end);
        std::copy_n(data, first, m_ring.get() + end);
        std::copy_n(data + first, n - first, m_ring.get());
        lock.lock();
        if (m_aborted)
            return false;
        m_size += n;
        data += n;
        size -= n;
        if (m_readerWaits)
            m_bytes.notify_one();
    }
    return true;
}

void BytePipe::close()
{
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_bytes.notify_one();
}

qsizetype BytePipe::pull(char *buffer, qsizetype size)
{
    std::unique_lock lock(m_mutex);
    if (m_size == 0 && !m_aborted && !m_closed) {
        m_readerWaits = true;
        m_bytes.wait(lock, [&] { return m_aborted || m_closed || m_size > 0; });
        m_readerWaits = false;
        ++m_readerWakes;
    }
    if (m_aborted)
        return -1;
    if (m_size == 0 || size <= 0)
        return 0; // the end (closed), or nothing asked
    // The held bytes at the ring's start: the writer never touches them, so they are copied
    // out without the lock.
    const qsizetype n = std::min(size, m_size);
    const qsizetype begin = m_begin;
    lock.unlock();
    const qsizetype first = std::min(n, m_capacity - begin);
    std::copy_n(m_ring.get() + begin, first, buffer);
    std::copy_n(m_ring.get(), n - first, buffer + first);
    lock.lock();
    m_begin = (m_begin + n) % m_capacity;
    m_size -= n;
    if (m_writerWaits && m_capacity - m_size >= m_writerNeeds)
        m_room.notify_one();
    return n;
}

void BytePipe::abort()
{
    const std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_room.notify_one();
    m_bytes.notify_one();
}

int BytePipe::writerWakes() const
{
    const std::lock_guard lock(m_mutex);
    return m_writerWakes;
}

int BytePipe::readerWakes() const
{
    const std::lock_guard lock(m_mutex);
    return m_readerWakes;
}

} // namespace lts::fsops
