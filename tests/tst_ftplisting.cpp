// The parsers of what FTP servers say about their files (core/fs/ftplisting.h), on lines real
// servers send: MLSD (pyftpdlib, ProFTPD, Pure-FTPd), LIST in Unix form (vsftpd, ProFTPD, a
// NAS's busybox) and in DOS form (IIS), FEAT, MDTM.
#include "ftplisting.h"
#include "testmain.h"

#include <QDateTime>

using namespace lts;
using namespace lts::fsops;

namespace {

std::int64_t utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC)
            .toSecsSinceEpoch();
}

} // namespace

class TestFtpListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mlsdLinesOfRealServers()
    {
        // pyftpdlib 1.5.7.
        std::optional<Entry> file = ftp::parseMlsdLine("modify=20261207065524;perm=radfwMT;size=3;"
                                                       "type=file;unique=fe00ga72003; a.txt\r\n");
        QVERIFY(file);
        QCOMPARE(file->name, QByteArray("a.txt"));
        QCOMPARE(file->stat.type, EntryType::File);
        QCOMPARE(file->stat.size, 3);
        QCOMPARE(file->stat.mtimeSec, utc(2026, 12, 7, 6, 55, 24));
        // ProFTPD: a folder, facts in another order and case, a name with blanks.
        std::optional<Entry> folder = ftp::parseMlsdLine(
                "Type=dir;Modify=20240102030405;UNIX.mode=0755;UNIX.owner=1000; My Photos");
        QVERIFY(folder);
        QCOMPARE(folder->name, QByteArray("My Photos"));
        QCOMPARE(folder->stat.type, EntryType::Folder);
        QCOMPARE(folder->stat.mtimeSec, utc(2024, 1, 2, 3, 4, 5));
        // Fractions of a second (RFC 3659 allows them) are dropped: the time is to the second.
        std::optional<Entry> fraction
                = ftp::parseMlsdLine("type=file;size=10;modify=20240102030405.123; f");
        QVERIFY(fraction);
        QCOMPARE(fraction->stat.mtimeSec, utc(2024, 1, 2, 3, 4, 5));
        // A name that is not UTF-8 stays the bytes it is.
        QCOMPARE(ftp::parseMlsdLine("type=file;size=1; \xe9t\xe9")->name, QByteArray("\xe9t\xe9"));
        // Links (ProFTPD's OS.unix=slink:target) are links, never followed.
        std::optional<Entry> link
                = ftp::parseMlsdLine("type=OS.unix=slink:/srv/target;size=11; link");
        QVERIFY(link);
        QCOMPARE(link->stat.type, EntryType::Link);
        QCOMPARE(link->linkTarget, QByteArray("/srv/target"));
        // The folder itself and its parent are no entries, nor are broken lines.
        QVERIFY(!ftp::parseMlsdLine("type=cdir;modify=20240102030405; /srv"));
        QVERIFY(!ftp::parseMlsdLine("type=pdir;modify=20240102030405; .."));
        QVERIFY(!ftp::parseMlsdLine("no facts here"));
        QVERIFY(!ftp::parseMlsdLine(""));
    }

    void unixListLines()
    {
        const std::int64_t now = utc(2026, 12, 7, 12, 0, 0);
        // vsftpd: this year's file with a time, an older one with a year.
        std::optional<Entry> recent = ftp::parseListLine(
                "-rw-r--r--    1 0        0               3 Dec 07 06:54 a.txt\r\n", now);
        QVERIFY(recent);
        QCOMPARE(recent->name, QByteArray("a.txt"));
        QCOMPARE(recent->stat.type, EntryType::File);
        QCOMPARE(recent->stat.size, 3);
        QCOMPARE(recent->stat.mtimeSec, utc(2026, 12, 7, 6, 54));
        std::optional<Entry> old = ftp::parseListLine(
                "-rw-r--r--    1 0        0         1048576 Jan 01  2020 old file.bin", now);
        QVERIFY(old);
        QCOMPARE(old->name, QByteArray("old file.bin"));
        QCOMPARE(old->stat.size, 1048576);
        QCOMPARE(old->stat.mtimeSec, utc(2020, 1, 1));
        // A time in a month after now is of last year (ls shows times for six months back).
        std::optional<Entry> lastYear = ftp::parseListLine(
                "drwxr-xr-x    2 1000     1000         4096 Dec 24 18:00 Christmas", now);
        QVERIFY(lastYear);
        QCOMPARE(lastYear->stat.type, EntryType::Folder);
        QCOMPARE(lastYear->stat.size, 0);
        QCOMPARE(lastYear->stat.mtimeSec, utc(2025, 12, 24, 18, 0));
        // busybox on a NAS: no group column; a link with its target.
        std::optional<Entry> link = ftp::parseListLine(
                "lrwxrwxrwx    1 admin          7 Mar  3 09:15 latest -> log.txt", now);
        QVERIFY(link);
        QCOMPARE(link->stat.type, EntryType::Link);
        QCOMPARE(link->name, QByteArray("latest"));
        QCOMPARE(link->linkTarget, QByteArray("log.txt"));
        QCOMPARE(link->stat.mtimeSec, utc(2026, 3, 3, 9, 15));
        // A name that begins with a blank keeps it; one that is not UTF-8 keeps its bytes.
        QCOMPARE(ftp::parseListLine("-rw-r--r-- 1 u g 1 Dec 07 06:54  lead", now)->name,
                 QByteArray(" lead"));
        QCOMPARE(ftp::parseListLine("-rw-r--r-- 1 u g 1 Dec 07 06:54 \xe9t\xe9", now)->name,
                 QByteArray("\xe9t\xe9"));
        // "total", "." and ".." are no entries.
        QVERIFY(!ftp::parseListLine("total 8", now));
        QVERIFY(!ftp::parseListLine("drwxr-xr-x    2 0        0            4096 Dec 07 06:54 .",
                                    now));
        QVERIFY(!ftp::parseListLine("drwxr-xr-x    3 0        0            4096 Dec 07 06:54 ..",
                                    now));
        QVERIFY(!ftp::parseListLine("garbage", now));
    }

    void dosListLines()
    {
        // IIS, two-digit years and a 12-hour clock.
        std::optional<Entry> folder
                = ftp::parseListLine("12-07-26  06:54PM       <DIR>          Photos 2026", 0);
        QVERIFY(folder);
        QCOMPARE(folder->stat.type, EntryType::Folder);
        QCOMPARE(folder->name, QByteArray("Photos 2026"));
        QCOMPARE(folder->stat.mtimeSec, utc(2026, 12, 7, 18, 54));
        std::optional<Entry> file
                = ftp::parseListLine("01-02-2024  12:05AM               1234 report.pdf\r", 0);
        QVERIFY(file);
        QCOMPARE(file->stat.type, EntryType::File);
        QCOMPARE(file->stat.size, 1234);
        QCOMPARE(file->name, QByteArray("report.pdf"));
        QCOMPARE(file->stat.mtimeSec, utc(2024, 1, 2, 0, 5));
        QVERIFY(!ftp::parseListLine("13-45-26  06:54PM  <DIR>  bad date", 0));
    }

    void featuresAndTimes()
    {
        // pyftpdlib's FEAT, after the login's own replies.
        const QList<QByteArray> replies{ "220 pyftpdlib 1.5.7 ready.\r\n",
                                         "230 Login successful.\r\n",
                                         "211-Features supported:\r\n",
                                         " EPRT\r\n",
                                         " MDTM\r\n",
                                         " MFMT\r\n",
                                         " MLST type*;perm*;size*;modify*;\r\n",
                                         " UTF8\r\n",
                                         "211 End FEAT.\r\n" };
        const QSet<QByteArray> features = ftp::parseFeatures(replies);
        QVERIFY(features.contains("MLST"));
        QVERIFY(features.contains("MFMT"));
        QVERIFY(features.contains("UTF8"));
        QVERIFY(!features.contains("211"));
        // vsftpd's: no MLST, no MFMT.
        const QSet<QByteArray> vsftpd = ftp::parseFeatures(
                { "211-Features:\r\n", " EPSV\r\n", " MDTM\r\n", " PASV\r\n", " REST STREAM\r\n",
                  " SIZE\r\n", " UTF8\r\n", "211 End\r\n" });
        QVERIFY(!vsftpd.contains("MLST"));
        QVERIFY(vsftpd.contains("MDTM"));
        QVERIFY(vsftpd.contains("REST"));
        QCOMPARE(ftp::parseTimeVal("20200101120000"), utc(2020, 1, 1, 12));
        QVERIFY(!ftp::parseTimeVal("2020"));
        QCOMPARE(ftp::timeVal(utc(2011, 3, 13, 7, 6, 40)), QByteArray("20110313070640"));
    }

    void statListings()
    {
        // vsftpd's answer to "STAT -a /srv/t" and then "MDTM /srv/t/a.txt", after the login of a
        // fresh connection (whose FEAT is no listing).
        const QList<QByteArray> replies{ "220 (vsFTPd 3.0.3)\r\n",
                                         "230 Login successful.\r\n",
                                         "211-Features:\r\n",
                                         " MDTM\r\n",
                                         "211 End\r\n",
                                         "213-Status follows:\r\n",
                                         "drwxr-xr-x    2 0 0 4096 Dec 07 17:49 .\r\n",
                                         "drwxr-xr-x    3 0 0 4096 Dec 07 17:49 ..\r\n",
                                         "-rw-r--r--    1 0 0    2 Dec 07 17:49 a.txt\r\n",
                                         "213 End of status\r\n",
                                         "213 20261207174912\r\n" };
        const std::optional<QList<QByteArray>> listing = ftp::parseStatListing(replies);
        QVERIFY(listing);
        QCOMPARE(listing->size(), 3);
        QCOMPARE(listing->at(2), QByteArray("-rw-r--r--    1 0 0    2 Dec 07 17:49 a.txt"));
        // An empty folder, or a path that is not there: an empty listing, not none.
        const auto empty
                = ftp::parseStatListing({ "213-Status follows:\r\n", "213 End of status\r\n" });
        QVERIFY(empty && empty->isEmpty());
        // A server that lists no path there, or only FEAT's answer: no listing.
        QVERIFY(!ftp::parseStatListing(
                { "211-Features:\r\n", " MDTM\r\n", "211 End\r\n", "500 Unknown command.\r\n" }));
        QVERIFY(!ftp::parseStatListing({ "213 20261207174912\r\n" }));
        // Indented lines (RFC 959 allows it) lose their blank.
        QCOMPARE(ftp::parseStatListing({ "212-Status of /t:\r\n",
                                         " -rw-r--r-- 1 0 0 2 Dec 07 17:49 b\r\n", "212 End\r\n" })
                         ->constFirst(),
                 QByteArray("-rw-r--r-- 1 0 0 2 Dec 07 17:49 b"));
    }
};

LTS_TEST_MAIN(TestFtpListing)
#include "tst_ftplisting.moc"
