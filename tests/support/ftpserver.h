// Real FTP servers for the tests, on loopback, serving a folder of the test's own; stopped when
// the object goes.
//
// - pyftpdlib (Debian python3-pyftpdlib), through support/pyftpdlibserver.py: plain FTP, a user
//   and a password, MLSD and MFMT, names as bytes; the login lands in the served folder ("/").
// - vsftpd (Debian vsftpd), explicit (ftpes://) or implicit (ftps://) TLS with a self-signed
//   certificate: LIST only, MDTM sets times. vsftpd logs local users in with their system
//   password through PAM, which a test cannot set up, and with run_as_launching_user=YES (what
//   lets it run as the user who starts it, root or not, without its privileged helper) it takes
//   no local logins at all: the tests log in anonymously, to an anon_root that may upload, make
//   folders, rename and delete (anon_upload_enable, anon_mkdir_write_enable,
//   anon_other_write_enable). It does not chroot then: the login lands in the served folder,
//   given by its full path ("257 "/tmp/.../served""). It reads no pid file and prints nothing
//   when it listens: start() waits until the port answers with vsftpd's "220".
#pragma once

#include "serverprocess.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace lts::test {

class FtpServer
{
public:
    enum class Kind { Pyftpdlib, Vsftpd };
    enum class Tls { None, Explicit, Implicit };
    explicit FtpServer(Kind kind, Tls tls = Tls::None);
    ~FtpServer();
    Q_DISABLE_COPY_MOVE(FtpServer)

    // Why this kind of server cannot run here (it is not installed), or nothing: the one reason
    // a test may skip for.
    static QString whyNot(Kind kind);
    // Starts the server (again on the same port after stop()) and waits until it listens; false
    // with whyNot() when it cannot.
    bool start();
    // Stops it (a server gone in the middle of a run).
    void stop();
    // vsftpd over TLS: stops it, makes it a new certificate, and starts it again on the same
    // port (a server whose certificate changed); false with whyNot() when it cannot.
    bool replaceCertificate();
    QString whyNot() const { return m_whyNot; }

    quint16 port() const { return m_port; }
    // Its process, for a test that kills it from the engine's thread (QProcess may not).
    qint64 processId() const { return m_process.processId(); }
    // The login: "u" and "p" (pyftpdlib), anonymous (vsftpd: an empty user).
    QString user() const;
    QByteArray password() const;
    // The folder served, where the login lands.
    QString directory() const { return m_dir.filePath(QStringLiteral("served")); }
    // "ftp://u@127.0.0.1:PORT", "ftpes://127.0.0.1:PORT", "ftps://...": the start of a location.
    QString origin() const;
    // Its certificate's "SHA256:..." (TLS only).
    QString certificateFingerprint() const;
    // What the server said (its log), for a failing test's message.
    QString log();
    // Before start(): the server's log also has every command it was sent, for a test that
    // counts them.
    void logCommands() { m_logCommands = true; }
    // vsftpd, before start(): an RSA certificate, as Debian's default configuration has (the
    // snakeoil one), with which its TLS 1.2 cipher (ECDHE-RSA-AES256-GCM-SHA384) can be
    // agreed; with the P-256 one it speaks only TLS 1.3.
    void useRsaCertificate() { m_certificateKey = CertificateKey::Rsa2048; }
    // How many commands `command` ("USER", "MLSD") it was sent so far (with logCommands()).
    int commandsSent(const QString &command);

private:
    bool startPyftpdlib();
    bool startVsftpd();

    Kind m_kind;
    Tls m_tls;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_whyNot;
    QString m_log;
    quint16 m_port = 0;
    bool m_logCommands = false;
    CertificateKey m_certificateKey = CertificateKey::P256;
};

} // namespace lts::test
