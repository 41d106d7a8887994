#include "remotefacts.h"

#include "remotelocation.h"

namespace lts {

LocationFacts remoteFacts(const QString &location, const RemoteAccess &access)
{
    LocationFacts facts;
    facts.path = location.trimmed();
    facts.resolved = facts.path;
    const Result<RemoteLocation> remote = RemoteLocation::parse(location, {});
    // The server is the volume: two runs never write to one server at once.
    facts.volume = remote ? remote->comparisonKey().section(u'/', 0, 2) : facts.path;
    const std::shared_ptr<const Location> at = locationFor(location, access);
    const Result<fsops::Folder> root = at->openRoot();
    if (!root) {
        // Not there yet: the first run makes it, when the server lets it (a refusal is told
        // then, with the server's words). A server that did not answer, or that the user must
        // trust or log in to first, leaves everything unknown: the drive is taken, and its
        // first run says what it meets (Host Key Unknown, Authentication Failed, Unreachable).
        if (fsops::kindOf(root.error()) == fsops::ErrorKind::NotFound)
            facts.parentIsFolder = facts.parentWritable = true;
        else
            facts.looked = false;
        return facts;
    }
    facts.exists = facts.isFolder = true;
    facts.readable = root->list().ok();
    facts.writable = true; // known only by writing: the run says so when the server refuses
    if (const Result<fsops::Space> space = root->space()) {
        facts.bytesAvailable = space->available;
        facts.bytesTotal = space->total;
    }
    return facts;
}

} // namespace lts
