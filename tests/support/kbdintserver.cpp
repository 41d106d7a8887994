#include "kbdintserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>

#include <csignal>

namespace lts::test {

namespace {

// Debian's own Python, where python3-paramiko installs (not whichever python3 comes first on
// PATH, which may be a user's own installation without it).
const QString python = QStringLiteral("/usr/bin/python3");

} // namespace

KbdIntServer::KbdIntServer(QString user, QList<QList<KbdIntQuestion>> rounds)
    : m_user(std::move(user))
    , m_rounds(std::move(rounds))
{ }

KbdIntServer::~KbdIntServer()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    freeze(false);
    m_server.kill();
    m_server.waitForFinished(10000);
}

QString KbdIntServer::whyNoParamiko()
{
    QProcess check;
    check.start(python, { QStringLiteral("-c"), QStringLiteral("import paramiko") });
    if (!check.waitForFinished(30000) || check.exitStatus() != QProcess::NormalExit
        || check.exitCode() != 0)
        return QStringLiteral("paramiko is not installed (Debian: apt-get install "
                              "python3-paramiko)");
    return {};
}

void KbdIntServer::setWords(const QString &name, const QString &instruction)
{
    m_name = name;
    m_instruction = instruction;
}

bool KbdIntServer::start()
{
    if (const QString why = whyNoParamiko(); !why.isEmpty()) {
        m_whyNot = why;
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(directory())) {
        m_whyNot = QStringLiteral("no temporary folder");
        return false;
    }
    const QString hostKey = m_dir.filePath(QStringLiteral("hostkey"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                   QStringLiteral("-N"), QString(), QStringLiteral("-f"), hostKey });
    if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
        m_whyNot = QStringLiteral("ssh-keygen failed: ")
                   + QString::fromLocal8Bit(keygen.readAllStandardError());
        return false;
    }
    QJsonArray rounds;
    for (const QList<KbdIntQuestion> &round : std::as_const(m_rounds)) {
        QJsonArray questions;
        for (const KbdIntQuestion &question : round)
            questions.append(QJsonObject{
                    { QStringLiteral("prompt"), question.prompt },
                    { QStringLiteral("echo"), question.echo },
                    { QStringLiteral("answer"), QString::fromUtf8(question.answer) } });
        rounds.append(questions);
    }
    const QJsonObject config{
        { QStringLiteral("hostKey"), hostKey }, { QStringLiteral("root"), directory() },
        { QStringLiteral("port"), 0 },          { QStringLiteral("user"), m_user },
        { QStringLiteral("name"), m_name },     { QStringLiteral("instruction"), m_instruction },
        { QStringLiteral("rounds"), rounds }
    };
    const QString configFile = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) <= 0) {
        m_whyNot = QStringLiteral("cannot write ") + configFile;
        return false;
    }
    file.close();

    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(python, { QStringLiteral(LTS_KBDINT_SERVER_SCRIPT), configFile });
    if (!m_server.waitForStarted(10000)) {
        m_whyNot = QStringLiteral("the test server did not start: ") + m_server.errorString();
        return false;
    }
    m_pid = m_server.processId();
    // Ready once it says which port it listens on.
    static const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    QSignalSpy output(&m_server, &QProcess::readyReadStandardOutput);
    const QDeadlineTimer deadline(20000);
    for (;;) {
        const QRegularExpressionMatch found = listening.match(log());
        if (found.hasMatch()) {
            m_port = quint16(found.captured(1).toUInt());
            return m_port != 0;
        }
        if (m_server.state() != QProcess::Running || deadline.hasExpired()) {
            m_whyNot = QStringLiteral("the test server did not listen: ") + log();
            return false;
        }
        output.wait(int(deadline.remainingTime()));
    }
}

void KbdIntServer::freeze(bool frozen)
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), frozen ? SIGSTOP : SIGCONT);
}

QString KbdIntServer::log()
{
    m_log += QString::fromLocal8Bit(m_server.readAll());
    return m_log;
}

QByteArray KbdIntServer::knownHostsLine() const
{
    QFile key(m_dir.filePath(QStringLiteral("hostkey.pub")));
    if (!key.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = key.readAll().trimmed().split(' ');
    if (parts.size() < 2)
        return {};
    return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts[0] + ' ' + parts[1] + '\n';
}

QStringList KbdIntServer::answered() const
{
    QFile answers(m_dir.filePath(QStringLiteral("answers.log")));
    if (!answers.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(answers.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace lts::test
