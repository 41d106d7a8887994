// TerminalPrompt: questions asked of the person at the terminal (a host key to trust, a
// password), as ssh asks them: only when standard input and standard error are a terminal, a
// password without echo. The answer is read on a thread of its own, so the event loop stays
// free for Ctrl+C; the terminal's echo is turned back on whatever ends the process.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace lts {

class TerminalPrompt final
{
public:
    TerminalPrompt() = delete;

    // Whether someone can answer: standard input and standard error are a terminal. Scripts,
    // cron and pipes get no question (and the command tells them what to run instead).
    static bool interactive();

    // Prints `question` on standard error, then reads one line of standard input (without
    // echo when `echo` is false and the input is a terminal) and blocks until it comes: call
    // it on a worker thread only. nullopt at the end of the input.
    static std::optional<QString> readLine(const QString &question, bool echo);
    // The same on a thread of its own; `answered` is called on `context`'s thread, which
    // must live until the process ends.
    static void ask(QObject *context, const QString &question, bool echo,
                    std::function<void(std::optional<QString>)> answered);
    // Whether `answer` is a yes to a "[y/N]" question.
    static bool isYes(const std::optional<QString> &answer);

    // Turns the echo back on if a question turned it off: before the process ends on Ctrl+C.
    static void restoreEcho();
};

} // namespace lts
