// Runs the real letthatsyncin executable the way a user would, with its own home and
// config folders in the test's temporary directory, and collects what it printed.
#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lts::test {

struct AppRun
{
    int exitCode = -1; // -1: it crashed or was killed
    QString out;
    QString err;
};

inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

class AppRunner
{
public:
    // `home`: a folder of the test's own; HOME and the XDG folders point inside it.
    explicit AppRunner(QString home)
        : m_home(std::move(home))
    { }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/xdg-config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/xdg-data"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    // Sets up `process` to run the application; the caller starts it.
    void prepare(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_home);
        process.setProgram(QStringLiteral(LTS_APP_PATH));
        process.setArguments(arguments);
    }

    AppRun run(const QStringList &arguments, int timeoutMs = 120000) const
    {
        QProcess process;
        prepare(process, arguments);
        process.start();
        if (!process.waitForFinished(timeoutMs))
            qFatal("letthatsyncin did not finish");
        return finished(process);
    }

    static AppRun finished(QProcess &process)
    {
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private:
    QString m_home;
};

} // namespace lts::test
