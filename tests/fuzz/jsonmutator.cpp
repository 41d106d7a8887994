// A mutator that knows JSON, linked into every fuzz target (libFuzzer calls
// LLVMFuzzerCustomMutator and LLVMFuzzerCustomCrossOver instead of its own). Every input of the
// targets is JSON, and libFuzzer's byte mutations nearly always break it: the code behind the
// parser (the codec, the validator, the handler) would seldom see a value the seeds do not
// hold. So half the mutations stay libFuzzer's own, which try the parser and what it refuses,
// and the other half change one value of the parsed input: a number, a text, an element or a
// member changed, added, removed, copied or nested, using edge cases and the values found
// elsewhere in the input or in another input of the corpus.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <random>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

namespace {

std::optional<QJsonValue> parsed(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return std::nullopt;
}

// Writes `value` over the input; 0 when it does not fit.
std::size_t store(const QJsonValue &value, std::uint8_t *data, std::size_t maxSize)
{
    const QByteArray text = value.isObject()
                                    ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (std::size_t(text.size()) > maxSize)
        return 0;
    std::memcpy(data, text.constData(), std::size_t(text.size()));
    return std::size_t(text.size());
}

// Every value in `value`, itself included, and every key.
void collect(const QJsonValue &value, QList<QJsonValue> &values, QStringList &keys)
{
    values.append(value);
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            collect(item, values, keys);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            keys.append(it.key());
            collect(it.value(), values, keys);
        }
    }
}

class JsonMutator
{
public:
    JsonMutator(unsigned seed, const QJsonValue &donor)
        : m_random(seed)
    {
        collect(donor, m_donations, m_keys);
    }

    // `root` with one of its values (chosen at random, root included) changed.
    QJsonValue mutate(const QJsonValue &root)
    {
        QList<QJsonValue> values;
        QStringList keys;
        collect(root, values, keys);
        m_donations += values;
        m_keys += keys;
        qsizetype target = pick(values.size());
        return changeAt(root, target);
    }

    // `root` with one of its values replaced by one of the donor's.
    QJsonValue cross(const QJsonValue &root)
    {
        QList<QJsonValue> values;
        QStringList keys;
        collect(root, values, keys);
        qsizetype target = pick(values.size());
        m_crossOnly = true;
        return changeAt(root, target);
    }

private:
    qsizetype pick(qsizetype count) { return qsizetype(m_random() % std::uint32_t(count)); }
    bool chance(int oneIn) { return pick(oneIn) == 0; }

