// The set-up of the tray application's tests: a SyncController on its own config and data
// folders in a temporary directory, running a FakeEngine (runs end when the test says), and
// drives whose source and target folders exist. `adjust` changes the controller's environment
// before it is made: a clock the test moves, a look at the drives' folders that counts.
#pragma once

#include "fakes.h"
#include "synccontroller.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace lts::test {

class ControllerFixture
{
public:
    enum class Engine { Fake, Real };

    explicit ControllerFixture(Engine engine = Engine::Fake,
                               const std::function<void(SyncController::Environment &)> &adjust
                               = {})
    {
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = dataFolder();
        if (engine == Engine::Fake)
            env.runSync = m_engine.function();
        if (adjust)
            adjust(env);
        m_controller = std::make_unique<SyncController>(env);
        QDir().mkpath(env.configFolder);
        const Result<void> loaded = m_controller->load();
        if (!loaded)
            qFatal("the controller cannot load: %s", qPrintable(loaded.error().message));
    }

    SyncController &controller() { return *m_controller; }
    FakeEngine &engine() { return m_engine; }
    QString configFolder() const { return m_dir.filePath(QStringLiteral("config")); }
    QString dataFolder() const { return m_dir.filePath(QStringLiteral("data")); }
    QString configFile() const { return configFolder() + QStringLiteral("/config.json"); }

    // A folder in the temporary directory, created.
    QString folder(const QString &relative) const
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(path);
        return path;
    }

    // A drive from <name>-source to <name>-target, added through the controller (saved).
    Drive addDrive(const QString &name, const QJsonObject &fields = {})
    {
        QJsonObject json{ { QStringLiteral("Name"), name },
                          { QStringLiteral("Source"), folder(name + QStringLiteral("-source")) },
                          { QStringLiteral("Target"), folder(name + QStringLiteral("-target")) },
                          { QStringLiteral("Sleep"), 1 },
                          { QStringLiteral("Units"), QStringLiteral("Hours") } };
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            json.insert(it.key(), it.value());
        const DriveVerdict verdict = m_controller->addDrive(DriveCodec::decode(json));
        if (!verdict.accepted())
            qFatal("the test drive is refused: %s",
                   qPrintable(verdict.errors.constFirst().message));
        return verdict.drive;
    }

private:
    QTemporaryDir m_dir; // first: the controller's folders live inside it
    FakeEngine m_engine;
    std::unique_ptr<SyncController> m_controller;
};

} // namespace lts::test
