#include "textformat.h"

#include <QLocale>

#include <climits>
#include <cmath>

namespace lts {

namespace {

// The span in the largest whole unit, for "... ago" and "in ...".
QString span(std::int64_t seconds)
{
    const std::int64_t minutes = seconds / 60;
    const std::int64_t hours = minutes / 60;
    const std::int64_t days = hours / 24;
    if (days > 0)
        return TextFormat::tr("%n day(s)", nullptr, int(days));
    if (hours > 0)
        return TextFormat::tr("%n hour(s)", nullptr, int(hours));
    if (minutes > 0)
        return TextFormat::tr("%n minute(s)", nullptr, int(minutes));
    return TextFormat::tr("%n second(s)", nullptr, int(seconds));
}

} // namespace

QString TextFormat::bytes(std::int64_t count)
{
    if (count < 1000)
        return tr("%n byte(s)", nullptr, int(count));
    return QLocale().formattedDataSize(count, 1, QLocale::DataSizeSIFormat);
}

QString TextFormat::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(std::int64_t(bytesPerSecond)));
}

QString TextFormat::timeLeft(std::chrono::seconds left)
{
    const std::int64_t seconds = left.count();
    if (seconds < 60)
        return tr("%1 s left").arg(seconds);
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min left").arg(minutes);
    return tr("%1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

QString TextFormat::ago(const QDateTime &then, const QDateTime &now)
{
    const std::int64_t seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds > 7 * 24 * 3600)
        return tr("on %1").arg(QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
    return tr("%1 ago").arg(span(seconds));
}

QString TextFormat::in(const QDateTime &when, const QDateTime &now)
{
    const std::int64_t seconds = now.secsTo(when);
    if (seconds < 1)
        return tr("now");
    return tr("in %1").arg(span(seconds));
}

QString TextFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString TextFormat::days(double count)
{
    if (count == std::floor(count) && count < INT_MAX)
        return tr("%n day(s)", "how long: kept for 30 days", int(count));
    return tr("%1 days", "how long: kept for 0.5 days").arg(QLocale().toString(count));
}

QCollator TextFormat::naturalOrder()
{
    // The C locale compares code points, with no numbers in it: a language stands in for it.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace lts
