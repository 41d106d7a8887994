// The names of the temporaries a copy writes (".<name>.lts-<8 chars>.part"): made by the engine
// for every copy, and by backends that must move a file aside for a moment (sftpfs.cpp's
// replacing rename), so a crash in between leaves only names the next run recognises and
// cleans. Here, below the engine, so that both reach the one definition.
#pragma once

#include "fsops.h"

#include <QByteArray>

namespace lts {

// Whether a name is one of the temporaries a copy writes: ".<name>.lts-<8 chars>.part", the 8
// chars lowercase letters and digits. Whatever the entry is (a crash can leave a file, a link,
// or a folder of such a name), it is the application's, never the user's.
bool isTemporaryName(const QByteArray &name);
// Whether an entry is a temporary of the engine's: a file or a link (never followed) of the
// pattern. The engine never makes a folder of that name: a folder of that name is the user's.
bool isTemporary(const QByteArray &name, fsops::EntryType type);
QByteArray temporaryName(const QByteArray &name, const QByteArray &random);
// A temporary name for `name` with a random part of its own.
QByteArray newTemporaryName(const QByteArray &name);

} // namespace lts
