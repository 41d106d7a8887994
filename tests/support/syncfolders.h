// The folders of one sync test, made anew for each test function: a temporary directory
// holding source/ and a target, and the job (or the run) that syncs one to the other.
#pragma once

#include "syncengine.h"
#include "trees.h"

#include <QTemporaryDir>

namespace lts::test {

class SyncFolders
{
public:
    enum class Target { Absent, Present };

    // An absent target is what a first run creates; `targetPath` is relative to the
    // temporary directory.
    explicit SyncFolders(Target target = Target::Absent,
                         const QString &targetPath = QStringLiteral("target"))
        : m_source(m_dir.filePath(QStringLiteral("source")))
        , m_target(m_dir.filePath(targetPath))
    {
        if (target == Target::Absent)
            QDir(m_target.root()).removeRecursively();
    }

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    TreeBuilder &source() { return m_source; }
    TreeBuilder &target() { return m_target; }
    const TreeBuilder &source() const { return m_source; }
    const TreeBuilder &target() const { return m_target; }

    SyncJob job(SyncMode mode = SyncMode::Mirror) const
    {
        SyncJob j;
        j.source = m_source.root();
        j.target = m_target.root();
        j.mode = mode;
        j.identityFile = m_dir.filePath(QStringLiteral("data/identity.json"));
        return j;
    }

private:
    QTemporaryDir m_dir; // first: the trees live inside it
    TreeBuilder m_source;
    TreeBuilder m_target;
};

// One run of the engine, waited for.
inline SyncReport runEngine(const SyncJob &job)
{
    SyncEngine engine;
    return engine.run(job).result();
}

} // namespace lts::test
