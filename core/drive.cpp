#include "drive.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace lts {

namespace {

struct UnitSpelling
{
    IntervalUnit unit;
    QLatin1StringView plural;
    QLatin1StringView singular;
    std::chrono::milliseconds length;
};

using namespace std::chrono_literals;
constexpr std::array<UnitSpelling, 4> unitSpellings{ {
        { IntervalUnit::Seconds, QLatin1StringView("Seconds"), QLatin1StringView("Second"), 1s },
        { IntervalUnit::Minutes, QLatin1StringView("Minutes"), QLatin1StringView("Minute"), 1min },
        { IntervalUnit::Hours, QLatin1StringView("Hours"), QLatin1StringView("Hour"), 1h },
        { IntervalUnit::Days, QLatin1StringView("Days"), QLatin1StringView("Day"), 24h },
} };

struct ModeSpelling
{
    SyncMode mode;
    QLatin1StringView name;
};

constexpr std::array<ModeSpelling, 3> modeSpellings{ {
        { SyncMode::Mirror, QLatin1StringView("Mirror") },
        { SyncMode::Update, QLatin1StringView("Update") },
        { SyncMode::Move, QLatin1StringView("Move") },
} };

const UnitSpelling &spelling(IntervalUnit unit)
{
    return unitSpellings.at(static_cast<size_t>(unit));
}

} // namespace

std::chrono::milliseconds Drive::interval() const
{
    // Saturate rather than overflow: an absurd interval must still compare as too long.
    const double ms = sleep * double(unitLength(units).count());
    constexpr double limit = 1e15; // about 31,000 years
    return std::chrono::milliseconds(std::llround(std::clamp(ms, -limit, limit)));
}

QString unitName(IntervalUnit unit)
{
    return spelling(unit).plural;
}

QString modeName(SyncMode mode)
{
    return modeSpellings.at(static_cast<size_t>(mode)).name;
}

std::optional<IntervalUnit> parseUnit(const QString &text)
{
    const QString word = text.trimmed();
    for (const UnitSpelling &s : unitSpellings) {
        if (word.compare(s.plural, Qt::CaseInsensitive) == 0
            || word.compare(s.singular, Qt::CaseInsensitive) == 0)
            return s.unit;
    }
    return std::nullopt;
}

std::optional<SyncMode> parseMode(const QString &text)
{
    const QString word = text.trimmed();
    for (const ModeSpelling &s : modeSpellings) {
        if (word.compare(s.name, Qt::CaseInsensitive) == 0)
            return s.mode;
    }
    return std::nullopt;
}

std::chrono::milliseconds unitLength(IntervalUnit unit)
{
    return spelling(unit).length;
}

QString describeInterval(double sleep, IntervalUnit unit)
{
    const bool whole = sleep == std::floor(sleep) && sleep < 1e9;
    if (whole) {
        const int n = int(sleep);
        switch (unit) {
        case IntervalUnit::Seconds:
            return QCoreApplication::translate("lts::Interval", "%n second(s)", nullptr, n);
        case IntervalUnit::Minutes:
            return QCoreApplication::translate("lts::Interval", "%n minute(s)", nullptr, n);
        case IntervalUnit::Hours:
            return QCoreApplication::translate("lts::Interval", "%n hour(s)", nullptr, n);
        case IntervalUnit::Days:
            return QCoreApplication::translate("lts::Interval", "%n day(s)", nullptr, n);
        }
    }
    const QString number = QLocale().toString(sleep, 'g', 6);
    switch (unit) {
    case IntervalUnit::Seconds:
        return QCoreApplication::translate("lts::Interval", "%1 seconds").arg(number);
    case IntervalUnit::Minutes:
        return QCoreApplication::translate("lts::Interval", "%1 minutes").arg(number);
    case IntervalUnit::Hours:
        return QCoreApplication::translate("lts::Interval", "%1 hours").arg(number);
    case IntervalUnit::Days:
        break;
    }
    return QCoreApplication::translate("lts::Interval", "%1 days").arg(number);
}

} // namespace lts
