#include "listcommand.h"

#include "apiclient.h"
#include "commandline.h"
#include "configstore.h"
#include "drivecodec.h"
#include "exitcode.h"
#include "texttable.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace lts {

ListCommand::ListCommand()
    : m_json(QStringLiteral("json"),
             tr("Print the drives as JSON, in the form of the protocol's ListDrives."))
{ }

QString ListCommand::liveTable(const QJsonObject &drives)
{
    TextTable table({ tr("Name"), tr("Source"), tr("Target"), tr("Every"), tr("Mode"), tr("Status"),
                      tr("Next sync") });
    for (auto it = drives.begin(); it != drives.end(); ++it) {
        const QJsonObject drive = it.value().toObject();
        const QDateTime next = QDateTime::fromString(
                drive.value(QStringLiteral("NextSync")).toString(), Qt::ISODate);
        table.addRow({ it.key(), drive.value(QStringLiteral("Source")).toString(),
                       drive.value(QStringLiteral("Target")).toString(),
                       describeInterval(drive.value(QStringLiteral("Sleep")).toDouble(),
                                        parseUnit(drive.value(QStringLiteral("Units")).toString())
                                                .value_or(IntervalUnit::Days)),
                       drive.value(QStringLiteral("Mode")).toString(),
                       drive.value(QStringLiteral("Status")).toString(),
                       next.isValid() ? next.toLocalTime().toString(u"yyyy-MM-dd HH:mm")
                                      : QStringLiteral("-") });
    }
    return table.toString();
}

QString ListCommand::description() const
{
    return tr("Prints the drives: name, source, target, interval, mode, and whether the schedule "
              "runs them; when LetThatSyncIn runs, it is asked, and the table has each drive's "
              "status and next sync.");
}

void ListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_json);
}

int ListCommand::run(const QCommandLineParser &parser, const GlobalOptions &options,
                     QTextStream &out, QTextStream &err) const
{
    // The running instance knows the drives' state too; ask it when one runs for this config.
    const ApiClient::Endpoint endpoint = ApiClient::find(options);
    if (endpoint.announced) {
        const Result<QJsonObject> live = ApiClient::request(
                endpoint, { { QStringLiteral("request"), QStringLiteral("ListDrives") } }, 10000);
        if (live && live->value(QStringLiteral("Result")).toString() == u"Success") {
            const QJsonObject drives = live->value(QStringLiteral("Drives")).toObject();
            if (parser.isSet(m_json))
                out << QJsonDocument(QJsonObject{ { QStringLiteral("Drives"), drives } })
                                .toJson(QJsonDocument::Indented);
            else
                out << liveTable(drives);
            return ExitSuccess;
        }
        if (!live && live.error().code == ApiClient::notYours) // said, then the file is read
            err << QCoreApplication::applicationName() << QStringLiteral(": ")
                << live.error().message << u'\n';
    }

    ConfigStore store(options.configDir);
    const Result<Config> config = store.load();
    if (!config) {
        err << QCoreApplication::applicationName() << QStringLiteral(": ") << config.error().message
            << u'\n';
        return ExitFailure;
    }
    for (const Error &problem : store.problems())
        err << QCoreApplication::applicationName() << QStringLiteral(": ") << tr("warning:") << u' '
            << problem.message << u'\n';

    if (parser.isSet(m_json)) {
        QJsonObject drives;
        for (const Drive &drive : config->drives)
            drives.insert(drive.name, DriveCodec::encode(drive, DriveCodec::NameField::Omit));
        out << QJsonDocument(QJsonObject{ { QStringLiteral("Drives"), drives } })
                        .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }

    if (config->drives.isEmpty()) {
        out << tr("No drives are configured (in %1).")
                        .arg(QDir::toNativeSeparators(store.filePath()))
            << u'\n';
        return ExitSuccess;
    }
    TextTable table(
            { tr("Name"), tr("Source"), tr("Target"), tr("Every"), tr("Mode"), tr("Enabled") });
    for (const Drive &drive : config->drives) {
        table.addRow({ drive.name, drive.source, drive.target,
                       describeInterval(drive.sleep, drive.units), modeName(drive.mode),
                       drive.enabled ? tr("yes") : tr("no") });
    }
    out << table.toString();
    return ExitSuccess;
}

} // namespace lts
