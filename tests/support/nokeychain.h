// A keychain that answers nothing, as on a machine without a session bus: the credential store
// falls back to its 0600 files, which the tests can look at. Answers come on the next turn of
// the event loop, as a real keychain's do.
#pragma once

#include "keychain.h"

#include <QTimer>

namespace lts::test {

class NoKeychain final : public Keychain
{
public:
    void read(const QString &, Done done) override { later(std::move(done)); }
    void write(const QString &, const Secret &, Done done) override { later(std::move(done)); }
    void forget(const QString &, Done done) override { later(std::move(done)); }

private:
    void later(Done done)
    {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(Answer{}); });
    }
};

} // namespace lts::test
