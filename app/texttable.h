// TextTable: rows of text printed in aligned columns, for the tables of the command line.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lts {

class TextTable final
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);

    // Columns are as wide as their widest cell and two spaces apart; no line has trailing
    // spaces, so the output diffs and greps cleanly.
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace lts
