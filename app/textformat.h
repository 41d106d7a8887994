// TextFormat: sizes, speeds and times in the words the tray, the drives window and the
// history show ("1.2 GB", "12 MB/s", "4 min left", "5 minutes ago"), in one place so they
// read the same everywhere.
#pragma once

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <cstdint>

namespace lts {

class TextFormat final
{
    Q_DECLARE_TR_FUNCTIONS(lts::TextFormat)

public:
    // Decimal units, as file managers show them: "1.2 GB", "512 bytes".
    static QString bytes(std::int64_t count);
    static QString rate(double bytesPerSecond); // "12 MB/s"
    // "45 s left", "4 min left", "2 h 5 min left"
    static QString timeLeft(std::chrono::seconds left);
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago"; a date when older than a week.
    static QString ago(const QDateTime &then, const QDateTime &now);
    // "now", "in 5 minutes", "in 3 hours", "in 2 days"
    static QString in(const QDateTime &when, const QDateTime &now);
    // A time in the user's short format, as tables show it; "" when invalid.
    static QString dateTime(const QDateTime &time);
    // "1 day", "30 days", "0.5 days": how long versions are kept.
    static QString days(double count);
    // Names in the order people count them ("photo2" before "photo10"), in the user's
    // language, whatever the letter case.
    static QCollator naturalOrder();
};

} // namespace lts
