// PrivateFiles: the application's own files (configuration, token, state, history, logs) are
// the user's alone whatever the umask, and what it reads back is a small regular file of the
// user's, never a device, a pipe or another user's file put in its place.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace lts {

class PrivateFiles final
{
    Q_DECLARE_TR_FUNCTIONS(lts::PrivateFiles)

public:
    // Makes `folder` and the parents it lacks, readable by the user alone (0700); a `folder`
    // that is there already, and the user's, is made 0700 too (an earlier umask of 000 left
    // it open). Parents that exist are left as they are: they are not the application's.
    static Result<void> makeFolder(const QString &folder);

    // For a file just opened for writing (a QSaveFile's temporary, a log opened to append):
    // readable and writable by the user alone (0600), whatever the umask made of it.
    static bool restrictToOwner(QFileDevice &file);

    // The content of `path`, a file of the application's: refused (`missing` when there is no
    // such file), in words that complete "... cannot be read: %1", when it is not a regular
    // file (a link to /dev/zero, a pipe that would block for ever), holds more than
    // `maxBytes`, or belongs to another user. Never blocks on the file itself. `mode`, when given,
    // receives the file's permission bits (0600...; 0 where there are none).
    static Result<QByteArray> readOwnFile(const QString &path, qint64 maxBytes,
                                          uint *mode = nullptr);
    // The same checks, for a file read piece by piece: `file` is opened for reading.
    static Result<void> openOwnFile(QFile &file, const QString &path, qint64 maxBytes,
                                    uint *mode = nullptr);

    static inline const QString missing = QStringLiteral("Missing");
    static inline const QString notAFile = QStringLiteral("Not A File");
    static inline const QString tooLarge = QStringLiteral("Too Large");
    static inline const QString otherOwner = QStringLiteral("Other Owner");
    static inline const QString unreadable = QStringLiteral("Unreadable");

private:
    static Error tooLargeError(qint64 maxBytes);
};

} // namespace lts
