// Settings: the application-wide options of config.json ("Settings"), with their defaults,
// and their JSON form. Unknown keys are carried along so a newer version's settings survive.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lts {

enum class LogLevel { Summary, Verbose };
enum class Notifications { Errors, EveryRun, Never };
enum class Durability {
    Batch, // data is on the disk before a file takes its final name (one flush per batch)
    Off, // for throw-away targets: no flushing at all
};

struct Settings
{
    QString webSocketAddress = QStringLiteral("127.0.0.1");
    int webSocketPort = 1800; // 0 turns the WebSocket server off
    bool requireToken = false;
    QStringList allowedOrigins;
    int maxDeletePercent = 50;
    int maxConcurrentRuns = 2;
    LogLevel logLevel = LogLevel::Summary;
    int logMaxMiB = 50;
    Notifications notifications = Notifications::Errors;
    int copyThreads = 4; // small files are copied on this many threads
    Durability durability = Durability::Batch;
    // Missed runs start this long after start-up or wake-up, so the system can settle first.
    int catchUpDelaySeconds = 30;
    // A watched drive runs once its source has been quiet this long after a change (seconds,
    // fractions allowed), so a file still being written is not copied half-way.
    double watchDelaySeconds = 2;
    // The longest a location may take to answer (a check, a call of a run) before it is
    // given up as not answering: a hung network mount or server never holds a drive for ever.
    int networkTimeoutSeconds = 30;
    // A remote target is listed in full at least this often (days); in between, a run trusts
    // the drive's index of it (TargetIndex). 0 lists it in full on every run.
    int verifyDays = 7;
    // The tray shows the busy icon while a drive syncs (runs under a second never show it).
    bool busyIcon = true;
    // The language of the user interface ("de", "fr", "en"); empty: the system's.
    QString language;

    QJsonObject unknownKeys; // written back as they were read

    friend bool operator==(const Settings &, const Settings &) = default;
};

struct DecodedSettings
{
    Settings settings;
    QList<Error> problems; // values that were replaced by their default, in words
};

class SettingsCodec final
{
    Q_DECLARE_TR_FUNCTIONS(lts::SettingsCodec)

public:
    static QJsonObject encode(const Settings &settings);
    static DecodedSettings decode(const QJsonObject &json);

    // Whether `address` is one the WebSocket server can listen on ("127.0.0.1", "::1",
    // "localhost", "0.0.0.0" ...).
    static bool isListenAddress(const QString &address);
};

} // namespace lts
