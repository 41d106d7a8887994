#include "detachedthreads.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace lts {

namespace {

// Trivially destructible: still there for a thread that returns while the process ends.
std::atomic<int> runningThreads{ 0 };

} // namespace

void DetachedThreads::start(std::function<void()> work)
{
    ++runningThreads;
    std::thread([work = std::move(work)]() mutable {
        work();
        work = nullptr; // what it holds goes before the count says the thread is done
        --runningThreads;
    }).detach();
}

int DetachedThreads::running()
{
    return runningThreads.load();
}

void DetachedThreads::exitNow(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

void DetachedThreads::exitNowIfAnyRunning(int code)
{
    if (running() > 0)
        exitNow(code);
}

} // namespace lts
