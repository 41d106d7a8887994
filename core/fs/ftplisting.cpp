#include "ftplisting.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace lts::fsops::ftp {

namespace {

// FTP has no permission bits the engine keeps: an entry has the usual ones, which a folder made
// from it on a disk takes (as WebDAV's).
void giveUsualMode(Stat &stat)
{
    stat.mode = stat.type == EntryType::Folder ? 0755 : 0644;
    if (stat.type == EntryType::Folder)
        stat.size = 0;
}

std::optional<std::int64_t> utcSeconds(int year, int month, int day, int hour, int minute,
                                       int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
}

bool allDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int monthOf(QByteArrayView name)
{
    static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec" };
    if (name.size() != 3)
        return 0;
    const QByteArray lower = name.toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

QByteArray withoutLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The fields of a line split at runs of blanks, with where each begins (the name is the rest of
// the line from its field on, blanks inside it included).
struct Field
{
    QByteArrayView text;
    qsizetype at = 0;
};

std::vector<Field> fieldsOf(const QByteArray &line)
{
    std::vector<Field> fields;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        fields.push_back(Field{ QByteArrayView(line).sliced(start, i - start), start });
    }
    return fields;
}

// "-rw-r--r--    1 0  0   3 Dec 07 06:54 a.txt", with or without the owner's and the group's
// columns (some servers leave the group out), "lrwxrwxrwx ... link -> target".
std::optional<Entry> parseUnixLine(const QByteArray &line, std::int64_t nowSec)
{
    const std::vector<Field> fields = fieldsOf(line);
    if (fields.size() < 6 || fields[0].text.size() < 10)
        return std::nullopt;
    Entry entry;
    switch (fields[0].text[0]) {
    case '-':
        entry.stat.type = EntryType::File;
        break;
    case 'd':
        entry.stat.type = EntryType::Folder;
        break;
    case 'l':
        entry.stat.type = EntryType::Link;
        break;
    default:
        entry.stat.type = EntryType::Special;
        break;
    }
    // The date: a month's name, a day, then a time or a year; the size is the field before it.
    for (size_t m = 2; m + 3 < fields.size(); ++m) {
        const int month = monthOf(fields[m].text);
        if (!month || !allDigits(fields[m + 1].text) || !allDigits(fields[m - 1].text))
            continue;
        const int day = fields[m + 1].text.toInt();
        const QByteArrayView when = fields[m + 2].text;
        std::optional<std::int64_t> time;
        if (when.size() == 5 && when[2] == ':' && allDigits(when.first(2))
            && allDigits(when.last(2))) {
            // Within the last six months (ls's rule): this year, or the last if that is later
            // than now.
            const int year = QDateTime::fromSecsSinceEpoch(nowSec, Qt::UTC).date().year();
            const int hour = when.first(2).toInt();
            const int minute = when.last(2).toInt();
            time = utcSeconds(year, month, day, hour, minute, 0);
            if (time && *time > nowSec + 86400)
                time = utcSeconds(year - 1, month, day, hour, minute, 0);
        } else if (when.size() == 4 && allDigits(when)) {
            time = utcSeconds(when.toInt(), month, day, 0, 0, 0);
        }
        if (!time)
            return std::nullopt;
        entry.stat.size = fields[m - 1].text.toLongLong();
        entry.stat.mtimeSec = *time;
        // The name is what follows the time after one blank: a name may begin with blanks.
        const qsizetype nameAt = fields[m + 2].at + fields[m + 2].text.size() + 1;
        if (nameAt > line.size())
            return std::nullopt;
        entry.name = line.mid(nameAt);
        break;
    }
    if (entry.name.isEmpty())
        return std::nullopt;
    if (entry.stat.type == EntryType::Link) {
        const qsizetype arrow = entry.name.indexOf(" -> ");
        if (arrow > 0) {
            entry.linkTarget = entry.name.mid(arrow + 4);
            entry.name.truncate(arrow);
        }
    }
    return entry;
}

// "12-07-26  06:54AM       <DIR>          folder", "12-07-2026  18:54  3 a.txt" (IIS).
std::optional<Entry> parseDosLine(const QByteArray &line)
{
    const std::vector<Field> fields = fieldsOf(line);
    if (fields.size() < 4)
        return std::nullopt;
    const QList<QByteArray> date = fields[0].text.toByteArray().split('-');
    if (date.size() != 3 || !allDigits(date[0]) || !allDigits(date[1]) || !allDigits(date[2]))
        return std::nullopt;
    int year = date[2].toInt();
    if (date[2].size() == 2)
        year += year < 70 ? 2000 : 1900;
    QByteArray clock = fields[1].text.toByteArray().toUpper();
    int hourShift = -1; // a 24-hour clock
    if (clock.endsWith("AM") || clock.endsWith("PM")) {
        hourShift = clock.endsWith("PM") ? 12 : 0;
        clock.chop(2);
    }
    const QList<QByteArray> hm = clock.split(':');
    if (hm.size() != 2 || !allDigits(hm[0]) || !allDigits(hm[1]))
        return std::nullopt;
    int hour = hm[0].toInt();
    if (hourShift >= 0)
        hour = hour % 12 + hourShift;
    const std::optional<std::int64_t> time
            = utcSeconds(year, date[0].toInt(), date[1].toInt(), hour, hm[1].toInt(), 0);
    if (!time)
        return std::nullopt;
    Entry entry;
    entry.stat.mtimeSec = *time;
    if (fields[2].text == "<DIR>") {
        entry.stat.type = EntryType::Folder;
    } else if (allDigits(fields[2].text)) {
        entry.stat.type = EntryType::File;
        entry.stat.size = fields[2].text.toLongLong();
    } else {
        return std::nullopt;
    }
    // The name begins after the blanks that follow the size (or <DIR>).
    qsizetype nameAt = fields[2].at + fields[2].text.size();
    while (nameAt < line.size() && line[nameAt] == ' ')
        ++nameAt;
    entry.name = line.mid(nameAt);
    if (entry.name.isEmpty())
        return std::nullopt;
    return entry;
}

} // namespace

std::optional<std::int64_t> parseTimeVal(const QByteArray &text)
{
    const QByteArray digits = text.trimmed().left(14);
    if (digits.size() != 14 || !allDigits(digits))
        return std::nullopt;
    return utcSeconds(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt(),
                      digits.mid(8, 2).toInt(), digits.mid(10, 2).toInt(),
                      digits.mid(12, 2).toInt());
}

QByteArray timeVal(std::int64_t secondsSince1970)
{
    return QDateTime::fromSecsSinceEpoch(secondsSince1970, Qt::UTC)
            .toString(QStringLiteral("yyyyMMddHHmmss"))
            .toLatin1();
}

std::optional<Entry> parseMlsdLine(QByteArray line)
{
    line = withoutLineEnd(line);
    // The facts end at the first blank; the name is everything after it.
    const qsizetype blank = line.indexOf(' ');
    if (blank < 0 || blank + 1 >= line.size())
        return std::nullopt;
    Entry entry;
    entry.name = line.mid(blank + 1);
    bool typed = false;
    for (const QByteArray &fact : line.left(blank).split(';')) {
        const qsizetype equals = fact.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = fact.left(equals).toLower();
        const QByteArray value = fact.mid(equals + 1);
        if (name == "type") {
            const QByteArray type = value.toLower();
            typed = true;
            if (type == "cdir" || type == "pdir")
                return std::nullopt;
            if (type == "file")
                entry.stat.type = EntryType::File;
            else if (type == "dir")
                entry.stat.type = EntryType::Folder;
            else if (type.startsWith("os.unix=slink") || type.startsWith("os.unix=symlink")) {
                entry.stat.type = EntryType::Link;
                const qsizetype colon = value.indexOf(':');
                if (colon > 0)
                    entry.linkTarget = value.mid(colon + 1);
            } else
                entry.stat.type = EntryType::Special;
        } else if (name == "size" || name == "sizd") {
            bool ok = false;
            const std::int64_t size = value.toLongLong(&ok);
            if (ok)
                entry.stat.size = size;
        } else if (name == "modify") {
            if (const std::optional<std::int64_t> time = parseTimeVal(value))
                entry.stat.mtimeSec = *time;
        }
    }
    if (!typed || entry.name == "." || entry.name == "..")
        return std::nullopt;
    giveUsualMode(entry.stat);
    return entry;
}

std::optional<Entry> parseListLine(QByteArray line, std::int64_t nowSec)
{
    line = withoutLineEnd(line);
    if (line.isEmpty() || line.startsWith("total "))
        return std::nullopt;
    std::optional<Entry> entry
            = (line[0] >= '0' && line[0] <= '9') ? parseDosLine(line) : parseUnixLine(line, nowSec);
    if (!entry || entry->name == "." || entry->name == "..")
        return std::nullopt;
    giveUsualMode(entry->stat);
    return entry;
}

QSet<QByteArray> parseFeatures(const QList<QByteArray> &replyLines)
{
    // The features are the lines between "211-..." and "211 ...", each begun by a blank.
    QSet<QByteArray> features;
    bool inside = false;
    for (const QByteArray &raw : replyLines) {
        const QByteArray line = withoutLineEnd(raw);
        if (line.startsWith("211-")) {
            inside = true;
            features.clear(); // only the last FEAT answer counts
            continue;
        }
        if (line.startsWith("211 ")) {
            inside = false;
            continue;
        }
        if (!inside || !line.startsWith(' '))
            continue;
        const QByteArray feature = line.trimmed();
        const qsizetype blank = feature.indexOf(' ');
        features.insert((blank < 0 ? feature : feature.left(blank)).toUpper());
    }
    return features;
}

std::optional<QList<QByteArray>> parseStatListing(const QList<QByteArray> &replyLines)
{
    std::optional<QList<QByteArray>> listing;
    QByteArray code; // of the multi-line reply under way ("213")
    QList<QByteArray> lines;
    for (const QByteArray &raw : replyLines) {
        const QByteArray line = withoutLineEnd(raw);
        // 211 is FEAT's (and STAT's without a path), which a fresh connection's login may have.
        const bool replyStart = line.size() >= 4 && line.at(3) == '-'
                                && (line.startsWith("212") || line.startsWith("213"));
        if (code.isEmpty()) {
            if (replyStart) {
                code = line.left(3);
                lines.clear();
            }
            continue;
        }
        if (line.startsWith(QByteArray(code + ' '))) {
            listing = lines; // the last one counts
            code.clear();
            continue;
        }
        // A listing's lines begin with a type letter; a server may indent them (RFC 959).
        lines.append(line.startsWith(' ') ? line.mid(1) : line);
    }
    return listing;
}

} // namespace lts::fsops::ftp
