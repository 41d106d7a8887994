// CredentialStore: where the passwords and key passphrases of remote locations are kept, and
// read back (docs/remote.md, "Where passwords are kept"). In order:
//   1. systemd's $CREDENTIALS_DIRECTORY, read first when set (the service's own, read only);
//   2. the system's keychain (Keychain), service "LetThatSyncIn", key credentialkey::make();
//   3. where no keychain answers (a headless box without a session bus, CI), a file per secret
//      under <config dir>/credentials, 0600, refused on read when others may read it.
// Every call returns at once with a future; its answer comes on the store's thread. The
// keychain is asked on the store's thread (QtKeychain's jobs live on its event loop), the files
// on the store's own worker thread, and a keychain that does not answer within the deadline
// is taken as none. Calls are served one after another, so a read sees the write before it.
//
// A run on a worker thread gets its password the way the service should give it: read before
// the run starts (continuing on the future, on the main thread) and handed to the run's job in
// memory, a Secret that is wiped when the job ends. A worker may also call read() itself and
// wait for the future's result(): the calls may come from any thread; only the main thread
// must never wait.
#pragma once

#include "credentialfiles.h"
#include "keychain.h"
#include "result.h"
#include "secret.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace lts {

// Who answered: where a secret was found, or where it was written.
enum class CredentialBackend {
    None, // no secret is stored for the key
    ServiceCredentials, // systemd's $CREDENTIALS_DIRECTORY
    Keychain, // the system's keychain
    File, // <config dir>/credentials: the caller says so once (Warning "Password Stored In File")
};

struct CredentialAnswer
{
    CredentialBackend backend = CredentialBackend::None;
    std::optional<Secret> secret; // read: the secret, nullopt when none is stored
    std::optional<Error> error; // in words naming the location and the file; never the secret

    bool ok() const { return !error.has_value(); }
};

class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    // `configFolder`: the application's config dir; the fallback files go to its
    // "credentials" folder. `deadline`: how long the keychain may take to answer (the
    // NetworkTimeout setting). The system's keychain unless `keychain` is given.
    CredentialStore(const QString &configFolder, std::chrono::milliseconds deadline,
                    QObject *parent = nullptr);
    CredentialStore(const QString &configFolder, std::chrono::milliseconds deadline,
                    std::unique_ptr<Keychain> keychain, QObject *parent = nullptr);
    // Waits for the file operation under way, if any (the application's own folder; a keychain
    // call under way is dropped unanswered and its future cancelled).
    ~CredentialStore() override;

    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // The secret of `key`: from $CREDENTIALS_DIRECTORY, else the keychain, else the file. A
    // fallback file others may read is refused (error, code CredentialFiles::unsafeFile).
    QFuture<CredentialAnswer> read(const QString &key);
    // Stores `secret` in the keychain (and removes a fallback file of the key), or in a file
    // where no keychain answers. Refused when $CREDENTIALS_DIRECTORY gives the key (it would
    // hide the new one) or the keychain said no (the user's answer: no file then).
    QFuture<CredentialAnswer> write(const QString &key, const Secret &secret);
    // Removes the secret from the keychain and the file. An error when one is left: the
    // keychain said no or did not answer, or $CREDENTIALS_DIRECTORY still gives it.
    QFuture<CredentialAnswer> forget(const QString &key);

    // "<config dir>/credentials"
    QString fileFolder() const { return m_files.folder(); }
    // $CREDENTIALS_DIRECTORY as it was when the store was made; empty when not set.
    QString serviceFolder() const { return m_serviceFiles ? m_serviceFiles->folder() : QString(); }
    // Whether a secret was read from or written to a fallback file since the store was made.
    bool usedFile() const { return m_usedFile; }

    // Error codes, besides CredentialFiles' ones.
    static inline const QString keychainRefused = QStringLiteral("Keychain Refused");
    static inline const QString keychainSilent = QStringLiteral("Keychain Not Answering");
    static inline const QString serviceCredential = QStringLiteral("Service Credential");

Q_SIGNALS:
    // The first time (only) a secret was read from or written to a fallback file: the API
    // and the tray say so once (Warning "Password Stored In File").
    void fileUsed();

private:
    struct Operation;
    using Step = std::function<void()>;
    // The keychain's answer, or nullopt when it did not answer within the deadline.
    using KeychainDone = std::function<void(std::optional<Keychain::Answer>)>;

    QFuture<CredentialAnswer> enqueue(std::function<void(std::shared_ptr<Operation>)> start);
    void startNext();
    void finish(const std::shared_ptr<Operation> &operation, CredentialAnswer answer);
    // `work` on the worker thread, then `then` here.
    template<typename T>
    void onWorker(std::function<T()> work, std::function<void(T)> then);
    void askKeychain(std::function<void(Keychain::Done)> ask, KeychainDone then);

    void startRead(const std::shared_ptr<Operation> &operation, const QString &key);
    void startWrite(const std::shared_ptr<Operation> &operation, const QString &key,
                    const Secret &secret);
    void startForget(const std::shared_ptr<Operation> &operation, const QString &key);
    void noteFileUsed();
    QString keychainSilentWords(const QString &key) const;

    CredentialFiles m_files;
    std::optional<CredentialFiles> m_serviceFiles;
    std::chrono::milliseconds m_deadline;
    std::unique_ptr<Keychain> m_keychain;
    QThreadPool m_worker;
    std::deque<std::function<void()>> m_waiting;
    bool m_busy = false;
    bool m_usedFile = false;
};

} // namespace lts
