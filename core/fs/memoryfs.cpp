#include "memoryfs.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <vector>

namespace lts::fsops {

namespace {

// An entry of the tree, shared by its names as an inode is (hard links).
struct Node
{
    EntryType type = EntryType::File;
    QByteArray data; // of a file
    QByteArray linkTarget; // of a link
    std::map<QByteArray, std::shared_ptr<Node>> children; // of a folder, in byte order
    std::int64_t mtimeSec = 0;
    std::int32_t mtimeNsec = 0;
    std::uint16_t mode = 0644;

    Stat stat() const
    {
        Stat s;
        s.type = type;
        s.size = type == EntryType::File   ? data.size()
                 : type == EntryType::Link ? linkTarget.size()
                                           : 0;
        s.mtimeSec = mtimeSec;
        s.mtimeNsec = mtimeNsec;
        s.mode = mode;
        return s;
    }
};

// The system's words for each kind, as a disk or a server would say them.
QString reasonOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return QStringLiteral("No such file or directory");
    case ErrorKind::Exists:
        return QStringLiteral("File exists");
    case ErrorKind::NoSpace:
        return QStringLiteral("No space left on device");
    case ErrorKind::ReadOnly:
        return QStringLiteral("Read-only file system");
    case ErrorKind::Denied:
        return QStringLiteral("Permission denied");
    case ErrorKind::Io:
        return QStringLiteral("Input/output error");
    case ErrorKind::Timeout:
        return QStringLiteral("Connection timed out");
    case ErrorKind::Unreachable:
        return QStringLiteral("Connection reset by peer");
    case ErrorKind::NotSupported:
        return QStringLiteral("Operation not supported");
    case ErrorKind::Cancelled:
        return QStringLiteral("Operation canceled");
    case ErrorKind::Other:
        break;
    }
    return QStringLiteral("Invalid argument");
}

QByteArray join(const QByteArray &folder, const QByteArray &name)
{
    if (name.isEmpty() || name == ".")
        return folder;
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

// An error the kinds do not name ("ENOTDIR"), in the system's words.
Error systemError(const char *code, const QByteArray &path, const char *reason)
{
    return Error{ QString::fromLatin1(code), QStringLiteral("memory:") + QFile::decodeName(path)
                                                     + QStringLiteral(": ")
                                                     + QString::fromLatin1(reason) };
}

} // namespace

struct MemoryFileSystem::State
{
    struct ActiveFault
    {
        Fault fault;
        int skip;
        int times;
    };

    mutable std::mutex mutex;
    std::condition_variable hangReleased;
    std::uint64_t releases = 0; // counts releaseHangs(), so a waiting call knows its hang ended
    int hung = 0;
    std::vector<ActiveFault> faults;
    std::vector<std::pair<Call, QByteArray>> calls; // every call made, for callCount()
    std::optional<std::chrono::milliseconds> deadline;
    std::int64_t capacity = std::numeric_limits<std::int64_t>::max() / 2;
    Capabilities capabilities;
    // Where times are not settable, what is written is dated by this clock, a second later each
    // time (later than any test's source files, as an upload's time is).
    std::int64_t clock = 1'900'000'000;
    QByteArray identity = "memory:1";
    std::shared_ptr<Node> root
            = std::make_shared<Node>(Node{ EntryType::Folder, {}, {}, {}, 0, 0, 0755 });

    static Error error(ErrorKind kind, const QByteArray &path)
    {
        return errorOf(kind, QStringLiteral("memory:") + QFile::decodeName(path)
                                     + QStringLiteral(": ") + reasonOf(kind));
    }

