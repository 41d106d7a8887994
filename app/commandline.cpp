#include "commandline.h"

#include "exitcode.h"
#include "headlessservice.h"
#include "instancecommands.h"
#include "listcommand.h"
#include "passwordcommand.h"
#include "settings.h"
#include "synccommand.h"
#include "trustcommand.h"

#include <QDir>
#include <QStandardPaths>

namespace lts {

namespace {

const QString listCommand = QStringLiteral("list");
const QString syncCommand = QStringLiteral("sync");
const QString statusCommand = QStringLiteral("status");
const QString sendCommand = QStringLiteral("send");
const QString trustCommand = QStringLiteral("trust");
const QString passwordCommand = QStringLiteral("password");

QString absolute(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

// The command is the first argument that is neither an option nor an option's value; it
// must be known before parsing, because each command adds options of its own.
QString findCommand(const QStringList &arguments, const QStringList &optionsWithValues)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return arguments.value(i + 1);
        if (!argument.startsWith(u'-') || argument == u"-")
            return argument;
        const QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
        if (!name.contains(u'=') && optionsWithValues.contains(name))
            ++i; // skip the option's value
    }
    return {};
}

const QStringList optionsWithValues{ QStringLiteral("config-dir"), QStringLiteral("data-dir"),
                                     QStringLiteral("ws-address"), QStringLiteral("ws-port") };

} // namespace

bool CommandLine::startsTray(const QStringList &arguments)
{
    static const QStringList otherModes{ QStringLiteral("--headless"), QStringLiteral("-h"),
                                         QStringLiteral("--help"),     QStringLiteral("--help-all"),
                                         QStringLiteral("-?"),         QStringLiteral("-v"),
                                         QStringLiteral("--version") };
    if (!findCommand(arguments, optionsWithValues).isEmpty())
        return false;
    return std::none_of(arguments.cbegin(), arguments.cend(),
                        [](const QString &argument) { return otherModes.contains(argument); });
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err, TrayStarter startTray)
    : m_out(out)
    , m_err(err)
    , m_startTray(std::move(startTray))
    , m_configDir(QStringLiteral("config-dir"),
                  tr("Folder of config.json (default: %1).")
                          .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(
                                  QStandardPaths::AppConfigLocation))),
                  tr("folder"))
    , m_dataDir(QStringLiteral("data-dir"),
                tr("Folder of the run state, history and logs (default: %1).")
                        .arg(QDir::toNativeSeparators(
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))),
                tr("folder"))
    , m_wsAddress(QStringLiteral("ws-address"),
                  tr("Address the WebSocket server listens on, instead of the WebSocketAddress "
                     "setting."),
                  tr("address"))
    , m_wsPort(QStringLiteral("ws-port"),
               tr("Port of the WebSocket server, instead of the WebSocketPort setting; 0 turns it "
                  "off."),
               tr("port"))
    , m_headless(QStringLiteral("headless"),
                 tr("Run the drives on their schedule without a display (as a service), until "
                    "SIGTERM or Ctrl+C."))
{ }

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("LetThatSyncIn keeps folders in sync on a schedule.\n\nCommands:\n"
               "  list                Print the configured drives as a table.\n"
               "  status              Ask the running LetThatSyncIn how its drives are.\n"
               "  send JSON           Send one request of the protocol, print the response.\n"
               "  sync SOURCE TARGET  Sync SOURCE to TARGET once, now (see sync --help).\n"
               "  sync --drive NAME   Sync a configured drive once, now.\n"
               "  trust LOCATION      Trust the host key or certificate of a server (see trust "
               "--help).\n"
               "  password LOCATION   Store the password of a server (see password --help)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({ m_headless, m_configDir, m_dataDir, m_wsAddress, m_wsPort });

    const QString command = findCommand(arguments, optionsWithValues);
    ListCommand list;
    SyncCommand sync(m_out, m_err);
    StatusCommand status;
    SendCommand send;
    TrustCommand trust(m_out, m_err);
    PasswordCommand password(m_out, m_err);
    if (command == statusCommand) {
        parser.setApplicationDescription(status.description());
        parser.addPositionalArgument(statusCommand, tr("Print the state of the drives."));
        status.addOptions(parser);
    } else if (command == sendCommand) {
        parser.setApplicationDescription(send.description());
        parser.addPositionalArgument(sendCommand, tr("Send one request."),
                                     QStringLiteral("send JSON"));
    } else if (command == listCommand) {
        parser.setApplicationDescription(list.description());
        parser.addPositionalArgument(listCommand, tr("Print the configured drives."));
        list.addOptions(parser);
    } else if (command == syncCommand) {
        parser.setApplicationDescription(sync.description());
        parser.addPositionalArgument(syncCommand, tr("Sync once."),
                                     QStringLiteral("sync [SOURCE TARGET]"));
        sync.addOptions(parser);
    } else if (command == trustCommand) {
        parser.setApplicationDescription(trust.description());
        parser.addPositionalArgument(trustCommand, tr("Trust a server's host key or certificate."),
                                     QStringLiteral("trust LOCATION"));
        trust.addOptions(parser);
    } else if (command == passwordCommand) {
        parser.setApplicationDescription(password.description());
        parser.addPositionalArgument(passwordCommand, tr("Store a server's password."),
                                     QStringLiteral("password LOCATION"));
        password.addOptions(parser);
    } else {
        parser.addPositionalArgument(QStringLiteral("command"),
                                     tr("The command to run (see above)."),
                                     QStringLiteral("[command]"));
    }

    if (!parser.parse(arguments))
        return fail(parser.errorText(), parser);
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << u'\n';
        return ExitSuccess;
    }
    const std::optional<GlobalOptions> options = readGlobalOptions(parser);
    if (!options)
        return ExitBadCommandLine;

    if (parser.isSet(m_headless)) {
        if (!command.isEmpty())
            return fail(tr("--headless runs the schedule and takes no command, but got \"%1\".")
                                .arg(command),
                        parser);
        return HeadlessService(m_err).run(*options);
    }
    if (command.isEmpty()) {
        if (!m_startTray) {
            m_err << tr("This executable runs commands only: the tray is started by "
                        "letthatsyncin without a command.")
                  << u'\n';
            return ExitFailure;
        }
        QStringList startArguments;
        // As a start on login will need them: the folders made absolute (it starts in HOME).
        const QList<std::pair<QCommandLineOption, QString>> repeated{
            { m_configDir, options->configDir },
            { m_dataDir, options->dataDir },
            { m_wsAddress, parser.value(m_wsAddress) },
            { m_wsPort, parser.value(m_wsPort) },
        };
        for (const auto &[option, value] : repeated) {
            if (parser.isSet(option))
                startArguments << QStringLiteral("--") + option.names().constFirst() << value;
        }
        return m_startTray(*options, startArguments, m_err);
    }
    if (command == listCommand) {
        if (parser.positionalArguments().size() > 1)
            return fail(tr("\"list\" takes no arguments, but got \"%1\".")
                                .arg(parser.positionalArguments().at(1)),
                        parser);
        return list.run(parser, *options, m_out, m_err);
    }
    if (command == syncCommand)
        return sync.run(parser, *options);
    if (command == trustCommand)
        return trust.run(parser, *options);
    if (command == passwordCommand)
        return password.run(parser, *options);
    if (command == statusCommand) {
        if (parser.positionalArguments().size() > 1)
            return fail(tr("\"status\" takes no arguments, but got \"%1\".")
                                .arg(parser.positionalArguments().at(1)),
                        parser);
        return status.run(parser, *options, m_out, m_err);
    }
    if (command == sendCommand) {
        if (parser.positionalArguments().size() != 2)
            return fail(tr("\"send\" takes one request in JSON, such as "
                           "'{\"request\": \"GetStatus\"}'."),
                        parser);
        return send.run(parser.positionalArguments().at(1), *options, m_out, m_err);
    }
    return fail(tr("Unknown command \"%1\".").arg(command), parser);
}

