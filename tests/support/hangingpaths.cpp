// A disk that stops answering, for a program a test starts with LD_PRELOAD set to this
// library: every look-up of a path under $LTS_HANG_BELOW (stat, lstat, statx, access,
// realpath) waits, as on a network mount whose server went away. Before it waits, it creates
// the file $LTS_HANG_NOTICE, so the test knows the program got there. Signals are still
// delivered to the program's other threads.
//
// Without $LTS_HANG_SWITCH a call waits for ever: the waiting thread only ends with the
// process. With it, the disk hangs only while the file $LTS_HANG_SWITCH exists, so a test can
// hang it and bring it back while the program runs (a call made while the file exists waits
// until it is removed, then goes on as with a server that answers again); and every call on
// a folder hangs, not only the look-ups: fstatat, faccessat, readlink, open, openat, opendir,
// statfs and statvfs too (what QStorageInfo, QFileInfo and the engine call).
//
// $LTS_HANG_OPEN_BELOW hangs openat() of a path under it (for ever, or while the switch is
// there), its name taken relative to its folder's descriptor as the engine opens files, and
// fopen() of such a path (the portable filesystem layer opens files by their paths): a run can
// be made to hang in the middle of its copies, after the checks of its folders went through.
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

// Through the kernel directly: these must not come back into this library's functions.
bool fileExists(const char *path)
{
    return ::syscall(SYS_faccessat, AT_FDCWD, path, F_OK, 0) == 0;
}

void touch(const char *path)
{
    const long fd = ::syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::syscall(SYS_close, fd);
}

bool isHung(const char *path)
{
    const char *below = std::getenv("LTS_HANG_BELOW");
    if (!path || !below || !*below)
        return false;
    const std::size_t length = std::strlen(below);
    if (std::strncmp(path, below, length) != 0 || (path[length] != '\0' && path[length] != '/'))
        return false;
    const char *toggle = std::getenv("LTS_HANG_SWITCH");
    return !toggle || !*toggle || fileExists(toggle);
}

bool isBelow(const std::string &path, const char *below)
{
    if (!below || !*below)
        return false;
    const std::size_t length = std::strlen(below);
    return path.compare(0, length, below) == 0 && (path.size() == length || path[length] == '/');
}

// `name` opened relative to the folder of descriptor `folder`, as an absolute path.
std::string openedPath(int folder, const char *name)
{
    if (!name || name[0] == '/' || folder == AT_FDCWD)
        return name ? name : "";
    char link[64];
    char buffer[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", folder);
    const long length = ::syscall(SYS_readlinkat, AT_FDCWD, link, buffer, sizeof buffer - 1);
    if (length <= 0)
        return name;
    return std::string(buffer, std::size_t(length)) + '/' + name;
}

bool isHungOpen(int folder, const char *name)
{
    const char *below = std::getenv("LTS_HANG_OPEN_BELOW");
    if (!isBelow(openedPath(folder, name), below))
        return false;
    const char *toggle = std::getenv("LTS_HANG_SWITCH");
    return !toggle || !*toggle || fileExists(toggle);
}

// The calls that only hang in the switched mode: without $LTS_HANG_SWITCH a program meets
// the hang where it always did.
bool isHungToo(const char *path)
{
    const char *toggle = std::getenv("LTS_HANG_SWITCH");
    return toggle && *toggle && isHung(path);
}

void hang()
{
    const int saved = errno;
    if (const char *notice = std::getenv("LTS_HANG_NOTICE"))
        touch(notice);
    const char *toggle = std::getenv("LTS_HANG_SWITCH");
    if (!toggle || !*toggle) {
        for (;;)
            ::pause();
    }
    // The server answers again once the switch is gone.
    const timespec tick{ 0, 20 * 1000 * 1000 };
    while (fileExists(toggle))
        ::nanosleep(&tick, nullptr);
    errno = saved;
}

// The next definition of a function of the C library, past this one.
template<typename Function>
Function next(const char *name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

// Whether open() and openat() were given a mode: only when they may create the file.
bool takesMode(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

} // namespace

extern "C" {

int stat(const char *path, struct stat *buf)
{
    if (isHung(path))
        hang();
    static const auto real = next<int (*)(const char *, struct stat *)>("stat");
    return real(path, buf);
}

int lstat(const char *path, struct stat *buf)
{
    if (isHung(path))
        hang();
    static const auto real = next<int (*)(const char *, struct stat *)>("lstat");
    return real(path, buf);
}

int stat64(const char *path, struct stat64 *buf)
{
    if (isHung(path))
        hang();
    static const auto real = next<int (*)(const char *, struct stat64 *)>("stat64");
    return real(path, buf);
}

int lstat64(const char *path, struct stat64 *buf)
{
    if (isHung(path))
        hang();
    static const auto real = next<int (*)(const char *, struct stat64 *)>("lstat64");
    return real(path, buf);
}

int fstatat(int dirfd, const char *path, struct stat *buf, int flags)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(int, const char *, struct stat *, int)>("fstatat");
    return real(dirfd, path, buf, flags);
}

int fstatat64(int dirfd, const char *path, struct stat64 *buf, int flags)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(int, const char *, struct stat64 *, int)>("fstatat64");
    return real(dirfd, path, buf, flags);
}

int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *buf)
{
    if (isHung(path))
        hang();
    static const auto real
            = next<int (*)(int, const char *, int, unsigned int, struct statx *)>("statx");
    return real(dirfd, path, flags, mask, buf);
}

