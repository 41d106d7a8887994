// UploadPipe: the body of a request sent while its bytes are still being written (a streamed
// upload). The writer puts bytes in (put()), Qt Network takes them out as it sends them (a
// sequential QIODevice, as QNetworkAccessManager reads a body), and end() ends it. Both ends are
// on one thread: Qt takes the bytes while that thread runs its event loop, which is how the
// writer waits (WebDAV's StreamedPut), so the pipe holds no more than the writer lets it.
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <deque>
#include <functional>

namespace lts::fsops {

class UploadPipe final : public QIODevice
{
public:
    UploadPipe();

    // Adds bytes for the reader; announced with readyRead().
    void put(const char *data, qint64 size);
    // No more bytes come: the reader sees the end once it has taken what is there.
    void end();
    // What is waiting to be taken.
    qint64 waiting() const { return m_waiting; }
    // Called each time the reader took bytes (the writer waits for room with it).
    void onTaken(std::function<void()> taken) { m_taken = std::move(taken); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_waiting + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_closed && m_waiting == 0; }
    // What was taken is gone: the body cannot be sent again (Qt tries on a new connection
    // after a lost one, and then fails the request).
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::deque<QByteArray> m_chunks; // as put, the first one taken from m_offset on
    qint64 m_offset = 0;
    qint64 m_waiting = 0;
    bool m_closed = false;
    std::function<void()> m_taken;
};

} // namespace lts::fsops
