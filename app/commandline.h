// CommandLine: reads the arguments, picks the command and runs it. Every mode of the
// executable starts here, so options mean the same thing everywhere.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace lts {

// The options every command shares.
struct GlobalOptions
{
    QString configDir; // config.json and the token
    QString dataDir; // state, history and logs
    std::optional<QString> webSocketAddress; // override of the WebSocketAddress setting
    std::optional<int> webSocketPort; // override of the WebSocketPort setting
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(lts::CommandLine)

public:
    // Runs the tray application (a QApplication exists already) with the shared options and
    // the arguments a start on login repeats; returns the process's exit code.
    using TrayStarter = std::function<int(const GlobalOptions &options,
                                          const QStringList &startArguments, QTextStream &err)>;

    // Without `startTray` (the command-line executable, which links no Qt Widgets: see
    // main.cpp), the tray is not started here.
    CommandLine(QTextStream &out, QTextStream &err, TrayStarter startTray = {});

    // Returns the process's exit code.
    int run(const QStringList &arguments);

    // Whether `arguments` start the tray application, which needs a QApplication and a display;
    // every other mode runs on a QCoreApplication.
    static bool startsTray(const QStringList &arguments);

private:
    int fail(const QString &message, const QCommandLineParser &parser);
    std::optional<GlobalOptions> readGlobalOptions(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
    TrayStarter m_startTray;
    QCommandLineOption m_configDir;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_wsAddress;
    QCommandLineOption m_wsPort;
    QCommandLineOption m_headless;
};

} // namespace lts
