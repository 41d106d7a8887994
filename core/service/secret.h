// Secret: a password or a key's passphrase in memory. Its bytes are overwritten with zeros
// when the last copy of them goes (best effort: what the system's keychain library or a
// QString made of it keeps is out of reach), and it has no way to be printed: a secret never
// reaches a log, an event, the history or an error message.
#pragma once

#include <QByteArray>

#include <algorithm>
#include <utility>

namespace lts {

class Secret final
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    Secret(const Secret &) = default;
    Secret(Secret &&) noexcept = default;
    Secret &operator=(Secret other) noexcept
    {
        wipe();
        m_bytes = std::move(other.m_bytes);
        return *this;
    }
    ~Secret() { wipe(); }

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

    // Zeros the bytes and empties the secret. While another copy shares the bytes, writing
    // makes this copy its own first (and zeros that): the last copy zeros the shared bytes.
    void wipe()
    {
        if (!m_bytes.isEmpty())
            std::fill(m_bytes.begin(), m_bytes.end(), '\0');
        m_bytes.clear();
    }

    friend bool operator==(const Secret &, const Secret &) = default;

private:
    QByteArray m_bytes;
};

} // namespace lts
