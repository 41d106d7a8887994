#include "rcloneremotes.h"

#include "fsops.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace lts::fsops {

namespace {

// The last lines rclone wrote on stderr, without its log prefix ("2026/01/02 10:00:00 ").
QString whatRcloneSaid(const QByteArray &errors)
{
    QStringList lines;
    for (const QByteArray &line : errors.trimmed().split('\n')) {
        QString text = QString::fromUtf8(line).trimmed();
        static const QLatin1StringView failed("Failed to ");
        if (const qsizetype at = text.indexOf(failed); at > 0)
            text = text.mid(at); // "Failed to load config file ...": its words, not its time
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(u' ');
}

} // namespace

QString rcloneExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("rclone"));
}

RcloneRemoteList listRcloneRemotes(std::chrono::milliseconds timeout)
{
    RcloneRemoteList list;
    const QString program = rcloneExecutable();
    if (program.isEmpty()) {
        list.installed = false;
        list.error = errorOf(
                ErrorKind::NotFound,
                QCoreApplication::translate(
                        "Rclone", "rclone is not installed: install the package rclone."));
        return list;
    }
    QProcess rclone;
    // Its own words on stdout and the reason on stderr; no terminal to ask for a config
    // password on (an encrypted configuration gives its reason instead of waiting).
    rclone.setStandardInputFile(QProcess::nullDevice());
    rclone.start(program,
                 { QStringLiteral("listremotes"), QStringLiteral("--ask-password=false") });
    if (!rclone.waitForStarted(int(timeout.count()))) {
        list.error = errorOf(ErrorKind::Unreachable,
                             QCoreApplication::translate("Rclone", "rclone did not start: %1")
                                     .arg(rclone.errorString()));
        return list;
    }
    if (!rclone.waitForFinished(int(timeout.count()))) {
        rclone.kill();
        rclone.waitForFinished(1000);
        list.error = errorOf(
                ErrorKind::Timeout,
                QCoreApplication::translate(
                        "Rclone", "rclone did not list your remotes within %n second(s).", nullptr,
                        int(std::chrono::ceil<std::chrono::seconds>(timeout).count())));
        return list;
    }
    if (rclone.exitStatus() != QProcess::NormalExit || rclone.exitCode() != 0) {
        const QString said = whatRcloneSaid(rclone.readAllStandardError());
        list.error = errorOf(ErrorKind::Io,
                             said.isEmpty()
                                     ? QCoreApplication::translate(
                                             "Rclone", "rclone could not list your remotes.")
                                     : QCoreApplication::translate(
                                               "Rclone", "rclone could not list your remotes: %1")
                                               .arg(said));
        return list;
    }
    for (const QByteArray &line : rclone.readAllStandardOutput().split('\n')) {
        // "dropbox:" a line; a name may hold spaces, and ends at the last ':'.
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.endsWith(u':') && text.size() > 1)
            list.names.append(text.chopped(1));
    }
    return list;
}

} // namespace lts::fsops
