// The credential store: secrets go to the keychain, or to a 0600 file where no keychain
// answers (said once); a file others may read is refused in words; systemd's
// $CREDENTIALS_DIRECTORY is read first; keys with odd characters get files of their own; a
// keychain that is missing or silent never holds a caller up; and a secret is found nowhere
// but where it was put.
#include "credentialkey.h"
#include "credentialstore.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

#include <chrono>
#include <memory>

#include <sys/stat.h>

using namespace lts;
using namespace std::chrono_literals;

namespace {

constexpr auto deadline = 300ms;
constexpr int answerWithin = 10000; // ms, for QTRY: the real keychain's "none" takes a few ms

const QString piKey = QStringLiteral("sftp://pi@logger.local:22");
const QByteArray piPassword = QByteArrayLiteral("c0rrect horse!");

// A keychain as the tests want it: absent, silent, refusing, or holding secrets.
class FakeKeychain final : public Keychain
{
public:
    enum class Mode { Absent, Silent, Refusing, Working };

    explicit FakeKeychain(Mode mode, std::shared_ptr<QHash<QString, QByteArray>> held)
        : m_mode(mode)
        , m_held(std::move(held))
    { }

    void read(const QString &key, Done done) override
    {
        answerLater(std::move(done), [this, key] {
            if (!m_held->contains(key))
                return Answer{ Outcome::NotFound, {}, {} };
            return Answer{ Outcome::Done, Secret(m_held->value(key)), {} };
        });
    }
    void write(const QString &key, const Secret &secret, Done done) override
    {
        answerLater(std::move(done), [this, key, secret] {
            m_held->insert(key, secret.bytes());
            return Answer{ Outcome::Done, {}, {} };
        });
    }
    void forget(const QString &key, Done done) override
    {
        answerLater(std::move(done), [this, key] {
            return Answer{ m_held->remove(key) ? Outcome::Done : Outcome::NotFound, {}, {} };
        });
    }

private:
    void answerLater(Done done, std::function<Answer()> working)
    {
        switch (m_mode) {
        case Mode::Silent:
            return; // a Secret Service that took the call and never answers
        case Mode::Absent:
            working = [] { return Answer{ Outcome::Unavailable, {}, {} }; };
            break;
        case Mode::Refusing:
            working = [] { return Answer{ Outcome::Refused, {}, QStringLiteral("not unlocked") }; };
            break;
        case Mode::Working:
            break;
        }
        QTimer::singleShot(0, this, [done = std::move(done), working = std::move(working)] {
            done(working());
        });
    }

    Mode m_mode;
    std::shared_ptr<QHash<QString, QByteArray>> m_held;
};

uint modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return uint(status.st_mode & 07777);
}

void writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.setPermissions(permissions))
        qFatal("cannot write the test's file");
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<QHash<QString, QByteArray>> m_held;

    QString configFolder() const { return m_dir->filePath(QStringLiteral("config")); }
    QString fileOf(const QString &key) const
    {
        return configFolder() + QStringLiteral("/credentials/") + credentialkey::fileName(key);
    }

    std::unique_ptr<CredentialStore> store(FakeKeychain::Mode mode)
    {
        return std::make_unique<CredentialStore>(configFolder(), deadline,
                                                 std::make_unique<FakeKeychain>(mode, m_held));
    }
    std::unique_ptr<CredentialStore> systemStore()
    {
        return std::make_unique<CredentialStore>(configFolder(), deadline);
    }

    // The answer, waited for on the event loop (QTRY), never by blocking it.
    static CredentialAnswer answerOf(QFuture<CredentialAnswer> future)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), answerWithin); }();
        if (!future.isFinished() || future.resultCount() != 1)
            return CredentialAnswer{ CredentialBackend::None, std::nullopt,
                                     Error{ QStringLiteral("Test"), QStringLiteral("no answer") } };
        return future.result();
    }

    static QString errorCode(const CredentialAnswer &answer)
    {
        return answer.error ? answer.error->code : QString();
    }

    // Every file under `folder` whose content holds `secret`, relative to it.
    static QStringList filesHolding(const QString &folder, const QByteArray &secret)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                found.append(QDir(folder).relativeFilePath(path));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The system keychain is asked on a session bus that is not there, whatever the
        // machine that runs the tests has: no test ever writes to a developer's own keychain.
        static QTemporaryDir busFolder;
        QVERIFY(busFolder.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QByteArray("unix:path=")
                        + QFile::encodeName(busFolder.filePath(QStringLiteral("no-bus"))));
        qunsetenv("CREDENTIALS_DIRECTORY");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_held = std::make_shared<QHash<QString, QByteArray>>();
    }

    void cleanup() { qunsetenv("CREDENTIALS_DIRECTORY"); }

    void keysNameUserHostAndPort()
    {
        QCOMPARE(credentialkey::make(QStringLiteral("SFTP"), QStringLiteral("pi"),
                                     QStringLiteral("Logger.Local"), 22),
                 piKey);
        // A user name with '@' cannot be read as the host's part.
        QCOMPARE(credentialkey::make(QStringLiteral("sftp"), QStringLiteral("me@example.org"),
                                     QStringLiteral("nas"), 2222),
                 QStringLiteral("sftp://me%40example.org@nas:2222"));
        QCOMPARE(credentialkey::make(QStringLiteral("sftp"), QStringLiteral("a:b%c"),
                                     QStringLiteral("nas"), 22),
                 QStringLiteral("sftp://a%3Ab%25c@nas:22"));
        // A location that names no user: no '@' either (the server's default user).
        QCOMPARE(credentialkey::make(QStringLiteral("sftp"), QString(), QStringLiteral("nas"), 22),
                 QStringLiteral("sftp://nas:22"));
        // IPv6 addresses in brackets, as in a URL, bracketed already or not.
        QCOMPARE(credentialkey::make(QStringLiteral("sftp"), QStringLiteral("pi"),
                                     QStringLiteral("FE80::1"), 22),
                 QStringLiteral("sftp://pi@[fe80::1]:22"));
        QCOMPARE(credentialkey::make(QStringLiteral("sftp"), QStringLiteral("pi"),
                                     QStringLiteral("[::1]"), 22),
                 QStringLiteral("sftp://pi@[::1]:22"));
        // A link-local address's zone, as a URL writes it (found by fuzz_drive).
        QCOMPARE(credentialkey::make(QStringLiteral("sftp"), QString(),
                                     QStringLiteral("fe80::1%eth0"), 22),
                 QStringLiteral("sftp://[fe80::1%25eth0]:22"));
    }

    void fileNamesAreSafeAndDistinct()
    {
        QCOMPARE(credentialkey::fileName(piKey),
                 QStringLiteral("sftp+3A+2F+2Fpi@logger.local+3A22"));
        const QStringList keys{
            piKey,
            QStringLiteral("sftp://me%40example.org@nas:22"),
            QStringLiteral("sftp://me@example.org@nas:22"),
            QStringLiteral("sftp://pi@[fe80::1%25eth0]:22"),
            QStringLiteral("sftp://pi@[::1]:22"),
            QStringLiteral("sftp://J\u00fcrgen@nas:22"),
            QStringLiteral("sftp://a b/c\\d@nas:22"),
            QStringLiteral("sftp://pi+3A@nas:22"),
        };
        QSet<QString> names;
        for (const QString &key : keys) {
            const QString name = credentialkey::fileName(key);
            QVERIFY2(!name.isEmpty(), qPrintable(key));
            static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._@+-]+$"));
            QVERIFY2(safe.match(name).hasMatch(), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), keys.size());
        // Too long for a file name: no file can hold it, and it is not cut to fit another's.
        QVERIFY(credentialkey::fileName(QStringLiteral("sftp://pi@") + QString(300, u'a')
                                        + QStringLiteral(":22"))
                        .isEmpty());
    }

    void withoutKeychainTheFileIsUsedAndSaidOnce()
    {
        // The real QtKeychain, on a machine without a session bus (CI, a headless box).
        auto credentials = systemStore();
        QSignalSpy fileUsed(credentials.get(), &CredentialStore::fileUsed);
        QFuture<CredentialAnswer> writing = credentials->write(piKey, Secret(piPassword));
        QVERIFY(!writing.isFinished()); // returns at once: the keychain is asked later
        const CredentialAnswer written = answerOf(writing);
        QVERIFY2(written.ok(), qPrintable(written.error ? written.error->message : QString()));
        QCOMPARE(written.backend, CredentialBackend::File);
        QCOMPARE(fileUsed.count(), 1);
        QVERIFY(credentials->usedFile());

        const QString path = fileOf(piKey);
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(modeOf(configFolder() + QStringLiteral("/credentials")), 0700u);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), piPassword);

        const CredentialAnswer read = answerOf(credentials->read(piKey));
        QVERIFY(read.ok());
        QCOMPARE(read.backend, CredentialBackend::File);
        QVERIFY(read.secret.has_value());
        QCOMPARE(read.secret->bytes(), piPassword);
        QCOMPARE(fileUsed.count(), 1); // said once, not at every use

        const CredentialAnswer forgotten = answerOf(credentials->forget(piKey));
        QVERIFY2(forgotten.ok(),
                 qPrintable(forgotten.error ? forgotten.error->message : QString()));
        QVERIFY(!QFile::exists(path));
        const CredentialAnswer none = answerOf(credentials->read(piKey));
        QVERIFY(none.ok());
        QCOMPARE(none.backend, CredentialBackend::None);
        QVERIFY(!none.secret.has_value());
    }

    void oddKeysRoundTripWithoutMixingUp()
    {
        auto credentials = store(FakeKeychain::Mode::Absent);
        const QList<std::pair<QString, QByteArray>> secrets{
            { credentialkey::make(QStringLiteral("sftp"), QStringLiteral("me@example.org"),
                                  QStringLiteral("nas"), 22),
              "first" },
            { credentialkey::make(QStringLiteral("sftp"), QStringLiteral("me"),
                                  QStringLiteral("example.org@nas"), 22),
              "second" },
            { credentialkey::make(QStringLiteral("sftp"), QStringLiteral("pi"),
                                  QStringLiteral("fe80::1%eth0"), 22),
              "third" },
            { credentialkey::make(QStringLiteral("sftp"), QStringLiteral("pi"),
                                  QStringLiteral("::1"), 2222),
              "fourth \xc3\xa9" },
        };
        for (const auto &[key, secret] : secrets)
            QVERIFY(answerOf(credentials->write(key, Secret(secret))).ok());
        QCOMPARE(
                QDir(configFolder() + QStringLiteral("/credentials")).entryList(QDir::Files).size(),
                secrets.size());
        for (const auto &[key, secret] : secrets) {
            const CredentialAnswer read = answerOf(credentials->read(key));
            QVERIFY2(read.secret.has_value(), qPrintable(key));
            QCOMPARE(read.secret->bytes(), secret);
        }
        QVERIFY(answerOf(credentials->forget(secrets[0].first)).ok());
        QVERIFY(!answerOf(credentials->read(secrets[0].first)).secret.has_value());
        QCOMPARE(answerOf(credentials->read(secrets[1].first)).secret->bytes(), secrets[1].second);
    }

    void aFileOthersMayReadIsRefused()
    {
        writeFile(fileOf(piKey), piPassword,
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        auto credentials = store(FakeKeychain::Mode::Absent);
        const CredentialAnswer read = answerOf(credentials->read(piKey));
        QVERIFY(!read.ok());
        QVERIFY(!read.secret.has_value());
        QCOMPARE(read.error->code, CredentialFiles::unsafeFile);
        const QString &message = read.error->message;
        QVERIFY2(message.contains(piKey), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(fileOf(piKey))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("other users")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("chmod 600 ")
                                  + QDir::toNativeSeparators(fileOf(piKey))),
                 qPrintable(message));
        QVERIFY(!message.contains(QString::fromUtf8(piPassword)));
        QVERIFY(!credentials->usedFile());

        // Made the user's alone, as the words say: used.
        QVERIFY(QFile::setPermissions(fileOf(piKey), QFile::ReadOwner | QFile::WriteOwner));
        const CredentialAnswer again = answerOf(credentials->read(piKey));
        QVERIFY(again.ok());
        QCOMPARE(again.secret->bytes(), piPassword);
    }

    void aFileOthersMayChangeIsRefused()
    {
        writeFile(fileOf(piKey), piPassword,
                  QFile::ReadOwner | QFile::WriteOwner | QFile::WriteGroup);
        auto credentials = store(FakeKeychain::Mode::Absent);
        QCOMPARE(errorCode(answerOf(credentials->read(piKey))), CredentialFiles::unsafeFile);
    }

    void oneLineEndIsNotPartOfAFile()
    {
        writeFile(fileOf(piKey), piPassword + '\n', QFile::ReadOwner | QFile::WriteOwner);
        auto credentials = store(FakeKeychain::Mode::Absent);
        QCOMPARE(answerOf(credentials->read(piKey)).secret->bytes(), piPassword);
    }

    void serviceCredentialsAreReadFirst()
    {
        QTemporaryDir service;
        QVERIFY(service.isValid());
        // As systemd's LoadCredential= leaves it: read-only, the service's user's.
        const QString given = service.filePath(credentialkey::fileName(piKey));
        writeFile(given, "from systemd\n", QFile::ReadOwner);
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(service.path()));
        m_held->insert(piKey, "from the keychain");
        writeFile(fileOf(piKey), "from the file", QFile::ReadOwner | QFile::WriteOwner);
        auto credentials = store(FakeKeychain::Mode::Working);
        QCOMPARE(credentials->serviceFolder(), service.path());

        const CredentialAnswer read = answerOf(credentials->read(piKey));
        QVERIFY(read.ok());
        QCOMPARE(read.backend, CredentialBackend::ServiceCredentials);
        QCOMPARE(read.secret->bytes(), QByteArray("from systemd"));

        // Another key is not there: the keychain answers.
        const QString other = credentialkey::make(QStringLiteral("sftp"), QStringLiteral("pi"),
                                                  QStringLiteral("nas"), 22);
        m_held->insert(other, "nas password");
        const CredentialAnswer otherRead = answerOf(credentials->read(other));
        QCOMPARE(otherRead.backend, CredentialBackend::Keychain);
        QCOMPARE(otherRead.secret->bytes(), QByteArray("nas password"));

        // A new password would be hidden by systemd's: refused, in words saying where.
        const CredentialAnswer written = answerOf(credentials->write(piKey, Secret("new")));
        QCOMPARE(errorCode(written), CredentialStore::serviceCredential);
        QVERIFY2(written.error->message.contains(QDir::toNativeSeparators(given)),
                 qPrintable(written.error->message));
        QCOMPARE(m_held->value(piKey), QByteArray("from the keychain"));

        // Forgotten where the application keeps it; systemd's is said to be left.
        const CredentialAnswer forgotten = answerOf(credentials->forget(piKey));
        QCOMPARE(errorCode(forgotten), CredentialStore::serviceCredential);
        QVERIFY(!m_held->contains(piKey));
        QVERIFY(!QFile::exists(fileOf(piKey)));
        QVERIFY(QFile::exists(given));
    }

    void theKeychainComesBeforeTheFile()
    {
        // A file left from a time without a keychain goes once the keychain holds the secret.
        writeFile(fileOf(piKey), "old", QFile::ReadOwner | QFile::WriteOwner);
        auto credentials = store(FakeKeychain::Mode::Working);
        QSignalSpy fileUsed(credentials.get(), &CredentialStore::fileUsed);
        const CredentialAnswer written = answerOf(credentials->write(piKey, Secret(piPassword)));
        QVERIFY(written.ok());
        QCOMPARE(written.backend, CredentialBackend::Keychain);
        QCOMPARE(m_held->value(piKey), piPassword);
        QVERIFY(!QFile::exists(fileOf(piKey)));

        const CredentialAnswer read = answerOf(credentials->read(piKey));
        QCOMPARE(read.backend, CredentialBackend::Keychain);
        QCOMPARE(read.secret->bytes(), piPassword);
        QCOMPARE(fileUsed.count(), 0);

        QVERIFY(answerOf(credentials->forget(piKey)).ok());
        QVERIFY(!m_held->contains(piKey));
        QCOMPARE(answerOf(credentials->read(piKey)).backend, CredentialBackend::None);
    }

    void aKeychainThatSaysNoGetsNoFile()
    {
        auto credentials = store(FakeKeychain::Mode::Refusing);
        const CredentialAnswer written = answerOf(credentials->write(piKey, Secret(piPassword)));
        QCOMPARE(errorCode(written), CredentialStore::keychainRefused);
        QVERIFY(written.error->message.contains(piKey));
        QVERIFY(!QFile::exists(fileOf(piKey)));
        const CredentialAnswer read = answerOf(credentials->read(piKey));
        QCOMPARE(errorCode(read), CredentialStore::keychainRefused);
    }

    void aSilentKeychainHoldsNobodyUp()
    {
        auto credentials = store(FakeKeychain::Mode::Silent);
        QSignalSpy fileUsed(credentials.get(), &CredentialStore::fileUsed);
        // The event loop turns while the keychain is silent.
        int ticks = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(10ms);

        QElapsedTimer clock;
        clock.start();
        QFuture<CredentialAnswer> writing = credentials->write(piKey, Secret(piPassword));
        QVERIFY(!writing.isFinished()); // the call returned before the keychain answered
        const CredentialAnswer written = answerOf(writing);
        QVERIFY(written.ok());
        QCOMPARE(written.backend, CredentialBackend::File); // the deadline passed: the fallback
        // Not before the deadline (a coarse timer may fire up to 5 % early).
        QVERIFY(clock.elapsed() >= deadline.count() * 9 / 10);
        QVERIFY(ticks > 0);
        QCOMPARE(fileUsed.count(), 1);

        const CredentialAnswer read = answerOf(credentials->read(piKey));
        QCOMPARE(read.backend, CredentialBackend::File);
        QCOMPARE(read.secret->bytes(), piPassword);

        // With nothing in the file either, the silence is said, not taken for "no password".
        const QString other = credentialkey::make(QStringLiteral("sftp"), QStringLiteral("pi"),
                                                  QStringLiteral("nas"), 22);
        const CredentialAnswer silent = answerOf(credentials->read(other));
        QCOMPARE(errorCode(silent), CredentialStore::keychainSilent);
        QVERIFY2(silent.error->message.contains(other), qPrintable(silent.error->message));
        QVERIFY2(silent.error->message.contains(QStringLiteral("did not answer")),
                 qPrintable(silent.error->message));

        // Forgetting removes the file, and says the keychain may still hold it.
        const CredentialAnswer forgotten = answerOf(credentials->forget(piKey));
        QCOMPARE(errorCode(forgotten), CredentialStore::keychainSilent);
        QVERIFY(!QFile::exists(fileOf(piKey)));
    }

    void callsAreServedInOrder()
    {
        auto credentials = store(FakeKeychain::Mode::Absent);
        // Not waited for in between: each call sees the ones before it.
        QFuture<CredentialAnswer> first = credentials->write(piKey, Secret("one"));
        QFuture<CredentialAnswer> second = credentials->write(piKey, Secret("two"));
        QFuture<CredentialAnswer> read = credentials->read(piKey);
        QFuture<CredentialAnswer> forgotten = credentials->forget(piKey);
        QFuture<CredentialAnswer> readAfter = credentials->read(piKey);
        QCOMPARE(answerOf(read).secret->bytes(), QByteArray("two"));
        QVERIFY(answerOf(first).ok());
        QVERIFY(answerOf(second).ok());
        QVERIFY(answerOf(forgotten).ok());
        QVERIFY(!answerOf(readAfter).secret.has_value());
    }

    void aWorkerThreadMayWaitForItsSecret()
    {
        auto credentials = store(FakeKeychain::Mode::Working);
        m_held->insert(piKey, piPassword);
        CredentialStore *shared = credentials.get();
        // A run's thread asks and waits; the main thread goes on turning its event loop.
        QFuture<QByteArray> run = QtConcurrent::run([shared] {
            const CredentialAnswer answer = shared->read(piKey).result();
            return answer.secret ? answer.secret->bytes() : QByteArray();
        });
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), answerWithin);
        QCOMPARE(run.result(), piPassword);
    }

    void aStoreGoneCancelsWhatItOwes()
    {
        auto credentials = store(FakeKeychain::Mode::Silent);
        QFuture<CredentialAnswer> reading = credentials->read(piKey);
        QCoreApplication::processEvents(); // the call is with the keychain now
        credentials.reset();
        QVERIFY(reading.isFinished());
        QVERIFY(reading.isCanceled());
    }

    void theSecretIsNowhereElse()
    {
        auto credentials = store(FakeKeychain::Mode::Absent);
        QVERIFY(answerOf(credentials->write(piKey, Secret(piPassword))).ok());
        QVERIFY(answerOf(credentials->read(piKey)).ok());
        QCOMPARE(filesHolding(m_dir->path(), piPassword),
                 QStringList{ QStringLiteral("config/credentials/")
                              + credentialkey::fileName(piKey) });
        QVERIFY(answerOf(credentials->forget(piKey)).ok());
        QCOMPARE(filesHolding(m_dir->path(), piPassword), QStringList());
        // No temporary of the file's writing is left either.
        QCOMPARE(QDir(configFolder() + QStringLiteral("/credentials"))
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void wipingACopyLeavesTheOthers()
    {
        Secret secret(QByteArray("wipe me"));
        Secret copy = secret;
        copy.wipe();
        QVERIFY(copy.isEmpty());
        QCOMPARE(secret.bytes(), QByteArray("wipe me"));
        copy = secret;
        secret.wipe();
        QCOMPARE(copy.bytes(), QByteArray("wipe me"));
    }
};

LTS_TEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