    // The fault this call meets, if any; a hang waits here (`lock` is released meanwhile).
    std::optional<Error> fault(std::unique_lock<std::mutex> &lock, Call call,
                               const QByteArray &path)
    {
        calls.emplace_back(call, path);
        for (ActiveFault &active : faults) {
            const Fault &f = active.fault;
            if ((f.call != Call::Any && f.call != call)
                || (!f.pathContains.isEmpty() && !path.contains(f.pathContains)))
                continue;
            if (active.skip > 0) {
                --active.skip;
                continue;
            }
            if (active.times == 0)
                continue;
            if (active.times > 0)
                --active.times;
            if (!f.hang)
                return error(f.error, path);
            ++hung;
            const std::uint64_t before = releases;
            const auto released = [&] { return releases != before; };
            bool ended = true;
            if (deadline)
                ended = hangReleased.wait_for(lock, *deadline, released);
            else
                hangReleased.wait(lock, released);
            --hung;
            if (!ended)
                return error(ErrorKind::Timeout, path);
            return std::nullopt;
        }
        return std::nullopt;
    }

    std::int64_t used() const
    {
        std::set<const Node *> seen;
        std::int64_t bytes = 0;
        const auto walk = [&](const auto &self, const Node &node) -> void {
            for (const auto &[name, child] : node.children) {
                if (child->type == EntryType::Folder)
                    self(self, *child);
                else if (seen.insert(child.get()).second)
                    bytes += child->data.size();
            }
        };
        walk(walk, *root);
        return bytes;
    }

    std::shared_ptr<Node> find(const QByteArray &path) const
    {
        std::shared_ptr<Node> node = root;
        for (const QByteArray &part : path.split('/')) {
            if (part.isEmpty() || part == ".")
                continue;
            if (node->type != EntryType::Folder)
                return nullptr;
            const auto it = node->children.find(part);
            if (it == node->children.end())
                return nullptr;
            node = it->second;
        }
        return node;
    }
};

namespace {

using State = MemoryFileSystem::State;
using Call = MemoryFileSystem::Call;

class MemoryFolder final : public FolderImpl
{
public:
    MemoryFolder(std::shared_ptr<State> state, std::shared_ptr<Node> node, QByteArray path)
        : m_state(std::move(state))
        , m_node(std::move(node))
        , m_path(std::move(path))
    { }

    Result<std::unique_ptr<FolderImpl>> open(const QByteArray &name) const override
    {
        auto guard = begin(Call::Open, name);
        if (guard.failed)
            return *guard.failed;
        if (name == "." || name.isEmpty())
            return folderAt(m_node, m_path);
        const std::shared_ptr<Node> child = childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        if (child->type != EntryType::Folder)
            return systemError("ENOTDIR", join(m_path, name), "Not a directory");
        return folderAt(child, join(m_path, name));
    }

    Result<std::vector<Entry>> list() const override
    {
        auto guard = begin(Call::List, {});
        if (guard.failed)
            return *guard.failed;
        std::vector<Entry> entries;
        entries.reserve(m_node->children.size());
        for (const auto &[name, child] : m_node->children)
            entries.push_back(Entry{ name, child->stat(), child->linkTarget });
        return entries;
    }

    Result<Stat> stat(const QByteArray &name) const override
    {
        auto guard = begin(Call::Stat, name);
        if (guard.failed)
            return *guard.failed;
        if (name == "." || name.isEmpty())
            return m_node->stat();
        const std::shared_ptr<Node> child = childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        return child->stat();
    }

    Result<Stat> statSelf() const override { return stat("."); }

    Result<QByteArray> readLink(const QByteArray &name) const override
    {
        auto guard = begin(Call::Stat, name);
        if (guard.failed)
            return *guard.failed;
        const std::shared_ptr<Node> child = childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        if (child->type != EntryType::Link)
            return systemError("EINVAL", join(m_path, name), "Invalid argument");
        return child->linkTarget;
    }

    Result<void> makeLink(const QByteArray &name, const QByteArray &target) const override
    {
        auto guard = begin(Call::MakeLink, name);
        if (guard.failed)
            return *guard.failed;
        if (!m_state->capabilities.links)
            return State::error(ErrorKind::NotSupported, join(m_path, name));
        return add(name, Node{ EntryType::Link, {}, target, {}, now(), 0, 0777 });
    }

