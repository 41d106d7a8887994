#include "configwatcher.h"

#include "configstore.h"
#include "privatefiles.h"

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
    (void)PrivateFiles::makeFolder(QFileInfo(m_filePath).absolutePath());
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
    // Read as the loader reads it: what it would refuse (a pipe, a device, a huge file) counts
    // as no file, and never blocks or fills the memory here.
    const Result<QByteArray> content
            = PrivateFiles::readOwnFile(filePath, ConfigStore::maxFileBytes);
    if (!content)
        return {};
    return QCryptographicHash::hash(*content, QCryptographicHash::Sha256);
}

} // namespace lts
