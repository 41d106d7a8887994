// The exit codes of every command (docs/cli.md, "Exit codes"): scripts branch on them.
#pragma once

namespace lts {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitPartial = 1, // some entries failed, the rest was done
    ExitFailure = 2, // the command could not do its work
    ExitRefused = 3, // a safety rule stopped it before any change
    ExitBadCommandLine = 4,
};

} // namespace lts
