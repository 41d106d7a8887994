#include "credentialstore.h"

#include <QDir>
#include <QPointer>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent>

namespace lts {

struct CredentialStore::Operation
{
    QPromise<CredentialAnswer> promise;
    bool finished = false;
};

namespace {

CredentialAnswer failed(Error error, CredentialBackend backend = CredentialBackend::None)
{
    CredentialAnswer answer;
    answer.backend = backend;
    answer.error = std::move(error);
    return answer;
}

CredentialAnswer answeredBy(CredentialBackend backend)
{
    CredentialAnswer answer;
    answer.backend = backend;
    return answer;
}

} // namespace

CredentialStore::CredentialStore(const QString &configFolder, std::chrono::milliseconds deadline,
                                 QObject *parent)
    : CredentialStore(configFolder, deadline, std::make_unique<SystemKeychain>(), parent)
{ }

CredentialStore::CredentialStore(const QString &configFolder, std::chrono::milliseconds deadline,
                                 std::unique_ptr<Keychain> keychain, QObject *parent)
    : QObject(parent)
    , m_files(QDir(configFolder).filePath(QStringLiteral("credentials")))
    , m_deadline(deadline)
    , m_keychain(std::move(keychain))
{
    // Read once: systemd sets it when the service starts, and never changes it.
    const QString serviceFolder = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!serviceFolder.isEmpty())
        m_serviceFiles.emplace(serviceFolder);
    // One thread: the files are read and written in the order the calls came.
    m_worker.setMaxThreadCount(1);
    m_keychain->setParent(nullptr); // owned here, not by a QObject parent
}

CredentialStore::~CredentialStore()
{
    m_waiting.clear(); // their futures are cancelled with their promises
    m_worker.waitForDone();
}

void CredentialStore::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = deadline;
}

QFuture<CredentialAnswer> CredentialStore::read(const QString &key)
{
    return enqueue(
            [this, key](std::shared_ptr<Operation> operation) { startRead(operation, key); });
}

QFuture<CredentialAnswer> CredentialStore::write(const QString &key, const Secret &secret)
{
    return enqueue([this, key, secret](std::shared_ptr<Operation> operation) {
        startWrite(operation, key, secret);
    });
}

QFuture<CredentialAnswer> CredentialStore::forget(const QString &key)
{
    return enqueue(
            [this, key](std::shared_ptr<Operation> operation) { startForget(operation, key); });
}

QFuture<CredentialAnswer>
CredentialStore::enqueue(std::function<void(std::shared_ptr<Operation>)> start)
{
    auto operation = std::make_shared<Operation>();
    operation->promise.start();
    QFuture<CredentialAnswer> future = operation->promise.future();
    // Queued, from whichever thread called: the keychain is asked on this object's thread.
    QMetaObject::invokeMethod(
            this,
            [this, operation, start = std::move(start)] {
                m_waiting.push_back([operation, start] { start(operation); });
                if (!m_busy)
                    startNext();
            },
            Qt::QueuedConnection);
    return future;
}

void CredentialStore::startNext()
{
    if (m_waiting.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const std::function<void()> next = std::move(m_waiting.front());
    m_waiting.pop_front();
    next();
}

void CredentialStore::finish(const std::shared_ptr<Operation> &operation, CredentialAnswer answer)
{
    if (operation->finished)
        return;
    operation->finished = true;
    operation->promise.addResult(std::move(answer));
    operation->promise.finish();
    startNext();
}

template<typename T>
void CredentialStore::onWorker(std::function<T()> work, std::function<void(T)> then)
{
    QtConcurrent::run(&m_worker, std::move(work)).then(this, [then = std::move(then)](T value) {
        then(std::move(value));
    });
}

void CredentialStore::askKeychain(std::function<void(Keychain::Done)> ask, KeychainDone then)
{
    // Whichever comes first, the answer or the deadline, is the one acted on. The timer is a
    // child of the store: a store destroyed while the keychain is silent drops `then`, and with
    // it the promise, whose future is then cancelled.
    auto answered = std::make_shared<bool>(false);
    auto done = std::make_shared<KeychainDone>(std::move(then));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answered, done, timer] {
        timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        (*done)(std::nullopt);
    });
    timer->start(m_deadline);
    ask([answered, done, timer = QPointer<QTimer>(timer)](Keychain::Answer answer) {
        if (timer)
            timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        (*done)(std::move(answer));
    });
}

void CredentialStore::noteFileUsed()
{
    if (std::exchange(m_usedFile, true))
        return;
    Q_EMIT fileUsed();
}

QString CredentialStore::keychainSilentWords(const QString &key) const
{
    const auto seconds = int(std::chrono::ceil<std::chrono::seconds>(m_deadline).count());
    return tr("The keychain did not answer within %n second(s) about the password for %1.", nullptr,
              seconds)
            .arg(key);
}

