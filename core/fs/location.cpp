#include "location.h"

#include "memoryfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lts {

namespace {

class LocalLocation final : public Location
{
public:
    explicit LocalLocation(const QString &path)
        : m_path(QDir::cleanPath(path))
    { }

    QString displayName() const override { return QDir::toNativeSeparators(m_path); }

    Result<fsops::Folder> openRoot() const override
    {
        return fsops::Folder::openRoot(QFile::encodeName(m_path));
    }

    Result<void> makeRoot() const override
    {
        if (QDir().mkdir(m_path))
            return {};
        const QString parent = QFileInfo(m_path).absolutePath();
        Result<fsops::Folder> above = fsops::Folder::openRoot(QFile::encodeName(parent));
        if (!above)
            return above.error();
        if (Result<fsops::Space> space = above->space();
            space && space->available < space->blockSize)
            return fsops::errorOf(fsops::ErrorKind::NoSpace, displayName());
        return fsops::errorOf(fsops::ErrorKind::Denied, displayName());
    }

    std::optional<QString> localPath() const override { return m_path; }

private:
    QString m_path;
};

class MemoryLocation final : public Location
{
public:
    MemoryLocation(const fsops::MemoryFileSystem &fileSystem, QByteArray path)
        : m_fileSystem(fileSystem)
        , m_path(std::move(path))
    { }

    QString displayName() const override
    {
        return QStringLiteral("memory:") + QFile::decodeName(m_path);
    }

    Result<fsops::Folder> openRoot() const override { return m_fileSystem.openRoot(m_path); }

    Result<void> makeRoot() const override
    {
        const qsizetype slash = m_path.lastIndexOf('/');
        Result<fsops::Folder> above = m_fileSystem.openRoot(slash <= 0 ? "/" : m_path.left(slash));
        if (!above)
            return above.error();
        return above->makeFolder(m_path.mid(slash + 1), 0755);
    }

private:
    const fsops::MemoryFileSystem &m_fileSystem;
    QByteArray m_path;
};

class UnusableLocation final : public Location
{
public:
    UnusableLocation(QString displayName, Error error)
        : m_displayName(std::move(displayName))
        , m_error(std::move(error))
    { }

    QString displayName() const override { return m_displayName; }
    Result<fsops::Folder> openRoot() const override { return m_error; }
    Result<void> makeRoot() const override { return m_error; }
    bool isRemote() const override { return true; }
    Result<fsops::PresentedKey> presentedKey() const override { return m_error; }

private:
    QString m_displayName;
    Error m_error;
};

} // namespace

Result<fsops::PresentedKey> Location::presentedKey() const
{
    return fsops::errorOf(
            fsops::ErrorKind::NotSupported,
            QCoreApplication::translate("Location", "%1 presents no certificate to trust.")
                    .arg(displayName()));
}

std::shared_ptr<const Location> Location::unusable(const QString &displayName, Error error)
{
    return std::make_shared<UnusableLocation>(displayName, std::move(error));
}

std::shared_ptr<const Location> Location::local(const QString &path)
{
    return std::make_shared<LocalLocation>(path);
}

std::shared_ptr<const Location> Location::inMemory(const fsops::MemoryFileSystem &fileSystem,
                                                   const QByteArray &path)
{
    return std::make_shared<MemoryLocation>(fileSystem, path);
}

} // namespace lts
