#include "passwordlookup.h"

#include "credentialstore.h"

namespace lts {

std::optional<QByteArray> PasswordLookup::read(const QString &credentialKey)
{
    QFuture<CredentialAnswer> answer;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_store)
            return std::nullopt;
        answer = m_store->read(credentialKey);
    }
    // The store answers within its deadline, or cancels the future when it goes.
    answer.waitForFinished();
    if (answer.isCanceled() || answer.resultCount() == 0)
        return std::nullopt;
    const CredentialAnswer found = answer.result();
    if (!found.secret)
        return std::nullopt;
    return found.secret->bytes();
}

void PasswordLookup::detach()
{
    const std::lock_guard lock(m_mutex);
    m_store = nullptr;
}

} // namespace lts
