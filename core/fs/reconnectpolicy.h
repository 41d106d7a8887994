// How a remote backend goes on when its connection to the server is lost in the middle of a run
// (the server restarted, the network dropped for a moment): remote.md's "re-opened up to 3
// times with back-off". SFTP's pool connects again this way (sftpfs.cpp), FTP's pool and
// WebDAV's requests too (ftpfs.cpp, webdavfs.cpp). A refused login or an untrusted certificate
// is never such a loss: nothing retries those.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace lts::fsops {

// Up to `attempts` new tries, waiting `firstDelay` before the first and twice as long before
// each next one; `pause` waits (false: the location was cancelled meanwhile, and nothing more
// is tried). Tests shorten the waits.
struct ReconnectPolicy
{
    int attempts = 3;
    std::chrono::milliseconds firstDelay = std::chrono::seconds(1);
    std::function<bool(std::chrono::milliseconds)> pause; // empty: the backend's own wait

    // The wait before new try `retry` (0 for the first).
    std::chrono::milliseconds delayBefore(int retry) const { return firstDelay * (1LL << retry); }
};

// Waits `delay` on `changed` unless `stopped()` (checked under `mutex`) becomes true: a
// back-off that cancel() ends at once by notifying `changed`. False when it was stopped.
template<typename Stopped>
bool waitUnlessStopped(std::mutex &mutex, std::condition_variable &changed,
                       std::chrono::milliseconds delay, Stopped stopped)
{
    std::unique_lock lock(mutex);
    return !changed.wait_for(lock, delay, stopped);
}

} // namespace lts::fsops