    Result<void> makeFolder(const QByteArray &name, std::uint32_t mode) const override
    {
        auto guard = begin(Call::MakeFolder, name);
        if (guard.failed)
            return *guard.failed;
        return add(name, Node{ EntryType::Folder, {}, {}, {}, now(), 0, std::uint16_t(mode) });
    }

    Result<void> rename(const QByteArray &from, const FolderImpl &toFolder,
                        const QByteArray &to) const override
    {
        return move(from, toFolder, to, true);
    }

    Result<void> renameNoReplace(const QByteArray &from, const QByteArray &to) const override
    {
        return move(from, *this, to, false);
    }

    Result<void> hardLink(const QByteArray &from, const FolderImpl &toFolder,
                          const QByteArray &to) const override
    {
        const auto *other = dynamic_cast<const MemoryFolder *>(&toFolder);
        auto guard = begin(Call::HardLink, from);
        if (guard.failed)
            return *guard.failed;
        if (!other || other->m_state != m_state || !m_state->capabilities.hardLinks)
            return State::error(ErrorKind::NotSupported, join(m_path, from));
        const std::shared_ptr<Node> node = childOf(from);
        if (!node)
            return State::error(ErrorKind::NotFound, join(m_path, from));
        if (node->type == EntryType::Folder)
            return State::error(ErrorKind::Denied, join(m_path, from));
        if (other->childOf(to))
            return State::error(ErrorKind::Exists, join(other->m_path, to));
        other->m_node->children[to] = node;
        return {};
    }

    Result<void> removeFile(const QByteArray &name) const override
    {
        auto guard = begin(Call::Remove, name);
        if (guard.failed)
            return *guard.failed;
        const std::shared_ptr<Node> child = childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        if (child->type == EntryType::Folder)
            return systemError("EISDIR", join(m_path, name), "Is a directory");
        m_node->children.erase(name);
        return {};
    }

    Result<void> removeEmptyFolder(const QByteArray &name) const override
    {
        auto guard = begin(Call::Remove, name);
        if (guard.failed)
            return *guard.failed;
        const std::shared_ptr<Node> child = childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        if (child->type != EntryType::Folder)
            return systemError("ENOTDIR", join(m_path, name), "Not a directory");
        if (!child->children.empty())
            return systemError("ENOTEMPTY", join(m_path, name), "Directory not empty");
        m_node->children.erase(name);
        return {};
    }

    Result<void> appendToFile(const QByteArray &name, const QByteArray &data, bool) const override
    {
        auto guard = begin(Call::Write, name);
        if (guard.failed)
            return *guard.failed;
        std::shared_ptr<Node> child = childOf(name);
        if (!child) {
            if (Result<void> made = add(name, Node{ EntryType::File, {}, {}, {}, now(), 0, 0600 });
                !made)
                return made;
            child = childOf(name);
        }
        if (child->type != EntryType::File)
            return State::error(ErrorKind::Denied, join(m_path, name));
        if (m_state->used() + data.size() > m_state->capacity)
            return State::error(ErrorKind::NoSpace, join(m_path, name));
        child->data += data;
        return {};
    }

    Result<QByteArray> readFile(const QByteArray &name, std::int64_t maxBytes) const override
    {
        auto guard = begin(Call::Read, name);
        if (guard.failed)
            return *guard.failed;
        const std::shared_ptr<Node> child = childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        if (child->type != EntryType::File || child->data.size() > maxBytes)
            return systemError("EINVAL", join(m_path, name), "Invalid argument");
        return child->data;
    }

    Result<void> setAttributes(const QByteArray &name, const Stat &stat,
                               bool setMode) const override
    {
        auto guard = begin(Call::SetAttributes, name);
        if (guard.failed)
            return *guard.failed;
        const std::shared_ptr<Node> child = name == "." ? m_node : childOf(name);
        if (!child)
            return State::error(ErrorKind::NotFound, join(m_path, name));
        apply(*m_state, *child, stat, setMode, false);
        return {};
    }

    Result<std::unique_ptr<FileReader>> openFile(const QByteArray &name) const override;
    Result<std::unique_ptr<FileWriter>> createFile(const QByteArray &name) const override;

