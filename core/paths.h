// Paths: how the user's folder paths are normalised, and how two folders relate (the same,
// one inside the other), so no two trees that would overwrite each other are ever paired.
#pragma once

#include <QString>

#include <map>
#include <optional>

namespace lts::paths {

// "~/Pictures/./2024/" -> "/home/a/Pictures/2024" (native separators). A leading "~" is the
// home folder; the result is empty when the path is empty or not absolute.
QString normalized(const QString &path);

// The path with symbolic links resolved as far as the folders exist, so that a link to a
// folder and the folder itself compare equal even when the last parts are yet to be created.
QString resolved(const QString &absolutePath);

// The path itself when it exists, else its nearest existing parent (the folder whose disk a
// target not created yet will be on); the path unchanged when nothing of it exists.
QString nearestExisting(const QString &path);

// The scheme of a location that is not a folder of this computer ("sftp" for
// "sftp://pi@nas/backup", "rclone" for "rclone:dropbox:Lab"); empty for a path.
QString remoteScheme(const QString &location);

enum class Relation { Unrelated, Same, FirstInsideSecond, SecondInsideFirst };

// Compares two absolute paths after resolving links; case-insensitively where the platform's
// usual filesystems are (Windows, macOS).
Relation relate(const QString &first, const QString &second);
// The same for two paths whose links are resolved already (or that are taken as written):
// asks no disk.
Relation relateResolved(const QString &first, const QString &second);
// The path cleaned, with '/' separators, its links not resolved: what resolved() gives when
// the disk is not asked.
QString cleaned(const QString &absolutePath);

// A file the application keeps in its data folder for one drive or one pair of folders:
// "<dataFolder>/<folder>/<16 hex digits of the SHA-1 of key><suffix>", a short name that is
// safe on every file system whatever the drive's name and folders hold.
QString keyedFile(const QString &dataFolder, const QString &folder, const QByteArray &key,
                  const QString &suffix);
// The keys of keyedFile(): a drive by its name and folders (a renamed drive, or one pointed
// elsewhere, starts afresh), a pair of the command line by its two folders.
QByteArray driveKey(const QString &name, const QString &source, const QString &target);
QByteArray pairKey(const QString &source, const QString &target);

// Resolved folders and whose each is: which one a folder overlaps (is, lies inside, or holds),
// in a few look-ups however many there are, where comparing with each would make a list of
// thousands of drives take minutes to check.
class FolderIndex
{
public:
    // `folder`: resolved (see resolved()); `owner`: what to answer for it.
    void add(const QString &folder, const QString &owner);
    // The owner of a folder that overlaps `folder` (resolved); nullopt when none does.
    std::optional<QString> overlapping(const QString &folder) const;

private:
    std::map<QString, QString> m_owners; // by key(): the folder, case-folded where the
                                         // platform's filesystems ignore case
};

} // namespace lts::paths
