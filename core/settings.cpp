#include "settings.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace lts {

namespace {

namespace key {
const QString WebSocketAddress = QStringLiteral("WebSocketAddress");
const QString WebSocketPort = QStringLiteral("WebSocketPort");
const QString RequireToken = QStringLiteral("RequireToken");
const QString AllowedOrigins = QStringLiteral("AllowedOrigins");
const QString MaxDeletePercent = QStringLiteral("MaxDeletePercent");
const QString MaxConcurrentRuns = QStringLiteral("MaxConcurrentRuns");
const QString LogLevel = QStringLiteral("LogLevel");
const QString LogMaxMiB = QStringLiteral("LogMaxMiB");
const QString Notifications = QStringLiteral("Notifications");
const QString CopyThreads = QStringLiteral("CopyThreads");
const QString Durability = QStringLiteral("Durability");
const QString CatchUpDelaySeconds = QStringLiteral("CatchUpDelaySeconds");
const QString NetworkTimeout = QStringLiteral("NetworkTimeout");
const QString VerifyDays = QStringLiteral("VerifyDays");
const QString BusyIcon = QStringLiteral("BusyIcon");
const QString Language = QStringLiteral("Language");
const QString WatchDelay = QStringLiteral("WatchDelay");
} // namespace key

const QStringList &knownKeys()
{
    static const QStringList keys{
        key::WebSocketAddress, key::WebSocketPort,     key::RequireToken, key::AllowedOrigins,
        key::MaxDeletePercent, key::MaxConcurrentRuns, key::LogLevel,     key::LogMaxMiB,
        key::Notifications,    key::CopyThreads,       key::Durability,   key::CatchUpDelaySeconds,
        key::NetworkTimeout,   key::BusyIcon,          key::Language,     key::VerifyDays,
        key::WatchDelay,
    };
    return keys;
}

const QStringList logLevelNames{ QStringLiteral("Summary"), QStringLiteral("Verbose") };
const QStringList durabilityNames{ QStringLiteral("Batch"), QStringLiteral("Off") };
const QStringList notificationNames{ QStringLiteral("Errors"), QStringLiteral("EveryRun"),
                                     QStringLiteral("Never") };

// Reads the settings one by one; a value of the wrong type or out of range keeps the
// default and leaves a problem that names the setting, what is allowed and what is used.
class Reader
{
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    { }

    void readInt(const QString &name, int &value, int min, int max)
    {
        if (!m_json.contains(name))
            return;
        const QJsonValue v = m_json.value(name);
        const double number = v.toDouble(-1e300);
        // The range first: converting a number that no integer holds is undefined behaviour.
        if (v.isDouble() && number >= min && number <= max && number == std::trunc(number))
            value = int(number);
        else
            reject(name, SettingsCodec::tr("a whole number from %1 to %2").arg(min).arg(max),
                   QString::number(value));
    }

    void readNumber(const QString &name, double &value, double min, double max)
    {
        if (!m_json.contains(name))
            return;
        const QJsonValue v = m_json.value(name);
        if (v.isDouble() && v.toDouble() >= min && v.toDouble() <= max)
            value = v.toDouble();
        else
            reject(name, SettingsCodec::tr("a number from %1 to %2").arg(min).arg(max),
                   QString::number(value));
    }

    void readBool(const QString &name, bool &value)
    {
        if (!m_json.contains(name))
            return;
        const QJsonValue v = m_json.value(name);
        if (v.isBool())
            value = v.toBool();
        else
            reject(name, SettingsCodec::tr("true or false"),
                   value ? QStringLiteral("true") : QStringLiteral("false"));
    }

