#include "runhistory.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace lts {

RunHistory::RunHistory(QString dataFolder)
    : m_folder(std::move(dataFolder))
{ }

QString RunHistory::filePath() const
{
    return QDir(m_folder).filePath(fileName);
}

void RunHistory::load()
{
    m_lines.clear();
    QFile file;
    if (!PrivateFiles::openOwnFile(file, filePath(), maxFileBytes))
        return;
    bool skipped = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (QJsonDocument::fromJson(line).isObject())
            m_lines.push_back(line);
        else
            skipped = !line.isEmpty() || skipped;
    }
    while (qsizetype(m_lines.size()) > maxRuns)
        m_lines.pop_front();
    // A half-written last line would glue itself to the next run's line. A rewrite that
    // fails here fails again at the next append, which reports it.
    if (skipped)
        static_cast<void>(rewrite());
}

Result<void> RunHistory::append(const QJsonObject &run)
{
    const QByteArray line = QJsonDocument(run).toJson(QJsonDocument::Compact);
    m_lines.push_back(line);
    if (qsizetype(m_lines.size()) > maxRuns) {
        m_lines.pop_front();
        return rewrite();
    }
    (void)PrivateFiles::makeFolder(m_folder);
    QFile file(filePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || !PrivateFiles::restrictToOwner(file)
        || file.write(line + '\n') < 0)
        return Error{ QStringLiteral("History Not Saved"),
                      tr("Cannot write the history %1: %2")
                              .arg(QDir::toNativeSeparators(filePath()), file.errorString()) };
    return {};
}

Result<void> RunHistory::rewrite()
{
    (void)PrivateFiles::makeFolder(m_folder);
    QSaveFile file(filePath());
    bool written = file.open(QIODevice::WriteOnly) && PrivateFiles::restrictToOwner(file);
    for (const QByteArray &line : m_lines)
        written = written && file.write(line + '\n') >= 0;
    if (!written || !file.commit())
        return Error{ QStringLiteral("History Not Saved"),
                      tr("Cannot write the history %1: %2")
                              .arg(QDir::toNativeSeparators(filePath()), file.errorString()) };
    return {};
}

bool RunHistory::changedSomething(const QJsonObject &run)
{
    return run.value(QStringLiteral("Added")).toInteger()
                   + run.value(QStringLiteral("Updated")).toInteger()
                   + run.value(QStringLiteral("Deleted")).toInteger()
           > 0;
}

QList<QJsonObject> RunHistory::runs(const QString &drive, qsizetype limit, bool changedOnly) const
{
    QList<QJsonObject> result;
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (limit > 0 && result.size() >= limit)
            break;
        QJsonObject run = QJsonDocument::fromJson(*it).object();
        if (!drive.isEmpty() && run.value(QStringLiteral("Drive")).toString() != drive)
            continue;
        if (changedOnly && !changedSomething(run))
            continue;
        result.append(std::move(run));
    }
    return result;
}

} // namespace lts
