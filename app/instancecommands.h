// The commands that talk to the running instance over the WebSocket: `status` prints the
// drives' state as a table (or JSON), `send JSON` sends one raw request and prints the
// response, for scripts that want no WebSocket library.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace lts {

struct GlobalOptions;

class StatusCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lts::StatusCommand)

public:
    StatusCommand();

    QString description() const;
    void addOptions(QCommandLineParser &parser) const;
    int run(const QCommandLineParser &parser, const GlobalOptions &options, QTextStream &out,
            QTextStream &err) const;

    // The drives of a ListDrives or GetStatus response as a table for people.
    static QString table(const QJsonObject &drives);

private:
    QCommandLineOption m_json;
};

class SendCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lts::SendCommand)

public:
    QString description() const;
    // `json`: the request, e.g. {"request": "SyncNow", "Name": "Photos"}.
    int run(const QString &json, const GlobalOptions &options, QTextStream &out,
            QTextStream &err) const;
};

} // namespace lts
