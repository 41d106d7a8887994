// LoginQuestions: what a server asks at login that only a person can answer (SSH's
// keyboard-interactive login: a one-time code, a PAM prompt after a refused password...), as
// the server words them, and the hook that relays them to a person (the terminal of the sync
// command, a dialog of the tray). The headless service has no one to ask: no relay.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lts::fsops {

struct LoginQuestion
{
    QString prompt; // as the server words it ("Password: ", "Verification code: ")
    bool echo = false; // whether the answer may be shown as it is typed
};

struct LoginQuestions
{
    QString location; // the server that asks, "sftp://user@host:port" (never a secret)
    QString name; // the server's title for the questions; often empty
    QString instruction; // the server's words before them; often empty
    QList<LoginQuestion> questions;
    // The server asks again: the answers given before were refused. A relay that kept them
    // must not give them again.
    bool again = false;
    // True once the run is cancelled: a relay that waits for a person gives up (nullopt).
    std::function<bool()> cancelled;
};

// Asks a person: the answers in the order of the questions, or nullopt when nobody answered
// (a dismissed dialog, the end of the input, a cancelled run). Called on the run's thread,
// with no deadline running: it may wait as long as the person takes.
using LoginRelay = std::function<std::optional<QList<QByteArray>>(const LoginQuestions &)>;

} // namespace lts::fsops
