// Clock: where the scheduler reads the time. The wall clock gives the due times; the
// monotonic clock, which stops while the machine sleeps and never jumps, tells a suspend or
// a clock change apart from time that really passed. Tests inject a clock they move by hand.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <chrono>

namespace lts {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    virtual std::chrono::milliseconds monotonic() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    std::chrono::milliseconds monotonic() const override
    {
        return std::chrono::milliseconds(m_elapsed.elapsed());
    }

private:
    QElapsedTimer m_elapsed;
};

} // namespace lts
