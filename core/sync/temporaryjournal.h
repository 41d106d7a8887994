// TemporaryJournal: the folders where runs write their temporaries, noted in
// TARGET/.letthatsyncin/temporaries before anything is written there, so the next run removes
// what a crash left even in folders its scan does not enter (excluded ones, ones whose source
// folder is gone).
#pragma once

#include "fsops.h"

#include <QSet>

#include <vector>

namespace lts {

class TemporaryJournal final
{
public:
    // `flush`: each note is on the disk before the temporaries it announces are written, so
    // not even a power cut leaves one that no note points to.
    TemporaryJournal(const fsops::Folder &target, bool flush);

    // Notes the folders (relative to the target's root, "" for the root) before temporaries are
    // written in them; each folder once per run.
    Result<void> note(const std::vector<QByteArray> &folders);
    // Removes every temporary (file or link, never a folder: see isTemporary) from the folders
    // that earlier runs noted, and then their notes. Returns whether none is left; if one
    // is, the notes stay.
    bool removeLeftovers();
    // Whether removeLeftovers() found notes of earlier runs (and so may have removed files).
    bool foundNotes() const { return m_foundNotes; }
    // Forgets the notes: no temporary of this run is left.
    void clear();

    static inline const QByteArray fileName = QByteArrayLiteral("temporaries");

private:
    Result<fsops::Folder> appFolder() const;

    const fsops::Folder &m_target;
    bool m_flush;
    QSet<QByteArray> m_noted;
    bool m_foundNotes = false;
};

} // namespace lts
