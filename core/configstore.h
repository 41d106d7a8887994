// ConfigStore: reads and writes config.json ({"Version", "Settings", "Drives"}) in the config
// folder. It never loses what the user wrote: saves are atomic, and a file that could not be
// used whole is copied aside as config.json.broken-<time> before it is first overwritten.
#pragma once

#include "drive.h"
#include "result.h"
#include "settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lts {

struct Config
{
    Settings settings;
    QList<Drive> drives;

    friend bool operator==(const Config &, const Config &) = default;
};

class ConfigStore final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ConfigStore)

public:
    static constexpr int formatVersion = 1;
    static inline const QString fileName = QStringLiteral("config.json");
    // Far more than 10,000 drives take: a bigger file is not a configuration.
    static constexpr qint64 maxFileBytes = 16LL << 20;

    explicit ConfigStore(QString folder);

    QString filePath() const;

    // A missing file is an empty config. Drives and settings that cannot be used are left
    // out (drives) or get their default (settings) and are listed in problems(). Fails only
    // when the file cannot be read, or was written by a newer version; save() then refuses.
    // Paths are not checked against the disk here: an unplugged backup disk is no error.
    Result<Config> load();
    const QList<Error> &problems() const { return m_problems; }

    Result<void> save(const Config &config);

    // Where the file that could not be used whole was copied, once save() did it.
    QString brokenCopyPath() const { return m_brokenCopyPath; }

private:
    Config parse(const QByteArray &data);
    QList<Drive> parseDrives(const QJsonValue &drives);
    Result<void> setBrokenFileAside();
    void reportProblem(const QString &code, const QString &message);

    QString m_folder;
    QList<Error> m_problems;
    std::optional<Error> m_refusal;
    bool m_setAsideBeforeSave = false;
    QString m_brokenCopyPath;
    QJsonObject m_unknownTopLevel; // carried over to the next save
    QHash<QString, QJsonObject> m_unknownDriveFields; // by drive name
};

} // namespace lts
