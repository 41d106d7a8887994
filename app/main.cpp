// letthatsyncin: the one executable of LetThatSyncIn. main() only sets up the application
// and hands the arguments to CommandLine.
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

// A sync keeps a folder of each side open for every folder in its batch of copies: use
// what the system allows (the soft limit is often 1,024 while the hard one is far higher).
void raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    QCoreApplication app(argc, argv);
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
    lts::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
