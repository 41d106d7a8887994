// Fuzzes config loading: the input is the bytes of config.json, which ConfigStore reads from
// a temporary folder, as at start-up. Besides the sanitizers, the promises of configstore.h
// are checked: only a file from a newer version is refused (and then never overwritten), what
// is loaded are valid drives, a file that could not be used whole is kept aside before the
// first save, and a saved file reads back as the config it was saved from, without problems.
#include "configstore.h"
#include "drivecodec.h"
#include "drivevalidator.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace lts;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A config as JSON, with every value, to compare two configs and to print one.
QJsonObject json(const Config &config)
{
    QJsonArray drives;
    for (const Drive &drive : config.drives)
        drives.append(DriveCodec::encode(drive));
    return { { QStringLiteral("Settings"), SettingsCodec::encode(config.settings) },
             { QStringLiteral("Drives"), drives } };
}

class ConfigCheck
{
public:
    ConfigCheck(const QByteArray &input, QString folder)
        : m_input(input)
        , m_folder(std::move(folder))
    { }

    void run() const
    {
        ConfigStore store(m_folder);
        if (!write(store.filePath(), m_input))
            fuzz::fail("cannot write the config file", m_input, store.filePath());
        const Result<Config> loaded = store.load();
        if (!loaded)
            return checkRefused(store, loaded.error());
        checkDrives(*loaded);

        const bool problems = !store.problems().isEmpty();
        const Result<void> saved = store.save(*loaded);
        check(saved.ok(), "a loaded config cannot be saved",
              saved ? QString() : saved.error().message);
        if (problems)
            check(!store.brokenCopyPath().isEmpty() && contents(store.brokenCopyPath()) == m_input,
                  "a file with problems was overwritten without a copy", store.brokenCopyPath());
        else
            check(store.brokenCopyPath().isEmpty(), "a file without problems was kept aside",
                  store.brokenCopyPath());
        checkReadsBack(*loaded, contents(store.filePath()));
    }

private:
    void check(bool condition, const char *what, const QString &detail = {}) const
    {
        if (!condition)
            fuzz::fail(what, m_input, detail);
    }

    // Only a file of a newer format is refused, and it is left as it was.
    void checkRefused(ConfigStore &store, const Error &error) const
    {
        const QJsonValue version = QJsonDocument::fromJson(m_input).object().value(u"Version");
        check(version.isDouble() && version.toDouble() > ConfigStore::formatVersion,
              "a config refused that is not from a newer version", error.message);
        check(!store.save(Config{}).ok(), "a refused config was saved over");
        check(contents(store.filePath()) == m_input, "a refused config was changed");
    }

    // Every drive loaded is one the validator accepts next to those before it, as it is.
    void checkDrives(const Config &config) const
    {
        QList<Drive> before;
        for (const Drive &drive : config.drives) {
            const DriveVerdict verdict
                    = DriveValidator(before, DriveValidator::Scope::Fields).validate(drive);
            check(verdict.accepted() && verdict.warnings.isEmpty() && verdict.drive == drive,
                  "a drive was loaded that is not valid", drive.name);
            before.append(drive);
        }
    }

    // The file saved reads back as the config it was saved from, without a problem, and
    // saving that again writes the same file.
    void checkReadsBack(const Config &config, const QByteArray &savedText) const
    {
        // The one known exception, which the parser causes: see withoutLeadingBom().
        if (fuzz::hasLeadingBom(json(config))
            || fuzz::hasLeadingBom(QJsonDocument::fromJson(savedText).object()))
            return;
        ConfigStore store(m_folder);
        const Result<Config> again = store.load();
        check(again.ok(), "the saved config cannot be loaded", QString::fromUtf8(savedText));
        QStringList problems;
        for (const Error &problem : store.problems())
            problems.append(problem.message);
        check(problems.isEmpty(), "the saved config has problems", problems.join(u'\n'));
        check(*again == config, "the saved config reads back otherwise",
              fuzz::text(json(*again)) + u'\n' + fuzz::text(json(config)));
        check(store.save(*again).ok(), "the saved config cannot be saved again");
        check(contents(store.filePath()) == savedText, "saving it again writes another file",
              QString::fromUtf8(contents(store.filePath())));
    }

    const QByteArray &m_input;
    QString m_folder;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A new folder per input: broken copies and saves of the one before are gone.
    const QString folder = fuzz::workFolder() + QStringLiteral("/config");
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        fuzz::fail("cannot make the config folder", input, folder);
    ConfigCheck(input, folder).run();
    return 0;
}
