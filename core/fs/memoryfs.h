// MemoryFileSystem: a location held in memory, with faults injected on demand: an error, a
// delay or a hang on any call, a full disk, a connection lost in the middle of a copy. The
// engine's behaviour on what a real disk or server does only now and then becomes an ordinary
// unit test (tst_fsconformance, tst_memorybackend). Thread-safe: the engine calls it from its
// copy threads at once.
#pragma once

#include "fsops.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace lts::fsops {

class MemoryFileSystem final
{
public:
    // The calls a fault can be put on; Any matches every call.
    enum class Call : std::uint8_t {
        Any,
        Open, // a folder
        List,
        Stat,
        MakeFolder,
        MakeLink,
        Rename,
        HardLink,
        Remove,
        SetAttributes,
        OpenFile, // for reading
        Read,
        CreateFile,
        Write,
        Finish, // a new file's attributes, flush and close
        Flush, // the whole location
        Space,
    };

    struct Fault
    {
        Call call = Call::Any;
        // Only calls on a path containing this ("photos/a.jpg"); empty: every path.
        QByteArray pathContains;
        ErrorKind error = ErrorKind::Io; // what the call fails with
        int skip = 0; // matching calls that pass before the fault strikes
        int times = -1; // how many calls it fails; -1: every one from then on
        // Instead of failing at once: wait until releaseHangs(), or fail with Timeout once
        // the location's deadline passed, as a remote backend gives up on a silent server.
        bool hang = false;
    };

    MemoryFileSystem();
    ~MemoryFileSystem();
    Q_DISABLE_COPY_MOVE(MemoryFileSystem)

    // `path`: "/" or a folder below it ("/photos"); fails as a disk would when it is missing.
    Result<Folder> openRoot(const QByteArray &path) const;

    void addFault(const Fault &fault);
    void clearFaults();
    // Ends every hang now and lets the hung calls go on as if nothing happened.
    void releaseHangs();
    // How many calls are waiting in a hang right now.
    int hungCalls() const;
    // The longest a hung call waits before it fails with Timeout (default: for ever).
    void setDeadline(std::optional<std::chrono::milliseconds> deadline);
    // The bytes the location holds at most: writing more fails with NoSpace.
    void setCapacity(std::int64_t bytes);
    // Without `settableTimes`, a file written is dated by the location's own clock, a second
    // later each time, and its times cannot be set: as a WebDAV server dates an upload.
    void setCapabilities(const Capabilities &capabilities);
    // A stable identity (as a disk's filesystem id); changing it is "another disk".
    void setIdentity(const QByteArray &identity);

    // How many calls of a kind were made on a path containing `pathContains` (any path when
    // empty) since the location was made or the count reset: what a test of "this run lists
    // no target folder" counts.
    int callCount(Call call, const QByteArray &pathContains = {}) const;
    void resetCallCounts();

    // For tests: the content of a file, or nullopt when there is no regular file at `path`.
    std::optional<QByteArray> fileContent(const QByteArray &path) const;
    // Writes a file (and the folders above it) with a modification time, outside any fault.
    void putFile(const QByteArray &path, const QByteArray &content, std::int64_t mtimeSec,
                 std::uint16_t mode = 0644);
    // Every path below `path` ("a", "a/b.txt"...), sorted, for comparing whole trees.
    QList<QByteArray> paths(const QByteArray &path = "/") const;

    struct State; // shared with the folders opened in it, which may outlive this object

private:
    std::shared_ptr<State> m_state;
};

} // namespace lts::fsops
