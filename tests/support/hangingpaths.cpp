// A disk that stops answering, for the program a test starts with LD_PRELOAD set to this
// library: every look-up of a path under $LTS_HANG_BELOW (stat, lstat, statx, access,
// realpath) waits for ever, as on a network mount whose server went away. Before it waits, it
// creates the file $LTS_HANG_NOTICE, so the test knows the program got there. Signals are
// still delivered to the program's other threads; the waiting thread only ends with the
// process.
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool isHung(const char *path)
{
    const char *below = std::getenv("LTS_HANG_BELOW");
    if (!path || !below || !*below)
        return false;
    const std::size_t length = std::strlen(below);
    return std::strncmp(path, below, length) == 0 && (path[length] == '\0' || path[length] == '/');
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

} // extern "C"
