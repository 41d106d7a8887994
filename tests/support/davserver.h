// Real WebDAV servers for the tests, on loopback, serving a folder of the test's own with a
// user and a password (Basic, or Digest for Apache): `rclone serve webdav`, nginx with its dav
// module and nginx-dav-ext (PROPFIND), and Apache with mod_dav. Each has its quirks (nginx:
// MKCOL, DELETE and MOVE of a folder only by its name with '/'; Apache: a folder's name without
// '/' redirected, no PUT into a missing folder, Depth: infinity refused; none takes X-OC-Mtime
// or tells its free space). Optionally over TLS with a self-signed certificate made with
// openssl in its temporary folder (rclone), which can be replaced by another on the same port.
// Stopped when the object goes.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace lts::test {

class DavServer
{
public:
    enum class Kind { Rclone, Nginx, Apache };
    DavServer(Kind kind, QString user = QStringLiteral("u"), QByteArray password = "p");
    ~DavServer();
    Q_DISABLE_COPY_MOVE(DavServer)

    // Why this kind of server cannot run here (it is not installed), or nothing: the one reason
    // a test may skip for.
    static QString whyNot(Kind kind);
    // Serves over TLS with a certificate of its own, which nothing vouches for (rclone only).
    void useTls() { m_tls = true; }
    // Asks for a Digest login instead of Basic (Apache only), with an htdigest file.
    void useDigest() { m_digest = true; }
    // Starts the server and waits until it listens; false with whyNot() when it cannot.
    bool start();
    // Stops it (a server gone in the middle of a run).
    void stop();
    // Stops it, makes it a new certificate and starts it again on the same port: a server whose
    // certificate changed (TLS only). False with whyNot() when it cannot.
    bool replaceCertificate();
    QString whyNot() const { return m_whyNot; }

    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    QByteArray password() const { return m_password; }
    // The folder served: "/" on the server is this folder.
    QString directory() const { return m_dir.filePath(QStringLiteral("served")); }
    // "dav://u@127.0.0.1:PORT" (davs:// over TLS), the start of a location.
    QString origin() const;
    // The SHA-256 digest of its certificate as the backend shows it ("SHA256:...").
    QString certificateFingerprint() const;
    // What the server said (its log), for a failing test's message.
    QString log();

private:
    bool startRclone();
    bool makeCertificate();
    bool startNginx();
    bool startApache();
    // A free port on loopback for a server that takes no port 0.
    bool pickPort();
    // Writes a file of the server's in its temporary folder.
    bool writeFile(const QString &name, const QByteArray &content);
    // Starts the process set up and waits until it made its pid file in the temporary folder.
    bool startUntilPidFile(const QString &pidName);

    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_user;
    QByteArray m_password;
    QString m_whyNot;
    QString m_log;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_digest = false;
};

} // namespace lts::test
