// The rclone backend: fsops::FolderImpl over rclone's remote-control daemon (RcloneDaemon), for
// a folder on any remote of the user's own rclone configuration (`rclone:REMOTE:path`): Dropbox,
// S3, Google Drive... rclone owns the logins and the service's quirks; this side sends its calls
// (HTTP POST with JSON): operations/list per folder, operations/stat, mkdir, deletefile, rmdir,
// movefile to rename, about for free space, fsinfo for what the remote keeps. A file is uploaded
// and downloaded through a temporary file of this computer with operations/copyfile (rclone
// streams it to the service), a large one as an asynchronous job whose progress core/stats
// tells. Names are UTF-8 (rclone's JSON carries text).
//
// The engine's calls are synchronous and come from its worker threads: each sends its request
// with the QNetworkAccessManager its location has on the calling thread and waits on a local
// event loop, never longer than the network timeout without progress. cancel() aborts them and
// stops the daemon's jobs of this location.
#pragma once

#include "location.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace lts {

namespace fsops {

// Where an rclone folder is.
struct RcloneEndpoint
{
    QString remote; // a remote of the user's rclone configuration ("dropbox")
    QString path; // inside it, as rclone takes it ("Lab/Site4", "/srv/data" on a local remote)
    // No call waits longer than this for the daemon or the service to make progress.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);

    // "dropbox:Lab/Site4", as rclone writes it.
    QString display() const;
};

// The remotes of the user's rclone configuration (config/listremotes), for pickers; starts the
// daemon for the call. Blocks: on a worker thread.
Result<QStringList> rcloneRemotes(std::chrono::milliseconds timeout);

} // namespace fsops

class RcloneLocation final : public Location
{
public:
    explicit RcloneLocation(fsops::RcloneEndpoint endpoint);
    ~RcloneLocation() override;

    QString displayName() const override;
    Result<fsops::Folder> openRoot() const override;
    Result<void> makeRoot() const override;
    bool isRemote() const override { return true; }
    // Aborts every call of the roots opened so far: they return Cancelled, and the daemon's jobs
    // they started are stopped.
    void cancel() const override;

    struct Client;

private:
    std::shared_ptr<Client> m_client;
};

} // namespace lts
