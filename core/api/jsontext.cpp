#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lts {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Reads through valid JSON text, one value at a time.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    qsizetype at() const { return m_at; }
    bool atEnd() const { return m_at >= m_text.size(); }
    char current() const { return atEnd() ? '\0' : m_text.at(m_at); }
    bool take(char c)
    {
        if (current() != c)
            return false;
        ++m_at;
        return true;
    }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(current()))
            ++m_at;
    }
    // At the opening quote: goes past the closing one.
    void skipString()
    {
        ++m_at;
        while (!atEnd() && current() != '"')
            m_at += current() == '\\' ? 2 : 1;
        ++m_at;
    }
    void skipValue()
    {
        if (current() == '"')
            return skipString();
        if (current() == '{' || current() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = current();
                if (c == '"') {
                    skipString();
                    continue;
                }
                ++m_at;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return;
            }
            return;
        }
        // A number, true, false or null.
        while (!atEnd() && current() != ',' && current() != '}' && current() != ']'
               && !isJsonSpace(current()))
            ++m_at;
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// The key as text: most keys hold no escape, and are read as they are.
QString keyOf(QByteArrayView quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.sliced(1, quoted.size() - 2));
    const QByteArray array = '[' + quoted.toByteArray() + ']';
    return QJsonDocument::fromJson(array).array().at(0).toString();
}

} // namespace

std::optional<QByteArrayView> JsonText::memberText(QByteArrayView object, QStringView key)
{
    Scanner scanner(object);
    scanner.skipSpace();
    if (!scanner.take('{'))
        return std::nullopt;
    std::optional<QByteArrayView> found;
    for (;;) {
        scanner.skipSpace();
        if (scanner.current() != '"')
            return found;
        const qsizetype keyStart = scanner.at();
        scanner.skipString();
        if (scanner.at() > object.size())
            return found; // not the valid JSON promised
        const QByteArrayView quotedKey = object.sliced(keyStart, scanner.at() - keyStart);
        scanner.skipSpace();
        if (!scanner.take(':'))
            return found;
        scanner.skipSpace();
        const qsizetype valueStart = scanner.at();
        scanner.skipValue();
        if (scanner.at() > object.size())
            return found; // not the valid JSON promised
        if (keyOf(quotedKey) == key)
            found = object.sliced(valueStart, scanner.at() - valueStart);
        scanner.skipSpace();
        if (!scanner.take(','))
            return found;
    }
}

} // namespace lts
