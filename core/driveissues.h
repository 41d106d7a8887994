// The codes of the protocol's drive errors and warnings, in the order the protocol lists
// them: responses join several codes in this order, so it is kept in one place.
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace lts::issue {

inline const QString TooManyDrives = QStringLiteral("Too Many Drives");
inline const QString InvalidSourcePath = QStringLiteral("Invalid Source Path");
inline const QString InvalidTargetPath = QStringLiteral("Invalid Target Path");
inline const QString OverlappingTarget = QStringLiteral("Overlapping Target");
inline const QString DuplicateName = QStringLiteral("Duplicate Name");
inline const QString InvalidName = QStringLiteral("Invalid Name");
// After names no drive, the drive itself, or a drive that (through others) runs after it.
inline const QString InvalidChain = QStringLiteral("Invalid Chain");
inline const QString InvalidDrive = QStringLiteral("Invalid Drive");

inline const QString InvalidTime = QStringLiteral("Invalid Time");
inline const QString InvalidUnits = QStringLiteral("Invalid Units");
inline const QString InvalidMode = QStringLiteral("Invalid Mode");
inline const QString InvalidExclude = QStringLiteral("Invalid Exclude");
inline const QString InvalidVersions = QStringLiteral("Invalid Versions");
inline const QString InvalidEnabled = QStringLiteral("Invalid Enabled");
inline const QString InvalidHidden = QStringLiteral("Invalid Hidden");
inline const QString InvalidWatch = QStringLiteral("Invalid Watch");
inline const QString InvalidUpload = QStringLiteral("Invalid Upload");
// A location that sends its password unencrypted (dav://, ftp:// with a user): it works, but
// the user is told (remote.md, "Credentials and trust").
inline const QString InsecureConnection = QStringLiteral("Insecure Connection");

bool isError(const QString &code);

// Sorts by the protocol's order and keeps the first issue of each code.
QList<Error> ordered(QList<Error> issues);

// "Invalid Source Path, Invalid Target Path": the codes joined as responses carry them.
QString joinedCodes(const QList<Error> &issues);

} // namespace lts::issue
