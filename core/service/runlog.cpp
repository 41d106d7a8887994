#include "runlog.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>

namespace lts {

namespace {

bool isProblem(SyncEntry::Action action)
{
    return action == SyncEntry::Action::Skipped || action == SyncEntry::Action::Failed;
}

} // namespace

RunLog::RunLog(QString dataFolder)
    : m_folder(QDir(dataFolder).filePath(folderName))
{ }

QString RunLog::folderPath() const
{
    return m_folder;
}

QString RunLog::filePath(const QDate &day) const
{
    return QDir(m_folder).filePath(QStringLiteral("LOG-") + day.toString(u"yyyy-MM-dd")
                                   + QStringLiteral(".txt"));
}

void RunLog::writeRun(const QString &drive, const SyncReport &report)
{
    const QString prefix = u'[' + drive + QStringLiteral("] ");
    QString line = prefix + runResultName(report.result) + QStringLiteral(": ") + report.summary();
    if (!report.message.isEmpty())
        line += u' ' + report.message;
    QStringList lines{ line };
    for (const SyncEntry &entry : report.entries) {
        if (m_level == LogLevel::Verbose || isProblem(entry.action)) {
            // The action as the command line prints it, untranslated: easy to grep for.
            QString text = prefix + QStringLiteral("  ")
                           + SyncEntry::actionName(entry.action).toLower() + u' '
                           + QFile::decodeName(entry.path);
            if (!entry.reason.isEmpty())
                text += QStringLiteral(": ") + entry.reason;
            lines.append(text);
        }
    }
    write(report.finished.isValid() ? report.finished : QDateTime::currentDateTimeUtc(), lines);
    enforceCap();
}

void RunLog::writeMessage(const QString &message)
{
    write(QDateTime::currentDateTimeUtc(), { message });
}

void RunLog::write(const QDateTime &time, const QStringList &lines)
{
    const QDateTime local = time.toLocalTime();
    const QString stamp = local.toString(u"yyyy-MM-dd HH:mm:ss ");
    QString text;
    for (const QString &line : lines)
        text += stamp + line + u'\n';
    if (m_echo) {
        for (const QString &line : lines)
            m_echo(line);
    }
    (void)PrivateFiles::makeFolder(m_folder);
    QFile file(filePath(local.date()));
    // A log that cannot be written must not stop a sync: the echo still shows the lines.
    if (file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)
        && PrivateFiles::restrictToOwner(file))
        file.write(text.toUtf8());
}

void RunLog::enforceCap()
{
    QDir folder(m_folder);
    const QFileInfoList files
            = folder.entryInfoList({ QStringLiteral("LOG-*.txt") }, QDir::Files, QDir::Name);
    qint64 total = 0;
    for (const QFileInfo &file : files)
        total += file.size();
    const QString today = filePath(QDate::currentDate());
    for (const QFileInfo &file : files) {
        if (total <= m_maxBytes)
            break;
        if (file.absoluteFilePath() == today)
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            total -= file.size();
    }
}

} // namespace lts
