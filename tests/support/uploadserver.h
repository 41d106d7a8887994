// An HTTP upload form for the tests, on loopback (uploadform.py): it stores each file POSTed as
// multipart/form-data in a folder of the test's own and logs every request (the file's name,
// size and field, the other fields, the answer), which the tests read. It can refuse a file
// (400), fail the first posts (503), hang on a file, and serve TLS with a self-signed
// certificate. Stopped when the object goes.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lts::test {

class UploadServer
{
public:
    UploadServer();
    ~UploadServer();
    Q_DISABLE_COPY_MOVE(UploadServer)

    // Why it cannot run here (no python3), or nothing.
    static QString whyNot();

    // Before start(): answers 400 for the file `name`.
    void refuse(const QString &name) { m_arguments << QStringLiteral("--refuse") << name; }
    // Answers 503 to the first `posts` POSTs.
    void failFirst(int posts)
    {
        m_arguments << QStringLiteral("--fail-first") << QString::number(posts);
    }
    // Never answers the first POST of the file `name` (logged as {"hang": name}).
    void hangOn(const QString &name) { m_arguments << QStringLiteral("--hang") << name; }
    // Closes the connection of the first POST of the file `name` without an answer (logged as
    // {"drop": name}).
    void dropOnce(const QString &name) { m_arguments << QStringLiteral("--drop") << name; }
    // Serves over TLS with a certificate nothing vouches for.
    void useTls() { m_tls = true; }

    // Starts it and waits until it listens; false with whyNotStarted() when it cannot.
    bool start();
    void stop();
    // Over TLS: stops it, makes it a new certificate, and starts it again on the same port
    // (a server whose certificate changed); false with whyNotStarted() when it cannot.
    bool replaceCertificate();
    QString whyNotStarted() const { return m_whyNot; }

    quint16 port() const { return m_port; }
    // "post+http://127.0.0.1:PORT/upload" (post+https:// over TLS).
    QString location() const;
    // The folder the files are stored in, under their names.
    QString directory() const { return m_dir.filePath(QStringLiteral("received")); }
    QString certificateFingerprint() const;

    // Every request so far, in order (a line each: "file", "size", "field", "fields",
    // "status"; or "hang" or "drop" for one left without an answer).
    QList<QJsonObject> requests() const;
    // The names of the files the form took (2xx), in order.
    QStringList stored() const;
    // What the server printed, for a failing test's message.
    QString log();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_arguments;
    QString m_whyNot;
    QString m_log;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace lts::test
