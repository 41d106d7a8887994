// Keychain: the system's store of secrets (Secret Service or KWallet on Linux, the Credential
// Manager on Windows, the macOS Keychain), asked asynchronously on the thread that owns it.
// SystemKeychain asks it through QtKeychain; tests give the credential store their own.
#pragma once

#include "secret.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lts {

class Keychain : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keychain)

public:
    enum class Outcome {
        Done, // read (with the secret), written, or forgotten
        NotFound, // it holds nothing under that key
        Unavailable, // there is no keychain to ask (no session bus, no Secret Service)
        Refused, // there is one, and it said no (the user did not unlock it, access denied)
    };
    struct Answer
    {
        Outcome outcome = Outcome::Unavailable;
        Secret secret; // read, Done
        QString detail; // the keychain's own words, for Refused; never holds the secret
    };
    // Called once, later (never from within the call that asked), on the keychain's thread,
    // and never once the keychain is destroyed.
    using Done = std::function<void(Answer)>;

    using QObject::QObject;

    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const Secret &secret, Done done) = 0;
    virtual void forget(const QString &key, Done done) = 0;
};

class SystemKeychain final : public Keychain
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemKeychain)

public:
    // The keychain's service name every secret of the application is kept under.
    static inline const QString service = QStringLiteral("LetThatSyncIn");

    using Keychain::Keychain;

    void read(const QString &key, Done done) override;
    void write(const QString &key, const Secret &secret, Done done) override;
    void forget(const QString &key, Done done) override;
};

} // namespace lts
