// What FTP servers say about their files, parsed: the lines of an MLSD listing (RFC 3659: facts,
// then the name), the lines of a LIST (no standard: Unix `ls -l` on most servers, the DOS form
// on IIS), the features FEAT lists, and MDTM's time. Names stay bytes, as the server sent them.
// Pure functions, so the real-world lines they are tested on need no server.
#pragma once

#include "fsops.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <cstdint>
#include <optional>

namespace lts::fsops::ftp {

// One line of an MLSD answer ("type=file;size=3;modify=20261207065524; name"); nullopt for
// the folder itself and its parent (cdir, pdir) and for what is no entry.
std::optional<Entry> parseMlsdLine(QByteArray line);

// One line of a LIST answer, Unix ("-rw-r--r-- 1 0 0 3 Dec 07 06:54 a.txt") or DOS
// ("12-07-26  06:54AM  <DIR>  folder"); nullopt for "total 8", "." and "..", and what is no
// entry. A Unix line with a time but no year is of the last twelve months before `nowSec`
// (seconds since 1970, UTC); LIST's times are the server's clock, taken as UTC, to the minute
// (or the day, for older files).
std::optional<Entry> parseListLine(QByteArray line, std::int64_t nowSec);

// "YYYYMMDDHHMMSS[.sss]" (MLSD's modify, MDTM's answer), UTC, in seconds since 1970.
std::optional<std::int64_t> parseTimeVal(const QByteArray &text);
// A time as MFMT and MDTM take it: "YYYYMMDDHHMMSS", UTC.
QByteArray timeVal(std::int64_t secondsSince1970);

// The features of a FEAT answer (its reply lines as the server sent them, the "211-" and "211 "
// lines around them included): each feature's name, upper case ("MLST", "MFMT", "UTF8").
QSet<QByteArray> parseFeatures(const QList<QByteArray> &replyLines);

// The listing in the last answer to `STAT path` (RFC 959: "213-Status follows:", the lines of
// a LIST, "213 End of status"; 212 on some servers) among a call's reply lines, which may
// hold the login's replies before it and others after it; nullopt when there is no such answer.
std::optional<QList<QByteArray>> parseStatListing(const QList<QByteArray> &replyLines);

} // namespace lts::fsops::ftp
