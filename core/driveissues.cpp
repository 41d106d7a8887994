#include "driveissues.h"

#include <algorithm>

namespace lts::issue {

namespace {

const QStringList &protocolOrder()
{
    static const QStringList order{
        TooManyDrives, InvalidSourcePath, InvalidTargetPath,  OverlappingTarget, DuplicateName,
        InvalidName,   InvalidChain,      InvalidDrive,       InvalidTime,       InvalidUnits,
        InvalidMode,   InvalidExclude,    InvalidVersions,    InvalidEnabled,    InvalidHidden,
        InvalidWatch,  InvalidUpload,     InsecureConnection,
    };
    return order;
}

qsizetype rank(const QString &code)
{
    const qsizetype index = protocolOrder().indexOf(code);
    return index < 0 ? protocolOrder().size() : index;
}

} // namespace

bool isError(const QString &code)
{
    return rank(code) <= rank(InvalidDrive);
}

QList<Error> ordered(QList<Error> issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const Error &a, const Error &b) { return rank(a.code) < rank(b.code); });
    const auto duplicate
            = std::unique(issues.begin(), issues.end(),
                          [](const Error &a, const Error &b) { return a.code == b.code; });
    issues.erase(duplicate, issues.end());
    return issues;
}

QString joinedCodes(const QList<Error> &issues)
{
    QStringList codes;
    codes.reserve(issues.size());
    for (const Error &e : issues)
        codes.append(e.code);
    return codes.join(u", ");
}

} // namespace lts::issue
