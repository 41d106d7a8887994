// What ~/.ssh/config says of a server (remote.md, "Locations"): a location's host may be a
// `Host` alias, and the file may give its real `HostName`, its `User`, `Port` and
// `IdentityFile`. libssh itself reads the file, so it matches hosts as OpenSSH does.
#pragma once

#include "sshsession.h"

namespace lts::fsops {

// `asWritten` completed by the configuration file `configFile` (empty: ~/.ssh/config; a file
// that is not there changes nothing): the host becomes the HostName the file gives for it, and
// what the location string left open (no user, no ?key=, a port it did not give: see
// SshEndpoint::portGiven) comes from the file; what the string said wins. Reads a file: never
// on the GUI thread or the service's main thread.
SshEndpoint resolveSshEndpoint(SshEndpoint asWritten, const QString &configFile = {});

} // namespace lts::fsops