int CommandLine::fail(const QString &message, const QCommandLineParser &parser)
{
    m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << message
          << QStringLiteral("\n\n") << parser.helpText();
    return ExitBadCommandLine;
}

std::optional<GlobalOptions> CommandLine::readGlobalOptions(const QCommandLineParser &parser)
{
    GlobalOptions options;
    options.configDir
            = parser.isSet(m_configDir)
                      ? absolute(parser.value(m_configDir))
                      : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    options.dataDir = parser.isSet(m_dataDir)
                              ? absolute(parser.value(m_dataDir))
                              : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(m_wsAddress)) {
        const QString address = parser.value(m_wsAddress);
        if (!SettingsCodec::isListenAddress(address)) {
            fail(tr("--ws-address needs an IP address such as 127.0.0.1, or localhost; \"%1\" is "
                    "not one.")
                         .arg(address),
                 parser);
            return std::nullopt;
        }
        options.webSocketAddress = address.trimmed();
    }
    if (parser.isSet(m_wsPort)) {
        bool isNumber = false;
        const int port = parser.value(m_wsPort).toInt(&isNumber);
        if (!isNumber || port < 0 || port > 65535) {
            fail(tr("--ws-port needs a port number from 0 to 65535 (0 turns the server off); "
                    "\"%1\" is not one.")
                         .arg(parser.value(m_wsPort)),
                 parser);
            return std::nullopt;
        }
        options.webSocketPort = port;
    }
    return options;
}

} // namespace lts
