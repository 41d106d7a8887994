// TransferRate: the copy speed of a run, from its progress reports, smoothed so the tray and
// the drives window show a steady "12 MB/s, 4 min left" rather than one that jumps with
// every batch of small files.
#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>

namespace lts {

class TransferRate
{
public:
    // `bytesDone` at `time` (a monotonic clock).
    void add(std::int64_t bytesDone, std::chrono::milliseconds time)
    {
        if (!m_sampleTime) {
            m_sampleTime = time;
            m_sampleBytes = bytesDone;
            return;
        }
        const auto elapsed = time - *m_sampleTime;
        if (elapsed < sampleSpan)
            return;
        const double rate = double(bytesDone - m_sampleBytes) * 1000.0 / double(elapsed.count());
        m_bytesPerSecond
                = m_bytesPerSecond ? smoothing * rate + (1 - smoothing) * *m_bytesPerSecond : rate;
        m_sampleTime = time;
        m_sampleBytes = bytesDone;
    }

    // Unknown until a second of the run has been seen.
    std::optional<double> bytesPerSecond() const { return m_bytesPerSecond; }

    // Time left for `bytesLeft` at `bytesPerSecond`, rounded up; unknown while nothing moves,
    // when nothing is left, and past a year, where the figure means nothing.
    static std::optional<std::chrono::seconds> timeLeft(std::int64_t bytesLeft,
                                                        std::optional<double> bytesPerSecond)
    {
        if (!bytesPerSecond || *bytesPerSecond <= 0 || bytesLeft <= 0)
            return std::nullopt;
        const double seconds = std::ceil(double(bytesLeft) / *bytesPerSecond);
        if (seconds > 365.0 * 24 * 3600)
            return std::nullopt;
        return std::chrono::seconds(std::int64_t(seconds));
    }

private:
    static constexpr std::chrono::milliseconds sampleSpan{ 1000 };
    static constexpr double smoothing = 0.3; // weight of the newest second

    std::optional<std::chrono::milliseconds> m_sampleTime;
    std::int64_t m_sampleBytes = 0;
    std::optional<double> m_bytesPerSecond;
};

} // namespace lts
