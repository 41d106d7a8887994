// The remotes of the user's own rclone configuration (RCLONE_CONFIG, else rclone's default
// file), as `rclone listremotes` names them, for the location dialog's remote chooser. rclone is
// found on PATH (Debian's package rclone); it keeps the remotes' logins, so nothing of them
// passes here but their names.
#pragma once

#include "result.h"

#include <QStringList>

#include <chrono>
#include <optional>

namespace lts::fsops {

struct RcloneRemoteList
{
    bool installed = true; // rclone was found on PATH
    QStringList names; // as the configuration has them, without rclone's ':'
    std::optional<Error> error; // why rclone could not list them (a configuration it cannot read)
};

// rclone's path on PATH, or empty when it is not installed.
QString rcloneExecutable();

// Runs `rclone listremotes` and waits for it, `timeout` at most (it is killed then). Blocks: on
// a worker thread.
RcloneRemoteList listRcloneRemotes(std::chrono::milliseconds timeout);

} // namespace lts::fsops
