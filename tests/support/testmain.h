// The main() of every test executable. Tests of permission errors must see what a normal
// user sees, and root may read and write everything: a test started as root (as in CI
// containers) first drops to the unprivileged "nobody" user, when nobody can reach the
// build folder; otherwise it stays root and those tests are skipped.
#pragma once

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#endif

namespace lts::test {

#ifdef Q_OS_UNIX
// Whether every folder above the test executable lets other users through.
inline bool othersCanReachBuildFolder()
{
    char exe[4096] = {};
    const ssize_t length = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (length <= 0)
        return false;
    for (char *slash = std::strrchr(exe, '/'); slash && slash != exe;
         slash = std::strrchr(exe, '/')) {
        *slash = '\0';
        struct stat info = {};
        if (stat(exe, &info) != 0 || (info.st_mode & S_IXOTH) == 0)
            return false;
    }
    return true;
}
#endif

inline void dropRootPrivileges()
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0 || !othersCanReachBuildFolder())
        return;
    const passwd *nobody = getpwnam("nobody");
    const uid_t uid = nobody ? nobody->pw_uid : 65534;
    const gid_t gid = nobody ? nobody->pw_gid : 65534;
    if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0) {
        std::perror("cannot drop root privileges for the tests");
        std::exit(2);
    }
#ifdef Q_OS_LINUX
    // Changing user makes the process not dumpable, and then not even itself may read its
    // /proc/self files (what it has written: /proc/self/io).
    prctl(PR_SET_DUMPABLE, 1);
#endif
#endif
}

inline bool isRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

} // namespace lts::test

// Root reads and writes everything, so permission errors cannot be shown to it.
#define LTS_SKIP_IF_ROOT() \
    if (lts::test::isRoot()) \
    QSKIP("running as root in a build folder that the nobody user cannot reach")

// A test server (sshd, paramiko, rclone, nginx) or test tool (scripts/setup.sh's test packages,
// user namespaces for a small disk) that is missing: skipped on a developer's machine that lacks
// it, but a failure in CI (CI=true), whose test command installs every one, so a case never
// passes there by not running.
#define LTS_SKIP_WITHOUT_SERVER(why) \
    do { \
        if (qEnvironmentVariableIsSet("CI")) \
            QFAIL(qPrintable(QStringLiteral("this is needed in CI: ") + (why))); \
        QSKIP(qPrintable(why)); \
    } while (false)

// Application: QCoreApplication, or QGuiApplication / QApplication for tests that draw.
#define LTS_TEST_MAIN_WITH(Application, TestObject) \
    int main(int argc, char *argv[]) \
    { \
        lts::test::dropRootPrivileges(); \
        Application app(argc, argv); \
        QTranslator english; /* the plural forms of the English texts */ \
        if (english.load(QStringLiteral(":/i18n/letthatsyncin_en.qm"))) \
            QCoreApplication::installTranslator(&english); \
        TestObject test; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&test, argc, argv); \
    }

#define LTS_TEST_MAIN(TestObject) LTS_TEST_MAIN_WITH(QCoreApplication, TestObject)
