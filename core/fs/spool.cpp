#include "spool.h"

namespace lts::fsops {

namespace {

// What is kept in memory; a larger file goes to a temporary file.
constexpr qsizetype inMemory = 4 << 20;

} // namespace

bool Spool::append(const char *data, std::int64_t size)
{
    if (!m_file && m_memory.size() + size <= inMemory) {
        m_memory.append(data, qsizetype(size));
        return true;
    }
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>();
        if (!m_file->open() || m_file->write(m_memory) != m_memory.size())
            return false;
        m_memory.clear();
    }
    return m_file->write(data, size) == size;
}

QIODevice *Spool::device()
{
    if (m_file) {
        if (!m_file->flush() || !m_file->seek(0))
            return nullptr;
        return m_file.get();
    }
    m_buffer.close();
    m_buffer.setBuffer(&m_memory);
    m_buffer.open(QIODevice::ReadOnly);
    return &m_buffer;
}

std::int64_t Spool::size() const
{
    return m_file ? m_file->size() : m_memory.size();
}

QString Spool::errorString() const
{
    return m_file ? m_file->errorString() : QString();
}

void Spool::clear()
{
    m_buffer.close();
    m_memory.clear();
    m_file.reset();
}

} // namespace lts::fsops
