#include "instancecommands.h"

#include "apiclient.h"
#include "commandline.h"
#include "exitcode.h"
#include "texttable.h"

#include <QJsonDocument>
#include <QLocale>

namespace lts {

namespace {

void complain(QTextStream &err, const QString &message)
{
    err << QCoreApplication::applicationName() << QStringLiteral(": ") << message << u'\n';
}

QString localTime(const QJsonValue &iso)
{
    const QDateTime time = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm") : QStringLiteral("-");
}

QString progressText(const QJsonObject &progress)
{
    if (progress.isEmpty())
        return {};
    const qint64 done = progress.value(QStringLiteral("BytesDone")).toInteger();
    const qint64 total = progress.value(QStringLiteral("BytesTotal")).toInteger();
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    return StatusCommand::tr("%1 % (%2 of %3 files)")
            .arg(percent)
            .arg(progress.value(QStringLiteral("FilesDone")).toInteger())
            .arg(progress.value(QStringLiteral("FilesTotal")).toInteger());
}

} // namespace

StatusCommand::StatusCommand()
    : m_json(QStringLiteral("json"), tr("Print the response's drives as JSON."))
{ }

QString StatusCommand::description() const
{
    return tr("Asks the running LetThatSyncIn how its drives are: status, last and next sync, "
              "the last result, and the progress of the syncs going on.");
}

void StatusCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_json);
}

QString StatusCommand::table(const QJsonObject &drives)
{
    TextTable table({ tr("Name"), tr("Status"), tr("Last sync"), tr("Result"), tr("Next sync"),
                      tr("Progress or message") });
    for (auto it = drives.begin(); it != drives.end(); ++it) {
        const QJsonObject drive = it.value().toObject();
        const QString progress = progressText(drive.value(QStringLiteral("Progress")).toObject());
        table.addRow({ it.key(), drive.value(QStringLiteral("Status")).toString(),
                       localTime(drive.value(QStringLiteral("LastSync"))),
                       drive.value(QStringLiteral("LastResult")).toString(QStringLiteral("-")),
                       localTime(drive.value(QStringLiteral("NextSync"))),
                       progress.isEmpty() ? drive.value(QStringLiteral("Message")).toString()
                                          : progress });
    }
    return table.toString();
}

int StatusCommand::run(const QCommandLineParser &parser, const GlobalOptions &options,
                       QTextStream &out, QTextStream &err) const
{
    const Result<QJsonObject> response
            = ApiClient::request(ApiClient::find(options),
                                 { { QStringLiteral("request"), QStringLiteral("GetStatus") } });
    if (!response) {
        complain(err, response.error().message);
        return ExitFailure;
    }
    if (response->value(QStringLiteral("Result")).toString() != u"Success") {
        complain(err, response->value(QStringLiteral("Error")).toString());
        return ExitFailure;
    }
    const QJsonObject drives = response->value(QStringLiteral("Drives")).toObject();
    if (parser.isSet(m_json))
        out << QJsonDocument(QJsonObject{ { QStringLiteral("Drives"), drives } })
                        .toJson(QJsonDocument::Indented);
    else if (drives.isEmpty())
        out << tr("No drives are configured.") << u'\n';
    else
        out << table(drives);
    return ExitSuccess;
}

QString SendCommand::description() const
{
    return tr("Sends one request of the WebSocket protocol to the running LetThatSyncIn and "
              "prints the response as one line of JSON. The exit code is 0 when the response's "
              "Result is Success, 2 otherwise.");
}

int SendCommand::run(const QString &json, const GlobalOptions &options, QTextStream &out,
                     QTextStream &err) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        complain(err, tr("send needs one JSON object, such as {\"request\": \"GetStatus\"}; "
                         "this is not one: %1")
                              .arg(parseError.error == QJsonParseError::NoError
                                           ? tr("not an object")
                                           : parseError.errorString()));
        return ExitBadCommandLine;
    }
    const Result<QJsonObject> response
            = ApiClient::request(ApiClient::find(options), document.object());
    if (!response) {
        complain(err, response.error().message);
        return ExitFailure;
    }
    QJsonObject printed = *response;
    // The id was the client's own; a request that brought one gets it back.
    if (document.object().contains(QStringLiteral("id")))
        printed.insert(QStringLiteral("id"), document.object().value(QStringLiteral("id")));
    else
        printed.remove(QStringLiteral("id"));
    out << QJsonDocument(printed).toJson(QJsonDocument::Compact) << u'\n';
    return printed.value(QStringLiteral("Result")).toString() == u"Success" ? ExitSuccess
                                                                            : ExitFailure;
}

} // namespace lts
