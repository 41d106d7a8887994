// RunHistory: the finished runs of every drive, one JSON object per line in history.jsonl
// (the run object of protocol.md's GetHistory, with its drive's name), newest last, capped
// at `maxRuns` lines: the oldest go first.
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>

namespace lts {

class RunHistory final
{
    Q_DECLARE_TR_FUNCTIONS(lts::RunHistory)

public:
    static inline const QString fileName = QStringLiteral("history.jsonl");
    static constexpr qsizetype maxRuns = 10000;
    // Far beyond what maxRuns lines take: a bigger file is not a history, and is not read.
    static constexpr qint64 maxFileBytes = qint64(256) << 20;

    explicit RunHistory(QString dataFolder);

    QString filePath() const;

    // Reads the file; lines that are not a JSON object (a crash in the middle of a write)
    // are left out.
    void load();
    // Appends the run; when the file is full, it is rewritten without its oldest lines.
    Result<void> append(const QJsonObject &run);

    // Newest first; an empty `drive` means every drive; `limit` <= 0 means no limit; with
    // `changedOnly`, only the runs that added, updated or deleted something.
    QList<QJsonObject> runs(const QString &drive = {}, qsizetype limit = 0,
                            bool changedOnly = false) const;
    // Whether the run object added, updated or deleted anything.
    static bool changedSomething(const QJsonObject &run);
    qsizetype size() const { return qsizetype(m_lines.size()); }

private:
    Result<void> rewrite();

    QString m_folder;
    std::deque<QByteArray> m_lines; // compact JSON, oldest first
};

} // namespace lts
