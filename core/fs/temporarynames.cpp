#include "temporarynames.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lts {

namespace {

constexpr QByteArrayView temporaryMarker = ".lts-";
constexpr QByteArrayView temporarySuffix = ".part";
constexpr qsizetype randomLength = 8;
constexpr qsizetype maxNameBytes = 200; // leaves room for the marker within 255 bytes

} // namespace

bool isTemporaryName(const QByteArray &name)
{
    // Exactly what newTemporaryName makes, so no file of the user's is taken for one.
    const qsizetype markerAt
            = name.size() - temporarySuffix.size() - randomLength - temporaryMarker.size();
    if (markerAt <= 1 || !name.startsWith('.') || !name.endsWith(temporarySuffix)
        || QByteArrayView(name.constData() + markerAt, temporaryMarker.size()) != temporaryMarker)
        return false;
    const QByteArrayView random(name.constData() + markerAt + temporaryMarker.size(), randomLength);
    return std::all_of(random.cbegin(), random.cend(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

bool isTemporary(const QByteArray &name, fsops::EntryType type)
{
    return (type == fsops::EntryType::File || type == fsops::EntryType::Link)
           && isTemporaryName(name);
}

QByteArray temporaryName(const QByteArray &name, const QByteArray &random)
{
    return '.' + name.left(maxNameBytes) + temporaryMarker + random.left(randomLength)
           + temporarySuffix;
}

QByteArray newTemporaryName(const QByteArray &name)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray random(randomLength, Qt::Uninitialized);
    for (char &c : random)
        c = alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))];
    return temporaryName(name, random);
}

} // namespace lts
