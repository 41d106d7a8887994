// What the test servers that run as a process of their own share: waiting until one says the
// port it listens on (the system picked it: port 0), and a self-signed certificate for TLS.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace lts::test {

// Reads what `process` prints into `log` until a line matches `listening` (its first capture
// being the port), for up to 20 s: the port, or 0 with `whyNot` said.
quint16 waitUntilListening(QProcess &process, const QRegularExpression &listening, QString &log,
                           QString &whyNot);

// Makes `cert` and `key` (PEM) for 127.0.0.1 with openssl, for two days: empty, or why not.
QString makeSelfSignedCertificate(const QString &cert, const QString &key);

// "SHA256:..." of the certificate in the PEM file `cert`, as the backends show it.
QString certificateFingerprint(const QString &cert);

} // namespace lts::test
