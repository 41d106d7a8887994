// What a callback of a run was given, recorded from the run's threads: the engine calls a
// location's callbacks (the stored password, the login questions) from several threads at once,
// so a plain list the test reads would be written by two threads together.
#pragma once

#include <QList>

#include <mutex>

namespace lts::test {

template<typename T>
class Recorded
{
public:
    void add(const T &value)
    {
        const std::lock_guard lock(m_mutex);
        m_values.append(value);
    }
    QList<T> all() const
    {
        const std::lock_guard lock(m_mutex);
        return m_values;
    }

private:
    mutable std::mutex m_mutex;
    QList<T> m_values;
};

} // namespace lts::test