    Result<void> flushFileSystem() const override
    {
        auto guard = begin(Call::Flush, {});
        if (guard.failed)
            return *guard.failed;
        return {};
    }

    Result<Space> space() const override
    {
        auto guard = begin(Call::Space, {});
        if (guard.failed)
            return *guard.failed;
        const std::int64_t capacity = m_state->capacity;
        return Space{ std::max<std::int64_t>(0, capacity - m_state->used()), capacity, 1 };
    }

    Result<QByteArray> fileSystemId() const override
    {
        auto guard = begin(Call::Stat, {});
        if (guard.failed)
            return *guard.failed;
        return m_state->identity;
    }

    Capabilities capabilities() const override
    {
        const std::lock_guard lock(m_state->mutex);
        return m_state->capabilities;
    }

    QString displayPath() const override
    {
        return QStringLiteral("memory:") + QFile::decodeName(m_path);
    }

    // One call: the state locked while it runs, and the fault it meets, if any.
    struct Guard
    {
        std::unique_lock<std::mutex> lock;
        std::optional<Error> failed;
    };
    Guard begin(Call call, const QByteArray &name) const
    {
        Guard guard{ std::unique_lock(m_state->mutex), {} };
        guard.failed = m_state->fault(guard.lock, call, join(m_path, name));
        return guard;
    }

    // `written`: the node was just written (a file finished), which a location that sets its own
    // times (a WebDAV server) dates by its clock; it ignores the times asked for.
    static void apply(State &state, Node &node, const Stat &stat, bool setMode, bool written)
    {
        if (state.capabilities.settableTimes) {
            node.mtimeSec = stat.mtimeSec;
            node.mtimeNsec = stat.mtimeNsec;
        } else if (written) {
            node.mtimeSec = ++state.clock;
            node.mtimeNsec = 0;
        }
        if (setMode && state.capabilities.permissionBits && node.type != EntryType::Link)
            node.mode = stat.mode;
        // A location that keeps coarser times rounds them, as FAT does.
    }

    std::shared_ptr<Node> childOf(const QByteArray &name) const
    {
        const auto it = m_node->children.find(name);
        return it == m_node->children.end() ? nullptr : it->second;
    }

    Result<void> add(const QByteArray &name, Node node) const
    {
        if (childOf(name))
            return State::error(ErrorKind::Exists, join(m_path, name));
        m_node->children.emplace(name, std::make_shared<Node>(std::move(node)));
        return {};
    }

    Result<std::unique_ptr<FolderImpl>> folderAt(std::shared_ptr<Node> node, QByteArray path) const
    {
        return std::unique_ptr<FolderImpl>(
                std::make_unique<MemoryFolder>(m_state, std::move(node), std::move(path)));
    }

    Result<void> move(const QByteArray &from, const FolderImpl &toFolder, const QByteArray &to,
                      bool replace) const
    {
        const auto *other = dynamic_cast<const MemoryFolder *>(&toFolder);
        auto guard = begin(Call::Rename, from);
        if (guard.failed)
            return *guard.failed;
        if (!other || other->m_state != m_state)
            return systemError("EXDEV", join(m_path, from), "Invalid cross-device link");
        const std::shared_ptr<Node> node = childOf(from);
        if (!node)
            return State::error(ErrorKind::NotFound, join(m_path, from));
        if (const std::shared_ptr<Node> existing = other->childOf(to)) {
            if (existing == node)
                return {};
            if (!replace)
                return State::error(ErrorKind::Exists, join(other->m_path, to));
            if (existing->type == EntryType::Folder
                && (node->type != EntryType::Folder || !existing->children.empty()))
                return State::error(ErrorKind::Exists, join(other->m_path, to));
            if (existing->type != EntryType::Folder && node->type == EntryType::Folder)
                return systemError("ENOTDIR", join(other->m_path, to), "Not a directory");
        }
        m_node->children.erase(from);
        other->m_node->children[to] = node;
        return {};
    }

    static std::int64_t now()
    {
        return std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
    }

