// What the fuzz targets share: Qt started once per process, a check that fails the way a crash
// does (so libFuzzer keeps the input that broke it), and a JSON comparison that looks past the
// one known difference between a value and its text read back.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace lts::fuzz {

// The application object the code under test needs (tr(), timers, threads, events). Qt's
// warnings about the inputs are dropped: they would bury libFuzzer's own output.
inline void startApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
}

// A folder of this process's own, removed at its end (TMPDIR is the run's temporary folder).
inline QString workFolder()
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        std::abort();
    return folder.path();
}

// Prints what went wrong and the input, then aborts: libFuzzer saves the input as a crash.
[[noreturn]] inline void fail(const char *what, const QByteArray &input, const QString &detail)
{
    std::fprintf(stderr, "\n=== fuzz check failed: %s\n=== %s\n=== input: %s\n", what,
                 qPrintable(detail), input.left(2000).toPercentEncoding(" {}[]\":,").constData());
    std::abort();
}

#define LTS_FUZZ_CHECK(condition, input, detail) \
    do { \
        if (!(condition)) \
            lts::fuzz::fail(#condition, input, detail); \
    } while (false)

// Qt 6.4's JSON parser drops a U+FEFF that starts a string, so a string that starts with one
// does not read back as it was written (names and patterns are trimmed of it; labels and
// paths may still start with one). Comparisons of a value with its text read back look past
// it; every other difference counts.
inline QString withoutLeadingBom(QString text)
{
    while (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

inline QJsonValue withoutLeadingBoms(const QJsonValue &value)
{
    if (value.isString())
        return withoutLeadingBom(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(withoutLeadingBoms(item));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            result.insert(withoutLeadingBom(it.key()), withoutLeadingBoms(it.value()));
        return result;
    }
    return value;
}

// Whether a string of the value, or a key, starts with U+FEFF: what does not read back whole.
inline bool hasLeadingBom(const QJsonValue &value)
{
    return withoutLeadingBoms(value) != value;
}

inline QString text(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact));
}

} // namespace lts::fuzz
