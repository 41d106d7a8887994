// letthatsyncin: the one executable of LetThatSyncIn. main() only sets up the application
// and hands the arguments to CommandLine.
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("letthatsyncin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LTS_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("letthatsyncin.org"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("letthatsyncin"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    lts::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
