// What the tests' servers have in common (davserver.h, rclonesftpserver.h, ftpserver.h,
// uploadserver.h): a
// server process started and waited for until its log says it listens, stopped again; a
// self-signed certificate for the TLS ones, and its fingerprint as the backends show it.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace lts::test {

// Reads the process's output (stdout and stderr merged) into `log` until a line matches
// `pattern`; nullopt when the process ended or `timeoutMs` passed first.
std::optional<QRegularExpressionMatch> waitForLog(QProcess &process,
                                                  const QRegularExpression &pattern, QString &log,
                                                  int timeoutMs = 20000);

// Waits until `process` started and its log says where it listens: `listening`'s first capture
// is the port. The port, or 0 with `whyNot` said.
quint16 waitUntilListening(QProcess &process, const QRegularExpression &listening, QString &log,
                           QString &whyNot);

// Ends the process (SIGTERM, then SIGKILL) and waits for it.
void stopProcess(QProcess &process);

enum class CertificateKey { P256, Rsa2048 };

// Makes a self-signed certificate for 127.0.0.1 (P-256 unless said) and its key with openssl:
// the reason it could not, or nothing.
QString makeSelfSignedCertificate(const QString &certificateFile, const QString &keyFile,
                                  CertificateKey kind = CertificateKey::P256);

// "SHA256:<base64 of the certificate's SHA-256, no '=' padding>", as the backends show it.
QString certificateFingerprint(const QString &certificateFile);

} // namespace lts::test
