#include "headlessservice.h"

#include "apiservice.h"
#include "commandline.h"
#include "exitcode.h"
#include "instancelock.h"
#include "interruptwatcher.h"
#include "synccontroller.h"

#include <QDir>

namespace lts {

HeadlessService::HeadlessService(QTextStream &err)
    : m_err(err)
{ }

int HeadlessService::run(const GlobalOptions &options)
{
    auto print = [this](const QString &line) {
        m_err << QCoreApplication::applicationName() << QStringLiteral(": ") << line << u'\n';
        m_err.flush();
    };

    // First, so that a SIGTERM while the config loads is caught too: it is handled as soon
    // as the event loop runs, as a clean stop.
    InterruptWatcher interrupts;

    InstanceLock lock(options.configDir);
    if (Result<void> locked = lock.acquire(); !locked) {
        print(locked.error().message);
        return ExitFailure;
    }

    SyncController controller(
            { options.configDir, options.dataDir, nullptr, {}, {}, {}, {}, {}, {}, {} });
    controller.log().setEcho(print);
    if (Result<void> loaded = controller.load(); !loaded) {
        print(loaded.error().message);
        return ExitFailure;
    }
    controller.log().writeMessage(
            tr("Started in the background with %n drive(s) from %1; the log is in %2.", nullptr,
               int(controller.drives().size()))
                    .arg(QDir::toNativeSeparators(options.configDir),
                         QDir::toNativeSeparators(controller.log().folderPath())));

    ApiService api(controller, options.configDir);
    api.start({ options.webSocketAddress, options.webSocketPort });

    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &controller, [&controller] {
        controller.log().writeMessage(tr("Stopping: running syncs are cancelled."));
        controller.stop();
    });
    QObject::connect(&controller, &SyncController::stopped, &controller, [&controller] {
        controller.log().writeMessage(tr("Stopped."));
        QCoreApplication::quit();
    });
    controller.start();
    return QCoreApplication::exec() == 0 ? ExitSuccess : ExitFailure;
}

} // namespace lts
