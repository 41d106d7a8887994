// ListCommand: `letthatsyncin list` prints the drives of config.json, as a table for people
// or, with --json, in the protocol's form for scripts.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace lts {

struct GlobalOptions;

class ListCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lts::ListCommand)

public:
    ListCommand();

    QString description() const;
    void addOptions(QCommandLineParser &parser) const;
    int run(const QCommandLineParser &parser, const GlobalOptions &options, QTextStream &out,
            QTextStream &err) const;

private:
    static QString liveTable(const QJsonObject &drives);

    QCommandLineOption m_json;
};

} // namespace lts
