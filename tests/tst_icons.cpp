// The icons of resources/: each one draws, is visible at the tray's 16 and 22 px, and the
// tray states can be told apart.
#include "testmain.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace {

QImage render(const QString &file, int size)
{
    QSvgRenderer renderer(file);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

double coverage(const QImage &image)
{
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return double(opaque) / (image.width() * image.height());
}

// How many pixels are near white, the colour of every glyph on the coloured discs.
int whitePixels(const QImage &image)
{
    int white = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = QColor::fromRgba(image.pixel(x, y));
            white += c.alpha() > 200 && c.red() > 170 && c.green() > 170 && c.blue() > 170 ? 1 : 0;
        }
    }
    return white;
}

const QStringList trayStates{ QStringLiteral("idle"),        QStringLiteral("syncing"),
                              QStringLiteral("paused"),      QStringLiteral("error"),
                              QStringLiteral("unavailable"), QStringLiteral("neutral") };

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIconIsAValidSvg_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("application") << ":/icons/letthatsyncin.svg";
        for (const QString &state : trayStates)
            QTest::newRow(qPrintable(state))
                    << QString(QStringLiteral(":/icons/tray-") + state + QStringLiteral(".svg"));
    }
    void everyIconIsAValidSvg()
    {
        QFETCH(QString, file);
        QVERIFY(QSvgRenderer(file).isValid());
    }

    void trayIconsAreLegibleAtTraySizes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("size");
        for (const QString &state : trayStates) {
            for (int size : { 16, 22 })
                QTest::addRow("%s at %d px", qPrintable(state), size) << state << size;
        }
    }
    void trayIconsAreLegibleAtTraySizes()
    {
        QFETCH(QString, state);
        QFETCH(int, size);
        const QImage image = render(QStringLiteral(":/icons/tray-%1.svg").arg(state), size);
        // A solid disc fills about 3/4 of the square, and its white glyph at least 1/25 of it
        // (a thinner glyph blurs into its disc at 16 px).
        QVERIFY2(coverage(image) > 0.6, qPrintable(QString::number(coverage(image))));
        const int glyph = whitePixels(image);
        QVERIFY2(glyph >= size * size / 25, qPrintable(QString::number(glyph)));
    }

    void trayStatesLookDifferent()
    {
        QList<QImage> images;
        for (const QString &state : trayStates)
            images.append(render(QStringLiteral(":/icons/tray-%1.svg").arg(state), 16));
        for (qsizetype a = 0; a < images.size(); ++a) {
            for (qsizetype b = a + 1; b < images.size(); ++b) {
                int differing = 0;
                for (int y = 0; y < 16; ++y) {
                    for (int x = 0; x < 16; ++x)
                        differing += images.at(a).pixel(x, y) != images.at(b).pixel(x, y) ? 1 : 0;
                }
                QVERIFY2(differing > 20,
                         qPrintable(trayStates.at(a) + QStringLiteral(" vs ") + trayStates.at(b)));
            }
        }
    }

    void applicationIconDrawsAtLargeAndSmallSizes()
    {
        for (int size : { 16, 48, 256 })
            QVERIFY(coverage(render(QStringLiteral(":/icons/letthatsyncin.svg"), size)) > 0.7);
    }
};

LTS_TEST_MAIN_WITH(QGuiApplication, TestIcons)
#include "tst_icons.moc"
