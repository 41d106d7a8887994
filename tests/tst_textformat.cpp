// TextFormat: the sizes, speeds and times of the tray and the windows, as a user reads them.
#include "testmain.h"
#include "textformat.h"

#include <QApplication>

using namespace lts;
using namespace std::chrono_literals;

class TestTextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sizesAreDecimalLikeFileManagers()
    {
        QCOMPARE(TextFormat::bytes(0), QStringLiteral("0 bytes"));
        QCOMPARE(TextFormat::bytes(1), QStringLiteral("1 byte"));
        QCOMPARE(TextFormat::bytes(999), QStringLiteral("999 bytes"));
        QCOMPARE(TextFormat::bytes(1'200'000'000), QStringLiteral("1.2 GB"));
        QCOMPARE(TextFormat::bytes(4'000'000'000), QStringLiteral("4.0 GB"));
        QCOMPARE(TextFormat::rate(12'000'000), QStringLiteral("12.0 MB/s"));
    }

    void timeLeft()
    {
        QCOMPARE(TextFormat::timeLeft(45s), QStringLiteral("45 s left"));
        QCOMPARE(TextFormat::timeLeft(240s), QStringLiteral("4 min left"));
        QCOMPARE(TextFormat::timeLeft(2h + 5min), QStringLiteral("2 h 5 min left"));
    }

    void agoAndIn()
    {
        const QDateTime now
                = QDateTime::fromString(QStringLiteral("2026-11-22T12:00:00Z"), Qt::ISODate);
        QCOMPARE(TextFormat::ago(now.addSecs(-10), now), QStringLiteral("just now"));
        QCOMPARE(TextFormat::ago(now.addSecs(-60), now), QStringLiteral("1 minute ago"));
        QCOMPARE(TextFormat::ago(now.addSecs(-300), now), QStringLiteral("5 minutes ago"));
        QCOMPARE(TextFormat::ago(now.addSecs(-3 * 3600), now), QStringLiteral("3 hours ago"));
        QCOMPARE(TextFormat::ago(now.addDays(-2), now), QStringLiteral("2 days ago"));
        QVERIFY(TextFormat::ago(now.addDays(-30), now).startsWith(QStringLiteral("on ")));
        QCOMPARE(TextFormat::in(now.addSecs(-5), now), QStringLiteral("now"));
        QCOMPARE(TextFormat::in(now.addSecs(90), now), QStringLiteral("in 1 minute"));
        QCOMPARE(TextFormat::in(now.addSecs(12 * 3600), now), QStringLiteral("in 12 hours"));
        QCOMPARE(TextFormat::dateTime({}), QString());
    }
};

LTS_TEST_MAIN_WITH(QApplication, TestTextFormat)
#include "tst_textformat.moc"
