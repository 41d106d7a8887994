// TransferRate: the copy speed shown in the tray and the drives window, smoothed over whole
// seconds, and the time left it gives.
#include "testmain.h"
#include "transferrate.h"

using namespace lts;
using namespace std::chrono_literals;

class TestTransferRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUntilASecondHasBeenSeen()
    {
        TransferRate rate;
        QVERIFY(!rate.bytesPerSecond());
        rate.add(0, 0ms);
        rate.add(500, 500ms);
        QVERIFY(!rate.bytesPerSecond());
        QVERIFY(!TransferRate::timeLeft(1000, rate.bytesPerSecond()));
        rate.add(1000, 1000ms);
        QCOMPARE(*rate.bytesPerSecond(), 1000.0);
        QCOMPARE(*TransferRate::timeLeft(4000, rate.bytesPerSecond()), 4s);
        QCOMPARE(*TransferRate::timeLeft(4001, rate.bytesPerSecond()), 5s); // rounded up
        QVERIFY(!TransferRate::timeLeft(0, rate.bytesPerSecond())); // done
        QVERIFY(!TransferRate::timeLeft(qint64(1) << 50, 1.0)); // past a year: meaningless
    }

    void aSuddenChangeMovesTheRateOnlyPartly()
    {
        TransferRate rate;
        rate.add(0, 0ms);
        rate.add(1000, 1000ms);
        rate.add(11000, 2000ms); // 10,000 B/s for one second
        const double shown = *rate.bytesPerSecond();
        QVERIFY2(shown > 1000 && shown < 10000, qPrintable(QString::number(shown)));
    }

    void noProgressMeansNoTimeLeft()
    {
        TransferRate rate;
        rate.add(100, 0ms);
        rate.add(100, 2000ms);
        QCOMPARE(*rate.bytesPerSecond(), 0.0);
        QVERIFY(!TransferRate::timeLeft(10, rate.bytesPerSecond()));
    }
};

LTS_TEST_MAIN(TestTransferRate)
#include "tst_transferrate.moc"
