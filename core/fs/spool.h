// Spool: a file on its way to a server that takes it whole (WebDAV's PUT, an upload form's
// POST), kept until it is sent, so that a login or a retry can send it again: in memory while
// it is small, else in a temporary file of this computer.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include <cstdint>
#include <memory>

namespace lts::fsops {

class Spool final
{
public:
    // Adds `size` bytes; false when the temporary file cannot take them (errorString()).
    bool append(const char *data, std::int64_t size);
    // The whole file, from its start, to read; null when the temporary file failed. Valid
    // until the next call of any other function.
    QIODevice *device();
    std::int64_t size() const;
    QString errorString() const;
    // Lets go of the data (sent).
    void clear();

private:
    QByteArray m_memory;
    QBuffer m_buffer;
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace lts::fsops
