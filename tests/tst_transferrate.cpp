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
        QVERIFY(!rate.timeLeft(1000));
        rate.add(1000, 1000ms);
        QCOMPARE(*rate.bytesPerSecond(), 1000.0);
        QCOMPARE(*rate.timeLeft(4000), 4s);
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
        QVERIFY(!rate.timeLeft(10));
    }
};

LTS_TEST_MAIN(TestTransferRate)
#include "tst_transferrate.moc"
