// PlanListing: what a run would do, file by file, built from a dry run's report: the files to
// copy, update, delete and skip, each with its size and time on both sides. GetPlan sends it
// and the tray's review shows it, so scripts and people see the same list and the same counts.
#pragma once

#include "syncreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace lts {

class PlanListing final
{
    Q_DECLARE_TR_FUNCTIONS(lts::PlanListing)

public:
    enum class Kind : std::uint8_t { Copy, Update, Delete, Skip };
    static constexpr int kindCount = 4;

    struct Item
    {
        Kind kind = Kind::Copy;
        QString path; // relative to the roots, '/'-separated
        // Each side's file as the comparison saw it; a size of -1: that side has none (a copy
        // has no target side, a deletion no source side). Times in seconds since 1970, UTC.
        std::int64_t sourceSize = -1;
        std::int64_t sourceModified = 0;
        std::int64_t targetSize = -1;
        std::int64_t targetModified = 0;
        QString reason; // why it is skipped (or why an update is one)
    };

    // Files and links only: a folder is no file to lose, and the counts are counts of files.
    static PlanListing of(const SyncReport &report);

    const QList<Item> &items() const { return m_items; } // by path
    std::int64_t count(Kind kind) const { return m_counts[std::size_t(kind)]; }
    std::int64_t bytesToCopy() const { return m_bytesToCopy; } // of copies and updates
    // The refusal a plain (not forced) run would meet; empty when there is none.
    const QString &refusalCode() const { return m_refusalCode; }
    const QString &refusalMessage() const { return m_refusalMessage; }

    static QString kindName(Kind kind); // "Copy", "Update", "Delete", "Skip" (the protocol's)

    // {"Copy": [...], "Update": [...], "Delete": [...], "Skip": [...], "Counts": {...},
    // "Bytes": n}: at most `limit` entries in all, deletions first; "Truncated": true when
    // some were left out (the counts stay whole). An entry's Size and Modified are the
    // source's file, a deletion's the target's; TargetSize and TargetModified, an update's
    // target file.
    QJsonObject toJson(qsizetype limit) const;

private:
    QList<Item> m_items;
    std::array<std::int64_t, kindCount> m_counts{};
    std::int64_t m_bytesToCopy = 0;
    QString m_refusalCode;
    QString m_refusalMessage;
};

} // namespace lts
