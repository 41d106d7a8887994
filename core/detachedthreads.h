// DetachedThreads: threads that nobody waits for, because what they run may never return: a
// call to a folder that stopped answering (a network mount whose server went away) waits in
// the kernel, and no cancel reaches it. A run stuck there is abandoned by its caller, and the
// process must still be able to end: it asks at its end whether such a thread still runs,
// and then ends without destroying its static objects, which the thread may use when it
// wakes up.
#pragma once

#include <functional>

namespace lts {

class DetachedThreads final
{
public:
    DetachedThreads() = delete;

    // Runs `work` on a new thread that is never joined.
    static void start(std::function<void()> work);
    // How many of them have not returned yet.
    static int running();
    // Flushes stdout and stderr and ends the process with `code` at once, without running
    // the destructors of static objects (the files the application writes are closed after
    // every write, so nothing is lost).
    [[noreturn]] static void exitNow(int code);
    // exitNow(code) when one of them still runs; returns otherwise.
    static void exitNowIfAnyRunning(int code);
};

} // namespace lts