    // Walks to the `target`th value in the order of collect() and changes it.
    QJsonValue changeAt(const QJsonValue &value, qsizetype &target)
    {
        if (target-- == 0)
            return m_crossOnly ? donation() : changed(value);
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && target >= 0; ++i)
                array[i] = changeAt(array.at(i), target);
            return array;
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end() && target >= 0; ++it)
                it.value() = changeAt(it.value(), target);
            return object;
        }
        return value;
    }

    QJsonValue donation() { return m_donations.at(pick(m_donations.size())); }
    QString key()
    {
        return m_keys.isEmpty() ? QStringLiteral("Name") : m_keys.at(pick(m_keys.size()));
    }

    QJsonValue changed(const QJsonValue &value)
    {
        switch (pick(5)) {
        case 0:
            return edgeCase();
        case 1:
            return donation();
        case 2:
            return chance(2) ? QJsonValue(QJsonArray{ value })
                             : QJsonValue(QJsonObject{ { key(), value } });
        default:
            break;
        }
        if (value.isString())
            return changedText(value.toString());
        if (value.isDouble())
            return changedNumber(value);
        if (value.isBool())
            return !value.toBool();
        if (value.isArray())
            return changedArray(value.toArray());
        if (value.isObject())
            return changedObject(value.toObject());
        return edgeCase();
    }

    QJsonValue edgeCase()
    {
        static const QList<QJsonValue> cases{
            QJsonValue(0),
            QJsonValue(-1),
            QJsonValue(1),
            QJsonValue(2),
            QJsonValue(0.5),
            QJsonValue(-0.0),
            QJsonValue(128),
            QJsonValue(129),
            QJsonValue(366),
            QJsonValue(3650),
            QJsonValue(3651),
            QJsonValue(65535),
            QJsonValue(65536),
            QJsonValue(1e300),
            QJsonValue(-1e300),
            QJsonValue(std::numeric_limits<double>::max()),
            QJsonValue(std::numeric_limits<double>::denorm_min()),
            QJsonValue(qint64(9007199254740993)),
            QJsonValue(std::numeric_limits<qint64>::max()),
            QJsonValue(std::numeric_limits<qint64>::min()),
            QJsonValue(true),
            QJsonValue(false),
            QJsonValue(QJsonValue::Null),
            QJsonValue(QJsonArray()),
            QJsonValue(QJsonObject()),
            QJsonValue(QString()),
            QJsonValue(QStringLiteral(" ")),
            QJsonValue(QString(QChar(0xfeff))),
            QJsonValue(QChar(0xfeff) + QStringLiteral("Photos")),
            QJsonValue(QStringLiteral("a\nb")),
            QJsonValue(QString(QChar(0))),
            QJsonValue(QStringLiteral("..")),
            QJsonValue(QStringLiteral("../x")),
            QJsonValue(QStringLiteral("/")),
            QJsonValue(QStringLiteral("~/x")),
            QJsonValue(QStringLiteral("/a/./b//")),
            QJsonValue(QStringLiteral("**/")),
            QJsonValue(QString(129, u'x')),
            QJsonValue(QStringLiteral("\U0001F600")),
            QJsonValue(QStringLiteral("$DIR")),
            QJsonValue(QStringLiteral("$DIR/Photos-source")),
            QJsonValue(QStringLiteral("$DIR/Photos-target/x")),
        };
        return cases.at(pick(cases.size()));
    }

    QJsonValue changedText(QString text)
    {
        static const QString characters = QStringLiteral(" /.*\\\"\t\u00e9\ufeff\u0085") + QChar(0);
        const qsizetype at = text.isEmpty() ? 0 : pick(text.size() + 1);
        switch (pick(6)) {
        case 0:
            text.insert(at, characters.at(pick(characters.size())));
            break;
        case 1:
            text.remove(at, 1 + pick(3));
            break;
        case 2:
            text.truncate(at);
            break;
        case 3:
            text += text;
            break;
        case 4:
            text = chance(2) ? text.toUpper() : text.toLower();
            break;
        default:
            text.insert(at, donation().toString());
            break;
        }
        return text;
    }

    QJsonValue changedNumber(const QJsonValue &value)
    {
        const double number = value.toDouble();
        switch (pick(6)) {
        case 0:
            return number + 1;
        case 1:
            return number - 1;
        case 2:
            return -number;
        case 3:
            return number * 1e10;
        case 4:
            return number / 3;
        default: { // the next integer, exactly, where a double cannot tell them apart (2^53 + 1)
            const qint64 integer = value.toInteger();
            const qint64 step = chance(2) ? 1 : -1;
            const bool overflows = (step > 0 && integer == std::numeric_limits<qint64>::max())
                                   || (step < 0 && integer == std::numeric_limits<qint64>::min());
            return overflows ? integer : integer + step;
        }
        }
    }

    QJsonValue changedArray(QJsonArray array)
    {
        const qsizetype at = array.isEmpty() ? 0 : pick(array.size());
        switch (array.isEmpty() ? 2 : pick(4)) {
        case 0:
            array.removeAt(at);
            break;
        case 1:
            array.insert(at, array.at(at));
            break;
        case 2:
            array.insert(at, donation());
            break;
        default: {
            const QJsonValue moved = array.takeAt(at);
            array.insert(pick(array.size() + 1), moved);
        } break;
        }
        return array;
    }

    QJsonValue changedObject(QJsonObject object)
    {
        const QStringList keys = object.keys();
        const QString chosen = keys.isEmpty() ? QString() : keys.at(pick(keys.size()));
        switch (keys.isEmpty() ? 1 : pick(3)) {
        case 0:
            object.remove(chosen);
            break;
        case 1:
            object.insert(key(), donation());
            break;
        default: {
            const QJsonValue moved = object.take(chosen);
            object.insert(key(), moved);
            break;
        }
        }
        return object;
    }

    std::minstd_rand m_random;
    QList<QJsonValue> m_donations;
    QStringList m_keys;
    bool m_crossOnly = false;
};

} // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed)
{
    const std::optional<QJsonValue> root = seed % 2 == 0 ? parsed(data, size) : std::nullopt;
    if (!root)
        return LLVMFuzzerMutate(data, size, maxSize);
    const std::size_t written = store(JsonMutator(seed / 2, {}).mutate(*root), data, maxSize);
    return written > 0 ? written : LLVMFuzzerMutate(data, size, maxSize);
}

extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t *data1, std::size_t size1,
                                                 const std::uint8_t *data2, std::size_t size2,
                                                 std::uint8_t *out, std::size_t maxOutSize,
                                                 unsigned int seed)
{
    const std::optional<QJsonValue> first = parsed(data1, size1);
    const std::optional<QJsonValue> second = parsed(data2, size2);
    if (!first || !second)
        return 0; // no crossing of texts that are not JSON: libFuzzer tries another mutation
    return store(JsonMutator(seed, *second).cross(*first), out, maxOutSize);
}
