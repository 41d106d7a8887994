#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace lts {

namespace {

const QByteArray showMessage = QByteArrayLiteral("show\n");
// A local socket answers at once; this only bounds a first instance that hangs.
constexpr int connectTimeoutMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString &configFolder, QObject *parent)
    : QObject(parent)
{
    const QByteArray folder = QDir(configFolder).absolutePath().toUtf8();
    m_serverName
            = QStringLiteral("letthatsyncin-")
              + QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256)
                                            .toHex()
                                            .left(24));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::activateRunningInstance() const
{
    // Before the event loop runs, at start-up: a short blocking wait is what a second start
    // is for, and no window exists yet that could freeze.
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    socket.write(showMessage);
    if (!socket.waitForBytesWritten(connectTimeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

Result<void> SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        return Error{ QStringLiteral("Cannot Listen"),
                      tr("Cannot open the local socket %1 that a second start would use to show "
                         "this one: %2")
                              .arg(m_serverName, m_server->errorString()) };
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->canReadLine() && socket->readLine() == showMessage)
                    Q_EMIT activationRequested();
            });
        }
    });
    return {};
}

} // namespace lts
