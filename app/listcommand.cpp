#include "listcommand.h"

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

QString ListCommand::description() const
{
    return tr("Prints the drives of the configuration: name, source, target, interval, mode, "
              "and whether the schedule runs them.");
}

void ListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_json);
}

int ListCommand::run(const QCommandLineParser &parser, const GlobalOptions &options,
                     QTextStream &out, QTextStream &err) const
{
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
