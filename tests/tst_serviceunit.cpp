// packaging/letthatsyncin.service as systemd reads it: it parses without a complaint, its
// ExecStart names an executable that exists, and a crash restarts the service.
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

class TestServiceUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemdAcceptsTheUnit()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(QStringLiteral(
                    "systemd-analyze is not installed (scripts/test.sh installs it)"));

        QFile templateFile(QStringLiteral(LTS_SERVICE_TEMPLATE));
        QVERIFY(templateFile.open(QIODevice::ReadOnly));
        QByteArray unit = templateFile.readAll();
        QVERIFY(unit.contains("\nRestart=on-failure\n"));
        QVERIFY(unit.contains("\nExecStart=@LTS_BINDIR@/letthatsyncin --headless\n"));
        // Installed, ExecStart names the installed executable; here, the one just built.
        unit.replace("@LTS_BINDIR@",
                     QFile::encodeName(QFileInfo(QStringLiteral(LTS_APP_PATH)).absolutePath()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString unitPath = dir.filePath(QStringLiteral("letthatsyncin.service"));
        QFile unitFile(unitPath);
        QVERIFY(unitFile.open(QIODevice::WriteOnly));
        unitFile.write(unit);
        unitFile.close();
        QDir().mkpath(dir.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QProcess verify;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The user manager needs a runtime folder, even to read a unit file.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("HOME"), dir.path());
        verify.setProcessEnvironment(env);
        verify.start(analyze, { QStringLiteral("--user"), QStringLiteral("verify"), unitPath });
        QVERIFY(verify.waitForFinished(60000));
        const QString complaints = QString::fromUtf8(verify.readAllStandardError());
        QVERIFY2(verify.exitCode() == 0, qPrintable(complaints));
        // systemd only warns about a line it cannot use, and still exits 0.
        QVERIFY2(!complaints.contains(QStringLiteral("letthatsyncin.service")),
                 qPrintable(complaints));
    }
};

LTS_TEST_MAIN(TestServiceUnit)
#include "tst_serviceunit.moc"
