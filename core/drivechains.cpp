#include "drivechains.h"

#include "driveissues.h"

namespace lts {

DriveChains::DriveChains(const QList<Drive> &drives)
{
    for (const Drive &drive : drives)
        add(drive);
}

void DriveChains::add(const Drive &drive)
{
    m_after.insert(drive.name, drive.after);
}

std::optional<Error> DriveChains::problem(const Drive &drive) const
{
    if (drive.after.isEmpty())
        return std::nullopt;
    if (drive.after == drive.name)
        return Error{ issue::InvalidChain,
                      tr("The drive \"%1\" cannot run after itself.").arg(drive.name) };
    if (!m_after.contains(drive.after))
        return Error{
            issue::InvalidChain,
            tr("There is no drive \"%1\" for \"%2\" to run after.").arg(drive.after, drive.name)
        };
    // Walk back from the drive named: coming to this one again closes a circle. (A circle
    // among the others alone, which only a hand-edited file could hold, ends the walk too.)
    QStringList chain{ drive.name, drive.after };
    for (QString link = m_after.value(drive.after); !link.isEmpty(); link = m_after.value(link)) {
        if (link == drive.name) {
            chain.append(link);
            return Error{ issue::InvalidChain,
                          tr("\"%1\" cannot run after \"%2\": the chain would go round in a "
                             "circle (%3).")
                                  .arg(drive.name, drive.after,
                                       QStringList(chain.crbegin(), chain.crend())
                                               .join(QStringLiteral(" → "))) };
        }
        if (chain.contains(link))
            break;
        chain.append(link);
    }
    return std::nullopt;
}

QStringList DriveChains::followers(const QList<Drive> &drives, const QString &name)
{
    QStringList names;
    for (const Drive &drive : drives) {
        if (!name.isEmpty() && drive.after == name)
            names.append(drive.name);
    }
    return names;
}

bool DriveChains::sameChain(const QList<Drive> &drives, const QString &a, const QString &b)
{
    // The chain's first drive is the same for both: chains are trees that join towards it (a
    // drive runs after at most one), and a circle is refused before it reaches a list.
    QHash<QString, QString> after;
    for (const Drive &drive : drives)
        after.insert(drive.name, drive.after);
    const auto first = [&after](QString name) {
        for (qsizetype steps = 0; steps <= after.size() && !after.value(name).isEmpty(); ++steps)
            name = after.value(name);
        return name;
    };
    return first(a) == first(b);
}

QList<qsizetype> DriveChains::rename(QList<Drive> &drives, const QString &from, const QString &to)
{
    QList<qsizetype> changed;
    for (qsizetype row = 0; row < drives.size(); ++row) {
        if (!from.isEmpty() && drives.at(row).after == from) {
            drives[row].after = to;
            changed.append(row);
        }
    }
    return changed;
}

QList<qsizetype> DriveChains::forget(QList<Drive> &drives, const QString &name)
{
    return rename(drives, name, QString());
}

QList<Error> DriveChains::repair(QList<Drive> &drives)
{
    QList<Error> problems;
    DriveChains chains(drives);
    for (Drive &drive : drives) {
        if (std::optional<Error> broken = chains.problem(drive)) {
            problems.append({ broken->code,
                              tr("%1 It runs on its own schedule only.").arg(broken->message) });
            drive.after.clear();
            chains.add(drive);
        }
    }
    return problems;
}

} // namespace lts
