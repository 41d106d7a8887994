#include "syncreport.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace lts {

QString runResultName(RunResult result)
{
    switch (result) {
    case RunResult::Success:
        return QStringLiteral("Success");
    case RunResult::Partial:
        return QStringLiteral("Partial");
    case RunResult::Failure:
        return QStringLiteral("Failure");
    case RunResult::Refused:
        return QStringLiteral("Refused");
    case RunResult::Cancelled:
        break;
    }
    return QStringLiteral("Cancelled");
}

std::optional<RunResult> parseRunResult(const QString &name)
{
    for (RunResult result : { RunResult::Success, RunResult::Partial, RunResult::Failure,
                              RunResult::Refused, RunResult::Cancelled }) {
        if (runResultName(result) == name)
            return result;
    }
    return std::nullopt;
}

QString SyncEntry::actionName(Action action)
{
    switch (action) {
    case Action::Added:
        return QStringLiteral("Added");
    case Action::Updated:
        return QStringLiteral("Updated");
    case Action::Deleted:
        return QStringLiteral("Deleted");
    case Action::Skipped:
        return QStringLiteral("Skipped");
    case Action::Failed:
        break;
    }
    return QStringLiteral("Failed");
}

QJsonObject SyncReport::toJson() const
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject json{
        { QStringLiteral("Started"), time(started) },
        { QStringLiteral("Finished"), time(finished) },
        { QStringLiteral("Result"), runResultName(result) },
        { QStringLiteral("Added"), qint64(added) },
        { QStringLiteral("Updated"), qint64(updated) },
        { QStringLiteral("Deleted"), qint64(deleted) },
        { QStringLiteral("Unchanged"), qint64(unchanged) },
        { QStringLiteral("Skipped"), qint64(skipped) },
        { QStringLiteral("Errors"), qint64(errors) },
        { QStringLiteral("Bytes"), qint64(bytes) },
        { QStringLiteral("Message"),
          message.isEmpty() ? QJsonValue() : QJsonValue(protocolMessage(code, message)) },
        { QStringLiteral("Code"), code.isEmpty() ? QJsonValue() : QJsonValue(code) },
    };
    if (forced)
        json.insert(QStringLiteral("Forced"), true);
    if (restore)
        json.insert(QStringLiteral("Restore"), true);
    return json;
}

const QStringList &SyncReport::runCodes()
{
    static const QStringList codes{
        QStringLiteral("Source Unavailable"),
        QStringLiteral("Target Unavailable"),
        QStringLiteral("Source Empty"),
        QStringLiteral("Target Not Empty"),
        QStringLiteral("Too Many Deletions"),
        QStringLiteral("Plan Changed"),
        QStringLiteral("Volume Changed"),
        QStringLiteral("Target Busy"),
        QStringLiteral("Target Not Writable"),
        // A remote location's (remote.md, "Protocol").
        QStringLiteral("Host Key Unknown"),
        QStringLiteral("Host Key Changed"),
        QStringLiteral("Certificate Unknown"),
        QStringLiteral("Authentication Failed"),
        QStringLiteral("Unreachable"),
        QStringLiteral("Remote Full"),
        QStringLiteral("Not Supported"),
    };
    return codes;
}

QString SyncReport::protocolMessage(const QString &code, const QString &message)
{
    if (!runCodes().contains(code) || message.isEmpty())
        return message;
    return code + QStringLiteral(": ") + message;
}

QString SyncReport::wordsOf(const QString &protocolMessage)
{
    for (const QString &code : runCodes()) {
        if (protocolMessage.startsWith(code) && protocolMessage.mid(code.size(), 2) == u": ")
            return protocolMessage.mid(code.size() + 2);
    }
    return protocolMessage;
}

QString SyncReport::summary() const
{
    const double seconds = double(started.msecsTo(finished)) / 1000.0;
    return tr("%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 errors; %7 copied "
              "in %8 s.")
            .arg(added)
            .arg(updated)
            .arg(deleted)
            .arg(unchanged)
            .arg(skipped)
            .arg(errors)
            .arg(QLocale().formattedDataSize(bytes))
            .arg(std::max(0.0, seconds), 0, 'f', 1);
}

} // namespace lts
