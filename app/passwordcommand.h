// PasswordCommand: `letthatsyncin password LOCATION [--forget]` stores the password of a
// remote location where the runs look for it (CredentialStore: the keychain, else a 0600
// file), read without echo on a terminal or as one line of standard input, so that it is
// never on a command line; --forget removes it. `password --key-file PATH` does the same for
// the passphrase of an SSH key file.
#pragma once

#include "credentialstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace lts {

struct GlobalOptions;

class PasswordCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordCommand)

public:
    PasswordCommand(QTextStream &out, QTextStream &err);
    ~PasswordCommand() override;

    QString description() const;
    void addOptions(QCommandLineParser &parser) const;
    // Runs the event loop until the store answered; returns the exit code.
    int run(const QCommandLineParser &parser, const GlobalOptions &options);

private:
    // The credential key of a remote location as given on the command line, or why it has none.
    static Result<QString> locationKey(const QString &argument);
    void store(const std::optional<QString> &password);
    void stored(const CredentialAnswer &answer);
    void forgotten(const CredentialAnswer &answer);
    // Waits for the store's answer on the event loop.
    void whenAnswered(const QFuture<CredentialAnswer> &future,
                      void (PasswordCommand::*then)(const CredentialAnswer &));
    void finish(int exitCode);
    void interrupt();

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineOption m_forget;
    QCommandLineOption m_keyFile;
    QString m_keyFilePath; // with --key-file: the key file, absolute
    QString m_key;
    std::unique_ptr<CredentialStore> m_store;
    QFutureWatcher<CredentialAnswer> m_watcher;
};

} // namespace lts
