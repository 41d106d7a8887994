// DriveChains: which drive runs right after which (the drive field After, protocol.md
// "Chains"). It refuses a chain that names no drive or goes round in a circle (a circle
// would run its drives one after another for ever), finds the drives that follow one, and
// keeps the names right when a drive is renamed or removed.
#pragma once

#include "drive.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lts {

class DriveChains final
{
    Q_DECLARE_TR_FUNCTIONS(lts::DriveChains)

public:
    explicit DriveChains(const QList<Drive> &drives = {});
    void add(const Drive &drive);

    // Invalid Chain, in words, when `drive` cannot run after the drive its After names: that
    // is no drive known here, the drive itself, or one that runs (through others) after it.
    // nullopt for a drive without After, and for a good one.
    std::optional<Error> problem(const Drive &drive) const;

    // The drives whose After is `name`, in the list's order.
    static QStringList followers(const QList<Drive> &drives, const QString &name);
    // Whether `a` and `b` are drives of one chain: linked through After, in either direction
    // and through others (a drive is of its own chain).
    static bool sameChain(const QList<Drive> &drives, const QString &a, const QString &b);
    // The drives that ran after `from` run after `to`: the rows changed.
    static QList<qsizetype> rename(QList<Drive> &drives, const QString &from, const QString &to);
    // The drives that ran after `name` (removed) keep only their own schedule: the rows changed.
    static QList<qsizetype> forget(QList<Drive> &drives, const QString &name);
    // A list read from a file that may have been edited by hand: each drive whose After is
    // unknown or closes a circle loses its After (its own schedule still runs it), with one
    // Invalid Chain problem each.
    static QList<Error> repair(QList<Drive> &drives);

private:
    QHash<QString, QString> m_after; // every known drive's After, by its name
};

} // namespace lts
