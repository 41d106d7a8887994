// Runs a program on a pseudo-terminal of its own, as a person at a terminal would, and
// answers its questions: each reply is typed once the text it waits for has shown. What the
// program prints on standard output and standard error comes back together, as on a screen
// (with what the terminal echoed of the replies: a reply typed while the echo is off is not
// there). Tests have no terminal otherwise, and a program must not trust a test hook to ask.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lts::test {

struct TerminalAnswer
{
    QString after; // the text to wait for
    QByteArray reply; // typed then, with its line end
};

struct TerminalRun
{
    int exitCode = -1; // -1: it crashed, was killed, or did not end in time
    QString screen;
};

inline TerminalRun runOnTerminal(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment,
                                 const QString &workingDirectory,
                                 const QList<TerminalAnswer> &answers, int timeoutMs = 60000)
{
    // Everything the child needs is made before fork(): after it, only exec.
    std::vector<QByteArray> words{ QFile::encodeName(program) };
    for (const QString &argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> variables;
    for (const QString &variable : environment.toStringList())
        variables.push_back(variable.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    const QByteArray directory = QFile::encodeName(workingDirectory);

    TerminalRun run;
    int master = -1;
    int slave = -1;
    winsize size{};
    size.ws_row = 40;
    size.ws_col = 120;
    if (::openpty(&master, &slave, nullptr, nullptr, &size) != 0)
        return run;
    const pid_t child = ::fork();
    if (child == 0) {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        ::dup2(slave, STDIN_FILENO);
        ::dup2(slave, STDOUT_FILENO);
        ::dup2(slave, STDERR_FILENO);
        ::close(master);
        if (slave > STDERR_FILENO)
            ::close(slave);
        if (::chdir(directory.constData()) != 0)
            ::_exit(127);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(slave);
    if (child < 0) {
        ::close(master);
        return run;
    }

    QByteArray screen;
    qsizetype searchFrom = 0;
    qsizetype next = 0;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        pollfd wait{ master, POLLIN, 0 };
        const int ready = ::poll(&wait, 1, int(std::max<qint64>(deadline.remainingTime(), 0)));
        if (ready == 0)
            break; // out of time
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        char buffer[4096];
        const ssize_t got = ::read(master, buffer, sizeof buffer);
        if (got <= 0)
            break; // EIO: the program and its terminal are gone
        screen.append(buffer, got);
        if (next < answers.size()) {
            const qsizetype at = screen.indexOf(answers.at(next).after.toUtf8(), searchFrom);
            if (at >= 0) {
                const QByteArray reply = answers.at(next).reply + '\n';
                if (::write(master, reply.constData(), size_t(reply.size())) != reply.size())
                    break;
                searchFrom = at + answers.at(next).after.toUtf8().size();
                ++next;
            }
        }
    }
    // The terminal is closed once the program ended; out of time, it is killed.
    if (deadline.hasExpired())
        ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(master);
    run.screen = QString::fromUtf8(screen);
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    return run;
}

} // namespace lts::test
