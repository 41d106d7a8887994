#include "terminalprompt.h"

#include "detachedthreads.h"

#include <QIODevice>
#include <QMetaObject>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <mutex>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace lts {

namespace {

#ifdef Q_OS_UNIX
// The terminal's settings before the echo was turned off, for restoreEcho(); plain data, so
// that it is still there while the process ends.
termios savedSettings{};
std::atomic_bool echoOff{ false };
#endif

// One stream for the process: a stream of its own per question could read ahead and lose
// the lines after its own.
std::mutex inputMutex;

QTextStream &input()
{
    static QTextStream stream(stdin, QIODevice::ReadOnly);
    return stream;
}

} // namespace

bool TerminalPrompt::interactive()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

std::optional<QString> TerminalPrompt::readLine(const QString &question, bool echo)
{
    const std::lock_guard lock(inputMutex);
#ifdef Q_OS_UNIX
    // The echo goes off before the question shows: what is typed as soon as it shows is
    // hidden too, and nothing typed ahead is thrown away (TCSANOW).
    if (!echo && ::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &savedSettings) == 0) {
        termios quiet = savedSettings;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the line end still shows, so the next output starts anew
        echoOff = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
    }
#endif
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QString line;
    const bool read = input().readLineInto(&line);
    restoreEcho();
    if (!read)
        return std::nullopt;
    return line;
}

void TerminalPrompt::ask(QObject *context, const QString &question, bool echo,
                         std::function<void(std::optional<QString>)> answered)
{
    // Never joined: a question nobody answers must not keep the process from ending.
    DetachedThreads::start([context, question, echo, answered = std::move(answered)] {
        std::optional<QString> answer = readLine(question, echo);
        QMetaObject::invokeMethod(
                context, [answer = std::move(answer), answered] { answered(answer); },
                Qt::QueuedConnection);
    });
}

bool TerminalPrompt::isYes(const std::optional<QString> &answer)
{
    if (!answer)
        return false;
    const QString word = answer->trimmed().toLower();
    return word == u"y" || word == u"yes";
}

void TerminalPrompt::restoreEcho()
{
#ifdef Q_OS_UNIX
    if (echoOff.exchange(false))
        ::tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
#endif
}

} // namespace lts
