// ConfigWatcher: says when config.json was changed on disk by someone else (an editor,
// another tool). Editors and QSaveFile replace the file rather than write into it, so the
// folder is watched too; bursts of changes are reported once, after they settle.
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace lts {

class ConfigWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWatcher)

public:
    explicit ConfigWatcher(QString filePath, QObject *parent = nullptr);

    // The application wrote the file itself: that content is not a change to report.
    void noteOwnWrite();

Q_SIGNALS:
    // The file's content differs from the last one seen; `exists` is false when it was removed.
    void changed(bool exists);

private:
    void watch();
    void check();
    static QByteArray contentHash(const QString &filePath);

    QString m_filePath;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QByteArray m_lastHash; // of the content last seen or written
};

} // namespace lts
