#include "configwatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lts {

ConfigWatcher::ConfigWatcher(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_lastHash(contentHash(m_filePath))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &ConfigWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    watch();
}

void ConfigWatcher::noteOwnWrite()
{
    m_lastHash = contentHash(m_filePath);
    watch();
}

void ConfigWatcher::watch()
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    // A replaced file drops out of the watch list; watch the new one.
    if (QFileInfo::exists(m_filePath) && !m_watcher.files().contains(m_filePath))
        m_watcher.addPath(m_filePath);
}

void ConfigWatcher::check()
{
    watch();
    const QByteArray hash = contentHash(m_filePath);
    if (hash == m_lastHash)
        return;
    m_lastHash = hash;
    Q_EMIT changed(!hash.isEmpty());
}

QByteArray ConfigWatcher::contentHash(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace lts
