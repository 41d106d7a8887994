// TrustCommand: `letthatsyncin trust LOCATION [--fingerprint SHA256:...]` trusts the host key
// the server of a remote location presents, as remote.md's "Command line" says: with
// --fingerprint only if the key is that one; without, it shows the key and how to check it,
// and asks on a terminal (never without one). The key goes to <config dir>/known_hosts.
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
};

} // namespace lts