// Read: $CREDENTIALS_DIRECTORY, then the keychain, then the fallback file.
void CredentialStore::startRead(const std::shared_ptr<Operation> &operation, const QString &key)
{
    auto fromFile = [this, operation, key](std::optional<Error> keychainProblem) {
        const CredentialFiles files = m_files;
        onWorker<Result<std::optional<Secret>>>(
                [files, key] { return files.read(key); },
                [this, operation, keychainProblem](Result<std::optional<Secret>> read) {
                    if (!read)
                        return finish(operation, failed(read.error(), CredentialBackend::File));
                    if (!read->has_value()) {
                        if (keychainProblem)
                            return finish(operation, failed(*keychainProblem));
                        return finish(operation, CredentialAnswer{});
                    }
                    noteFileUsed();
                    return finish(operation,
                                  CredentialAnswer{ CredentialBackend::File, read.value(), {} });
                });
    };
    auto fromKeychain = [this, operation, key, fromFile] {
        askKeychain([this, key](Keychain::Done done) { m_keychain->read(key, std::move(done)); },
                    [this, operation, key, fromFile](std::optional<Keychain::Answer> answer) {
                        if (!answer)
                            return fromFile(Error{ keychainSilent, keychainSilentWords(key) });
                        if (answer->outcome == Keychain::Outcome::Done)
                            return finish(operation, CredentialAnswer{ CredentialBackend::Keychain,
                                                                       std::move(answer->secret),
                                                                       {} });
                        if (answer->outcome == Keychain::Outcome::Refused)
                            return fromFile(Error{
                                    keychainRefused,
                                    tr("The keychain refused to give the password for %1: %2")
                                            .arg(key, answer->detail) });
                        return fromFile(std::nullopt);
                    });
    };
    if (!m_serviceFiles)
        return fromKeychain();
    const CredentialFiles serviceFiles = *m_serviceFiles;
    onWorker<Result<std::optional<Secret>>>(
            [serviceFiles, key] { return serviceFiles.read(key); },
            [this, operation, fromKeychain](Result<std::optional<Secret>> read) {
                if (!read)
                    return finish(operation,
                                  failed(read.error(), CredentialBackend::ServiceCredentials));
                if (!read->has_value())
                    return fromKeychain();
                return finish(operation, CredentialAnswer{ CredentialBackend::ServiceCredentials,
                                                           read.value(),
                                                           {} });
            });
}

// Write: refused where $CREDENTIALS_DIRECTORY gives the key; the keychain, else the file.
void CredentialStore::startWrite(const std::shared_ptr<Operation> &operation, const QString &key,
                                 const Secret &secret)
{
    auto toFile = [this, operation, key, secret] {
        const CredentialFiles files = m_files;
        onWorker<Result<void>>([files, key, secret] { return files.write(key, secret); },
                               [this, operation](Result<void> written) {
                                   if (!written)
                                       return finish(operation, failed(written.error()));
                                   noteFileUsed();
                                   finish(operation, answeredBy(CredentialBackend::File));
                               });
    };
    auto toKeychain = [this, operation, key, secret, toFile] {
        askKeychain(
                [this, key, secret](Keychain::Done done) {
                    m_keychain->write(key, secret, std::move(done));
                },
                [this, operation, key, toFile](std::optional<Keychain::Answer> answer) {
                    if (answer && answer->outcome == Keychain::Outcome::Refused)
                        return finish(operation,
                                      failed(Error{ keychainRefused,
                                                    tr("The keychain refused to store the "
                                                       "password for %1: %2")
                                                            .arg(key, answer->detail) }));
                    if (!answer || answer->outcome != Keychain::Outcome::Done)
                        return toFile();
                    // In the keychain now: a file left from a time without one goes.
                    const CredentialFiles files = m_files;
                    onWorker<Result<void>>(
                            [files, key] { return files.remove(key); },
                            [this, operation](Result<void> removed) {
                                if (!removed)
                                    return finish(operation, failed(removed.error(),
                                                                    CredentialBackend::Keychain));
                                finish(operation, answeredBy(CredentialBackend::Keychain));
                            });
                });
    };
    if (!m_serviceFiles)
        return toKeychain();
    const CredentialFiles serviceFiles = *m_serviceFiles;
    onWorker<bool>(
            [serviceFiles, key] { return serviceFiles.holds(key); },
            [this, operation, key, toKeychain, serviceFiles](bool held) {
                if (!held)
                    return toKeychain();
                finish(operation,
                       failed(Error{ serviceCredential,
                                     tr("The password for %1 is given by the service's "
                                        "credential %2 (systemd's LoadCredential=), which hides "
                                        "any other: change it there.")
                                             .arg(key, QDir::toNativeSeparators(
                                                               serviceFiles.pathOf(key))) },
                              CredentialBackend::ServiceCredentials));
            });
}

// Forget: the keychain and the file; what is left (or may be) is said.
void CredentialStore::startForget(const std::shared_ptr<Operation> &operation, const QString &key)
{
    askKeychain(
            [this, key](Keychain::Done done) { m_keychain->forget(key, std::move(done)); },
            [this, operation, key](std::optional<Keychain::Answer> answer) {
                std::optional<Error> problem;
                if (!answer)
                    problem = Error{ keychainSilent,
                                     keychainSilentWords(key) + u' '
                                             + tr("The password may still be stored there.") };
                else if (answer->outcome == Keychain::Outcome::Refused)
                    problem = Error{ keychainRefused,
                                     tr("The keychain refused to remove the password for %1: %2")
                                             .arg(key, answer->detail) };
                const CredentialFiles files = m_files;
                const std::optional<CredentialFiles> serviceFiles = m_serviceFiles;
                onWorker<std::optional<Error>>(
                        [files, serviceFiles, key]() -> std::optional<Error> {
                            if (Result<void> removed = files.remove(key); !removed)
                                return removed.error();
                            if (serviceFiles && serviceFiles->holds(key))
                                return Error{
                                    serviceCredential,
                                    tr("The password for %1 is still given by the service's "
                                       "credential %2 (systemd's LoadCredential=): remove it "
                                       "there.")
                                            .arg(key, QDir::toNativeSeparators(
                                                              serviceFiles->pathOf(key)))
                                };
                            return std::nullopt;
                        },
                        [this, operation, problem](std::optional<Error> left) {
                            if (problem)
                                return finish(operation, failed(*problem));
                            if (left)
                                return finish(operation, failed(*left));
                            finish(operation, CredentialAnswer{});
                        });
            });
}

} // namespace lts
