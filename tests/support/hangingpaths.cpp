// A disk that stops answering, for the program a test starts with LD_PRELOAD set to this
// library: every look-up of a path under $LTS_HANG_BELOW (stat, lstat, statx, access,
// realpath) waits for ever, as on a network mount whose server went away. Before it waits, it
// creates the file $LTS_HANG_NOTICE, so the test knows the program got there. Signals are
// still delivered to the program's other threads; the waiting thread only ends with the
// process.
//
// $LTS_HANG_OPEN_BELOW does the same for openat() of a path under it, its name taken relative
// to its folder's descriptor as the engine opens files, and for fopen() of such a path (the
// portable filesystem layer opens files by their paths): a run can be made to hang in the
// middle of its copies, after the checks of its folders went through.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool isBelow(const char *path, const char *below)
{
    if (!path || !below || !*below)
        return false;
    const std::size_t length = std::strlen(below);
    return std::strncmp(path, below, length) == 0 && (path[length] == '\0' || path[length] == '/');
}

bool isHung(const char *path)
{
    return isBelow(path, std::getenv("LTS_HANG_BELOW"));
}

// `name` opened relative to the folder of descriptor `folder`, as an absolute path.
std::string openedPath(int folder, const char *name)
{
    if (!name || name[0] == '/' || folder == AT_FDCWD)
        return name ? name : "";
    char link[64];
    char buffer[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", folder);
    const ssize_t length = ::readlink(link, buffer, sizeof buffer - 1);
    if (length <= 0)
        return name;
    return std::string(buffer, std::size_t(length)) + '/' + name;
}

bool isHungOpen(int folder, const char *name)
{
    const char *below = std::getenv("LTS_HANG_OPEN_BELOW");
    return below && *below && isBelow(openedPath(folder, name).c_str(), below);
}

[[noreturn]] void hang()
{
    if (const char *notice = std::getenv("LTS_HANG_NOTICE")) {
        const int fd = ::open(notice, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    for (;;)
        ::pause();
}

// The next definition of a function of the C library, past this one.
template<typename Function>
Function next(const char *name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
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

char *realpath(const char *path, char *resolved)
{
    if (isHung(path))
        hang();
    static const auto real = next<char *(*)(const char *, char *)>("realpath");
    return real(path, resolved);
}

int openat(int folder, const char *name, int flags, ...)
{
    if (isHungOpen(folder, name))
        hang();
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    static const auto real = next<int (*)(int, const char *, int, ...)>("openat");
    return real(folder, name, flags, mode);
}

int openat64(int folder, const char *name, int flags, ...)
{
    if (isHungOpen(folder, name))
        hang();
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    static const auto real = next<int (*)(int, const char *, int, ...)>("openat64");
    return real(folder, name, flags, mode);
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
