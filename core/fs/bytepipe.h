// BytePipe: a bounded stream of bytes from one thread to another, as FTP's transfers use it (the
// engine's writes to libcurl's upload, libcurl's download to the engine's reads). A ring
// buffer: bytes are copied in once and out once, never moved inside it, and the copies run
// outside the lock, so both sides work at once. A side that waits is woken only when it can go
// on with a good share of the buffer (the writer when half of it is free, the reader at the first
// bytes), not at each small step of the other: a 256 MiB file passed in 64 KiB pieces wakes each
// side a few hundred times, not four thousand. One writer and one reader; either may give up
// (abort()), and the other's calls return at once.
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace lts::fsops {

class BytePipe
{
public:
    // Holds at most `capacity` bytes; the memory is taken at the first write.
    explicit BytePipe(qsizetype capacity);
    Q_DISABLE_COPY_MOVE(BytePipe)

    // The writer's: waits for room until all of it is in; false when the reader gave up.
    bool push(const char *data, qsizetype size);
    // The writer has no more: the reader gets what is left, then the end.
    void close();
    // The reader's: up to `size` bytes, waiting for the first; 0 at the end, -1 when the writer
    // gave up.
    qsizetype pull(char *buffer, qsizetype size);
    // Either side gives up; every call of the other returns at once.
    void abort();

    qsizetype capacity() const { return m_capacity; }
    // How often each side waited and was woken (for tests: few wakes, not one per step).
    int writerWakes() const;
    int readerWakes() const;

private:
    const qsizetype m_capacity;
    std::unique_ptr<char[]> m_ring;
    mutable std::mutex m_mutex;
    std::condition_variable m_room; // the writer waits for it
    std::condition_variable m_bytes; // the reader waits for them
    // Positions in the ring: bytes [m_begin, m_begin + m_size) modulo the capacity are held.
    qsizetype m_begin = 0;
    qsizetype m_size = 0;
    bool m_closed = false;
    bool m_aborted = false;
    bool m_writerWaits = false;
    qsizetype m_writerNeeds = 0; // the free room that wakes the waiting writer
    bool m_readerWaits = false;
    int m_writerWakes = 0;
    int m_readerWakes = 0;
};

} // namespace lts::fsops