    std::shared_ptr<State> m_state;
    std::shared_ptr<Node> m_node;
    QByteArray m_path;
};

class MemoryReader final : public FileReader
{
public:
    MemoryReader(std::shared_ptr<State> state, std::shared_ptr<Node> node, QByteArray path)
        : m_state(std::move(state))
        , m_node(std::move(node))
        , m_path(std::move(path))
    { }

    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        std::unique_lock lock(m_state->mutex);
        if (std::optional<Error> failed = m_state->fault(lock, Call::Read, m_path))
            return *failed;
        const std::int64_t n = std::min<std::int64_t>(size, m_node->data.size() - m_offset);
        std::copy_n(m_node->data.constData() + m_offset, n, buffer);
        m_offset += n;
        return n;
    }

    Result<Stat> stat() const override
    {
        const std::lock_guard lock(m_state->mutex);
        return m_node->stat();
    }

private:
    std::shared_ptr<State> m_state;
    std::shared_ptr<Node> m_node;
    QByteArray m_path;
    std::int64_t m_offset = 0;
};

class MemoryWriter final : public FileWriter
{
public:
    MemoryWriter(std::shared_ptr<State> state, std::shared_ptr<Node> folder, QByteArray name,
                 std::shared_ptr<Node> node, QByteArray path)
        : m_state(std::move(state))
        , m_folder(std::move(folder))
        , m_name(std::move(name))
        , m_node(std::move(node))
        , m_path(std::move(path))
    { }
    ~MemoryWriter() override
    {
        if (m_finished)
            return;
        const std::lock_guard lock(m_state->mutex);
        const auto it = m_folder->children.find(m_name);
        if (it != m_folder->children.end() && it->second == m_node)
            m_folder->children.erase(it);
    }
    Q_DISABLE_COPY_MOVE(MemoryWriter)

    Result<void> write(const char *data, std::int64_t size) override
    {
        std::unique_lock lock(m_state->mutex);
        if (std::optional<Error> failed = m_state->fault(lock, Call::Write, m_path))
            return *failed;
        if (m_state->used() + size > m_state->capacity)
            return State::error(ErrorKind::NoSpace, m_path);
        m_node->data.append(data, size);
        return {};
    }

    Result<void> finish(const Stat &attributes, bool setMode, bool) override
    {
        std::unique_lock lock(m_state->mutex);
        if (std::optional<Error> failed = m_state->fault(lock, Call::Finish, m_path))
            return *failed;
        MemoryFolder::apply(*m_state, *m_node, attributes, setMode, true);
        m_finished = true;
        return {};
    }

private:
    std::shared_ptr<State> m_state;
    std::shared_ptr<Node> m_folder;
    QByteArray m_name;
    std::shared_ptr<Node> m_node;
    QByteArray m_path;
    bool m_finished = false;
};

Result<std::unique_ptr<FileReader>> MemoryFolder::openFile(const QByteArray &name) const
{
    auto guard = begin(Call::OpenFile, name);
    if (guard.failed)
        return *guard.failed;
    const std::shared_ptr<Node> child = childOf(name);
    if (!child)
        return State::error(ErrorKind::NotFound, join(m_path, name));
    if (child->type != EntryType::File)
        return systemError("EINVAL", join(m_path, name), "Invalid argument");
    return std::unique_ptr<FileReader>(
            std::make_unique<MemoryReader>(m_state, child, join(m_path, name)));
}

Result<std::unique_ptr<FileWriter>> MemoryFolder::createFile(const QByteArray &name) const
{
    auto guard = begin(Call::CreateFile, name);
    if (guard.failed)
        return *guard.failed;
    if (Result<void> made = add(name, Node{ EntryType::File, {}, {}, {}, now(), 0, 0600 }); !made)
        return made.error();
    return std::unique_ptr<FileWriter>(std::make_unique<MemoryWriter>(
            m_state, m_node, name, childOf(name), join(m_path, name)));
}

} // namespace

MemoryFileSystem::MemoryFileSystem()
    : m_state(std::make_shared<State>())
{ }

