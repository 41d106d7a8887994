// RunLog: the log a user reads to see what happened: logs/LOG-YYYY-MM-DD.txt in the data
// folder, a summary line per run and, at LogLevel Verbose, a line per file; failed and
// skipped files are always listed. The folder is kept under a size cap, oldest days first.
#pragma once

#include "settings.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace lts {

class RunLog final
{
    Q_DECLARE_TR_FUNCTIONS(lts::RunLog)

public:
    static inline const QString folderName = QStringLiteral("logs");

    explicit RunLog(QString dataFolder);

    QString folderPath() const;
    QString filePath(const QDate &day) const;

    void setLevel(LogLevel level) { m_level = level; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Every line is also handed to `echo` (the service prints them on stderr).
    void setEcho(std::function<void(const QString &)> echo) { m_echo = std::move(echo); }

    void writeRun(const QString &drive, const SyncReport &report);
    void writeMessage(const QString &message);

    // Removes the oldest log files until the folder is under the cap; today's file stays.
    void enforceCap();

private:
    void write(const QDateTime &time, const QStringList &lines);

    QString m_folder;
    LogLevel m_level = LogLevel::Summary;
    qint64 m_maxBytes = qint64(50) << 20;
    std::function<void(const QString &)> m_echo;
};

} // namespace lts
