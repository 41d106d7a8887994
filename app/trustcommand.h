// TrustCommand: `letthatsyncin trust LOCATION [--fingerprint SHA256:...]` trusts the host key
// (SFTP) or the TLS certificate (davs://, ftpes://, ftps://, post+https://) the server of a
// remote location presents, as remote.md's "Command line" says: with --fingerprint only if it
// is that one; without, it shows it and how to check it, and asks on a terminal (never without
// one). A key goes to <config dir>/known_hosts, a certificate to trusted_certificates.
#pragma once

#include "fsops.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace lts {

struct GlobalOptions;

class TrustCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustCommand)

public:
    TrustCommand(QTextStream &out, QTextStream &err);

    QString description() const;
    void addOptions(QCommandLineParser &parser) const;
    // Runs the event loop until the key is trusted or not; returns the exit code.
    int run(const QCommandLineParser &parser, const GlobalOptions &options);

private:
    // What the server presented: its key, and whether it is trusted already.
    struct Look
    {
        fsops::HostKey key;
        std::optional<Error> error; // the server could not be reached or checked
        bool trusted = false;
    };

    // Connects to see the key (the checks and the network on a worker thread).
    void look();
    void looked(const Look &look);
    void trustKey(const QString &fingerprint);
    void trusted(const Result<fsops::HostKey> &key);
    // `work` on a thread of its own, `then` on this one with its answer.
    template<typename T>
    void onWorker(std::function<T()> work, std::function<void(T)> then);
    void fail(const Error &error);
    void finish(int exitCode);
    void interrupt();

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineOption m_fingerprint;
    QString m_location;
    QString m_configDir;
    bool m_certificate = false; // a TLS location's certificate, not an SSH host key
};

} // namespace lts
