// LocationFacts: what one look at a drive's location found (it is there, a folder, readable,
// writable, the volume it is on, its space, the path with its links resolved). The rules that
// need the disk (DriveValidator's) and the views (DriveStats, the editor) read these facts,
// found beforehand on a prober's thread, instead of asking a disk that may not answer.
#pragma once

#include <QString>

namespace lts {

struct LocationFacts
{
    QString path; // as looked at: cleaned, '/' separators
    // False when the location could not be looked at (a server that did not answer, refused
    // the login, or presents a key not trusted yet): nothing below is known, and the checks
    // that need the facts pass; the run says what it meets.
    bool looked = true;
    bool exists = false;
    bool isFolder = false;
    bool readable = false; // a folder whose entries can be listed
    bool writable = false; // a folder in which entries can be created
    // For a location not there yet: its parent folder, where the first run creates it.
    QString parent;
    bool parentIsFolder = false;
    bool parentWritable = false;
    // The path with its links resolved as far as the folders exist (paths::resolved).
    QString resolved;
    // The mounted filesystem of the location, or of its nearest existing parent: two
    // locations with one volume are on one disk.
    QString volume;
    qint64 bytesAvailable = -1; // -1: unknown
    qint64 bytesTotal = -1;
    QString fileSystem;
    bool readOnly = false;

    // Asks the disk about a folder of this computer: as long as the disk takes, for ever on a
    // network mount whose server went away. Never on the GUI or the service's main thread.
    static LocationFacts ofFolder(const QString &path);

    friend bool operator==(const LocationFacts &, const LocationFacts &) = default;
};

} // namespace lts