    template<typename Enum>
    void readChoice(const QString &name, Enum &value, const QStringList &names)
    {
        if (!m_json.contains(name))
            return;
        const QString given = m_json.value(name).toString();
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(given, Qt::CaseInsensitive) == 0) {
                value = Enum(i);
                return;
            }
        }
        reject(name, names.join(u", "), names.at(qsizetype(value)));
    }

    void readAddress(const QString &name, QString &value)
    {
        if (!m_json.contains(name))
            return;
        const QJsonValue v = m_json.value(name);
        if (v.isString() && SettingsCodec::isListenAddress(v.toString()))
            value = v.toString().trimmed();
        else
            reject(name, SettingsCodec::tr("an IP address such as 127.0.0.1, or localhost"), value);
    }

    void readStrings(const QString &name, QStringList &value)
    {
        if (!m_json.contains(name))
            return;
        const QJsonValue v = m_json.value(name);
        QStringList list;
        bool valid = v.isArray();
        for (const QJsonValue item : v.toArray()) {
            valid = valid && item.isString();
            list.append(item.toString());
        }
        if (valid)
            value = list;
        else
            reject(name, SettingsCodec::tr("a list of texts"), QStringLiteral("[]"));
    }

    // Empty, or a language code such as "de" or "pt_BR".
    void readLanguage(const QString &name, QString &value)
    {
        if (!m_json.contains(name))
            return;
        const QJsonValue v = m_json.value(name);
        static const QRegularExpression code(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
        if (v.isString() && code.match(v.toString().trimmed()).hasMatch())
            value = v.toString().trimmed();
        else
            reject(name,
                   SettingsCodec::tr("a language code such as \"de\", or \"\" for the "
                                     "system's language"),
                   QStringLiteral("\"%1\"").arg(value));
    }

    QList<Error> problems() const { return m_problems; }

private:
    void reject(const QString &name, const QString &allowed, const QString &used)
    {
        m_problems.append({ QStringLiteral("Invalid Setting"),
                            SettingsCodec::tr("The setting %1 must be %2; using %3.")
                                    .arg(name, allowed, used) });
    }

    const QJsonObject &m_json;
    QList<Error> m_problems;
};

} // namespace

QJsonObject SettingsCodec::encode(const Settings &settings)
{
    QJsonObject json = settings.unknownKeys;
    json.insert(key::WebSocketAddress, settings.webSocketAddress);
    json.insert(key::WebSocketPort, settings.webSocketPort);
    json.insert(key::RequireToken, settings.requireToken);
    json.insert(key::AllowedOrigins, QJsonArray::fromStringList(settings.allowedOrigins));
    json.insert(key::MaxDeletePercent, settings.maxDeletePercent);
    json.insert(key::MaxConcurrentRuns, settings.maxConcurrentRuns);
    json.insert(key::LogLevel, logLevelNames.at(qsizetype(settings.logLevel)));
    json.insert(key::LogMaxMiB, settings.logMaxMiB);
    json.insert(key::Notifications, notificationNames.at(qsizetype(settings.notifications)));
    json.insert(key::CopyThreads, settings.copyThreads);
    json.insert(key::CatchUpDelaySeconds, settings.catchUpDelaySeconds);
    json.insert(key::WatchDelay, settings.watchDelaySeconds);
    json.insert(key::NetworkTimeout, settings.networkTimeoutSeconds);
    json.insert(key::VerifyDays, settings.verifyDays);
    json.insert(key::Durability, durabilityNames.at(qsizetype(settings.durability)));
    json.insert(key::BusyIcon, settings.busyIcon);
    json.insert(key::Language, settings.language);
    return json;
}

DecodedSettings SettingsCodec::decode(const QJsonObject &json)
{
    Settings settings;
    Reader reader(json);
    reader.readAddress(key::WebSocketAddress, settings.webSocketAddress);
    reader.readInt(key::WebSocketPort, settings.webSocketPort, 0, 65535);
    reader.readBool(key::RequireToken, settings.requireToken);
    reader.readStrings(key::AllowedOrigins, settings.allowedOrigins);
    reader.readInt(key::MaxDeletePercent, settings.maxDeletePercent, 0, 100);
    reader.readInt(key::MaxConcurrentRuns, settings.maxConcurrentRuns, 1, 16);
    reader.readChoice(key::LogLevel, settings.logLevel, logLevelNames);
    reader.readInt(key::LogMaxMiB, settings.logMaxMiB, 1, 100 * 1024);
    reader.readChoice(key::Notifications, settings.notifications, notificationNames);
    reader.readInt(key::CopyThreads, settings.copyThreads, 1, 64);
    reader.readInt(key::CatchUpDelaySeconds, settings.catchUpDelaySeconds, 0, 3600);
    reader.readNumber(key::WatchDelay, settings.watchDelaySeconds, 0.1, 3600);
    reader.readInt(key::NetworkTimeout, settings.networkTimeoutSeconds, 1, 3600);
    reader.readInt(key::VerifyDays, settings.verifyDays, 0, 365);
    reader.readChoice(key::Durability, settings.durability, durabilityNames);
    reader.readBool(key::BusyIcon, settings.busyIcon);
    reader.readLanguage(key::Language, settings.language);

    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            settings.unknownKeys.insert(it.key(), it.value());
    }
    return { settings, reader.problems() };
}

bool SettingsCodec::isListenAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    return trimmed.compare(u"localhost", Qt::CaseInsensitive) == 0
           || !QHostAddress(trimmed).isNull();
}

} // namespace lts
