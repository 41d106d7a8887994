#include "sshconfig.h"

#include <QDir>
#include <QFile>

#include <libssh/libssh.h>

#include <memory>

namespace lts::fsops {

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const { ssh_free(session); }
};

std::optional<QByteArray> option(ssh_session session, ssh_options_e which)
{
    char *value = nullptr;
    if (ssh_options_get(session, which, &value) != SSH_OK || !value)
        return std::nullopt;
    QByteArray text(value);
    ssh_string_free_char(value);
    return text;
}

// The file's IdentityFile as OpenSSH expands it where it matters: "~" and "%d" are the home
// folder (libssh keeps the text as written until it connects).
QString expandedPath(const QByteArray &written)
{
    QString path = QFile::decodeName(written);
    if (path == u"~" || path.startsWith(u"~/"))
        path = QDir::homePath() + path.mid(1);
    path.replace(QStringLiteral("%d"), QDir::homePath());
    return path;
}

} // namespace

SshEndpoint resolveSshEndpoint(SshEndpoint asWritten, const QString &configFile)
{
    const QString file
            = configFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/config") : configFile;
    if (!QFile::exists(file))
        return asWritten;
    // A throw-away session: libssh matches the file's Host and Match blocks against the host
    // as written and sets what they say, and only the four values below are taken from it.
    const std::unique_ptr<ssh_session_struct, SessionDeleter> session(ssh_new());
    if (!session)
        return asWritten;
    const int no = 0;
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &no);
    if (ssh_options_set(session.get(), SSH_OPTIONS_HOST, asWritten.host.toUtf8().constData())
        != SSH_OK)
        return asWritten;
    // libssh lists its default keys before any file is read: they are not the file's.
    const std::optional<QByteArray> defaultIdentity = option(session.get(), SSH_OPTIONS_IDENTITY);
    if (ssh_options_parse_config(session.get(), QFile::encodeName(file).constData()) != SSH_OK)
        return asWritten;

    SshEndpoint resolved = std::move(asWritten);
    if (const std::optional<QByteArray> host = option(session.get(), SSH_OPTIONS_HOST);
        host && !host->isEmpty())
        resolved.host = QString::fromUtf8(*host);
    if (resolved.user.isEmpty()) {
        if (const std::optional<QByteArray> user = option(session.get(), SSH_OPTIONS_USER))
            resolved.user = QString::fromUtf8(*user);
    }
    if (resolved.identityFile.isEmpty()) {
        if (const std::optional<QByteArray> identity = option(session.get(), SSH_OPTIONS_IDENTITY);
            identity && identity != defaultIdentity)
            resolved.identityFile = expandedPath(*identity);
    }
    if (!resolved.portGiven) {
        unsigned int port = 0;
        if (ssh_options_get_port(session.get(), &port) == SSH_OK && port > 0 && port <= 65535)
            resolved.port = quint16(port);
    }
    return resolved;
}

} // namespace lts::fsops