int access(const char *path, int mode)
{
    if (isHung(path))
        hang();
    static const auto real = next<int (*)(const char *, int)>("access");
    return real(path, mode);
}

int faccessat(int dirfd, const char *path, int mode, int flags)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(int, const char *, int, int)>("faccessat");
    return real(dirfd, path, mode, flags);
}

char *realpath(const char *path, char *resolved)
{
    if (isHung(path))
        hang();
    static const auto real = next<char *(*)(const char *, char *)>("realpath");
    return real(path, resolved);
}

ssize_t readlink(const char *path, char *buf, size_t size)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<ssize_t (*)(const char *, char *, size_t)>("readlink");
    return real(path, buf, size);
}

int open(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(const char *, int, ...)>("open");
    return real(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(const char *, int, ...)>("open64");
    return real(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    if (isHungToo(path) || isHungOpen(dirfd, path))
        hang();
    static const auto real = next<int (*)(int, const char *, int, ...)>("openat");
    return real(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    mode_t mode = 0;
    if (takesMode(flags)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    if (isHungToo(path) || isHungOpen(dirfd, path))
        hang();
    static const auto real = next<int (*)(int, const char *, int, ...)>("openat64");
    return real(dirfd, path, flags, mode);
}

DIR *opendir(const char *path)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<DIR *(*)(const char *)>("opendir");
    return real(path);
}

int statfs(const char *path, struct statfs *buf)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(const char *, struct statfs *)>("statfs");
    return real(path, buf);
}

int statfs64(const char *path, struct statfs64 *buf)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(const char *, struct statfs64 *)>("statfs64");
    return real(path, buf);
}

int statvfs(const char *path, struct statvfs *buf)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(const char *, struct statvfs *)>("statvfs");
    return real(path, buf);
}

int statvfs64(const char *path, struct statvfs64 *buf)
{
    if (isHungToo(path))
        hang();
    static const auto real = next<int (*)(const char *, struct statvfs64 *)>("statvfs64");
    return real(path, buf);
}

std::FILE *fopen(const char *path, const char *mode)
{
    if (isHungOpen(AT_FDCWD, path))
        hang();
    static const auto real = next<std::FILE *(*)(const char *, const char *)>("fopen");
    return real(path, mode);
}

std::FILE *fopen64(const char *path, const char *mode)
{
    if (isHungOpen(AT_FDCWD, path))
        hang();
    static const auto real = next<std::FILE *(*)(const char *, const char *)>("fopen64");
    return real(path, mode);
}

} // extern "C"
