// remoteFacts(): one look at a folder on a server, as the prober takes it for the checks of a
// drive and the editor (LocationFacts): there, a folder, listed, its free space. It connects,
// with the access's deadlines: call it on a prober's thread only.
#pragma once

#include "locationfactory.h"
#include "locationfacts.h"

namespace lts {

LocationFacts remoteFacts(const QString &location, const RemoteAccess &access);

} // namespace lts
