#include "keychain.h"

#include <qt6keychain/keychain.h>

namespace lts {

namespace {

// QtKeychain's errors as the credential store acts on them: with no keychain the store falls
// back to its files; a keychain that said no is the user's answer, and no file is written.
Keychain::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Outcome::Done;
    case QKeychain::EntryNotFound:
        return Keychain::Outcome::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        return Keychain::Outcome::Refused;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what a Linux box without a session bus or a wallet answers
        break;
    }
    return Keychain::Outcome::Unavailable;
}

// Starts `job`, owned by `keychain` so that no answer comes once the keychain is gone.
void run(QKeychain::Job *job, Keychain *keychain, const QString &key, Keychain::Done done)
{
    job->setParent(keychain);
    job->setAutoDelete(true);
    job->setKey(key);
    // Never QtKeychain's own fallback: it keeps secrets in plain text in a QSettings file.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, keychain,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         Keychain::Answer answer;
                         answer.outcome = outcomeOf(finished->error());
                         if (answer.outcome == Keychain::Outcome::Refused)
                             answer.detail = finished->errorString();
                         if (answer.outcome == Keychain::Outcome::Done) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 answer.secret = Secret(read->textData().toUtf8());
                         }
                         done(std::move(answer));
                     });
    job->start();
}

} // namespace

void SystemKeychain::read(const QString &key, Done done)
{
    run(new QKeychain::ReadPasswordJob(service), this, key, std::move(done));
}

void SystemKeychain::write(const QString &key, const Secret &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    // As text, as the user typed it: the keychain's own window shows it so, and other tools
    // read it so.
    job->setTextData(QString::fromUtf8(secret.bytes()));
    run(job, this, key, std::move(done));
}

void SystemKeychain::forget(const QString &key, Done done)
{
    run(new QKeychain::DeletePasswordJob(service), this, key, std::move(done));
}

} // namespace lts
