// JsonText: what a JSON text said, as it said it. QJsonDocument keeps numbers as doubles and
// sorts the keys of objects, so a value read and written again may differ from what was sent
// (an id of 2^53 + 1, or 10^30, comes back rounded): where the protocol promises a value back
// exactly as sent, its text is taken from the frame instead.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace lts {

class JsonText final
{
public:
    // The text of the value of `key` at the top level of `object`, the text of a JSON object
    // that QJsonDocument accepted (so valid JSON); the last one when the key is repeated, as
    // QJsonDocument keeps. nullopt when there is no such member.
    static std::optional<QByteArrayView> memberText(QByteArrayView object, QStringView key);
};

} // namespace lts