MemoryFileSystem::~MemoryFileSystem()
{
    releaseHangs();
}

Result<Folder> MemoryFileSystem::openRoot(const QByteArray &path) const
{
    std::unique_lock lock(m_state->mutex);
    if (std::optional<Error> failed = m_state->fault(lock, Call::Open, path))
        return *failed;
    std::shared_ptr<Node> node = m_state->find(path);
    if (!node)
        return State::error(ErrorKind::NotFound, path);
    if (node->type != EntryType::Folder)
        return systemError("ENOTDIR", path, "Not a directory");
    return Folder(std::make_unique<MemoryFolder>(m_state, std::move(node), path));
}

void MemoryFileSystem::addFault(const Fault &fault)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->faults.push_back({ fault, fault.skip, fault.times });
}

void MemoryFileSystem::clearFaults()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->faults.clear();
}

int MemoryFileSystem::callCount(Call call, const QByteArray &pathContains) const
{
    const std::lock_guard lock(m_state->mutex);
    return int(std::count_if(m_state->calls.cbegin(), m_state->calls.cend(), [&](const auto &c) {
        return (call == Call::Any || c.first == call)
               && (pathContains.isEmpty() || c.second.contains(pathContains));
    }));
}

void MemoryFileSystem::resetCallCounts()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->calls.clear();
}

void MemoryFileSystem::releaseHangs()
{
    {
        const std::lock_guard lock(m_state->mutex);
        ++m_state->releases;
        for (State::ActiveFault &active : m_state->faults) {
            if (active.fault.hang)
                active.times = 0;
        }
    }
    m_state->hangReleased.notify_all();
}

int MemoryFileSystem::hungCalls() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->hung;
}

void MemoryFileSystem::setDeadline(std::optional<std::chrono::milliseconds> deadline)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->deadline = deadline;
}

void MemoryFileSystem::setCapacity(std::int64_t bytes)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->capacity = bytes;
}

void MemoryFileSystem::setCapabilities(const Capabilities &capabilities)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->capabilities = capabilities;
}

void MemoryFileSystem::setIdentity(const QByteArray &identity)
{
    const std::lock_guard lock(m_state->mutex);
    m_state->identity = identity;
}

std::optional<QByteArray> MemoryFileSystem::fileContent(const QByteArray &path) const
{
    const std::lock_guard lock(m_state->mutex);
    const std::shared_ptr<Node> node = m_state->find(path);
    if (!node || node->type != EntryType::File)
        return std::nullopt;
    return node->data;
}

void MemoryFileSystem::putFile(const QByteArray &path, const QByteArray &content,
                               std::int64_t mtimeSec, std::uint16_t mode)
{
    const std::lock_guard lock(m_state->mutex);
    std::shared_ptr<Node> folder = m_state->root;
    QList<QByteArray> parts = path.split('/');
    parts.removeAll(QByteArray());
    const QByteArray name = parts.takeLast();
    for (const QByteArray &part : std::as_const(parts)) {
        std::shared_ptr<Node> &child = folder->children[part];
        if (!child)
            child = std::make_shared<Node>(
                    Node{ EntryType::Folder, {}, {}, {}, mtimeSec, 0, 0755 });
        folder = child;
    }
    folder->children[name]
            = std::make_shared<Node>(Node{ EntryType::File, content, {}, {}, mtimeSec, 0, mode });
}

QList<QByteArray> MemoryFileSystem::paths(const QByteArray &path) const
{
    const std::lock_guard lock(m_state->mutex);
    QList<QByteArray> found;
    const std::shared_ptr<Node> start = m_state->find(path);
    if (!start)
        return found;
    const auto walk = [&](const auto &self, const Node &node, const QByteArray &prefix) -> void {
        for (const auto &[name, child] : node.children) {
            const QByteArray relative = prefix.isEmpty() ? name : prefix + '/' + name;
            found.append(relative);
            if (child->type == EntryType::Folder)
                self(self, *child, relative);
        }
    };
    walk(walk, *start, {});
    return found;
}

} // namespace lts::fsops
