#include "planlisting.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace lts {

namespace {

QJsonValue isoTime(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// A response holds a few MiB at most: the server drops a client that has 8 MiB waiting.
constexpr qsizetype maxResponseBytes = 4 << 20;

} // namespace

QString PlanListing::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Copy:
        return QStringLiteral("Copy");
    case Kind::Update:
        return QStringLiteral("Update");
    case Kind::Delete:
        return QStringLiteral("Delete");
    case Kind::Skip:
        break;
    }
    return QStringLiteral("Skip");
}

PlanListing PlanListing::of(const SyncReport &report)
{
    PlanListing listing;
    for (const SyncEntry &entry : report.entries) {
        if (entry.path.endsWith('/') && entry.action != SyncEntry::Action::Skipped
            && entry.action != SyncEntry::Action::Failed)
            continue; // a folder: its files are listed one by one
        Item item;
        item.path = QFile::decodeName(entry.path);
        item.reason = entry.reason;
        switch (entry.action) {
        case SyncEntry::Action::Added:
            item.kind = Kind::Copy;
            break;
        case SyncEntry::Action::Updated:
            item.kind = Kind::Update;
            break;
        case SyncEntry::Action::Deleted:
            item.kind = Kind::Delete;
            break;
        case SyncEntry::Action::Skipped:
        case SyncEntry::Action::Failed:
            item.kind = Kind::Skip;
            break;
        }
        item.sourceSize = entry.sourceSize;
        item.sourceModified = entry.sourceModified;
        item.targetSize = entry.targetSize;
        item.targetModified = entry.targetModified;
        if (item.kind == Kind::Copy || item.kind == Kind::Update)
            listing.m_bytesToCopy += std::max<std::int64_t>(item.sourceSize, 0);
        ++listing.m_counts[std::size_t(item.kind)];
        listing.m_items.append(std::move(item));
    }
    std::sort(listing.m_items.begin(), listing.m_items.end(),
              [](const Item &a, const Item &b) { return a.path < b.path; });
    if (report.result == RunResult::Refused) {
        listing.m_refusalCode = report.code;
        listing.m_refusalMessage = report.message;
    } else if (report.forced) {
        listing.m_refusalCode = report.overriddenCode;
        listing.m_refusalMessage = report.overriddenMessage;
    }
    return listing;
}

QJsonObject PlanListing::toJson(qsizetype limit) const
{
    std::array<QJsonArray, kindCount> lists;
    qsizetype listed = 0;
    qsizetype bytes = 0;
    bool truncated = false;
    // Deletions first: if anything must be left out, it is never what would be lost.
    for (Kind kind : { Kind::Delete, Kind::Update, Kind::Copy, Kind::Skip }) {
        for (const Item &item : m_items) {
            if (item.kind != kind)
                continue;
            if (listed >= limit || bytes >= maxResponseBytes) {
                truncated = true;
                break;
            }
            QJsonObject json{ { QStringLiteral("Path"), item.path } };
            const bool deletion = kind == Kind::Delete;
            const std::int64_t size = deletion ? item.targetSize : item.sourceSize;
            if (size >= 0) {
                json.insert(QStringLiteral("Size"), qint64(size));
                json.insert(QStringLiteral("Modified"),
                            isoTime(deletion ? item.targetModified : item.sourceModified));
            }
            if (!deletion && item.targetSize >= 0) {
                json.insert(QStringLiteral("TargetSize"), qint64(item.targetSize));
                json.insert(QStringLiteral("TargetModified"), isoTime(item.targetModified));
            }
            if (!item.reason.isEmpty())
                json.insert(QStringLiteral("Reason"), item.reason);
            lists[std::size_t(kind)].append(json);
            ++listed;
            bytes += item.path.size() * 2 + item.reason.size() * 2 + 120;
        }
    }
    QJsonObject counts;
    QJsonObject json;
    for (int k = 0; k < kindCount; ++k) {
        json.insert(kindName(Kind(k)), lists[std::size_t(k)]);
        counts.insert(kindName(Kind(k)), qint64(m_counts[std::size_t(k)]));
    }
    json.insert(QStringLiteral("Counts"), counts);
    json.insert(QStringLiteral("Bytes"), qint64(m_bytesToCopy));
    if (truncated)
        json.insert(QStringLiteral("Truncated"), true);
    if (!m_refusalCode.isEmpty()) {
        json.insert(QStringLiteral("WouldRefuse"), m_refusalCode);
        json.insert(QStringLiteral("Message"),
                    SyncReport::protocolMessage(m_refusalCode, m_refusalMessage));
    }
    return json;
}

} // namespace lts
