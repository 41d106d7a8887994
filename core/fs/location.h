// Location: one side of a drive (its source or its target) as the engine reaches it: a folder
// on a local disk today, in memory for tests, on a server in the next steps. The engine opens
// its roots here and never builds a path of its own, so a new kind of location is a new
// implementation of this interface and of fsops::FolderImpl, nothing else.
#pragma once

#include "fsops.h"

#include <QString>

#include <memory>
#include <optional>

namespace lts {

namespace fsops {
class MemoryFileSystem;
}

class Location
{
public:
    virtual ~Location() = default;

    // As the user wrote it and reads it in messages (a native path, an address).
    virtual QString displayName() const = 0;
    virtual Result<fsops::Folder> openRoot() const = 0;
    // Makes the root folder itself; fails with NotFound when the folder above it is missing
    // (the disk or the share is not there, so the drive is unavailable).
    virtual Result<void> makeRoot() const = 0;
    // The path of the root on this machine, for what only a local disk has (the target's
    // lock file, the volume it is on); nullopt elsewhere.
    virtual std::optional<QString> localPath() const { return std::nullopt; }
    // Whether the root is on another machine, reached over the network.
    virtual bool isRemote() const { return false; }
    // Closes what the location has open on the network, from any thread: every call waiting
    // on a server returns at once, Cancelled. Nothing to do for a local disk.
    virtual void cancel() const { }
    // The server's key when the latest connection was refused for it (Host Key Unknown or
    // Changed), for the drive's Trust field; nullopt otherwise.
    virtual std::optional<fsops::HostKey> refusedHostKey() const { return std::nullopt; }
    // Connects without logging in and tells the certificate the server presents now, and
    // whether it is trusted already (for `trust` and TrustHost, whatever the kind of TLS
    // location); NotSupported for a location that presents none (a local folder, plain
    // dav://; SFTP's host keys go through SshSession::trust).
    virtual Result<fsops::PresentedKey> presentedKey() const;

    // A folder of this machine's disks.
    static std::shared_ptr<const Location> local(const QString &path);
    // A folder of a file system held in memory (tests); `fileSystem` must outlive the runs.
    static std::shared_ptr<const Location> inMemory(const fsops::MemoryFileSystem &fileSystem,
                                                    const QByteArray &path);
    // A location this build or this machine cannot reach, named `displayName`: opening it
    // fails with `error` (a remote kind without its backend, a string that is no location).
    static std::shared_ptr<const Location> unusable(const QString &displayName, Error error);
};

} // namespace lts
