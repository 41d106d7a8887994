// letthatsyncin: the one executable of LetThatSyncIn. main() only sets up the application
// and hands the arguments to CommandLine.
#include "commandline.h"
#include "detachedthreads.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <climits>
#include <sys/resource.h>
#endif

// LTS_WITH_TRAY: this executable holds the tray (and links Qt Widgets). On Linux the commands
// and the service are an executable of their own that does not: loading Qt Gui, Widgets and
// the libraries under them (X11, OpenGL, fonts...) costs every `sync` about 10 MiB of memory
// and tens of milliseconds before it starts; it hands a start of the tray to the tray's
// executable instead (startTrayExecutable).
#if LTS_WITH_TRAY
#include "trayapplication.h"

#include <QApplication>
#else
#include <QByteArray>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#endif

namespace {

// A sync keeps a folder of each side open for every folder in its batch of copies: use
// what the system allows (the soft limit is often 1,024 while the hard one is far higher).
void raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
#ifdef Q_OS_MACOS
        // macOS refuses a soft limit above OPEN_MAX.
        limit.rlim_cur = std::min<rlim_t>({ limit.rlim_max, rlim_t(OPEN_MAX), 65536 });
#else
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
#endif
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

#if LTS_WITH_TRAY
// Whether the platform plugin will find a screen: Qt aborts when it does not, and the user
// should read why instead. Only X11 and Wayland need a server to talk to.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
           || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

lts::CommandLine::TrayStarter trayStarter()
{
    return [](const lts::GlobalOptions &options, const QStringList &startArguments,
              QTextStream &err) {
        lts::TrayApplication::Options tray;
        tray.global = options;
        tray.startArguments = startArguments;
        return lts::TrayApplication(tray, err).run();
    };
}
#else
// Replaces this process with the tray's executable, given the same arguments: beside this one
// (the build tree), or where it is installed (LTS_TRAY_DIR, relative to this one's folder).
// Returns only when it could not be started.
int startTrayExecutable(char *argv[])
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        std::fprintf(stderr, "letthatsyncin: cannot find its own executable: %s\n",
                     std::strerror(errno));
        return lts::ExitFailure;
    }
    self[length] = 0;
    // A start on login must name this executable, not the tray's (Autostart).
    ::setenv("LTS_EXECUTABLE", self, 1);
    QByteArray folder(self, length);
    folder.truncate(folder.lastIndexOf('/'));
    int error = ENOENT;
    const QByteArray installed = folder + '/' + LTS_TRAY_DIR;
    for (const QByteArray &where : { folder, installed }) {
        const QByteArray tray = where + '/' + LTS_TRAY_EXECUTABLE;
        ::execv(tray.constData(), argv);
        if (errno != ENOENT || error == ENOENT)
            error = errno;
    }
    std::fprintf(stderr, "letthatsyncin: cannot start the tray (%s in %s or %s/%s): %s\n",
                 LTS_TRAY_EXECUTABLE, folder.constData(), folder.constData(), LTS_TRAY_DIR,
                 std::strerror(error));
    return lts::ExitFailure;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool tray = lts::CommandLine::startsTray(arguments);
#if LTS_WITH_TRAY
    if (tray && !hasDisplay()) {
        std::fputs("letthatsyncin: there is no display to show the tray icon on. Run it as a "
                   "service with --headless, or give a command (see --help).\n",
                   stderr);
        return lts::ExitFailure;
    }
    // Only the tray needs a display; the service and the commands run without one.
    std::unique_ptr<QCoreApplication> app = tray ? std::make_unique<QApplication>(argc, argv)
                                                 : std::make_unique<QCoreApplication>(argc, argv);
    const lts::CommandLine::TrayStarter startTray = trayStarter();
#else
    if (tray)
        return startTrayExecutable(argv);
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    const lts::CommandLine::TrayStarter startTray; // never asked: see startTrayExecutable
#endif
    QCoreApplication::setApplicationName(QStringLiteral("letthatsyncin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LTS_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("letthatsyncin.org"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    // English is the fallback, not the untranslated source: it holds the plural forms
    // ("1 drive", "2 drives"), and services often run with the C locale.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("letthatsyncin"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/letthatsyncin_en.qm")))
        QCoreApplication::installTranslator(&appTranslator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    lts::CommandLine commandLine(out, err, startTray);
    const int exitCode = commandLine.run(QCoreApplication::arguments());
    // A run abandoned because a folder stopped answering may still wait in the kernel: the
    // process ends without destroying its statics (and its thread pools, which would wait).
    out.flush();
    err.flush();
    lts::DetachedThreads::exitNowIfAnyRunning(exitCode);
    return exitCode;
}
