// The pipe between the engine and an FTP transfer's thread (core/fs/bytepipe.h): every byte
// arrives once and in order across the ring's wrap, the end and a side that gives up are seen at
// once by the other, and a large stream wakes each side a few times per buffer, not at every
// small step of the other.
#include "bytepipe.h"
#include "testmain.h"

#include <QByteArray>

#include <atomic>
#include <thread>

using namespace lts;
using namespace lts::fsops;

namespace {

// Bytes no two positions of a short period share, so that a byte lost, doubled or moved shows.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 2463534242u;
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = char(state);
    }
    return bytes;
}

// Everything the pipe gives until its end.
QByteArray drain(BytePipe &pipe, qsizetype piece)
{
    QByteArray got;
    QByteArray buffer(piece, Qt::Uninitialized);
    for (;;) {
        const qsizetype n = pipe.pull(buffer.data(), piece);
        if (n <= 0)
            return got;
        got.append(buffer.constData(), n);
    }
}

} // namespace

class TestBytePipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyByteArrivesOnceAndInOrder_data()
    {
        QTest::addColumn<qsizetype>("capacity");
        QTest::addColumn<qsizetype>("pushed");
        QTest::addColumn<qsizetype>("pulled");
        // Pieces that do not divide the ring: every copy in and out wraps at another place.
        QTest::newRow("writes larger than the ring")
                << qsizetype(1000) << qsizetype(4099) << qsizetype(333);
        QTest::newRow("reads larger than the ring")
                << qsizetype(1000) << qsizetype(77) << qsizetype(5000);
        QTest::newRow("as FTP: 1 MiB writes, 64 KiB reads")
                << qsizetype(2 << 20) << qsizetype(1 << 20) << qsizetype(65536);
        QTest::newRow("byte by byte") << qsizetype(7) << qsizetype(1) << qsizetype(1);
    }
    void everyByteArrivesOnceAndInOrder()
    {
        QFETCH(qsizetype, capacity);
        QFETCH(qsizetype, pushed);
        QFETCH(qsizetype, pulled);
        const QByteArray sent = pattern(pushed == 1 ? 10'007 : 8 * 1024 * 1024 + 12'345);
        BytePipe pipe(capacity);
        bool writerDone = false;
        std::thread writer([&] {
            for (qsizetype at = 0; at < sent.size(); at += pushed) {
                if (!pipe.push(sent.constData() + at, std::min(pushed, sent.size() - at)))
                    return;
            }
            pipe.close();
            writerDone = true;
        });
        const QByteArray got = drain(pipe, pulled);
        writer.join();
        QVERIFY(writerDone);
        QCOMPARE(got.size(), sent.size());
        QVERIFY(got == sent);
    }

    // A 256 MiB file through FTP's pipe would wake each side thousands of times if every 64 KiB
    // read woke the writer; here each side waits and wakes about once per half a ring.
    void aLargeStreamWakesEachSideAFewTimesPerRing()
    {
        const qsizetype capacity = 2 << 20;
        const qsizetype total = 64 << 20;
        const QByteArray chunk = pattern(1 << 20);
        BytePipe pipe(capacity);
        std::thread writer([&] {
            for (qsizetype at = 0; at < total; at += chunk.size())
                pipe.push(chunk.constData(), chunk.size());
            pipe.close();
        });
        const QByteArray got = drain(pipe, 65536);
        writer.join();
        QCOMPARE(got.size(), total);
        QVERIFY(got.left(chunk.size()) == chunk && got.right(chunk.size()) == chunk);
        // 1,024 reads of 64 KiB: the writer, woken only when half the ring is free, wakes at
        // most once per MiB read; the reader, when it finds the ring empty, at most once per
        // copy the writer made (at most two per write) and at its end.
        const int perRing = int(total / (capacity / 2));
        QVERIFY2(pipe.writerWakes() <= perRing + 1,
                 qPrintable(QString::number(pipe.writerWakes())));
        QVERIFY2(pipe.readerWakes() <= 2 * perRing + 2,
                 qPrintable(QString::number(pipe.readerWakes())));
    }

    void theReaderGetsWhatIsLeftThenTheEnd()
    {
        BytePipe pipe(16);
        QVERIFY(pipe.push("hello", 5));
        pipe.close();
        char buffer[16];
        QCOMPARE(pipe.pull(buffer, 3), qsizetype(3));
        QCOMPARE(QByteArray(buffer, 3), QByteArray("hel"));
        QCOMPARE(pipe.pull(buffer, 16), qsizetype(2));
        QCOMPARE(QByteArray(buffer, 2), QByteArray("lo"));
        QCOMPARE(pipe.pull(buffer, 16), qsizetype(0));
        QCOMPARE(pipe.pull(buffer, 16), qsizetype(0));
    }

    // The engine stops a copy (or the transfer failed): a writer waiting for room returns false
    // at once, and so does every later write.
    void aReaderThatGivesUpReleasesAWaitingWriter()
    {
        BytePipe pipe(1000);
        const QByteArray sent = pattern(5000);
        bool pushed = true;
        std::thread writer([&] { pushed = pipe.push(sent.constData(), sent.size()); });
        char buffer[10];
        QCOMPARE(pipe.pull(buffer, 10), qsizetype(10)); // the writer is in: the ring is full
        pipe.abort();
        writer.join();
        QVERIFY(!pushed);
        QVERIFY(!pipe.push("x", 1));
        QCOMPARE(pipe.pull(buffer, 10), qsizetype(-1));
    }

    // The server's transfer failed: a reader waiting for bytes is told at once (-1), not at the
    // end of a file that will never come.
    void aWriterThatGivesUpReleasesAWaitingReader()
    {
        BytePipe pipe(1000);
        QVERIFY(pipe.push("abc", 3));
        std::atomic<qsizetype> received = 0;
        qsizetype last = 0;
        std::thread reader([&] {
            char buffer[100];
            while ((last = pipe.pull(buffer, sizeof buffer)) > 0)
                received += last;
        });
        QTRY_COMPARE(received.load(), qsizetype(3)); // then it waits for more
        pipe.abort();
        reader.join();
        QCOMPARE(last, qsizetype(-1));
    }
};

LTS_TEST_MAIN(TestBytePipe)
#include "tst_bytepipe.moc"
