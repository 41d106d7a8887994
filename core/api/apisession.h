// ApiSession: what the server remembers about one WebSocket client between its requests.
#pragma once

namespace lts {

struct ApiSession
{
    bool authenticated = false; // presented the token, or needs none (same user, loopback)
    bool subscribed = false; // receives events
    int failedAuthentications = 0; // the connection is closed at the fifth
};

} // namespace lts
