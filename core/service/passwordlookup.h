// PasswordLookup: the stored passwords of remote locations, as a run asks for them on its own
// thread while it logs in (RemoteAccess::password). It asks the credential store and waits for
// the answer there, on the run's thread, never on the store's. Shared by the runs, which may
// outlive the store (a run abandoned at quit): once the store is gone (detach()), every
// question is answered "none" at once.
#pragma once

#include <QByteArray>
#include <QString>

#include <mutex>
#include <optional>

namespace lts {

class CredentialStore;

class PasswordLookup final
{
public:
    explicit PasswordLookup(CredentialStore *store)
        : m_store(store)
    { }

    // The password stored under `credentialKey`, or nullopt (none, the store could not be
    // read, or it is gone). Waits for the store: call it on a worker thread only.
    std::optional<QByteArray> read(const QString &credentialKey);
    // The store is going: called on its thread before it is destroyed.
    void detach();

private:
    std::mutex m_mutex; // the store is asked, or detached, one at a time
    CredentialStore *m_store;
};

} // namespace lts
